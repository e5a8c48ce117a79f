"""Import a page or a file: ask for a URL or a path."""

from __future__ import annotations

from pathlib import Path

from reader.tui.screens.dialogs.prompt import PromptDialog


class ImportDialog(PromptDialog):
    """Dismisses with a URL or an existing file's path, or None."""

    def __init__(self) -> None:
        super().__init__(
            "Import a page or a file",
            placeholder="https://… or ~/Downloads/story.html",
            hint="HTML, text, Markdown, feed or OPML files · Escape cancels",
        )

    def check(self, answer: str) -> str | None:
        if answer.startswith(("http://", "https://")):
            return answer
        path = Path(answer).expanduser()
        if not path.is_file():
            self.notify(f"No such file: {path}", severity="warning", markup=False)
            return None
        return str(path)
