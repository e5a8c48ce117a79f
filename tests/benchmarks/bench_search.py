"""Search latency over 100,000 articles: ten typical queries against a bare FTS5 MATCH.

The archive (about 600 words an article, French and English, with tags, feeds, entity marks
and a few annotations) is generated once, in one transaction, and cached in the temporary
directory between runs (`READER_BENCH_DIR` to choose another place). Rows are written with
the store's own schema directly in SQL, then indexed in one pass, so that building 100,000
articles takes minutes, not an hour.

For each query: median and p95 of `reader.core.search.search(limit=50)` (ranking, filters,
metadata and snippets), the median of a bare `articles_fts MATCH` on the same words
(ORDER BY rank LIMIT 50) measured in the same run, and their ratio.
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import statistics
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.core.search import search
from reader.core.search.forms import forms_lookup
from reader.core.store import Store, to_iso
from tests.benchmarks.cache import cached_archive

ARTICLES = int(os.environ.get("READER_BENCH_ARTICLES", 100_000))
WORDS = 600
PARAGRAPHS = 6
REPEAT = 15
TARGET_MS = 50.0

QUERIES = [
    ("garanties", "<garanties>"),
    ('"cessez le feu"', '"cessez le feu"'),
    ("négociation tag:ukraine", "<négociation>"),
    ("sécurité -russie", "<sécurité> NOT <russie>"),
    ("nucl* lang:fr", "nucl*"),
    ("ceasefire OR truce after:2024-06", "<ceasefire> OR <truce>"),
    ('entity:"Volodymyr Zelensky" kind:person guerre', "<guerre>"),
    ("is:unread tag:energy", None),
    ("guerre is:starred before:2026-01", "<guerre>"),
    ('"security guarantees" lang:en is:unread', '"security guarantees"'),
]
"""(our query, the bare FTS5 query on the same words it is compared with; None: compared with
the newest 50 articles by an indexed SELECT). `<word>` stands for the word's forms in the
archive, `(form OR form ...)`, looked up beforehand: the bare query searches the
same forms without looking them up."""

FRENCH_TEXT = (
    "les négociations de paix entre la Russie et l'Ukraine ont repris à Genève sous "
    "l'égide de la Suisse le président a demandé des garanties de sécurité solides un "
    "cessez le feu durable et l'échange de prisonniers la centrale nucléaire reste au "
    "cœur des discussions selon le ministère des affaires étrangères les délégations se "
    "sont retrouvées mardi pour une troisième série de pourparlers techniques le Kremlin "
    "a jugé la proposition prématurée tandis que Washington parle d'une étape vers la fin "
    "de la guerre les familles des disparus réclament des informations la banque mondiale "
    "évalue les dégâts du réseau électrique à plusieurs milliards de dollars les "
    "opérateurs estiment qu'il faudra des années pour reconstruire les capacités de "
    "production détruites par les frappes répétées l'armée annonce avoir abattu des "
    "drones pendant la nuit au-dessus de la capitale"
)
FRENCH = FRENCH_TEXT.split()
ENGLISH_TEXT = (
    "the peace talks between Russia and Ukraine resumed in Geneva under Swiss mediation "
    "the president asked for strong security guarantees a lasting ceasefire or truce and "
    "a prisoner exchange the nuclear plant remains at the heart of the negotiations "
    "according to the foreign ministry delegations met on Tuesday for a third round of "
    "technical talks the Kremlin called the proposal premature while Washington spoke of "
    "a step towards the end of the war families of the missing demanded information the "
    "World Bank estimates damage to the power grid at several billion dollars operators "
    "say it will take years to rebuild production capacity destroyed by repeated strikes "
    "the army said it shot down drones overnight above the capital markets rallied as "
    "investors weighed the outcome"
)
ENGLISH = ENGLISH_TEXT.split()
PEOPLE = [
    "Volodymyr Zelensky",
    "Vladimir Poutine",
    "Emmanuel Macron",
    "Keir Starmer",
    "Marco Rubio",
    "Rafael Grossi",
    "Dmitri Peskov",
    "Ignazio Cassis",
]
PLACES = ["Genève", "Kyiv", "Moscou", "Abu Dhabi", "Zaporijjia", "Washington"]
TAGS = ["ukraine", "energy", "diplomacy", "markets", "europe", "defense", "russia", "usa"]


STOPWORDS = {
    "fr": "de la le les des et à un une du en que qui pour dans sur par au se a est sont ont il",
    "en": "the of to and a in is it that for on was with as by at are be this from has have",
}


def _vocabulary(rng: random.Random, lang: str, seed_words: list[str], size: int) -> list[str]:
    """Words by decreasing frequency: function words, then invented words with the news words
    spread among them (ranks 100 to 3,000, so a typical query word is in about 2-15 % of the
    articles), then invented rare words."""
    syllables = [
        "ba",
        "ce",
        "di",
        "fo",
        "gu",
        "la",
        "mi",
        "no",
        "pe",
        "ra",
        "si",
        "tu",
        "vo",
        "ze",
        "ka",
        "ri",
        "lo",
        "ne",
        "qua",
        "tra",
    ]
    invented = set()
    while len(invented) < size:
        invented.add("".join(rng.choice(syllables) for _ in range(rng.randint(3, 5))))
    words = STOPWORDS[lang].split()
    content = [w.lower() for w in seed_words if w.lower() not in words]
    content = list(dict.fromkeys(content))
    filler = sorted(invented)
    rng.shuffle(filler)
    ranks = sorted(rng.sample(range(100, 3_000), len(content)))
    placed = dict(zip(ranks, content, strict=True))
    while len(words) < size:
        words.append(placed.get(len(words)) or filler.pop())
    return list(dict.fromkeys(words))


def build(path: Path) -> None:
    """Write the benchmark archive: ARTICLES articles in one transaction."""
    rng = random.Random(1234)
    vocab = {
        "fr": _vocabulary(rng, "fr", FRENCH, 30_000),
        "en": _vocabulary(rng, "en", ENGLISH, 30_000),
    }
    weights = {k: [1 / (rank + 1) for rank in range(len(v))] for k, v in vocab.items()}
    cum = {}
    for k, w in weights.items():
        total, acc = 0.0, []
        for x in w:
            total += x
            acc.append(total)
        cum[k] = acc
    Store(path).close()  # create the schema
    store = Store(path)
    conn = store.conn
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = OFF")
    start = datetime(2023, 1, 1, tzinfo=UTC)
    conn.execute("BEGIN")
    for i in range(1, 51):
        conn.execute(
            "INSERT INTO feeds (id, url, title, added) VALUES (?, ?, ?, ?)",
            (i, f"https://news{i}.example/rss", f"Journal {i}", to_iso(start)),
        )
    conn.executemany("INSERT INTO tags (id, name) VALUES (?, ?)", list(enumerate(TAGS, 1)))
    for article_id in range(1, ARTICLES + 1):
        lang = "fr" if rng.random() < 0.6 else "en"
        words = rng.choices(vocab[lang], cum_weights=cum[lang], k=WORDS)
        per = WORDS // PARAGRAPHS
        paragraphs = [" ".join(words[p * per : (p + 1) * per]) for p in range(PARAGRAPHS)]
        marks = []
        for p in range(PARAGRAPHS):
            if rng.random() < 0.5:
                name = rng.choice(PEOPLE if rng.random() < 0.6 else PLACES)
                kind = "person" if name in PEOPLE else "place"
                marks.append((article_id, p, 0, len(name), kind, name))
                paragraphs[p] = f"{name} {paragraphs[p]}"
        if rng.random() < 0.05:
            phrase = "cessez-le-feu" if lang == "fr" else "security guarantees"
            paragraphs[-1] = f"{paragraphs[-1]} {phrase}"
        title = " ".join(rng.choices(vocab[lang][:3_000], k=8)).capitalize()
        when = start + timedelta(minutes=rng.randrange(60 * 24 * 365 * 3))
        body = "\n\n".join(paragraphs)
        conn.execute(
            "INSERT INTO articles (id, feed_id, url, title, published, fetched, language, "
            "is_read, is_starred, content_hash, word_count) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                article_id,
                rng.randint(1, 50),
                f"https://news.example/{article_id}",
                title,
                to_iso(when),
                to_iso(when),
                lang,
                int(rng.random() < 0.7),
                int(rng.random() < 0.05),
                hashlib.sha1(body.encode()).hexdigest(),
                WORDS,
            ),
        )
        conn.executemany(
            "INSERT INTO blocks (article_id, position, kind, text) VALUES (?, ?, 'paragraph', ?)",
            [(article_id, p, text) for p, text in enumerate(paragraphs)],
        )
        conn.executemany(
            'INSERT INTO marks (article_id, block, start, "end", kind, value) VALUES (?,?,?,?,?,?)',
            marks,
        )
        conn.executemany(
            "INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)",
            [
                (article_id, t)
                for t in {rng.randint(1, len(TAGS)) for _ in range(rng.randint(0, 2))}
            ],
        )
        if rng.random() < 0.01:
            conn.execute(
                "INSERT INTO annotations (article_id, start_block, start_offset, end_block, "
                "end_offset, quote, note, created, updated) VALUES (?,0,0,0,20,?,?,?,?)",
                (
                    article_id,
                    paragraphs[0][:20],
                    "à vérifier: garanties",
                    to_iso(when),
                    to_iso(when),
                ),
            )
        if article_id % 10_000 == 0:
            print(f"  built {article_id:,} articles", flush=True)
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("ANALYZE")
    store.close()


def archive() -> Path:
    """The cached benchmark archive, built when missing or made for another schema."""
    return cached_archive("search", ARTICLES, build)


def timed(call, repeat: int = REPEAT) -> list[float]:
    call()  # warm the page cache and the statement cache
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def main() -> None:
    path = archive()
    with Store(path) as store:
        conn = store.conn
        print(f"{store.count_articles():,} articles; search(limit=50) vs bare FTS5 MATCH")
        forms = forms_lookup(store)

        def expand(word: str) -> str:
            return "(" + " OR ".join(f'"{f}"' for f in forms(word, ("fr", "en"))) + ")"

        print(f"{'query':48} {'hits':>7} {'median':>8} {'p95':>8} {'bare':>8} {'ratio':>6}")
        medians, ratios = [], []
        for query, bare in QUERIES:
            ours = timed(lambda q=query: search(store, q, limit=50))
            total = search(store, query, limit=50).total
            if bare is None:
                sql = "SELECT id FROM articles ORDER BY published DESC LIMIT 50"
                base = timed(lambda s=sql: conn.execute(s).fetchall())
            else:
                bare = re.sub(r"<([^>]+)>", lambda m: expand(m.group(1)), bare)
                sql = (
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                    "ORDER BY rank LIMIT 50"
                )
                base = timed(lambda s=sql, b=bare: conn.execute(s, (b,)).fetchall())
            median, base_median = statistics.median(ours), statistics.median(base)
            medians.append(median)
            ratios.append(median / base_median)
            print(
                f"{query:48} {total:>7,} {median:>6.1f}ms {p95(ours):>6.1f}ms "
                f"{base_median:>6.1f}ms {median / base_median:>5.1f}x"
            )
        overall = statistics.median(medians)
        print(
            f"median over the ten queries: {overall:.1f} ms (target < {TARGET_MS:.0f} ms: "
            f"{'met' if overall < TARGET_MS else 'NOT met'}); median ratio to bare FTS5 "
            f"{statistics.median(ratios):.1f}x"
        )


if __name__ == "__main__":
    main()
