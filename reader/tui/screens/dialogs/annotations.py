"""The article's annotations: jump to one, edit it or delete it."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.core.models import Annotation
from reader.tui.formatting import tag_list


class AnnotationsDialog(ModalScreen[tuple[str, int] | None]):
    """Dismisses with `("jump" | "edit" | "delete", annotation id)`, or None."""

    BINDINGS = [
        Binding("e", "choose('edit')", "Edit", id="annotations.edit"),
        Binding("d,delete", "choose('delete')", "Delete", id="annotations.delete"),
        Binding("escape,q", "cancel", "Close", id="annotations.cancel"),
        Binding("j", "down", "Down", show=False, id="annotations.down"),
        Binding("k", "up", "Up", show=False, id="annotations.up"),
    ]

    def __init__(self, annotations: Sequence[Annotation]) -> None:
        super().__init__()
        self.annotations = list(annotations)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Label(Text(f"Annotations ({len(self.annotations)})", style="bold"))
            options = [Option(_describe(a), id=str(a.id)) for a in self.annotations]
            if not options:
                options = [
                    Option(Text("No annotations yet: select with v, then press a."), disabled=True)
                ]
            yield OptionList(*options, id="annotation-list")
            yield Label(Text("Enter go to · e edit · d delete · Escape close", style="dim"))

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(("jump", int(event.option.id or 0)))

    def action_choose(self, what: str) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not self.annotations:
            return
        option = options.get_option_at_index(options.highlighted)
        if option.id:
            self.dismiss((what, int(option.id)))

    def action_down(self) -> None:
        self.query_one(OptionList).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(OptionList).action_cursor_up()

    def action_cancel(self) -> None:
        self.dismiss(None)


def _describe(annotation: Annotation) -> Text:
    quote = " ".join(annotation.quote.split())
    text = Text(no_wrap=False)
    text.append(f"¶{annotation.start.block + 1}  ", style="dim")
    text.append(quote[:140] + ("…" if len(quote) > 140 else ""), style="italic")
    if annotation.note:
        text.append("\n    ")
        text.append(annotation.note.replace("\n", " ")[:200])
    if annotation.tags:
        text.append("  " + tag_list(annotation.tags), style="dim")
    if annotation.orphaned:
        text.append("  (passage not found in the current text)", style="dim")
    return text
