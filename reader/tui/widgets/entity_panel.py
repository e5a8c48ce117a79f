"""The entity panel: the article's people, organisations, places and figures with counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.core.models import ENTITY_KINDS, NUMBER_KINDS, Block
from reader.tui.passages import Span

GROUPS = (
    ("People", ("person",)),
    ("Organisations", ("org",)),
    ("Places", ("place",)),
    ("Other names", ("misc",)),
    ("Figures", NUMBER_KINDS),
)


@dataclass(frozen=True, slots=True)
class Entity:
    """A name or a figure of the article and where it occurs."""

    kind: str
    name: str
    """The canonical name (the mark's value) or, for figures, the text as written."""
    occurrences: tuple[Span, ...]

    @property
    def query(self) -> str:
        """The search listing every article that mentions it."""
        escaped = self.name.replace('"', " ")
        if self.kind in ENTITY_KINDS:
            return f'entity:"{escaped}"'
        return f'"{escaped}"'


def entities_of(blocks: Sequence[Block]) -> list[Entity]:
    """Every entity and figure of the blocks with its occurrences, most frequent first."""
    found: dict[tuple[str, str], list[Span]] = {}
    for index, block in enumerate(blocks):
        for mark in block.marks:
            written = block.text[mark.start : mark.end]
            name = (mark.value or written) if mark.kind in ENTITY_KINDS else written
            kind = mark.kind
            found.setdefault((kind, name), []).append(Span(index, mark.start, mark.end))
    counts = Counter({key: len(spans) for key, spans in found.items()})
    return [
        Entity(kind, name, tuple(found[(kind, name)]))
        for (kind, name), _ in sorted(counts.items(), key=lambda item: (-item[1], item[0][1]))
    ]


class EntityPanel(OptionList):
    """Lists entities by kind; Enter steps through one's occurrences, `f` finds it elsewhere."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="entities.cursor_down"),
        Binding("k", "cursor_up", "Up", show=False, id="entities.cursor_up"),
        Binding("f", "find_everywhere", "All articles", id="entities.find"),
        Binding("escape", "close", "Close panel", id="entities.close"),
    ]

    @dataclass
    class Chosen(Message):
        """Step to the next occurrence of this entity."""

        entity: Entity

    @dataclass
    class FindEverywhere(Message):
        """List every article mentioning this entity."""

        entity: Entity

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entities: dict[str, Entity] = {}

    def show(self, blocks: Sequence[Block]) -> None:
        """List the entities of these blocks."""
        entities = entities_of(blocks)
        options: list[Option | None] = []
        self._entities = {}
        for title, kinds in GROUPS:
            group = [e for e in entities if e.kind in kinds]
            if not group:
                continue
            if options:
                options.append(None)
            options.append(Option(Text(title.upper(), style="bold dim"), disabled=True))
            for entity in group:
                key = f"{len(self._entities)}"
                self._entities[key] = entity
                line = Text(entity.name, no_wrap=True, overflow="ellipsis")
                line.append(f"  {len(entity.occurrences)}", style="dim")
                options.append(Option(line, id=key))
        if not options:
            options.append(
                Option(Text("No names or figures found yet.", style="dim"), disabled=True)
            )
        self.set_options(options)
        first = next((i for i, o in enumerate(self.options) if o.id), None)
        self.highlighted = first

    @property
    def current(self) -> Entity | None:
        """The highlighted entity."""
        if self.highlighted is None:
            return None
        return self._entities.get(self.get_option_at_index(self.highlighted).id or "")

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if entity := self._entities.get(event.option.id or ""):
            self.post_message(self.Chosen(entity))

    @dataclass
    class Closed(Message):
        """The reader closed the panel."""

    def action_close(self) -> None:
        self.post_message(self.Closed())

    def action_find_everywhere(self) -> None:
        if (entity := self.current) is not None:
            self.post_message(self.FindEverywhere(entity))
