"""OPML in (subscriptions tagged by folders and categories) and out (round trip)."""

from __future__ import annotations

import pytest

from reader.core.feeds import FeedParseError, import_opml, read_opml, write_opml

OPML = b"""<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>My feeds</title></head>
  <body>
    <outline text="News">
      <outline text="World">
        <outline type="rss" text="Le Monde" xmlUrl="https://lemonde.example/rss"
                 htmlUrl="https://lemonde.example/"/>
      </outline>
      <outline type="rss" title="BBC" text="bbc" xmlUrl="https://bbc.example/feed"
               category="/Europe,Daily"/>
    </outline>
    <outline type="rss" text="Loose" xmlUrl="https://loose.example/atom"/>
    <outline text="Empty folder"/>
  </body>
</opml>
"""


def test_read_opml_keeps_order_titles_and_folder_tags():
    assert read_opml(OPML) == [
        ("https://lemonde.example/rss", "Le Monde", "https://lemonde.example/", ["News", "World"]),
        ("https://bbc.example/feed", "BBC", None, ["News", "Europe", "Daily"]),
        ("https://loose.example/atom", "Loose", None, []),
    ]


def test_import_opml_subscribes_with_tags(store):
    feeds = import_opml(store, OPML)

    assert [f.url for f in feeds] == [
        "https://lemonde.example/rss",
        "https://bbc.example/feed",
        "https://loose.example/atom",
    ]
    lemonde = store.get_feed("https://lemonde.example/rss")
    assert lemonde.title == "Le Monde"
    assert lemonde.site_url == "https://lemonde.example/"
    assert lemonde.tags == ("News", "World")
    assert len(store.list_feeds()) == 3


def test_importing_twice_does_not_duplicate(store):
    import_opml(store, OPML)
    import_opml(store, OPML)

    assert len(store.list_feeds()) == 3


def test_export_then_import_keeps_every_feed_and_tag(store, tmp_path):
    from reader.core.store import Store

    import_opml(store, OPML)
    store.update_feed(
        store.get_feed("https://loose.example/atom").id, title_override="Mine & yours"
    )

    document = write_opml(store.list_feeds())

    assert document.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    with Store(tmp_path / "other.db") as other:
        import_opml(other, document.encode())
        restored = {f.url: (f.title, f.tags) for f in other.list_feeds()}
    assert restored == {
        "https://lemonde.example/rss": ("Le Monde", ("News", "World")),
        "https://bbc.example/feed": ("BBC", ("Daily", "Europe", "News")),
        "https://loose.example/atom": ("Mine & yours", ()),
    }


def test_not_opml_is_said_in_one_line():
    with pytest.raises(FeedParseError, match="subs.xml: not OPML"):
        read_opml(b"<rss><channel/></rss>", name="subs.xml")


def test_entity_declarations_are_refused():
    data = b'<?xml version="1.0"?><!DOCTYPE o [<!ENTITY a "aaaa">]><opml><body/></opml>'
    with pytest.raises(FeedParseError, match="declares XML entities"):
        read_opml(data)
