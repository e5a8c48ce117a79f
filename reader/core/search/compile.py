"""A parsed query turned into SQL: one FTS5 MATCH expression (ranked) and SQL conditions.

Words go to the index as quoted FTS5 strings built from tokens, never as typed. Top-level
words and phrases form the MATCH expression, ranked by bm25; filters, and words nested under
a filter's OR, become SQL conditions on the `articles a` row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from reader.core.models import ENTITY_KINDS
from reader.core.search.query import (
    And,
    Filter,
    Node,
    Not,
    Or,
    Phrase,
    Query,
    Term,
    parse_date,
    walk,
)

DATE = "coalesce(a.published, a.fetched)"
"""An article's date: when it was published, else when it was stored."""

_COLUMNS = {"text": "title body", "title": "title"}

NotesLookup = Callable[[Node], list[int]]
"""Gives the ids of articles having an annotation whose note or quote matches a text tree."""
FormsLookup = Callable[[str, tuple[str, ...]], list[str]]
"""Gives the indexed forms of a word (itself, folded, first) in the given languages."""


@dataclass
class Compiled:
    """The SQL for a query."""

    match: str | None = None
    """FTS5 expression for `articles_fts MATCH`, or None when no word ranks the results."""
    where: list[str] = field(default_factory=list)
    """SQL conditions on `a` (the `articles` row), all required."""
    params: list[object] = field(default_factory=list)
    """Parameters of `where`, in order."""

    @property
    def where_sql(self) -> str:
        """The conditions joined with AND, or `1` when there are none."""
        return " AND ".join(f"({w})" for w in self.where) or "1"


def is_text(node: Node) -> bool:
    """True when the tree holds only words, phrases and their operators (no filter)."""
    return all(isinstance(n, Term | Phrase | And | Or | Not) for n in walk(node))


def query_languages(query: Query, default: Sequence[str]) -> tuple[str, ...]:
    """Languages to stem query words in: the `lang:` filter's when required, else `default`."""
    root = query.root
    children = root.nodes if isinstance(root, And) else (root,) if root else ()
    chosen = [c.value for c in children if isinstance(c, Filter) and c.name == "lang"]
    return tuple(chosen[:1]) or tuple(default)


class Compiler:
    """Turns a `Query` into `Compiled` SQL."""

    def __init__(
        self,
        query: Query,
        languages: Sequence[str],
        notes_lookup: NotesLookup | None = None,
        forms_lookup: FormsLookup | None = None,
    ) -> None:
        self.query = query
        self.languages = tuple(languages)
        self.notes_lookup = notes_lookup
        self.forms_lookup = forms_lookup
        self.columns = _COLUMNS.get(query.scope, _COLUMNS["text"])
        self.ranked = False
        """True once words narrowed the articles, so that per-article checks are cheap."""

    def compile(self) -> Compiled:
        """The MATCH expression and SQL conditions for the whole query."""
        out = Compiled()
        if self.query.scope == "notes":  # only annotated articles have notes to search
            out.where.append("EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)")
        root = self.query.root
        if root is None:
            return out
        children = list(root.nodes) if isinstance(root, And) else [root]
        children = _merge_kinds(children)
        if self.query.scope != "notes":
            positive = [c for c in children if self.positive_fts(c) is not None]
            negative = [
                c
                for c in children
                if isinstance(c, Not) and is_text(c.node) and self.positive_fts(c.node)
            ]
            if positive:
                match = " AND ".join(f"({self.positive_fts(c)})" for c in positive)
                if negative:
                    excluded = " OR ".join(f"({self.positive_fts(c.node)})" for c in negative)
                    match = f"({match}) NOT ({excluded})"
                out.match = match
                self.ranked = True
                children = [c for c in children if c not in positive and c not in negative]
        for child in children:
            sql, params = self.condition(child)
            out.where.append(sql)
            out.params.extend(params)
        return out

    def positive_fts(self, node: Node) -> str | None:
        """An FTS5 expression for a text-only tree that needs some word, else None."""
        if isinstance(node, Term):
            return self.term(node)
        if isinstance(node, Phrase):
            return f"{{{self.columns}}} : {_quote(node.words)}"
        if isinstance(node, Or):
            parts = [self.positive_fts(n) for n in node.nodes]
            if any(p is None for p in parts):
                return None
            return " OR ".join(f"({p})" for p in parts)
        if isinstance(node, And):
            positive = [self.positive_fts(n) for n in node.nodes if not isinstance(n, Not)]
            negative = [self.positive_fts(n.node) for n in node.nodes if isinstance(n, Not)]
            if not positive or any(p is None for p in positive + negative):
                return None
            expr = " AND ".join(f"({p})" for p in positive)
            if negative:
                expr = f"({expr}) NOT ({' OR '.join(f'({n})' for n in negative)})"
            return expr
        return None

    def term(self, term: Term) -> str:
        """A word in all the forms the archive has (a prefix, or a word split by a hyphen or
        an apostrophe, as typed)."""
        exact = _quote(term.words)
        if term.prefix:
            return f"{{{self.columns}}} : {exact}*"
        if len(term.words) != 1 or self.forms_lookup is None:
            return f"{{{self.columns}}} : {exact}"
        forms = self.forms_lookup(term.words[0], self.languages)
        return f"{{{self.columns}}} : ({' OR '.join(_quote((f,)) for f in forms)})"

    def condition(self, node: Node) -> tuple[str, list[object]]:
        """An SQL condition on `a` equivalent to the tree."""
        if is_text(node):
            if self.query.scope == "notes":
                ids = self.notes_lookup(node) if self.notes_lookup else []
                return "a.id IN (SELECT value FROM json_each(?))", [_json_ids(ids)]
            expr = self.positive_fts(node)
            if expr is not None:
                return (
                    "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)",
                    [expr],
                )
        if isinstance(node, Not):
            sql, params = self.condition(node.node)
            return f"NOT ({sql})", params
        if isinstance(node, And | Or):
            parts = [self.condition(n) for n in _merge_kinds(list(node.nodes))]
            joiner = " AND " if isinstance(node, And) else " OR "
            return joiner.join(f"({s})" for s, _ in parts), [p for _, ps in parts for p in ps]
        if isinstance(node, Filter) and node.name == "entity":
            return entity_condition(node.value, ENTITY_KINDS, per_article=self.ranked)
        if isinstance(node, Filter):
            return filter_condition(node)
        if isinstance(node, _Entity):
            return entity_condition(node.value, node.kinds, per_article=self.ranked)
        raise AssertionError(f"unexpected node {node!r}")  # pragma: no cover


@dataclass(frozen=True, slots=True)
class _Entity:
    """`entity:` with the kinds given by `kind:` filters beside it."""

    value: str
    kinds: tuple[str, ...]


def _merge_kinds(children: list[Node]) -> list[Node]:
    """Fold `kind:` filters into the `entity:` filters of the same AND."""
    kinds = tuple(c.value for c in children if isinstance(c, Filter) and c.name == "kind")
    entities = [c for c in children if isinstance(c, Filter) and c.name == "entity"]
    if not kinds or not entities:
        return children
    merged: list[Node] = []
    for child in children:
        if isinstance(child, Filter) and child.name == "kind":
            continue
        if isinstance(child, Filter) and child.name == "entity":
            merged.append(_Entity(child.value, kinds))
        else:
            merged.append(child)
    return merged


def filter_condition(node: Filter) -> tuple[str, list[object]]:
    """The SQL condition of one filter."""
    name, value = node.name, node.value
    if name == "tag":
        return (
            "a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t "
            "ON t.id = at.tag_id WHERE t.name = ?)",
            [value.lstrip("#")],
        )
    if name == "feed":
        like = f"%{_escape_like(value)}%"
        by_id = "id = ? OR " if value.isdigit() else ""
        params: list[object] = [int(value)] if value.isdigit() else []
        return (
            f"a.feed_id IN (SELECT id FROM feeds WHERE {by_id}url LIKE ? ESCAPE '\\' "
            f"OR coalesce(title_override, title, '') LIKE ? ESCAPE '\\') "
            f"OR a.site LIKE ? ESCAPE '\\'",
            [*params, like, like, like],
        )
    if name == "lang":
        return "a.language = ?", [value]
    if name == "is":
        return {
            "unread": "a.is_read = 0",
            "read": "a.is_read = 1",
            "starred": "a.is_starred = 1",
            "annotated": "EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id)",
        }[value], []
    if name == "entity":
        return entity_condition(value, ENTITY_KINDS)
    if name == "kind":
        return "EXISTS (SELECT 1 FROM marks m WHERE m.article_id = a.id AND m.kind = ?)", [value]
    if name in ("before", "after", "on"):
        first, after_end = (d.isoformat() for d in parse_date(value, name))
        if name == "before":
            return f"{DATE} < ?", [first]
        if name == "after":
            return f"{DATE} >= ?", [after_end]
        return f"{DATE} >= ? AND {DATE} < ?", [first, after_end]
    raise AssertionError(f"unexpected filter {name}")  # pragma: no cover


def entity_condition(
    value: str, kinds: Sequence[str], *, per_article: bool = True
) -> tuple[str, list[object]]:
    """Articles with a mark of one of `kinds` whose canonical value or text has the name.

    The name matches whole words, case aside: `Zelensky` finds "Volodymyr Zelensky". Names
    are resolved among the distinct names entities go by (`mark_names`), then their marks are
    found through the index. `per_article` checks the marks of each candidate article (cheap
    once words have narrowed them); otherwise the matching marks are looked up once.
    """
    pattern = f"% {_escape_like(value)} %"
    kind_list = ", ".join("?" for _ in kinds)
    if not set(kinds) <= set(ENTITY_KINDS):  # figures: their values only, scanned
        return (
            f"EXISTS (SELECT 1 FROM marks m WHERE m.article_id = a.id AND m.kind IN ({kind_list}) "
            f"AND ' ' || m.value || ' ' LIKE ? ESCAPE '\\')",
            [*kinds, pattern],
        )
    names = f"n.kind IN ({kind_list}) AND ' ' || n.name || ' ' LIKE ? ESCAPE '\\'"
    if per_article:
        return (
            f"EXISTS (SELECT 1 FROM marks m WHERE m.article_id = a.id AND m.kind IN ({kind_list}) "
            f"AND m.value IN (SELECT n.value FROM mark_names n WHERE {names}))",
            [*kinds, *kinds, pattern],
        )
    return (
        "a.id IN (SELECT m.article_id FROM mark_names n CROSS JOIN marks m "
        f"ON m.kind = n.kind AND m.value = n.value WHERE {names})",
        [*kinds, pattern],
    )


def _quote(words: Sequence[str]) -> str:
    """An FTS5 string of words (tokens hold only letters and digits, so no quote to escape)."""
    return '"' + " ".join(w.replace('"', '""') for w in words) + '"'


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _json_ids(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"
