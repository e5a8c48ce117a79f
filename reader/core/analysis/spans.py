"""Span-level fixes to the model's names: whole names, no determiners, titles or stray words.

All of it is plain string work on a block's text, so it runs (and is tested) without a model.
"""

from __future__ import annotations

import re

from reader.core.analysis.cues import where_towns_are_named
from reader.core.analysis.gazetteer import keeps_possessive, known_kind
from reader.core.analysis.geonames import is_town
from reader.core.analysis.given_names import given_name
from reader.core.analysis.lexicon import CALENDAR, nationality


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words that precede or end a model's span without belonging to the name.
_DETERMINERS = _words(
    "le la les l du des de d un une au aux à en et the a an of and in at to on for from by "
    "with as this that these those its his her their our"
)
_CONNECTORS = _words("de du des d l la le of the et and & für von der")
_TITLES = _words(
    """président présidente premier première ministre ministres secrétaire chancelier
    chancelière général générale colonel gouverneur gouverneure directeur directrice patron
    patronne porte-parole roi reine prince princesse pape sénateur sénatrice député députée
    maire ambassadeur ambassadrice commissaire juge émir cheikh ayatollah m. mme maître
    president vice prime minister secretary chancellor general gen. colonel col. governor
    senator sen. representative rep. king queen prince princess pope mayor ambassador
    commissioner judge justice emir sheikh mr mr. mrs mrs. ms ms. dr dr. sir lord lady chief
    executive chairman chairwoman chair spokesman spokeswoman spokesperson envoy leader boss
    director treasurer trésorier trésorière coach manager captain capitaine entraîneur
    entraîneuse sélectionneur sélectionneuse midfielder striker defender goalkeeper winger
    attaquant attaquante défenseur gardien gardienne milieu professor prof. professeur
    professeure inspector inspecteur inspectrice detective superintendent commander commandant
    admiral amiral lieutenant sergeant sergent archbishop archevêque bishop évêque cardinal
    rabbi rabbin imam economist économiste analyst analyste lawyer avocat avocate dre pr pr.
    mlle"""
)
TITLES = _TITLES
"""Titles and roles, lowercase, which stand before names without belonging to them."""
_HONORIFICS = _words("mr mr. mrs mrs. ms ms. dr dr. dre pr pr. prof prof. m. mme mlle")
"""Titles only people take ("la Dre Anita X"), unlike "Prince" or "General" ("Prince
Albert", a town; "General Motors")."""
# Lowercase heads that open real French and English names ("mer Noire", "ministère de la
# Défense"); any other lowercase word at the start of a span is dropped.
_LOWERCASE_HEADS = _words(
    "mer océan golfe mont monts lac lacs ministère département cour parti conseil îles île tribunal"
    " baie montagne"
)
_LANDFORM_NOUNS = _words("mont lac île baie")
"""Heads that belong to a name only before an article ("baie des Chaleurs"): before a bare
name they are its common noun ("le lac [Anosy]", "l'île [Miscou]")."""
_CITATION = re.compile(r"\.?\[\d")
"""A reference work's footnote mark, glued to the word before it: "Nations[106]"."""
_EDGE_PUNCT = "\"'«»“”‘’„()[]{}-–—,;:!?/…*•· \u00a0\u202f"
_ELISION = re.compile(r"^(?:l|d|qu|jusqu|lorsqu|puisqu|s)['’]", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")
_QUOTES = re.compile(r"[\"«»“”„\n]")
_OPENING_QUOTE = re.compile(r"[ \u00a0]['‘](?=[A-ZÀ-Þ])")
"""A single quote opening inside a span: "Antarctica 'Penguin Post Office'" is two things."""
_ABBREVIATION = re.compile(r"(?:\b[A-Z]\.)+$")
_FOLLOWING_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][\w\-’']*(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w\-’']*)*")
_WORD = re.compile(r"\S+")
_NEXT_LOWERCASE = re.compile(r"[ \u00a0][a-zà-ÿ][\w\-]*")

_PORTFOLIO = r"[A-ZÀ-Þ][\w\-]*(?: [a-zà-ÿ]+)?"
_OF_THE = r"(?:de la |de l['’]|des |du )"
_PORTFOLIO_BEFORE = re.compile(
    r"(?:(?<![Pp]remier )\bministre(?: chargée?| déléguée?| provincial[e]?| fédéral[e]?"
    rf"| régional[e]?)* (?:de la |de l['’]|des |du |de )"
    rf"(?:{_PORTFOLIO}(?:,(?: et)?| et) {_OF_THE})*"
    r"|\b(?:Minister|Secretary) (?:of |for )(?:the )?"
    r"|\b(?:ministre|commissaire|secrétaire d['’]État)(?: [a-zé]+)? (?:au |à la |à l['’]|aux ))$"
)
"""A French minister's portfolio, which French capitalises: "ministre chargé de l'Industrie",
"ministre de l'Énergie et des Hydrocarbures", "Secretary of State"; not a Prime Minister's
country ("Premier ministre du Japon")."""
_PORTFOLIOS = re.compile(rf"{_PORTFOLIO}(?:(?:,| et) {_OF_THE}{_PORTFOLIO})*")
"""Portfolios in a row: "Pêche et des Ressources océaniques", "Agriculture, de l'Élevage et
de la Pêche"."""
_VERB_INSIDE = re.compile(
    r"(?<=\w)[ \u00a0](?:dit|disent|affirme|assure|annonce|estime|explique|déclare|avait"
    r"|avaient|était|étaient|sera|seront|ont|sont|said|says|was|were|has|had|will|would)"
    r"[ \u00a0]"
)
"""A verb inside a span: the model ran a name on into its sentence ("Rikitea dit avoir
perdu 2 récoltes")."""
_TITLE_GOES_ON = re.compile(
    r"[ \u00a0](?:ministre|minister|secrétaire|secretary|général|general)\b"
)
_PORTFOLIO_AFTER = re.compile(r"[ \u00a0](?:Secretary|Minister)\b")

_KEEP_ADJECTIVE = _words("Parti Armée Église")
"""Names whose country adjective is part of them ("Parti communiste chinois")."""
_GENERIC_HEADS = _words(
    "Institut Office Centre Comité Musée Théâtre Conservatoire Observatoire Orchestre Secours "
    "Crédit Cinéma Ballet Opéra Fonds"
)
"""Nouns no body is named by alone: "Institut français" keeps its adjective."""
_MINISTRY_OF = re.compile(
    r"[Mm]inistère (?:de la |de l['’]|du |des )[^\s,]+(?: (?!et )[a-zà-ÿ]+)*?"
    r"(?= (?:de la |de l['’]|de |du |d['’])[A-ZÀ-Þ])"
)

_SP = "[ \u00a0]"
_DISTRICT_OF = re.compile(
    rf"département{_SP}(?:de{_SP}la{_SP}|de{_SP}l['’]|du{_SP}|des{_SP}|de{_SP}|d['’])"
)

_THAT_AFTER = re.compile(r"[ \u00a0]qu(?:e\b|['’])")
"""French "que" after a word: the word is a verb ("espère que", "estime qu'"), no name's end."""

MAX_WORDS = 10
"""A span longer than this is a tagging accident, not a name."""


def refine_span(
    text: str, start: int, end: int, kind: str, language: str | None = None
) -> tuple[int, int] | None:
    """Whole-name boundaries for a model span in `text`, or `None` if it is not a name.

    Extends a name cut before its last word ("... de défense de l'" + "Ukraine"), trims
    determiners, titles, possessives and punctuation around it, and rejects spans with no
    capital letter ("russe", "dans"), with quotes inside, or absurdly long. Titles are
    trimmed from people's names only ("General Electric" stays whole). In English a trailing
    lowercase word goes ("Congress party"); in French a trailing country adjective
    ("Réserve fédérale américaine") and a ministry's country ("ministère de la Santé de Gaza").
    """
    end = _extend_cut_name(text, start, end)
    if verb := _VERB_INSIDE.search(text, start, end):
        end = verb.start()  # "Rikitea dit avoir perdu": the name ends before the verb
    previous = None
    while (start, end) != previous and start < end:
        previous = (start, end)
        start, end = _trim_once(text, start, end, kind, language)
        end = _trim_tail(text, start, end, language)
    if start >= end:
        return None
    span = text[start:end]
    if not any(c.isupper() for c in span) or _QUOTES.search(span) or _OPENING_QUOTE.search(span):
        return None
    if (handle := span.find(" @")) > 0:
        return refine_span(text, start, start + handle, kind, language)  # "Twitter @handle"
    if page_furniture(text, start, span):
        return None
    if len(span) == 1 and kind in ("place", "person"):
        return None  # "série B", "Plan B": a letter is no place (the network X stays a body)
    words = span.split()
    if len(words) > MAX_WORDS or all(w.lower() in _TITLES or w.islower() for w in words):
        return None  # too long, or a title alone ("Premier ministre ukrainien")
    if (
        len(words) == 1 or all(w.islower() for w in words[1:]) or _PORTFOLIOS.fullmatch(span)
    ) and _PORTFOLIO_BEFORE.search(text[max(0, start - 80) : start]):
        return None  # "le ministre de l'Énergie", "des Affaires étrangères": a portfolio
    if (
        len(words) == 1 and not span.isupper() or "and" in words[1:-1] and kind != "person"
    ) and _PORTFOLIO_AFTER.match(text, end):
        # "Treasury Secretary", "Defence Minister", "Road and Transport Development
        # Minister": a portfolio too
        return None
    if words[0] in ("État", "États", "Etat", "Etats") and (
        len(words) == 1 or len(words) == 2 and words[1].islower() and words[1] != "islamique"
    ):
        return None  # "coup d'État", "chef de l'État congolais": the state, not a name
    if (head := _DISTRICT_OF.match(span)) and not span[head.end() :].startswith("État"):
        # "département de l'Artibonite": the place is Artibonite
        return refine_span(text, start + head.end(), end, kind, language)
    first = words[0]
    if first in _LANDFORM_NOUNS and len(words) > 1 and words[1][0].isupper():
        return refine_span(text, start + span.index(words[1], len(first)), end, kind, language)
    if first[0].islower() and not first.isupper() and first.lower() not in _LOWERCASE_HEADS:
        # "totale de l'Ukraine", "armée Rouge": keep only the capitalised tail.
        match = re.search(r"[A-ZÀ-ÖØ-Þ]", span)
        if match is None or any(c.isupper() for c in first):
            return None if match is None else (start, end)
        return refine_span(text, start + match.start(), end, kind)
    return start, end


_FURNITURE = _words(
    "newsletter exclusive subscribe advertisement sponsored breaking updated related"
)
"""A page's links and labels, which headlines and credits write in capitals."""
_CREDENTIALS = _words("MD PhD MPH RN DDS JD MBA")
_NAME_COMMA = re.compile(
    r"([A-Z][\w’'\-]+)(?:[ \u00a0](?:[A-Z]\.|[A-Z][\w’'\-]+))*[ \u00a0][A-Z][\w’'\-]+"
    rf"(?:,[ \u00a0](?:{'|'.join(sorted(_CREDENTIALS))}))*,[ \u00a0]\Z"
)
"""A person's name and the degrees already after it, then a comma: "Katie Allen, MD, "."""
_PRINT_PAGE = re.compile(r"\b[Pp]age[ \u00a0]\Z")


def page_furniture(text: str, start: int, span: str) -> bool:
    """A link or label ("NEWSLETTER", "Subscribe"), a hashtag ("#deleteFacebook"), a print
    page ("on Page A22") or a degree after someone's name ("Katie Allen, MD, PhD")."""
    if span.lower() in _FURNITURE or text[start - 1 : start] == "#":
        return True
    if _PRINT_PAGE.search(text, max(0, start - 5), start) and re.fullmatch(r"[A-Z]\d{1,2}", span):
        return True
    if span in _CREDENTIALS:
        before = _NAME_COMMA.search(text, max(0, start - 60), start)
        return before is not None and given_name(before.group(1)) is not None
    return False


def _trim_tail(text: str, start: int, end: int, language: str | None) -> int:
    span = text[start:end]
    words = list(_WORD.finditer(span))
    if len(words) < 2:
        return end
    last = words[-1].group()
    if language == "en" and last.isalpha() and last.islower():
        return start + words[-2].end()
    if last in CALENDAR:
        return start + words[-2].end()  # "la Coupe des Falaises dimanche": a day, no name's
    if language == "fr":
        if (
            len(words) >= 3
            and last.isalpha()
            and last.islower()
            and words[-2].group().lower() not in _CONNECTORS
            and _THAT_AFTER.match(text, end)
        ):
            # "la Fédération française de voile espère que": a verb; but not "la Banque
            # mondiale que dirige X", "l'Organisation mondiale du commerce que"
            return start + words[-2].end()
        if (
            last.islower()
            and nationality(last)
            and words[0].group() not in _KEEP_ADJECTIVE
            and not (len(words) == 2 and words[0].group() in _GENERIC_HEADS)
            and not known_kind(span)  # "Banque nationale suisse" is the bank's whole name
            # "Assemblée de la Polynésie française": the adjective belongs to the place
            and not known_kind(f"{words[-2].group()} {last}")
        ):
            return start + words[-2].end()
        if match := _MINISTRY_OF.match(span):
            return start + match.end()
    return end


_BODY_WORDS = _words(
    "Agency Authority Commission Committee Council Institute Office Board Bureau Department "
    "Ministry Administration Service Association Union Foundation Court Centre Center Fund "
    "Organisation Organization Society Federation Bank Trust Group Party Programme Program"
)


def another_company(name: str) -> bool:
    """Whether a name after "X Y and" is a second company's, not the end of one body's
    name: "Lam Research" (not "Disarmament Agency")."""
    words = name.split()
    return len(words) == 2 and words[-1] not in _BODY_WORDS


def _extend_cut_name(text: str, start: int, end: int) -> int:
    """Move `end` over the name that follows a span ending on a connector ("de l'", "of")."""
    span = text[start:end]
    words = span.split()
    if len(words) < 2:
        return end
    last = words[-1].lower()
    if last.endswith(("'", "’")) and last[:-1] in _CONNECTORS:
        gap = ""
    elif last in _CONNECTORS and span[-1:].isalpha():
        gap = " "
    else:
        return end
    rest = text[end:]
    if gap:
        if not rest.startswith((" ", "\u00a0")):
            return end
        rest = rest[1:]
    match = _FOLLOWING_NAME.match(rest)
    if match is None:
        return end
    if last == "and" and len(words) == 3 and another_company(match.group()):
        return end - len(words[-1]) - 1  # "Applied Materials and" + "Lam Research": two
    taken = match.end()
    if (adjective := _NEXT_LOWERCASE.match(rest, taken)) and known_kind(rest[: adjective.end()]):
        taken = adjective.end()  # "de la" + "Polynésie française", a listed name
    return end + len(gap) + taken


def _trim_once(
    text: str, start: int, end: int, kind: str, language: str | None = None
) -> tuple[int, int]:
    span = text[start:end]
    if citation := _CITATION.search(span):
        end = start + citation.start()  # "Queen of New Zealand[67]": a footnote's mark
        span = text[start:end]
    stripped = span.lstrip(_EDGE_PUNCT)
    start += len(span) - len(stripped)
    span = stripped
    if (
        span.endswith(".")
        and not _ABBREVIATION.search(span)
        and with_legal_period(text, start, start + len(span) - 1) == start + len(span) - 1
    ):
        span = span[:-1]
    trailing = span.rstrip(_EDGE_PUNCT.replace(")", "") if "(" in span else _EDGE_PUNCT)
    end = start + len(trailing)
    span = trailing
    opening = span.rfind("(")
    if opening > 0 and ")" not in span[opening:]:
        # "Development (EBRD": the name ends before its bracketed acronym.
        return start, start + len(span[:opening].rstrip())
    if match := _ELISION.match(span):
        return start + match.end(), end
    match = _POSSESSIVE.search(span)
    if match and keeps_possessive(span):
        match = None  # "Moody's" is the agency's name, not Moody's possession
    if match and match.start() > 0 and (span[match.start() - 1].isalnum() or match.group() != "'"):
        return start, end - len(match.group())
    words = list(_WORD.finditer(span))
    if len(words) >= 2:
        first = words[0].group()
        # A capitalised article mid-sentence belongs to the name ("The Hague", "Le Monde"),
        # but not to a body's of several words: "The New York Times" is "the New York Times".
        if first.lower() in _DETERMINERS and (
            first[0].islower()
            or is_sentence_start(text, start)
            or first == "The"
            and kind == "org"
            and len(words) >= 3
        ):
            return start + words[1].start(), end
        if (
            first.lower() in _HONORIFICS
            or kind == "person"
            and (first.lower() in _TITLES or language == "fr" and first == "Me")
        ) and not _town_named_like_a_title(text, start, span, language):
            return start + words[1].start(), end  # "Me Sophie Vandamme": Maître, a lawyer
        if (
            kind == "person"
            and _TITLE_GOES_ON.match(text, end)
            and words[-1].group().lower() in _TITLES
        ):
            return start, start + words[-2].end()  # "nommer Georgescu Premier ministre"
        if kind == "person" and words[-1].group().isdigit():
            return start, start + words[-2].end()  # "González 25 points ahead"
        last = words[-1].group().lower()
        if last in _DETERMINERS or last.rstrip("'’") in _CONNECTORS and last[-1:] in "'’":
            return start, start + words[-2].end()
    return start, end


_LEGAL_ABBREVIATIONS = _words(
    "Inc Corp Ltd Co Bros Cie Mfg Pty Intl Ltda d.o.o d.d s.r.o a.s B.V N.V S.A S.p.A S.r.l S.L inc"
)
_SENTENCE_GOES_ON = re.compile(r"[,;:)]|[ \u00a0]+[a-z\d(]")
_FORM_GOES_ON = _words("Co Pte Pty")
"""Legal forms another one may follow: "Co. Ltd", "Pte. Ltd."."""
_SECOND_FORM = re.compile(r"\.?,?[ \u00a0](?:Ltd|Limited|LLC|Inc)\b")


def _town_named_like_a_title(text: str, start: int, span: str, language: str | None) -> bool:
    """Whether a name opening on a title is a town's, where a town is named: "à Prince Albert",
    "in General Santos" (but "Prince Albert" alone is Monaco's)."""
    return is_town(span) and where_towns_are_named(text, start, language)


def with_legal_period(text: str, start: int, end: int) -> int:
    """The end of a name taking the period of its legal form, as in "Apotex Inc., the maker" or
    "Acme Corp. is": the period belongs to the name when the sentence goes on after it (at a
    sentence's end it is the full stop too, and stays out)."""
    words = text[start:end].split()
    if words and words[-1] in _FORM_GOES_ON and (match := _SECOND_FORM.match(text, end)):
        return with_legal_period(text, start, match.end())  # "Co. Ltd", "Pte. Ltd."
    if (
        words
        and words[-1] in _LEGAL_ABBREVIATIONS
        and text[end : end + 1] == "."
        and _SENTENCE_GOES_ON.match(text, end + 1)
    ):
        return end + 1
    return end


def is_sentence_start(text: str, start: int) -> bool:
    """Whether `start` opens the block or a sentence (after . ! ? : or an opening quote; not
    after an abbreviated title: "M. Le Floch", "Dr. Du Toit")."""
    before = text[:start].rstrip(" \u00a0\"«“'‘(")
    if not before:
        return True
    return before[-1] in ".!?:…»”" and not _TITLE_BEFORE.search(before[-5:])


_TITLE_BEFORE = re.compile(r"(?:^|[\s(])(?:M|Mr|Mrs|Ms|Dr|Pr|St|Me)\.$")
