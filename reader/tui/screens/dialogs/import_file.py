"""Import a page or a file: ask for a URL or a path."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class ImportDialog(ModalScreen[str | None]):
    """Dismisses with a URL or an existing file's path, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Import a page or a file", style="bold"))
            yield Input(placeholder="https://… or ~/Downloads/story.html", id="target")
            yield Label(
                Text("HTML, text, Markdown, feed or OPML files · Escape cancels", style="dim")
            )

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        target = event.value.strip()
        if not target:
            return
        if target.startswith(("http://", "https://")):
            self.dismiss(target)
            return
        path = Path(target).expanduser()
        if not path.is_file():
            self.notify(f"No such file: {path}", severity="warning", markup=False)
            return
        self.dismiss(str(path))

    def action_cancel(self) -> None:
        self.dismiss(None)
