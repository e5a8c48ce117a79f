"""Figures in a block of text: counts, percentages, money, dates and quantities, as marks.

Rule-based and locale-aware. Spaces of every kind group digits ("55 000", "55\u202f000");
so does a repeated comma or period ("1,500,000", "1.500.000"), and in "1.234,5"/"1,234.5" the
last mark is the decimal one. A single mark before other than three digits is decimal ("6,2",
"6.2"). Before exactly three digits it follows the language: decimal comma in French ("42,195
km"; "280.000" groups), thousands comma in English ("280,000"; "2.125" is decimal); with no
known language it groups unless a scale or percent follows ("1,250 million"). The language
also decides "billion" (10^12 in French, 10^9 elsewhere) and ambiguous numeric dates
("03/04/2023": day first except in English; only the year without a language).

Model and serial names ("MQ-9", "A320neo", "A350-900", "F-16", "737 MAX", "Boeing 777", "G7",
"COVID-19", "CAC 40", "Formula 1", "Ligue 1"), numbers inside URLs, e-mail addresses and identifiers
("v2.3.1", "24/7", "0800", runs of over 32 digits) are not figures. The tables live in
`numbers_lexicon`, the patterns in `numbers_patterns`, dates and times in `numbers_dates`.

Each mark's `value` is normalised; amounts are plain decimals (no grouping, no exponent, a
period for decimals, a leading "-" when negative, no trailing zeros):

- `number`: the amount, scale words applied: "55000", "6.2", "1500000" ("1,5 million").
  Counts are numbers, the counted noun outside the span: "157" militaires, "53" jours, "48"
  hours (durations too). "article 5" is a number; "CAC 40" is not. Spelled numbers ("trois")
  are not marked unless a scale, percent, currency or unit follows ("deux milliards d'euros").
- `percent`: the fraction: "0.31" ("31 %", "31 pour cent", "31 per cent"), "0.002" for
  "0,2 point de pourcentage", "0.0025" for "25 points de base"/"25 basis points" ("25bp",
  "25 bps", "25 pb"). A bare "point" is no percent: "0,4 point" marks "0,4" (number).
- `money`: "<ISO 4217 code> <amount>": "EUR 73400000000" ("73,4 milliards d'euros"),
  "USD 9500" ("$9,500"), "USD 5000000" ("5 M$"), "GBP 300000000" ("£300m"); a bare "$" or
  "dollars" is USD; a currency name shared by several countries ("pesos", "couronnes",
  "dinars"), or another country's dollar the tables do not know ("SI$", "Solomon dollars"),
  gets the code for no particular currency, "XXX 880"; "FJ$", "NT$" are FJD and TWD.
  Hundredths are money too: "USD 0.3" ("30 cents"), "EUR 0.35" ("35 centimes"), "GBP 0.5"
  ("50p", "50 pence"); "XOF 3000" ("3 000 F CFA", "FCFA").
- `date`: ISO 8601, as precise as the text: "2026-02-06", "2022-02" ("février 2022"),
  "--09-01" ("1er septembre"), "2022" (a year; "15" in "2014-15" is "2015"), "199X" (the
  span "années 1990", "1990s"), and times of day "T14:30" ("14h30", "2:30 p.m.", "à 20
  heures", "1430 GMT" without the zone). A four-digit number from 1900 to 2100 is a year
  unless a unit, scale, cue ("plus de 2000", "résolution 1973") or duration ("2000 ans")
  says otherwise; from 1000 to 1899 only after "en", "in", "since"..., after "of" or "de"
  with nothing counted after it ("the conference of 1884", "le traité de 1885 a"), or
  between "the" and a dated thing ("the 1899 treaty"). A season's years are two dates
  ("2027/28": "2027" and "28", 2028). Weekdays and month names alone are not marked.
- `quantity`: "<amount> <unit>" with one symbol per unit: "280000 t", "5 km", "-15 °C",
  "2500000 barrel", "1200 MW", "3 km2", "24000 TEU", "85 dB", "20 TB", "4.2 ly" (see
  `numbers_lexicon.UNITS`). Prefixed units are kept
  as written ("5 Mt", "2 GW"), never converted. In a compound adjective the number stands
  alone: "a 30-km ride" marks "30" (number).

Spans cover the whole figure with its sign, symbol, scale and unit words ("73,4 milliards
d'euros", "$9,500", "-15 °C", "6 février 2026"); not the cue words around it ("en 2022" marks
"2022"). In a range whose first end is bare ("10 à 15 %", "3-5 km", "les 3 et 4 mars") both ends
get the kind and unit of the second.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from decimal import Decimal

from reader.core.analysis import numbers_dates as dates
from reader.core.analysis import numbers_lexicon as lex
from reader.core.analysis import numbers_patterns as pat
from reader.core.analysis.numbers_figure import Figure, valid_date
from reader.core.models import Mark

_WINDOW = 40
"""How far left of a number its prefixes and cue words are looked for."""

_SPACES = " \u00a0\u202f\u2009\u2007"
"""The spaces that may group digits (see `numbers_patterns.SPACE`)."""

_LONGEST = 32
"""Longer runs of digits are account or serial numbers, not figures."""


def find_numbers(text: str, language: str | None) -> list[Mark]:
    """Every figure in `text`, as sorted, non-overlapping marks.

    Args:
        text: one block's text.
        language: ISO 639-1 code ("fr", "en"); anything else or `None` reads both conventions.

    Returns:
        Marks of kind number, percent, money, date or quantity with their normalised value.
    """
    language = (language or "")[:2].lower() or None
    urls = _url_spans(text)
    url_starts = [start for start, _ in urls]
    figures: list[Figure] = []
    pos = 0
    while (found := pat.START.search(text, pos)) is not None:
        start = found.start()
        index = bisect.bisect_right(url_starts, start) - 1
        if index >= 0 and urls[index][1] > start:
            pos = urls[index][1]
            continue
        if found.group("word"):
            figure = _read_words(text, found, language)
            resume = found.end()
        else:
            floor = figures[-1].end if figures else 0
            figure, resume = _read_digits(text, start, floor, language)
        if figure is not None:
            figures.append(figure)
            resume = figure.end
        pos = max(resume, start + 1)
    figures = _without_list_numbers(text, figures)
    figures = _with_next_years(text, figures)
    _join_ranges(text, figures)
    marks: list[Mark] = []
    for figure in figures:
        if not marks or figure.start >= marks[-1].end:  # a range's end may have grown
            marks.append(Mark(figure.start, figure.end, figure.kind, figure.value()))
    return marks


_LIST_NUMBER = re.compile(r"(?:^|(?<=[\s:]))(\d{1,2})\.[ \u00a0](?=[A-ZÀ-Þ])")


def list_ranks(text: str) -> set[int]:
    """Where the ranks of a list written inline start ("1. Finland 2. Norway 3. Australia"):
    three or more items in a row, 1, 2, 3; they count nothing."""
    ranks = {m.start(1): int(m.group(1)) for m in _LIST_NUMBER.finditer(text)}
    if len(ranks) < 3:
        return set()
    listed, expected = set(), 1
    for start, rank in sorted(ranks.items()):
        if rank == expected:
            listed.add(start)
            expected += 1
    return listed if len(listed) >= 3 else set()


_ITEM_NUMBER = re.compile(r"(\d{1,2})[.)][ \u00a0]+(?=[\"“«‘'(]?[A-ZÀ-Þ])")


def block_ranks(texts: Sequence[str]) -> set[int]:
    """The blocks that start with a list's rank, one item a block ("1. Finland", then
    "2. Norway"): three or more such blocks, their ranks rising from 1 or 2 (a page may
    lose an item)."""
    ranks = [(b, int(m.group(1))) for b, t in enumerate(texts) if (m := _ITEM_NUMBER.match(t))]
    if len(ranks) < 3 or ranks[0][1] > 2:
        return set()
    numbers = [rank for _, rank in ranks]
    if numbers != sorted(set(numbers)):
        return set()
    return {b for b, _ in ranks}


def _without_list_numbers(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures but a list's ranks (see `list_ranks`)."""
    listed = list_ranks(text) if "." in text else set()
    return [f for f in figures if not (f.start in listed and f.kind == "number")]


def _read_digits(text: str, s: int, floor: int, language: str | None) -> tuple[Figure | None, int]:
    """The figure starting with the digit at `s` (or `None`) and where to look next.

    Prefixes and cue words are looked for between `floor` (the end of the last figure) and s.
    """
    if (compound := dates.read_compound(text, s, language)) is not None:
        return compound
    core = pat.CORE.match(text, s)
    if pat.MODEL_SUFFIX.match(text, core.end()):  # "57 737 MAX": 57 jets of a model
        cut = max(core.group().rfind(space) for space in _SPACES)
        if cut > 0:
            core = pat.CORE.match(text, s, s + cut)
    e = core.end()
    window = text[max(floor, s - _WINDOW) : s]
    if e - s > _LONGEST or _is_model_number(text, s, e, window):
        return None, pat.TOKEN_REST.match(text, e).end()
    raw = core.group()
    plain = raw.isdigit()
    start, sign = s, Decimal(1)
    if (
        s - 1 >= floor
        and text[s - 1] in "-−+"
        and (s < 2 or text[s - 2].isspace() or text[s - 2] in "([")
    ):
        start, sign = s - 1, Decimal(-1 if text[s - 1] != "+" else 1)
        window = text[max(floor, start - _WINDOW) : start]
    currency = pat.CURRENCY_BEFORE.search(window)
    if currency is not None:
        start = start - len(window) + currency.start()
    elif sign == 1 and (digits := pat.DIGITS.match(text, s)).end() - s <= 4:
        date = dates.read_date(text, s, digits.end(), int(digits.group()), window)
        if date is not None:
            return date, date.end
    figure = Figure(start, e, bare=currency is None)
    if currency is not None:
        figure.kind = "money"
        figure.currency = pat.CURRENCY_BEFORE_CODES[currency.lastgroup]
        if figure.currency == lex.COUNTRY_DOLLAR:  # "FJ$", "NT$", "SI$"
            prefix = currency.group().rstrip(_SPACES)
            figure.currency = lex.COUNTRY_DOLLARS.get(prefix, "XXX")
        elif figure.currency == lex.CURRENCY_CODE:  # "CHF 300"
            figure.currency = currency.group(currency.lastgroup)
    convention = pat.convention(language)
    if currency is not None and currency.group().rstrip()[-1:] in ("$", "£"):
        convention = "period"  # "$9,500" is written the English way, even in French
    long_scale = pat.long_scale(language) and convention == "comma" and "." not in raw
    hint = _read_suffix(text, figure, long_scale)
    figure.amount = pat.to_decimal(raw, convention, hint).copy_sign(sign)
    if (
        sign == 1
        and (minus := _SPOKEN_MINUS.search(text, max(floor, s - 8), s))
        and (minus.group(1).lower() == "minus" or figure.unit in _TEMPERATURES)
    ):
        figure.start, figure.amount = minus.start(), -figure.amount  # "minus 32 degrees"
    if figure.kind != "number" or figure.factor != 1:
        figure.bare = False
        return figure, figure.end
    if pat.ATTACHED.match(text, e) or (plain and len(raw) > 1 and raw[0] == "0"):
        part = _PART_OF_DECADE.search(text, max(floor, s - 8), s)  # "the late 1800s"
        start = part.start() if part else s
        if plain and len(raw) == 4 and (decade := pat.DECADE_SUFFIX.match(text, e)):
            return Figure(start, decade.end(), "date", text_value=raw[:3] + "X"), decade.end()
        if plain and len(raw) <= 2 and (century := _CENTURY.match(text, e)) and 0 < int(raw) <= 21:
            value = f"{int(raw) - 1:02d}XX"  # "the 20th century": 19XX
            return Figure(start, century.end(), "date", text_value=value), century.end()
        return None, pat.TOKEN_REST.match(text, e).end()
    if plain and len(raw) == 4 and sign == 1:
        dates.classify_year(text, figure, window, int(raw))
    return figure, figure.end


_PART_OF_DECADE = re.compile(r"\b(?:early|mid|late)[ \u00a0-]$")
"""Which part of a decade or century, part of its date: "the late 1990s", "mid-2000s"."""
_CENTURY = re.compile(
    r"(?:st|nd|rd|th)[ \u00a0-](?:century|centuries)\b|(?:e|ème)[ \u00a0]siècle\b"
)
"""A century by its ordinal: "the 20th century", "19th-century", "le 20e siècle"."""
_TEMPERATURES = frozenset({"°C", "°F", "°"})
_SPOKEN_MINUS = re.compile(
    r"(?<!au[ \u00a0])(?<!du[ \u00a0])(?<!ou[ \u00a0])\b(minus|moins)[ \u00a0]$", re.IGNORECASE
)
"""A sign in words: "minus 32 degrees Celsius", "minus 2%", "moins 12 °C" (French "moins"
only before a temperature: elsewhere it is "less", "moins 20 %" of something, or "au
moins", "at least")."""


def _is_model_number(text: str, s: int, e: int, window: str) -> bool:
    """Whether the number at s:e names a model or serial ("MQ-9", "Boeing 777", "737 MAX")."""
    before = text[s - 1] if s else " "
    if before == "[" and text[e : e + 1] == "]" and s >= 2 and not text[s - 2].isspace():
        return True  # "New Zealand.[16]": a footnote's mark
    if before == "-" and s >= 2 and text[s - 2].isalpha():
        return pat.HYPHEN_PREFIX.search(text, max(0, s - 8), s) is None
    if before == "-" and pat.MODEL_STEM.search(text, max(0, s - 12), s):  # "A350-900"
        return True
    if before in "#@/\\":  # "2027/28" ends a season
        season = before == "/" and s >= 5 and pat.SEASON.match(text, s - 5, e)
        return not (season and season.end() == e and dates.is_season(season))
    return bool(pat.MODEL_BEFORE.search(window) or pat.MODEL_SUFFIX.match(text, e))


def _read_suffix(text: str, figure: Figure, long_scale: bool) -> bool:
    """Extend `figure` over its percent sign, scale, currency or unit; True when it scales.

    `long_scale`: "billion" means 10^12, as in French ("1 billion de dollars"); not when the
    figure is written the English way ("€1.2 billion").
    """
    e = figure.end
    if figure.currency is None and (percent := pat.PERCENT.match(text, e)) is not None:
        figure.kind, figure.end = "percent", percent.end()
        figure.percent = pat.PERCENT_FACTORS[percent.lastgroup]
        return True
    scale = pat.SCALE.match(text, e)
    if (
        scale is not None
        and scale.group() == "K"
        and figure.currency is None
        and e - figure.start == 1
    ):
        scale = None  # "4K", "8K": a screen's resolution, not four thousand
    if scale is not None:
        factor, money_only = _scale_factor(scale, long_scale)
        millions = money_only and _millions_of(text, e, figure)  # "1.3m people"
        after = _money_or_unit(text, scale.end(), figure, scaled=True)
        if money_only and figure.kind != "money" and not millions:
            # "5 m" is five metres, "£5m" five million pounds
            figure.kind, figure.currency, figure.unit = "number", None, None
            figure.factor = Decimal(1)
        else:
            figure.factor, figure.end = factor, after or scale.end()
            return True
    figure.end = _money_or_unit(text, e, figure, scaled=False) or e
    return False


def _millions_of(text: str, e: int, figure: Figure) -> bool:
    """Whether an "m" glued to a figure under 1,000 counts millions of the plural noun after it
    ("1.3m people") rather than metres ("the 400m hurdles", "1500m")."""
    return (
        figure.kind == "number"
        and pat.MILLIONS_OF.match(text, e) is not None
        and (figure.end - figure.start <= 5)
    )


def _money_or_unit(
    text: str, e: int, figure: Figure, scaled: bool, spelled: bool = False
) -> int | None:
    """Read a currency or a unit after position e into `figure`; the end of what was read.

    `spelled`: the number is a word, and "trois cents" is three hundred, not three cents.
    """
    if (symbol := pat.CURRENCY_AFTER.match(text, e)) is not None:
        if figure.currency is None:
            figure.kind, figure.currency = "money", pat.CURRENCY_SYMBOL_CODES[symbol.lastgroup]
        return symbol.end()
    subunit = not (scaled or spelled) and figure.currency is None
    if subunit and (cents := pat.SUBUNIT_AFTER.match(text, e)) is not None:
        figure.kind, figure.currency = "money", pat.SUBUNIT_CODES[cents.lastgroup]
        figure.factor *= Decimal("0.01")
        return cents.end()
    words = pat.CURRENCY_WORD_AFTER_SCALE if scaled else pat.CURRENCY_WORD_AFTER
    if figure.currency is None and (word := words.match(text, e)) is not None:
        figure.kind, figure.currency = "money", pat.CURRENCY_WORD_CODES[word.lastgroup]
        if figure.currency == lex.CURRENCY_CODE:  # "5 M USD"
            figure.currency = word.group(word.lastgroup)
        return word.end()
    if figure.currency is not None:
        return None
    if scaled and (pounds := pat.POUNDS_AFTER_SCALE.match(text, e)) is not None:
        figure.kind, figure.currency = "money", "GBP"
        return pounds.end()
    units = pat.UNIT_AFTER_SCALE if scaled else pat.UNIT_AFTER
    if (unit := units.match(text, e)) is not None:
        figure.kind = "quantity"
        figure.unit, unit_factor = pat.UNIT_VALUES[unit.lastgroup]
        figure.factor *= unit_factor
        return unit.end()
    if scaled:
        return None
    if _HYPHEN_UNIT.match(text, e) and (unit := pat.UNIT_AFTER.match(text, e + 1)) is not None:
        figure.kind = "quantity"  # "the 136-metre dam", "a 10-km road"
        figure.unit, unit_factor = pat.UNIT_VALUES[unit.lastgroup]
        figure.factor *= unit_factor
        return unit.end()
    if text.startswith("-pound", e) and not pat.ATTACHED.match(text, e + 6):
        figure.kind, figure.unit = "quantity", "lb"  # "a 300-pound steel plate"
        return e + 6
    if (pounds := pat.POUNDS_AFTER.match(text, e)) is not None:
        figure.kind, figure.unit = "quantity", "lb"
        return pounds.end()
    return None


_HYPHEN_UNIT = re.compile(
    r"-(?:met(?:re|er)|foot|kilomet(?:re|er)|km|mile|tonne|ton|hectare|acre|megawatt|MW"
    r"|lit(?:re|er)|inch)(?!\w)"
)
"""A unit joined to its number to qualify a noun, as English does: "the 136-metre dam",
"40-foot-tall tubes"."""


def _scale_factor(scale: re.Match[str], long_scale: bool) -> tuple[Decimal, bool]:
    """The factor of a scale word and whether it only scales money ("m" in "£300m")."""
    if scale.lastgroup == "billion":
        return Decimal(10) ** (12 if long_scale else 9), False
    if scale.lastgroup == "trillion":
        return Decimal(10) ** (18 if long_scale else 12), False
    return pat.SCALE_VALUES[scale.lastgroup]


def _read_words(text: str, found: re.Match[str], language: str | None) -> Figure | None:
    """A spelled number followed by a scale, percent, currency or unit ("deux milliards")."""
    word = found.group("word")
    figure = Figure(found.start(), found.end(), amount=Decimal(lex.NUMBER_WORDS[word.lower()]))
    e = found.end()
    scale = pat.SCALE.match(text, e)
    if scale is not None and scale.group()[-1:].isalpha() and len(scale.group().strip()) > 4:
        factor, money_only = _scale_factor(scale, pat.long_scale(language))
        if not money_only and factor >= 10**6:
            figure.factor = factor
            figure.end = _money_or_unit(text, scale.end(), figure, scaled=True) or scale.end()
            return figure
    if word.lower() in ("un", "une", "one"):
        return None
    if (percent := pat.PERCENT.match(text, e)) is not None:
        figure.kind, figure.end = "percent", percent.end()
        figure.percent = pat.PERCENT_FACTORS[percent.lastgroup]
        return figure
    end = _money_or_unit(text, e, figure, scaled=False, spelled=True)
    if end is None or (figure.kind == "quantity" and len(text[e:end].strip()) < 2):
        return None
    figure.end = end
    return figure


def _join_ranges(text: str, figures: list[Figure]) -> None:
    """Give a range's bare first end the kind and unit of its second ("10 à 15 %")."""
    for first, second in zip(figures, figures[1:], strict=False):
        if text[first.end : second.start] == "/":  # only a season: "2027/28"
            if _is_short_year(text, first, second):
                _close_years(first, second)
            continue
        if not pat.RANGE_BETWEEN.fullmatch(text, first.end, second.start):
            continue
        if first.bare and not second.bare:
            if second.kind == "money" and not text[second.start].isdigit():
                continue  # "its forecast for 2026 to $56": a range would read "$50 to $56"
            _complete(first, second)
        elif first.kind == "money" and first.factor == 1 < second.factor and first.amount < 1000:
            first.factor = second.factor
            if second.kind == "number":
                second.kind, second.currency = "money", first.currency
        elif first.month_first and first.day and second.bare and second.kind == "number":
            day = _int_amount(second)
            if day is not None and valid_date(first.year, first.month, day):
                second.kind, second.month, second.day = "date", first.month, day
                second.year, second.bare = first.year, False
                if first.year is None and (year := pat.YEAR_AFTER.match(text, second.end)):
                    second.year = first.year = int(year.group("year"))
                    second.end = year.end()
        elif _is_short_year(text, first, second):  # "2014-15": the second year is 2015
            _close_years(first, second)


_NEXT_YEAR = re.compile(r"[-–/](0\d)(?![\d.,]\d|[\d\-–/])")


def _with_next_years(text: str, figures: list[Figure]) -> list[Figure]:
    """The figures and the year that closes "2008-09": a number written with its leading
    zero is read nowhere else."""
    added = []
    for figure in figures:
        if figure.kind != "date" or figure.month is not None or figure.year is None:
            continue
        found = _NEXT_YEAR.match(text, figure.end)
        if found and int(found.group(1)) == (figure.year + 1) % 100:
            start, end = found.span(1)
            added.append(Figure(start, end, "number", amount=Decimal(found.group(1)), bare=True))
    return sorted(figures + added, key=lambda f: f.start) if added else figures


def _is_short_year(text: str, first: Figure, second: Figure) -> bool:
    """Whether `second` is a two-digit year closing a range that starts at year `first`, or
    the next year's last digit ("2008-9")."""
    if not (
        first.kind == "date"
        and first.month is None
        and first.year is not None
        and text[first.end : second.start] in ("-", "–", "/")
        and second.bare
    ):
        return False
    if second.end - second.start == 1:
        return first.year % 10 != 9 and second.amount == first.year % 10 + 1
    if second.end - second.start != 2:
        return False
    return first.year % 100 < second.amount < 100 or second.amount == (first.year + 1) % 100


def _close_years(first: Figure, second: Figure) -> None:
    """Make a two-digit `second` the year it closes in `first`'s century ("2014-15": 2015)."""
    second.kind, second.year, second.bare = "date", first.year - first.year % 100, False
    second.year += int(second.amount) + (100 if second.amount < first.year % 100 else 0)


def _complete(first: Figure, second: Figure) -> None:
    """Copy the far end's kind, scale, currency or unit onto a bare first end."""
    if second.kind == "date":
        day = _int_amount(first)
        if second.day is None or day is None or not valid_date(second.year, second.month, day):
            return
        first.kind, first.year, first.month, first.day = "date", second.year, second.month, day
        first.text_value = None
    elif second.kind in ("percent", "money", "quantity") or second.factor != 1:
        if second.factor != 1 and abs(first.amount) >= 1000:
            return  # "fell by 837,000 to 124.9 million": a scale word never follows 837,000
        first.kind, first.factor = second.kind, second.factor
        first.currency, first.unit, first.percent = second.currency, second.unit, second.percent
        first.text_value, first.year = None, None
    else:
        return
    first.bare = False


def _int_amount(figure: Figure) -> int | None:
    """The figure's amount when it is a whole number from 1 to 31 (a day of the month)."""
    if figure.year is not None and figure.kind == "date":
        return None
    amount = figure.amount
    return int(amount) if amount == amount.to_integral_value() and 1 <= amount <= 31 else None


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the URLs and e-mail addresses in `text`, in order, not overlapping."""
    spans: list[tuple[int, int]] = []
    if "/" not in text and "@" not in text and "www." not in text:
        return spans
    covered = 0
    for found in pat.URL_START.finditer(text):
        if found.start() >= covered:
            start = _token_start(text, found.start(), covered)
            covered = pat.TOKEN_REST.match(text, found.start()).end()
            spans.append((start, covered))
    covered = 0
    at = text.find("@")
    while at != -1:
        start = _token_start(text, at, covered)
        covered = pat.TOKEN_REST.match(text, at).end()
        spans.append((start, covered))
        at = text.find("@", covered)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _token_start(text: str, index: int, floor: int) -> int:
    """Where the whitespace-delimited token holding `index` starts (not before `floor`)."""
    start = index
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return start
