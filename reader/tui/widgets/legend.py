"""The legend: which colour is which kind of name or figure."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

LABELS = (
    ("person", "person"),
    ("org", "organisation"),
    ("place", "place"),
    ("misc", "other name"),
    ("number", "figure"),
    ("money", "money"),
    ("date", "date"),
)


class Legend(Widget):
    """One line naming each highlight colour in its own colour."""

    COMPONENT_CLASSES = {f"mark--{kind}" for kind, _ in LABELS}

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="ellipsis", justify="center")
        for number, (kind, label) in enumerate(LABELS):
            if number:
                line.append("  ")
            line.append(label, self.get_component_rich_style(f"mark--{kind}"))
        return line
