"""Subscribe to a feed: ask for its URL."""

from __future__ import annotations

from reader.tui.screens.dialogs.prompt import PromptDialog


class AddFeedDialog(PromptDialog):
    """Dismisses with the URL typed (http or https), or None."""

    def __init__(self) -> None:
        super().__init__(
            "Add a feed",
            placeholder="https://example.org/feed.xml",
            hint="Enter subscribes and fetches it · Escape cancels",
        )

    def check(self, answer: str) -> str | None:
        if not answer.startswith(("http://", "https://")):
            self.notify("A feed address starts with http:// or https://", severity="warning")
            return None
        return answer
