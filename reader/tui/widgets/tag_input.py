"""An input for a list of tags that completes the one being typed from the archive's tags."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from textual.binding import Binding
from textual.suggester import Suggester
from textual.widgets import Input

_SEPARATORS = re.compile(r"[,\s]+")


def parse_tags(value: str) -> list[str]:
    """`"ukraine, energy #talks"` → `["ukraine", "energy", "talks"]`, without duplicates."""
    seen: dict[str, str] = {}
    for part in _SEPARATORS.split(value):
        name = part.strip().lstrip("#")
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return list(seen.values())


class TagSuggester(Suggester):
    """Suggests the rest of the last tag typed, from the known tags."""

    def __init__(self, known: Iterable[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = sorted(set(known), key=str.casefold)

    async def get_suggestion(self, value: str) -> str | None:
        match = re.search(r"[^,\s]*$", value)
        partial = match.group() if match else ""
        bare = partial.lstrip("#")
        if not bare:
            return None
        already = {t.casefold() for t in parse_tags(value[: len(value) - len(partial)])}
        for name in self.known:
            folded = name.casefold()
            if folded.startswith(bare.casefold()) and folded not in already and name != bare:
                return value + name[len(bare) :]
        return None


class TagInput(Input):
    """Tags separated by commas or spaces; Tab accepts the suggested completion."""

    BINDINGS = [Binding("tab", "complete", "Complete tag", show=False)]

    def __init__(self, tags: Sequence[str], known: Iterable[str], **kwargs) -> None:
        value = ", ".join(tags) + (", " if tags else "")
        super().__init__(
            value=value,
            placeholder="tags, separated by commas",
            suggester=TagSuggester(known),
            **kwargs,
        )

    @property
    def tags(self) -> list[str]:
        """The tags typed."""
        return parse_tags(self.value)

    def action_complete(self) -> None:
        if self._suggestion and self._suggestion.startswith(self.value):
            self.value = self._suggestion + ", "
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()
