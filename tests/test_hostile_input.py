"""Hostile and random input: every importer returns articles or a clear error, never a crash."""

from __future__ import annotations

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.importers import SourceError, import_sources
from reader.core.models import Block, Mark
from reader.core.store import Store
from reader.core.store.articles import MAX_BLOCKS
from reader.core.store.tags import MAX_MARKS
from tests.feed_corpus import CRASH_MARK

FUZZ = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def import_file(store: Store, path, data: bytes) -> list:
    path.write_bytes(data)
    outcomes = list(import_sources(store, [str(path)]))
    for outcome in outcomes:
        if isinstance(outcome, SourceError):
            message = str(outcome)
            assert CRASH_MARK not in message and "\n" not in message, message
            assert str(path) in message or path.name in message, message
    return outcomes


@FUZZ
@given(
    data=st.binary(max_size=4000),
    suffix=st.sampled_from([".html", ".txt", ".md", ".xml", ".opml", ".jsonl", ".bin"]),
)
def test_random_bytes_under_any_name(store, tmp_path, data, suffix):
    import_file(store, tmp_path / f"random{suffix}", data)


_TAGS = [
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "blockquote",
    "ul",
    "li",
    "pre",
    "article",
    "script",
    "style",
    "table",
    "td",
    "span",
    "a",
    "br",
    "img",
    "svg",
    "iframe",
    "form",
]
_TEXT = st.text(alphabet=string.ascii_letters + " éèàçÉ.,;!?'\"&<>\x00\x1b\u202e", max_size=80)


@st.composite
def html_trees(draw, depth=0):
    if depth > 6 or draw(st.booleans()):
        return draw(_TEXT)
    tag = draw(st.sampled_from(_TAGS))
    children = draw(st.lists(html_trees(depth=depth + 1), max_size=4))
    attrs = draw(
        st.sampled_from(
            [
                "",
                ' class="share"',
                ' id="newsletter"',
                ' lang="fr"',
                ' href="javascript:alert(1)"',
                ' style="display:none"',
            ]
        )
    )
    closing = draw(st.sampled_from([f"</{tag}>", ""]))  # unclosed tags too
    return f"<{tag}{attrs}>{''.join(children)}{closing}"


@FUZZ
@given(
    body=html_trees(),
    head=st.sampled_from(["", "<title>T | Site</title>", '<meta charset="windows-1252">']),
)
def test_random_html(store, tmp_path, body, head):
    page = f"<html><head>{head}</head><body>{body}</body></html>"
    import_file(store, tmp_path / "page.html", page.encode("utf-8", "surrogatepass"))


@st.composite
def feeds(draw):
    entries = draw(
        st.lists(
            st.tuples(
                _TEXT,
                _TEXT,
                st.sampled_from(
                    [
                        "",
                        "<guid>1</guid>",
                        "<link>http://x/1</link>",
                        "<pubDate>not a date</pubDate>",
                        "<pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate>",
                        "<description><![CDATA[<p>x",
                    ]
                ),
            ),
            max_size=5,
        )
    )
    items = "".join(
        f"<item><title>{t}</title><description>{d}</description>{extra}</item>"
        for t, d, extra in entries
    )
    root = draw(st.sampled_from(["rss", "feed", "rdf:RDF", "channel"]))
    closing = draw(st.sampled_from(["</channel></rss>", "", "</feed>"]))
    return f'<?xml version="1.0"?><{root}><channel><title>F</title>{items}{closing}'


@FUZZ
@given(feed=feeds())
def test_random_feed_xml(store, tmp_path, feed):
    import_file(store, tmp_path / "feed.xml", feed.encode("utf-8", "surrogatepass"))


def test_deeply_nested_html_is_refused_or_imported_without_crashing(store, tmp_path):
    page = "<html><body>" + "<div>" * 20_000 + "Texte profond. " * 50 + "</div>" * 20_000
    import_file(store, tmp_path / "deep.html", page.encode())


def test_a_megabyte_long_line_imports(store, tmp_path):
    line = ("Une phrase sans fin, avec 55 000 soldats et 31 % de hausse. " * 20_000).strip()
    (outcome,) = import_file(store, tmp_path / "long.txt", line.encode())
    assert not isinstance(outcome, SourceError)
    text = "".join(b.text for b in store.get_blocks(outcome.id))
    assert len(text) > 10_000


def test_billion_laughs_is_refused(store, tmp_path):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i else "&lol;" * 10}">'
            for i in range(9)
        )
        + "]><rss><channel><title>&lol8;</title><item><title>&lol8;</title></item></channel></rss>"
    )
    (outcome,) = import_file(store, tmp_path / "bomb.xml", bomb.encode())
    assert isinstance(outcome, SourceError)
    assert store.count_articles() == 0


def test_blocks_and_marks_per_article_are_capped(store):
    from reader.core.models import Article

    blocks = tuple(Block("paragraph", f"Paragraphe {i} avec 12 chiffres.") for i in range(12_000))
    saved = store.save_article(Article(id=None, title="Énorme", blocks=blocks))
    assert len(store.get_blocks(saved.article_id)) == MAX_BLOCKS
    marks = [(i, Mark(k * 5, k * 5 + 4, "number")) for i in range(MAX_BLOCKS) for k in range(6)]
    store.replace_marks(saved.article_id, marks)
    count = store.conn.execute("SELECT count(*) FROM marks").fetchone()[0]
    assert count == MAX_MARKS
