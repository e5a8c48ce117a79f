"""Dates and times of day around a number: "6 février 2026", "March 14, 2023", "14h30"."""

from __future__ import annotations

import re

from reader.core.analysis import numbers_lexicon as lex
from reader.core.analysis import numbers_patterns as pat
from reader.core.analysis.numbers_figure import Figure, valid_date


def read_compound(text: str, s: int, language: str | None) -> tuple[Figure | None, int] | None:
    """ISO and numeric dates, times of day, and runs of numbers that are identifiers."""
    if (iso := pat.ISO_DATE.match(text, s)) is not None:
        year, month, day = (int(part) for part in iso.groups())
        if valid_date(year, month, day):
            return Figure(s, iso.end(), "date", year=year, month=month, day=day), iso.end()
    if (numeric := pat.NUMERIC_DATE.match(text, s)) is not None:
        return _numeric_date(numeric, language), numeric.end()
    if (
        language == "fr"
        and (short := pat.DAY_SLASH_MONTH.match(text, s)) is not None
        and pat.DAY_SLASH_MONTH_BEFORE.search(text, max(0, s - 30), s)
        and valid_date(None, int(short.group(2)), int(short.group(1)))
    ):
        # "les 25/11, 30/11 et 02/12": days of the month, the year left to the reader
        month, day = int(short.group(2)), int(short.group(1))
        return Figure(s, short.end(), "date", month=month, day=day), short.end()
    if (clock := pat.CLOCK.match(text, s)) is not None and (figure := _clock(clock)) is not None:
        return _with_zone(text, figure, language), figure.end
    if (wire := pat.WIRE_CLOCK.match(text, s)) is not None:
        figure = _with_zone(text, _clock(wire), language)
        return figure, figure.end
    hours = pat.HOURS.match(text, s)
    if (
        hours
        and pat.CLOCK_BEFORE.search(text, max(0, s - 12), s)
        and not pat.BROUGHT_TO.search(text, max(0, s - 60), s)
        and not pat.PER_PERIOD.match(text, hours.end())
        and (figure := _clock(hours))
    ):
        return figure, figure.end
    if (season := pat.SEASON.match(text, s)) is not None and is_season(season):
        return Figure(s, s + 4, "date", year=int(season.group("first"))), s + 4
    compound = pat.COMPOUND.match(text, s)
    if compound is not None and pat.CORE.match(text, s).end() < compound.end():
        return None, pat.TOKEN_REST.match(text, compound.end()).end()
    return None


def is_season(found: re.Match[str]) -> bool:
    """Whether a `SEASON` match spans two years in a row ("2027/28"), not a fraction."""
    first, second = int(found.group("first")), found.group("second")
    following = first + 1 if len(second) == 4 else (first + 1) % 100
    return int(second) == following


def read_date(text: str, s: int, end: int, number: int, window: str) -> Figure | None:
    """A date around the digits s:end: "6 février 2026", "March 14, 2023", "février 2022"."""
    if text[end : end + 1] in (".", ",") and text[end + 1 : end + 2].isdigit():
        return None  # a decimal or grouped number: "14,5 mars" is not a date
    if 1 <= number <= 31 and (after := pat.DAY_MONTH.match(text, end)) is not None:
        month = pat.month_number(after.group("month"))
        year = int(after.group("year")) if after.group("year") else None
        if valid_date(year, month, number):
            return Figure(s, after.end(), "date", year=year, month=month, day=number)
    before = pat.MONTH_BEFORE.search(window)
    if before is None:
        return None
    start = s - len(window) + before.start()
    month_key = pat.month_key(before.group("month"))
    month = lex.MONTH_NUMBERS[month_key]
    if end - s == 4 and 1000 <= number <= 2100:
        if pat.ATTACHED.match(text, end):
            return None
        return Figure(start, end, "date", year=number, month=month)
    if not 1 <= number <= 31 or month_key not in lex.ENGLISH_MONTHS:
        return None
    if (ordinal := pat.ORDINAL_SUFFIX.match(text, end)) is not None:
        end = ordinal.end()
    elif pat.ATTACHED.match(text, end):
        return None
    year = None
    if (found := pat.YEAR_AFTER.match(text, end)) and not pat.ATTACHED.match(text, found.end()):
        year, end = int(found.group("year")), found.end()
    if not valid_date(year, month, number):
        return None
    return Figure(start, end, "date", year=year, month=month, day=number, month_first=True)


def classify_year(text: str, figure: Figure, window: str, number: int) -> None:
    """Make a bare four-digit number a year unless its context says it counts something."""
    if (
        pat.COUNTED_AFTER.match(text, figure.end)
        or pat.NUMBER_BEFORE.search(window)
        or _DIMENSION_BEFORE.search(text, max(0, figure.start - 6), figure.start)
    ):
        return  # "3,000 tonnes", "1800 x 1920 per eye"
    if (decade := pat.DECADE_BEFORE.search(window)) is not None and number % 10 == 0:
        figure.start = figure.start - len(window) + decade.start()
        figure.kind, figure.text_value, figure.bare = "date", str(number)[:3] + "X", False
        return
    if pat.DATE_BEFORE.search(window):
        if 1000 <= number <= 2100:
            figure.kind, figure.year, figure.bare = "date", number, False
        return
    if 1000 <= number < 1900 and (
        _old_year(text, figure.end, window)
        or text[figure.start - 1 : figure.start] == "("
        and text[figure.end : figure.end + 1] == ")"
    ):  # "Book of Black Magic and Pacts (1898)": a work's year
        figure.kind, figure.year, figure.bare = "date", number, False
        return
    if not 1900 <= number <= 2100:
        return
    if number % 100 == 0 and pat.LOWER_WORD_AFTER.match(text, figure.end):
        return
    figure.kind, figure.year = "date", number


_DIMENSION_BEFORE = re.compile(r"\d[ \u00a0]?[x×][ \u00a0]?$")
"""A number after another and "x" is a dimension: "1800 x 1920" (not after "by": "to 100 by
2030" is a year)."""


def _old_year(text: str, end: int, window: str) -> bool:
    """Whether a number from 1000 to 1899 is a year by its cue and what follows: "the 1899
    treaty", "the conference of 1884,", "le traité de 1885 a", not "a force of 1500 men" nor
    "the 1850 seen"."""
    cue = pat.OLD_YEAR_BEFORE.search(window)
    if cue is None:
        return False
    word = pat.WORD_AFTER.match(text, end)
    if cue.group("cue").lower() == "the":
        return word is not None and pat.YEAR_NOUN.fullmatch(word.group("word")) is not None
    return word is None or pat.YEAR_FOLLOWER.fullmatch(word.group("word")) is not None


def _numeric_date(found: re.Match[str], language: str | None) -> Figure | None:
    """ "14/03/2023" (day first), "03/14/2023" (month first in English), "14.03.2023"."""
    first, separator, second, year = found.groups()
    first, second, year = int(first), int(second), int(year)
    day_first = valid_date(year, second, first)
    month_first = separator == "/" and valid_date(year, first, second)
    figure = Figure(found.start(), found.end(), "date", year=year)
    if day_first and month_first and first != second:
        if language == "en":
            figure.month, figure.day = first, second
        elif language is not None:
            figure.month, figure.day = second, first
    elif day_first:
        figure.month, figure.day = second, first
    elif month_first:
        figure.month, figure.day = first, second
    else:
        return None
    return figure


def _with_zone(text: str, figure: Figure, language: str | None) -> Figure:
    """The time of day with the time zone written after it, if any ("1:39 PM ET"); in French
    only GMT and UTC, since "14h ET 16h" is "and"."""
    zone = pat.TIME_ZONE.match(text, figure.end)
    if zone is not None and (language != "fr" or zone.group().strip() in ("GMT", "UTC")):
        figure.end = zone.end()
    return figure


def _clock(found: re.Match[str]) -> Figure | None:
    """A time of day as "Thh:mm"; `None` when the hour or minutes are out of range."""
    parts = found.groupdict()
    hour = int(parts["h"])
    minutes = int(parts.get("m") or parts.get("hm") or parts.get("dm") or 0)
    ampm = (parts.get("ampm") or parts.get("ampm2") or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minutes > 59:
        return None
    return Figure(found.start(), found.end(), "date", text_value=f"T{hour:02d}:{minutes:02d}")
