"""Help: every key of the screen it was opened from, read from the bindings themselves."""

from __future__ import annotations

from dataclasses import replace

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import Footer, Static

ALSO = (
    ("Ctrl+P", "Command palette: add feed, import, refresh, theme, search…"),
    ("Tab", "Move between the sidebar and the list, or between fields"),
    ("Mouse", "Click to choose, double-click to open, wheel to scroll"),
)


def binding_rows(node: DOMNode, keymap: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """`(keys, description)` for the bindings a node's own classes declare, in order, with
    the keys the user's `keymap` gives them."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for cls in reversed(type(node).__mro__):
        if not cls.__module__.startswith("reader."):
            continue
        for binding in cls.__dict__.get("BINDINGS", ()):
            if not isinstance(binding, Binding) or binding.system:
                continue
            if keymap and binding.id in keymap:
                binding = replace(binding, key=keymap[binding.id], key_display=None)
            row = (_keys(binding), binding.description or binding.action)
            if row not in seen:
                seen.add(row)
                rows.append(row)
    return rows


def _keys(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    names = []
    for key in binding.key.split(","):
        key = key.strip()
        names.append(
            {
                "space": "Space",
                "pagedown": "PgDn",
                "pageup": "PgUp",
                "escape": "Esc",
                "enter": "Enter",
                "home": "Home",
                "end": "End",
                "down": "↓",
                "up": "↑",
                "left": "←",
                "right": "→",
                "delete": "Del",
            }.get(key, key.replace("ctrl+", "Ctrl+"))
        )
    return " ".join(names)


class HelpScreen(Screen[None]):
    """Lists the keys of the screen underneath, of its widgets, and of the whole app."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "Close", id="help.close")]

    def __init__(self, under: Screen) -> None:
        super().__init__()
        self.under = under

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static(self._table(), id="help-table")
        yield Footer()

    def _sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        sections = []
        keymap = getattr(self.app, "keymap", None)
        screen_rows = binding_rows(self.under, keymap)
        if screen_rows:
            sections.append((_title(self.under), screen_rows))
        seen_types: set[type] = set()
        for widget in self.under.query("*"):
            if type(widget) in seen_types:
                continue
            seen_types.add(type(widget))
            rows = binding_rows(widget, keymap)
            if rows:
                sections.append((_title(widget), rows))
        sections.append(("Everywhere", binding_rows(self.app, keymap) + list(ALSO)))
        return sections

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(justify="right", style="bold", min_width=10)
        table.add_column()
        for number, (title, rows) in enumerate(self._sections()):
            if number:
                table.add_row("", "")
            table.add_row("", Text(title, style="bold underline"))
            for keys, description in rows:
                table.add_row(Text(keys), Text(description))
        return table

    def action_close(self) -> None:
        self.dismiss()


def _title(node: DOMNode) -> str:
    doc = (type(node).__doc__ or type(node).__name__).strip().splitlines()[0]
    names = {
        "LibraryScreen": "Library",
        "ArticleScreen": "Reader",
        "SearchScreen": "Search",
        "ArticleList": "Article list",
        "ArticleView": "Reading and selecting",
        "Sidebar": "Sidebar",
        "EntityPanel": "Entity panel",
    }
    return names.get(type(node).__name__, doc)
