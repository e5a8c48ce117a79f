"""Edit an article's tags, completing from the tags already in the archive."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from reader.tui.widgets.tag_input import TagInput


class TagDialog(ModalScreen[list[str] | None]):
    """Dismisses with the new list of tags, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, tags: Sequence[str], known: Iterable[str]) -> None:
        super().__init__()
        self.tags = list(tags)
        self.known = list(known)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Tags", style="bold"))
            yield TagInput(self.tags, self.known, id="tags")
            yield Label(
                Text("Enter saves · Tab completes · Escape cancels", style="dim"), classes="hint"
            )

    def on_mount(self) -> None:
        field = self.query_one(TagInput)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()
        field.cursor_position = len(field.value)

    @on(Input.Submitted)
    def _save(self) -> None:
        self.dismiss(self.query_one(TagInput).tags)

    def action_cancel(self) -> None:
        self.dismiss(None)
