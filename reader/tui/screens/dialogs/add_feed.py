"""Subscribe to a feed: ask for its URL."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class AddFeedDialog(ModalScreen[str | None]):
    """Dismisses with the URL typed (http or https), or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Add a feed", style="bold"))
            yield Input(placeholder="https://example.org/feed.xml", id="url")
            yield Label(Text("Enter subscribes and fetches it · Escape cancels", style="dim"))

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        url = event.value.strip()
        if not url.startswith(("http://", "https://")):
            self.notify("A feed address starts with http:// or https://", severity="warning")
            return
        self.dismiss(url)

    def action_cancel(self) -> None:
        self.dismiss(None)
