"""Reading feeds: RSS 2.0, RSS 1.0, Atom, JSON Feed, broken and hostile documents."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.feeds import FeedParseError, import_feed_file, parse_feed
from reader.core.feeds.content import html_to_blocks
from reader.core.models import Block

RSS2 = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Le Monde diplomatique</title>
  <link>https://example.org/</link>
  <language>fr-FR</language>
  <ttl>90</ttl>
  <item>
    <title>Pourparlers &#224; Abu Dhabi</title>
    <link>/2026/02/abu-dhabi</link>
    <guid isPermaLink="false">md-1</guid>
    <dc:creator>Marie Durand</dc:creator>
    <pubDate>Thu, 05 Feb 2026 10:00:00 +0100</pubDate>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<h2>Contexte</h2><p>Volodymyr Zelensky a rencontr\xc3\xa9
      les n\xc3\xa9gociateurs.</p><blockquote><p>Nous voulons des garanties.</p></blockquote>
      <ul><li>55 000 soldats</li><li>31 %</li></ul><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>Second</title>
    <guid>https://example.org/second</guid>
    <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; body.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title type="html">Foreign &lt;i&gt;Affairs&lt;/i&gt;</title>
  <link rel="alternate" href="https://fa.example/"/>
  <link rel="self" href="https://fa.example/feed.atom"/>
  <author><name>Editors</name></author>
  <entry>
    <id>tag:fa.example,2026:1</id>
    <title>Talks in Abu Dhabi</title>
    <link rel="alternate" type="text/html" href="https://fa.example/talks"/>
    <published>2026-02-05T09:00:00Z</published>
    <updated>2026-02-06T09:00:00Z</updated>
    <summary>Summary only.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>Negotiators met for <b>three</b> days.</p><p>No deal yet.</p></div></content>
  </entry>
</feed>
"""

RSS1 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://rdf.example/">
    <title>RDF News</title><link>https://rdf.example/</link><description>d</description>
    <dc:language>en</dc:language>
  </channel>
  <item rdf:about="https://rdf.example/one">
    <title>One</title><link>https://rdf.example/one</link>
    <description>First story.</description>
    <dc:date>2026-02-01T08:00:00+00:00</dc:date><dc:creator>Ann Lee</dc:creator>
  </item>
</rdf:RDF>
"""


def test_rss2_with_content_encoded():
    feed = parse_feed(RSS2, url="https://example.org/feed.xml")

    assert (feed.title, feed.site_url, feed.language, feed.ttl) == (
        "Le Monde diplomatique",
        "https://example.org/",
        "fr-FR",
        5400,
    )
    first, second = feed.entries
    assert first.title == "Pourparlers à Abu Dhabi"
    assert first.guid == "md-1"
    assert first.link == "https://example.org/2026/02/abu-dhabi"
    assert first.author == "Marie Durand"
    assert first.published == datetime(2026, 2, 5, 9, 0, tzinfo=UTC)
    assert "<h2>Contexte</h2>" in first.content and first.summary == "Short summary."
    assert second.link == "https://example.org/second"


def test_entry_html_becomes_structured_blocks():
    entry = parse_feed(RSS2).entries[0]

    assert html_to_blocks(entry.body_html) == (
        Block("heading", "Contexte", 2),
        Block("paragraph", "Volodymyr Zelensky a rencontré les négociateurs."),
        Block("quote", "Nous voulons des garanties."),
        Block("list_item", "55 000 soldats"),
        Block("list_item", "31 %"),
    )
    assert html_to_blocks(parse_feed(RSS2).entries[1].body_html) == (
        Block("paragraph", "Escaped HTML body."),
    )


@pytest.mark.parametrize("wrapper", ["{}", "<div>{}</div>"])
def test_text_after_an_html_comment_is_kept(wrapper):
    fragment = wrapper.format(
        "<h3>Les <em>chiffres</em></h3>\n<p>Plus de <b>55\u00a0000</b> soldats,\n"
        "selon l'&#201;tat-major.</p><p>Un <!-- wp:more -->second<!-- x --> paragraphe.\n\n"
        "Et un troisième.</p><blockquote>« Nous tiendrons. »</blockquote>"
        "<pre>x = 1\n  y = 2</pre>"
    )

    assert html_to_blocks(fragment) == (
        Block("heading", "Les chiffres", 3),
        Block("paragraph", "Plus de 55\u00a0000 soldats, selon l'État-major."),
        Block("paragraph", "Un second paragraphe."),
        Block("paragraph", "Et un troisième."),
        Block("quote", "« Nous tiendrons. »"),
        Block("preformatted", "x = 1\n  y = 2"),
    )


def test_deeply_nested_html_does_not_crash():
    fragment = "<div>" * 5000 + "deep text" + "</div>" * 5000

    assert [b.text for b in html_to_blocks(fragment)] == ["deep text"]


def test_atom_with_xhtml_content():
    feed = parse_feed(ATOM)

    assert feed.title == "Foreign Affairs" and feed.site_url == "https://fa.example/"
    (entry,) = feed.entries
    assert entry.guid == "tag:fa.example,2026:1"
    assert entry.link == "https://fa.example/talks"
    assert entry.author == "Editors"
    assert entry.published == datetime(2026, 2, 5, 9, tzinfo=UTC)
    assert [b.text for b in html_to_blocks(entry.body_html)] == [
        "Negotiators met for three days.",
        "No deal yet.",
    ]


def test_rss1():
    feed = parse_feed(RSS1)

    assert feed.title == "RDF News" and feed.format == "rss1"
    (entry,) = feed.entries
    assert (entry.guid, entry.title, entry.author) == ("https://rdf.example/one", "One", "Ann Lee")
    assert entry.published == datetime(2026, 2, 1, 8, tzinfo=UTC)


def test_windows_1252_without_declared_encoding():
    data = (
        b"<rss version='2.0'><channel><title>Caf\xe9 \x93news\x94</title>"
        b"<item><title>\xc9t\xe9 \x96 r\xe9sum\xe9</title><guid>1</guid>"
        b"<description>Co\xfbt : 5\x80</description></item></channel></rss>"
    )

    feed = parse_feed(data)

    assert feed.title == "Café “news”"
    assert feed.entries[0].title == "Été – résumé"
    assert feed.entries[0].summary == "Coût : 5€"


def test_malformed_xml_keeps_its_entries_with_a_warning():
    data = (
        b"<?xml version='1.0'?><rss version='2.0'><channel><title>Broken & bad</title>"
        b"<item><title>Still here</title><link>https://b.example/1</link>"
        b"<description>Text <br> unclosed</description></item>"
        b"<item><title>Also here</title><link>https://b.example/2</link></item>"
    )

    feed = parse_feed(data, url="https://b.example/feed")

    assert [e.title for e in feed.entries] == ["Still here", "Also here"]
    assert feed.warning and feed.warning.startswith("malformed feed, entries recovered")


def test_billion_laughs_is_refused():
    data = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>
"""
    with pytest.raises(FeedParseError, match="https://evil.example/feed: declares XML entities"):
        parse_feed(data, url="https://evil.example/feed")


def test_external_entities_are_refused():
    data = (
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<rss><channel><title>&x;</title></channel></rss>"
    )
    with pytest.raises(FeedParseError, match="declares XML entities"):
        parse_feed(data)


def test_html_page_is_not_a_feed():
    with pytest.raises(FeedParseError, match="page.html: not a feed"):
        parse_feed(b"<html><body><p>Hello</p></body></html>", name="page.html")


def test_json_feed_1_1():
    data = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "JSON News",
            "home_page_url": "https://json.example/",
            "language": "fr",
            "authors": [{"name": "Rédaction"}],
            "items": [
                {
                    "id": "42",
                    "url": "https://json.example/42",
                    "title": "Quarante-deux",
                    "content_html": "<p>Le texte.</p>",
                    "date_published": "2026-02-05T10:00:00+01:00",
                },
                {"id": "43", "content_text": "Para one.\n\nPara two.", "authors": [{"name": "Bo"}]},
            ],
        }
    ).encode()

    feed = parse_feed(data, headers={"content-type": "application/feed+json"})

    assert (feed.title, feed.language, feed.format) == ("JSON News", "fr", "json")
    first, second = feed.entries
    assert (first.guid, first.link, first.author) == ("42", "https://json.example/42", "Rédaction")
    assert first.published == datetime(2026, 2, 5, 9, tzinfo=UTC)
    assert [b.text for b in html_to_blocks(second.body_html)] == ["Para one.", "Para two."]
    assert second.author == "Bo"


def test_json_that_is_not_a_feed():
    with pytest.raises(FeedParseError, match="not a feed"):
        parse_feed(b'{"hello": "world"}')


def test_import_feed_file_stores_one_article_per_entry(store):
    results = import_feed_file(store, RSS2, "/tmp/monde.xml", tags=("ukraine",))

    assert [r.status for r in results] == ["new", "new"]
    article = store.get_article(results[0].article_id)
    assert article.title == "Pourparlers à Abu Dhabi"
    assert article.site == "Le Monde diplomatique"
    assert article.language == "fr"
    assert article.tags == ("ukraine",)
    assert article.blocks[0] == Block("heading", "Contexte", 2)
    assert import_feed_file(store, RSS2, "/tmp/monde.xml")[0].status == "unchanged"


def test_import_feed_file_names_the_file_when_it_is_not_a_feed(store):
    with pytest.raises(FeedParseError, match="notes.xml: not a feed"):
        import_feed_file(store, b"<notes><note>hi</note></notes>", "notes.xml")


_HOSTS = st.sampled_from(["example.org", "Example.ORG", "127.0.0.1", "news.example-site.fr"])
_PORTS = st.sampled_from(["", ":80", ":443", ":8080", ":0", ":080", ":65535", ":99999"])
_PATHS = st.sampled_from(["", "/", "/a/b.html", "/x/../y", "/é t", "/p;v=1"])
_QUERIES = st.sampled_from(["", "?", "?id=3", "?utm_source=rss&id=3", "?fbclid=x"])
_FRAGMENTS = st.sampled_from(["", "#top", "#"])


@given(st.sampled_from(["http", "https", "HTTP"]), _HOSTS, _PORTS, _PATHS, _QUERIES, _FRAGMENTS)
def test_links_already_normal_are_kept_as_the_full_normalisation_would(
    scheme, host, port, path, query, fragment
):
    from reader.core.feeds import ingest

    url = f"{scheme}://{host}{port}{path}{query}{fragment}"
    quick = ingest.normalise_link(url)
    general = ingest._NORMAL_LINK
    try:
        ingest._NORMAL_LINK = re.compile("(?!)")  # never matches: always the general path
        assert quick == ingest.normalise_link(url)
    finally:
        ingest._NORMAL_LINK = general


def test_tracking_parameters_and_fragments_leave_a_link():
    from reader.core.feeds.ingest import normalise_link

    assert normalise_link("HTTP://Example.org:80/a?utm_source=x&id=3#top") == (
        "http://example.org/a?id=3"
    )
    assert normalise_link("https://example.org/a/b.html") == "https://example.org/a/b.html"
