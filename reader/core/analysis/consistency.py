"""Document-level decisions: one kind and one canonical name per entity, everywhere it appears.

The model tags each block on its own and is often inconsistent: "Zelensky" a person in one
paragraph and missed in a heading, "Washington" a place here and a person there. Reading the
whole article first and deciding once fixes most of that:

1. each model span gets whole-name boundaries (`spans.refine_span`);
2. common words and nationality words are dropped: a capitalised single word whose lowercase
   form the article also uses ("Selon" / "selon", "Ukrainiens" / "ukrainiens") is not a name;
3. a short mention of a person ("Zelensky") takes the fullest name of the article that ends
   with it ("Volodymyr Zelensky") as its value;
4. each value gets the kind most of its mentions had, and every other mention of it in the
   article (headings included) is marked too.

Everything here is plain Python over texts and candidate spans, so it runs without a model.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from os.path import commonprefix

from reader.core.analysis.aliases import (
    common_noun_acronyms,
    cued_names,
    defined_aliases,
    initials_of,
    spelled_out_end,
    spelled_out_start,
)
from reader.core.analysis.cues import (
    CUE_WEIGHT,
    after_words,
    context_kind,
    index_names,
    maker_kind,
    name_kind,
    names_facility,
    role_follows,
    where_towns_are_named,
)
from reader.core.analysis.entities import Candidate
from reader.core.analysis.gazetteer import find_known_names, keeps_possessive, known_kind
from reader.core.analysis.geonames import (
    countries_named,
    is_country,
    is_country_after_article,
    is_town,
)
from reader.core.analysis.given_names import given_name, person_span
from reader.core.analysis.lexicon import (
    CALENDAR,
    COUNTED_WORDS,
    DATED_LAWS,
    FACILITY_BEFORE,
    FACILITY_SUFFIXES,
    LAW_WORDS,
    LEGAL_FORMS,
    LOCATING_WORDS,
    NEAR,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PEOPLES,
    PERSON_NOUNS,
    PLACE_ACRONYMS,
    PLACE_AFTER,
    PLACE_PREPOSITIONS,
    REGION_ADJECTIVES,
    demonym,
    nationality,
    without_accents,
)
from reader.core.analysis.numbers_lexicon import COUNTED_NOUN_AFTER
from reader.core.analysis.spans import (
    TITLES,
    another_company,
    is_sentence_start,
    page_furniture,
    refine_span,
    with_legal_period,
)
from reader.core.models import Mark

_SEATS = frozenset(
    """Kremlin|Élysée|Maison-Blanche|Maison Blanche|Pentagone|Matignon|Quai d'Orsay|Downing Street|
    White House|Pentagon|Zhongnanhai|Bercy|Foggy Bottom""".replace("\n    ", "").split("|")
)
"""Buildings named for the government that sits in them: an organisation, not a place."""


def _is_seat(name: str) -> bool:
    """Whether `name` is a seat of government's, whatever its apostrophe ("Quai d’Orsay") or
    its capital's accent ("Elysée")."""
    return name.replace("’", "'").replace("Elysée", "Élysée") in _SEATS


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_PLACE_BEFORE = {
    language: re.compile(after_words(words, "[ \u00a0]"))
    for language, words in PLACE_PREPOSITIONS.items()
}
"""Words before a place's name, whatever else the name could be: "in Geneva", "à Bamako"."""
_NEAR_BEFORE = re.compile(after_words(NEAR["en"] + NEAR["fr"], "[ \u00a0]"))
_UNIVERSITY_TOWNS = frozenset(
    ("Harvard", "Yale", "Princeton", "Stanford", "Oxford", "Cambridge", "Berkeley", "St Andrews")
)
"""Towns that name their university after "at" or "from" ("a professor at Harvard")."""
_STAFF_AT = re.compile(
    r"(?:ists|ers|ors|ians|ents|staff|professors?|lecturers?|fellows?|students?)[ \u00a0]at"
    r"[ \u00a0]$"
)
"""People before "at" work at a body there: "chemists at St Andrews", "engineers at Nokia"."""

_ORG_FIRST = _set(
    "Banque Agence Organisation Fonds Conseil Commission Comité Parti Institut Office "
    "Programme Union Alliance Communauté Fédération Groupe Société Compagnie Université "
    "Ministère ministère Cour Assemblée Parlement Sénat Association Syndicat Confédération Bureau "
    "Autorité Forces Bank Ministry University Court Department Transports Brasseries "
    "Laboratoires Éditions Chantiers Ateliers Établissements Mutuelle Caisse Assurances "
    "Industries Fondation Régie Observatoire Métropole Institute Instituto Dirección "
    "Administración Ministerio Secretaría Comisión Consejo Agencia Servicio Superintendencia "
    "Corporación Empresa Compañía Banco Fundación Asociación Sociedad Federación Universidad "
    "Autoridad Companhia Fundação Associação Sociedade Banca Società Compagnia Azienda Ente "
    "Collège École Faculté Académie Movimiento Colegio Partido Partito Grupo Gruppo Agência "
    "Cámara Câmara Cooperativa Sindicato Confederación Confederação Universidade Conselho "
    "Comissão Ministério Secretaria Consorcio Consórcio Federação Vereniging Stichting Service "
    "Laboratoire Consortium Chambre Cyngor Ordre Collectif Coopérative Barreau Direction "
    "Bibliothèque Tribunal Tribunale Juzgado Ansar Interprofession"
)
_ORG_LAST = _set(
    "Bank Agency Organization Organisation Fund Council Commission Committee Party Institute "
    "Office Programme Program Union Alliance Federation Group Company Corporation Corp Inc Ltd "
    "University Ministry Court Assembly Parliament Senate Association Authority Forces Board "
    "Bureau Department Reserve Airlines Airways Administration Service Corps Guard Foundation "
    "Confederation Force Army Navy Métropole Chamber Tribunal Inquiry"
)
"""Words that make a name an organisation's: "Banque mondiale", "Reserve Bank of India"."""
_MISC_FIRST = _set(
    "Operation Opération Opérations Operations Treaty Pact Accord Accords Protocol Traité Pacte "
    "Protocole Festival Coupe Trophée Prix Championnat Tournoi Lex Concours Foire Salon Fête "
    "Rallye Biennale Cyclone Typhoon Hurricane Stratégie Strategy Vision Agenda"
)
_TREATY_OF = re.compile(
    r"\b(?:Treaty|Pact|Accords?|Protocol|Traité|Pacte|Protocole)[ \u00a0]"
    r"(?:of[ \u00a0]|de[ \u00a0]|d['’])[A-ZÀ-Þ][\w\-]+(?:[ \u00a0][A-ZÀ-Þ][\w\-]+)?"
)
"""A treaty or pact by the place it was signed: "Treaty of Velmora", "Pacte de Varsovie"."""
_TREATY_OF_FR = re.compile(
    r"(?<![\w\-])(?:accords?|protocole|traité|pacte)[ \u00a0](?:de[ \u00a0]|d['’])"
    r"([A-ZÀ-Þ][\w\-]+(?:[ \u00a0][A-ZÀ-Þ][\w\-]+)?)"
)
"""The same written in lowercase, as French does: "l'accord de Nouméa", "les accords
d'Oslo" (only after a town's name: "l'accord d'Air France" is the airline's)."""
_LAW_STOP = (
    r"(?:dès|depuis|qui|que|qu|dont|pour|dans|par|avec|sans|avant|après|entre|chez|vers|selon"
    r"|mais|ou|est|sont|sera|serait|était|a|ont|avait|prévoit|impose|interdit|oblige|en[ \u00a0]"
    r"vigueur|adoptée?|votée?|promulguée?|publiée?|entrée?|ce|cette|ces|son|sa|ses|leur|leurs"
    r"|il|elle|ils|elles|on|se|ne|n|y|lors|jusqu|afin|sauf|hors)(?![\w\-])"
)
_LAW_SUBJECT_WORD = (
    rf"(?!{_LAW_STOP}|[a-zà-ÿ\-]+(?:é|ée|és|ées|du|due|dus|dues|is|ise|it|ite)[ \u00a0]"
    r"(?:par|en|dans|lors|le|la|les)(?![\w\-]))"
    r"[a-zà-ÿ][a-zà-ÿ\-]+"
)
"""A word of a law's subject: not one a participle's agent or complement follows ("défendu
par", "votée en")."""
_LOWERCASE_LAW = re.compile(
    r"(?<![\w\-])(?:loi|règlement|directive|ordonnance)(?:[ \u00a0](?:fédérale?|européen(?:ne)?"
    r"|organique|communautaire|cantonale?|provinciale?|-cadre))?[ \u00a0](?:sur|relative[ \u00a0]à"
    r"|relatif[ \u00a0]à|portant[ \u00a0]sur)"
    r"(?:[ \u00a0](?:(?:la|le|les|des|du|de|de[ \u00a0]la|à|au|aux|et|en)[ \u00a0])?"
    r"(?:l['’]|d['’])?" + _LAW_SUBJECT_WORD + r"){1,6}"
    rf"(?=[ \u00a0]?[,.;:)»]|[ \u00a0]{_LAW_STOP}|[ \u00a0]?$)"
)
"""A law or regulation French names in lowercase by its subject: "la loi sur la protection
des eaux", "le règlement européen sur la déforestation"; only up to punctuation, a clause or
a word no title takes ("votée", "dès"), since a verb would otherwise run on into it."""
_ZONE_OF = re.compile(
    r"\bZone[ \u00a0](?:industrielle|franche|économique(?:[ \u00a0]spéciale)?|portuaire"
    r"|d['’]activités|logistique)[ \u00a0](?:de[ \u00a0]la[ \u00a0]|de[ \u00a0]l['’]|du[ \u00a0]"
    r"|de[ \u00a0]|d['’])[A-ZÀ-Þ][\w\-]+"
)
"""A French industrial or free zone by its town, one place: "Zone industrielle de
Glo-Djigbé"."""
_COURT_OF = re.compile(
    r"\b(?:tribunal(?:[ \u00a0](?:administratif|judiciaire|correctionnel|de[ \u00a0]commerce|"
    r"de[ \u00a0]grande[ \u00a0]instance(?:[ \u00a0]hors[ \u00a0]classe)?|"
    r"de[ \u00a0]première[ \u00a0]instance|d['’]instance|"
    r"de[ \u00a0]police|militaire|pénal))?|cour[ \u00a0]d['’]appel|"
    r"cour[ \u00a0]administrative[ \u00a0]d['’]appel|cour[ \u00a0]d['’]assises)"
    r"[ \u00a0](?:de[ \u00a0]|d['’]|du[ \u00a0])[A-ZÀ-Þ][\w\-]+(?:[ \u00a0\-][A-ZÀ-Þ][\w\-]+)*"
)
"""A French court by its seat, one name: "tribunal administratif de Poitiers", "cour d'appel
de Douai"."""
_CHAMBER_OF = re.compile(
    r"\bChambre[ \u00a0](?:d['’]agriculture|de[ \u00a0]l['’]agriculture|de[ \u00a0]commerce"
    r"(?:[ \u00a0]et[ \u00a0]d['’]industrie)?|des[ \u00a0]métiers(?:[ \u00a0]et[ \u00a0]de"
    r"[ \u00a0]l['’]artisanat)?|régionale[ \u00a0]des[ \u00a0]comptes|des[ \u00a0]notaires)"
    r"[ \u00a0](?:de[ \u00a0]la[ \u00a0]|de[ \u00a0]l['’]|du[ \u00a0]|des[ \u00a0]|de[ \u00a0]"
    r"|d['’])[A-ZÀ-Þ][\w\-]+(?:[ \u00a0\-][A-ZÀ-Þ][\w\-]+)*"
)
"""A French chamber by its territory, one name: "Chambre d'agriculture de Saône-et-Loire",
"Chambre de commerce et d'industrie du Var"."""
_CHAMBER_OF_EN = re.compile(
    r"\b(?!(?:The|A|An)[ \u00a0])(?:[A-Z][\w\-’']*[ \u00a0]){1,3}Chamber[ \u00a0]of[ \u00a0]"
    r"(?:Commerce(?:[ \u00a0]and[ \u00a0]Industry)?|Mines|Industry|Shipping|Agriculture)\b"
)
"""A country's or town's chamber: "the Ghana Chamber of Mines", which the model misses."""
_ASSEMBLY_OF = re.compile(
    r"\b(?:Parlement|Gouvernement|Assemblée|Conseil[ \u00a0](?:régional|départemental|général"
    r"|exécutif))"
    r"[ \u00a0](?:de[ \u00a0]la[ \u00a0]|de[ \u00a0]l['’]|du[ \u00a0]|des[ \u00a0]|de[ \u00a0]"
    r"|d['’])[A-ZÀ-Þ][\w\-]+"
    r"(?:[ \u00a0\-](?:(?:de[ \u00a0]la|du|des|de)[ \u00a0])?[A-ZÀ-Þ][\w\-]+)*"
    r"(?:[ \u00a0](?:française|britannique|néerlandaise|danoise))?"
)
"""A region's parliament, government, assembly or council, one name: "Parlement de Wallonie",
"Assemblée de Corse", "Conseil régional d'Occitanie", "Assemblée de l'Union des Comores",
"Assemblée de la Polynésie française" (the adjective of a territory's name: the candidate
keeps it only where the territory is listed, see `refine_span`)."""
_MISC_LAST = _set("Index Act Treaty Agreement Protocol Directive Doctrine War Wars Strategy")
"""Last words of things, not bodies: "Philadelphia Semiconductor Index", "Chips Act"."""
_RULES_HEAD = _set("Standards Regulations Rules Guidelines Code Act Treaty Agreement Strategy")
"""Words of rules and texts before their subject: "Standards for Commercial Forestry"."""
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:président|présidente|ministre|chancelier|chancelière|secrétaire|général|colonel|"
    r"directeur|directrice|porte-parole|commissaire|gouverneur|President|Minister|Chancellor|"
    r"Secretary|General|Governor|Senator|executive|chief|chair|spokesman|spokeswoman|leader|"
    r"envoy|boss|Mr|Mrs|Ms|Dr|Dre|Pr|M\.|Mme|Mlle)[ \u00a0]"
    r"|\b(?:ukrainien|russe|américain|français|allemand|israélien|iranien|chinois|britannique|"
    r"européen)(?:ne)?[ \u00a0]"
    r"|\b(?:president|président|présidente|prime minister|Premier ministre),[ \u00a0])$"
)
"""A title (or a title's nationality adjective) right before a name: it is a person's."""

_TITLE_COMMA = re.compile(
    r"(?:^|[\s'’])(?i:président|présidente|directeur|directrice|secrétaire|ministre|chef|cheffe|"
    r"porte-parole|gouverneur|gouverneure|patron|patronne|dirigeant|dirigeante|fondateur|"
    r"fondatrice|ambassadeur|ambassadrice|commissaire|coordonnateur|coordinateur|maire|"
    r"president|director|secretary|minister|governor|chairman|chairwoman|spokesman|"
    r"spokeswoman|spokesperson|founder|ambassador|commissioner|mayor|executive|chair|head|"
    r"manager|captain|coach|economist|analyst)"
    r"(?:[ \u00a0][a-zà-ÿ\-]+){0,2}?"
    r"(?:[ \u00a0](?:de[ \u00a0]la|de[ \u00a0]l['’]|du|des|de|d['’]|of[ \u00a0]the|of)"
    r"[ \u00a0]?[^,.;:!?«»()]{1,50})?,[ \u00a0]$"
)
"""A title and what it heads, then a comma, right before a name: "Le directeur général
d'ArcelorMittal, Aditya Mittal", "Sa directrice générale, Ngozi Okonjo-Iweala"."""

_PRODUCT_CODE = re.compile(
    r"(?<![\w\-])(?!(?:Q|H|CO|T|S|FY)\d)(?:[a-zë]-)?"
    r"(?:[A-Z]{1,4}-?\d{1,4}[a-z]{0,3}(?:-\d{1,4}(?![.,]\d)|-[A-Z]\b)?|[A-Z][a-z]-\d{1,3}|\d{3} MAX"
    r"|\d{3}(?=-\d{3}\b))"
    r"(?:[ \-][A-Z][a-z]+)*(?![\w\-])"
)
"""Model and serial names: "MQ-9 Reaper", "A320neo", "A350-900" (a model and its variant),
"Su-27", "737 MAX", "COP29", "ë-C3"."""
_MAKER_CODE = re.compile(
    r"(?<![\w\-’'])([A-ZÀ-Þ][\w\-]*[a-zà-ÿ])[ \u00a0]"
    r"(?=\w{3})(?!\d+(?:[KMGT]B|[kKMG]Wh?|HP|CV)\b)(?:\d{1,4}[A-Z]{1,3}(?:\d{1,4})?|[A-Z]{1,3}\d{1,4}(?:[A-Z]{1,2}|[a-z]{0,3}))"
    r"(?![\w\-])"
)
"""A maker's or range's name and a model's code of letters and figures: "Wärtsilä 34DF",
"Citadis X05", "Sany SY215C", "Wärtsilä 20V32"."""
_OF_THE = r"(?:de[ \u00a0]la[ \u00a0]|de[ \u00a0]l['’]|des[ \u00a0]|du[ \u00a0])"
_OF_THE_FR = rf"(?:{_OF_THE}|de[ \u00a0]|d['’])"
_STREET_BEFORE = re.compile(
    rf"(?<![\w\-])(rue|avenue|boulevard|chaussée|allée|impasse)[ \u00a0]{_OF_THE_FR}?$"
)
"""A street's noun, which is part of its name: "rue de Fer", "boulevard Haussmann"."""
_PRIZE_BEFORE = re.compile(
    rf"(?<![\w\-])(prix[ \u00a0]{_OF_THE_FR}?|fête[ \u00a0]{_OF_THE_FR}|loi[ \u00a0])$"
)
"""A prize's, a holiday's or a law's noun, which its name needs: "le prix Odile-Verhaegen", "la
fête de la Victoire", "la loi Nilor-Bellay" (named after its authors, not them)."""
_BRACKET = r"\([A-Z][^()]{0,40}\)"
_BRACKETED_LAW = re.compile(
    rf"(?<![\w\-’'])[A-Z][\w\-]*(?:[ \u00a0](?:[A-Z][\w\-]*|{_BRACKET}))*?"
    rf"(?:[ \u00a0]{_BRACKET})+[ \u00a0](?:Act|Bill|Order|Regulations)"
    r"(?:[ \u00a0](?:1[89]|20)\d\d)?(?![\w\-])"
)
"""A British-style law with bracketed words in its name: "the Housing (Wales) Act 2014",
"the Citizenship (Amendment) Act 2026", "the Second Homes (Local Priority) (Wales) Bill"."""
_LAW_NUMBER = r"(?:(?:n[°º]|N[°º]|No\.?|no\.?)[ \u00a0]?\d+|\d+(?=[/\-.,]\d))(?:[/\-]\w+|[.,]\d+)*"
"""A law's number: after "n°"/"No." any number, else a code ("253/979", "17,283", "11/2019")."""
_LAW = r"(?:" + "|".join(re.escape(w) for w in LAW_WORDS) + r")"
_NUMBERED_LAW = re.compile(
    r"(?<![\w\-’'])(?:(?:Republic|Executive|Presidential|Royal|Legislative|Ministerial|Federal"
    rf"|Organic|Emergency|Supreme|Government)[ \u00a0]{_LAW}[ \u00a0](?:{_LAW_NUMBER}|\d{{3,}})"
    rf"|{_LAW}(?:[ \u00a0](?:organique|présidentiel|ministériel|royal|préfectoral))?"
    rf"[ \u00a0]{_LAW_NUMBER}"
    r"|(?:Act|Law|Decree|Ordinance)[ \u00a0](?!(?:19|20)\d\d\b)\d{3,5})(?![\w/\-]|[.,]\d)"
    r"(?:[ \u00a0]on(?:[ \u00a0](?:[A-Z][\w\-]*|and|of|the))*[ \u00a0][A-Z][\w\-]*)?"
)
"""A law by its number: "Decree 253/979", "Republic Act 11524", "Act 995", "la loi n°
018/PR/2024", with its English subject: "Law No. 1/1970 on Work Safety"."""
_LAW_NUMBER_AFTER = re.compile(r"[ \u00a0](?:" + _LAW_NUMBER + r"|\d{3,})(?![\w/\-])")
_MAKER_BEFORE_CODE = re.compile(
    r"(?<![\w\-])(?:Airbus|Boeing|Embraer|Antonov|Tupolev|Iliouchine|Ilyushin|Sukhoi|Soukhoï"
    r"|Bombardier|Cessna|ATR)[ \u00a0]$"
)
"""An aircraft maker's name right before a model's code, part of the model's name."""
_LETTER_BESIDE_DIGIT = re.compile(r"\d[A-Z]|[A-Z]\d")
_NOT_MAKERS = _set(
    "Terminal Gate Route Block Lot Article Phase Stage Level Zone Hall Room Section Annex Grade "
    "Class Category Series Série Tier Type Version Niveau Salle Porte Bloc Catégorie Classe Page "
    "Those These This That Their Our Your His Her Ces"
)
"""Words before a code that number a part of something, not a product: "Terminal T2"."""
_RATING = re.compile(r"(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3])")
_RATING_WORDS = re.compile(r"(?i:rating|notch|upgrade|downgrade|note|notation)")
_PARTICLE = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ben|bin|ibn)-", re.IGNORECASE)
_PORTFOLIO_ADJECTIVE = (
    r"(?:[ \u00a0](?:étrangères|sociales|écologique|numérique|publiques?|territoriales?|"
    r"européennes|intérieure|extérieur|supérieur|solidaires?|maritimes?|rural|rurales?|"
    r"durable|civile|nationale|urbaine|industriel|artisanal|technique|scientifique|"
    r"professionnelle|culturel))?"
)
_PORTFOLIO_EN = r"(?:the[ \u00a0])?[A-Z][\w\-]+(?:[ \u00a0][A-Z][\w\-]+)*"
_MINISTRY_EN = re.compile(
    rf"\b(?:Ministry|Department|Minister)[ \u00a0](?:of|for)[ \u00a0]{_PORTFOLIO_EN}"
    rf"(?:,[ \u00a0]{_PORTFOLIO_EN})+,?[ \u00a0]and[ \u00a0]{_PORTFOLIO_EN}"
)
"""An English ministry with a list of portfolios: "the Ministry of Trade, Industry and
Fisheries", "the Department for Environment, Food and Rural Affairs"."""
_MINISTRY = re.compile(
    r"\b[Mm]inistère(?:[ \u00a0][a-zà-ÿ]+)?[ \u00a0]"
    + _OF_THE
    + r"[A-ZÀ-Þ][\w\-]+"
    + _PORTFOLIO_ADJECTIVE
    + r"(?:(?:,[ \u00a0]"
    + _OF_THE
    + r"[A-ZÀ-Þ][\w\-]+"
    + _PORTFOLIO_ADJECTIVE
    + r")*[ \u00a0]et[ \u00a0]"
    + _OF_THE
    + r"[A-ZÀ-Þ][\w\-]+"
    + _PORTFOLIO_ADJECTIVE
    + r")?"
)
"""A French ministry by its portfolios: "ministère taïwanais de la Défense", "ministère de
l'Économie et des Finances", "ministère de l'Agriculture, de l'Élevage et de la Pêche" (the
model often keeps only "la Défense", a place)."""
_LEADING_WORD = re.compile(r"([A-Z][a-z]+)[ \u00a0](?=[A-ZÀ-Þ])")
_COMPASS = _set("North South East West Central Upper Lower Greater New Old Saint San Santa Great")
_NOT_NAMES = _set(
    "AI IA GDP PIB CEO PDG IPO VAT TVA LNG GNL SUV CO2 ESG HTML JSON HTTP HTTPS XML CSS API URL "
    "SQL PDF USB CPU GPU RAM SRAM DRAM SSD FPGA GPIO MCU CCTV LED OLED LCD GPS DNS VPN TLD DST "
    "UTC GMT Ph.D. PhD Internet Sages République VR AR XR NFT HDR PC PII"
)
"""Acronyms of common nouns, which the models often take for bodies ("bets on AI", "the HTML
file"), and capitalised common nouns ("l'accès à Internet", "les Sages", "le procureur de la
République", the state, not a name)."""
_ROMAN_ORDINAL = re.compile(r"[IVXLC]+(?:e|er|ème)")
"""A Roman ordinal alone, a century's ("le XVIIe siècle"): a king's ("François Ier") comes
with his name."""
_GIVEN_NAME_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Chinese or Korean given name, written after the family name: "Ching-te", "Jae-myung"."""
_GROUP = re.compile(r"G\d{1,2}\b|G\d{1,2}\+")
_ORG_SUFFIX = "|".join(re.escape(s) for s in sorted(ORG_SUFFIXES, key=len, reverse=True))
"""A company's last word ("Partners", "Ltd."), longest first."""
_NUMBERED_COMPANY = re.compile(
    r"(?<![\w.,])\d{1,4}(?:[ \u00a0][A-Z][a-z]+)?[ \u00a0]"
    rf"(?:{_ORG_SUFFIX})(?![\w-])"
    r"(?![ \u00a0][A-Z])"  # not a headline's capitalised words: "10 Group Leaders Resign"
)
"""A company named with a number and a company word: "777 Partners", "21 Capital Group"."""
_CODE_MODEL = re.compile(r"(?<![\w\-])([A-Z]{2,5})[ \u00a0]\d{2,3}-\d{3}(?![\w\-%]|[.,]\d)")
"""A maker's letters, a model number and its variant: "ATR 42-600" (not "HTTP 500" or
"LIMIT 20", with no variant); not a listed body's or a union's letters."""
_UNIONS = _set("EU UE")
_NAME_NUMBER = re.compile(
    r"(?<![\w\-’'])([A-Z][a-z]{2,})-(?!(?:19|20)\d\d(?![A-Za-z]))\d{1,4}[A-Za-z]?(?![\w\-])"
)
"""A word and a number: the name of a rocket, drone or satellite ("Vikram-1", "Falcon-9")."""
_CAPITAL_BEFORE = re.compile(r"([A-Z][\w\-’']*)[ \u00a0]$")
_OPENERS = _set("The A An Its Le La Les Un Une Son Sa Ses Ce Cette")
"""Capitalised words that open a sentence before a name without being part of it."""
_LEGAL_FORM = "|".join(re.escape(s) for s in sorted(LEGAL_FORMS, key=len, reverse=True))
_SUFFIX_AFTER = re.compile(
    r"[ \u00a0](?:\(Pty\)[ \u00a0])?"
    rf"(?:{_ORG_SUFFIX}|(?:[A-ZÀ-Þ][\w\-&]*[ \u00a0]){{1,2}}(?:{_LEGAL_FORM}))(?![\w-])"
    r"(?![ \u00a0][A-Z])"
)
"""A company's or a club's last words the model left out: "Castlebay" + "United", "Alioune
Gaye" + "BTP SARL", "Sassandra Cacao" + "Export SA" (words up to a legal form)."""
_ROAD = re.compile(
    r"\b(?:(?:(?:State|National|Provincial|Trunk|US|U\.S\.)[ \u00a0])?(?:Highway|Route)"
    r"|(?:National|Provincial|Trunk)[ \u00a0]Road)[ \u00a0]\d{1,4}[A-Z]?"
    r"(?![\w\-/]|[.,]\d|[ \u00a0](?:km|miles?|kilom))"
    r"|\bInterstate[ \u00a0]\d{1,3}\b"
    r"|\broute[ \u00a0](?:nationale|départementale|provinciale)(?:[ \u00a0][\w\-]+)?[ \u00a0]"
    r"\d{1,4}\b(?![,.]\d)"
)
"""A road by its number, whose number is no figure: "State Highway 35", "Route 66", "la
route nationale inter-États 2"."""
_ROAD_WORD = re.compile(r"Highway|Route|Road|Interstate|route")
_LAW_NOUN = re.compile(r"loi|règlement|directive|ordonnance")
"""Words without which `_ROAD` and `_LOWERCASE_LAW` cannot match: a quick test per block."""
_STORM_BEFORE = re.compile(
    r"\b(?:(?:Super[ \u00a0])?Typhoon|Cyclone|Hurricane|(?:Tropical[ \u00a0])?Storm"
    r"|cyclone|ouragan|typhon|tempête(?:[ \u00a0]tropicale)?)[ \u00a0]$"
)
"""A storm's word before its name: part of it in English ("Cyclone Gabrielle", as the
weather services write it), a common noun in French ("le cyclone Freddy")."""
_LEGAL_FORM_BEFORE = re.compile(r"\b(?:PT|JSC|PJSC|OJSC|OAO|ZAO|OOO|TOO)[ \u00a0]$")
"""Legal forms written before a company's name: Indonesian "PT", Russian and Central Asian
"JSC", "OOO", "TOO"."""
_DATED_LAW = re.compile(
    rf"[ \u00a0](?:{'|'.join(sorted(DATED_LAWS))})[ \u00a0](?:of[ \u00a0])?(?:1[89]|20)\d\d$"
)
"""A law's name ending on its year: "the Investment Company Act of 1940"."""
_YEAR_AFTER = re.compile(r"[ \u00a0](?:of[ \u00a0])?(?:1[89]|20)\d\d(?![\w\-])")
_FACILITY_RUN = re.compile(
    r"(?:[ \u00a0][A-ZÀ-Þ][\w\-’']*){0,3}[ \u00a0]"
    rf"(?:{'|'.join(sorted(FACILITY_SUFFIXES))})(?![\w\-])"
)
"""Capitalised words up to a facility's last word the model left out: "Zahur" + "Ahmed
Chowdhury Stadium", a ground named after a person."""
_WORD = re.compile(r"[^\W\d_][\w\-’']*")
_ELIDED = re.compile(r"^(?:l|d|qu|s|n|j|m|c|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


_ROMAN_AFTER = re.compile(r"-(?:I{1,3}|IV|V|VI)(?![\w\-])")
_UNIT_FIRST = re.compile(r"(?:[kMGT]Wh?|kV|km|MWe|GWe)[ \u00a0]")
"""A unit the model ran into the name after it: "1,200 MW" + "Punatsangchhu-I"."""


_RANK_AFTER_NAME = re.compile(r"[ \u00a0](\d{1,2})$")


def _run_on(text: str, start: int, end: int) -> int:
    """Where a name ends once the words the model left out after it are back."""
    last = text[start:end].rsplit(None, 1)[-1]
    if suffix := _SUFFIX_AFTER.match(text, end):
        return suffix.end()  # "Castlebay" + "United": the club's or company's whole name
    if roman := _ROMAN_AFTER.match(text, end):
        return roman.end()  # "Punatsangchhu" + "-I": the first of two plants of one name
    if facility := _FACILITY_RUN.match(text, end):
        return facility.end()  # "Zahur" + "Ahmed Chowdhury Stadium"
    if last in DATED_LAWS and (year := _YEAR_AFTER.match(text, end)):
        return year.end()  # "the Sanctions Act" + "1977", "Act" + "of 1940": its year is in it
    if last in LAW_WORDS and (number := _LAW_NUMBER_AFTER.match(text, end)):
        return number.end()  # "Republic Act" + "11524": a law's number is in its name
    if last in _POSSESSIVE_IN_NAMES and (run := _POSSESSIVE_RUN.match(text, end)):
        return run.end()  # "Copperbelt Children" + "'s Lung Study": one study's name
    if _PARTICLE_LAST.search(text, start, end) and (tail := _FOREIGN_TAIL.match(text, end + 1)):
        return tail.end()  # "Pesquerías Atlánticas del" + "Sur SL": cut at its particle
    return end


@dataclass(frozen=True, slots=True)
class _Mention:
    block: int
    start: int
    end: int
    kind: str
    text: str
    weight: float


def resolve_entities(
    texts: Sequence[str], candidates: Iterable[Candidate], language: str | None
) -> list[tuple[int, Mark]]:
    """Turn the model's candidate names over a whole article into final entity marks.

    Args:
        texts: the article's blocks' texts, in order.
        candidates: names proposed by the model (and rules) in those blocks.
        language: the article's language, for function words; `None` for unknown.

    Returns:
        `(block index, Mark)` pairs, sorted, non-overlapping, each inside its block, with the
        canonical name as `value`.
    """
    lowercase_words = _lowercase_forms(texts)
    stop_words = _stop_words(language)
    not_names = _NOT_NAMES | common_noun_acronyms(texts)

    def mention(cand: Candidate) -> _Mention | None:
        if not 0 <= cand.block < len(texts):
            return None
        text = texts[cand.block]
        if not 0 <= cand.start < cand.end <= len(text):
            return None
        if cand.source == "verbatim":
            name = text[cand.start : cand.end]  # "le décret n° 2025-412": whole, lowercase too
            return _Mention(cand.block, cand.start, cand.end, cand.kind, name, CUE_WEIGHT + 1.0)
        bounds = refine_span(text, cand.start, cand.end, cand.kind, language)
        if bounds is None:
            return None
        start, end = bounds
        if text[start - 1 : start].isdigit():
            return None  # "4K TV": the model's span began inside "4K"
        if rank := _RANK_AFTER_NAME.search(text, start, end):
            from reader.core.analysis.numbers import list_ranks  # rare: imported when needed

            if rank.start(1) in list_ranks(text):
                end = rank.start()  # "1. Finland 2. Norway": "Finland", then the next rank
        if language == "fr":
            start = _people_noun_end(text, start, end, cand.kind) or start
        if text[end : end + 2] in ("'s", "’s") and (
            keeps_possessive(text[start : end + 2]) or _SAINT_OF.fullmatch(text, start, end)
        ):
            end += 2  # "Moody's", "St Julian's": a name the model cut before its "'s"
        end = with_legal_period(text, start, _run_on(text, start, end))
        if cand.source == "model" and cand.kind == "person" and " " in text[start:end]:
            before = _first_name_before(text, start, end, lowercase_words, stop_words)
            start = start if before is None else before
            given = _GIVEN_BEFORE.search(text, max(0, start - 20), start)
            if (
                before is None
                and given
                and given_name(given.group(1))
                and not given_name(text[start:end].split()[0])
            ):
                start = given.start(1)  # "Justice Doreen" + "Azzopardi Cassar"
        noun_kind = None
        if language == "fr" and (
            noun := _STREET_BEFORE.search(text, max(0, start - 20), start)
            or _PRIZE_BEFORE.search(text, max(0, start - 20), start)
        ):
            noun_kind = "place" if noun.re is _STREET_BEFORE else "misc"
            start = noun.start(1)
        if storm := _STORM_BEFORE.search(text, max(0, start - 20), start):
            start = storm.start() if storm.group()[0].isupper() else start
            noun_kind = "misc"  # "Cyclone" + "Mela", "le cyclone Freddy": a storm, an event
        if prefix := _LEGAL_FORM_BEFORE.search(text, max(0, start - 6), start):
            start = prefix.start()  # "PT" + "Sulawesi Jinlong Nickel Industry"
            noun_kind = "org"
        if (unit := _UNIT_FIRST.match(text, start, end)) and text[start - 2 : start - 1].isdigit():
            start = unit.end()  # "1,200 MW Punatsangchhu-I": the plant, not its power
        name = text[start:end]
        if name in not_names or _ROMAN_ORDINAL.fullmatch(name):
            return None  # "bets on AI", "des dispositifs de concentration de poissons (DCP)"
        if (lead := _LEADING_WORD.match(name)) and is_sentence_start(text, start):
            rest = name[lead.end() :]
            if known_kind(rest) and not known_kind(name) and lead.group(1) not in _COMPASS:
                start += lead.end()  # "Benchmark Brent crude fell": the name is Brent
                name = rest
        if _is_common_word(name, lowercase_words, stop_words, language) and (
            spelled_out_end(text, start, end, language) is None
        ):
            return None  # but "Fonds" + "d'indemnisation des victimes (FIVC)" is a body
        if language == "fr" and _opening_word_no_name(text, start, end):
            return None
        person = person_span(text, start, lowercase_words, tagged=cand.kind)
        if person and person[1] > end and " " not in name:
            end = person[1]  # "Michel" + "Dupont": a first name the model cut from its surname
            name = text[start:end]
        given = person is not None and person[1] == end
        kind, weight = _fix_kind(text, start, name, cand.kind, language, given)
        if noun_kind:
            kind, weight = noun_kind, CUE_WEIGHT
        if cand.source == "rule":
            weight = max(weight, CUE_WEIGHT) + 1.0  # "tribunal de première instance de Beyrouth"
        elif cand.source != "model":
            weight += 1.0
        code = name.split(" ", 1)[0]
        if (
            kind == "misc"
            and code in _COUNTRY_CODES
            and " " in name
            and _DETERMINER_END.search(text, max(0, start - 5), start)
        ):
            start += len(code) + 1  # "the US Entity List": a country's thing, not its name
            name = text[start:end]
        return _Mention(cand.block, start, end, kind, name, weight)

    if language == "en":
        candidates = _split_owners(texts, _split_at_verbs(texts, candidates))
    candidates = _split_before_bodies(texts, _split_compounds(texts, candidates))
    proposed = [*_split_pairs(texts, _split_lists(texts, candidates)), *_product_codes(texts)]
    mentions = [m for c in proposed if (m := mention(c))]
    mentions += [
        m
        for block, start, end, kind in cued_names(texts, _spans_by_block(mentions), language)
        if (m := mention(Candidate(block, start, end, kind, "cue")))
    ]
    mentions += [
        m
        for block, start, end, kind in _known_names(texts, _spans_by_block(mentions))
        if (m := mention(Candidate(block, start, end, kind, "lexicon")))
    ]
    if language == "fr":  # "le Canada et la France": the model can miss the second
        taken = _spans_by_block(mentions)
        mentions += [
            m
            for block, text in enumerate(texts)
            for start, end in countries_named(text)
            if not any(start < e and s < end for s, e in taken.get(block, ()))
            if (m := mention(Candidate(block, start, end, "place", "lexicon")))
        ]
    mentions += [
        m
        for block, start, end in _given_name_people(
            texts, _spans_by_block(mentions), lowercase_words
        )
        if (m := mention(Candidate(block, start, end, "person", "given name")))
    ]
    mentions = _with_listed_fields(texts, _joined_long_names(texts, _without_overlaps(mentions)))
    mentions = _joined_and_names(texts, _joined_countries(texts, mentions))
    mentions = _companies_by_country(texts, mentions)
    if language == "fr":
        mentions = _institutions_by_country(texts, mentions)
    mentions = _family_firms(texts, mentions)
    mentions = _whole_company_names(texts, mentions, lowercase_words, stop_words)
    mentions = _joined_foreign_bodies(texts, mentions, language)
    mentions = _joined_place_names(texts, mentions, language)
    mentions = _completed_from_longer_names(texts, mentions)
    if language == "en":
        mentions = _university_campuses(texts, mentions)
    if language == "fr":
        mentions = _joined_after_one_body(texts, _joined_purpose(texts, mentions, stop_words))
        mentions = _joined_seats(texts, mentions, stop_words)
    mentions = _spelled_out_names(texts, mentions, language)
    if language == "fr":
        mentions = [_with_coordinated_tail(texts[m.block], m) for m in mentions]
    mentions = _joined_particle_names(
        texts, _without_demonyms(_without_people_nouns(texts, mentions))
    )
    mentions = _with_unmarked_second_surnames(texts, mentions, lowercase_words)
    links = []
    for alias in defined_aliases(texts, [(m.block, m.start, m.end) for m in mentions]):
        source = next(m for m in mentions if (m.block, m.start, m.end) == alias.source)
        text = texts[alias.block][alias.start : alias.end]
        if text.lower() in stop_words or text in not_names:
            continue
        if (
            source.kind == "person"
            and texts[alias.block][alias.start - 1] == "("
            and not _persons_initials(text, source.text)
        ) or (
            source.kind == "place"
            and source.text.isupper()
            and texts[alias.block][alias.start - 1] == "("
        ):
            # "Marine Le Pen (RN)", "Jane Doe (SNP)": an acronym in brackets after a
            # person, not theirs ("Richard Stallman (RMS)"), is their party or body; after
            # a dateline ("MOSCOW (AP)"), the agency.
            if text.isupper():
                span = (alias.block, alias.start, alias.end)
                mentions = [m for m in mentions if (m.block, m.start, m.end) != span]
                mentions.append(_Mention(*span, "org", text, CUE_WEIGHT))
            continue
        mentions.append(_Mention(alias.block, alias.start, alias.end, source.kind, text, 1.0))
        links.append((text, source.text))
    for short, source in _bracketed_short_names(texts, mentions):
        if (short.text, source.text) in links:
            continue
        span = (short.block, short.start, short.end)
        mentions = [m for m in mentions if (m.block, m.start, m.end) != span]
        mentions.append(short)
        links.append((short.text, source.text))
    mentions = _towns_beside_places(texts, _affiliations(texts, _without_overlaps(mentions)))
    mentions = _surnames_with_particles(texts, mentions, mentions)
    canonical = _canonical_names(mentions)
    kinds = _vote_kinds(mentions, canonical)
    for alias_text, source_text in links:
        if alias_text in canonical and source_text in canonical:
            kinds[canonical[alias_text]] = kinds[canonical[source_text]]
    for name, kind in list(kinds.items()):
        if kind == "place" and name.endswith(" River") and canonical.get(name[:-6]) == name[:-6]:
            kinds[name[:-6]] = "place"  # "the Ankobra River" found: "the Ankobra" is the river
    if language == "en":  # the small English model calls most unknown words people
        aliases = {alias for alias, _ in links}
        _lone_words_not_people(texts, mentions, canonical, kinds, aliases)
    for surname, full in _surnames(kinds, lowercase_words, stop_words).items():
        canonical.setdefault(surname, full)
    for short, full in _company_short_names(kinds, lowercase_words, stop_words).items():
        if canonical.get(short, short) == short and kinds.get(short) != "place":
            canonical[short] = full  # the model took it for a person or a thing: it gives way
    for name in list(canonical):
        if (particle := _PARTICLE_FIRST.match(name)) and name[particle.end() :][:1].isupper():
            # "De Miranda" found: "Miranda" after "de" elsewhere is the same man
            canonical.setdefault(name[particle.end() :], canonical[name])
    added = _propagate(texts, mentions, canonical, kinds, stop_words)
    for before, m in zip(added, _surnames_with_particles(texts, added, mentions), strict=True):
        canonical.setdefault(m.text, canonical[before.text])  # "de Valmont" is "Valmont"
        mentions.append(m)
    marks = [
        (m.block, Mark(m.start, m.end, kinds[canonical[m.text]], _value(canonical[m.text])))
        for m in _without_overlaps(mentions)
        if not _country_adjective(texts[m.block], m.start, m.end)
    ]
    return sorted(marks, key=lambda pair: (pair[0], pair[1].start))


_SP = "[ \u00a0]"
_MISSION_PLACE = re.compile(_SP + r"(?:in|en|au|aux)" + _SP + r"(?=[A-ZÀ-Þ])")
_AND_OF = re.compile(
    _SP + r"et" + _SP + r"(?:du|des|de" + _SP + r"la|de" + _SP + r"l['’])" + _SP + r"?(?=[A-ZÀ-Þ])"
)
_OF_NAME_END = re.compile(
    r"(?:\bdu|\bdes|\bde" + _SP + r"la|\bde" + _SP + r"l['’])" + _SP + r"?\S+$"
)
_MISSION_WORDS = _set("Mission Force")
_AND_CAPITAL = re.compile(_SP + r"and" + _SP + r"(?=[A-Z])")
_UNIT_OF_NAME = re.compile(
    r"(?:Center|Centre|Institute|Office|Department|School|Commission|Committee|Council|Bureau"
    r"|Division|Program|Programme|Laboratory|Foundation|Society)"
    + _SP
    + r"(?:[A-Z][\w\-]*"
    + _SP
    + r")*(?:of|on|for)"
    + _SP
    + r"(?:the"
    + _SP
    + r")?[A-Z][\w\-]*$"
)
"""A unit's or body's name ending "of X", which "and Y" may continue: "Center on Poverty"."""
_BODIES = re.compile(r"\b(?:United Nations|UN|ONU|Nations unies|Union|NATO|Otan|OTAN|EU|UE)\b")
_RUN = re.compile(
    r"[A-ZÀ-Þ][\w\-’']*(?:" + _SP + r"(?:(?:du|de|des|of|the)" + _SP + r")?[A-ZÀ-Þ][\w\-’']*)*"
)


_FIELDS_BEFORE = re.compile(
    r"(?<![\w\-])[A-Z][a-z]+(?:,[ \u00a0][A-Z][a-z]+)+,?[ \u00a0](?:and|&)[ \u00a0]\Z"
)
_FIELDS_AFTER = re.compile(
    r"(?:,[ \u00a0][A-Z][a-z]+)+,?[ \u00a0](?:and|&)[ \u00a0][A-Z][a-z]+(?![\w\-])"
)


_CAMPUS_LINK = re.compile(r",[ \u00a0]|[ \u00a0]at[ \u00a0]")
_CAMPUS_END = re.compile(r"[,.;:)]|[ \u00a0](?:said|found|has|have|is|are|was|were)\b|$")


def _university_campuses(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A university and the town of its campus, one name: "University of California, San
    Francisco", "University of Texas at Austin"."""
    by_start = {(m.block, m.start): m for m in mentions}
    dropped: set[_Mention] = set()
    out = []
    for m in mentions:
        if m in dropped:
            continue
        text = texts[m.block]
        link = _CAMPUS_LINK.match(text, m.end) if m.text.startswith("University of ") else None
        town = by_start.get((m.block, link.end())) if link else None
        if (
            town is not None
            and town.kind == "place"
            and ("at" in link.group() or _CAMPUS_END.match(text, town.end))
        ):  # after a comma, the town ends the name: "Oxford, Cambridge and Harvard" do not
            dropped.add(town)
            m = _Mention(m.block, m.start, town.end, "org", text[m.start : town.end], m.weight)
        out.append(m)
    return [m for m in out if m not in dropped]


def _with_listed_fields(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A body named after the fields it covers, listed with commas: "American Academy of
    Allergy" + ", Asthma and Immunology", "Ministry of Agriculture, Fisheries and Forestry",
    "Media, Entertainment and" + "Arts Alliance"."""
    out = []
    for m in mentions:
        words = m.text.split()
        text = texts[m.block]
        tail = _FIELDS_AFTER.match(text, m.end)
        head = _FIELDS_BEFORE.search(text, max(0, m.start - 80), m.start)
        if (
            tail
            and m.kind == "org"
            and len(words) >= 3
            and words[-2] in ("of", "for")
            and not any(_listed_or_geographic(w) for w in re.findall(r"[A-Z][a-z]+", tail[0]))
        ):  # not "the University of Oxford, Cambridge and Harvard"
            end = tail.end()
            m = _Mention(m.block, m.start, end, m.kind, text[m.start : end], m.weight + 1)
        elif (
            head
            and m.kind == "org"
            and words[-1] in _ORG_LAST
            and not any(o.block == m.block and head.start() <= o.start < m.start for o in mentions)
            and not any(
                is_country(w, even_a_first_name=True) for w in re.findall(r"[A-Z][a-z]+", head[0])
            )
        ):  # the listed words are no names of their own
            # "the Media, Entertainment and" + "Arts Alliance"
            start = head.start()
            m = _Mention(m.block, start, m.end, m.kind, text[start : m.end], m.weight + 1)
        out.append(m)
    return _without_overlaps(out)


def _joined_long_names(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """Long names the model cut in two, made whole again, the second part no longer a place.

    "United Nations Interim Force" + "in Lebanon", "Mission de l'Organisation des Nations
    unies pour la stabilisation" + "en République démocratique du Congo": a mission or force
    of an international body runs on over the country it serves. "Institut géologique du
    Danemark" + "et du Groenland": a French name ending "du X" goes on over "et du Y"; an
    English unit's, "Center on Poverty" + "and Inequality", over "and Y".
    """
    by_start = {(m.block, m.start): m for m in mentions}
    dropped: set[_Mention] = set()
    joined = []
    for m in mentions:
        if m in dropped or m.kind not in ("org", "misc"):
            joined.append(m)
            continue
        text = texts[m.block]
        words = m.text.split()
        mission = (words[0] in _MISSION_WORDS or words[-1] in _MISSION_WORDS) and (
            _BODIES.search(m.text) or len(words) >= 3
        )
        link = (
            (_MISSION_PLACE.match(text, m.end) if mission else None)
            or (_AND_OF.match(text, m.end) if _OF_NAME_END.search(m.text) else None)
            or (_AND_CAPITAL.match(text, m.end) if _UNIT_OF_NAME.match(m.text) else None)
        )
        if link is None:
            joined.append(m)
            continue
        following = by_start.get((m.block, link.end()))
        if following is not None and following.kind in ("place", "org"):
            end = following.end
            dropped.add(following)
        else:
            run = _RUN.match(text, link.end())
            end = run.end() if run else m.end
        if end == m.end:
            joined.append(m)
            continue
        weight = max(m.weight, CUE_WEIGHT)
        joined.append(_Mention(m.block, m.start, end, "org", text[m.start : end], weight))
    return [m for m in joined if m not in dropped]


_PURPOSE = re.compile(
    r"((?:[ \u00a0][a-zà-ÿ][a-zà-ÿ\-]*){0,2}?)"
    r"[ \u00a0]pour[ \u00a0](?:la[ \u00a0]|le[ \u00a0]|les[ \u00a0]|l['’])"
)
"""Up to two adjectives, then "pour" and an article: "Fonds koweïtien pour le développement"."""
_OF_LOWERCASE = re.compile(
    r"[ \u00a0](?:des|du|de[ \u00a0]la|de[ \u00a0]l['’]|de|d['’])[ \u00a0]?(?=[a-zà-ÿ])"
)
"""What follows a lone body's noun whose name goes on in lowercase: "Chambre" + "des
ressources et de l'énergie" (no body is named "Chambre" alone)."""
_PURPOSE_WORD = re.compile(r"[ \u00a0]?(d['’]|l['’]|[a-zà-ÿ][\w\-]*)")
_PURPOSE_LINKS = _set("de du des la le les l' l’ d' d’ et en aux au")


def _joined_purpose(
    texts: Sequence[str], mentions: list[_Mention], stop_words: frozenset[str]
) -> list[_Mention]:
    """A French body named for its purpose, whole: "Office central" + "pour la répression de
    la corruption", "Fonds" + "pour le transport en commun"; lowercase words up to the verb."""
    joined = []
    for m in mentions:
        link = _PURPOSE.match(texts[m.block], m.end)
        if link and any(w in stop_words for w in link.group(1).split()):
            link = None  # "Fonds a payé pour les": a verb, no adjective
        if link is None and " " not in m.text:
            link = _OF_LOWERCASE.match(texts[m.block], m.end)  # "Chambre" + "des députés"
        if m.kind != "org" or m.text.split()[0] not in _ORG_FIRST or link is None:
            joined.append(m)
            continue
        text, position, end = texts[m.block], link.end(), None
        for _ in range(8):
            word = _PURPOSE_WORD.match(text, position)
            if (
                word is None
                or word.group(1) not in _PURPOSE_LINKS
                and (word.group(1) in stop_words)
            ):
                break
            position = word.end()
            if word.group(1) not in _PURPOSE_LINKS:
                end = position
        if end is None:
            joined.append(m)
            continue
        weight = max(m.weight, CUE_WEIGHT)
        joined.append(_Mention(m.block, m.start, end, "org", text[m.start : end], weight))
    return joined


_SEAT_AFTER = re.compile(
    r"[ \u00a0](?:de[ \u00a0]|d['’])([A-ZÀ-Þ][\w\-’']*(?:[ \u00a0\-][A-ZÀ-Þ][\w\-’']*)*)"
)


_EVENTS = _set("Fête Festival Foire Salon Carnaval Semaine Journées Nuit Rencontres")
"""French events named in lowercase words and held in a town: "Fête du fromage de Laruns"."""


def _joined_seats(
    texts: Sequence[str], mentions: list[_Mention], stop_words: frozenset[str]
) -> list[_Mention]:
    """A French body or event named in lowercase words keeps the town it is of: "Ordre des
    ingénieurs et architectes" + "de Beyrouth", "Fête du fromage" + "de Laruns"."""
    dropped: set[tuple[int, int, int]] = set()
    out = []
    for m in mentions:
        words = m.text.split()
        text = texts[m.block]
        seat = _SEAT_AFTER.match(text, m.end)
        if (
            (m.kind == "org" and words[0] in _ORG_FIRST or m.kind == "misc" and words[0] in _EVENTS)
            and len(words) > 1
            and words[-1].islower()
            and words[-1] not in stop_words
            and seat
            and _is_place_name(seat.group(1))
        ):
            dropped |= _spans_within(mentions, m.block, m.end, seat.end())
            name = text[m.start : seat.end()]
            m = _Mention(m.block, m.start, seat.end(), m.kind, name, max(m.weight, CUE_WEIGHT))
        out.append(m)
    return [m for m in out if (m.block, m.start, m.end) not in dropped]


_THE_WORDS_AND = re.compile(
    r"(?:\b[Tt]he"
    + _SP
    + r"|^|[.!?:]"
    + _SP
    + r")((?:[A-Z][\w\-]*"
    + _SP
    + r"){1,2})and"
    + _SP
    + r"$"
)
_AND_WORDS = re.compile(
    rf"{_SP}(?:and|e|y){_SP}([A-ZÀ-Þ][\w\-]*(?:{_SP}[A-ZÀ-Þ][\w\-]*){{0,2}})"
    rf"(?![\w\-]|{_SP}[A-ZÀ-Þ])"
)
"""Capitalised words after "and" (Spanish "y", "e") and no more: the rest of a ministry's
name."""
_OF_WORD = re.compile(rf"{_SP}(?:of|for|de|del|d['’])(?:{_SP}|$)|{_SP}d['’]")
_CENTRE_FOR = re.compile(rf"Cent(?:re|er){_SP}for{_SP}")
"""A research body, not a venue ("Centre de foires"): "the Centre for Volcanology and ..."."""
_ORG_WORDS = re.compile(
    r"\b(?:Society|Association|Organi[sz]ation|Foundation|Company|Corporation|Group|Bank|Fund"
    r"|Agency|Council|Union|Committee)\b"
)
"""Words that make the capitalised words after "and" a body of their own."""


_AND_COUNTRY_TAIL = re.compile(
    r"[ \u00a0]and[ \u00a0](?:the[ \u00a0])?[A-Z][\w\-]*(?:[ \u00a0][A-Z][\w\-]*)*"
)


def _joined_countries(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A country named with "and" is one place: "Saint Vincent and the Grenadines", "Trinidad
    and Tobago", which the model splits in two or cuts short."""
    grown = []
    for m in mentions:
        tail = _AND_COUNTRY_TAIL.match(texts[m.block], m.end)
        if tail is not None and is_country(name := texts[m.block][m.start : tail.end()]):
            grown.append(_Mention(m.block, m.start, tail.end(), "place", name, max(m.weight, 2.0)))
    if not grown:
        return mentions
    taken = set().union(*(_spans_within(mentions, g.block, g.start, g.end) for g in grown))
    return [m for m in mentions if (m.block, m.start, m.end) not in taken] + grown


_INSTITUTIONS = _set(
    "Bourse Banque Armée Marine Police Garde Gendarmerie Cour Assemblée Agence Église Poste "
    "Douane Douanes Chambre Caisse Académie Fédération Bibliothèque Croix-Rouge Croissant-Rouge"
)
"""French institutions a country's adjective names: "la Bourse australienne", "l'Armée
malienne", "la Croix-Rouge canadienne"; and bodies whose name goes on in lowercase words,
"le Groupe chimique tunisien"."""
_ADJECTIVE_AFTER = re.compile(rf"{_SP}([a-zà-ÿ]+)\b(?![\-’'])")


def _institutions_by_country(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A French institution named by its country's adjective is one body: the model marks
    "Bourse" alone, as a place, in "cotée à la Bourse australienne"."""
    out = []
    for m in mentions:
        after = _ADJECTIVE_AFTER.match(texts[m.block], m.end)
        words = m.text.split()
        if (
            (m.text in _INSTITUTIONS or words[0] in _ORG_FIRST and _lowercase_tail(words))
            and after
            and (demonym(adjective := after.group(1)) or adjective in REGION_ADJECTIVES)
        ):
            end = after.end(1)
            weight = max(m.weight, CUE_WEIGHT)
            m = _Mention(m.block, m.start, end, "org", texts[m.block][m.start : end], weight)
        out.append(m)
    return out


def _lowercase_tail(words: list[str]) -> bool:
    """Whether a body's name goes on in lowercase words only: "Groupe chimique"."""
    return len(words) > 1 and all(word.islower() for word in words[1:])


def _companies_by_country(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A company's name ending on a country is one name, its local arm's: "Angkasa Pura
    Indonesia", "Orange Côte d'Ivoire", which the model splits into a body and a place."""
    following = {(m.block, m.start): m for m in mentions}
    dropped, out = set(), []
    for m in mentions:
        place = following.get((m.block, m.end + 1))
        if (
            m.kind == "org"
            and place is not None
            and texts[m.block][m.end] == " "
            and place.kind == "place"
            and is_country(place.text)
            and not is_country(m.text)
            and not m.text.isupper()
        ):
            end = place.end
            m = _Mention(m.block, m.start, end, "org", texts[m.block][m.start : end], m.weight)
            dropped.add(place)
        out.append(m)
    return [m for m in out if m not in dropped]


def _joined_and_names(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A body's name that starts on capitalised words joined by "and", which the model left out.

    "The Transport and Maritime Workers' Union": the model marks "Maritime Workers' Union";
    after "the", capitalised words and "and" before a body's name belong to it, unless they
    are a name of their own ("the Treasury and Federal Reserve Board").
    """
    taken = _spans_by_block(mentions)
    joined, grown = [], []
    for m in mentions:
        text = texts[m.block]
        last = m.text.split()[-1]
        match = _THE_WORDS_AND.search(text, max(0, m.start - 60), m.start)
        if (
            m.kind == "org"
            and (last in _ORG_LAST or last in ORG_SUFFIXES)
            and match
            and not any(s < m.start and match.start(1) < e for s, e in taken[m.block])
        ):
            start = match.start(1)
            m = _Mention(m.block, start, m.end, m.kind, text[start : m.end], m.weight)
        after = _AND_WORDS.match(text, m.end)
        if (
            m.kind == "org"
            and (m.text.split()[0] in _ORG_FIRST or _CENTRE_FOR.match(m.text))
            and _OF_WORD.search(m.text)
            and after
            and not _listed_or_geographic(rest := after.group(1))
            and not rest.isupper()
            and rest.split()[-1] not in LEGAL_FORMS  # "and Acme Shipping Ltd"
            and not any(
                other.block == m.block
                and (
                    other.kind == "person" or other.kind == "org" and _ORG_WORDS.search(other.text)
                )
                and after.start(1) <= other.start < after.end(1)
                for other in mentions
            )
        ):
            # "the Ministry of Fisheries and Marine Resources", "Dirección de Meteorología e
            # Hidrología"; not "the Ministry of Health and UNICEF" or "and the Red Cross
            # Society"
            weight = max(m.weight, CUE_WEIGHT)
            m = _Mention(m.block, m.start, after.end(), m.kind, text[m.start : after.end()], weight)
            grown.append(m)
        joined.append(m)
    return [
        m
        for m in joined
        if not any(g.block == m.block and g.start < m.start and m.end <= g.end for g in grown)
    ]


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([^\s(]+)[ \u00a0]\Z")
_LINK_WORDS = _set("de du des of & da das do dos del della di van von der den e y")
_ELIDED_ARTICLE = re.compile(r"(?:[LlDd]|[Qq]u)['’]")
_WORDS_TO_LEGAL_FORM = re.compile(
    r"(?:[ \u00a0][A-ZÀ-Þ][\w\-’'&]*){1,2}[ \u00a0]([A-Z][\w./]*)(?![\w\-])"
)
"""Up to two capitalised words and a legal form after a body's name, all one name."""
_GLUED_LOWER = re.compile(r"-[a-z]")
_CAPITALISED_WORD = re.compile(r"[A-ZÀ-Þ][\w’'&]*(?:-[A-ZÀ-Þ][\w’']*)*")


def _whole_company_names(
    texts: Sequence[str],
    mentions: list[_Mention],
    lowercase: set[str],
    stop_words: frozenset[str],
) -> list[_Mention]:
    """A company's name ending on its legal form takes in the capitalised words the model cut
    from its front: "Airports" + "Fiji Limited", "Kaolins" + "de Beauvoir SAS", "Rota" + "das
    Ondas SA". Up to three words, joined by nothing or by "de", "of", "&" or a particle of
    another language ("das", "van der"); never a function word, a title, a word
    glued to a lowercase one ("Toronto-based"), nor, at a sentence's start, a word the article
    writes lowercase elsewhere or one before "of" ("Shares of Acme Inc."), nor a noun after
    an elided article ("L'usine Arsenault Ltée")."""
    dropped: set[tuple[int, int, int]] = set()
    out = []
    for m in mentions:
        words = m.text.split()
        if m.kind == "org" and words[-1] not in LEGAL_FORMS:
            tail = _WORDS_TO_LEGAL_FORM.match(texts[m.block], m.end)
            if tail and tail.group(1) in LEGAL_FORMS:  # "Grupo" + "Lusomar SGPS"
                dropped |= _spans_within(mentions, m.block, m.end, tail.end())
                m = _Mention(
                    m.block,
                    m.start,
                    tail.end(),
                    "org",
                    texts[m.block][m.start : tail.end()],
                    max(m.weight, CUE_WEIGHT),
                )
                words = m.text.split()
        if m.kind != "org" or len(words) < 2 or words[-1] not in LEGAL_FORMS:
            out.append(m)
            continue
        text = texts[m.block]
        position, start, taken, linked = m.start, m.start, 0, 0
        while taken < 3 and (found := _WORD_BEFORE.search(text, max(0, position - 40), position)):
            token, position = found.group(1), found.start(1)
            if token in _LINK_WORDS and linked < 2:
                linked += 1
                continue
            if (
                not token[0].isupper()
                or _ELIDED_ARTICLE.match(token)
                or token.lower() in stop_words
                or token.lower() in TITLES
                or _GLUED_LOWER.search(token)
                or not _CAPITALISED_WORD.fullmatch(token)
                or is_sentence_start(text, position)
                and (linked or token.lower() in lowercase)
                or token.endswith(("'s", "’s"))
                and _owning_place(token[:-2])
            ):
                break  # (nor "Finland's": the company's country)
            start, taken, linked = position, taken + 1, 0
        if start == m.start:
            out.append(m)
            continue
        dropped |= _spans_within(mentions, m.block, start, m.start)
        weight = max(m.weight, CUE_WEIGHT)
        out.append(_Mention(m.block, start, m.end, "org", text[start : m.end], weight))
    return [m for m in out if (m.block, m.start, m.end) not in dropped]


_FOREIGN_PARTICLES = "da|das|do|dos|del|della|di|degli|van|von"
_FOREIGN_PARTICLE = re.compile(
    rf"[ \u00a0](?:{_FOREIGN_PARTICLES})(?:[ \u00a0](?:der|den))?[ \u00a0]"
)
_FOREIGN_PARTICLE_EN = re.compile(
    rf"[ \u00a0](?:de|{_FOREIGN_PARTICLES})(?:[ \u00a0](?:der|den|la))?[ \u00a0]"
)
"""The particles inside a body's name in another language; in English text "de" too
("Banco de Tarapacá"), which French text uses as its own preposition."""


_POSSESSIVE_IN_NAMES = _set("Children Women Men People Queen King Farmers Workers Veterans")
"""Words whose possessive goes on inside a name: "Boston Children's Hospital", "the
Copperbelt Children's Lung Study" (not "Apple's Vision Pro", a company's product)."""
_POSSESSIVE_RUN = re.compile(r"['’]s?[ \u00a0][A-Z][\w\-]*(?:[ \u00a0][A-Z][\w\-]*)*")
_PARTICLE_LAST = re.compile(rf"[ \u00a0](?:{_FOREIGN_PARTICLES})$")
_FOREIGN_TAIL = re.compile(r"[A-ZÀ-Þ][\w\-’']*(?:[ \u00a0][A-ZÀ-Þ][\w\-’']*){0,2}")


def _joined_foreign_bodies(
    texts: Sequence[str], mentions: list[_Mention], language: str | None
) -> list[_Mention]:
    """A body's name in another language, cut by the model at its particle, whole again:
    "Combustíveis" + "do" + "Atlântico", "Banco" + "do" + "Brasil" (a lone word after the
    particle is no person of its own). In French text "de" is
    the language's own preposition ("l'usine Renault de Flins"), so only the particles
    French does not use join there."""
    particle = _FOREIGN_PARTICLE_EN if language == "en" else _FOREIGN_PARTICLE

    def joins(previous: _Mention, m: _Mention) -> bool:
        return (
            previous.kind == "org"
            and (m.kind in ("org", "place") or " " not in m.text)
            and particle.fullmatch(texts[m.block], previous.end, m.start) is not None
        )

    joined = _joined_pairs(texts, mentions, joins, "org")
    starts = {(m.block, m.start) for m in joined}
    out = []
    for m in joined:
        text = texts[m.block]
        for _ in range(3):  # "Asociación de Pequeños Agricultores" + "del Valle" + "de Virú"
            gap = particle.match(text, m.end) if m.kind == "org" else None
            tail = _FOREIGN_TAIL.match(text, gap.end()) if gap else None
            if not tail or (m.block, gap.end()) in starts:
                break
            # "Movimiento Campesino" + "del Río Indio", a name the model did not mark
            m = _Mention(m.block, m.start, tail.end(), "org", text[m.start : tail.end()], m.weight)
        out.append(m)
    return out


def _joined_pairs(
    texts: Sequence[str],
    mentions: list[_Mention],
    joins: Callable[[_Mention, _Mention], bool],
    kind: str,
) -> list[_Mention]:
    """Mentions in a row of one block made one of `kind` wherever `joins(previous, next)`."""
    joined: list[_Mention] = []
    for m in mentions:
        previous = joined[-1] if joined else None
        if previous is not None and previous.block == m.block and joins(previous, m):
            text = texts[m.block][previous.start : m.end]
            weight = max(previous.weight, m.weight)
            joined[-1] = _Mention(m.block, previous.start, m.end, kind, text, weight)
            continue
        joined.append(m)
    return joined


def _family_firms(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A family firm's name runs on over its "et Fils", "& Sons" or "& Cie": "Bouchard Aîné
    et Fils" is one company, not a person and then another one called Fils."""
    dropped: set[tuple[int, int, int]] = set()
    out = []
    for m in mentions:
        match = _FAMILY_FIRM.match(texts[m.block], m.end)
        if match is None:
            out.append(m)
            continue
        end = match.end()
        dropped |= _spans_within(mentions, m.block, m.end, end)
        text = texts[m.block][m.start : end]
        out.append(_Mention(m.block, m.start, end, "org", text, max(m.weight, CUE_WEIGHT)))
    return [m for m in out if (m.block, m.start, m.end) not in dropped]


def _spans_within(
    mentions: list[_Mention], block: int, start: int, end: int
) -> set[tuple[int, int, int]]:
    """The spans of the mentions lying between `start` and `end` of a block: those a name
    grown over them takes in."""
    return {
        (o.block, o.start, o.end)
        for o in mentions
        if o.block == block and start <= o.start and o.end <= end
    }


_FAMILY_FIRM = re.compile(
    r"[ \u00a0](?:et|and|&)[ \u00a0](?:Fils|Sons|Cie|Co\.|Frères|Brothers|Associés)(?![\w\-])"
    rf"(?:[ \u00a0](?:{_ORG_SUFFIX})(?![\w\-]))?"
)
_HEAD_OF = re.compile(r"(?<![\w\-])([A-Z][a-z]+)[ \u00a0]of[ \u00a0]\Z")
_UPON = re.compile(r"[ \u00a0]upon[ \u00a0]([A-Z][\w\-]+)")


def _joined_place_names(
    texts: Sequence[str], mentions: list[_Mention], language: str | None
) -> list[_Mention]:
    """A place's name the model cut in two, made whole: a town before the facility named after
    it ("Dallas" + "Fort Worth International Airport"), an English town "upon" its river
    ("Newcastle upon Tyne"), a French one-word place elided before another ("Pigne" +
    "d'Arolla"), and a capitalised place noun and "of" before a place ("the Port of" +
    "Baltimore", "the County of" + "Kent"; not at a sentence's start)."""
    by_start = {(m.block, m.start): m for m in mentions}
    dropped: set[_Mention] = set()
    out = []
    for m in mentions:
        if m in dropped or m.kind != "place":
            out.append(m)
            continue
        text = texts[m.block]
        start, end = m.start, m.end
        following = by_start.get((m.block, m.end + 1))
        if (
            following is not None
            and text[m.end] in " \u00a0"
            and following.kind in ("place", "org")
            and " " in following.text
            and following.text.split()[-1] in FACILITY_SUFFIXES
        ):
            end = following.end
            dropped.add(following)
        elif (
            language == "fr"
            and (elided := _ELIDED_OF.match(text, m.end))
            and " " not in m.text
            and (following := by_start.get((m.block, elided.end()))) is not None
            and following.kind == "place"
        ):
            end = following.end  # "Pigne" + "d'Arolla", "Val" + "d'Isère": one place
            dropped.add(following)
        elif upon := _UPON.match(text, m.end):
            end = upon.end()
            following = by_start.get((m.block, upon.start(1)))
            if following is not None:
                end = max(end, following.end)
                dropped.add(following)
        head = _HEAD_OF.search(text, max(0, start - 20), start)
        if (
            head
            and head.group(1).lower() in PLACE_AFTER
            and not is_sentence_start(text, head.start(1))
            # "the Rolwaling Valley of" + "Dolakha": the noun closes another name
            and not (
                (capital := _CAPITAL_BEFORE.search(text, max(0, head.start(1) - 30), head.start(1)))
                and capital.group(1) not in _OPENERS
            )
        ):
            start = head.start(1)
        if (start, end) == (m.start, m.end):
            out.append(m)
            continue
        weight = max(m.weight, CUE_WEIGHT)
        out.append(_Mention(m.block, start, end, "place", text[start:end], weight))
    return [m for m in out if m not in dropped]


def _completed_from_longer_names(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A name cut short where the same article writes it whole: "Renouveau" before
    "sherbrookois" is "Renouveau sherbrookois" once the article marks that name elsewhere.
    The text itself must go on with the longer name's words, so "Paris" stays "Paris" unless
    "Saint-Germain" follows it."""
    longer: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        words = m.text.split()
        for cut in range(1, len(words)):
            # "Égreneries" + "Adjovi" is "Égreneries Adjovi", the article's "Égreneries
            # Adjovi SA" without its legal form: any longer beginning ending on a capital
            longer[" ".join(words[:cut])] += [
                " ".join(words[:last])
                for last in range(len(words), cut, -1)
                if last == len(words) or words[last - 1][:1].isupper()
            ]
    taken = _spans_by_block(mentions)
    out = []
    for m in mentions:
        text = texts[m.block]
        for name in sorted(set(longer.get(m.text, ())), key=len, reverse=True):
            end = m.start + len(name)
            if (
                text.startswith(name, m.start)
                and (end == len(text) or not (text[end].isalnum() or text[end] in "-’'"))
                and not any(m.end < e and s < end for s, e in taken[m.block] if s != m.start)
            ):
                m = _Mention(m.block, m.start, end, m.kind, name, m.weight)
                break
        out.append(m)
    return out


_ONE_BODY_BEFORE = re.compile(
    r"(?:\b[Ll]['’]|\b(?i:le|la|un|une)" + _SP + r")([a-zA-Zà-ÿ\-]+)" + _SP + r"$"
)
_ET = re.compile(_SP + r"et" + _SP)


def _joined_after_one_body(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """ "l'ONG Terre et Rivières", "le collectif Sable et Vent": after one body's noun, in the
    singular, two words joined by "et" are that body's one name, not two names."""
    joined: list[_Mention] = []
    for m in mentions:
        previous = joined[-1] if joined else None
        text = texts[m.block]
        if (
            previous is not None
            and previous.block == m.block
            and " " not in previous.text
            and " " not in m.text
            and _ET.fullmatch(text, previous.end, m.start)
            and not _NAME_NEXT.match(text, m.end)
            and (cue := _ONE_BODY_BEFORE.search(text, max(0, previous.start - 30), previous.start))
            and cue.group(1) in ORG_NOUNS
            and (cue.group(1).isupper() or not cue.group(1).endswith(("s", "x")))
        ):
            name = text[previous.start : m.end]
            joined[-1] = _Mention(m.block, previous.start, m.end, "org", name, CUE_WEIGHT)
            continue
        joined.append(m)
    return joined


def _spelled_out_names(
    texts: Sequence[str], mentions: list[_Mention], language: str | None
) -> list[_Mention]:
    """Names cut before their last words made whole by the acronym that follows them.

    "Bureau intégré des Nations unies" + "en Haïti (BINUH)" is one name, the office's, and
    Haïti inside it is no separate place.
    """
    grown = []
    first_weight: dict[tuple[int, int, int], float] = {}
    for m in mentions:
        text = texts[m.block]
        before = m.weight
        start = spelled_out_start(text, m.start, m.end)
        if start is not None:
            # "Rete" + "Ferroviaria Italiana (RFI)": a name its acronym spells is a body's
            kind = "org" if m.kind == "person" else m.kind
            m = _Mention(
                m.block, start, m.end, kind, text[start : m.end], max(m.weight, CUE_WEIGHT)
            )
        end = spelled_out_end(text, m.start, m.end, language) if m.kind != "person" else None
        if end is not None:
            weight = max(m.weight, CUE_WEIGHT)
            m = _Mention(m.block, m.start, end, m.kind, text[m.start : end], weight)
        span = (m.block, m.start, m.end)
        if span in first_weight and first_weight[span] >= before:
            continue  # "Kolèktif" + "Travayè Bannann (KTB)", both grown: the surer one's kind
        if span in first_weight:
            grown = [g for g in grown if (g.block, g.start, g.end) != span]
        first_weight[span] = before
        grown.append(m)
    spans = [(m.block, m.start, m.end) for m in grown]
    return [
        m
        for m in grown
        if not any(
            b == m.block and s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
            for b, s, e in spans
        )
    ]


def _spaced(pattern: str) -> str:
    return pattern.replace("_", _SP)


_LOWERCASE_WORDS = r"[a-zà-ÿ][\w\-]*(?:" + _SP + r"[a-zà-ÿ][\w\-]*)?"
_LOWERCASE_OF = re.compile(
    _spaced("_(?:de_la_|de_l['’]|du_|des_|à_l['’]|aux_)") + _LOWERCASE_WORDS + "$"
)
_AND_LOWERCASE_OF = re.compile(
    _spaced("_et_(?:de_la_|de_l['’]|du_|des_|à_la_|à_l['’]|aux_)")
    + _LOWERCASE_WORDS
    + r"(?=[,;.)]|"
    + _SP
    + r"\()"
)


def _with_coordinated_tail(text: str, m: _Mention) -> _Mention:
    """A French body's name that goes on over "et de l'..." in the same lowercase style.

    "Cité internationale de la bande dessinée" + "et de l'image", "Office des forêts" + "et
    des rivières": a name ending on a lowercase complement runs on over a second one joined by
    "et", up to the punctuation that closes it (so "l'Institut des forêts et des chercheurs
    ont dit" is left alone).
    """
    if m.kind not in ("org", "misc") or not _LOWERCASE_OF.search(m.text):
        return m
    tail = _AND_LOWERCASE_OF.match(text, m.end)
    if tail is None:
        return m
    return _Mention(m.block, m.start, tail.end(), m.kind, text[m.start : tail.end()], m.weight)


_PARTICLE_GAP = re.compile(
    r"[ \u00a0](?:bin|ben|ibn|bint|da|das|dos|van|von|van der|von der|van den|við|á|í|af)"
    r"[ \u00a0]"
)


def _joined_particle_names(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A person's name the model cut at its particle or before a second surname, whole again:
    "Abdulaziz" + "bin Salman", "Samuel Doria" + "Medina"."""

    def joins(previous: _Mention, m: _Mention) -> bool:
        return (
            previous.kind == "person"
            and m.kind in ("person", "place", "org")
            and (
                _PARTICLE_GAP.fullmatch(texts[m.block], previous.end, m.start) is not None
                or _second_surname(texts[m.block], previous, m)
            )
        )

    return _joined_pairs(texts, mentions, joins, "person")


def _second_surname(text: str, person: _Mention, following: _Mention) -> bool:
    """Whether a lone word right after a person's given name and surname is a second surname.

    "Samuel Doria" + "Medina", "Gabriel García" + "Márquez": Spanish and Portuguese names
    carry two surnames, and the model often takes the second for a place. Only an unlisted
    word, after a name that opens on a first name, with nothing but a space between.
    """
    return (
        " " not in following.text
        and text[person.end : following.start] == " "
        and _takes_second_surname(person.text, following.text)
        and not _NAME_NEXT.match(text, following.end)
    )


def _takes_second_surname(person: str, word: str) -> bool:
    """Whether an unlisted `word` may be the second surname of `person`, a first name and a
    surname."""
    words = person.split()
    return len(words) == 2 and given_name(words[0]) == "plain" and not known_kind(word)


_LONE_WORD_AFTER = re.compile(r"[ \u00a0]([A-ZÀ-Þ][a-zà-ÿ]{2,})(?=[.,;:)]|$)")


def _with_unmarked_second_surnames(
    texts: Sequence[str], mentions: list[_Mention], lowercase: set[str]
) -> list[_Mention]:
    """People's names the model cut before a second surname it did not mark at all:
    "Eliana Cruz" + "Tejerina." (see `_second_surname`), when the sentence pauses after it."""
    taken = _spans_by_block(mentions)
    out = []
    for m in mentions:
        after = _LONE_WORD_AFTER.match(texts[m.block], m.end)
        if (
            after
            and m.kind == "person"
            and _takes_second_surname(m.text, after.group(1))
            and after.group(1).lower() not in lowercase | CALENDAR
            and not is_town(after.group(1))
            and not is_country(after.group(1))
            and not any(s < after.end() and m.end < e for s, e in taken[m.block])
        ):
            m = _Mention(
                m.block, m.start, after.end(), m.kind, f"{m.text} {after.group(1)}", m.weight
            )
        out.append(m)
    return out


_DEMONYM_ENDINGS = (
    "iens",
    "iennes",
    "éens",
    "éennes",
    "ais",
    "aises",
    "ois",
    "oises",
    "ains",
    "aines",
    "ans",
    "ians",
    "ites",
    "eno",
    "enos",
    "ena",
    "enas",
)


def _without_demonyms(mentions: list[_Mention]) -> list[_Mention]:
    """Drop lone nationality words and the people of a place the article names.

    "European", "Européens", "Haïtiens" (in an article about Haïti) name no place and no
    body: like "Ukrainian", they are not highlighted.
    """
    places = {
        _fold(word)
        for m in mentions
        if m.kind == "place"
        for word in m.text.split()
        if word[:1].isupper()  # "Salar de Atacama": the Atacameños' place
    }
    surnames = {
        m.text.rsplit(None, 1)[-1] for m in mentions if m.kind == "person" and " " in m.text
    }

    def people_of_a_place(name: str) -> bool:
        if " " in name or "-" in name or not name[:1].isupper() or name.isupper():
            return False
        if _stem(name) in REGION_ADJECTIVES:
            return True
        folded = _fold(name)
        if not folded.endswith(_DEMONYM_ENDINGS):
            return False
        return any(
            place != folded
            and len(place) >= 4
            and len(commonprefix((place, folded))) >= max(4, len(place) - 1)
            for place in places
        )

    def country_adjective(m: _Mention) -> bool:
        # "Lithuanian", "Faroese", "les Lituaniens", "speak Welsh": a people or a language,
        # not a place or a body (a person keeps the name: "Louis Gallois", then "Gallois")
        return (
            (m.kind != "person" or m.text not in surnames)
            and " " not in m.text
            and m.text[:1].isupper()
            and m.text not in _COUNTRY_ADJECTIVE_NAMES
            and demonym(m.text)
        )

    return [
        m
        for m in mentions
        if not people_of_a_place(m.text) and not country_adjective(m) and m.text not in PEOPLES
    ]


_COUNTRY_ADJECTIVE_NAMES = frozenset({"Suisse", "Argentine", "Philippines"})
"""Country adjectives that are also the country's name in French ("la Suisse")."""


_DETERMINER_END = re.compile(r"(?:^|[\s(])(?i:le|la|les|un|une|the|a)[ \u00a0]$|\b[Ll]['’]$")
_NAME_NEXT = re.compile(r"[ \u00a0][A-ZÀ-ÖØ-Þ][\w\-’']")


def _without_people_nouns(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """Drop a nationality noun that introduces a person: "le Britannique Sam Goodchild".

    French writes the noun for someone of a country with a capital ("l'Allemand", "la
    Française"); before a name it describes the person, like an English "the German driver",
    and names no place, even where the word is also the country's ("le Suisse X", "la Suisse").
    A name that took the noun in loses it (`_people_noun_end`).
    """
    kept = []
    for m in mentions:
        text = texts[m.block]
        first = m.text.split()[0]
        if (
            first[:1].isupper()
            and not first.isupper()
            and nationality(first)
            and _DETERMINER_END.search(text, max(0, m.start - 6), m.start)
            and " " not in m.text
            and _NAME_NEXT.match(text, m.end)
        ):
            continue
        kept.append(m)
    return kept


def _people_noun_end(text: str, start: int, end: int, kind: str) -> int | None:
    """Where a French nationality noun ends at the start of a person's name ("l'Allemand Boris
    Herrmann"); English puts an adjective there, part of many names ("the American Academy")."""
    words = text[start:end].split()
    first = words[0]
    if (
        len(words) >= 3
        and (kind == "person" or given_name(words[1]) is not None)
        and first[:1].isupper()
        and not first.isupper()
        and nationality(first)
        and words[1][:1].isupper()  # not "la Française des Jeux"
        and _DETERMINER_END.search(text, max(0, start - 6), start)
    ):
        return start + len(first) + 1
    return None


def _fold(word: str) -> str:
    return without_accents(word.lower())


def _spans_by_block(mentions: Iterable[_Mention]) -> dict[int, list[tuple[int, int]]]:
    spans: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.block].append((m.start, m.end))
    return spans


def _known_names(
    texts: Sequence[str], taken: dict[int, list[tuple[int, int]]]
) -> list[tuple[int, int, int, str]]:
    """Listed names ("Glencore", "Kyiv") nothing else proposed, outside the spans in `taken`
    or over shorter ones ("Polynésie française" where the model marked "Polynésie")."""
    return [
        (block, start, end, kind)
        for block, text in enumerate(texts)
        for start, end, kind in find_known_names(text)
        if not any(
            start < e and s < end and not (start <= s and e <= end and e - s < end - start)
            for s, e in taken.get(block, ())
        )
    ]


_CAPITALISED = re.compile(r"(?<![\w\-’'])[A-ZÀ-ÖØ-Þ]")


def _given_name_people(
    texts: Sequence[str], taken: dict[int, list[tuple[int, int]]], lowercase: set[str]
) -> list[tuple[int, int, int]]:
    """People the model missed, known by a first name before a surname: "Michel Dupont".

    A first name right after a capitalised word mid-sentence belongs to a longer name
    ("Université Jean Moulin"), and is left to the model; a surname the model found alone
    ("Dupont") is taken into the whole name.
    """
    found = []
    for block, text in enumerate(texts):
        position = 0
        for capital in _CAPITALISED.finditer(text):
            start = capital.start()
            if start < position or any(s <= start < e for s, e in taken.get(block, ())):
                continue
            span = person_span(text, start, lowercase, tagged=None)
            if span is None:
                continue
            before = re.search(r"([A-ZÀ-ÖØ-Þ][\w\-]*)[ \u00a0]$", text[:start])
            if before and not is_sentence_start(text, before.start()):
                continue
            if any(
                s < span[1] and span[0] < e and not span[0] < s <= e <= span[1]
                for s, e in taken.get(block, ())
            ):
                continue  # overlaps another name, not just the surname the model kept alone
            found.append((block, *span))
            position = span[1]
    return found


_COUNTRY_CODES = _set("US U.S. UK U.K.")
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_][\w\-]*)")
_VERBS = _set(
    """said says say has have had is was were will would could should may might must can did
    does do and or but nor to in on at for from with by of as than that which who whose also
    still now then again too alone itself isn wasn doesn didn hasn hadn aren weren won can
    couldn wouldn shouldn"""
)
"""Words after "US" that make it the country: verbs (and contractions, "the US isn't"),
links and prepositions."""


def _country_adjective(text: str, start: int, end: int) -> bool:
    """Whether "US" or "UK" qualifies the next word ("a US drone"), not naming the country.

    Like "American", that is no place: the name is marked only where the country is meant
    ("sanctions imposed by the US", "the US said").
    """
    if text[start:end] not in _COUNTRY_CODES:
        return False
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word.lower() not in _VERBS and not (word.islower() and word.endswith("ed"))


def _value(name: str) -> str:
    return name.replace("’", "'").replace("\u00a0", " ")


_PAIR = re.compile(
    r"([A-ZÀ-Þ][\w\-’']+(?:[ \u00a0][A-ZÀ-Þ][\w\-’']+)?)[ \u00a0](?:and|et)[ \u00a0]"
    r"([A-ZÀ-Þ][\w\-’']+(?:[ \u00a0][A-ZÀ-Þ][\w\-’']+)?)"
)
_WORD_PAIR = re.compile(r"([A-ZÀ-Þ][\w\-]+)[ \u00a0](?:and|et)[ \u00a0]([A-ZÀ-Þ][\w\-]+)")
_BETWEEN = re.compile(r"\b(?:between|entre)[ \u00a0]$")
_LINKED_PAIR = re.compile(r"(?:[A-ZÀ-Þ][\w]+[ \u00a0])?([A-ZÀ-Þ][\w]+)-([A-ZÀ-Þ][\w]+)")
"""Two bodies linked by a hyphen: "Accord UE-Mercosur" is the EU and Mercosur."""
_ORGAN_OF = re.compile(
    r"([A-ZÀ-Þ][\w\-]*(?:[ \u00a0]\S+)+?)"
    r"[ \u00a0](?:de[ \u00a0]l['’]|of[ \u00a0]the[ \u00a0])(ONU|UN|Otan|OTAN|NATO|UE|EU)"
)
"""A body of an organisation named by its acronym: "Conseil de sécurité de l'ONU" is two
names, while "Conseil de sécurité des Nations unies" is one official name."""
_CODE_OF = re.compile(r"(\S*\d\S*)[ \u00a0](?:de[ \u00a0]|d['’]|of[ \u00a0])([A-ZÀ-Þ][\w\-]+)")


_INNER_WORD = re.compile(r"(?<=[\w.][ \u00a0])([a-z]{3,}|as|is)[ \u00a0](?=[A-Z])")
_NAME_WORDS = _set(
    "and for the of upon under on von van der den del della des les und los las dos das degli"
    " delle dei"
)


def _split_at_verbs(texts: Sequence[str], candidates: Iterable[Candidate]) -> list[Candidate]:
    """Two English names the model ran together over a verb: "Office for Rail Standards
    fined Northlink Rail" is the office, then the company (only function words are
    lowercase inside an English name)."""
    split = []
    for cand in candidates:
        text = texts[cand.block] if 0 <= cand.block < len(texts) else ""
        inner = _INNER_WORD.finditer(text, cand.start, cand.end)
        match = next((m for m in inner if m.group(1) not in _NAME_WORDS), None)
        if match is None or match.end() >= cand.end:
            split.append(cand)
            continue
        split.append(Candidate(cand.block, cand.start, match.start() - 1, cand.kind, cand.source))
        split.append(Candidate(cand.block, match.end(), cand.end, cand.kind, cand.source))
    return split


_LIST_COMMA = re.compile(r",[ \u00a0]+(?!(?:Inc|Ltd|LLC|LLP|Corp|Co|Jr|Sr|S\.A|SA|AG|plc)\b)")
"""A comma inside a span that does not open a legal form or a generation ("Acme, Inc.")."""


_DATELINE_AFTER = re.compile(
    r"(?:,[ \u00a0][A-Z][\w.]+(?:[ \u00a0][A-Z][\w.]+){0,2})?"  # "SEOUL, South Korea —"
    r"[ \u00a0]*(?:[—–\-]|\((?:AP|AFP|Reuters|dpa)\))"
)


def _split_compounds(texts: Sequence[str], candidates: Iterable[Candidate]) -> list[Candidate]:
    """A name joined to a participle by a hyphen is the name alone, and what follows another
    name: "Kroger-owned" is Kroger, "Osaka-listed Hokuyo Pulp KK" Osaka, then the company
    (once `_split_slashes` has cut photo credits apart)."""
    split = []
    for cand in _split_slashes(texts, candidates):
        text = texts[cand.block] if 0 <= cand.block < len(texts) else ""
        match = _COMPOUND.search(text, cand.start, cand.end)
        if match is None or match.start() == cand.start:
            split.append(cand)
            continue
        kind = "place" if match.group(1) in _WHERE_PARTICIPLES else "org"
        split.append(Candidate(cand.block, cand.start, match.start(), kind, cand.source))
        rest = match.end() + 1
        if rest < cand.end and text[rest : rest + 1].isupper():
            split.append(Candidate(cand.block, rest, cand.end, cand.kind, cand.source))
    return split


def _body_shaped(name: str) -> bool:
    """Whether a name ends on a body's word ("Roscosmos Space Agency Press Service")."""
    words = name.split()
    return len(words) > 1 and words[-1] in _ORG_LAST


def _split_slashes(texts: Sequence[str], candidates: Iterable[Candidate]) -> list[Candidate]:
    """A name and the listed bodies after it, joined by slashes, are each their own ("Thomas
    Coex/AFP/Getty Images", a photo's credit; not "TCP/IP" or a licence's "MGA/B2C/412/2019"),
    and a credit's glued word is none ("CreditHiroko Masuike")."""
    split = []
    for cand in candidates:
        text = texts[cand.block] if 0 <= cand.block < len(texts) else ""
        start, kind = cand.start, cand.kind
        if glued := _CREDIT_GLUED.match(text, start, cand.end):
            start = glued.end()
            kind = "person"  # a credit names its photographer first
        parts = [(start, cand.end)]
        if "/" in text[start : cand.end]:
            parts, begin = [], start
            for slash in _SLASH.finditer(text, start, cand.end):
                parts.append((begin, slash.start()))
                begin = slash.end()
            for dash in _CREDIT_DASH.finditer(text, begin, cand.end):
                parts.append((begin, dash.start()))  # "Anthony Wallace / AFP - Getty Images"
                begin = dash.end()
            parts.append((begin, cand.end))
            if not any(known_kind(text[s:e]) or _body_shaped(text[s:e]) for s, e in parts[1:]):
                parts = [(start, cand.end)]  # "TCP/IP", "Debian/Mandrake": one name, or a list
        if len(parts) == 1:
            split.append(Candidate(cand.block, start, cand.end, kind, cand.source))
            continue
        for s, e in parts:
            if s < e and text[s].isupper():  # not "evgenyb/iStock", a user's handle
                part = text[s:e]
                kind = known_kind(part) or ("org" if _body_shaped(part) else cand.kind)
                split.append(Candidate(cand.block, s, e, kind, cand.source))
    return split


_CREDIT_LINE = re.compile(
    r"(?:Credit)+[ \u00a0]?([A-ZÀ-Þ][\w\-’']*(?:[ \u00a0](?:[A-Z]\.|[A-ZÀ-Þ][\w\-’']*)){1,3})"
    r"[ \u00a0]?/[ \u00a0]?(?:The[ \u00a0](?=[A-ZÀ-Þ][\w&.\-]*[ \u00a0][A-ZÀ-Þ]))?"
    r"([A-ZÀ-Þ][\w&.\-]*(?:[ \u00a0][A-ZÀ-Þ][\w&.\-]*){0,4})"
)
"""A photo's credit line: "CreditFred R. Conrad/The New York Times" (a paper's "The" left
out, as elsewhere), "Credit Jeon Heon-Kyun/EPA"."""
_CREDIT_GLUED = re.compile(
    r"(?:Credit)+(?=[A-ZÀ-Þ])|Credit[ \u00a0](?=[A-ZÀ-Þ][\w.\-]*[ \u00a0][A-ZÀ-Þ])"
)
"""A photo credit's word glued to or before the photographer's name: "CreditHiroko
Masuike", "Credit Harry Campbell" (not "Credit Suisse", one word after it)."""
_SLASH = re.compile(r"[ \u00a0]?/[ \u00a0]?")
_CREDIT_DASH = re.compile(r"[ \u00a0](?:[-–]|via)[ \u00a0]")
_COMPOUND = re.compile(
    r"-(owned|backed|based|led|run|listed|funded|controlled|linked|allied|affiliated|made"
    r"|registered|flagged|operated|born|headquartered|supported|sponsored|brokered)(?![\w\-])"
)
_WHERE_PARTICIPLES = _set("based listed made registered flagged born headquartered")
"""Participles after a place's name: "Osaka-listed", "Liberia-flagged"."""
_OWNER = re.compile(r"([A-ZÀ-Þ][\w\-]*(?:[ \u00a0][A-ZÀ-Þ][\w\-]*)?)['’]s[ \u00a0](?=[A-ZÀ-Þ])")


def _owning_place(name: str) -> bool:
    """Whether a name before "'s" is a country's or a town's that owns what follows
    ("Finland's", "Norway's"), not a first name's ("Sam's Club", "Valentine's Day")."""
    return (
        is_country(name)
        or known_kind(name) == "place"  # "Sydney's Central Business District"
        or is_town(name)
        and not given_name(name.split()[0])
    )


def _split_owners(texts: Sequence[str], candidates: Iterable[Candidate]) -> list[Candidate]:
    """A country's or town's thing the model ran into one name: "Finland's Nordvik Pulp Oyj"
    is Finland, then the company (but "McDonald's" keeps its "'s")."""
    split = []
    for cand in candidates:
        text = texts[cand.block] if 0 <= cand.block < len(texts) else ""
        match = _OWNER.match(text, cand.start, cand.end)
        if match and _owning_place(match.group(1)):
            split.append(Candidate(cand.block, cand.start, match.end(1), "place", cand.source))
            split.append(Candidate(cand.block, match.end(), cand.end, cand.kind, cand.source))
        elif match and known_kind(match.group(1)) == "org":
            # "Verizon's Yahoo", "Apple's Vision Pro": a listed company, then what it owns
            split.append(Candidate(cand.block, cand.start, match.end(1), "org", cand.source))
            split.append(Candidate(cand.block, match.end(), cand.end, cand.kind, cand.source))
        elif (body := _BODY_OWNER.match(text, cand.start, cand.end)) and (
            text[cand.start : cand.end].split()[-1] in _ORG_LAST | _UNIT_LAST
            or text[body.end() : cand.end].split()[0] in _UNIT_LAST | _ORG_LAST
        ):
            # "Stanford University's Center on Poverty": the unit's name may go on
            split.append(Candidate(cand.block, body.start(1), body.end(1), "org", cand.source))
            split.append(Candidate(cand.block, body.end(), cand.end, "org", cand.source))
        else:
            split.append(cand)
    return split


_BODY_OWNER = re.compile(
    r"(?:[Tt]he[ \u00a0])?((?:[A-Z][\w\-]*[ \u00a0](?:(?:for|of|and|on)[ \u00a0])?)*?"
    r"(?:Council|Commission|Committee|Agency|Ministry|Department|Institute|University|Authority"
    r"|Board|Bank|Corporation)(?:[ \u00a0](?:(?:for|of|and|on|the)[ \u00a0])*[A-Z][\w\-]*)*)"
    r"['’]s[ \u00a0](?=[A-Z])"
)
"""A body before "'s" that owns the body after it: "the Council for Scientific and Industrial
Research's Water Research Institute", "the Bank of England's Monetary Policy Committee"."""
_UNIT_LAST = _set("Centre Center Unit Laboratory Division Directorate School")


def _split_lists(texts: Sequence[str], candidates: Iterable[Candidate]) -> list[Candidate]:
    """Names of a list the model ran together: "the University of Strathclyde, Heriot-Watt
    University" is two universities. No name has a comma of its own but before its legal form
    ("Acme, Inc.") or a generation ("Jr.")."""
    split = []
    for cand in candidates:
        text = texts[cand.block] if 0 <= cand.block < len(texts) else ""
        start = cand.start
        for comma in _LIST_COMMA.finditer(text, cand.start, cand.end):
            if comma.end() < cand.end:
                split.append(Candidate(cand.block, start, comma.start(), cand.kind, cand.source))
                start = comma.end()
        split.append(
            Candidate(cand.block, start, cand.end, cand.kind, cand.source)
            if start != cand.start
            else cand
        )
    return split


_OF_A_BODY = re.compile(
    r"[ \u00a0](?:du|de[ \u00a0]la|de[ \u00a0]l['’]|des)[ \u00a0]?(?=[A-ZÀ-Þ]\w*[ \u00a0][a-zà-ÿ])"
)


def _split_before_bodies(texts: Sequence[str], candidates: Iterable[Candidate]) -> list[Candidate]:
    """A vessel, place or person the model ran into the body it belongs to: "le patrouilleur
    Kassumai du Service national de surveillance des pêches" is a boat, then a service."""
    split = []
    for cand in candidates:
        text = texts[cand.block] if 0 <= cand.block < len(texts) else ""
        match = None if cand.kind == "org" else _OF_A_BODY.search(text, cand.start, cand.end)
        head = text[cand.start : match.start()].split() if match else []
        if (
            match
            and text[match.end() : cand.end].split()[0] in _ORG_FIRST
            and all(word[0].isupper() for word in head)
            and head[0] not in _ORG_FIRST | _MISSION_WORDS
        ):
            split.append(Candidate(cand.block, cand.start, match.start(), cand.kind, cand.source))
            split.append(Candidate(cand.block, match.end(), cand.end, "org", cand.source))
        else:
            split.append(cand)
    return split


def _split_pairs(texts: Sequence[str], candidates: Iterable[Candidate]) -> list[Candidate]:
    """Two names the model took for one, each with its own kind.

    "Allkem and Livent" is Allkem, and Livent; "Conseil de sécurité de l'ONU" is the council
    of the UN, each marked; "T03 de Leapmotor" is a car, then its maker.
    """
    split = []
    for cand in candidates:
        text = texts[cand.block] if 0 <= cand.block < len(texts) else ""
        parts: tuple[str, str] | None = None
        if cand.kind == "org":
            match = _PAIR.fullmatch(text, cand.start, cand.end)
            if (
                match
                and (
                    known_kind(match.group())
                    or any(" " in g and name_kind(g) != "org" for g in match.groups())
                )
                and not _parallel(match.group(1), match.group(2))
                and not _two_companies(match.group(1), match.group(2))
            ):
                # "Competition and Markets Authority" is one body; "Graphcore and
                # Imagination Technologies" two companies, the second known by its ending
                match = None
            match = match or _ORGAN_OF.fullmatch(text, cand.start, cand.end)
            if match:
                parts = ("org", "org")
        if parts is None and (match := _LINKED_PAIR.fullmatch(text, cand.start, cand.end)):
            kinds = tuple(_linked_kind(match.group(i)) for i in (1, 2))
            lead = text[cand.start : match.start(1)].strip()
            if all(kinds) and not known_kind(match.group()) and lead not in _ORG_FIRST:
                # not "Fédération Wallonie-Bruxelles": a body named after two places
                parts = kinds  # type: ignore[assignment]
        if parts is None and (match := _CODE_OF.fullmatch(text, cand.start, cand.end)):
            parts = ("misc", "org")
        if (
            parts is None
            and cand.kind == "org"
            and (match := _BODY_IN_PLACE.fullmatch(text, cand.start, cand.end))
            and not _MISSION_WORDS & set(match.group(1).split())
            and _is_place_name(match.group(2))
        ):
            parts = ("org", "place")  # "the Parliament of Vanuatu" + "in Port Vila"
        if (
            parts is None
            and cand.kind == "org"
            and (match := _COMPANY_OF_TOWN.fullmatch(text, cand.start, cand.end))
            and (match.group(1).split()[-1] in _COMPANY_WORDS | LEGAL_FORMS)
            and _is_place_name(match.group(2))
        ):
            parts = ("org", "place")  # "Oceanwide Ship Management" + "of Piraeus"
        if (
            parts is None
            and cand.kind == "place"
            and (match := _FACILITY_OF_TOWN.fullmatch(text, cand.start, cand.end))
            and (
                match.start(1) > cand.start  # the facility's noun is in the span
                or names_facility(text[: cand.start], "fr")
            )
            and _is_place_name(match.group(2))
        ):
            parts = ("place", "place")  # "l'aéroport Nelson-Mandela" + "de Praia"
        if (
            parts is None
            and cand.kind in ("place", "org")
            and (match := _THING_AT_PLACE.fullmatch(text, cand.start, cand.end))
            and match.group(1).split()[-1] not in _ORG_LAST | _ORG_FIRST
            and _is_place_name(match.group(2))
        ):
            lone = match.start(1) > cand.start and " " not in match.group(1)
            # "Tower Road in Sliema"; "the Opo at Odda", a river or a hall at a town
            parts = ("place" if lone else cand.kind, "place")
        if (
            parts is None
            and cand.kind == "misc"
            and _BETWEEN.search(text, 0, cand.start)
            and (match := _WORD_PAIR.fullmatch(text, cand.start, cand.end))
        ):
            parts = ("place", "place")  # "between Innsbruck and Fortezza": two towns, no title
        if (
            parts is None
            and (match := _PAIR.fullmatch(text, cand.start, cand.end))
            and not known_kind(match.group())
            and (known := [known_kind(match.group(i)) for i in (1, 2)]) != [None, None]
        ):
            # "Facebook and Cambridge Analytica", "Oculus and Facebook": a listed name and
            # another, not one name
            parts = (known[0] or cand.kind, known[1] or cand.kind)
        if parts is None:
            split.append(cand)
            continue
        for group, kind in zip((1, 2), parts, strict=True):
            split.append(Candidate(cand.block, match.start(group), match.end(group), kind))
    return split


_BODY_IN_PLACE = re.compile(r"(.+?)[ \u00a0]in[ \u00a0]([A-ZÀ-Þ].*)")
_COMPANY_OF_TOWN = re.compile(
    r"(.+?),?[ \u00a0]of[ \u00a0]([A-ZÀ-Þ][\w\-]+(?:[ \u00a0][A-ZÀ-Þ][\w\-]+)?)"
)
_COMPANY_WORDS = _set(
    "Management Shipping Holdings Logistics Maritime Trading Industries Partners Capital "
    "Engineering Construction Brothers Sons Group Company Corporation"
)
"""A company's last words, after which "of" and a town say where it is, not whose it is."""
_FACILITY_OF_TOWN = re.compile(
    r"(?:(?:" + "|".join(sorted(FACILITY_BEFORE)) + r")[ \u00a0])?"
    r"([A-ZÀ-Þ][\w’']*(?:-[\w\-’']+)?)[ \u00a0](?:de[ \u00a0]|d['’])([A-ZÀ-Þ][\w\-]+)"
)
"""A facility named after a person, then its town: "aéroport Nelson-Mandela de Praia",
"stade Rabemananjara de Sambava"."""
_ELIDED_OF = re.compile(r"[ \u00a0]d['’]")
_THING_AT_PLACE = re.compile(
    r"(?:[Tt]he[ \u00a0])?([A-ZÀ-Þ][\w\-]*(?:[ \u00a0][A-ZÀ-Þ][\w\-]*)?)[ \u00a0](?:in|at)[ \u00a0]"
    r"([A-ZÀ-Þ][\w\-]*(?:[ \u00a0][A-ZÀ-Þ][\w\-]*)?)"
)
"""One or two words, "in" or "at", and a town's name: two names the model ran together."""


def _is_place_name(name: str) -> bool:
    """A listed place, a country or a town."""
    return known_kind(name) == "place" or is_country(name) or is_town(name)


def _listed_or_geographic(name: str) -> bool:
    """A name of its own: listed (of any kind), a country or a town."""
    return known_kind(name) is not None or is_country(name) or is_town(name)


def _two_companies(first: str, second: str) -> bool:
    """Two names of two words each, neither ending on a body's word: "Applied Materials and Lam
    Research" (not "Arms Control and Disarmament Agency")."""
    words = first.split()
    return (
        len(words) == 2
        and words[-1] not in _ORG_LAST
        and another_company(second)
        and not known_kind(first)
    )


def _parallel(first: str, second: str) -> bool:
    """Two names of two words ending alike: "USA Boxing and England Boxing" are two bodies."""
    a, b = first.split(), second.split()
    return len(a) == len(b) == 2 and a[-1] == b[-1] and a[0] != b[0]


def _linked_kind(name: str) -> str | None:
    """A listed name's kind, or an organisation for an acronym ("UE" in "UE-Mercosur")."""
    if known := known_kind(name):
        return known
    return "org" if name.isupper() and 2 <= len(name) <= 5 and name not in PLACE_ACRONYMS else None


_BRAND_MODEL = re.compile(
    r"(?<![\w\-’'])([A-Z][\w\-]*|[a-z][A-Z][\w\-]*)"
    r"((?:[ \u00a0](?:[A-Z][\w]*|[a-z]?\d[\w]*(?:-\w+)*)){1,3})"
    r"(?![\w]|['’](?!s\b)|-\w+[ \u00a0][A-Z])"
)
_CAPITAL = re.compile(r"(?<![\w\-’'])[a-z]?[A-Z]")
_MODEL_WORDS = _set(
    "One Pro Max Plus Mini Ultra Air Live Pay Core Vision Quest Watch Pixel Galaxy Note Tab "
    "Maps Drive Cloud Echo Assistant Messenger Prime Edge Surface Office Windows Series Focus "
    "Mustang Model Lite Go"
)
"""The words of a product's name after its maker's or range's: "Xbox One", "Apple Pay"."""
_TITLE_ACRONYMS = _set("CEO CFO COO CTO CIO")


def _brand_models(text: str) -> list[tuple[int, int]]:
    """A listed maker's or product's name and the model after it, one product: "Xbox One X",
    "Apple Vision Pro", "Intel Core i7 4790k" (not "Apple CEO", "Microsoft Research" or "Yahoo
    Japan"). The model's words are product words, codes with figures or short capitals."""
    spans = []
    for capital in _CAPITAL.finditer(text):
        match = _BRAND_MODEL.match(text, capital.start())
        if match is None or known_kind(match.group(1)) not in ("org", "misc"):
            continue
        end = match.end(1)
        for word in re.finditer(r"\S+", match.group(2)):
            token = word.group()
            if token.isdigit() and COUNTED_NOUN_AFTER.match(text, match.start(2) + word.end()):
                break  # "Mojang 2 years ago": a count
            if (
                is_country(token)
                or token in _TITLE_ACRONYMS | PLACE_ACRONYMS
                or not (
                    token in _MODEL_WORDS
                    or any(c.isdigit() for c in token)
                    or token.isupper()
                    and len(token) <= 4
                )
            ):
                break
            end = match.start(2) + word.end()
        if end > match.end(1):
            spans.append((match.start(), end))
    return spans


def _product_models(texts: Sequence[str]) -> list[Candidate]:
    """Products named by maker and model ("Xbox One X"), and then by their model alone
    where it has two words or a figure ("the One X", not "the Pro")."""
    found, models = [], set()
    for block, text in enumerate(texts):
        for start, end in _brand_models(text):
            found.append(Candidate(block, start, end, "misc", "rule"))
            model = text[start:end].split(maxsplit=1)[1]
            if " " in model or any(c.isdigit() for c in model):
                models.add(model)
    if not models:
        return found
    pattern = re.compile(
        r"(?<![\w\-])(?:" + "|".join(map(re.escape, sorted(models, key=len, reverse=True))) + ")"
        r"(?![\w]|['’](?!s\b))"
    )
    taken = {(c.block, c.end) for c in found}
    for block, text in enumerate(texts):
        for match in pattern.finditer(text):
            if (block, match.end()) not in taken:
                found.append(Candidate(block, match.start(), match.end(), "misc", "rule"))
    return found


def _product_codes(texts: Sequence[str]) -> list[Candidate]:
    found = _product_models(texts)
    for block, text in enumerate(texts):
        for match in (*_MINISTRY.finditer(text), *_MINISTRY_EN.finditer(text)):
            if not match.group().startswith("Minister "):
                found.append(Candidate(block, match.start(), match.end(), "org", "rule"))
        for match in (
            *_COURT_OF.finditer(text),
            *_CHAMBER_OF.finditer(text),
            *_CHAMBER_OF_EN.finditer(text),
            *_ASSEMBLY_OF.finditer(text),
        ):
            found.append(Candidate(block, match.start(), match.end(), "org", "rule"))
        for match in _TREATY_OF.finditer(text):
            found.append(Candidate(block, match.start(), match.end(), "misc", "rule"))
        for match in _TREATY_OF_FR.finditer(text):
            if _is_place_name(match.group(1)) and known_kind(match.group(1)) != "org":
                found.append(Candidate(block, match.start(), match.end(), "misc", "verbatim"))
        for match in _ROAD.finditer(text) if _ROAD_WORD.search(text) else ():
            found.append(Candidate(block, match.start(), match.end(), "place", "verbatim"))
        for match in _ZONE_OF.finditer(text):
            found.append(Candidate(block, match.start(), match.end(), "place", "rule"))
        for match in _PRODUCT_CODE.finditer(text):
            if _RATING.fullmatch(match.group()) and _RATING_WORDS.search(
                text, max(0, match.start() - 60), match.start()
            ):
                continue  # "raised Turkey's rating to B1": a grade, not a model name
            kind = "org" if _GROUP.fullmatch(match.group()) else "misc"
            start = match.start()
            if kind == "misc" and (
                maker := _MAKER_BEFORE_CODE.search(text, max(0, start - 12), start)
            ):
                start = maker.start()  # "l'Iliouchine Il-76", "an Airbus A321neo": one aircraft
            found.append(Candidate(block, start, match.end(), kind, "code"))
        for start, end in index_names(text):
            found.append(Candidate(block, start, end, "misc", "code"))
        for match in _NUMBERED_LAW.finditer(text):
            found.append(Candidate(block, match.start(), match.end(), "misc", "verbatim"))
        for match in _LOWERCASE_LAW.finditer(text) if _LAW_NOUN.search(text) else ():
            found.append(Candidate(block, match.start(), match.end(), "misc", "verbatim"))
        for match in _BRACKETED_LAW.finditer(text) if "(" in text else ():
            found.append(Candidate(block, match.start(), match.end(), "misc", "rule"))
        for match in _MAKER_CODE.finditer(text) if _LETTER_BESIDE_DIGIT.search(text) else ():
            maker = match.group(1)
            if maker not in _NOT_MAKERS | _OPENERS and not known_kind(maker) and not demonym(maker):
                found.append(Candidate(block, match.start(), match.end(), "misc", "code"))
        for match in _CREDIT_LINE.finditer(text) if "Credit" in text else ():
            # "CreditFred R. Conrad/The New York Times": the photographer, then the agency
            found.append(Candidate(block, *match.span(1), "person", "rule"))
            found.append(Candidate(block, *match.span(2), "org", "rule"))
        for match in _NUMBERED_COMPANY.finditer(text):
            found.append(Candidate(block, match.start(), match.end(), "org", "rule"))
        for match in _CODE_MODEL.finditer(text):
            maker = match.group(1)
            if not known_kind(maker) and maker not in PLACE_ACRONYMS | _UNIONS:
                found.append(Candidate(block, match.start(), match.end(), "misc", "code"))
        for match in _NAME_NUMBER.finditer(text):
            before = _CAPITAL_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if match.group(1) in COUNTED_WORDS or (
                before
                and before.group(1) not in _OPENERS
                and not demonym(before.group(1))
                and before.group(1).lower() not in REGION_ADJECTIVES
            ):
                continue  # "Tier-1"; "Joint Sword-2024A" is the model's to find whole
            found.append(Candidate(block, match.start(), match.end(), "misc", "code"))
    return found


_PARTIES = _set(
    "Democrat Republican Tory Labour Conservative Liberal Socialist Green Independent "
    "Dame Baron Baroness Earl Duke Duchess Viscount Countess Marquess"
)
"""Parties and honours, which stand before a name without being part of it."""
_AGENT_ENDINGS = ("er", "or", "ist", "man", "woman", "ian", "ant", "ent", "eur", "euse", "rice")
"""Endings of the job nouns that open a sentence before a name: "Investor", "Économiste"."""
_BRACKETED_CAPITALS = re.compile(r"[ \u00a0]?\([A-Z]{2,6}\)")
_WORD_BEFORE_NAME = re.compile(r"(?:^|(?<=[\s,;:(\"“«]))([A-Z][a-z]{2,})[ \u00a0]$")


_SAINT_OF = re.compile(r"(?:St\.?|Saint)[ \u00a0][A-Z][a-z]+")
"""A saint's name, whose "'s" names a town or a church's parish: "St Julian's", "St John's"."""
_GIVEN_BEFORE = re.compile(r"(?<![\w\-’'])([A-ZÀ-Þ][a-zà-ÿ]{2,})[ \u00a0]$")


def _first_name_before(
    text: str, start: int, end: int, lowercase: set[str], stop_words: frozenset[str]
) -> int | None:
    """Where a person's name begins when the model cut its first word, unknown to any list:
    "Shafiqul" + "Islam Rony". Not a title, a job, a party, a demonym, a month or a known
    name; not before a name that opens on a first name ("Businessman Samuel Doria") or is
    spelled out by an acronym after it ("Rete" + "Ferroviaria Italiana (RFI)")."""
    match = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    if (
        not match
        or given_name(text[start:end].split()[0]) is not None
        or _BRACKETED_CAPITALS.match(text, end)
    ):
        return None
    word = match.group(1)
    folded = word.lower()
    if is_sentence_start(text, match.start(1)) and folded.endswith(_AGENT_ENDINGS):
        return None  # "Broker Marsh McLennan"
    if (
        folded in TITLES
        or folded in stop_words
        or folded in lowercase
        or folded in CALENDAR
        or folded in PERSON_NOUNS
        or word in _OPENERS | _COMPASS | _ORG_FIRST | _PARTIES
        or demonym(word)
        or nationality(word)
        or _listed_or_geographic(word)
        or given_name(word) is not None
    ):
        return None
    return match.start(1)


_OF_A_NUMBER = re.compile(r"[ \u00a0]de[ \u00a0]\d")
_INFINITIVE = re.compile(r"[^\W\d_]{3,}(?:er|ir|re)")
_OBJECT_AFTER = re.compile(
    r"[ \u00a0](?:un|une|le|la|les|des|ce|cette|ces|ses|son|sa|leur|leurs)[ \u00a0]|[ \u00a0]l['’]"
)


_FRONTED_ADJECTIVES = _set(
    "Principal Principale Principaux Principales Premier Première Premiers Premières Dernier "
    "Dernière Seul Seule Ancien Ancienne Deuxième Troisième Unique Véritable Éternel Éternelle"
)
"""French adjectives that open an apposition set before its noun: "Principal opérateur
nocturne, la compagnie X"."""
_NEXT_LOWERCASE = re.compile(r"[ \u00a0][a-zà-ÿ]")


def _opening_word_no_name(text: str, start: int, end: int) -> bool:
    """Whether a French sentence's one capitalised first word is an adjective before a
    measure ("Longues de 44 mètres") or a verb before its object ("Couronner un livre")."""
    name = text[start:end]
    if " " in name or not is_sentence_start(text, start):
        return False
    if _OF_A_NUMBER.match(text, end):
        return True
    if name in _FRONTED_ADJECTIVES and _NEXT_LOWERCASE.match(text, end):
        return True  # "Principal opérateur nocturne, la compagnie X": an apposition first
    return bool(
        _INFINITIVE.fullmatch(name) and _OBJECT_AFTER.match(text, end) and not given_name(name)
    )


def _lowercase_forms(texts: Sequence[str]) -> set[str]:
    """Every word the article writes in lowercase, also with French inflections removed.

    Not a web address's ("mozilla.org", "download-firefox"), nor a word the article writes
    capitalised ten times as often ("mozilla blog" in a reference among 90 "Mozilla").
    """
    counts = Counter(
        _ELIDED.sub("", match.group())  # "l'acier": "acier"
        for text in texts
        for match in _WORD.finditer(text)
        if not _IN_ADDRESS.match(text, match.end())
        and text[match.start() - 1 : match.start()] not in ("/", ".", "@", "-")
    )
    forms = set()
    for word, count in counts.items():
        if word.islower() and counts.get(word.capitalize(), 0) < 10 * count:
            forms.add(word)
            forms.add(_stem(word))
    return forms


_IN_ADDRESS = re.compile(r"\.[a-z]|/|@")


def _stem(word: str) -> str:
    """A French adjective without its plural and feminine endings: "ukrainiennes" → "ukrainien"."""
    word = word.lower().removesuffix("s")
    if word.endswith("nne"):
        return word[:-2]
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    return word


def _is_common_word(name: str, lowercase: set[str], stop_words: frozenset[str], lang) -> bool:
    """A lone capitalised word the article also writes in lowercase, or a function word."""
    if " " in name or name.isupper() or not name[:1].isupper():
        return False
    if any(c.isupper() for c in name[1:]) or any(c.isdigit() for c in name):
        return False
    lower = name.lower()
    if lower in stop_words:
        return True
    if lower in lowercase:
        return True
    # "Laos" is no "lao" (the adjective): a country's name stands even when its stem does
    return lang == "fr" and _stem(name) in lowercase and not is_country(name)


def _named_as_a_town(text: str, start: int, name: str, lang: str | None) -> bool:
    """Whether `name` is a town's and stands where towns are named: "in Hyderabad", "between
    Fortezza and Verona" (not "a professor at Harvard", "engineers at Nokia")."""
    return (
        is_town(name)
        and name not in _UNIVERSITY_TOWNS
        and where_towns_are_named(text, start, lang)
        and not _STAFF_AT.search(text, max(0, start - 30), start)
    )


_CHEZ = re.compile(r"\bchez[ \u00a0]$")


def _fix_kind(
    text: str, start: int, name: str, kind: str, lang, given: bool = False
) -> tuple[str, float]:
    """Correct the systematic kind errors of the small models; returns kind and vote weight.

    The name's own shape and words come first ("Banque mondiale", "Pratt & Whitney"), then
    the words around it (`cues`), then a first name before a surname (`given`: "Michel
    Dupont"), then titles and place prepositions.
    """
    if _is_seat(name):
        return "org", 5.0
    if (
        name.isupper()
        and _DATELINE_AFTER.match(text, start + len(name))
        and not text[:start].strip()
        and (is_town(name.title()) or is_country(name.title()))
    ):
        return "place", 5.0  # "CAIRO — Gunmen opened fire": a wire story's dateline
    if known := known_kind(name):
        return known, 3.0
    if (
        len(words := name.split()) > 1
        and is_country(words[-1])
        and known_kind(" ".join(words[:-1])) == "org"
    ):
        return "org", 3.0  # "Yahoo Japan": a listed company's national arm
    if lang == "fr" and _CHEZ.search(text, max(0, start - 6), start) and not _is_place_name(name):
        return "org", CUE_WEIGHT  # "partis chez WestJet": an employer, not a place
    if kind != "place" and is_country(name):
        return "place", 3.0
    if (
        lang == "fr"
        and kind != "place"
        and is_country_after_article(text, start, start + len(name))
    ):
        return "place", 3.0  # "le président de la France": the model saw a body
    if _STATE_DEPARTMENT.fullmatch(name):
        return "org", 5.0
    if name.endswith(("'s", "’s")) and _SAINT_OF.fullmatch(name[:-2]):
        return "place", CUE_WEIGHT  # "St Julian's", "St John's": a town, no saint
    words = name.split()
    if (
        kind != "person"
        and (
            _PARTICLE_NAME.fullmatch(name)
            or (particle := _GIVEN_PARTICLE_NAME.fullmatch(name))
            and given_name(particle.group(1))
        )
        and _plain_words(words)
    ):
        return "person", CUE_WEIGHT  # "Luiz Inácio Lula da Silva", "Martín de los Santos"
    if shaped := name_kind(name):
        return shaped, CUE_WEIGHT
    if kind == "person" and _no_person_shape(words, given):
        return "org", CUE_WEIGHT  # "CNNMoney", "SmartAsset", "Orbital ATK"
    if _DATED_LAW.search(name):
        return "misc", CUE_WEIGHT  # "Investment Company Act of 1940"
    if words[-1] in _MISC_LAST and len(words) > 1 and words[-2] != "of":
        return "misc", CUE_WEIGHT  # "Musket Wars", "Chips Act" (not "Department of War")
    if (
        len(words) > 1
        and words[-1] == "Day"
        and (words[-2].endswith(("'s", "’s")) or not (given or given_name(words[0])))
    ):
        return "misc", CUE_WEIGHT  # "Valentine's Day", "Independence Day" (not "Doris Day")
    if (link := next((w for w in ("for", "on") if w in words[2:]), None)) and words[
        words.index(link, 2) - 1
    ] in _RULES_HEAD:
        return "misc", CUE_WEIGHT  # "National Environmental Standards for Commercial Forestry"
    if words[0] in _ORG_FIRST or words[-1] in _ORG_LAST or _AIRLINE.match(name):
        return "org", CUE_WEIGHT
    if "of" in words[2:] and words[words.index("of", 2) - 1] in _ORG_LAST:
        return "org", CUE_WEIGHT  # "the Ghana Chamber of Mines", "the Kenya Bank of Trade"
    if len(words) > 1 and words[0] in _LANDFORM_FIRST:
        return "place", CUE_WEIGHT  # "Cerro Pachón", "Lake Turkana", "Pic du Midi"
    if len(words) == 1 and _HIGH_OR_LOW.fullmatch(name):
        return "place", CUE_WEIGHT  # "Bas-Sassandra", "Haut-Valais", "Basse-Pointe"
    if len(words) > 1 and words[0] in ("Upper", "Lower") and kind == "person":
        return "place", CUE_WEIGHT  # "Upper Tamakoshi": nobody's first name
    if len(words) > 1 and (
        words[0] in _MISC_FIRST or words[0] == "Grand" and words[1] in _MISC_FIRST
    ):
        return "misc", CUE_WEIGHT
    if (
        kind != "person"
        and 2 <= len(words) <= 4
        and _TITLE_COMMA.search(text[max(0, start - 90) : start])
    ):
        return "person", CUE_WEIGHT
    if (
        kind != "person"
        and lang == "en"
        and 2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and _WHO_AFTER.match(text, start + len(name))
    ):
        return "person", CUE_WEIGHT  # "Eilidh Macleod, who runs a guest house"
    if kind != "person" and role_follows(text, start, start + len(name)):
        return "person", CUE_WEIGHT  # "Jóannes Dalsgaard, chief executive of"
    if given and _TOWN_APPOSITION.match(text, start + len(name)):
        return "place", CUE_WEIGHT  # "In Carlos Reyles, a village 20 km south": no man
    cued = context_kind(text, start, start + len(name), kind, lang)
    if cued and not (given and cued == "place" and not names_facility(text[:start], lang)):
        # "le camp de Giorgia Meloni": a first name and a surname are a person's, not a place's
        # (but "le stade Marcel-Picot" is the stadium's)
        return cued, CUE_WEIGHT
    if (
        len(words) > 1
        and words[-1] in _LANDFORM_LAST
        and not (
            words[-1] in _SURNAME_LANDFORMS and (given or kind == "person" and given_name(words[0]))
        )
    ):
        return "place", CUE_WEIGHT  # "Uawa River", "Tolaga Bay", "Rift Valley"
    if len(words) > 1 and _named_as_a_town(text, start, name, lang):
        return "place", CUE_WEIGHT  # "relier la capitale à Siem Reap": a town, not Mr Siem
    if given:
        # A little less than a cue, so that where the article says what the name is ("le
        # suisse Barry Callebaut"), that outvotes its first name in a list elsewhere.
        return "person", _GIVEN_WEIGHT
    if maker := maker_kind(text, start):
        return maker, CUE_WEIGHT
    if (
        kind != "person"
        and len(words) <= 3
        and _TITLE_BEFORE.search(text[max(0, start - 30) : start])
    ):
        return "person", 2.0
    if kind == "org" and _NEAR_BEFORE.search(text, max(0, start - 12), start):
        return "place", 2.0  # "ran aground near Dunkirk": nothing but a place is near
    if (
        kind in ("place", "misc")
        and _SOURCE_BEFORE.search(text, max(0, start - 30), start)
        and not _is_place_name(name)
    ):
        return "org", 2.0  # "selon l'Istat", "according to Boursorama": a source speaks
    if kind != "place" and len(words) == 1 and _named_as_a_town(text, start, name, lang):
        # "in Hyderabad", "between Fortezza and Verona" (longer names were read above)
        return "place", 2.0
    if kind == "person" and len(words) > 1 and is_country(words[-1]) and not given:
        return "org", 2.0  # "Virgin Australia": no one's surname is a country's name
    if kind == "person" and len(words) > 1 and is_town(name):
        return "place", 2.0  # "Boa Vista", "Mar del Plata": no first name opens them
    if kind in ("person", "misc", "place"):
        if lang in _PLACE_BEFORE and _PLACE_BEFORE[lang].search(text, max(0, start - 12), start):
            return "place", 2.0
        before = text[:start].rstrip().rsplit(" ", 1)[-1].lower()
        if kind == "person" and lang == "fr" and before.replace("’", "'") in _ARTICLES:
            # "le Jogorku Kenesh", "la Jirama": French puts no article before people
            return "org", 2.0
    if kind == "person" and len(words) > 1:
        return kind, 1.5
    return kind, 1.0


_SOURCE_BEFORE = re.compile(
    r"(?:\bselon|\baccording[ \u00a0]to|\bd['’]après)[ \u00a0](?:les[ \u00a0]données[ \u00a0]"
    r"(?:de[ \u00a0]|d['’]|du[ \u00a0]|des[ \u00a0])|(?:le|la|les|the)[ \u00a0]|l['’])?$"
)
"""Who a figure or a claim is sourced to: a body or a person, not a place ("selon l'Istat")."""
_TOWN_APPOSITION = re.compile(
    r",[ \u00a0](?:a|an|the|un|une|le|la)[ \u00a0](?:[a-zà-ÿ\-]+[ \u00a0]){0,2}?"
    r"(?:village|town|city|hamlet|municipality|suburb|commune|ville|bourgade|localité)s?\b"
)
"""An apposition that says a name is a town's, even a person's name: "Carlos Reyles, a
village", "Émile-Zola, une petite commune"."""
_GIVEN_WEIGHT = CUE_WEIGHT - 0.25
"""A first name's vote for a person: more than any model tag, less than a cue's."""

_WHO_AFTER = re.compile(r",[ \u00a0]who[ \u00a0](?!are[ \u00a0]|were[ \u00a0])")
"""", who" after a name: a person's, unless a plural verb follows ("Pink Floyd, who are")."""
_LANDFORM_FIRST = _set(
    "Mount Mt Mt. Lake Cerro Sierra Volcán Volcano Glacier Isla Ilha Cape Lac Pic Mont "
    "Massif Puy Cordillera Bahía Baía Baie Laguna Lago Punta Cabo Monte Nevado Golfo Río "
    "Arroyo Quebrada Salar Wadi Jebel Djebel Oued Pulau Gunung Danau Tanjung Kampung"
)
"""Words for hills, lakes, rivers and capes that open a place's name (not "Rio", as in Rio
Tinto)."""
_AIRLINE = re.compile(r"Air[ \u00a0-](?!Force[ \u00a0]One)[A-ZÀ-Þ]")
"""An airline's name: "Air Vanuatu", "Air-Glaciers" (and "Air Liquide", a company too; not
"Air Force One", a plane)."""
_HIGH_OR_LOW = re.compile(
    r"(?:Haut|Haute|Hauts|Hautes|Bas|Basse|Basses|Moyen|Moyenne)-"
    r"(?!Commissariat|Conseil|Autorité|Cour|Représentant)[A-ZÀ-Þ][\w\-’']+"
)
"""The upper or lower part of a region or a river's basin, a place: "Bas-Sassandra", "Haut-Jura"
(not "Haut-Commissariat", a body)."""
_LANDFORM_LAST = _set(
    "River Rivers Creek Bay Valley Falls Glacier Island Islands Peninsula Strait Straits Gulf "
    "Canyon Gorge Reef Atoll Desert Plateau Estuary Delta Fjord Lagoon Mountains Range "
    "Highlands Lowlands Basin Cove Springs Beach Base Dependency"
)
"""Words for rivers, bays and hills that close a place's name (not "Hill" or "Lake", which
close people's: "Damon Hill", "Veronica Lake"; nor "Harbour", which closes bands' and
firms')."""
_SURNAME_LANDFORMS = _set("Bay Beach Delta Falls Range Springs Cove")
"""Those of them that are also surnames: after a first name, a person ("Michael Bay")."""
_ARTICLES = _set("le la les l' du des")
"""French definite articles (and "de"/"à" fused with them, but for "au"/"aux", read as "in")."""
_STATE_DEPARTMENT = re.compile(r"[Dd]épartement[ \u00a0]d['’]État|State[ \u00a0]Department")
_PARTICLES_IN_NAMES = (
    r"(?:da|das|dos|do|de|del|della|di|van|von|bin|ben|ibn|ap)"
    r"(?:[ \u00a0](?:der|den|la|los|las))?"
)
_PARTICLE_NAME = re.compile(
    r"(?:[A-ZÀ-Þ][\w’'\-]+[ \u00a0]){2,}" + _PARTICLES_IN_NAMES + r"[ \u00a0][A-ZÀ-Þ][\w’'\-]+"
)
_GIVEN_PARTICLE_NAME = re.compile(
    r"([A-ZÀ-Þ][\w’'\-]+)[ \u00a0]" + _PARTICLES_IN_NAMES + r"[ \u00a0][A-ZÀ-Þ][\w’'\-]+"
)
"""A first name, a particle and a surname: "Martín de los Santos", "Siôn ap Rhys"."""
_PLACE_FIRST = _set(
    "San Santa Santo São Saint Sainte St St. Port Puerto Porto Cape Cap Mont Monte Ciudad Villa "
    "Costa Rio Río Lake Fort New Nueva Nouvelle Bahía Isla Las Los La Le Les El Al Mount The"
)


_CAMEL_CASE = re.compile(r"[A-Z]+[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]+")
_SURNAME_PREFIX = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z]")
_ROMAN = re.compile(r"[IVX]+")


def _no_person_shape(words: list[str], given: bool) -> bool:
    """Whether a name the model calls a person's is shaped as a brand's or a company's: one
    word capitalised inside ("CNNMoney", but "McDonald", "DeSantis" are surnames), or words
    ending on an acronym after no first name ("Orbital ATK", not "Henry VIII")."""
    if len(words) == 1:
        word = words[0]
        return bool(_CAMEL_CASE.fullmatch(word)) and not _SURNAME_PREFIX.match(word)
    last = words[-1]
    return (
        last.isupper()
        and last.isalpha()
        and len(last) >= 2
        and not _ROMAN.fullmatch(last)
        and not given
        and not given_name(words[0].title())  # "JIM WATSON", a photo credit in capitals
    )


def _plain_words(words: list[str]) -> bool:
    """Whether a name's words are a person's: no place's first word, no body's word in it."""
    if words[0] in _PLACE_FIRST:
        return False
    return not any(
        w in _ORG_FIRST or w in _ORG_LAST or w in _MISC_FIRST or w.lower() in _PLACE_WORDS
        for w in words
    )


_PLACE_WORDS = _set("province région region city county district island islands valley")


def _without_overlaps(mentions: list[_Mention]) -> list[_Mention]:
    """Keep the heavier of two overlapping mentions (the longer on a tie)."""
    ranked = sorted(mentions, key=lambda m: (-m.weight, -(m.end - m.start), m.block, m.start))
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    kept = []
    for m in ranked:
        if any(m.start < e and s < m.end for s, e in taken[m.block]):
            continue
        taken[m.block].append((m.start, m.end))
        kept.append(m)
    return sorted(kept, key=lambda m: (m.block, m.start))


_SURNAME_PARTICLES = _set("van von de du ap ab di da del della dos das do við af")
"""Particles a surname keeps when it stands alone ("de Grandpré", "ap Rhys")."""
_SURNAME_PARTICLE = re.compile(
    r"(?<![\w\-’'])(?:van[ \u00a0]den|van[ \u00a0]der|van[ \u00a0]de|von[ \u00a0]der|de[ \u00a0]la|"
    + "|".join(sorted(_SURNAME_PARTICLES, key=len, reverse=True))
    + r")[ \u00a0]$|(?<![\w\-’'])d['’]$"
)


_PARTICLE_FIRST = re.compile(
    r"(?i:van[ \u00a0]den|van[ \u00a0]der|van[ \u00a0]de|von[ \u00a0]der|de[ \u00a0]la|"
    + "|".join(sorted(_SURNAME_PARTICLES, key=len, reverse=True))
    + r")[ \u00a0]"
)


def _surnames_with_particles(
    texts: Sequence[str], mentions: list[_Mention], named: list[_Mention]
) -> list[_Mention]:
    """A surname alone keeps its particle, when the article writes the full name with it
    (among `named`): "M. de Grandpré", "van den Heuvel said", after "Jean-François de
    Grandpré"."""
    people = [m.text for m in named if m.kind == "person" and " " in m.text]
    bodies = [m.text for m in named if m.kind == "org" and " " in m.text]
    grown = []
    for m in mentions:
        text = texts[m.block]
        particle = _SURNAME_PARTICLE.search(text, max(0, m.start - 12), m.start)
        offset = 0
        if particle is None:
            # "De Lange said", "De la Paz Oil Mills told": the particle opens the sentence
            offset, window = _lowered(text, m.start)
            particle = _SURNAME_PARTICLE.search(window, max(0, m.start - 12) - offset)
        if particle:
            with_particle = text[offset + particle.start() : m.end]
            written = with_particle[0].lower() + with_particle[1:]
            if (
                any(_surname_in(name, written) for name in people)
                or " " in m.text
                and written != with_particle  # "De la Paz Oil Mills", short for "Casimiro de..."
                and any(f" {written} " in name or name.endswith(" " + written) for name in bodies)
            ):
                start = offset + particle.start()
                m = _Mention(m.block, start, m.end, m.kind, with_particle, m.weight)
        grown.append(m)
    return grown


def _surname_in(name: str, surname: str) -> bool:
    """Whether a full name ends with `surname`, or with it and a second family name ("Javier
    de la Fuente Ortega" is "M. de la Fuente")."""
    if name.endswith(" " + surname):
        return True
    _, found, rest = name.partition(f" {surname} ")
    return bool(found) and len(rest.split()) == 1 and rest[:1].isupper()


def _lowered(text: str, end: int) -> tuple[int, str]:
    """The last few words before `end`, lowercase ("De la" → "de la"), with the character
    before them as it is (for the pattern's look-behind) and where that window starts."""
    start = max(0, end - 12)
    offset = max(0, start - 1)
    return offset, text[offset:start] + text[start:end].lower()


def _canonical_names(mentions: list[_Mention]) -> dict[str, str]:
    """Map every mention's text to its canonical name: a person's fullest name ending with it."""
    companies = {m.text for m in mentions if m.kind == "org" and m.text.split()[-1] in LEGAL_FORMS}
    full_names = {
        m.text
        for m in mentions
        if m.kind == "person"
        and " " in m.text
        # "Celulosa Río Negro", short for "Celulosa Río Negro S.A.": no one's name
        and not any(company.startswith(m.text + " ") for company in companies)
    }
    aliases: dict[str, set[str]] = defaultdict(set)
    for full in full_names:
        words = full.split()
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if tail[0].isupper() or words[i] in _SURNAME_PARTICLES:  # "de Grandpré" too
                aliases[tail].add(full)
                aliases[tail[0].upper() + tail[1:]].add(full)
        for word in words[1:-1]:
            if word[0].isupper() and len(word) > 3:
                aliases[word].add(full)
        for i in range(1, len(words) - 2):
            if words[i] in _SURNAME_PARTICLES and words[-1][0].isupper():
                aliases[" ".join(words[i:-1])].add(full)  # "de la Fuente" (Ortega)
        if len(words) == 2 and _GIVEN_NAME_AFTER.fullmatch(words[1]):
            aliases[words[0]].add(full)  # "Lai Ching-te", "Lee Jae-myung": the family name first
    countries = {
        m.text for m in mentions if m.kind == "place" and is_country(m.text, even_a_first_name=True)
    }  # "la France" stays the country after "David France"
    canonical = {}
    for m in mentions:
        if m.text in countries:
            canonical[m.text] = m.text
            continue
        # The longest full name wins over names it is part of ("Lai" < "Lai Ching-te").
        targets = {t for t in aliases.get(m.text, ()) if t != m.text} - {m.text}
        longest = {t for t in targets if not any(t != o and t in o for o in targets)}
        canonical[m.text] = longest.pop() if len(longest) == 1 else m.text
    for full in full_names:
        canonical.setdefault(full, full)
    return canonical


def _surnames(
    kinds: dict[str, str], lowercase: set[str], stop_words: frozenset[str]
) -> dict[str, str]:
    """Each person's last name (without "al-", "el-"...), when it stands for only one person.

    "Burhan" alone is marked as "Abdel Fattah al-Burhan" even if the model never tagged it.
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for name, kind in kinds.items():
        words = name.split()
        if kind != "person" or len(words) < 2:
            continue
        last = words[-1]
        for surname in {last, _PARTICLE.sub("", last)}:
            lower = surname.lower()
            if (
                len(surname) >= 3
                and surname[0].isupper()
                and lower not in stop_words | lowercase
                and not is_country(surname, even_a_first_name=True)
            ):
                owners[surname].add(name)  # "David France" makes "la France" no person
    return {surname: names.pop() for surname, names in owners.items() if len(names) == 1}


_GLUED_LEGAL_FORM = re.compile(r"\w-(?:AG|GmbH|KG|SE|KGaA)$")
"""A German legal form glued to the trade it names: "Rückversicherungs-AG"."""


def _company_short_names(
    kinds: dict[str, str], lowercase: set[str], stop_words: frozenset[str]
) -> dict[str, str]:
    """Each company's name without its company words, when it stands for only one company.

    "Zions" alone is marked as "Zions Bancorporation", "Apotex" as "Apotex Inc.", "Siam
    Orchard" as "Siam Orchard Export Ltd", even if the model never tagged it or took it for a
    person. One or two distinctive words: no place's, people's or person's name ("American
    Airlines" is not "American").
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for name, kind in kinds.items():
        words = name.split()
        if kind != "org":
            continue
        legal = words[-1] in LEGAL_FORMS or bool(_GLUED_LEGAL_FORM.search(words[-1]))
        if len(words) > 1 and _GLUED_LEGAL_FORM.search(words[-1]):
            words.pop()  # "Nordhansa Rückversicherungs-AG": a reinsurance company
        while len(words) > 1 and words[-1] in ORG_SUFFIXES:
            words.pop()
        if words == name.split():
            continue
        words[-1] = words[-1].rstrip(",")  # "U.S. Games Systems, Inc."
        shorts = [words] if len(words) <= 2 or legal else []
        if legal and len(words) >= 3:
            shorts.append(words[:2])  # "Brødrene Sandvik" (Havbruk AS)
        first = words[0]
        if (
            legal
            and len(words) > 1
            and len(first) >= 4
            and first not in _ORG_FIRST
            and first.lower() not in ORG_NOUNS
        ):
            # "Meghna" for "Meghna Sports Media Pvt Ltd": a registered company's first word,
            # when it is no company word ("Groupe", "Éditions").
            shorts.append([first])
        elif legal and len(words) == 2 and (first in _ORG_FIRST or first.lower() in ORG_NOUNS):
            shorts.append(words[1:])  # "Vidal-Charbonnier" for "Laboratoires Vidal-Charbonnier SAS"
        for short_words in shorts:
            short = " ".join(short_words)
            if (
                len(short) >= 3
                and all(word[0].isupper() for word in short_words)
                and short.lower() not in stop_words | lowercase
                and not given_name(short_words[0])
                and not demonym(short_words[0])
                and not _listed_or_geographic(short)
            ):
                owners[short].add(name)
    found = {}
    for short, names in owners.items():
        longest = max(names, key=len)
        if all(longest.startswith(name) for name in names):
            found[short] = longest  # "U.S. Games Systems" is "U.S. Games Systems, Inc."
    return found


_PERSON_AFTER = re.compile(
    r"(?:,[ \u00a0]who\b|[ \u00a0](?:said|says|told|added|insisted|wrote)[ \u00a0](?:he|she)\b"
    r"|['’]s[ \u00a0](?:wife|husband|son|daughter|mother|father|government|administration|"
    r"cabinet|party|aides?|allies|campaign|lawyers?|spokes(?:man|woman|person)|predecessor|"
    r"successor|rival|re-?election|presidency|premiership)\b"
    r"|[ \u00a0](?:administration|presidency|campaign|government|era)\b)"
)
"""Words after a lone name that only a person takes ("Kessler, who", "said she", "'s wife",
"the Obama administration")."""
_TITLE_DOT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen)\.[ \u00a0]$")
_FULL_ARTICLE_WORDS = 150
"""Below this, a text is a headline or a summary: it may name anyone by surname alone."""


def _lone_words_not_people(
    texts: Sequence[str],
    mentions: list[_Mention],
    canonical: dict[str, str],
    kinds: dict[str, str],
    aliases: set[str],
) -> None:
    """A lone word the model alone calls a person, never written after a first name in the
    article, is a body's name ("Lumaris said"): news names a person in full first.

    Only in a full article that names someone in full: headlines and feed summaries call
    leaders by surname alone ("Putin said"). A title, a cue, a nickname's definition ("known
    as Hemedti"), words only a person takes ("Kessler, who") or a first name keep a person a
    person.
    """
    if sum(len(t.split()) for t in texts) < _FULL_ARTICLE_WORDS or not any(
        kind == "person" and " " in name for name, kind in kinds.items()
    ):
        return
    cued = {
        m.text
        for m in mentions
        if m.kind == "person"
        and (
            m.weight >= 2.0
            or _TITLE_BEFORE.search(texts[m.block][max(0, m.start - 30) : m.start])
            or _TITLE_DOT_BEFORE.search(texts[m.block], max(0, m.start - 8), m.start)
            or _PERSON_AFTER.match(texts[m.block], m.end)
        )
    }
    surnames = {n.rsplit(None, 1)[1] for n, k in kinds.items() if k == "person" and " " in n}
    for name, kind in list(kinds.items()):
        if (
            kind == "person"
            and " " not in name
            and canonical.get(name, name) == name
            and name not in surnames  # "Arthur Edward Waite", "Arthur Waite": then "Waite"
            and name not in cued
            and name not in aliases
            and given_name(name) is None  # "Fiona said": someone known by first name
        ):
            kinds[name] = "org"


_AND = re.compile(r"[ \u00a0](?:and|or|et|ou)[ \u00a0](?:de[ \u00a0]|d['’])?")
_LIST_AFTER_PREPOSITION = re.compile(after_words(LOCATING_WORDS | {"dans"}, "[ \u00a0]"))
"""Where a list of places starts: "between Ohrid and X", "entre Cayambe et X" ("de" and "d'"
start lists of anything: "propriétaire d'Omega et de Longines")."""
_COMMA = re.compile(r",[ \u00a0]")
_LIST_ENDS_WITH_AND = re.compile(
    r"(?:,[ \u00a0][A-ZÀ-Þ][\w\-’']*(?:[ \u00a0][A-ZÀ-Þ][\w\-’']*)*)*,?[ \u00a0](?:and|et)[ \u00a0]"
)
_LIST_GOES_ON = re.compile(r",[ \u00a0]|[ \u00a0](?:and|or|et|ou)[ \u00a0]")


def _persons_initials(short: str, name: str) -> bool:
    """Whether `short` is a person's initials: "RMS" for Richard Stallman (middle ones too)."""
    words = name.split()
    return initials_of(short, name) or (
        len(short) >= 2 and short[0] == name[0] and short[-1] == words[-1][0]
    )


_BRACKETED_NAME = re.compile(_SP + r"?\(([A-ZÀ-Þ][\w\-’'&]*)\)")


def _bracketed_short_names(
    texts: Sequence[str], mentions: list[_Mention]
) -> list[tuple[_Mention, _Mention]]:
    """A body's short name in brackets after its full one, spelled however it is:
    "l'Office national des statistiques (Geostat)", "la Banque Cantonale du Valais (BCVs)".

    Returns `(short name, full name)` pairs. A country or town in brackets is where the body
    is ("l'Université de Genève (Suisse)"), not its name.
    """
    found = []
    for m in mentions:
        if m.kind != "org" or " " not in m.text.strip():
            continue
        match = _BRACKETED_NAME.match(texts[m.block], m.end)
        if match is None or _is_place_name(match.group(1)):
            continue
        if is_country(match.group(1), even_a_first_name=True):
            continue
        start, end = match.span(1)
        found.append((_Mention(m.block, start, end, "org", match.group(1), CUE_WEIGHT), m))
    return found


def _affiliations(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A name in brackets right after a person's, taken for a person too, is their party or
    body: "Jean Dupont (Renaissance)", "Keir Starmer (Labour)"."""
    people = {(m.block, m.end) for m in mentions if m.kind == "person"}
    fixed = []
    for m in mentions:
        text = texts[m.block]
        if (
            m.kind == "person"
            and " " not in m.text  # "Phil Connors (Bill Murray)": the actor
            and given_name(m.text) is None
            and text[m.start - 1 : m.start] == "("
            and text[m.end : m.end + 1] == ")"
            and {(m.block, m.start - 1), (m.block, m.start - 2)} & people
            and text[m.start - 2 : m.start - 1] in (" ", "\u00a0", "")
        ):
            m = _Mention(m.block, m.start, m.end, "org", m.text, max(m.weight, CUE_WEIGHT))
        fixed.append(m)
    return fixed


def _towns_beside_places(texts: Sequence[str], mentions: list[_Mention]) -> list[_Mention]:
    """A town listed with a place is a place: "from Split and Zadar", "Durban and Dar es
    Salaam", whatever the model tagged it (not a first name: "Yoon, Kim and Lee"). So is any
    name paired with a place after a place's preposition: "between Ohrid and X"."""
    ordered = sorted(mentions, key=lambda m: (m.block, m.start))
    places = set()
    in_located_list = set()
    for a, b in zip(ordered, ordered[1:], strict=False):
        text = texts[a.block]
        paired = a.block == b.block and _AND.fullmatch(text, a.end, b.start)
        if not paired and not (
            a.block == b.block
            and _COMMA.fullmatch(text, a.end, b.start)
            and _LIST_GOES_ON.match(text, b.end)
        ):
            continue  # "In Washington, White House staff": no list
        # Any name in a list after a place's preposition, if nothing in it says body: "between
        # Ohrid and X", "in X, Y and Z" (a list of three or more goes on to its "and").
        located = (
            a in in_located_list
            or _LIST_AFTER_PREPOSITION.search(text, max(0, a.start - 12), a.start)
            and (paired or _LIST_ENDS_WITH_AND.match(text, b.end))
        )
        if located:
            in_located_list.add(b)
        for town, other in ((a, b), (b, a)):
            if (
                other.kind == "place"
                and town.kind in ("org", "person")
                and (
                    is_town(town.text)
                    or located
                    and not any(w in ORG_SUFFIXES or w in _ORG_LAST for w in town.text.split())
                )
                and not given_name(town.text.split()[0])
                and not known_kind(town.text)
                and not _is_seat(town.text)
            ):
                places.add(town)
    return [
        _Mention(m.block, m.start, m.end, "place", m.text, max(m.weight, 2.0)) if m in places else m
        for m in mentions
    ]


def _vote_kinds(mentions: list[_Mention], canonical: dict[str, str]) -> dict[str, str]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        # A surname standing for a person's full name votes for a person, whatever its tag.
        kind = "person" if canonical[m.text] != m.text else m.kind
        votes[canonical[m.text]][kind] += m.weight
    kinds = {}
    for name, counter in votes.items():
        kinds[name] = counter.most_common(1)[0][0]
    # A short name that stands for a person is a person, whatever the model said of it.
    for alias, full in canonical.items():
        if full in kinds:
            kinds.setdefault(alias, kinds[full])
    return kinds


def _propagate(
    texts: Sequence[str],
    mentions: list[_Mention],
    canonical: dict[str, str],
    kinds: dict[str, str],
    stop_words: frozenset[str],
) -> list[_Mention]:
    """Mark every other occurrence of a known name, headings included."""
    names = sorted(
        (n for n in canonical if len(n) > 1 and n[0].isupper() and n.lower() not in stop_words),
        key=len,
        reverse=True,
    )
    if not names:
        return []
    pattern = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w\-])")
    taken: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        taken[m.block].append((m.start, m.end))
    added = []
    for block, text in enumerate(texts):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken[block]):
                continue
            if _inside_longer_name(text, start, end) or page_furniture(text, start, match.group()):
                continue
            name = match.group()
            added.append(_Mention(block, start, end, kinds[canonical[name]], name, 0.5))
            taken[block].append((start, end))
    return added


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word touches the match ("Washington" in "Washington Post")."""
    after = re.match(r"[ \u00a0]([A-ZÀ-ÖØ-Þ])", text[end:])
    if after:
        return True
    before = re.search(r"([A-ZÀ-ÖØ-Þ][\w\-]*)[ \u00a0]$", text[:start])
    return bool(before) and not is_sentence_start(text, before.start())


@cache
def _stop_words(language: str | None) -> frozenset[str]:
    if language == "fr":
        from spacy.lang.fr.stop_words import STOP_WORDS
    elif language == "en":
        from spacy.lang.en.stop_words import STOP_WORDS
    else:
        return frozenset()
    return frozenset(STOP_WORDS)
