"""Ask for one line of text (a name, a title, an address)."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class PromptDialog(ModalScreen[str | None]):
    """Dismisses with the text typed (stripped, not empty, accepted by `check`), or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(
        self,
        title: str,
        *,
        value: str = "",
        placeholder: str = "",
        hint: str = "Enter saves · Escape cancels",
    ) -> None:
        super().__init__()
        self.title_text = title
        self.value = value
        self.placeholder = placeholder
        self.hint = hint

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text(self.title_text, style="bold"))
            yield Input(value=self.value, placeholder=self.placeholder, id="answer")
            yield Label(Text(self.hint, style="dim"))

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = getattr(self.app, "cursor_blink", True)
        field.focus()

    def check(self, answer: str) -> str | None:
        """The value to dismiss with, or None (after telling the reader why) to keep asking."""
        return answer

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        if (answer := event.value.strip()) and (accepted := self.check(answer)) is not None:
            self.dismiss(accepted)

    def action_cancel(self) -> None:
        self.dismiss(None)
