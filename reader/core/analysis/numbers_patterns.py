"""Compiled patterns and value helpers for figure recognition.

Every pattern here is linear: no quantifier is nested inside another unless the inner part has a
fixed length behind a required separator, so a megabyte of digits or letters cannot make the
engine backtrack catastrophically. Patterns that look at the left of a figure run on a short
window ending at it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from reader.core.analysis import numbers_lexicon as lex

SPACE = "[ \u00a0\u202f\u2009\u2007]"
"""One space inside a figure: plain, no-break, narrow no-break, thin or figure space."""


def _alternation(table: dict[str, object], prefix: str) -> tuple[str, dict[str, object]]:
    """One alternation of named groups `prefix0`, `prefix1`... and the value of each group."""
    parts, values = [], {}
    for index, (pattern, value) in enumerate(table.items()):
        parts.append(f"(?P<{prefix}{index}>{pattern})")
        values[f"{prefix}{index}"] = value
    return "|".join(parts), values


_CURRENCY_BEFORE, CURRENCY_BEFORE_CODES = _alternation(lex.CURRENCY_PREFIXES, "c")
_CURRENCY_SYMBOL, CURRENCY_SYMBOL_CODES = _alternation(lex.CURRENCY_SYMBOLS_AFTER, "c")
_CURRENCY_WORD, CURRENCY_WORD_CODES = _alternation(lex.CURRENCY_WORDS, "c")
_SUBUNIT, SUBUNIT_CODES = _alternation(lex.CURRENCY_SUBUNITS, "c")
_UNIT, UNIT_VALUES = _alternation(lex.UNITS, "u")
_PERCENT, PERCENT_FACTORS = _alternation(lex.PERCENTS, "p")
_SCALE, SCALE_VALUES = _alternation(lex.SCALES, "s")

WORD_END = r"(?![\w'’])"
"""After a word: no letter, digit or apostrophe ("5 l'an" is not five litres)."""

_INITIALS = "".join(sorted({word[0] for word in lex.NUMBER_WORDS}))
_INITIALS += _INITIALS.upper()
_RAND_AMOUNT = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)"
    r"|\d+(?:\.\d+)?[ \u00a0]?(?:million|billion|trillion|bn|mn|m)\b)"
)
"""What follows a rand's or kwacha's sign joined to it: a large amount ("R95,000", "K14.5
million"), not a model's number ("R8", "K2")."""
START = re.compile(
    # Leading character classes let the engine skip most positions without trying more.
    rf"(?=[\d{_INITIALS}])"
    r"(?:(?P<digit>(?:(?<![\w.,])|(?<=(?<!\w)SFr)|(?<=(?<!\w)Rp)"
    rf"|(?<=(?<!\w)[RK])(?={_RAND_AMOUNT}))\d)"
    rf"|(?=[{_INITIALS}])(?<![\w-])(?P<word>(?i:{'|'.join(lex.NUMBER_WORDS)}))(?![\w-]))"
)
"""Where a figure may start: a digit not inside a word or a number, or a spelled number."""

CORE = re.compile(
    rf"(?:\d{{1,3}}(?:(?:{SPACE}|[.,])\d{{3}})+(?!\d)|\d+)(?:[.,]\d+)?",
)
"""A written number: digits, grouped by spaces, commas or periods, with decimals."""

ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?![\d-]|[./]\d)")
NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?![\d-]|[./]\d)")
COMPOUND = re.compile(r"\d+(?:[-/:]\d+){2,}|\d+(?:/\d+)+|\d+(?:\.\d+){2,}|\d+(?::\d+)+")
"""Runs of numbers that are identifiers, fractions or versions when not dates or times."""

_AMPM = r"(?:[ap]\.m\.|[ap]m|[AP]M)(?!\w)"
CLOCK = re.compile(
    rf"(?P<h>\d{{1,2}})(?::(?P<m>\d{{2}})(?![\d:])(?:{SPACE}?(?P<ampm>{_AMPM}))?"
    rf"|{SPACE}?h(?:{SPACE}?(?P<hm>\d{{2}}))?(?!\w)"
    rf"|(?:\.(?P<dm>\d{{2}}))?{SPACE}?(?P<ampm2>{_AMPM}))"
)
"""Times of day: "14:30", "14h30", "14 h", "9 a.m.", "9.30pm"."""

DAY_SLASH_MONTH = re.compile(
    rf"(?=\d\d|\d/\d\d)(\d{{1,2}})/(\d{{1,2}})(?![\d/]|[.,]\d|{SPACE}(?:des?|du|d['’]))"
)
"""A French day and month without a year: "25/11", "02/12" (not "3/4 des électeurs")."""
DAY_SLASH_MONTH_BEFORE = re.compile(
    rf"(?:(?<![\w'’])(?:le|les|du|au|dès{SPACE}le|jusqu['’]au|lundi|mardi|mercredi|jeudi|vendredi"
    rf"|samedi|dimanche)|\d/\d{{1,2}}(?:,|{SPACE}et|{SPACE}au))"
    rf"{SPACE}\Z",
    re.IGNORECASE,
)
"""What says "25/11" is a day: "le", "les", "du", a weekday, or a day just before in a list."""

TIME_ZONE = re.compile(rf"{SPACE}(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|AE[SD]T|JST)(?![\w])")
"""A time zone after a time of day, which the time's mark takes in: "1:39 PM ET",
"0600 GMT"."""

SEASON = re.compile(r"(?P<first>1[89]\d\d|20\d\d)/(?P<second>\d\d(?:\d\d)?)(?![\d/])")
"""A season or financial year written with a slash: "2027/28", "2027/2028"."""

WIRE_CLOCK = re.compile(
    rf"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?={SPACE}(?:GMT|UTC|BST|CET|CEST)(?!\w))"
)
"""A time of day in four digits before a time zone, as news agencies write it: "0600 GMT"."""

DAY_MONTH = re.compile(
    rf"(?P<ord>er|re|st|nd|rd|th)?{SPACE}(?:(?:of|de){SPACE})?(?P<month>{lex.MONTH_PATTERN})"
    rf"(?![\w])(?:,?{SPACE}(?P<year>\d{{4}})(?![\d]|[.,]\d))?"
)
"""After a day number: "1er septembre", "14 March", "6 février 2026", "14th of March, 2023"."""

YEAR_AFTER = re.compile(rf",?{SPACE}(?P<year>\d{{4}})(?![\d]|[.,]\d)")
"""A year completing a month-first date: "March 14, 2023"."""

PERCENT = re.compile(rf"{SPACE}?(?:{_PERCENT})(?![\w])")
SCALE = re.compile(
    rf"(?:{SPACE}|-)?(?:{_SCALE}|(?P<billion>[Bb]illions?)|(?P<trillion>[Tt]rillions?))"
    r"(?![^\W\d_])"
)
CURRENCY_AFTER = re.compile(rf"{SPACE}?(?:{_CURRENCY_SYMBOL})(?![^\W\d_])")
CURRENCY_WORD_AFTER = re.compile(rf"{SPACE}(?:{_CURRENCY_WORD}){WORD_END}")
CURRENCY_WORD_AFTER_SCALE = re.compile(
    rf"{SPACE}(?:(?:de|of){SPACE}|d['’])?(?:{_CURRENCY_WORD}){WORD_END}"
)
SUBUNIT_AFTER = re.compile(rf"{SPACE}?(?:{_SUBUNIT}){WORD_END}")
UNIT_AFTER = re.compile(rf"{SPACE}?(?:{_UNIT}){WORD_END}")
HOURS = re.compile(rf"(?P<h>\d{{1,2}}){SPACE}heures?(?:{SPACE}(?P<hm>\d{{2}})(?!\d))?(?![\w'’])")
"""A French time of day in words, after a cue such as "à": "à 20 heures", "vers 6 heures 30"."""
UNIT_AFTER_SCALE = re.compile(rf"{SPACE}(?:(?:de|of){SPACE}|d['’])?(?:{_UNIT}){WORD_END}")
POUNDS_AFTER_SCALE = re.compile(rf"{SPACE}(?:(?:de|of){SPACE})?{lex.GBP_OR_POUNDS}{WORD_END}")
POUNDS_AFTER = re.compile(rf"{SPACE}{lex.GBP_OR_POUNDS}{WORD_END}")
MODEL_SUFFIX = re.compile(rf"{SPACE}(?:{'|'.join(lex.MODEL_SUFFIXES)})(?!\w)")
DECADE_SUFFIX = re.compile(r"['’]?s(?!\w)")
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)(?!\w)")
COUNTED_AFTER = re.compile(rf"{SPACE}(?:{lex.COUNTED_AFTER})(?!\w)", re.IGNORECASE)
MILLIONS_OF = re.compile(
    rf"m(?={SPACE}(?:(?!(?:{lex.NOT_COUNTED_AFTER_M})(?!\w))[a-z]+s|{lex.PLURALS_WITHOUT_S})"
    r"(?![\w-]))"
)
"""A glued "m" before a plural noun is millions, not metres: "1.3m people"."""
LOWER_WORD_AFTER = re.compile(rf"{SPACE}[a-zà-ÿ]")
ATTACHED = re.compile(r"[^\W_]")
"""A letter or digit glued to a number: an identifier ("5G", "320neo"), not a figure."""
TOKEN_REST = re.compile(r"[^\s]*")
DIGITS = re.compile(r"\d+")


class Before:
    """A pattern that must end where a number starts, tried only on the last `width` characters.

    Searching a short tail keeps the cost per number small; the characters before it are still
    seen by the pattern's look-behind.
    """

    def __init__(self, pattern: str, width: int, flags: int = 0) -> None:
        self.regex = re.compile(rf"{pattern}\Z", flags)
        self.width = width

    def search(self, window: str) -> re.Match[str] | None:
        """The match ending at the end of `window`, if any."""
        return self.regex.search(window, max(0, len(window) - self.width))


CURRENCY_BEFORE = Before(rf"(?<![^\W\d_])(?:{_CURRENCY_BEFORE}){SPACE}?", 10)
MONTH_BEFORE = Before(rf"(?<![\w])(?P<month>{lex.MONTH_PATTERN}){SPACE}(?:(?:of|the){SPACE})?", 20)
DECADE_BEFORE = Before(rf"(?<![\w])[Aa]nn[ée]es{SPACE}", 8)
MODEL_BEFORE = Before(
    rf"(?<![\w&])(?:{'|'.join(map(re.escape, lex.MODEL_PREFIXES))}){SPACE}",
    max(map(len, lex.MODEL_PREFIXES)) + 1,
)
NUMBER_BEFORE = Before(rf"(?<![\w])(?:{lex.NUMBER_CUES}){SPACE}", 16, re.IGNORECASE)
OLD_YEAR_BEFORE = Before(rf"(?<![\w])(?P<cue>{lex.OLD_YEAR_CUES}){SPACE}", 8, re.IGNORECASE)
WORD_AFTER = re.compile(rf"{SPACE}(?P<word>[a-zà-ÿ]+)")
YEAR_FOLLOWER = re.compile(rf"(?:{lex.YEAR_FOLLOWERS})(?![\w-])")
YEAR_NOUN = re.compile(rf"(?:{lex.YEAR_NOUNS})(?![\w-])")
DATE_BEFORE = Before(rf"(?<![\w])(?:{lex.DATE_CUES}){SPACE}", 10, re.IGNORECASE)
PER_PERIOD = re.compile(
    rf"{SPACE}(?:par|chaque){SPACE}(?:jour|nuit|semaine|mois|an)\b|{SPACE}d['’]affilée",
    re.IGNORECASE,
)
"""What makes "jusqu'à 14 heures" a duration: "14 heures par jour", "10 heures d'affilée"."""
CLOCK_BEFORE = re.compile(rf"(?<![\w])(?:{lex.CLOCK_CUES}){SPACE}\Z", re.IGNORECASE)
BROUGHT_TO = re.compile(
    rf"(?<![\w])(?:{lex.CHANGE_VERBS})[a-zéèêî]*[^.;:,!?]{{0,40}}(?<![\w])à{SPACE}\Z",
    re.IGNORECASE,
)
"""A verb of change before "à": "ramener les coupures à 4 heures" is a duration."""
HYPHEN_PREFIX = re.compile(
    r"(?<![\w])(?:mi|mid|pré|pre|post|fin|début|early|late|end)-\Z", re.IGNORECASE
)
"""Words joined to a year by a hyphen: "mi-2022", "mid-2022", "post-2014"."""

MODEL_STEM = re.compile(r"(?<![\w.,])[^\W\d_]+\d{2,}-\Z")
"""A model's letters and digits before a hyphen: the number after it is its variant, as
"900" in "A350-900" or "200" in "CRJ700-200"; "2014-15" and "3-5" are ranges, and "Q3-2025"
is a quarter's label before a year."""

RANGE_BETWEEN = re.compile(rf"{SPACE}?(?:{lex.RANGE_CONNECTORS}){SPACE}?")
"""What stands between the two ends of a range (to be matched in full)."""

URL_START = re.compile(
    r"https?://|www\.|\.(?:com|org|net|gov|edu|int|info|io|fr|uk|de|ru|ua|eu|html?|php)/"
)


def to_decimal(raw: str, convention: str | None, decimal_hint: bool) -> Decimal:
    """Read a written number in the writer's convention.

    Spaces always group digits. With both a comma and a period the last one is the decimal
    mark ("1.234,5", "1,234.5"); a repeated mark groups ("1,500,000", "1.500.000"). A single
    mark followed by other than three digits is a decimal mark ("6,2", "6.2", "0,125"). A single
    mark followed by three digits depends on `convention`: with "comma" (French) a comma is
    decimal and a period groups ("42,195 km", "280.000"); with "period" (English) the reverse
    ("280,000", "2.125"); unknown, it groups unless `decimal_hint` says a scale word or percent
    follows ("1,250 million", "2.125 %").
    """
    compact = "".join(ch for ch in raw if ch.isdigit() or ch in ".,")
    spaced = len(compact) != len(raw)
    marks = [ch for ch in compact if ch in ".,"]
    if not marks:
        return Decimal(compact)
    last = max(compact.rfind("."), compact.rfind(","))
    head, tail = compact[:last], compact[last + 1 :]
    head_digits = head.replace(".", "").replace(",", "")
    if len(set(marks)) == 2 or spaced:
        decimal = True
    elif len(marks) > 1:
        decimal = len(tail) != 3
    elif len(tail) != 3 or head_digits.lstrip("0") == "":
        decimal = True
    elif convention == "comma":
        decimal = marks[0] == "," or decimal_hint
    elif convention == "period":
        decimal = marks[0] == "."
    else:
        decimal = decimal_hint
    if decimal:
        return Decimal(f"{head_digits or '0'}.{tail}")
    return Decimal(head_digits + tail)


def convention(language: str | None) -> str | None:
    """The decimal mark of a language: "comma" (French), "period" (English) or unknown."""
    code = (language or "")[:2].lower()
    if code in lex.COMMA_DECIMAL_LANGUAGES:
        return "comma"
    return "period" if code in lex.PERIOD_DECIMAL_LANGUAGES else None


def plain(value: Decimal) -> str:
    """A decimal as plain text: no exponent, no trailing zeros ("73400000000", "0.31")."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def month_key(name: str) -> str:
    """A month name lower-cased, without accents or period: the key of `MONTH_NUMBERS`."""
    folded = unicodedata.normalize("NFKD", name.lower().rstrip("."))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def month_number(name: str) -> int:
    """The number of a month written in French or English, full or abbreviated."""
    return lex.MONTH_NUMBERS[month_key(name)]


def long_scale(language: str | None) -> bool:
    """Whether "billion" means 10^12 in this language (French) rather than 10^9 (English)."""
    return (language or "")[:2].lower() in lex.LONG_SCALE_LANGUAGES
