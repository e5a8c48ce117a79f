"""Figures in news sentences: what a reader sees highlighted, and the value stored for it."""

from __future__ import annotations

import pytest

from reader.core.analysis.numbers import find_numbers
from reader.core.models import NUMBER_KINDS

FRENCH = [
    # Grouping with every kind of space, decimals with a comma.
    (
        "Le président a annoncé que 55 000 soldats ukrainiens avaient été tués.",
        [("55 000", "number", "55000")],
    ),
    (
        "Selon Kyiv, 55\u202f000 soldats sont morts et 46\u00a0000 autres ont disparu.",
        [("55\u202f000", "number", "55000"), ("46\u00a0000", "number", "46000")],
    ),
    (
        "La croissance a atteint 6,2 en rythme annuel, contre 5,9 l'an passé.",
        [("6,2", "number", "6.2"), ("5,9", "number", "5.9")],
    ),
    (
        "Le ministère russe a ramené 157 militaires capturés et 150 sont rentrés en Ukraine.",
        [("157", "number", "157"), ("150", "number", "150")],
    ),
    (
        "Près de 15 000 civils ont été tués et un peu plus de 40 000 blessés.",
        [("15 000", "number", "15000"), ("40 000", "number", "40000")],
    ),
    (
        "Le port a exporté 1 250 000 conteneurs, soit 1.250.000 dans la notation allemande.",
        [("1 250 000", "number", "1250000"), ("1.250.000", "number", "1250000")],
    ),
    (
        "Quelque 1,5 million de personnes ont fui, et 2 millions sont déplacées.",
        [("1,5 million", "number", "1500000"), ("2 millions", "number", "2000000")],
    ),
    # Percentages.
    (
        "Les opérations russes ciblant des civils ont augmenté de 31 % l'année dernière.",
        [("31 %", "percent", "0.31")],
    ),
    (
        "Le taux de chômage est passé à 7,3\u202f% puis à 85% dans la région.",
        [("7,3\u202f%", "percent", "0.073"), ("85%", "percent", "0.85")],
    ),
    (
        "Environ 31 pour cent des électeurs se sont abstenus.",
        [("31 pour cent", "percent", "0.31")],
    ),
    (
        "La BCE a relevé ses taux de 25 points de base, soit 0,25 point de pourcentage.",
        [
            ("25 points de base", "percent", "0.0025"),
            ("0,25 point de pourcentage", "percent", "0.0025"),
        ],
    ),
    (
        "L'inflation devrait se situer entre 2 et 3 % cette année, après -0,4 % en 2020.",
        [
            ("2", "percent", "0.02"),
            ("3 %", "percent", "0.03"),
            ("-0,4 %", "percent", "-0.004"),
            ("2020", "date", "2020"),
        ],
    ),
    # Money.
    (
        "L'Union européenne a débloqué 73,4 milliards d'euros pour la reconstruction.",
        [("73,4 milliards d'euros", "money", "EUR 73400000000")],
    ),
    (
        "Les réserves gelées atteignent 12,4 milliards de dollars, selon le Trésor.",
        [("12,4 milliards de dollars", "money", "USD 12400000000")],
    ),
    (
        "Le contrat, estimé à 5 M$, prévoit aussi 300 € par mois et 2 Md€ d'investissements.",
        [
            ("5 M$", "money", "USD 5000000"),
            ("300 €", "money", "EUR 300"),
            ("2 Md€", "money", "EUR 2000000000"),
        ],
    ),
    (
        "Kyiv a reçu 10 000 hryvnias par soldat et Moscou a versé 5 millions de roubles.",
        [
            ("10 000 hryvnias", "money", "UAH 10000"),
            ("5 millions de roubles", "money", "RUB 5000000"),
        ],
    ),
    (
        "La dette américaine dépasse 1 billion de dollars, soit mille milliards.",
        [("1 billion de dollars", "money", "USD 1000000000000")],
    ),
    (
        "Le fonds souverain a investi 3 milliards de francs suisses et 400 millions de yuans.",
        [
            ("3 milliards de francs suisses", "money", "CHF 3000000000"),
            ("400 millions de yuans", "money", "CNY 400000000"),
        ],
    ),
    (
        "Le budget prévoit entre 3 et 5 milliards d'euros pour la défense.",
        [("3", "money", "EUR 3000000000"), ("5 milliards d'euros", "money", "EUR 5000000000")],
    ),
    (
        "Deux milliards d'euros ont été promis, mais trois ressortissants restent détenus.",
        [("Deux milliards d'euros", "money", "EUR 2000000000")],
    ),
    # Dates.
    (
        "Le Kremlin a lancé son invasion totale de l'Ukraine en février 2022.",
        [("février 2022", "date", "2022-02")],
    ),
    (
        "La réunion est prévue le 6 février 2026 à Abu Dhabi.",
        [("6 février 2026", "date", "2026-02-06")],
    ),
    (
        "Les nouvelles règles entreront en vigueur le 1er septembre.",
        [("1er septembre", "date", "--09-01")],
    ),
    (
        "La communication a été suspendue fin 2021, avant l'incursion d'août 2024.",
        [("2021", "date", "2021"), ("août 2024", "date", "2024-08")],
    ),
    (
        "Mardi 14 mars, les négociateurs se sont retrouvés pour la deuxième fois.",
        [("14 mars", "date", "--03-14")],
    ),
    (
        "Les pourparlers se tiendront du 6 au 8 février 2026, puis les 3 et 4 mars.",
        [
            ("6", "date", "2026-02-06"),
            ("8 février 2026", "date", "2026-02-08"),
            ("3", "date", "--03-03"),
            ("4 mars", "date", "--03-04"),
        ],
    ),
    (
        "Le document daté du 14/03/2023 a été publié le 2023-03-20.",
        [("14/03/2023", "date", "2023-03-14"), ("2023-03-20", "date", "2023-03-20")],
    ),
    (
        "Le 03/04/2023, soit trois semaines plus tard, le texte a été voté.",
        [("03/04/2023", "date", "2023-04-03")],
    ),
    (
        "De 1914 à 1918, puis dans les années 1990, la région a souffert.",
        [("1914", "date", "1914"), ("1918", "date", "1918"), ("années 1990", "date", "199X")],
    ),
    (
        "Le pont de Kertch, long de 19 km, a été frappé le 8 octobre 2022 à 6 h 07.",
        [
            ("19 km", "quantity", "19 km"),
            ("8 octobre 2022", "date", "2022-10-08"),
            ("6 h 07", "date", "T06:07"),
        ],
    ),
    (
        "Le marathon de 42,195 km a réuni 1 950 coureurs ; le baril valait 74,50 dollars.",
        [
            ("42,195 km", "quantity", "42.195 km"),
            ("1 950", "number", "1950"),
            ("74,50 dollars", "money", "USD 74.5"),
        ],
    ),
    (
        "Le sommet s'ouvrira à 14h30 et la déclaration est attendue vers 18 h.",
        [("14h30", "date", "T14:30"), ("18 h", "date", "T18:00")],
    ),
    (
        "Depuis mi-2022, les prix ont bondi ; en 1789 déjà, le pain manquait.",
        [("2022", "date", "2022"), ("1789", "date", "1789")],
    ),
    # Quantities.
    (
        "La Russie a exporté 280 000 tonnes de blé et 2,5 millions de barils de pétrole.",
        [
            ("280 000 tonnes", "quantity", "280000 t"),
            ("2,5 millions de barils", "quantity", "2500000 barrel"),
        ],
    ),
    (
        "La grêle a coûté 95 000 hectolitres au vignoble, soit 40 hl par hectare.",
        [("95 000 hectolitres", "quantity", "95000 hl"), ("40 hl", "quantity", "40 hl")],
    ),
    (
        "Les troupes ont avancé de 5 km, puis de 30 kilomètres sur un front de 1 000 km.",
        [
            ("5 km", "quantity", "5 km"),
            ("30 kilomètres", "quantity", "30 km"),
            ("1 000 km", "quantity", "1000 km"),
        ],
    ),
    (
        "Il fera moins 12 °C à Oulan-Bator, au moins 5 degrés de moins qu'hier.",
        [("moins 12 °C", "quantity", "-12 °C"), ("5 degrés", "quantity", "5 °")],
    ),
    (
        "Il faisait -15 °C à Kharkiv, et entre -5 et -10 °C à Kyiv.",
        [
            ("-15 °C", "quantity", "-15 °C"),
            ("-5", "quantity", "-5 °C"),
            ("-10 °C", "quantity", "-10 °C"),
        ],
    ),
    (
        "La centrale de 1 500 MW couvre 300 hectares ; le barrage retient 18 km³.",
        [
            ("1 500 MW", "quantity", "1500 MW"),
            ("300 hectares", "quantity", "300 ha"),
            ("18 km³", "quantity", "18 km3"),
        ],
    ),
    (
        "Le kilo coûte 2 500 francs Pacifique, 1 200 roupies népalaises ou 30 000 guaraníes.",
        [
            ("2 500 francs Pacifique", "money", "XPF 2500"),
            ("1 200 roupies népalaises", "money", "NPR 1200"),
            ("30 000 guaraníes", "money", "PYG 30000"),
        ],
    ),
    (
        "Le débit du Rhône passera de 600 m³/s à 850 mètres cubes par seconde.",
        [
            ("600 m³/s", "quantity", "600 m3/s"),
            ("850 mètres cubes par seconde", "quantity", "850 m3/s"),
        ],
    ),
    (
        "Le forage pompe 1 850 litres par seconde, contre 1 420 l/s autorisés.",
        [
            ("1 850 litres par seconde", "quantity", "1850 l/s"),
            ("1 420 l/s", "quantity", "1420 l/s"),
        ],
    ),
    (
        "L'OPEP+ produira 2 millions de barils par jour de moins.",
        [("2 millions de barils par jour", "quantity", "2000000 barrel/d")],
    ),
    # Years against counts.
    (
        "Plus de 2000 soldats sont déployés depuis 2000 ans dans la légende, et en 2000 déjà.",
        [("2000", "number", "2000"), ("2000", "number", "2000"), ("2000", "date", "2000")],
    ),
    # Not figures: models, serial numbers, identifiers, URLs.
    (
        "L'armée a abandonné un drone MQ-9 Breacher au-dessus de la mer Noire.",
        [],
    ),
    (
        "Airbus livre l'A320neo, Boeing le 737 MAX et le Boeing 777, l'Ukraine veut des F-16.",
        [],
    ),
    (
        "Le G7 et le G20 ont évoqué le COVID-19, les Su-34 et les Mirage 2000.",
        [],
    ),
    (
        "À la Bourse de Paris, le CAC 40 a gagné 1,1 % ; le S&P 500 a cédé 0,9 %.",
        [("1,1 %", "percent", "0.011"), ("0,9 %", "percent", "0.009")],
    ),
    (
        "La ligne de 750 kilovolts a été coupée à 20 heures, après une grève de 53 jours.",
        [
            ("750 kilovolts", "quantity", "750 kV"),
            ("20 heures", "date", "T20:00"),
            ("53", "number", "53"),
        ],
    ),
    (
        "L'article 5 du traité de l'OTAN n'a été invoqué qu'une fois.",
        [("5", "number", "5")],
    ),
    (
        "Le rapport est en ligne sur https://www.hrw.org/fr/news/2025/01/31/ukraine-12 "
        "(contact : presse2025@hrw.org).",
        [],
    ),
    (
        "La 5G couvre 3 régions au 2e trimestre ; le XXIe siècle commence.",
        [("3", "number", "3")],
    ),
]

ENGLISH = [
    (
        "Herders lost 40,000 tugriks, Vanuatu earned 2 billion vatu and a coupon paid MNT 500.",
        [
            ("40,000 tugriks", "money", "MNT 40000"),
            ("2 billion vatu", "money", "VUV 2000000000"),
            ("MNT 500", "money", "MNT 500"),
        ],
    ),
    (
        "Cairo raised 5 billion Egyptian pounds and Tbilisi 90 million lari.",
        [
            ("5 billion Egyptian pounds", "money", "EGP 5000000000"),
            ("90 million lari", "money", "GEL 90000000"),
        ],
    ),
    (
        "Ukraine says 55,000 soldiers have been killed, up from 46,000 a year earlier.",
        [("55,000", "number", "55000"), ("46,000", "number", "46000")],
    ),
    (
        "The economy grew 6.2 in real terms, and 1.5 million people found work.",
        [("6.2", "number", "6.2"), ("1.5 million", "number", "1500000")],
    ),
    (
        "Attacks on civilians rose by 85% last year and by 31 per cent the year before.",
        [("85%", "percent", "0.85"), ("31 per cent", "percent", "0.31")],
    ),
    (
        "Turnout fell 2 percentage points, to 61.5 percent.",
        [("2 percentage points", "percent", "0.02"), ("61.5 percent", "percent", "0.615")],
    ),
    (
        "The average soldier earns $9,500 a year, while the program costs €1.2 billion.",
        [("$9,500", "money", "USD 9500"), ("€1.2 billion", "money", "EUR 1200000000")],
    ),
    (
        "The club paid £300m for the stadium and $1.5bn for the land.",
        [("£300m", "money", "GBP 300000000"), ("$1.5bn", "money", "USD 1500000000")],
    ),
    (
        "Japan pledged ¥500 billion and Swiss banks froze 7.4 billion Swiss francs.",
        [
            ("¥500 billion", "money", "JPY 500000000000"),
            ("7.4 billion Swiss francs", "money", "CHF 7400000000"),
        ],
    ),
    (
        "Analysts expect a deal worth $5-10 million, or between $5 and $10 million.",
        [
            ("$5", "money", "USD 5000000"),
            ("10 million", "money", "USD 10000000"),
            ("$5", "money", "USD 5000000"),
            ("$10 million", "money", "USD 10000000"),
        ],
    ),
    (
        "The fine, 5 million pounds, was paid in US$ 2,000 notes; the bomb weighed 500 pounds.",
        [
            ("5 million pounds", "money", "GBP 5000000"),
            ("US$ 2,000", "money", "USD 2000"),
            ("500 pounds", "quantity", "500 lb"),
        ],
    ),
    (
        "Russia launched its full-scale invasion in February 2022.",
        [("February 2022", "date", "2022-02")],
    ),
    (
        "The drone was downed on 14 March, and talks resumed in November 2022.",
        [("14 March", "date", "--03-14"), ("November 2022", "date", "2022-11")],
    ),
    (
        "On March 14, 2023, a Russian jet struck the drone; on March 15 Moscow denied it.",
        [("March 14, 2023", "date", "2023-03-14"), ("March 15", "date", "--03-15")],
    ),
    (
        "The memo dated 03/14/2023 was leaked on 2023-03-20 at 9 a.m.",
        [
            ("03/14/2023", "date", "2023-03-14"),
            ("2023-03-20", "date", "2023-03-20"),
            ("9 a.m.", "date", "T09:00"),
        ],
    ),
    (
        "The 04/05/2023 meeting ran past 2:30 p.m.",
        [("04/05/2023", "date", "2023-04-05"), ("2:30 p.m.", "date", "T14:30")],
    ),
    (
        "Talks are scheduled for March 3-5, 2026, in Geneva.",
        [("March 3", "date", "2026-03-03"), ("5, 2026", "date", "2026-03-05")],
    ),
    (
        "The 2014-15 budget and the 2025–26 season were both cut.",
        [
            ("2014", "date", "2014"),
            ("15", "date", "2015"),
            ("2025", "date", "2025"),
            ("26", "date", "2026"),
        ],
    ),
    (
        "In 2022 and 2023, Russia spent more than in the 1990s.",
        [("2022", "date", "2022"), ("2023", "date", "2023"), ("1990s", "date", "199X")],
    ),
    (
        "The 2022 elections drew 2000 observers, fewer than the 1850 seen since 1789.",
        [
            ("2022", "date", "2022"),
            ("2000", "number", "2000"),
            ("1850", "number", "1850"),
            ("1789", "date", "1789"),
        ],
    ),
    (
        "The ship carried 280,000 tonnes of grain across 5 km of mined waters.",
        [("280,000 tonnes", "quantity", "280000 t"), ("5 km", "quantity", "5 km")],
    ),
    (
        "It was ratified in New Zealand.[72] Troops fought in Korea,[118] 1,200 of them.",
        [("1,200", "number", "1200")],
    ),
    (
        "Power costs Nu 2.35 a unit in Thimphu; fines reached kr 45 million in Tórshavn.",
        [("Nu 2.35", "money", "BTN 2.35"), ("kr 45 million", "money", "XXX 45000000")],
    ),
    (
        "Drivers waited at minus 32 degrees Celsius; GDP grew minus 2% in 2025.",
        [
            ("minus 32 degrees Celsius", "quantity", "-32 °C"),
            ("minus 2%", "percent", "-0.02"),
            ("2025", "date", "2025"),
        ],
    ),
    (
        "Temperatures fell to -15 °C and winds reached 90 km/h; the lake covers 300 km².",
        [
            ("-15 °C", "quantity", "-15 °C"),
            ("90 km/h", "quantity", "90 km/h"),
            ("300 km²", "quantity", "300 km2"),
        ],
    ),
    (
        "Exports fell to 1.2 million barrels per day and the plant's 2 GW reactor stopped.",
        [
            ("1.2 million barrels per day", "quantity", "1200000 barrel/d"),
            ("2 GW", "quantity", "2 GW"),
        ],
    ),
    (
        "The soldier, 47, was serving in a 300-strong unit with 10-15 km of front.",
        [
            ("47", "number", "47"),
            ("300", "number", "300"),
            ("10", "quantity", "10 km"),
            ("15 km", "quantity", "15 km"),
        ],
    ),
    (
        "The 136-metre dam holds back a lake 2 km long.",
        [("136-metre", "quantity", "136 m"), ("2 km", "quantity", "2 km")],
    ),
    (
        "The airline expects 40 of the 57 737 MAX jets, a 30-km ride and a 10-day wait.",
        [
            ("40", "number", "40"),
            ("57", "number", "57"),
            ("30-km", "quantity", "30 km"),
            ("10", "number", "10"),
        ],
    ),
    (
        "Japan's population fell by 837,000 to 124.9 million; the peso held at 880 pesos.",
        [
            ("837,000", "number", "837000"),
            ("124.9 million", "number", "124900000"),
            ("880 pesos", "money", "XXX 880"),  # which peso is not said
        ],
    ),
    (
        "The storm dumped 15 inches of rain.",
        [("15 inches", "quantity", "15 in")],
    ),
    (
        "Three billion dollars were pledged, and two thirds of that arrived.",
        [("Three billion dollars", "money", "USD 3000000000")],
    ),
    (
        "The US drone, an MQ-9 Reaper, crashed near Boeing 737 MAX and A320neo jets; "
        "Ukraine wants F-16s and COVID-19 aid from the G7.",
        [],
    ),
    (
        "Version 3.14.2 of the app, at 192.168.0.1, answers 24/7 on 06-12-34-56-78.",
        [],
    ),
    (
        "Security Council resolution 1973 passed on Sept. 11, 2011, by 10 votes to 0.",
        [
            ("1973", "number", "1973"),
            ("Sept. 11, 2011", "date", "2011-09-11"),
            ("10", "number", "10"),
            ("0", "number", "0"),
        ],
    ),
    (
        "Brent fell 2% to $74.50 a barrel; the IMF approved a $15.6bn loan.",
        [
            ("2%", "percent", "0.02"),
            ("$74.50", "money", "USD 74.5"),
            ("$15.6bn", "money", "USD 15600000000"),
        ],
    ),
    (
        "A 47-year-old woman was one of 12 injured in mid-2023.",
        [("47", "number", "47"), ("12", "number", "12"), ("2023", "date", "2023")],
    ),
    (
        "The Pra ran at 22,000 NTU; the utility spent GH¢ 4.5 million on a 45 MWp solar farm.",
        [
            ("22,000 NTU", "quantity", "22000 NTU"),
            ("GH¢ 4.5 million", "money", "GHS 4500000"),
            ("45 MWp", "quantity", "45 MWp"),
        ],
    ),
    (
        "The smelter was fined K45 million and K120m; K2 is a mountain.",
        [("K45 million", "money", "XXX 45000000"), ("K120m", "money", "XXX 120000000")],
    ),
    (
        "Gusts of 32 metres per second hit workers who had taken 4 mSv in a year.",
        [("32 metres per second", "quantity", "32 m/s"), ("4 mSv", "quantity", "4 mSv")],
    ),
]


def _marked(text: str, language: str | None) -> list[tuple[str, str, str | None]]:
    return [(text[m.start : m.end], m.kind, m.value) for m in find_numbers(text, language)]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_news_figures(text: str, expected: list) -> None:
    assert _marked(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_news_figures(text: str, expected: list) -> None:
    assert _marked(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("03/04/2023", "fr", "2023-04-03"),
        ("03/04/2023", "en", "2023-03-04"),
        ("03/04/2023", None, "2023"),  # ambiguous: only the year is certain
        ("14/03/2023", None, "2023-03-14"),
        ("03/14/2023", None, "2023-03-14"),
        ("14.03.2023", "de", "2023-03-14"),
    ],
)
def test_numeric_dates_follow_the_language_only_when_ambiguous(text, language, expected) -> None:
    assert _marked(text, language) == [(text, "date", expected)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("1 billion de dollars", "fr", "USD 1000000000000"),
        ("1 billion dollars", "en", "USD 1000000000"),
        ("1 billion dollars", None, "USD 1000000000"),
        ("€1.2 billion", "fr", "EUR 1200000000"),  # written the English way
    ],
)
def test_billion_is_long_scale_in_french(text, language, value) -> None:
    assert _marked(text, language) == [(text, "money", value)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("280,000", "280000"),
        ("280.000", "280000"),
        ("1,500,000", "1500000"),
        ("1.234.567,89", "1234567.89"),
        ("1,234,567.89", "1234567.89"),
        ("6,2", "6.2"),
        ("6.2", "6.2"),
        ("0,125", "0.125"),
        ("1 234,5", "1234.5"),
    ],
)
def test_both_conventions_are_read_without_a_language(text, value) -> None:
    assert _marked(text, None) == [(text, "number", value)]


@pytest.mark.parametrize(
    ("text", "language", "value"),
    [
        ("42,195 km", "fr", "42.195 km"),  # the marathon: a decimal comma in French
        ("42.195 km", "en", "42.195 km"),
        ("280,000 t", "en", "280000 t"),
        ("280.000 t", "fr", "280000 t"),
        ("280,000 t", "fr", "280 t"),
        ("280.000 t", "en", "280 t"),
        ("280,000 t", None, "280000 t"),
        ("280.000 t", None, "280000 t"),
        ("1,250 km", None, "1250 km"),
    ],
)
def test_a_single_mark_before_three_digits_follows_the_language(text, language, value) -> None:
    assert _marked(text, language) == [(text, "quantity", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,250 million", ("number", "1250000")),  # a scale word makes it a decimal
        ("2.125 %", ("percent", "0.02125")),
        ("+3,5 %", ("percent", "0.035")),
        ("−3,5 %", ("percent", "-0.035")),  # U+2212 MINUS SIGN
        ("10k", ("number", "10000")),
        ("50 k€", ("money", "EUR 50000")),
        ("CHF 300", ("money", "CHF 300")),
        ("300 CHF", ("money", "CHF 300")),
        ("5 millions USD", ("money", "USD 5000000")),
        ("2 milliards de mètres cubes", ("quantity", "2000000000 m3")),
        ("40 bcm", ("quantity", "40000000000 m3")),
        ("100m", ("quantity", "100 m")),
        ("5km", ("quantity", "5 km")),
        ("1990s", ("date", "199X")),
        ("14 h 30", ("date", "T14:30")),
        ("9.30pm", ("date", "T21:30")),
        ("cinq pour cent", ("percent", "0.05")),
        ("un million", ("number", "1000000")),
    ],
)
def test_written_forms(text, expected) -> None:
    assert _marked(text, None) == [(text, *expected)]


@pytest.mark.parametrize(
    "text",
    [
        "MQ-9",
        "A320neo",
        "F-16",
        "737 MAX",
        "Boeing 777",
        "G7",
        "COVID-19",
        "Su-34",
        "5G",
        "3D",
        "2e",
        "21st",
        "v2.3.1",
        "ISBN 978-3-16-148410-0",
        "24/7",
        "bob2023@example.com",
        "https://example.com/2023/05/01",
        "www.example.org/page-12",
        "example.com/story/2024",
        "mardi",
        "007",
        "0800",
        "trois soldats",
        "one of them",
        "in March",
        "25:99",
    ],
)
def test_names_codes_and_words_are_not_figures(text) -> None:
    assert find_numbers(text, None) == []


def test_sample_article_paragraph_figures() -> None:
    text = (
        "Cet échange intervient alors que le président ukrainien Volodymyr Zelensky a annoncé "
        "que 55 000 soldats ukrainiens avaient été tués au combat. La dernière fois, c'était au "
        "début de l'année 2025, lorsqu'il a indiqué que 46 000 soldats avaient été tués."
    )
    assert _marked(text, "fr") == [
        ("55 000", "number", "55000"),
        ("2025", "date", "2025"),
        ("46 000", "number", "46000"),
    ]


def test_marks_are_sorted_inside_the_text_and_of_number_kinds() -> None:
    text = " ".join(sentence for sentence, _ in FRENCH + ENGLISH)
    marks = find_numbers(text, None)
    assert len(marks) > 100
    assert all(0 <= m.start < m.end <= len(text) for m in marks)
    assert all(a.end <= b.start for a, b in zip(marks, marks[1:], strict=False))
    assert {m.kind for m in marks} <= set(NUMBER_KINDS)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le déficit a atteint 480 milliards d'ariary, et le prêt 300 millions de cedis.",
            "fr",
            [
                ("480 milliards d'ariary", "money", "MGA 480000000000"),
                ("300 millions de cedis", "money", "GHS 300000000"),
            ],
        ),
        (
            "Farmers were paid 2,000 baht and 40,000 kwacha.",
            "en",
            [
                ("2,000 baht", "money", "THB 2000"),
                ("40,000 kwacha", "money", "ZMW 40000"),
            ],
        ),
    ],
)
def test_amounts_in_less_common_currencies_are_money(text, language, expected) -> None:
    assert _marked(text, language) == expected


def test_hours_per_day_are_a_duration_not_a_time_of_day() -> None:
    assert _marked("Le courant est coupé jusqu'à 12 heures par jour.", "fr") == [
        ("12", "number", "12")
    ]
    assert _marked("La séance a duré jusqu'à 12 heures.", "fr") == [("12 heures", "date", "T12:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British papers: "pc" for per cent, temperatures glued to C or F.
        ("Sales rose 7pc in the quarter.", [("7pc", "percent", "0.07")]),
        (
            "It hit 40C in Seville and -40F in North Dakota.",
            [("40C", "quantity", "40 °C"), ("-40F", "quantity", "-40 °F")],
        ),
        # Indian amounts: rupees written "Rs", and the crore (ten million) and lakh scales.
        (
            "The state set aside Rs 2,000 crore, and 3.5 lakh voters registered.",
            [
                ("Rs 2,000 crore", "money", "INR 20000000000"),
                ("3.5 lakh", "number", "350000"),
            ],
        ),
        # "m" glued to a figure: millions before a plural noun, metres otherwise.
        (
            "Some 1.3m people and 6.5m visitors crossed, and 20m barrels were shipped.",
            [
                ("1.3m", "number", "1300000"),
                ("6.5m", "number", "6500000"),
                ("20m barrels", "quantity", "20000000 barrel"),
            ],
        ),
        (
            "She won the 400m hurdles; the wall is 30m high and 2m across.",
            [("400m", "quantity", "400 m"), ("30m", "quantity", "30 m"), ("2m", "quantity", "2 m")],
        ),
    ],
)
def test_british_and_indian_ways_of_writing_figures(text, expected) -> None:
    assert _marked(text, "en") == expected


def test_c_or_f_after_a_space_is_no_temperature() -> None:
    assert _marked("The old price was 40 F, and 3 C-grade pupils passed.", "en") == [
        ("40", "number", "40"),
        ("3", "number", "3"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The feeder ship carries 1,100 TEU, and the terminal moved 4 million TEU in all.",
            "en",
            [
                ("1,100 TEU", "quantity", "1100 TEU"),
                ("4 million TEU", "quantity", "4000000 TEU"),
            ],
        ),
        (
            "Le terminal a manutentionné 2,4 millions d'EVP, pour des navires de 18 000 EVP.",
            "fr",
            [
                ("2,4 millions d'EVP", "quantity", "2400000 TEU"),
                ("18 000 EVP", "quantity", "18000 TEU"),
            ],
        ),
        (
            "Fireworks reached 120 decibels, and the quiet zone stays under 40 dB.",
            "en",
            [("120 decibels", "quantity", "120 dB"), ("40 dB", "quantity", "40 dB")],
        ),
        (
            "Le serveur stocke 40 téraoctets, la clé 64 Go et le courriel 25 Mo au plus.",
            "fr",
            [
                ("40 téraoctets", "quantity", "40 TB"),
                ("64 Go", "quantity", "64 GB"),
                ("25 Mo", "quantity", "25 MB"),
            ],
        ),
        (
            "The archive holds 3 petabytes; each scan is 500 megabytes, each drive 8 TB.",
            "en",
            [
                ("3 petabytes", "quantity", "3 PB"),
                ("500 megabytes", "quantity", "500 MB"),
                ("8 TB", "quantity", "8 TB"),
            ],
        ),
        (
            "The quasar lies 13 billion light-years away, its neighbour 200 light years.",
            "en",
            [
                ("13 billion light-years", "quantity", "13000000000 ly"),
                ("200 light years", "quantity", "200 ly"),
            ],
        ),
        (
            "L'étoile est à 640 années-lumière, le parc produit 3,2 gigawattheures par jour.",
            "fr",
            [
                ("640 années-lumière", "quantity", "640 ly"),
                ("3,2 gigawattheures", "quantity", "3.2 GWh"),
            ],
        ),
    ],
)
def test_units_of_shipping_sound_data_and_distance_in_space(text, language, expected) -> None:
    assert _marked(text, language) == expected


def test_a_capitalised_to_after_a_number_is_no_terabyte() -> None:
    assert _marked("Mortgage Rates Climb 6 To 7 Percent", "en") == [
        ("6", "number", "6"),
        ("7 Percent", "percent", "0.07"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "A stamp now costs 73 cents, up from 68 cents, and a bus fare 1 cent more.",
            "en",
            [
                ("73 cents", "money", "USD 0.73"),
                ("68 cents", "money", "USD 0.68"),
                ("1 cent", "money", "USD 0.01"),
            ],
        ),
        (
            "A pint rose by 20p to £4.85, and a first-class stamp by 10 pence.",
            "en",
            [
                ("20p", "money", "GBP 0.2"),
                ("£4.85", "money", "GBP 4.85"),
                ("10 pence", "money", "GBP 0.1"),
            ],
        ),
        (
            "La baguette gagne 5 centimes et le timbre 20 centimes d'euro.",
            "fr",
            [("5 centimes", "money", "EUR 0.05"), ("20 centimes d'euro", "money", "EUR 0.2")],
        ),
        (
            "Diesel cost between 80 and 90 cents a litre; the 1080p stream was free.",
            "en",
            [("80", "money", "USD 0.8"), ("90 cents", "money", "USD 0.9")],
        ),
        (
            "Le loyer passe de trois cents à deux cents euros.",
            "fr",
            [],
        ),
        (
            "À Abidjan, le litre coûte 875 F CFA, et l'État a versé 40 milliards de FCFA.",
            "fr",
            [
                ("875 F CFA", "money", "XOF 875"),
                ("40 milliards de FCFA", "money", "XOF 40000000000"),
            ],
        ),
    ],
)
def test_cents_pence_and_cfa_francs_are_money(text, language, expected) -> None:
    assert _marked(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Bund yields rose 12bp, and swaps priced in 75 bps of cuts.",
            "en",
            [("12bp", "percent", "0.0012"), ("75 bps", "percent", "0.0075")],
        ),
        (
            "L'écart avec le taux allemand atteint 85 pb, contre 60 pb en janvier.",
            "fr",
            [("85 pb", "percent", "0.0085"), ("60 pb", "percent", "0.006")],
        ),
    ],
)
def test_basis_points_written_short_are_percents(text, language, expected) -> None:
    assert _marked(text, language) == expected


def test_four_digit_times_before_a_time_zone_are_times_of_day() -> None:
    text = "Talks resumed at 0930 GMT and ended at 2215 UTC; the treaty dates from 1930."
    assert _marked(text, "en") == [
        ("0930 GMT", "date", "T09:30"),
        ("2215 UTC", "date", "T22:15"),
        ("1930", "date", "1930"),
    ]


def test_a_time_of_day_takes_in_its_time_zone() -> None:
    text = "Updated 1:39 PM ET; the vote closes at 8 p.m. PST."
    assert _marked(text, "en") == [
        ("1:39 PM ET", "date", "T13:39"),
        ("8 p.m. PST", "date", "T20:00"),
    ]
    text = "Entre 14h ET 16h, puis à 18 h GMT."
    assert [m[0] for m in _marked(text, "fr")] == ["14h", "16h", "18 h GMT"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Formula 1 will race in Madrid, and a Formula 2 driver moved up.", "en"),
        ("Le promu de Ligue 2 affronte le champion de Ligue 1, et la Formule 1 arrive.", "fr"),
    ],
)
def test_competitions_named_with_a_number_are_not_figures(text, language) -> None:
    assert _marked(text, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oil Giant Posts $12 Billion Profit, Shares Rise 4 Percent",
            [("$12 Billion", "money", "USD 12000000000"), ("4 Percent", "percent", "0.04")],
        ),
        (
            "City Adds 3.5 Million Trees and Cuts Traffic 9 Per Cent",
            [("3.5 Million", "number", "3500000"), ("9 Per Cent", "percent", "0.09")],
        ),
    ],
)
def test_figures_in_title_case_headlines(text, expected) -> None:
    assert _marked(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The 1815 settlement held until the revolutions of 1848, which toppled kings.",
            "en",
            [("1815", "date", "1815"), ("1848", "date", "1848")],
        ),
        (
            "Le tracé de 1867 a été repris par la convention de 1873.",
            "fr",
            [("1867", "date", "1867"), ("1873", "date", "1873")],
        ),
        (
            "A garrison of 1200 soldiers held the 1400 block; the 1650 left by boat.",
            "en",
            [("1200", "number", "1200"), ("1400", "number", "1400"), ("1650", "number", "1650")],
        ),
    ],
)
def test_years_before_1900_after_of_the_or_de(text, language, expected) -> None:
    assert _marked(text, language) == expected


def test_a_season_written_with_a_slash_is_two_years() -> None:
    text = "In the 2026/27 season, unlike 2025/2026, fares rose by 2/3 and service ran 24/7."
    assert _marked(text, "en") == [
        ("2026", "date", "2026"),
        ("27", "date", "2027"),
        ("2025", "date", "2025"),
        ("2026", "date", "2026"),
    ]


def test_a_range_of_two_years_closes_on_one_digit_or_a_leading_zero() -> None:
    text = "The 2008-9 crisis, the 2008–09 budget and the 1999-00 season; the 09 team."
    assert _marked(text, "en") == [
        ("2008", "date", "2008"),
        ("9", "date", "2009"),
        ("2008", "date", "2008"),
        ("09", "date", "2009"),
        ("1999", "date", "1999"),
        ("00", "date", "2000"),
    ]


def test_a_french_day_and_month_without_a_year_after_le_or_in_a_list() -> None:
    text = "Rediffusé les 25/11, 30/11 et 02/12 ; les 3/4 des électeurs ; score 25/11."
    assert _marked(text, "fr") == [
        ("25/11", "date", "--11-25"),
        ("30/11", "date", "--11-30"),
        ("02/12", "date", "--12-02"),
    ]


def test_an_old_year_in_brackets_or_after_circa_is_a_date() -> None:
    text = "His Book of Pacts (1898) cites a deck from circa 1650, and a force of 1500 men."
    assert [(m[0], m[1]) for m in _marked(text, "en")] == [
        ("1898", "date"),
        ("1650", "date"),
        ("1500", "number"),
    ]


def test_swiss_francs_written_sfr() -> None:
    assert _marked("Exports reached SFr26bn, and Roche paid SFr 450m.", "en") == [
        ("SFr26bn", "money", "CHF 26000000000"),
        ("SFr 450m", "money", "CHF 450000000"),
    ]


def test_yacht_classes_are_not_figures_and_milles_are_nautical() -> None:
    assert _marked("Trente IMOCA 60 ont couru 2 400 milles en Atlantique.", "fr") == [
        ("2 400 milles", "quantity", "2400 nmi")
    ]


def test_pixel_counts_are_quantities_with_their_prefix() -> None:
    text = (
        "The survey camera's 3.2 gigapixels dwarf a phone's 48 megapixels; "
        "un capteur de 50 mégapixels."
    )
    found = [(text[m.start : m.end], m.kind, m.value) for m in find_numbers(text, "en")]
    assert found == [
        ("3.2 gigapixels", "quantity", "3.2 Gpx"),
        ("48 megapixels", "quantity", "48 Mpx"),
        ("50 mégapixels", "quantity", "50 Mpx"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Port fees rose to BZ$1.4 million, against EC$900,000 in the islands.",
            "en",
            [
                ("BZ$1.4 million", "money", "BZD 1400000"),
                ("EC$900,000", "money", "XCD 900000"),
            ],
        ),
        (
            "The club paid SI$75,000 for the pitch and FJ$2 million for the stand.",
            "en",
            [("SI$75,000", "money", "XXX 75000"), ("FJ$2 million", "money", "FJD 2000000")],
        ),
        (
            "The grant is 800 Taiwan dollars a month, or 40 Solomon dollars a week.",
            "en",
            [
                ("800 Taiwan dollars", "money", "TWD 800"),
                ("40 Solomon dollars", "money", "XXX 40"),
            ],
        ),
        (
            "L'État paiera 20 millions de dollars namibiens et 2 milliards de francs CFP.",
            "fr",
            [
                ("20 millions de dollars namibiens", "money", "NAD 20000000"),
                ("2 milliards de francs CFP", "money", "XPF 2000000000"),
            ],
        ),
        (
            "Les pompes coûtent 85 000 dollars surinamais, le canal 3 millions de dollars "
            "guyaniens.",
            "fr",
            [
                ("85 000 dollars surinamais", "money", "XXX 85000"),
                ("3 millions de dollars guyaniens", "money", "XXX 3000000"),
            ],
        ),
    ],
)
def test_dollars_of_other_countries_are_money_with_their_letters(text, language, expected) -> None:
    assert _marked(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Each pill holds 12.5 mg, a child's dose 250 micrograms, and the trace 9 ng.",
            "en",
            [
                ("12.5 mg", "quantity", "12.5 mg"),
                ("250 micrograms", "quantity", "250 µg"),
                ("9 ng", "quantity", "9 ng"),
            ],
        ),
        (
            "Le sirop dose 5 ml, le flacon 75 cl, et la trace relevée 40 nanogrammes.",
            "fr",
            [
                ("5 ml", "quantity", "5 ml"),
                ("75 cl", "quantity", "75 cl"),
                ("40 nanogrammes", "quantity", "40 ng"),
            ],
        ),
        (
            "The mine poured 52,000 troy ounces; a tanker holds 9,000 gallons.",
            "en",
            [
                ("52,000 troy ounces", "quantity", "52000 oz"),
                ("9,000 gallons", "quantity", "9000 gal"),
            ],
        ),
        (
            "Chips etched at 2 nm run at 3.8GHz; methane reached 1,930 parts per billion.",
            "en",
            [
                ("2 nm", "quantity", "2 nm"),
                ("3.8GHz", "quantity", "3.8 GHz"),
                ("1,930 parts per billion", "quantity", "1930 ppb"),
            ],
        ),
    ],
)
def test_doses_traces_volumes_and_frequencies_are_quantities(text, language, expected) -> None:
    assert _marked(text, language) == expected


def test_a_variant_after_a_model_and_a_hyphen_is_no_figure() -> None:
    text = "The carrier flies 7 A330-300 and 2 CRJ900-200 jets, up 3-5% since Q3-2025."
    assert _marked(text, "en") == [
        ("7", "number", "7"),
        ("2", "number", "2"),
        ("3", "percent", "0.03"),
        ("5%", "percent", "0.05"),
        ("2025", "date", "2025"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "A room costs ₱2,400 in Cebu, ₦15,000 in Lagos and ₫350,000 in Hue.",
            "en",
            [
                ("₱2,400", "money", "PHP 2400"),
                ("₦15,000", "money", "NGN 15000"),
                ("₫350,000", "money", "VND 350000"),
            ],
        ),
        (
            "Rice rose to ฿42 a kilo; the fund holds ₸3.5 billion and ₾120 million.",
            "en",
            [
                ("฿42", "money", "THB 42"),
                ("₸3.5 billion", "money", "KZT 3500000000"),
                ("₾120 million", "money", "GEL 120000000"),
            ],
        ),
        (
            "Le ticket coûte 5 000 ₲ et le plein 90 000 ₫.",
            "fr",
            [("5 000 ₲", "money", "PYG 5000"), ("90 000 ₫", "money", "VND 90000")],
        ),
    ],
)
def test_every_currency_sign_makes_money(text, language, expected) -> None:
    assert _marked(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The port cost RO 240 million, a berth KD 3.5 million and a crane BD 900,000.",
            "en",
            [
                ("RO 240 million", "money", "OMR 240000000"),
                ("KD 3.5 million", "money", "KWD 3500000"),
                ("BD 900,000", "money", "BHD 900000"),
            ],
        ),
        (
            "Tickets sell for QR 150, Dh 75 and Dhs 1,200; a bed costs KSh 4,500.",
            "en",
            [
                ("QR 150", "money", "QAR 150"),
                ("Dh 75", "money", "AED 75"),
                ("Dhs 1,200", "money", "AED 1200"),
                ("KSh 4,500", "money", "KES 4500"),
            ],
        ),
        (
            "Fees rose to USh 50,000 and TSh 12,000; shops charge RM 9.90 and Tk 80.",
            "en",
            [
                ("USh 50,000", "money", "UGX 50000"),
                ("TSh 12,000", "money", "TZS 12000"),
                ("RM 9.90", "money", "MYR 9.9"),
                ("Tk 80", "money", "BDT 80"),
            ],
        ),
    ],
)
def test_local_abbreviations_before_an_amount_are_money(text, language, expected) -> None:
    assert _marked(text, language) == expected


def test_rand_joined_to_a_large_amount_and_rupiah_are_money_but_a_model_is_not() -> None:
    text = "Bidders offered R210 million, then R96,500 a seat; the R9 coupe sold for Rp 45 billion."
    assert _marked(text, "en") == [
        ("R210 million", "money", "ZAR 210000000"),
        ("R96,500", "money", "ZAR 96500"),
        ("Rp 45 billion", "money", "IDR 45000000000"),
    ]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Un sac de riz vaut 12 000 francs guinéens, une chèvre 40 000 francs rwandais.",
            "fr",
            [
                ("12 000 francs guinéens", "money", "XXX 12000"),
                ("40 000 francs rwandais", "money", "XXX 40000"),
            ],
        ),
        (
            "La taxe rapporte 3 millions de dinars tunisiens, mais 25 francs suffisent.",
            "fr",
            [
                ("3 millions de dinars tunisiens", "money", "XXX 3000000"),
                ("25 francs", "money", "XXX 25"),
            ],
        ),
        (
            "The levy raised 2 million Puntland shillings and 600 Djiboutian francs.",
            "en",
            [
                ("2 million Puntland shillings", "money", "XXX 2000000"),
                ("600 Djiboutian francs", "money", "XXX 600"),
            ],
        ),
        (
            "A permit costs 9,000 denars, about 150 euros.",
            "en",
            [("9,000 denars", "money", "MKD 9000"), ("150 euros", "money", "EUR 150")],
        ),
    ],
)
def test_currencies_named_by_country_are_money_with_the_country(text, language, expected) -> None:
    assert _marked(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Farmers own 25 rai each; the nets sit at 30 fathoms.",
            "en",
            [("25 rai", "quantity", "25 rai"), ("30 fathoms", "quantity", "30 fathom")],
        ),
        (
            "Il a coupé 3 stères de bois et posé ses casiers par 12 brasses de fond.",
            "fr",
            [("3 stères", "quantity", "3 stere"), ("12 brasses", "quantity", "12 fathom")],
        ),
        (
            "The district may sell 8,400 acre-feet of water from its 2,000 acres.",
            "en",
            [
                ("8,400 acre-feet", "quantity", "8400 acre-ft"),
                ("2,000 acres", "quantity", "2000 acre"),
            ],
        ),
        (
            "Growers delivered 48,000 fanegas of coffee, against 61,000 a year earlier.",
            "en",
            [
                ("48,000 fanegas", "quantity", "48000 fanega"),
                ("61,000", "number", "61000"),
            ],
        ),
        (
            "Lead reached 12.5 micrograms per litre and nitrate 3 mg/l.",
            "en",
            [
                ("12.5 micrograms per litre", "quantity", "12.5 µg/l"),
                ("3 mg/l", "quantity", "3 mg/l"),
            ],
        ),
        (
            "Le manganèse atteint 2,3 milligrammes par litre, contre 0,4 mg/L en amont.",
            "fr",
            [
                ("2,3 milligrammes par litre", "quantity", "2.3 mg/l"),
                ("0,4 mg/L", "quantity", "0.4 mg/l"),
            ],
        ),
    ],
)
def test_traditional_units_and_concentrations_are_quantities(text, language, expected) -> None:
    assert _marked(text, language) == expected


def test_hours_brought_down_to_a_figure_are_a_duration() -> None:
    text = "Le distributeur veut ramener les délestages à 3 heures, et rouvrir à 9 heures."
    assert _marked(text, "fr") == [("3", "number", "3"), ("9 heures", "date", "T09:00")]


def test_peruvian_soles_are_money() -> None:
    text = "The court fined it S/ 250,000, and the canal costs S/ 1.8 million."
    marks = find_numbers(text, "en")
    assert [(text[m.start : m.end], m.kind, m.value) for m in marks] == [
        ("S/ 250,000", "money", "PEN 250000"),
        ("S/ 1.8 million", "money", "PEN 1800000"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Neon came of age in the early 20th century and faded by the late 1990s.",
            [("early 20th century", "date", "19XX"), ("late 1990s", "date", "199X")],
        ),
        (
            "Les enseignes du 19e siècle ont disparu au milieu des années 1960.",
            [("19e siècle", "date", "18XX"), ("années 1960", "date", "196X")],
        ),
        (
            "The console runs at 60FPS on 6 teraflops, a 2.3Ghz chip and 39 kilobytes of code.",
            [
                ("60FPS", "quantity", "60 fps"),
                ("6 teraflops", "quantity", "6 TFLOPS"),
                ("2.3Ghz", "quantity", "2.3 GHz"),
                ("39 kilobytes", "quantity", "39 kB"),
            ],
        ),
        (
            "It weighs 2.5 metric tons and holds 40-foot-tall tubes.",
            [("2.5 metric tons", "quantity", "2.5 t"), ("40-foot", "quantity", "40 ft")],
        ),
        (
            "A 300-pound plate fell from a 19th-century roof.",
            [("300-pound", "quantity", "300 lb"), ("19th-century", "date", "18XX")],
        ),
    ],
)
def test_centuries_and_parts_of_decades_are_dates(text, expected) -> None:
    language = "fr" if "siècle" in text else "en"
    assert [(text[m.start : m.end], m.kind, m.value) for m in find_numbers(text, language)] == (
        expected
    )


def test_the_ranks_of_a_list_written_inline_are_no_figures() -> None:
    text = "The rankings were: 1. Finland 2. Norway 3. Australia, with 12 points between them."
    assert [(text[m.start : m.end], m.kind) for m in find_numbers(text, "en")] == [("12", "number")]


def test_the_ranks_of_a_list_one_item_a_block_are_no_figures() -> None:
    from reader.core.analysis.pipeline import find_figures

    texts = ["The rankings:", "1. Finland", "2. Norway", "4. Canada", "5. Spain had 12 points."]
    found = [(b, texts[b][m.start : m.end]) for b, m in find_figures(texts, "en")]
    assert found == [(4, "12")]
    # Two items, or numbers that do not rise, are no list: they may count something.
    for texts in (["1. Finland", "2. Norway"], ["3. Finland", "1. Norway", "2. Spain"]):
        assert len(find_figures(texts, "en")) == len(texts)


def test_a_screen_s_4k_is_no_figure_but_money_in_k_is() -> None:
    text = "The 4K screen costs $40K, and 40K people bought one."
    assert [(text[m.start : m.end], m.kind) for m in find_numbers(text, "en")] == [
        ("$40K", "money"),
        ("40K", "number"),
    ]


def test_a_number_after_another_and_x_is_a_dimension_not_a_year() -> None:
    text = "The screen shows 1800 x 1920 dots; sales should reach 100 by 2030."
    assert [(text[m.start : m.end], m.kind) for m in find_numbers(text, "en")] == [
        ("1800", "number"),
        ("1920", "number"),
        ("100", "number"),
        ("2030", "date"),
    ]
