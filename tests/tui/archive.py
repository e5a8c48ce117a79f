"""A small archive for the app's tests: the Geneva article (French, two sections), an English
story, a title that looks like markup, and a feed with a few articles."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.models import Article, Block, Mark
from reader.core.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
NOW = datetime(2026, 2, 5, 12, 0, tzinfo=UTC)
"""The frozen "now" of the app's tests."""

SECTION_HEADING = "Zelensky demande des garanties de sécurité"
HOSTILE_TITLE = "[bold red]x[/] and [link=file:///etc/passwd]click[/link]"

NAMES = {
    "person": [
        "Ignazio Cassis",
        "Rafael Grossi",
        "Dmitri Peskov",
        "Marco Rubio",
        "Volodymyr Zelensky",
        "Emmanuel Macron",
        "Keir Starmer",
        "Zelensky",
    ],
    "org": [
        "Agence internationale de l'énergie atomique",
        "AIEA",
        "Kremlin",
        "Banque mondiale",
        "OTAN",
        "Ukrinform",
    ],
    "place": [
        "Genève",
        "Suisse",
        "Zaporijjia",
        "Abou Dhabi",
        "Kyiv",
        "Moscou",
        "Washington",
        "Ukraine",
    ],
    "money": ["12,4 milliards de dollars"],
    "date": ["janvier 2026", "septembre 2022", "24 février 2022"],
    "percent": ["31 %"],
    "quantity": ["48 heures", "30 km", "30 jours", "-15 °C", "3 ans"],
    "number": ["212", "205", "8 000", "62 000", "25 000"],
}
VALUES = {"Zelensky": "Volodymyr Zelensky", "AIEA": "Agence internationale de l'énergie atomique"}


def marks_for(text: str) -> tuple[Mark, ...]:
    """Entity and figure marks found by name (longest names first, never overlapping)."""
    found: list[Mark] = []
    taken = [False] * len(text)
    names = sorted(
        ((name, kind) for kind, names in NAMES.items() for name in names), key=lambda p: -len(p[0])
    )
    for name, kind in names:
        for match in re.finditer(re.escape(name), text):
            if any(taken[match.start() : match.end()]):
                continue
            for i in range(match.start(), match.end()):
                taken[i] = True
            value = VALUES.get(name, name) if kind in ("person", "org", "place") else None
            found.append(Mark(match.start(), match.end(), kind, value))
    return tuple(sorted(found, key=lambda m: m.start))


def geneva_blocks() -> tuple[Block, ...]:
    """The 20 blocks of the fixture article: lines 10 and 15 are level-2 headings."""
    lines = (DATA / "geneva-talks.fr.txt").read_text(encoding="utf-8").splitlines()
    blocks = []
    for number, line in enumerate(lines, start=1):
        if number in (10, 15):
            blocks.append(Block("heading", line, 2, marks_for(line)))
        else:
            blocks.append(Block("paragraph", line, None, marks_for(line)))
    return tuple(blocks)


ENGLISH = [
    ("heading", "Energy truce holds for a second week"),
    (
        "paragraph",
        "Negotiators in Geneva said the moratorium on strikes against power plants held "
        "for a second week, and that talks on prisoner exchanges would resume in March.",
    ),
    ("quote", "We are not there yet, but the negotiations are serious."),
    ("list_item", "212 soldiers released on Tuesday."),
    ("list_item", "30 days without strikes on energy sites."),
    ("paragraph", "Observers warned that a ceasefire without security guarantees would not last."),
]


def build_archive(db_path: Path) -> dict[str, int]:
    """Fill an archive at `db_path`; returns the ids of the notable articles."""
    ids: dict[str, int] = {}
    with Store(db_path) as store:
        feed = store.add_feed("http://127.0.0.1:1/world.xml", title="World desk")
        ids["geneva"] = store.save_article(
            Article(
                id=None,
                title="À Genève, Kyiv et Moscou s'accordent sur une trêve énergétique",
                url="https://news.example/geneve-treve",
                site="Le Quotidien",
                author="Claire Martin",
                language="fr",
                published=NOW - timedelta(hours=3),
                blocks=geneva_blocks(),
                feed_id=feed.id,
            ),
            tags=("ukraine",),
        ).article_id
        ids["english"] = store.save_article(
            Article(
                id=None,
                title="Energy truce between Kyiv and Moscow holds",
                url="https://news.example/energy-truce",
                site="World Desk",
                language="en",
                published=NOW - timedelta(days=1),
                blocks=tuple(
                    Block(kind, text, 2 if kind == "heading" else None, marks_for(text))
                    for kind, text in ENGLISH
                ),
                feed_id=feed.id,
            ),
            tags=("energy", "ukraine"),
        ).article_id
        ids["hostile"] = store.save_article(
            Article(
                id=None,
                title=HOSTILE_TITLE,
                url="https://news.example/hostile",
                site="[i]Sneaky[/i] Site",
                published=NOW - timedelta(days=2),
                blocks=(Block("paragraph", "Body with [b]brackets[/b] shown as typed."),),
            )
        ).article_id
        for number in range(1, 6):
            store.save_article(
                Article(
                    id=None,
                    title=f"Market report number {number}",
                    url=f"https://news.example/markets/{number}",
                    site="Markets Weekly",
                    language="en",
                    published=NOW - timedelta(days=10 + number),
                    blocks=(Block("paragraph", f"Prices moved {number} % on the week."),),
                    feed_id=feed.id,
                )
            )
        store.set_read(store.list_articles(limit=None)[-1].id, True)
        ids["feed"] = feed.id
    return ids
