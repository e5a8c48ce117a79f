"""Word tables for figure recognition: months, currencies, units, scale words and cues.

Each table maps a regular-expression fragment (no capturing groups) to what it means, so
`numbers_patterns` can build one alternation per table and tell the alternatives apart by
named groups. Alternatives are tried in order: longer spellings come first.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reader.core.analysis.lexicon import DEMONYMS


def _words(text: str) -> tuple[str, ...]:
    """The words of a space-separated list."""
    return tuple(text.split())


MONTH_PATTERN = (
    # French: lower case in running text, capitalised at the start of a sentence.
    "[Jj]anvier|[Jj]anv\\.|[Ff][ée]vrier|[Ff][ée]vr?\\.|[Mm]ars|[Aa]vril|[Aa]vr\\.|[Mm]ai|"
    "[Jj]uin|[Jj]uillet|[Jj]uil\\.|[Aa]o[ûu]t|[Ss]eptembre|[Ss]ept\\.|[Oo]ctobre|[Nn]ovembre|"
    "[Dd][ée]cembre|[Dd][ée]c\\.|"
    # English: always capitalised, so "march" and "may" the verbs are not months.
    "January|Jan\\.?|February|Feb\\.?|March|Mar\\.|April|Apr\\.?|May|June|Jun\\.?|July|"
    "Jul\\.?|August|Aug\\.?|September|Sept?\\.?|October|Oct\\.?|November|Nov\\.?|"
    "December|Dec\\.?"
)
"""Month names and abbreviations, French and English."""

MONTH_NUMBERS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "janvier janv january jan",
            "fevrier fevr fev february feb",
            "mars march mar",
            "avril avr april apr",
            "mai may",
            "juin june jun",
            "juillet juil july jul",
            "aout august aug",
            "septembre sept september sep",
            "octobre october oct",
            "novembre november nov",
            "decembre dec december",
        ),
        start=1,
    )
    for name in names.split()
}
"""Month names lower-cased, without accents or the abbreviation's period → month number."""

ENGLISH_MONTHS = frozenset(
    _words(
        "january jan february feb march mar april apr may june jun july jul august aug september "
        "sep sept october oct november nov december dec"
    )
)
"""English month names: only they may come before a day ("March 14"); French puts it after."""

CURRENCY_CODES = _words(
    "EUR USD GBP CHF JPY CNY RUB UAH CAD AUD NZD HKD SGD INR BRL KRW TRY ILS PLN SEK NOK DKK "
    "CZK HUF RON BGN ZAR MXN ARS SAR AED QAR IRR NGN EGP XOF XAF KZT BYN GEL "
    # the rest of ISO 4217 but for codes that are English words (ALL, CUP, TOP, SOS, BOB...)
    "AFN AMD ANG AOA AWG AZN BAM BBD BDT BHD BIF BMD BND BSD BTN BWP BZD CDF CLP COP CRC CVE "
    "DJF DOP DZD ERN ETB FJD GHS GIP GMD GNF GTQ GYD HNL HTG IDR IQD ISK JMD JOD KES KGS KHR "
    "KMF KPW KWD KYD LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MRU MUR MVR MWK MYR MZN "
    "NAD NIO NPR OMR PAB PGK PHP PKR PYG RSD RWF SBD SCR SDG SLE SLL SRD SSP STN SVC SYP SZL "
    "THB TJS TMT TND TTD TWD TZS UGX UYU UZS VES VND VUV WST XCD XPF YER ZMW ZWL"
)
"""ISO 4217 codes recognised when written before or after an amount ("CHF 300", "5 M USD")."""

COUNTRY_DOLLARS: dict[str, str] = {
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "S$": "SGD",
    "R$": "BRL",
    "FJ$": "FJD",
    "NT$": "TWD",
    "J$": "JMD",
    "N$": "NAD",
    "TT$": "TTD",
    "EC$": "XCD",
    "RD$": "DOP",
    "BZ$": "BZD",
    "Z$": "ZWL",
    "Mex$": "MXN",
}
"""Dollars (and the real) written with a country's letters; any other ("SI$") is money of no
particular currency, "XXX"."""

COUNTRY_DOLLAR = "*"
"""The code standing for "look the prefix up in `COUNTRY_DOLLARS`"."""
CURRENCY_CODE = "="
"""The code standing for "the text is the code" ("CHF 300"): one group for all the codes
keeps the patterns as fast as with a few."""

CURRENCY_SIGNS: dict[str, str] = {
    "€": "EUR",
    "£": "GBP",
    "¥": "JPY",
    "₽": "RUB",
    "₴": "UAH",
    "₹": "INR",
    "₩": "KRW",
    "₺": "TRY",
    "₪": "ILS",
    "฿": "THB",
    "₦": "NGN",
    "₱": "PHP",
    "₫": "VND",
    "₲": "PYG",
    "₡": "CRC",
    "₭": "LAK",
    "₮": "MNT",
    "₸": "KZT",
    "₼": "AZN",
    "₾": "GEL",
    "៛": "KHR",
    "₵": "GHS",
    "₨": "XXX",
}
"""Currency signs, written before or after an amount ("€1.2 billion", "300 €")."""

CURRENCY_PREFIXES: dict[str, str] = {
    "US ?\\$|U\\.S\\. ?\\$": "USD",
    # One alternative for every country's dollar: fewer for the engine to try at each position.
    "[A-Z][A-Za-z]{0,2}\\$": COUNTRY_DOLLAR,
    "SFr|Sfr": "CHF",
    "\\$": "USD",
    "Rs\\.?": "INR",
    "GH[₵¢]": "GHS",
    **CURRENCY_SIGNS,
    # Letters the local press writes before an amount ("RO 1.6 billion", "KSh 4,500").
    "RO": "OMR",
    "KD": "KWD",
    "BD": "BHD",
    "QR": "QAR",
    "SR": "SAR",
    "JD": "JOD",
    "Dhs?": "AED",
    "K[Ss]hs?": "KES",
    "USh": "UGX",
    "TSh": "TZS",
    "RM": "MYR",
    "Tk": "BDT",
    "Nu\\.?": "BTN",
    # The Nordic crowns' "kr" ("kr 45 million", "kr. 300"): which country's, only the article
    # knows.
    "kr\\.?": "XXX",
    "Rp\\.?": "IDR",
    "S/\\.?": "PEN",
    "R(?![ \\u00a0\\u202f])": "ZAR",  # only joined to its amount: "R185 million", "R95,000"
    # The kwacha's or kina's K, joined to an amount in millions or billions ("K45 million"):
    # not "K2", a mountain, nor "K9", a dog. Which country's, only the article knows.
    "K(?![ \\u00a0\\u202f])": "XXX",
    "|".join(sorted(CURRENCY_CODES)): CURRENCY_CODE,
}
"""Symbols and codes written before an amount: "$9,500", "€1.2 billion", "CHF 300"."""

CURRENCY_SYMBOLS_AFTER: dict[str, str] = {"\\$ ?US|\\$": "USD", **CURRENCY_SIGNS}
"""Symbols written after an amount, with or without a space: "5 M$", "300 €", "5€"."""

_SHARED_NAMES = (
    "francs?|dinars?|dirhams?|shillings?|pesos?|roupies?|rupees?|riyals?|rials?|couronnes?|"
    "crowns?|kronor|kroner|krona|leones?"
)
"""Currency names several countries use, which a country's adjective may follow or precede."""
_COUNTRY_ADJECTIVES = "|".join(sorted(DEMONYMS, key=len, reverse=True))
"""Country adjectives in their base form, for a currency named French-style ("francs
comoriens", inflected); the English ones among them do no harm there."""

CURRENCY_WORDS: dict[str, str] = {
    "euros?": "EUR",
    "dollars? (?:canadiens?)|Canadian dollars?": "CAD",
    "dollars? (?:australiens?)|Australian dollars?": "AUD",
    "dollars? de Hong Kong|Hong Kong dollars?": "HKD",
    "dollars? néo-zélandais|New Zealand dollars?": "NZD",
    "dollars? (?:de )?Singapour|dollars? singapouriens?|Singapore dollars?": "SGD",
    "dollars? (?:des )?Fidji|dollars? fidjiens?|Fiji(?:an)? dollars?": "FJD",
    "dollars? (?:de )?Taïwan|dollars? taïwanais|(?:New )?Taiwan(?:ese)? dollars?": "TWD",
    "dollars? jamaïcains?|Jamaican dollars?": "JMD",
    "dollars? namibiens?|Namibian dollars?": "NAD",
    "dollars? zimbabwéens?|Zimbabwe(?:an)? dollars?": "ZWL",
    "dollars? (?:américains?|US)|(?:US|U\\.S\\.|American) dollars?": "USD",
    # Any other country's dollar: money, no particular currency ("5,000 Solomon dollars",
    # "85 000 dollars surinamais").
    "[A-Z][a-z]+ dollars?": "XXX",
    f"dollars? (?:{_COUNTRY_ADJECTIVES})(?:n?e)?s?": "XXX",
    "dollars?": "USD",
    "livres? sterling|pounds? sterling|British pounds?": "GBP",
    "livres? turques?|Turkish liras?|liras? turques?|liras?": "TRY",
    "francs? suisses?|Swiss francs?": "CHF",
    "francs? CFA|CFA francs?|F ?CFA": "XOF",
    "francs? CFP|CFP francs?|F ?CFP": "XPF",
    "yens?": "JPY",
    "yuans?|renminbis?": "CNY",
    "roubles?|rubles?": "RUB",
    "hryvnias?|hryvnas?|hryvnies?|grivnas?": "UAH",
    "Nepal(?:ese|i) rupees?|roupies? népalaises?": "NPR",
    "Pakistani rupees?|roupies? pakistanaises?": "PKR",
    "Sri Lankan rupees?|roupies? sri-lankaises?": "LKR",
    "Mauritian rupees?|roupies? mauriciennes?": "MUR",
    "Malawian kwachas?|kwachas? malawiens?": "MWK",
    "roupies?(?: indiennes?)?|(?:Indian )?rupees?": "INR",
    "reais|réals?": "BRL",
    "shekels?|sheqalim": "ILS",
    "zlotys?|złotys?": "PLN",
    "riyals?(?: saoudiens?)?|(?:Saudi )?riyals?": "SAR",
    "rials?(?: iraniens?)?|(?:Iranian )?rials?": "IRR",
    "nairas?": "NGN",
    "rands?": "ZAR",
    "wons? sud-coréens?|(?:South )?Korean won": "KRW",
    "couronnes? suédoises?|Swedish (?:kronor|krona)": "SEK",
    "couronnes? norvégiennes?|Norwegian (?:kroner|krone)": "NOK",
    "couronnes? danoises?|Danish (?:kroner|krone)": "DKK",
    "couronnes? tchèques?|Czech (?:korunas?|koruny)": "CZK",
    "forints?": "HUF",
    "pesos? mexicains?|Mexican pesos?": "MXN",
    "pesos? argentins?|Argentine pesos?": "ARS",
    "ariarys?": "MGA",
    "lei|leus?": "RON",
    "levas?|leva": "BGN",
    "kwachas?": "ZMW",
    "cedis?": "GHS",
    "birrs?": "ETB",
    "takas?": "BDT",
    "bahts?": "THB",
    "ringgits?": "MYR",
    "roupies? indonésiennes?|rupiahs?": "IDR",
    "dongs?": "VND",
    "soms?": "KGS",
    "tenges?": "KZT",
    "laris?": "GEL",
    "manats?": "AZN",
    "kyats?": "MMK",
    "quetzals?|quetzales": "GTQ",
    "bolivianos?": "BOB",
    "guaranis?|guaraníes": "PYG",
    "gourdes?": "HTG",
    "kwanzas?": "AOA",
    "meticais|meticals?": "MZN",
    "ouguiyas?": "MRU",
    "afghanis?": "AFN",
    "lek[ëe]?": "ALL",
    "drams?": "AMD",
    "marks? convertibles?|convertible marks?": "BAM",
    "ngultrums?": "BTN",
    "pulas?": "BWP",
    "colones|colóns?": "CRC",
    "escudos?": "CVE",
    "nakfas?": "ERN",
    "dalasis?": "GMD",
    "lempiras?": "HNL",
    "riels?": "KHR",
    "kips?": "LAK",
    "t[uö]g(?:rik|rug|rög)s?": "MNT",
    "patacas?": "MOP",
    "rufiyaa": "MVR",
    "kinas?": "PGK",
    "balboas?": "PAB",
    "(?:nuevos )?soles": "PEN",
    "lotis?|maloti": "LSL",
    "leones?": "SLE",
    "dobras?": "STN",
    "lilangeni|emalangeni": "SZL",
    "somonis?": "TJS",
    "pa[ʻ'’]?angas?": "TOP",
    "vatus?": "VUV",
    "talas?": "WST",
    "sums?|soums?": "UZS",
    "bol[ií]vares|bol[ií]vars?": "VES",
    "córdobas?|cordobas?": "NIO",
    "Egyptian pounds?|livres? égyptiennes?": "EGP",
    "Lebanese pounds?|livres? libanaises?": "LBP",
    "South Sudanese pounds?|livres? sud-soudanaises?": "SSP",
    "Sudanese pounds?|livres? soudanaises?": "SDG",
    "Syrian pounds?|livres? syriennes?": "SYP",
    "francs? Pacifique|francs? pacifiques?": "XPF",
    "denars?|dénars?|denari": "MKD",
    # Any other country's currency, by its adjective: "francs comoriens", "Somaliland shillings".
    f"(?:{_SHARED_NAMES}) (?:{_COUNTRY_ADJECTIVES})(?:n?e)?s?": "XXX",
    f"[A-Z][a-z]+ (?:{_SHARED_NAMES})": "XXX",
    # Shared by several countries: money, but no particular currency (ISO 4217 "XXX").
    "pesos?|couronnes?|crowns?|kronor|kroner|kronur|dinars?|dirhams?|francs?|shillings?": "XXX",
    "|".join(sorted(CURRENCY_CODES)): CURRENCY_CODE,
}
"""Currency names (French and English) and codes written after an amount."""

CURRENCY_SUBUNITS: dict[str, str] = {
    "centimes? d['’]euros?|cents? d['’]euros?|euro ?cents?|centimes?": "EUR",
    "cents?": "USD",
    # "50p" glued to one or two digits ("1080p" is a screen's resolution).
    "pence|(?:(?<=(?<![\\d.,])\\d)|(?<=(?<![\\d.,])\\d\\d))p": "GBP",
}
"""Hundredths of a currency after an amount: "30 cents" (USD), "35 centimes" (EUR), "50p"."""

GBP_OR_POUNDS = "pounds?"
"""Bare "pounds": money (GBP) after a scale word ("5 million pounds"), else a mass (lb)."""

SCALES: dict[str, tuple[Decimal, bool]] = {
    # pattern → (factor, needs a currency nearby)
    # Headlines capitalise their words: "$40 Million", "1.2 Million Passengers".
    "[Mm]illions?": (Decimal(10) ** 6, False),
    "milliards?": (Decimal(10) ** 9, False),
    "[Tt]housand": (Decimal(10) ** 3, False),
    "mille": (Decimal(10) ** 3, False),
    "Mds|Mrds?|Md|bn|bln": (Decimal(10) ** 9, False),
    "M": (Decimal(10) ** 6, False),
    "[kK]": (Decimal(10) ** 3, False),
    "m|mn|mln": (Decimal(10) ** 6, True),
    "tn|trn": (Decimal(10) ** 12, True),
    "crores?": (Decimal(10) ** 7, False),
    "lakhs?": (Decimal(10) ** 5, False),
}
"""Scale words and abbreviations → factor. "billion(s)" and "trillion(s)" depend on the
language (see `long_scale`)."""

LONG_SCALE_LANGUAGES = frozenset({"fr", "de", "es", "it", "pt", "nl", "pl", "sv", "da", "nb"})
"""Languages where "billion" means 10^12 and "trillion" 10^18 (the long scale)."""

COMMA_DECIMAL_LANGUAGES = frozenset(
    {"fr", "de", "es", "it", "pt", "nl", "pl", "sv", "da", "nb", "fi", "cs", "ru", "uk", "tr"}
)
"""Languages that write "6,2" for six point two, and may group thousands with a period."""

PERIOD_DECIMAL_LANGUAGES = frozenset({"en", "ja", "zh", "ko", "he", "th"})
"""Languages that write "6.2" for six point two and group thousands with a comma."""

UNITS: dict[str, tuple[str, Decimal]] = {
    # pattern → (canonical unit, factor). Longest spellings first within one unit.
    "km/h|kilomètres? par heure|kilometres? per hour|kilometers? per hour|kmh": ("km/h", 1),
    "mph|miles? per hour": ("mph", 1),
    "m/s|mètres? par seconde|met(?:re|er)s? per second": ("m/s", 1),
    "nœuds|noeuds|knots?": ("kn", 1),
    "km²|km2|kilomètres? carrés?|square kilometres?|square kilometers?|sq km": ("km2", 1),
    "m²|m2|mètres? carrés?|square metres?|square meters?": ("m2", 1),
    "square miles?|sq mi": ("mi2", 1),
    "hectares?|ha": ("ha", 1),
    "acre-feet|acre-foot|acre-ft": ("acre-ft", 1),
    "acres?": ("acre", 1),
    "fanegas?": ("fanega", 1),
    "m³/s|m3/s|mètres? cubes? par seconde|cubic metres? per second|cubic meters? per second"
    "|cumecs": ("m3/s", 1),
    "km³|km3|kilomètres? cubes?|cubic kilometres?|cubic kilometers?": ("km3", 1),
    "m³|m3|mètres? cubes?|cubic metres?|cubic meters?": ("m3", 1),
    "bcm": ("m3", Decimal(10) ** 9),
    "litres? (?:par|per) seconde?|liters? per second|l/s": ("l/s", 1),
    "barils? par jour|barrels? (?:per|a) day|b/j|b/d|bpd|bbl/d": ("barrel/d", 1),
    "barils?|barrels?|bbl": ("barrel", 1),
    "hectolitres?|hectoliters?|hl|hL": ("hl", 1),
    "millilitres?|milliliters?|ml|mL": ("ml", 1),
    "centilitres?|centiliters?|cl|cL": ("cl", 1),
    "litres?|liters?|l|L": ("l", 1),
    "kilomètres?|kilometres?|kilometers?|km": ("km", 1),
    "centimètres?|centimetres?|centimeters?|cm": ("cm", 1),
    "millimètres?|millimetres?|millimeters?|mm": ("mm", 1),
    "micromètres?|micrometres?|micrometers?|microns?|µm|μm": ("µm", 1),
    "nanomètres?|nanometres?|nanometers?|nm": ("nm", 1),
    "mètres?|metres?|meters?|m": ("m", 1),
    "brasses?|fathoms?": ("fathom", 1),
    "stères?|steres?": ("stere", 1),
    "rai": ("rai", 1),
    # "Milles" alone, in French, are nautical miles: a land mile is a "mile".
    "milles? nautiques?|nautical miles?|milles": ("nmi", 1),
    "miles?": ("mi", 1),
    "pieds|feet|foot|ft": ("ft", 1),
    "pouces|inches|inch": ("in", 1),
    "mégatonnes?|megatonnes?|Mt": ("Mt", 1),
    "kilotonnes?|kt": ("kt", 1),
    "metric tons?|metric tonnes?|tonnes?|tons?|t": ("t", 1),
    # Concentrations before the masses they start with ("3 mg/l", "2,3 milligrammes par litre").
    "milligrammes? par litre|milligrams? per lit(?:re|er)|mg/[lL]": ("mg/l", 1),
    "microgrammes? par litre|micrograms? per lit(?:re|er)|[µμ]g/[lL]": ("µg/l", 1),
    "nanogrammes? par litre|nanograms? per lit(?:re|er)|ng/[lL]": ("ng/l", 1),
    "grammes? par litre|grams? per lit(?:re|er)|g/[lL]": ("g/l", 1),
    "microgrammes? par mètre cube|micrograms? per cubic met(?:re|er)|[µμ]g/m[³3]": ("µg/m3", 1),
    "kilogrammes?|kilograms?|kilos?|kg": ("kg", 1),
    "grammes?|grams?|g": ("g", 1),
    "milligrammes?|milligrams?|mg": ("mg", 1),
    "microgrammes?|micrograms?|µg|μg|mcg": ("µg", 1),
    "nanogrammes?|nanograms?|ng": ("ng", 1),
    "(?:troy )?ounces?|onces?(?: troy)?|oz": ("oz", 1),
    "gallons?|gal": ("gal", 1),
    "parties par million|parts per million|ppm": ("ppm", 1),
    "parties par milliard|parts per billion|ppb": ("ppb", 1),
    "lbs?": ("lb", 1),
    # French writes watt-hours with or without the hyphen ("12 térawattheures").
    "térawatts?-?heures?|terawatt-hours?|TWh": ("TWh", 1),
    "gigawatts?-?heures?|gigawatt-hours?|GWh": ("GWh", 1),
    "mégawatts?-?heures?|megawatt-hours?|MWh": ("MWh", 1),
    "kilowatts?-?heures?|kilowatt-hours?|kWh": ("kWh", 1),
    "térawatts?|terawatts?|TW": ("TW", 1),
    "gigawatts?|GW": ("GW", 1),
    # Peak power of solar panels ("MWc" in French, for "crête").
    "MWp|MWc|mégawatts?-crête|megawatts? peak": ("MWp", 1),
    "kWp|kWc": ("kWp", 1),
    "GWp|GWc": ("GWp", 1),
    "mégawatts?|megawatts?|MW": ("MW", 1),
    "kilowatts?|kW": ("kW", 1),
    "watts?|W": ("W", 1),
    "gigapixels?": ("Gpx", 1),
    "mégapixels?|megapixels?": ("Mpx", 1),
    "pixels?": ("px", 1),
    "gigahertz|GHz|Ghz": ("GHz", 1),
    "mégahertz|megahertz|MHz": ("MHz", 1),
    "kilohertz|kHz": ("kHz", 1),
    "hertz|Hz": ("Hz", 1),
    "kilovolts?|kV": ("kV", 1),
    "volts?": ("V", 1),
    "°C|° C|ºC|degrés Celsius|degrees Celsius": ("°C", 1),
    "°F|° F|degrés Fahrenheit|degrees Fahrenheit": ("°F", 1),
    # "40C", "-40F" (British papers): only glued to the number, where a letter cannot be a
    # word of its own ("40 F" may be francs).
    "(?<=\\d)C": ("°C", 1),
    "(?<=\\d)F": ("°F", 1),
    "degrés|degrees|°": ("°", 1),
    "décibels?|decibels?|dB": ("dB", 1),
    # Turbidity, in nephelometric units, and radiation doses and activity.
    "NTU|FNU|UTN": ("NTU", 1),
    "millisieverts?|mSv": ("mSv", 1),
    "microsieverts?|µSv|μSv": ("µSv", 1),
    "sieverts?|Sv": ("Sv", 1),
    "becquerels?|Bq": ("Bq", 1),
    "carats?": ("ct", 1),
    # Containers in twenty-foot equivalent units ("EVP" in French).
    "TEU|EVP": ("TEU", 1),
    "années?-lumière|light-years?|light years?": ("ly", 1),
    # Data, with the byte's symbol whatever the language ("20 To" is "20 TB").
    # Not "To" nor "Po": "Rates Rise 5 To 10 Percent" is a headline, not terabytes.
    "pétaoctets?|petabytes?": ("PB", 1),
    "téraoctets?|terabytes?|TB": ("TB", 1),
    "gigaoctets?|gigabytes?|GB|Go": ("GB", 1),
    "mégaoctets?|megabytes?|MB|Mo": ("MB", 1),
    "kilooctets?|kilobytes?|kB|KB|ko": ("kB", 1),
    "téraflops|teraflops|TFLOPS": ("TFLOPS", 1),
    "images par seconde|frames per second|fps|FPS": ("fps", 1),
}
"""Units of a quantity, each normalised to one symbol. Counts of things stay numbers."""

PERCENTS: dict[str, Decimal] = {
    "%": Decimal("0.01"),
    "(?i:pour cent|pourcent|per cent|percent)": Decimal("0.01"),
    "(?<=\\d)pc": Decimal("0.01"),
    "points? de pourcentage|percentage points?": Decimal("0.01"),
    "points? de base|basis points?|bps?|pb": Decimal("0.0001"),
}
"""Percent signs and words → factor turning the written amount into a fraction."""

MODEL_PREFIXES = _words(
    "Boeing Airbus Embraer Bombardier Cessna Antonov Tupolev Iliouchine Ilyushin Sukhoi MiG "
    "Mig Mirage Falcon Leopard Challenger Gepard Marder Caesar Leclerc Abrams Patriot "
    "Iskander Kalibr Kinjal Kinzhal Soyouz Soyuz Apollo Artemis Ariane Vega Starship Gemini "
    "Voyager Model iPhone iPad Galaxy Pixel Windows PlayStation Xbox Switch Python Android "
    "iOS Golf Clio Peugeot Renault Tesla Audi Porsche Fiat S&P CAC FTSE DAX Nikkei Stoxx STOXX "
    "IBEX Seng MSCI Russell Formula Formule Ligue IMOCA Imoca"
)
"""Words directly followed by a model number or an index's name: "Boeing 777", "Mirage 2000",
"CAC 40", "S&P 500", "Formula 1", "Ligue 1"."""

MODEL_SUFFIXES = _words("MAX Max NG neo Neo XL XR ER LR Pro Plus Ultra")
"""Words directly after a model number: "737 MAX"."""

NUMBER_CUES = (
    "plus de|moins de|près de|environ|quelque|au moins|pas moins de|about|around|nearly|"
    "almost|some|more than|fewer than|less than|at least|over|under|up to|approximately|"
    "roughly|estimated|résolution|resolution|article|n°|no\\.|numéro|number|page|chapitre|"
    "chapter|section|vol|flight|route"
)
"""Words before a four-digit number that make it a count or a label, not a year ("plus de
2000", "résolution 1973")."""

OLD_YEAR_CUES = "of|the|de|du|around|circa|vers"
"""Words before a four-digit number from 1000 to 1899 that make it a year when nothing counted
follows ("the 1899 treaty", "the conference of 1884", "le traité de 1885 a")."""

YEAR_FOLLOWERS = (
    "a|ont|est|sont|était|fut|avait|et|ou|qui|que|dont|puis|par|sur|avec|pour|dans|entre|"
    "reste|ne|n|se|s|was|is|has|had|and|or|which|that|with|by|in|on|at|for|to|as"
)
"""Words after such a number that count nothing, so a year may stand before them."""

YEAR_NOUNS = (
    "treaty|treaties|agreement|accord|convention|constitution|charter|act|law|decree|ruling|"
    "award|arbitration|map|maps|border|boundary|frontier|conference|congress|settlement|"
    "peace|partition|war|revolution|uprising|rebellion|revolt|famine|earthquake|massacre|"
    "census|election|coup|declaration|edict|survey|expedition|exhibition|exposition"
)
"""Nouns a year before 1900 qualifies after "the": "the 1899 treaty", "the 1848 revolution"."""

DATE_CUES = (
    "en|in|depuis|since|l'an|l’an|an|année|year|by|until|till|avant|before|après|after|fin|"
    "début|from|during|pendant|vers|circa|jusqu'en|jusqu’en"
)
"""Words before a four-digit number that make it a year ("en 2000", "since 1900")."""

COUNTED_AFTER = (
    "ans|années|an|years?|jours|days|mois|months|semaines|weeks|heures|hours|minutes|"
    "secondes|seconds|siècles|centuries|fois|times"
)
"""Words after a four-digit number that make it a count ("2000 ans", "1900 fois"). Durations
are counts of time units: numbers, not quantities."""

NOT_COUNTED_AFTER_M = (
    "is|was|has|as|its|his|this|thus|plus|less|across|towards|afterwards|always|perhaps|"
    "whereas|unless|hurdles|relays|heats|sprints|metres|meters"
)
"""Words ending in "s" after "30m" that are not a plural noun counted in millions ("1.3m
people"): the metres stay metres ("the 400m hurdles", "2m across")."""

PLURALS_WITHOUT_S = "people|children|men|women|staff|personnel|cattle|sheep|fish|livestock"
"""English plural nouns without an "s", counted in millions as the others ("1.3m people")."""

COUNTED_NOUN_AFTER = re.compile(
    rf"[ \u00a0](?:(?!(?:{NOT_COUNTED_AFTER_M}|dans|sans|sous|des|les|ses|ces|aux|tous|nous"
    r"|vous|puis|depuis|alors|après|très|jamais|toujours)(?!\w))[a-zà-ÿ]+[sx]"
    rf"|{PLURALS_WITHOUT_S})(?!\w)"
)
"""A plural noun after a number, which it counts: "2 years ago", "40 morts"."""

CLOCK_CUES = "à|vers|dès|jusqu'à|jusqu’à"
"""Words that make "20 heures" a time of day rather than a duration (French)."""

CHANGE_VERBS = "ramen|rédui|réduis|limit|abaiss|plafonn|allong|raccourc|prolong|augment"
"""Stems of French verbs that bring an amount to a figure: after one, "à 4 heures" is four
hours long, not four o'clock."""

RANGE_CONNECTORS = "-|–|—|à|au|to|and|et|ou|or|through|till|until"
"""Words between the two ends of a range ("10 à 15 %", "3-5 km", "6 and 7 March")."""

NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}  # fmt: skip
"""Spelled-out numbers, marked only when a scale, percent, currency or unit follows."""
