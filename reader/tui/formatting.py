"""How metadata reads on screen: dates, reading times, tag lists, sources.

Everything here returns plain strings; widgets wrap them in `Text`/`Content` so that
nothing from a feed is ever parsed as markup.
"""

from __future__ import annotations

from datetime import UTC, datetime

from reader.core.models import Article


def now() -> datetime:
    """The current time; tests replace it so that relative dates are stable."""
    return datetime.now(UTC)


def short_date(moment: datetime | None) -> str:
    """`14:05` today, `Mon 2` this week, `3 Mar` this year, else `3 Mar 2024`."""
    if moment is None:
        return ""
    current = now()
    local = moment.astimezone(UTC)
    age = current - local
    if local.date() == current.date():
        return local.strftime("%H:%M")
    if 0 <= age.days < 6:
        return f"{local.strftime('%a')} {local.day}"
    if local.year == current.year:
        return f"{local.day} {local.strftime('%b')}"
    return f"{local.day} {local.strftime('%b %Y')}"


def long_date(moment: datetime | None) -> str:
    """A full date and time for the reader's header."""
    if moment is None:
        return ""
    local = moment.astimezone(UTC)
    return f"{local.day} {local.strftime('%B %Y, %H:%M')} UTC"


def reading_time(article: Article) -> str:
    """`4 min`."""
    return f"{article.reading_minutes} min"


def tag_list(tags: tuple[str, ...] | list[str]) -> str:
    """`#one #two`."""
    return " ".join(f"#{tag}" for tag in tags)


def source_name(article: Article, feed_titles: dict[int, str] | None = None) -> str:
    """The site, else the feed's title, else the host of the URL."""
    if article.site:
        return article.site
    if feed_titles and article.feed_id in feed_titles:
        return feed_titles[article.feed_id]
    url = article.url or article.source or ""
    if "://" in url:
        return url.split("://", 1)[1].split("/", 1)[0]
    return ""


def truncate(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis (character count; titles are mostly narrow)."""
    if width <= 0:
        return ""
    if len(text) <= width:
        return text
    return text[: max(0, width - 1)] + "…"
