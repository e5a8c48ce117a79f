"""Import throughput: 1,000 generated news pages imported into a fresh archive (articles/s).

The pages are varied French and English news stories of about 600 words inside a site's
boilerplate (navigation, share buttons, "read also" and newsletter boxes, footer). Three
figures, each the median of 3 runs measured in the same process:

- import: `reader import DIR` as a user runs it (read, sniff, extract, store);
- extract: `extract_html` on every page, nothing stored (the baseline for the HTML work);
- store: `Store.save_article` of the already extracted articles into a fresh archive.

The ratios say where the time goes: import ≈ extract + store + the importer's own overhead.
`BENCH_IMPORT_PAGES=200` makes a quicker run.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from reader.core.extract import extract_html
from reader.core.importers import ImportOptions, SourceError, import_sources
from reader.core.models import Article
from reader.core.store import Store

PAGES = int(os.environ.get("BENCH_IMPORT_PAGES", "1000"))
RUNS = 3

_EN = {
    "people": [
        "Mara Lindqvist",
        "Tomás Ebrill",
        "Ingrid Solheim",
        "Olumide Adeyemi",
        "Helen Marsh",
    ],
    "orgs": ["the European Central Bank", "the IMF", "the World Bank", "NATO", "the WTO"],
    "places": ["Geneva", "Brussels", "Jakarta", "Nairobi", "Warsaw", "Ottawa", "Seoul"],
    "verbs": ["said", "warned", "announced", "told reporters", "confirmed"],
    "topics": ["inflation", "trade talks", "the ceasefire", "energy prices", "the budget"],
    "heading": ["What comes next", "The numbers", "Reactions abroad", "A fragile consensus"],
}
_FR = {
    "people": [
        "Claire Montbrun",
        "Julien Ferrand",
        "Awa Diallo",
        "Henrik Vasström",
        "Sophie Delorme",
    ],
    "orgs": ["la Commission européenne", "l'AIEA", "le PAM", "l'OTAN", "la Banque mondiale"],
    "places": ["Genève", "Bruxelles", "Dakar", "Vienne", "Strasbourg", "Montréal", "Abidjan"],
    "verbs": ["a déclaré", "a averti", "a annoncé", "a confirmé", "a estimé"],
    "topics": ["l'inflation", "les négociations", "le cessez-le-feu", "le prix de l'énergie"],
    "heading": [
        "Et maintenant ?",
        "Les chiffres clés",
        "Réactions à l'étranger",
        "Un consensus fragile",
    ],
}


def _sentence(rng: random.Random, words: dict, lang: str) -> str:
    person, org, place = (rng.choice(words[k]) for k in ("people", "orgs", "places"))
    topic, verb = rng.choice(words["topics"]), rng.choice(words["verbs"])
    figure = rng.choice(["2.1%", "$4.3 billion", "12,400", "31%", "€850 million", "0.9%"])
    if lang == "fr":
        figure = figure.replace(".", ",")
        return (
            f"À {place}, {person} {verb} que {org} suivait de près {topic}, "
            f"avec un chiffre de {figure} publié le {rng.randint(1, 28)} mars."
        )
    return (
        f"In {place}, {person} {verb} that {org} was watching {topic} closely, "
        f"with a figure of {figure} published on {rng.randint(1, 28)} March."
    )


def make_page(index: int) -> bytes:
    """One news page of about 600 words of article text inside its site's boilerplate."""
    rng = random.Random(index)
    lang = "fr" if index % 2 else "en"
    words = _FR if lang == "fr" else _EN
    title = f"{rng.choice(words['topics']).capitalize()} — {rng.choice(words['places'])} {index}"
    parts = []
    for section in range(3):
        if section:
            parts.append(f"<h2>{rng.choice(words['heading'])}</h2>")
        for _ in range(4):
            parts.append("<p>" + " ".join(_sentence(rng, words, lang) for _ in range(2)) + "</p>")
    related = "".join(f'<li><a href="/s/{index + i}">Story {index + i}</a></li>' for i in range(6))
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | Bench Daily</title><meta property="og:site_name" content="Bench Daily">
<meta name="author" content="{rng.choice(words["people"])}">
<meta property="article:published_time" content="2026-03-{1 + index % 28:02d}T08:00:00Z">
<link rel="canonical" href="https://bench.example/{index}"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/economy">Economy</a></nav>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
<article><h1>{title}</h1>{"".join(parts)}
<div class="read-also">Read also: <a href="/x">Another story</a></div>
<div class="newsletter"><p>Sign up for our newsletter.</p></div></article>
<aside><h3>Most read</h3><ul>{related}</ul></aside>
<footer>© 2026 Bench Daily · <a href="/privacy">Privacy</a></footer></body></html>""".encode()


def _medians(runs: dict) -> dict[str, float]:
    """Median seconds of each callable, the runs interleaved so that load on the machine
    weighs on all of them alike."""
    times: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(RUNS):
        for name, run in runs.items():
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pages_dir = Path(tmp) / "pages"
        pages_dir.mkdir()
        pages = [make_page(i) for i in range(PAGES)]
        for i, page in enumerate(pages):
            (pages_dir / f"{i:04d}.html").write_bytes(page)
        words = sum(
            len(b.text.split()) for b in extract_html(pages[0], None).blocks
        )  # one page's article length, for the record
        counter = iter(range(10_000))

        def fresh_store() -> Store:
            return Store(Path(tmp) / f"archive-{next(counter)}.db")

        def run_import() -> None:
            with fresh_store() as store:
                outcomes = list(import_sources(store, [str(pages_dir)], ImportOptions()))
            failed = [o for o in outcomes if isinstance(o, SourceError)]
            assert not failed and len(outcomes) == PAGES, failed[:3]

        extracted = []

        def run_extract() -> None:
            extracted[:] = [extract_html(page, None) for page in pages]

        def run_store() -> None:
            with fresh_store() as store:
                for i, e in enumerate(extracted):
                    store.save_article(
                        Article(
                            id=None,
                            title=e.title,
                            url=e.url,
                            source=f"file:///bench/{i}.html",
                            author=e.author,
                            site=e.site,
                            published=e.published,
                            language=e.language,
                            html=pages[i].decode(),
                            blocks=e.blocks,
                        )
                    )

        medians = _medians({"import": run_import, "extract": run_extract, "store": run_store})
        extract_s, store_s, import_s = medians["extract"], medians["store"], medians["import"]

    print(f"{PAGES} pages, about {words} words of article text each; median of {RUNS} runs")
    for name, seconds in (("import", import_s), ("extract", extract_s), ("store", store_s)):
        print(f"  {name:<8} {seconds:7.2f} s  {PAGES / seconds:8.1f} articles/s")
    overhead = import_s - extract_s - store_s
    print(
        f"  import / (extract + store) = {import_s / (extract_s + store_s):.2f}; "
        f"extraction {extract_s / import_s:.0%}, storing {store_s / import_s:.0%}, "
        f"the rest (reading files, sniffing, interleaving) {overhead / import_s:.0%}"
    )


if __name__ == "__main__":
    main()
