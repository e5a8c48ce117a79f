"""What the words around a name say it is: "le constructeur X", "X, the container line".

The small models guess a name's kind from the name itself and miss what every reader uses:
the common noun a journalist puts beside an unknown name. These cues are general (they hold
for names nobody has listed); each gives a kind whose vote outweighs the model's tag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.analysis.geonames import is_country, is_town
from reader.core.analysis.given_names import given_name
from reader.core.analysis.lexicon import (
    CALENDAR,
    EVENT_AFTER,
    FACILITY_AFTER,
    FACILITY_BEFORE,
    FACILITY_SUFFIXES,
    LANDFORM_SUFFIXES,
    LEGAL_FORMS,
    LOCATING_WORDS,
    MAKER_BEFORE,
    ORG_AFTER,
    ORG_NOUNS,
    ORG_OF,
    ORG_SUFFIXES,
    PARK_ENDINGS,
    PERSON_NOUNS,
    PLACE_ACRONYMS,
    PLACE_AFTER,
    PLACE_NOUNS,
    PLACE_PEOPLE,
    PLACE_PREPOSITIONS,
    PRODUCT_AFTER,
    PRODUCT_HEADS,
    PRODUCT_NOUNS,
    THING_SUFFIXES,
    TOWN_PREPOSITIONS,
    VESSEL_AFTER,
    VESSEL_BEFORE,
    _words,
    nationality,
)

CUE_WEIGHT = 2.5
"""A cue's vote: more than a model tag or a weaker rule, less than two model tags and a rule."""

_SP = "[ \u00a0]"


def after_words(words: Iterable[str], then: str) -> str:
    """A pattern for text ending in one of `words` (any case), then `then` unless the word is
    elided ("près d'")."""
    ordered = sorted(words, key=len, reverse=True)
    plain = "|".join(_spaced(w) for w in ordered if w[-1] not in "'’")
    elided = "|".join(_spaced(w) for w in ordered if w[-1] in "'’")
    return rf"\b(?i:{plain}){then}\Z" + (rf"|\b(?i:{elided})\Z" if elided else "")


def _spaced(words: str) -> str:
    return _SP.join(re.escape(word) for word in words.split(" "))


_LISTED_NAME = r"(?:[ \u00a0][A-ZÀ-Þ][\w\-’']*)+"
_AND = r"[ \u00a0](?:and|or|et|ou)"
_LISTED = rf"{_LISTED_NAME}(?:,|{_AND})"
_TOWN_BEFORE = {
    language: re.compile(
        after_words(
            PLACE_PREPOSITIONS[language] + TOWN_PREPOSITIONS[language],
            rf"(?:{_LISTED})*[ \u00a0]",
        )
    )
    for language in ("en", "fr")
}
"""Words before a town's name, perhaps with a list between: "in Rosenheim and Kufstein"."""


def where_towns_are_named(text: str, start: int, language: str | None) -> bool:
    """Whether the words before `start` are those a town's name follows ("in", "à", "between
    Fortezza and"); a name there is a town's if it is one, or a body's ("at Nokia")."""
    pattern = _TOWN_BEFORE["fr" if language == "fr" else "en"]
    return bool(pattern.search(text, max(0, start - 120), start))


_ELIDED = re.compile(r"^(?:l|d|qu)['’]", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w\-’']+)" + _SP + r"*$")
_OF = re.compile(rf"((?:[\w\-’']+{_SP}){{1,3}})(?:de{_SP}la|de{_SP}l['’]|du|de|d['’]){_SP}?$")
"""A noun, up to two adjectives, then "de": "la base spatiale de X", "le gisement géant d'X"."""
_OF_EN = re.compile(r"\bthe((?:" + _SP + r"[\w\-]+){1,3})" + _SP + r"of" + _SP + r"$")
"""The same in English, adjectives first: "the Danish island of X"."""
_DIRECTION_OF = re.compile(
    r"\b(?i:(?:north|south)(?:-?(?:east|west))?|east|west|nord(?:-est|-ouest)?"
    r"|sud(?:-est|-ouest)?|est|ouest)" + _SP + r"(?:of|de|du|d['’])" + _SP + r"?$"
)
"""Where a place lies from another: "90 km west of X", "à l'ouest de X"."""
_COMPASS_PART = re.compile(
    rf"\b(?:in|across|from|to|of|throughout){_SP}(?:(?:north|south)(?:-?(?:east|west))?ern"
    rf"|eastern|western|central){_SP}$"
)
"""A part of a place by its bearing: "in western Viti Levu", "across central Java"."""
_CALLED = re.compile(
    rf"\b(?:river|stream|spring|lake|lagoon|mountain|peak|hill|valley|village|town|island"
    rf"|bay|district|area|oasis|well|waterfall)s?{_SP}(?:(?:locally|now|also){_SP})?"
    rf"(?:known{_SP}as|called|named)(?:{_SP}the)?{_SP}$"
    rf"|\b(?:rivière|source|lac|lagune|montagne|colline|vallée|village|île|baie|oued)"
    rf"{_SP}(?:appelée?|baptisée?|dite?|connue?{_SP}sous{_SP}le{_SP}nom{_SP}de)"
    rf"(?:{_SP}(?:la|le|les)|{_SP}l['’])?{_SP}?$"
)
"""A place's noun before the name it goes by: "the spring known as X", "the river known as
the X", "le village appelé X"."""
_ALONG_RIVER = re.compile(
    rf"\b(?:(?:up|down)stream{_SP}(?:on|of|from)|confluence{_SP}(?:with|of)|banks?{_SP}of"
    rf"|mouth{_SP}of|tributary{_SP}of|(?:on|along){_SP}the{_SP}(?:upper|lower|middle))"
    rf"(?:{_SP}the)?{_SP}$"
    rf"|\b(?:en{_SP}amont|en{_SP}aval|confluent|rives?|embouchure|affluent)"
    rf"(?:{_SP}(?:sur|de|du|avec))?(?:{_SP}(?:le|la)|{_SP}l['’]|{_SP}d['’])?{_SP}?$"
)
"""Words only a river takes before its name: "upstream on the X", "the confluence with the
X", "en aval du X", "les rives de la X"."""
_ONE_OF = re.compile(
    rf",{_SP}(?:one{_SP}of{_SP}(?:the|its|their|[\w\-]+['’]s|\d+|two|three|four|five|six"
    rf"|seven|eight|nine|ten|several|many)|l['’]une?{_SP}des|une?{_SP}des)"
    rf"{_SP}((?:[\w\-’']+{_SP}){{0,4}}?[\w\-’']+)(?=[,.;:)]|{_SP}(?:in|of|on|du|de|des|d['’]"
    rf"|en|au|qui|dont|that|which)\b)"
)
"""An apposition that counts a name among its kind: "X, one of the largest glacial lakes",
"X, l'un des plus grands lacs du pays"."""
_SITUATED = re.compile(
    rf",{_SP}(?:near|close{_SP}to|on{_SP}the{_SP}(?:edge|shores?|banks?|outskirts){_SP}of"
    rf"|près{_SP}d|au{_SP}bord{_SP}d|non{_SP}loin{_SP}d|aux{_SP}portes{_SP}d|en{_SP}bordure{_SP}d"
    rf"|dans{_SP}(?:la|le|l['’]){_SP}?(?:province|région|préfecture|commune|district|vallée"
    rf"|État|département|comté|oblast|gouvernorat|wilaya){_SP}d)"
)
"""Where a name is, told right after it: only a place lies "near" or "on the edge of", or
"dans la province de"."""
_PEOPLED = re.compile(
    rf",?{_SP}(?:(?:which{_SP})?(?:is{_SP}|was{_SP})?home{_SP}to|qui{_SP}compte|peuplée?{_SP}de"
    rf"|où{_SP}vivent)"
    rf"(?:{_SP}(?:about|some|nearly|around|almost|barely|only|environ|quelque|près{_SP}de))?"
    rf"{_SP}[\d \u00a0\u202f,.]+(?:{_SP}(?:million|millions|thousand|mille))?"
    rf"{_SP}(?:people|residents|inhabitants|islanders|habitants|âmes|insulaires)\b"
    rf"|,{_SP}(?:whose|dont{_SP}(?:le|la|les|l['’])){_SP}?(?:volcano|port|harbour|harbor|beaches"
    r"|coast|capital|airport|mayor|governor|residents|inhabitants|villages|peaks?|volcan|plages"
    r"|côte|capitale|aéroport|maire|gouverneur|habitants)\b"
)
"""What only a place has: people living there ("home to about 5,600 people", "qui compte
3 000 habitants"), a volcano, a port or a mayor ("whose volcano", "dont le port")."""
_SITE_AT = re.compile(
    r"\b(?:plant|resort|factory|mine|refinery|terminal|port|camp|site|station|base|border"
    r"|crossing|checkpoint|warehouse|farm|dam|market|airport|harbou?r|quay|depot|shipyard"
    r"|smelter|mill|side)s?" + _SP + r"(?:at|near)" + _SP + r"$"
)
"""A site's noun before "at": the name after it is where the site is."""
_PEOPLE_OF = re.compile(r"\b(?i:([a-z]+))" + _SP + r"of" + _SP + r"$")
"""A word right before "of": "residents of X", "the mayor of X"."""
_LOCALS_FROM = re.compile(
    r"\b(?i:farmers?|fishermen|fisherman|villagers?|residents?|growers?|herders?|islanders?"
    r"|shopkeepers?|natives?)" + _SP + r"(?:from|in|at|around|near)" + _SP + r"$"
)
"""People named by where they live: "a farmer from X", "growers at X", "residents in X"."""
_BASED = re.compile(r"-based" + _SP + r"([a-z\-]+)(?:" + _SP + r"([a-z\-]+))?")
"""The one or two words after "X-based": a firm, a person, or a thing."""
_COMPANY_OF = re.compile(
    r"\b(?:(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Ll]awyers|[Bb]ankers|[Tt]raders"
    rf"|[Rr]esearchers|[Ee]xecutives|[Pp]artner){_SP}(?:at|of)"
    rf"|(?:[Ss]hares|[Ss]take|[Mm]erger|[Tt]akeover){_SP}(?:at|in|of)){_SP}$"
)
"""Words a firm's name follows: "analysts at X", "a stake in X" (but "traders in X" are
people who live there)."""
_STATEMENT = re.compile(
    _SP + r"(?:a|ont|said)(?:" + _SP + r"\w+){0,3}" + _SP + r"(?:dans un communiqué|in a statement)"
)
_EMPLOYER = re.compile(
    rf"{_SP}(?:employs|emploie|compte){_SP}[\d \u00a0\u202f,.]+"
    r"(?:people|workers|staff|salariés|employés)\b"
    rf"|(?:{_SP}\([A-Z][A-Za-z]{{1,7}}\))?,{_SP}(?:qui|which|that){_SP}(?:revendique|compte"
    rf"|regroupe|rassemble|fédère|représente|claims|represents|has){_SP}"
    r"(?:(?:about|some|more than|over|around|près de|plus de|environ)[ \u00a0])?"
    r"[\d \u00a0\u202f,.]+(?:adhérents|membres|members)\b"
)
"""A body by those it employs or counts as members: "X employs 300 people", "le X (KTB), qui
revendique 2 600 adhérents"."""
_WHOSE_OFFICE = re.compile(
    rf",{_SP}(?:whose|dont{_SP}l[ea]s?)(?:{_SP}\w+)?{_SP}"
    r"(?:headquarters|board|subsidiary|subsidiaries|siège|filiale|filiales)\b"
)
"""What only a body has: staff counted in hundreds, a board, a head office."""
_BODY_DOES = re.compile(
    rf"{_SP}said{_SP}(?:it|its)\b"
    rf"|{_SP}(?:reported|posted|booked|recorded|a{_SP}(?:annoncé|publié|enregistré|dégagé))"
    rf"(?:{_SP}[\w\-]+){{0,2}}{_SP}(?:profit|loss|losses|revenue|sales|earnings|bénéfice|perte"
    r"|pertes|chiffre)\b"
    rf"|,?{_SP}(?:(?:was|is){_SP})?(?:founded|established|headquartered|listed){_SP}(?:in|on)\b"
    rf"|,?{_SP}(?:fondée?|créée?){_SP}en{_SP}\d"
)
"""What a body does and a person does not, for a name the model took for a person: "said it
would", "reported a net loss", "founded in 2009" (people are born)."""
_NEXT_WORDS = re.compile(r"(?:['’]s)?" + _SP + r"([\w\-]+)(?:" + _SP + r"([\w\-]+))?")
_APPOSITION = re.compile(
    r",(?:" + _SP + r"(?:the|a|an|le|la|un|une)" + _SP + r"|" + _SP + r"l['’]|" + _SP + r")"
    r"((?:[\w\-’']+" + _SP + r"){0,4}?[\w\-’']+)"
    r"(?=[,.;:)]|" + _SP + r"(?:of|in|for|at|with|based|de|du|des|d['’]|qui|dont|chargée?|chez"
    r"|auprès|known|called|that|which|where)\b)"
)
_COMPANY_NATIONALITY = re.compile(
    r"(?i:\b(?:le|du|au)" + _SP + r"|\bl['’])[a-zà-ÿ\-]+" + _SP + r"$"
)
_HEAD_AFTER = re.compile(
    r"(?:" + _SP + r"(?:copper|gold|coal|iron|iron-ore|nickel|lithium|uranium|diamond|oil|gas"
    r"|zinc|silver|bauxite|potash|phosphate|cobalt|manganese|open-pit|underground))?"
    + _SP + r"(?:" + "|".join(sorted(PLACE_AFTER | FACILITY_AFTER)) + r")\b(?![\-’'])"
    + r"|" + _SP + r"(?:hydropower|hydroelectric|hydro|power|nuclear|coal-fired|gas-fired|solar"
    + r"|wind|geothermal)" + _SP + r"(?:plant|station|farm|park|dam|project)s?\b"
)  # fmt: skip
"""A noun after the name heads the phrase, maybe past what is mined there: "the Tengiz
field", "the Oyu Tolgoi copper mine", "the Mangdechhu hydropower plant"."""
_PAIR_HEAD_AFTER = re.compile(
    _SP + r"(?:and|or)" + _SP + r"[A-ZÀ-Þ][\w\-]*" + _SP
    + r"(?:" + "|".join(sorted(w for w in PLACE_AFTER if w.endswith("s"))) + r")\b"
)  # fmt: skip
_DESCRIBED_BEFORE = re.compile(
    r"(?:\b(?i:le|la|les|the|un|une|an?)" + _SP + r"|\b[Ll]['’])"
    r"([a-zà-ÿ\-]+(?:" + _SP + r"(?:d['’]|l['’])?[a-zà-ÿ\-]+){1,6})," + _SP
    + r"(?:(?:la|le|les|the)" + _SP + r"|l['’])?$"
)  # fmt: skip
"""A described noun phrase, then a comma, right before a name (at least two words, so that
"Selon l'agence, Moscou a..." keeps Moscou a place), also at a sentence's start ("Le
gestionnaire du réseau, Terna") and with the name's own article ("La compagnie publique
d'eau et d'électricité, la Jirama")."""
_RELATIVES = _words("who whom whose which that where when qui que dont où lequel laquelle")
_INDEX = re.compile(
    rf"(?:S&P|CAC|FTSE|DAX|Nikkei|(?:Euro{_SP})?Stoxx|STOXX|IBEX|Hang{_SP}Seng|MSCI|Russell"
    rf"|Kospi|Sensex|Nifty|TSX|SMI|AEX|MIB){_SP}\d{{2,4}}"
)
_AMPERSAND = re.compile(r"[A-Z][\w.]*" + _SP + r"?&" + _SP + r"?[A-Z]")
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_RULES_OF = re.compile(r"\b(?:Code|Charter|Statute)" + _SP + r"of" + _SP + r"[A-Z]")
"""A body of rules named by what it governs: "Grocery Code of Conduct", "Charter of Rights"."""
_CAMEL_PRODUCT = re.compile(r"[a-z][A-Z][\w\-]+")
_MUSEUM = frozenset(("Museum", "Musée", "Museo", "Museu"))
_MARK_NUMBER = re.compile(r"[ \u00a0]Mk\.?[ \u00a0]?(?:[IVX]+|\d{1,2})$")
"""A model's mark, which only machines have: "Farrel Mk IV", "Spitfire Mk 9"."""
_VESSEL_BEFORE = re.compile(r"\b(?:" + VESSEL_BEFORE + r")" + _SP + r"?$")
_VESSEL_AFTER = re.compile(_SP + VESSEL_AFTER)
_MAKER_BEFORE = re.compile(MAKER_BEFORE)
_ARRIVED = re.compile(
    r"\b(?:arrived|arrives|arriving|travelled|traveled|flew|moved|relocated|returned|born|based"
    rf"|headquartered|(?:arrivée?|née?|installée?|basée?|rentrée?|revenue?)s?){_SP}"
    rf"(?:in|to|at|à|au|aux|en){_SP}$"
)
"""A place reached or lived in: "arrived in X", "born in X", "installée à X"."""
_SETTING = re.compile(r"(?:^|[.!?]" + _SP + r")(?:In|À|En)" + _SP + r"$")
"""A place set before a clause at a sentence's start: "In Tromsø, the mayor said"."""
_EVENT_OF = _words(
    """festival salon sommet carnaval foire biennale congrès forum marathon tournoi rallye
    championnat jeux"""
)
"""French events named by the town that holds them: "le salon de Lucca", "le tournoi de X"."""
_NOT_PROPOSED = _words("a an the this these its le la les un une ce cette")
_LEGAL_FORM_THEN_OF = re.compile(rf"(\S+?)\.?{_SP}(?:de|of|in|from){_SP}$|(\S+?)\.?{_SP}d['’]$")


_OF_ENDS = (" de ", " of ", " in ", " from ", " d'", " d’")


def _after_legal_form(before: str) -> bool:
    """Whether a company's legal form and "de" come right before: what follows is where it is
    ("Osprey Aerial Ltée de Gimli")."""
    if not before.endswith(_OF_ENDS):
        return False
    match = _LEGAL_FORM_THEN_OF.search(before, max(0, len(before) - 24))
    return match is not None and (match.group(1) or match.group(2)) in LEGAL_FORMS


_HOME_TOWN = re.compile(rf"\b([a-zà-ÿ\-]+){_SP}de{_SP}$")
"""A body's noun and "de" before a town, its home: "le groupe de Stuttgart"."""
_LIST_WORDS = tuple(f"{sp}{word}{sp}" for word in ("and", "or", "et", "ou") for sp in " \u00a0")
_LIST_ENDS = (", ", ",\u00a0", *_LIST_WORDS)
"""How a list goes on after a name, or reached it: the cheap test before the patterns."""
_IDIOM_TOWNS = frozenset(("Hell", "Heaven", "Paradise", "Eden", "Enfer", "Paradis"))
"""Towns named like the words of idioms: "a ride from Hell" is not in Norway."""


def index_names(text: str) -> list[tuple[int, int]]:
    """Spans of stock indices' names in `text`: "CAC 40", "S&P 500", "FTSE 100"."""
    return [match.span() for match in _INDEX.finditer(text)]


def name_kind(name: str) -> str | None:
    """The kind a name's own shape gives it: "Pratt & Whitney", "Arcadium Inc", "CAC 40".

    A name whose lowercase first letter comes before a capital is a product's ("iPhone").
    """
    if _INDEX.fullmatch(name) or _CAMEL_PRODUCT.fullmatch(name) or _MARK_NUMBER.search(name):
        return "misc"  # "S&P 500", "iPhone", "Farrel Mk IV"
    words = name.split()
    if _AMPERSAND.search(name) or (len(words) > 1 and words[-1] in ORG_SUFFIXES):
        return "org"
    if len(words) > 1 and words[-1] in THING_SUFFIXES or _RULES_OF.search(name):
        return "misc"  # "Clean Air Act", "Booker Prize", "Nordic Sprint Cup", "Code of Conduct"
    if len(words) > 1 and (words[-1] in FACILITY_SUFFIXES or words[0] in _MUSEUM):
        return "place"  # "Hoover Dam", "Brackley Power Station", "Museum of Neon Art"
    if len(words) > 2 and " ".join(words[-2:]) in PARK_ENDINGS:
        return "place"  # "Krka National Park"
    if len(words) > 1 and words[-1] in LANDFORM_SUFFIXES and not given_name(words[0]):
        return "place"  # "Plitvice Lakes", "Walvis Bay", not the director Michael Bay
    return None


_LIST_BEFORE = re.compile(rf"{_LISTED_NAME}(?:,{_LISTED_NAME})*,?{_AND}[ \u00a0]\Z")
"""The names before this one in a list closed by "and": " Mukinje and ", " Tanna, Malekula
et " (not an apposition: "le gouverneur de Monastir, X")."""


_LIST_GOES_ON = re.compile(rf"(?:,{_LISTED_NAME})*,?{_AND}{_LISTED_NAME}")
_LIST_SO_FAR = re.compile(rf"{_LISTED_NAME}(?:,{_LISTED_NAME})*,[ \u00a0]\Z")


def _listed_place(before: str, language: str | None, after: str = "") -> str | None:
    """A place, when the list this name is in is governed as a place: "the villages of
    Mukinje and Rakovica", "les îles de Tanna, Malekula et Epi", "the islands of Muhu,
    Saaremaa and Hiiumaa" (a name inside the list, when the list goes on after it)."""
    match = _LIST_BEFORE.search(before)
    if match is None and _LIST_GOES_ON.match(after):
        match = _LIST_SO_FAR.search(before)
        if match is None:  # the list's first name, right after its head
            return "place" if _before_kind(before, language) == "place" else None
    if match is None:
        return None
    head = before[: match.start() + 1]  # up to the first name, its space kept
    kind = _before_kind(head, language)
    # "buyers such as Cargill, Olam and X": examples share their noun's kind, whatever it is
    return kind if kind == "place" or kind and _SUCH_AS.search(head) else None


_ROUTE_WORDS = (
    r"(?:route|line|crossing|link|corridor|highway|motorway|railway|road|pipeline|ferry"
    r"|service|flights?)\b"
)
_ROUTE_FROM = re.compile(rf"[–—-][A-ZÀ-Þ][\w’']*(?:{_SP}[A-ZÀ-Þ][\w’']*)?{_SP}{_ROUTE_WORDS}")
_ROUTE_TO_BEFORE = re.compile(r"[A-ZÀ-Þ][\w’']*[–—-]\Z")
_ROUTE_TO_AFTER = re.compile(rf"{_SP}{_ROUTE_WORDS}")
_ROUTE_FR = re.compile(
    rf"\b(?:liaison|ligne|axe|tronçon|route|traversée)(?:{_SP}(?:maritime|ferroviaire|aérienne"
    rf"|routière|directe))?{_SP}(?:[A-ZÀ-Þ][\w’']*[–—-])?\Z"
)


_DASHES = ("–", "—", "-")


def _route_end(before: str, after: str) -> bool:
    """Whether a name is one end of a route: "the Virtsu–Kuivastu route", "la liaison
    Virtsu–Kuivastu"."""
    if after[:1] not in _DASHES and before[-1:] not in _DASHES:
        return False
    if _ROUTE_FROM.match(after) or (
        _ROUTE_TO_BEFORE.search(before) and _ROUTE_TO_AFTER.match(after)
    ):
        return True
    return bool(_ROUTE_FR.search(before)) and (
        after[:1] in _DASHES or bool(_ROUTE_TO_BEFORE.search(before))
    )


def context_kind(text: str, start: int, end: int, kind: str, language: str | None) -> str | None:
    """The kind the words right around `text[start:end]` give it, or `None` if they say nothing.

    Args:
        text: the block's text.
        start: first character of the name.
        end: just past its last character.
        kind: the model's kind for it (an acronym tagged as a place becomes an organisation).
        language: the article's language: English puts an apposition's head noun last ("the
            Dutch maker"), French first ("l'opérateur public").
    """
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    if language == "en" and (_HEAD_AFTER.match(after) or _PAIR_HEAD_AFTER.match(after)):
        # "the giant Tengiz field": the noun after the name heads the phrase, not "giant";
        # "the Durazno and Tacuarembó departments": it heads both names
        return "place"
    if language == "en" and (
        _STATE_AFTER.match(after) or text[start:end] in _US_STATES and _TOWN_COMMA.search(before)
    ):
        return "place"  # "Austin, TX", "Bethesda, MD": a town, then its state
    if _VESSEL_BEFORE.search(before) or _VESSEL_AFTER.match(after):
        return "misc"  # "aboard the X", "the X ran aground": a vessel, whatever its name
    if _APPELLATION_BEFORE.search(before):
        return "misc"  # "l'appellation d'origine protégée X": a cheese or a wine, not its land
    if names_facility(before, language) or _ARRIVED.search(before) or _route_end(before, after):
        return "place"
    if _WHERE_AFTER.match(after) and _IN_BEFORE.search(before):
        return "place"  # "On Tiree, where the airport is a lifeline": in it, things happen
    return (
        _before_kind(before, language)
        or _listed_place(before, language, after)
        or _after_kind(after, language, _preceded_by_preposition(before), kind)
        or _compound_kind(before, after, language, text[start:end])
        or _acronym_kind(text[start:end], kind)
    )


_US_STATES = _words(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
    "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC"
)
"""The postal codes of the American states, which follow a town: "Austin, TX"."""
_STATE_AFTER = re.compile(rf",{_SP}(?:{'|'.join(sorted(_US_STATES))})(?![\w&'’\-])")
_TOWN_COMMA = re.compile(rf"[A-Z][a-z]+,{_SP}$")

_DETERMINER_BEFORE = re.compile(
    r"\b(?i:the|its|their|his|her|a|an)" + _SP + r"(?:(?:first|new|latest|next)" + _SP + r")?$"
)
_DEFINITE_BEFORE = re.compile(
    r"\b(?i:the|its|their)" + _SP + r"(?:(?:first|new|latest|next)" + _SP + r")?$"
)


_FACILITY_ADJECTIVES = _words(
    "universitaire international internationale régional régionale national nationale "
    "municipal municipale départemental départementale militaire olympique"
)


_WHERE_AFTER = re.compile(rf",{_SP}(?:where|où){_SP}")
_IN_BEFORE = re.compile(rf"(?:^|\b)(?i:in|on|near|à|en|au|aux|dans){_SP}$")


def names_facility(before: str, language: str | None) -> bool:
    """Whether a French facility's noun stands right before a name: "le stade Marcel-Picot".

    The name is the facility's, a place, even when it is a person's ("l'aéroport
    Charles-de-Gaulle").
    """
    if language != "fr":
        return False
    words = _words_before(before, 2)
    if len(words) == 2 and words[-1] in _FACILITY_ADJECTIVES:
        words.pop()  # "l'hôpital universitaire Justinien"
    return bool(words) and words[-1] in FACILITY_BEFORE


def _compound_kind(before: str, after: str, language: str | None, name: str) -> str | None:
    """A thing named in a noun phrase whose head comes two words on: "the X power cable".

    Only after a determiner, so that a verb and its object ("X launched rockets") are no
    noun phrase.
    """
    if language != "en" or not _DETERMINER_BEFORE.search(before):
        return None
    match = _NEXT_WORDS.match(after)
    if match is None or after.startswith(("'", "’")):
        return None
    first, second = match.group(1), match.group(2)
    if first.islower() and second in PRODUCT_AFTER:
        return "misc"
    if name in PLACE_ACRONYMS or nationality(name) or not _DEFINITE_BEFORE.search(before):
        return None  # "a US drone", "a Boeing jet": where it comes from, or who made it
    if first in PRODUCT_HEADS or (first.islower() and second in PRODUCT_HEADS):
        return "misc"  # "the Vireo scooter", "its T10X electric SUV"
    return None


_FEASTS = _words("holiday holidays festivities celebrations")
"""Nouns after a feast's name ("the Naadam holiday"), which no town's name takes as often."""
_PROPOSED_PLACE_AFTER = _words(
    "province region district county oblast governorate river valley island peninsula"
)
"""Nouns after a capitalised word no model saw that make it a place (not "camp": "the
Nkosi camp" may be a politician's)."""


_ROLE_AFTER = re.compile(
    rf",{_SP}(?:(?:the|its|their|a|an|le|la|son|sa){_SP}|l['’])?(?:[a-z\-]+{_SP}){{0,2}}?"
    r"(?:managing director|chief executive|director|president|chairman|chairwoman|chair"
    r"|spokesman|spokeswoman|spokesperson|secretary|governor|mayor|head|founder|co-founder"
    r"|economist|lawyer|analyst|professor|researcher|senator|directeur|directrice|président"
    r"|présidente|maire|porte-parole|fondateur|fondatrice|secrétaire|avocat|avocate"
    r"|économiste|chercheur|chercheuse|sénateur|sénatrice|député|députée|gérant|gérante)"
    rf"{_SP}(?:of|at|for|de|du|des|d['’]|chez)\b"
)
"""A person's role in an apposition after their name: "X, managing director of", "X, maire
de"."""


def role_follows(text: str, start: int, end: int) -> bool:
    """Whether two to four capitalised words are a person's name, their role after them:
    "Karma Tshering Dorji, managing director of DGPC"."""
    words = text[start:end].split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and bool(_ROLE_AFTER.match(text, end))
    )


def proposal_kind(text: str, start: int, end: int, language: str | None) -> str | None:
    """The kind of a capitalised name the model missed, if a strong cue stands next to it.

    Only the cues that name an organisation or a thing outright count here ("le cabinet X",
    "X boss", "X said in a statement"), not the weaker ones used to settle a model's doubt.
    """
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    name = text[start:end]
    if name.lower() in CALENDAR or name.lower() in _NOT_PROPOSED or nationality(name):
        return None  # "A spokesperson for": an article, not a name before "spokesperson"
    if _COMPANY_OF.search(before) or _STATEMENT.match(after):
        return "org"
    if role_follows(text, start, end):
        return "person"
    if " " in name and (shaped := name_kind(name)):
        return shaped  # "Arm Holdings", "Clean Air Act", "Hoover Dam": the name's own ending
    found = _noun_before_kind(before, language)
    if found:
        return found
    if _VESSEL_BEFORE.search(before) or _VESSEL_AFTER.match(after):
        return "misc"
    if _SETTING.search(before) and after.startswith(","):
        return "place"  # "In Tromsø, the mayor said"
    if " " not in name and _after_legal_form(before):
        return "place"
    if _route_end(before, after) or (
        (_LIST_GOES_ON.match(after) or before.endswith(_LIST_ENDS))
        and _listed_place(before, language, after)
    ):
        return "place"  # "the Rohuküla–Heltermaa route", "the islands of Muhu, Saaremaa and"
    if (is_town(name) or is_country(name)) and name not in _IDIOM_TOWNS:
        home = _HOME_TOWN.search(before, max(0, len(before) - 30))
        if where_towns_are_named(text, start, language) or home and home.group(1) in ORG_NOUNS:
            return "place"  # "built in Rauma", "le groupe de Stuttgart": unmarked by the model
    match = _NEXT_WORDS.match(after)
    if match and (match.group(1) in ORG_AFTER or match.group(1, 2) == ("chief", "executive")):
        return "org"
    if language == "en" and match and match.group(1) in EVENT_AFTER | _FEASTS:
        return "misc"  # "the Saltmarsh festival", "the Naadam holiday"
    if (
        language == "en"
        and match
        and not after.startswith(("'", "’"))
        and match.group(1) in _PROPOSED_PLACE_AFTER
    ):
        return "place"  # "the capital of Ömnögovi province"
    if _PLACE_APPOSITION.match(after):
        return "place"  # "from Dalanzadgad, the capital of Ömnögovi province"
    return _described_kind(after, language)


_PLACE_APPOSITION = re.compile(
    r"," + _SP + r"(?:the|a|an|la|le|une?)" + _SP + r"(?:(?:small|little|remote|petite?|grande?)"
    + _SP + r")?(?:capital|town|village|city|port|hamlet|capitale|ville|commune|bourgade|village"
    r"|localité|hameau)" + _SP + r"(?:of|in|on|near|de|du|des|d['’]|dans|sur|près)\b"
)  # fmt: skip
"""An apposition that places a name: "X, the capital of", "X, a village near", "X, une
commune du"."""


def _described_kind(after: str, language: str | None) -> str | None:
    """An organisation or a thing an apposition describes: "Greenmoor, a housing association,"."""
    match = _APPOSITION.match(after)
    if match is None:
        return None
    words = match.group(1).split()
    if language == "fr" and (cut := next((i for i, w in enumerate(words) if w in _OF_WORDS), 0)):
        words = words[:cut]  # "X, filiale du groupe Fayat": the head is "filiale"
    if words[0].lower() in _RELATIVES or not all(w.islower() or nationality(w) for w in words):
        return None
    found = _noun_kind(words[-1] if language == "en" else _french_head(words))
    return found if found in ("org", "misc") else None


_OF_WORDS = _words("de du des d' d’ à au aux")
_BARE_APPOSITION = re.compile(r"," + _SP + r"[a-zà-ÿ][a-zà-ÿ\-]+" + _SP + r"(?:de|du|des|d['’])")
"""An apposition with no article, a noun and its complement: ", filiale du groupe"."""
_RANKS = _words(
    """premier première deuxième second seconde troisième quatrième cinquième dernier dernière
    plus grand grande gros grosse petit petite principal principale ancien ancienne nouveau
    nouvelle numéro un"""
)
"""Words that rank a French apposition's noun before it: "X, premier horloger du pays"."""


def _french_head(words: list[str]) -> str:
    """The noun of a French apposition, past the words that rank it ("deuxième banque")."""
    for word in words:
        core = _strip_elision(word)
        if core not in _RANKS:
            return core
    return _strip_elision(words[0])


def maker_kind(text: str, start: int) -> str | None:
    """An organisation named as a product's maker or operator: "sold by X", "exploité par X".

    Weaker than a first name: "developed by Anna Berg" stays a person.
    """
    return "org" if _MAKER_BEFORE.search(text, max(0, start - 40), start) else None


_DIVISION_BEFORE = re.compile(
    r"\b(?:la|le|les|l['’]|des|du|de)" + _SP + r"(?:région|province|district|département"
    r"|préfecture|wilaya|gouvernorat|canton|commune|oblast|comté)" + _SP + r"$"
)
"""A country's division named right after its noun, with no "de": "la région SAVA"."""


def _before_kind(before: str, language: str | None) -> str | None:
    if _COMPANY_OF.search(before):
        return "org"
    if language == "en" and _SITE_AT.search(before):
        return "place"  # "a plant at X", "the border crossing at X"
    if (
        _DIRECTION_OF.search(before)
        or _ALONG_RIVER.search(before)
        or _CALLED.search(before)
        or language == "en"
        and _COMPASS_PART.search(before)
    ):
        # "90 km west of X", "au nord de X", "upstream on the X", "the spring known as X",
        # "in western X"
        return "place"
    if match := _DESCRIBED_BEFORE.search(before):
        # "l'association européenne de l'acier, Eurofer": French heads come first,
        # English ones last ("the world's biggest miner, BHP").
        words = match.group(1).split()
        found = _noun_kind(words[-1] if language == "en" else words[0])
        if found in ("org", "misc"):
            return found
    if found := _noun_before_kind(before, language):
        return found
    if language == "fr" and _DIVISION_BEFORE.search(before):
        return "place"  # "la région SAVA", "la province Nord", "le district Tana-Nord"
    match = _OF.search(before)
    if match:
        noun = _head_noun(match.group(1).split()[::-1])
        if noun in ORG_OF:
            return "org"
        if noun.islower() and (noun in PLACE_NOUNS or noun in _EVENT_OF):
            return "place"  # "la ville de X", "le festival de X": where it is held
        if match.group(1).split()[-1] in PLACE_PEOPLE:
            return "place"  # "le maire de X", "les habitants de X"
    match = _OF_EN.search(before)
    if match and _head_noun(match.group(1).split()[::-1], english=True) in PLACE_NOUNS:
        return "place"
    match = _PEOPLE_OF.search(before)
    if match and match.group(1).lower() in PLACE_PEOPLE:
        return "place"  # "residents of X", "the mayor of X"
    if _LOCALS_FROM.search(before):
        return "place"  # "a farmer from X": one who lives there, not one who works for it
    if (match := _SUCH_AS.search(before)) and match.group(1) not in _NOT_PLURALS:
        if match.group(1) in _VESSELS:
            return "misc"  # "vessels such as the Dewi Samudra"
        found = _noun_kind(_singular(match.group(1)))  # "villages like X", "firms such as X"
        if found in ("place", "org"):  # not "rivals such as X", firms as often as people
            return found
    return None


_VESSELS = _words(
    "ships vessels tankers ferries trawlers freighters carriers barges tugs navires bateaux "
    "chalutiers cargos ferrys traversiers"
)
"""Plurals whose examples are ships, things whatever their names look like."""


_APPELLATION_BEFORE = re.compile(
    r"(?:\b(?i:appellation)" + _SP + r"d['’]origine(?:" + _SP + r"(?:protégée|contrôlée))?"
    r"|\b(?:AOP|AOC|IGP|DOP|PDO|PGI)|\b(?i:protected designation of origin))" + _SP + r"$"
)
_HEAD_ENDS = _words("on in at of near with for from by off along")
"""Prepositions that end an English noun phrase's head: "a block on the seafront"."""
_FIRM_PEOPLE = _words("staff employees shareholders stockholders bondholders creditors customers")
"""Those a firm has, after its possessive: "X's shareholders" (not "workers": a country's)."""
_SUCH_AS = re.compile(
    rf"\b([a-z]{{3,}}s),?{_SP}(?:such{_SP}as|like|including|notably|comme|tels?{_SP}que"
    rf"|telles{_SP}que|notamment){_SP}(?:the{_SP}|le{_SP}|la{_SP}|l['’])?$"
)
"""A plural noun, then the examples it governs: "villages like X", "des groupes comme X"."""
_NOT_PLURALS = _words("this thus has was is does gas bus news series species always")


def _noun_before_kind(before: str, language: str | None) -> str | None:
    # English puts adjectives before the noun: only "the carmaker X", not "aircraft between X".
    words = _words_before(before, 1 if language == "en" else 4)
    # "l'opérateur public X", "le groupe armé X", "the state-backed carmaker X", "les moteurs X"
    for i in range(len(words) - 1, -1, -1):
        found = _noun_kind(words[i])
        if found in ("org", "misc") and all(_adjective(w) for w in words[i + 1 :]):
            return found
        if not _adjective(words[i]):
            break
    # "le canadien X", "l'américain X": in French, a lone country adjective names a company.
    if words and _COMPANY_NATIONALITY.search(before) and nationality(words[-1]):
        return "org"
    if language == "fr" and (match := _NOUN_OF_TRADE.search(before)):
        # "le fabricant de boîtiers X", "l'association de classe X", "le géant de l'acier X":
        # a body named by its trade, the noun first
        trade = match.group(2).split()
        if _noun_kind(match.group(1)) == "org" and all(_adjective(w) for w in trade):
            return "org"
    return None


_NOUN_OF_TRADE = re.compile(
    rf"\b([a-zà-ÿ\-]+){_SP}(?:de{_SP}la{_SP}|de{_SP}|du{_SP}|des{_SP}|d['’]|de{_SP}l['’])"
    rf"([a-zà-ÿ\-]+(?:{_SP}[a-zà-ÿ\-]+)?){_SP}$"
)


def _after_kind(after: str, language: str | None, located: bool, kind: str | None) -> str | None:
    if _STATEMENT.match(after) or _EMPLOYER.match(after) or _WHOSE_OFFICE.match(after):
        return "org"
    if _SITUATED.match(after) or _PEOPLED.match(after):
        return "place"  # "X, near the Black Drin", "X, au bord du lac", "X, home to 600 people"
    if (one_of := _ONE_OF.match(after)) and all(w.islower() for w in one_of.group(1).split()):
        words = [_singular(w) for w in one_of.group(1).split()]
        found = _noun_kind(words[-1] if language == "en" else _french_head(words))
        if found:
            return found  # "X, one of the country's largest glacial lakes"
    if kind == "person" and _BODY_DOES.match(after):
        return "org"
    based = _BASED.match(after)
    if based and {_noun_kind(w) for w in based.groups() if w} & {"org", "person"}:
        return "place"  # "a Kufstein-based firm", not "FPGA-based digital I/O"
    match = _NEXT_WORDS.match(after)
    if match:
        first, second = match.group(1), match.group(2) or ""
        possessive = after.startswith(("'", "’"))
        if possessive and first in PLACE_PEOPLE:
            return "place"  # "X's mayor"
        if possessive and (first in _FIRM_PEOPLE or second in _FIRM_PEOPLE and first.isdigit()):
            return "org"  # "X's shareholders", "to house X's 310 staff"
        if first in ORG_AFTER or (first, second) == ("chief", "executive") or first == "party":
            return "org"
        if language == "en" and not possessive:
            if first in PLACE_AFTER:
                return "place"
            if first in PRODUCT_AFTER:
                return "misc"
            if first in EVENT_AFTER and kind != "place":
                return "misc"  # "the Saltmarsh festival", not "the Geneva summit"
            if first in _FEASTS:
                return "misc"  # "the Naadam holiday", even where the model saw a place
    match = _APPOSITION.match(after)
    if match:
        words = match.group(1).split()
        if words[0].lower() in _RELATIVES:
            return None  # "Novak, who co-chairs the group": a clause about him, no apposition
        if language == "en" and (
            cut := next((i for i, w in enumerate(words) if i and w in _HEAD_ENDS), None)
        ):
            words = words[:cut]  # "a 9-storey block on the seafront": the head is "block"
        if all(w.islower() or w.isupper() or nationality(w) for w in words):
            head = words[-1] if language == "en" else _french_head(words)
            found = _noun_kind(head) or _manager_kind(words)
            # "À Paris, le groupe a annoncé": a place set before the clause, not described;
            # but no clause opens without its article ("confié à X, filiale du groupe Y").
            if found == "place" or not located or _BARE_APPOSITION.match(after):
                return found
    return None


def _acronym_kind(name: str, kind: str) -> str | None:
    if kind in ("place", "person") and _ACRONYM.fullmatch(name) and name not in PLACE_ACRONYMS:
        return "org"
    return None


def _head_noun(words: list[str], english: bool = False) -> str:
    """The noun nearest "de" / "of" (given nearest first), past at most two adjectives.

    French adjectives follow the noun ("base spatiale de"), English ones come before it, a
    country adjective among them ("the Danish island of"), so only French skips words here.
    """
    if english:
        return words[0] if words else ""
    for i, word in enumerate(words):
        core = _strip_elision(word)
        if core in _GENERAL and i + 1 < len(words) and words[i + 1] in ORG_OF:
            continue  # "la directrice générale de X": the noun is "directrice"
        if i == len(words) - 1 or core != word or not _adjective(core) or core in ORG_OF:
            return core  # "Les actions de X": "actions" is the noun, no adjective
    return ""


_GENERAL = _words("général générale généraux délégué déléguée adjoint adjointe")
"""Words after a head's noun in its title: "directrice générale", "directeur adjoint"."""


def _words_before(before: str, limit: int = 4) -> list[str]:
    """The lowercase words (and acronyms such as ONG) right before a name, nearest last."""
    words: list[str] = []
    rest = before
    while len(words) < limit:
        match = _WORD_BEFORE.search(rest)
        if match is None or match.end() - match.start() == 0:
            break
        word = match.group(1)
        core = _strip_elision(word)
        if not (core.islower() or core in ("ONG", "NGO")):
            break
        words.insert(0, core)
        if core != word:  # "l'opérateur": the determiner ends the phrase
            break
        rest = rest[: match.start()]
    return words


def _strip_elision(word: str) -> str:
    return _ELIDED.sub("", word)


def _preceded_by_preposition(before: str) -> bool:
    words = before.rstrip().rsplit(None, 1)
    return bool(words) and words[-1].lower() in LOCATING_WORDS


def _noun_kind(noun: str) -> str | None:
    if noun in ORG_NOUNS:
        return "org"
    lower = noun.lower()
    if lower in PRODUCT_NOUNS:
        return "misc"
    if lower in PERSON_NOUNS:
        return "person"
    if lower in PLACE_NOUNS:
        return "place"
    return None


_MANAGED = _words(
    "general plant project site country station farm branch store team operations production "
    "sales programme program campaign"
)


def _manager_kind(words: list[str]) -> str | None:
    """A general or plant manager is a person; an asset or fund manager is often a firm."""
    if len(words) > 1 and words[-1] == "manager" and words[-2] in _MANAGED:
        return "person"
    return None


def _singular(word: str) -> str:
    """A plural noun's singular, enough for the nouns of `lexicon` ("lakes", "lacs", "banks")."""
    if len(word) > 3 and word[-1] in "sx" and word[-2] not in "su":
        return word[:-1]
    return word


def _adjective(word: str) -> bool:
    """A lowercase word that can stand between a noun and a name ("public", "armé")."""
    return (
        word.islower()
        and word not in _NOT_ADJECTIVES
        and word not in _EVENT_OF
        and _noun_kind(word) is None
    )


_NOT_ADJECTIVES = _words(
    """de du des d au aux ou or of et and à en le la les the a an un une que qui that which a est
    is was has in at on for to from with by near into sur pour par avec dans vers chez contre entre
    selon après avant depuis since after before between"""
)
