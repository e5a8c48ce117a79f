"""The search language, parsed into a small syntax tree.

Words, "exact phrases", prefix*, `OR`, `-exclusion` (or `NOT`), parentheses, and filters
written `name:value` (`tag:ukraine`, `entity:"Volodymyr Zelensky"`, `before:2025-06`).
Nothing the user types reaches SQLite unparsed: the compiler turns this tree into SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reader.core.errors import ReaderError
from reader.core.models import MARK_KINDS

FILTERS = (
    "tag",
    "feed",
    "lang",
    "is",
    "entity",
    "kind",
    "before",
    "after",
    "on",
    "in",
)
"""Filter names the language knows, as written before the colon."""

IS_VALUES = ("unread", "read", "starred", "annotated")
IN_VALUES = ("notes", "title")
DATE_FILTERS = ("before", "after", "on")

_WORD = re.compile(r"[^\W_]+")
_FILTER = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)
_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


class QueryError(ReaderError):
    """The query cannot be understood; the message says what is wrong in a few words."""


@dataclass(frozen=True, slots=True)
class Term:
    """A word matched in all its forms (`garantie` finds `garanties`), or a prefix (`negoti*`).

    A word that holds several tokens (`l'accord`, `États-Unis`) is matched as a phrase of them.
    """

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words that must appear together, exactly in this order and form (accents and case aside)."""

    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Filter:
    """A `name:value` condition on the article's metadata, tags, marks or annotations."""

    name: str
    value: str


@dataclass(frozen=True, slots=True)
class Not:
    """Articles that do not match `node`."""

    node: Node


@dataclass(frozen=True, slots=True)
class And:
    """Articles that match every node."""

    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    """Articles that match at least one node."""

    nodes: tuple[Node, ...]


Node = Term | Phrase | Filter | Not | And | Or


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: its tree (None when empty) and where its words are looked for."""

    root: Node | None
    """The condition; `None` matches every article."""
    scope: str = "text"
    """`text` (title and body), `title`, or `notes` (annotation notes and quotes)."""
    text: str = ""
    """The query as typed."""

    @property
    def has_words(self) -> bool:
        """True when some word or phrase must match (else results are listed by date)."""
        return self.root is not None and any(
            isinstance(n, Term | Phrase) for n in walk(self.root, positive_only=True)
        )


def walk(node: Node, *, positive_only: bool = False):
    """Every node of the tree, depth first; with `positive_only`, skip what is under a NOT."""
    yield node
    if isinstance(node, Not):
        if not positive_only:
            yield from walk(node.node, positive_only=positive_only)
    elif isinstance(node, And | Or):
        for child in node.nodes:
            yield from walk(child, positive_only=positive_only)


def parse_query(query: str) -> Query:
    """Parse the search language into a `Query`.

    Raises:
        QueryError: with a short message such as `unclosed quote` or `unknown filter "foo:"`.
    """
    parser = _Parser(_tokens(query))
    root = parser.parse()
    scope = "text"
    if root is not None:
        scopes = {n.value for n in walk(root) if isinstance(n, Filter) and n.name == "in"}
        if len(scopes) > 1:
            raise QueryError("only one in: per query")
        scope = scopes.pop() if scopes else "text"
        root = _drop_scope(root)
    return Query(root=root, scope=scope, text=query)


# Tokens: ("(", None), (")", None), ("OR", None), ("NOT", None), ("-", None),
# ("phrase", text), ("word", text), ("filter", (name, value, quoted)).


def _tokens(query: str) -> list[tuple[str, object]]:
    tokens: list[tuple[str, object]] = []
    i, n = 0, len(query)
    while i < n:
        char = query[i]
        if char.isspace():
            i += 1
        elif char in "()":
            tokens.append((char, None))
            i += 1
        elif char == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QueryError("unclosed quote")
            tokens.append(("phrase", query[i + 1 : end]))
            i = end + 1
        elif char == "-" and i + 1 < n and not query[i + 1].isspace() and _at_token_start(query, i):
            tokens.append(("-", None))
            i += 1
        else:
            start = i
            while i < n and not query[i].isspace() and query[i] not in '()"':
                i += 1
            word = query[start:i]
            match = _FILTER.fullmatch(word)
            if match:
                name = match.group(1).lower()
                value = match.group(2)
                quoted = False
                if not value and i < n and query[i] == '"':
                    end = query.find('"', i + 1)
                    if end < 0:
                        raise QueryError("unclosed quote")
                    value, quoted, i = query[i + 1 : end], True, end + 1
                tokens.append(("filter", (name, value, quoted)))
            elif word in ("OR", "|"):
                tokens.append(("OR", None))
            elif word == "NOT":
                tokens.append(("NOT", None))
            elif word != "AND":
                tokens.append(("word", word))
    return tokens


def _at_token_start(query: str, i: int) -> bool:
    return i == 0 or query[i - 1].isspace() or query[i - 1] == "("


class _Parser:
    """Recursive descent: and := or+; or := unary (OR unary)*; unary := (-|NOT) atom | atom.

    OR binds tighter than the implicit AND, as in web search engines: `trêve OR cessez-le-feu
    tag:ukraine` is `(trêve OR cessez-le-feu) AND tag:ukraine`.
    """

    def __init__(self, tokens: list[tuple[str, object]]) -> None:
        self.tokens = tokens
        self.i = 0

    def peek(self) -> str | None:
        return self.tokens[self.i][0] if self.i < len(self.tokens) else None

    def parse(self) -> Node | None:
        if not self.tokens:
            return None
        node = self.parse_and()
        if self.peek() == ")":
            raise QueryError('unexpected ")"')
        return node

    def parse_and(self) -> Node | None:
        nodes = []
        while self.peek() not in (None, ")"):
            node = self.parse_or()
            if node is not None:
                nodes.append(node)
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else And(tuple(nodes))

    def parse_or(self) -> Node | None:
        if self.peek() == "OR":
            raise QueryError("OR needs a term on each side")
        nodes = [self.parse_unary()]
        while self.peek() == "OR":
            self.i += 1
            if self.peek() in (None, ")", "OR"):
                raise QueryError("OR needs a term on each side")
            nodes.append(self.parse_unary())
        kept = tuple(n for n in nodes if n is not None)
        if len(nodes) > 1 and len(kept) < len(nodes):
            raise QueryError("OR needs a term on each side")
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else Or(kept)

    def parse_unary(self) -> Node | None:
        if self.peek() in ("-", "NOT"):
            self.i += 1
            if self.peek() in (None, ")", "OR"):
                raise QueryError("nothing to exclude after - or NOT")
            if self.peek() in ("-", "NOT"):
                raise QueryError("double negation")
            node = self.parse_atom()
            return Not(node) if node is not None else None
        return self.parse_atom()

    def parse_atom(self) -> Node | None:
        kind, value = self.tokens[self.i]
        self.i += 1
        if kind == "(":
            node = self.parse_and()
            if self.peek() != ")":
                raise QueryError("unclosed parenthesis")
            self.i += 1
            return node
        if kind == ")":
            raise QueryError('unexpected ")"')
        if kind == "phrase":
            words = tuple(_WORD.findall(value))
            return Phrase(words) if words else None
        if kind == "filter":
            return _filter(*value)
        return _term(value)


def _term(word: str) -> Term | None:
    prefix = word.endswith("*")
    words = tuple(_WORD.findall(word))
    return Term(words, prefix=prefix) if words else None


def _filter(name: str, value: str, quoted: bool) -> Filter:
    if name not in FILTERS:
        raise QueryError(f'unknown filter "{name}:"')
    value = " ".join(value.split())
    if not value:
        raise QueryError(f"nothing after {name}:")
    lowered = value.lower()
    if name == "is" and lowered not in IS_VALUES:
        raise QueryError(f"unknown is:{value} (use {', '.join(IS_VALUES)})")
    if name == "in" and lowered not in IN_VALUES:
        raise QueryError(f"unknown in:{value} (use {', '.join(IN_VALUES)})")
    if name == "kind" and lowered not in MARK_KINDS:
        raise QueryError(f"unknown kind:{value} (use {', '.join(MARK_KINDS)})")
    if name == "lang" and not re.fullmatch(r"[a-z]{2,3}", lowered):
        raise QueryError(f'bad language "{value}" in lang: (use a code such as fr or en)')
    if name in DATE_FILTERS:
        parse_date(value, name)
    if name in ("is", "in", "kind", "lang"):
        value = lowered[:2] if name == "lang" else lowered
    return Filter(name, value)


def parse_date(value: str, name: str) -> tuple[date, date]:
    """The first day of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` period and the day after it ends."""
    match = _DATE.fullmatch(value)
    try:
        if not match:
            raise ValueError
        year, month, day = (int(g) if g else None for g in match.groups())
        if day is not None:
            first = date(year, month, day)
            return first, date.fromordinal(first.toordinal() + 1)
        if month is not None:
            first = date(year, month, 1)
            return first, date(year + (month == 12), month % 12 + 1, 1)
        return date(year, 1, 1), date(year + 1, 1, 1)
    except (ValueError, OverflowError):
        raise QueryError(f'bad date "{value}" in {name}:') from None


def _drop_scope(node: Node) -> Node | None:
    """The tree without its `in:` filters, which choose where words are looked for."""
    if isinstance(node, Filter):
        return None if node.name == "in" else node
    if isinstance(node, Not):
        inner = _drop_scope(node.node)
        return Not(inner) if inner is not None else None
    if isinstance(node, And | Or):
        kept = tuple(k for k in (_drop_scope(c) for c in node.nodes) if k is not None)
        if not kept:
            return None
        return kept[0] if len(kept) == 1 else type(node)(kept)
    return node
