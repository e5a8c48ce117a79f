"""Names an article defines from others: acronyms, nicknames, and names a cue introduces.

"les Forces démocratiques de libération du Rwanda (FDLR)", "la Communauté ... de l'Ouest,
la Cédéao", "Mohamed Hamdan Dagalo, known as Hemedti": the second name is the same entity
as the first, or at least of the same kind, whatever the model makes of it. And a name the
model missed entirely is still one when a cue stands next to it ("Ryanair boss ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from os.path import commonprefix

from reader.core.analysis.cues import proposal_kind
from reader.core.analysis.lexicon import nationality, without_accents

_SP = "[ \u00a0]"
_NAME = r"[A-ZÀ-Þ][\w\-’'&]*"
_PARENTHESIS = re.compile(_SP + r"?\((" + _NAME + r")\)")
_APPOSITIVE = re.compile(r"," + _SP + r"(?:la|le|les|the)" + _SP + r"(" + _NAME + r")(?=[,;.)])")
_APPOSITIVE_ELIDED = re.compile(r"," + _SP + r"l['’](" + _NAME + r")(?=[,;.)])")
_KNOWN_AS = re.compile(
    rf",?{_SP}(?:known as|dit|surnommée?|alias|connue? sous le nom de){_SP}"
    rf"(?:[«“\"]{_SP}?(?:(?:the|la|le|les){_SP}|l['’])?)?"
    rf"({_NAME}(?:{_SP}(?:(?:du|de|des|of|of{_SP}the){_SP})?{_NAME})?)"
)
_LEADING_WORD = re.compile(r"(?:In|At|The|An?|À|En|Le|La|Les|Une?)" + _SP)
"""A sentence's capitalised first word, which runs into the name after it."""
_CAPITALISED_RUN = re.compile(_NAME + r"(?:(?:" + _SP + r"(?:&" + _SP + r")?|-)" + _NAME + r")*")


@dataclass(frozen=True, slots=True)
class Alias:
    """A name defined by the one before it in the same block."""

    block: int
    start: int
    end: int
    source: tuple[int, int, int]
    """(block, start, end) of the name it stands for."""


def defined_aliases(texts: Sequence[str], names: Sequence[tuple[int, int, int]]) -> list[Alias]:
    """Acronyms and nicknames that follow a name: `(FDLR)`, `, la Cédéao,`, `, known as X`.

    Args:
        texts: the article's block texts.
        names: `(block, start, end)` of the names found so far.
    """
    found = []
    for block, start, end in names:
        text = texts[block]
        long_name = text[start:end]
        rest = text[end:]
        match = _PARENTHESIS.match(rest)
        if match and (
            match.group(1).isupper()
            or initials_of(match.group(1), long_name)
            or _syllables(match.group(1), long_name)
        ):
            found.append(_alias(block, end, match, (block, start, end)))
            continue
        match = _KNOWN_AS.match(rest)
        if match:
            found.append(_alias(block, end, match, (block, start, end)))
            continue
        match = _APPOSITIVE.match(rest) or _APPOSITIVE_ELIDED.match(rest)
        if match and len(long_name.split()) >= 3 and initials_of(match.group(1), long_name):
            found.append(_alias(block, end, match, (block, start, end)))
    return found


def cued_names(
    texts: Sequence[str], taken: dict[int, list[tuple[int, int]]], language: str | None
) -> list[tuple]:
    """Capitalised names no one proposed that a cue marks: "le cabinet UxC", "Ryanair boss".

    Returns:
        `(block, start, end, kind)` for each, outside the spans in `taken`.
    """
    found = []
    for block, text in enumerate(texts):
        for start, end in _runs(text):
            lead = _LEADING_WORD.match(text, start, end)
            if lead and lead.end() < end:
                start = lead.end()  # "In Tromsø, ...", "The Saltmarsh festival": no name's word
            if any(start < e and s < end for s, e in taken.get(block, ())):
                continue
            kind = proposal_kind(text, start, end, language)
            if kind is None and (bracket := _PARENTHESIS.match(text, end)):
                # "Serikat Pekerja Industri Logam Morowali (SPILM)": a body its acronym spells
                words = text[start:end].split()
                if (
                    len(words) >= 2
                    and bracket.group(1).isupper()
                    and _spells(bracket.group(1), text[start:end])
                ):
                    kind = "org"
            adjective = _NATIONALITY_FIRST.match(text, start, end) if kind == "place" else None
            if adjective and nationality(adjective.group(1)):
                start = adjective.end()  # "the Russian Tuva region": the place is Tuva
            if kind:
                found.append((block, start, end, kind))
    return found


_NATIONALITY_FIRST = re.compile(r"([A-Z][a-z]+)" + _SP + r"(?=[A-ZÀ-Þ])")
"""A capitalised word opening a run, which may be a country's adjective: "Russian Tuva"."""


def _runs(text: str) -> list[tuple[int, int]]:
    """Spans of capitalised words, cut after a possessive: "Palu's" + "Mutiara Airport"."""
    runs = []
    for match in _CAPITALISED_RUN.finditer(text):
        start = match.start()
        for owner in _POSSESSIVE_INSIDE.finditer(text, match.start(), match.end()):
            runs.append((start, owner.start()))
            start = owner.end()
        runs.append((start, match.end()))
    return [(start, end) for start, end in runs if start < end]


_POSSESSIVE_INSIDE = re.compile(r"['’]s" + _SP)
_BRACKETED_ACRONYM = r"\(([A-Z][A-Za-z]{1,9})\)"
_SPELLED_GAP = re.compile(r"((?:" + _SP + r"[\w\-’']+){1,7}?)" + _SP + "?" + _BRACKETED_ACRONYM)
_FUNCTION_WORDS = frozenset(
    re.findall(r"\S+", "de du des la le les l d et à en au aux pour sur of the and for in on at to")
)


def spelled_out_end(text: str, start: int, end: int, language: str | None = None) -> int | None:
    """Where a name cut short ends, if the acronym in brackets after it spells it whole.

    "Organisation pour la sécurité et la coopération" + "en Europe (OSCE)": the model
    stopped before "en Europe", but OSCE's last letter is the initial of "Europe", so the
    name runs on to it. `None` when the acronym already fits the name as it is.
    """
    match = _SPELLED_GAP.match(text, end)
    if match is None:
        return None
    acronym = match.group(2)
    whole_end = match.start(1) + len(match.group(1).rstrip())
    gap = match.group(1).split()
    if (
        language == "fr"
        and _LOWERCASE_GAP.fullmatch(match.group(1))
        and gap[-1].lower() not in _FUNCTION_WORDS
        and _same_initial(acronym, text[start:end])
    ):
        # "Secrétariat d'État" + "à l'économie (Seco)", "Commissariat à l'énergie atomique" +
        # "et aux énergies alternatives (CEA)": a French name's lowercase tail runs on to the
        # acronym that follows it (names, not verbs, stand between a body and its acronym)
        return whole_end
    if _spells(acronym, text[start:end]):
        return None
    return whole_end if _spells(acronym, text[start:whole_end]) else None


_LOWERCASE_RUN_ACRONYM = re.compile(
    r"(?<![\w’'\-])((?:(?:[ldLD]['’])?[a-zà-ÿ][a-zà-ÿ\-]*" + _SP + r"){2,8})\(([A-Z]{2,6})\)"
)


def common_noun_acronyms(texts: Sequence[str]) -> set[str]:
    """Acronyms an article defines by lowercase words, which name a thing, not a body:
    "dispositifs de concentration de poissons (DCP)", "liquefied natural gas (LNG)"."""
    found = set()
    for text in texts:
        if "(" not in text:
            continue
        for match in _LOWERCASE_RUN_ACRONYM.finditer(text):
            words, acronym = match.group(1).split(), match.group(2)
            for k in range(len(words) - 1):
                phrase = " ".join(words[k:])
                first = re.sub(r"^[ldLD]['’]", "", phrase)[:1].lower()
                if (
                    first == acronym[0].lower()
                    and len(words) - k >= len(acronym)
                    and initials_of(acronym, phrase)
                ):
                    found.add(acronym)
                    break
    return found


_LOWERCASE_GAP = re.compile(r"(?:" + _SP + r"(?:[ldLD]['’])?[a-zà-ÿ][a-zà-ÿ\-]*){1,7}")


def _same_initial(acronym: str, name: str) -> bool:
    return without_accents(acronym)[:1].lower() == without_accents(name)[:1].lower()


def spelled_out_start(text: str, start: int, end: int) -> int | None:
    """Where a name cut short begins, if the acronym in brackets after it spells it whole.

    "Rete" + "Ferroviaria Italiana (RFI)": the model began at the second word, but RFI's
    first letter is the initial of the capitalised word before it. `None` when the acronym
    fits the name as it is, or no capitalised words before it complete it.
    """
    match = _ACRONYM_AFTER.match(text, end)
    if match is None or _spells(match.group(1), text[start:end]):
        return None
    before = _CAPITALISED_BEFORE.search(text, 0, start)
    if before is None:
        return None
    for word in re.finditer(r"\S+", before.group(0)):  # the longest run first
        grown = before.start() + word.start()
        if _spells(match.group(1), text[grown:end]):
            return grown
    return None


_ACRONYM_AFTER = re.compile(_SP + "?" + _BRACKETED_ACRONYM)
_CAPITALISED_BEFORE = re.compile(r"(?:[A-ZÀ-Þ][\w\-’']*" + _SP + r"){1,3}$")


def _spells(acronym: str, name: str) -> bool:
    """Whether `acronym` gives `name`'s initials and ends on its last word's."""
    words = [
        w
        for w in re.findall(r"[\w\-]+", re.sub(r"\b[ldLD]['’]", "", name))
        if w.lower() not in _FUNCTION_WORDS
    ]
    if not words or without_accents(words[-1])[0].lower() != acronym[-1].lower():
        return False
    return initials_of(acronym, name)


def _alias(block: int, offset: int, match: re.Match, source) -> Alias:
    return Alias(block, offset + match.start(1), offset + match.end(1), source)


def initials_of(short: str, long_name: str) -> bool:
    """Whether `short`'s letters are, in order, initials of `long_name`'s words, first to first."""
    letters = [c for c in without_accents(short).lower() if c.isalpha()]
    words = re.findall(r"[\w\-]+", re.sub(r"\b[ldLD]['’]", "", long_name))
    initials = [without_accents(w)[0].lower() for w in words if w]
    if len(letters) < 2 or not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        try:
            position = initials.index(letter, position) + 1
        except ValueError:
            return False
    return True


def _syllables(short: str, long_name: str) -> bool:
    """Whether `short` joins the first letters of two or more of `long_name`'s words, the
    first word's first: "Caricom" (Caribbean Community), "Seco" (Secrétariat d'État à
    l'économie), "Ofcom" (Office of Communications)."""
    letters = without_accents(short).lower()
    unelided = re.sub(r"\b[ldLD]['’]", "", long_name)
    words = [without_accents(w).lower() for w in re.findall(r"[\w\-]+", unelided)]
    if len(letters) < 3 or len(words) < 2 or not letters.isalpha():
        return False

    def fits(rest: str, index: int, used: int) -> bool:
        if not rest:
            return used >= 2
        for j in range(index, len(words)):
            word = words[j]
            size = len(commonprefix((rest, word)))
            if any(fits(rest[k:], j + 1, used + 1) for k in range(size, 0, -1)):
                return True
            if used == 0:
                return False  # the first syllable is the first word's
        return False

    return fits(letters, 0, 0)
