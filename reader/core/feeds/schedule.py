"""When a feed is due: the reader's interval, else the feed's hint, else the default.

Hints come from RSS `<ttl>`, `Cache-Control: max-age` and `Expires`, kept within sane
bounds so a feed cannot ask to be polled every second or only once a month.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

from reader.core.models import Feed

DEFAULT_INTERVAL = 3600
"""Seconds between refreshes of a feed that gives no hint and has no interval set."""
MIN_HINT = 15 * 60
"""A feed's own hint is never taken below this."""
MAX_HINT = 24 * 3600
"""Nor above this."""

_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*(\d+)", re.IGNORECASE)
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$", re.IGNORECASE)
_UNITS = {"": 60, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def hinted_interval(
    ttl: int | None, headers: Mapping[str, str], now: datetime | None = None
) -> int | None:
    """The refresh interval a feed suggests, in seconds, or `None` when it suggests none."""
    seconds = ttl
    if seconds is None:
        if match := _MAX_AGE.search(headers.get("cache-control", "")):
            seconds = int(match.group(1))
        elif expires := headers.get("expires"):
            try:
                moment = parsedate_to_datetime(expires)
            except (TypeError, ValueError, IndexError):
                moment = None
            if moment is not None:
                moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
                seconds = int((moment - (now or datetime.now(UTC))).total_seconds())
    if seconds is None or seconds <= 0:
        return None
    return max(MIN_HINT, min(MAX_HINT, seconds))


def interval_of(feed: Feed, default: int = DEFAULT_INTERVAL) -> int:
    """Seconds between two refreshes of `feed`."""
    return feed.interval or feed.hinted_interval or default


def next_due(feed: Feed, default: int = DEFAULT_INTERVAL) -> datetime | None:
    """When `feed` should next be fetched; `None` for a new feed (due now) or a gone one."""
    if feed.gone:
        return None
    due = None
    if feed.last_fetched is not None:
        due = feed.last_fetched + timedelta(seconds=interval_of(feed, default))
    if feed.retry_after is not None and (due is None or feed.retry_after > due):
        due = feed.retry_after
    return due


def is_due(feed: Feed, now: datetime | None = None, default: int = DEFAULT_INTERVAL) -> bool:
    """The feed should be fetched now (never when the server said it is gone)."""
    if feed.gone:
        return False
    due = next_due(feed, default)
    # A minute of slack so a feed fetched by an hourly job is due again at the next run.
    return due is None or due <= (now or datetime.now(UTC)) + timedelta(seconds=60)


def parse_interval(text: str) -> int:
    """`90`, `45m`, `2h`, `1d` or `1w` as seconds (a bare number is minutes).

    Raises:
        ValueError: not a duration, or shorter than a minute.
    """
    match = _DURATION.match(text)
    if not match:
        raise ValueError(f"not a duration: {text!r} (try 30m, 2h or 1d)")
    seconds = int(float(match.group(1)) * _UNITS[match.group(2).lower()])
    if seconds < 60:
        raise ValueError(f"interval too short: {text!r} (at least 1m)")
    return seconds


def format_interval(seconds: int) -> str:
    """Seconds as the shortest of `2h`, `45m`, `1d`, `90s`."""
    for unit, size in (("w", 7 * 86400), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"
