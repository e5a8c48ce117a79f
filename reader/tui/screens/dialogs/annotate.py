"""Write or edit an annotation: the passage, a note of several lines, and tags."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Static, TextArea

from reader.tui.widgets.tag_input import TagInput

QUOTE_PREVIEW = 300
"""Characters of the passage shown above the note."""


@dataclass(frozen=True, slots=True)
class AnnotationDraft:
    """What the reader wrote."""

    note: str
    tags: list[str]


class AnnotateDialog(ModalScreen[AnnotationDraft | None]):
    """Dismisses with the note and tags, or None when cancelled."""

    BINDINGS = [
        Binding("ctrl+s", "save", "Save", priority=True),
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self,
        quote: str,
        known_tags: Iterable[str],
        *,
        note: str = "",
        tags: Sequence[str] = (),
        editing: bool = False,
    ) -> None:
        super().__init__()
        self.quote = quote
        self.known_tags = list(known_tags)
        self.note = note
        self.tags = list(tags)
        self.editing = editing

    def compose(self) -> ComposeResult:
        preview = (
            self.quote if len(self.quote) <= QUOTE_PREVIEW else self.quote[:QUOTE_PREVIEW] + "…"
        )
        with Vertical(classes="dialog wide"):
            title = "Edit annotation" if self.editing else "Annotate"
            yield Label(Text(title, style="bold"))
            yield Static(Text(preview, style="italic"), id="quote")
            yield Label(Text("Note"))
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Label(Text("Tags"))
            yield TagInput(self.tags, self.known_tags, id="annotation-tags")
            with Horizontal(classes="buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")
            yield Label(Text("Ctrl+S saves · Escape cancels", style="dim"), classes="hint")

    def on_mount(self) -> None:
        blink = getattr(self.app, "cursor_blink", True)
        note = self.query_one(TextArea)
        note.cursor_blink = blink
        self.query_one(TagInput).cursor_blink = blink
        note.move_cursor(note.document.end)
        note.focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def on_input_submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        note = self.query_one(TextArea).text.strip()
        self.dismiss(AnnotationDraft(note, self.query_one(TagInput).tags))

    def action_cancel(self) -> None:
        self.dismiss(None)
