"""Full-text search over the archive with a small query language.

    results = search(store, 'garantie "cessez-le-feu" tag:ukraine -is:read after:2025')

Words match in all their forms and without accents, "phrases" match exactly, results are
ranked by bm25 (title above body, recent first on ties) or listed by date. See `query.py`
for the language and `compile.py` for how it becomes SQL.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.models import Article
from reader.core.search.compile import DATE, Compiled, Compiler, is_text, query_languages
from reader.core.search.forms import forms_lookup
from reader.core.search.matching import DEFAULT_LANGUAGES, Matcher, positive_terms, tokenize
from reader.core.search.query import Node, Query, QueryError, parse_query
from reader.core.search.saved import delete_saved, list_saved, save_search
from reader.core.search.snippets import make_snippet
from reader.core.store import Store

__all__ = [
    "Hit",
    "Query",
    "QueryError",
    "article_ids",
    "SearchResults",
    "count",
    "delete_saved",
    "list_saved",
    "parse_query",
    "save_search",
    "search",
]

SORTS = ("relevance", "date")
TITLE_WEIGHT = 5.0
"""How much more a word in the title counts than one in the body (bm25 column weights)."""

_ARTICLE_COLUMNS = (
    "id, feed_id, url, guid, source, title, author, site, published, fetched, language, "
    "is_read, is_starred, read_position, content_hash, word_count, analysed"
)


@dataclass(frozen=True)
class Hit:
    """One article found by a search."""

    article: Article
    """Its metadata and tags (no blocks)."""
    score: float
    """Relevance, higher is better (0 when listed by date)."""
    snippet: str
    """A one-line extract around the matched words (a matched note with `in:notes`)."""
    highlights: tuple[tuple[int, int], ...]
    """`(start, end)` ranges of the matched words in `snippet`."""


@dataclass(frozen=True)
class SearchResults:
    """A page of hits and how many there are in all."""

    total: int
    """Articles matching the query."""
    hits: list[Hit]
    """The requested page, best first (or newest first)."""


def search(
    store: Store, query: str, *, limit: int = 50, offset: int = 0, sort: str = "relevance"
) -> SearchResults:
    """Find articles matching `query`, best first (or newest first with `sort="date"`).

    A query without words (only filters, or empty) lists matching articles by date.

    Raises:
        QueryError: the query is malformed; the message says why.
    """
    if sort not in SORTS:
        raise QueryError(f'unknown sort "{sort}" (use relevance or date)')
    parsed = parse_query(query)
    languages = query_languages(parsed, DEFAULT_LANGUAGES)
    matcher = Matcher(languages)
    compiled = Compiler(
        parsed, languages, _notes_lookup(store, matcher), forms_lookup(store)
    ).compile()
    rows, total = _rows(store, compiled, limit=max(0, limit), offset=max(0, offset), sort=sort)
    terms = positive_terms(parsed.root)
    texts = _notes_texts(store, parsed, matcher, rows) if parsed.scope == "notes" else None
    if texts is None:
        texts = _bodies(store, [r["id"] for r in rows])
    hits = []
    for row in rows:
        score = -row.pop("score") if compiled.match else 0.0
        tag_names = row.pop("tag_names") or ""
        tags = tuple(sorted((t for t in tag_names.split("\x1f") if t), key=str.lower))
        snippet, highlights = make_snippet(texts.get(row["id"], ""), terms, matcher)
        hits.append(Hit(store._article_from_row(row, tags), score, snippet, highlights))
    return SearchResults(total=total, hits=hits)


def count(store: Store, query: str) -> int:
    """How many articles match `query` (for saved searches' counts)."""
    parsed = parse_query(query)
    languages = query_languages(parsed, DEFAULT_LANGUAGES)
    compiled = Compiler(
        parsed, languages, _notes_lookup(store, Matcher(languages)), forms_lookup(store)
    ).compile()
    return _count(store, compiled)


def article_ids(store: Store, query: str) -> list[int]:
    """Ids of every article matching `query`, newest first (for exports)."""
    parsed = parse_query(query)
    languages = query_languages(parsed, DEFAULT_LANGUAGES)
    compiled = Compiler(
        parsed, languages, _notes_lookup(store, Matcher(languages)), forms_lookup(store)
    ).compile()
    sql, params = _from_where(compiled)
    rows = store.conn.execute(f"SELECT a.id {sql} ORDER BY {DATE} DESC, a.id DESC", params)
    return [r[0] for r in rows]


def _from_where(compiled: Compiled) -> tuple[str, list[object]]:
    if compiled.match:
        return (
            "FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            f"WHERE articles_fts MATCH ? AND {compiled.where_sql}",
            [compiled.match, *compiled.params],
        )
    return f"FROM articles a WHERE {compiled.where_sql}", list(compiled.params)


def _rows(
    store: Store, compiled: Compiled, *, limit: int, offset: int, sort: str
) -> tuple[list[dict], int]:
    """One page of matching articles' rows (with `score` and `tag_names`) and the total.

    The page and the total come from one pass over the matches (a window count); the
    articles' columns and tags are then read for the page only.
    """
    from_where, params = _from_where(compiled)
    score = f"bm25(articles_fts, {TITLE_WEIGHT}, 1.0)" if compiled.match else "0.0"
    order = "day DESC, id DESC"
    if sort == "relevance" and compiled.match:
        order = f"score, {order}"
    page = store.conn.execute(
        f"SELECT id, score, count(*) OVER () FROM (SELECT a.id AS id, {score} AS score, "
        f"{DATE} AS day {from_where}) ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    if not page:
        return [], (0 if offset == 0 and limit > 0 else _count(store, compiled))
    total = page[0][2]
    columns = ", ".join(f"a.{c.strip()}" for c in _ARTICLE_COLUMNS.split(","))
    marks = ", ".join("?" for _ in page)
    rows = {
        row["id"]: row
        for row in store.query(
            f"SELECT {columns}, (SELECT group_concat(t.name, char(31)) FROM article_tags at "
            f"JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id) AS tag_names "
            f"FROM articles a WHERE a.id IN ({marks})",
            [article_id for article_id, _, _ in page],
        )
    }
    ordered = []
    for article_id, row_score, _ in page:
        if article_id in rows:
            ordered.append(rows[article_id] | {"score": row_score})
    return ordered, total


def _count(store: Store, compiled: Compiled) -> int:
    from_where, params = _from_where(compiled)
    return store.conn.execute(f"SELECT count(*) {from_where}", params).fetchone()[0]


def _bodies(store: Store, ids: list[int]) -> dict[int, str]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    return dict(
        store.conn.execute(f"SELECT rowid, body FROM articles_fts WHERE rowid IN ({marks})", ids)
    )


def _annotation_texts(store: Store, article_ids: list[int] | None = None) -> list[tuple]:
    sql = "SELECT id, article_id, quote, note FROM annotations"
    params: list[object] = []
    if article_ids is not None:
        sql += f" WHERE article_id IN ({', '.join('?' for _ in article_ids)})"
        params = list(article_ids)
    return store.conn.execute(sql + " ORDER BY article_id, start_block, start_offset", params)


def _notes_lookup(store: Store, matcher: Matcher):
    cache: list[tuple[int, list]] = []

    def lookup(node: Node) -> list[int]:
        if not cache:
            cache.extend(
                (article_id, tokenize(f"{quote}\n{note}"))
                for _, article_id, quote, note in _annotation_texts(store)
            )
        return sorted({a for a, tokens in cache if matcher.evaluate(node, tokens)})

    return lookup


def _notes_texts(store: Store, parsed: Query, matcher: Matcher, rows: list[dict]) -> dict:
    """For each hit, its first annotation the words match, as `quote — note`."""
    texts: dict[int, str] = {}
    text_root = parsed.root if parsed.root is not None and is_text(parsed.root) else None
    for _, article_id, quote, note in _annotation_texts(store, [r["id"] for r in rows]):
        text = f"{quote} — {note}" if note else quote
        if article_id in texts:
            continue
        if text_root is None or matcher.evaluate(text_root, tokenize(text)):
            texts[article_id] = text
    return texts
