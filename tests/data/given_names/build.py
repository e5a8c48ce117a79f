"""Rebuild the given-name list (`reader/core/analysis/given_names.txt`) from Faker's lists.

The entity analysis reads a name list vendored in the package; this script is how the list
is made, so that anyone can check it or rebuild it. It needs Faker 40.54.0, which is not a
dependency of reader: `make given-names` installs it into a temporary directory and writes
the vendored file. By hand, output goes to stdout unless `--output` says otherwise:

    pip install --target /tmp/fakerlib faker==40.54.0
    python tests/data/given_names/build.py --faker /tmp/fakerlib | diff - \\
        reader/core/analysis/given_names.txt

The rules, which the file's header sums up:
- A name is a first name of `faker/providers/person/*` of three letters or more, written
  with a capital and then lowercase Latin letters (Latin-1, Latin Extended-A and B: Turkish
  and Romanian letters, not the Azeri "ə" nor the Vietnamese "ạ"), apostrophes or hyphens
  ("Ng'ang'a"). "Jean-Luc" is left out: the analysis reads each part of it.
- It is kept when two locales list it, or one of `LARGE_LOCALES` does. Iceland's list
  (3,700 names) does not count towards the two: it would let in names rare elsewhere.
- Japanese names come romanised by Faker; Russian and Ukrainian ones are romanised here in
  their usual English and French spellings ("Sergey", "Sergei", "Sergeï").
- English and French function words (spaCy's stop words), titles and month names
  (reader's own lists) are left out: "May", "Else", "Queen", "Reine".
- "~" marks a name that is also a lowercase word of Debian's wamerican or wfrench list
  ("mark") or a place: a country, state, province, department or city in Faker's address
  lists, or a word of a name in `gazetteer.py`. Streets, neighbourhoods, counties and
  districts are not counted: too many of them share a given name ("Kent", "Juliana").
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]
FAKER_VERSION = "40.54.0"
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/french"))

HEADER = """\
# Common given names (first names), one a line; a leading ~ marks a name that is also a
# common English or French word or a place ("~Mark", "~Florence", "~Jordan").
# Derived from the first-name lists of Faker 40.54.0 (MIT licence, (c) 2012 Daniele Faraglia,
# https://github.com/joke2k/faker, faker/providers/person/*): every name listed for at least
# two locales, or for one of the French, English and other large locales, with the romanised
# Japanese ones and the Russian and Ukrainian ones in their usual English and French spellings
# ("Sergei", "Dmitri", "Volodymyr"); names of three letters or more; English and French
# function words, titles and month names left out. Common words are those of Debian's
# wamerican and wfrench word lists, places those of Faker's address lists and gazetteer.py.
# Rebuilt by tests/data/given_names/build.py (make given-names).
"""

LARGE_LOCALES = frozenset({
    "fr_FR", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "fr_QC",
    "en_GB", "en_IE", "en_IN", "en_KE", "en_NZ", "en_PK", "en_US",
    "az_AZ", "cs_CZ", "de_DE", "es_ES", "es_MX", "hu_HU", "id_ID", "it_IT", "ja_JP", "nl_NL",
    "pl_PL", "pt_BR", "pt_PT", "ro_RO", "sv_SE", "sw", "tr_TR", "uz_UZ", "vi_VN", "yo_NG",
})  # fmt: skip
"""Locales whose names count alone: the set the vendored list was built with, which its header
calls "the French, English and other large locales". Not the generic `en` (7,000 names from
US records, most of them rare): its names, like those of the locales left out, need a
second locale."""

UNCOUNTED_LOCALES = frozenset({"is_IS"})
NAME_LISTS = ("first_names", "first_names_male", "first_names_female", "first_romanized_names")
PLACE_LISTS = (
    "countries",
    "states",
    "provinces",
    "province_lgus",
    "metro_manila_lgus",
    "departments",
    "wilayas",
    "cities",
    "city_prefixes",
    "city_suffixes",
)
NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u024f'\-]+")
MIN_LENGTH = 3

_COMMON = dict(
    а="a", б="b", в="v", г="g", д="d", е="e", з="z", и="i", к="k", л="l", м="m", н="n",
    о="o", п="p", р="r", с="s", т="t", ф="f", х="kh", ц="ts", ъ="", ы="y", ь="", э="e",
)  # fmt: skip
_RU_EN = _COMMON | dict(ё="yo", ж="zh", й="y", у="u", ч="ch", ш="sh", щ="shch", ю="yu", я="ya")
_RU_FR = _COMMON | dict(ё="io", ж="j", й="ï", у="ou", ч="tch", ш="ch", щ="chtch", ю="iou", я="ia")
_UKRAINIAN = dict(г="h", ґ="g", и="y", і="i")
ROMANISATIONS = {
    "ru_RU": {"en": _RU_EN, "fr": _RU_FR},
    "uk_UA": {
        "en": _RU_EN | _UKRAINIAN | dict(ї="yi", є="ye"),
        "fr": _RU_FR | _UKRAINIAN | dict(ї="ï", є="ie"),
    },
}
"""Letter by letter; names with any other sign (the apostrophe of "Демʼян") are left out,
their Latin spellings come from the same name in Russian ("Демьян") or from other locales."""
_INITIAL_E = {"en": "ye", "fr": "ie"}
"""Е at a word's start or after a vowel: Yekaterina, Iekaterina."""
_VOWELS = set("аеёиоуыэюяіїєьъ")


def main(argv: list[str] | None = None) -> int:
    """Write the list; `build.py --faker /tmp/fakerlib --output given_names.txt`."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--faker", type=Path, help="directory Faker 40.54.0 is installed in")
    parser.add_argument("--output", type=Path, help="file to write (default: stdout)")
    args = parser.parse_args(argv)
    try:
        text = build(args.faker)
    except (OSError, RuntimeError) as error:
        print(f"build.py: {error}", file=sys.stderr)
        return 1
    if args.output is None:
        sys.stdout.write(text)
    else:
        args.output.write_text(text, encoding="utf-8")
    return 0


def build(faker_path: Path | None = None) -> str:
    """The list's text: the header, then one name a line in code-point order."""
    if faker_path is not None:
        sys.path.insert(0, str(faker_path))
    sys.path.insert(0, str(ROOT))
    try:
        import faker
    except ModuleNotFoundError:
        raise RuntimeError("Faker not found: install it and pass --faker DIR") from None
    if faker.VERSION != FAKER_VERSION:
        raise RuntimeError(f"Faker {faker.VERSION} found, the list is built from {FAKER_VERSION}")
    excluded = _excluded_words()
    names = {
        name
        for name in _listed_names(faker) | _romanised_names(faker)
        if len(name) >= MIN_LENGTH and name.lower() not in excluded
    }
    words, places = _common_words(), _places(faker)
    lines = ("~" + n if n.lower() in words or n in places else n for n in sorted(names))
    return HEADER + "".join(line + "\n" for line in lines)


def _listed_names(faker: ModuleType) -> set[str]:
    """Names that two counted locales list, or one large locale does."""
    locales = defaultdict(set)
    for locale, provider in _providers(faker, "person"):
        if locale in UNCOUNTED_LOCALES:
            continue
        for name in _strings(provider, NAME_LISTS):
            if NAME.fullmatch(name := name.strip()):
                locales[name].add(locale)
    return {name for name, found in locales.items() if len(found) > 1 or found & LARGE_LOCALES}


def _romanised_names(faker: ModuleType) -> set[str]:
    """The Russian and Ukrainian first names in their English and French spellings."""
    names = set()
    for locale, provider in _providers(faker, "person"):
        for language, table in ROMANISATIONS.get(locale, {}).items():
            for name in _strings(provider, NAME_LISTS):
                names |= _romanise(name, table, language)
    return names


def _romanise(name: str, table: dict[str, str], language: str) -> set[str]:
    """A Cyrillic name's spellings: Алексей is Aleksey, Aleksei, Alexey, Alexei in English."""
    word = name.lower()
    if not set(word) <= table.keys():
        return set()
    letters = [
        _INITIAL_E[language]
        if letter == "е" and (i == 0 or word[i - 1] in _VOWELS)
        else table[letter]
        for i, letter in enumerate(word)
    ]
    if word.endswith("ий"):
        letters[-2:] = ["y" if language == "en" else "i", ""]  # Dmitry, Dmitri
    spellings = {"".join(letters)}
    if language == "en" and word.endswith("ей"):
        spellings.add("".join(letters)[:-1] + "i")  # Sergey, Sergei
    spellings |= {s[0] + s[1:].replace("ks", "x") for s in spellings}  # Aleksey, Alexey
    return {s.capitalize() for s in spellings}


def _excluded_words() -> frozenset[str]:
    """Lowercase function words, titles and month names, in English and French."""
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    from reader.core.analysis.lexicon import CALENDAR
    from reader.core.analysis.spans import _TITLES as TITLES  # the analysis's own titles

    return frozenset(ENGLISH | FRENCH | CALENDAR | {title.lower() for title in TITLES})


def _common_words() -> frozenset[str]:
    """The lowercase words of the English and French word lists."""
    words = set()
    for path in WORD_LISTS:
        if not path.exists():
            raise OSError(f"{path} not found (apt-get install wamerican wfrench)")
        words.update(w for w in path.read_text(encoding="utf-8").split("\n") if w.islower())
    return frozenset(words)


def _places(faker: ModuleType) -> frozenset[str]:
    """Faker's countries, regions and cities, and each word of gazetteer.py's names."""
    from reader.core.analysis.gazetteer import KNOWN_NAMES

    places = {word for name in KNOWN_NAMES for word in name.split()}
    for _, provider in _providers(faker, "address"):
        places.update(_strings(provider, PLACE_LISTS))
    return frozenset(places)


def _providers(faker: ModuleType, kind: str) -> Iterator[tuple[str, type]]:
    """`(locale, Provider)` for each locale of a Faker provider kind ("person")."""
    package = importlib.import_module(f"faker.providers.{kind}")
    for module in pkgutil.iter_modules(package.__path__):
        yield module.name, importlib.import_module(f"{package.__name__}.{module.name}").Provider


def _strings(provider: type, attributes: Iterable[str]) -> Iterator[str]:
    """The strings in a provider's lists: items, parts of `(code, name)` pairs, and a dict's
    keys and values (names and their weights, codes and their names)."""
    for attribute in attributes:
        values = getattr(provider, attribute, ())
        if isinstance(values, dict):
            values = [*values.keys(), *values.values()]
        elif not isinstance(values, list | tuple):
            continue  # a property computed from other lists
        for value in values:
            if isinstance(value, str):
                yield value
            elif isinstance(value, tuple):
                yield from (part for part in value if isinstance(part, str))


if __name__ == "__main__":
    sys.exit(main())
