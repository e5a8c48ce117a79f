"""Export articles as Markdown notes (Obsidian): ask for a folder and, optionally, a query."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """Where to write, which articles, and whether only their annotations."""

    directory: Path
    query: str
    annotations_only: bool


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Dismisses with what to export, or None."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, query: str = "") -> None:
        super().__init__()
        self.query_text = query

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Text("Export as Markdown notes", style="bold"))
            yield Label(Text("Folder"))
            yield Input(value=str(Path.home() / "reader-notes"), id="directory")
            yield Label(Text("Articles matching (empty: all)"))
            yield Input(value=self.query_text, placeholder="tag:ukraine is:annotated", id="query")
            yield Checkbox("Annotations only", id="annotations-only")
            yield Label(Text("Enter exports · Escape cancels", style="dim"))

    def on_mount(self) -> None:
        blink = getattr(self.app, "cursor_blink", True)
        for field in self.query(Input):
            field.cursor_blink = blink
        self.query_one("#directory", Input).focus()

    @on(Input.Submitted)
    def _submit(self) -> None:
        directory = self.query_one("#directory", Input).value.strip()
        if not directory:
            return
        self.dismiss(
            ExportRequest(
                Path(directory).expanduser(),
                self.query_one("#query", Input).value.strip(),
                self.query_one(Checkbox).value,
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)
