"""`reader import`: every format, every kind of bad input, and re-imports that never duplicate."""

from __future__ import annotations

import json
import socket

import pytest

from reader.core.anchoring import passage_for_section
from reader.core.models import Annotation
from tests.conftest import DATA

PARAGRAPHS = [
    "The European Central Bank left its deposit rate at 2% on Thursday, as inflation in the "
    "euro area eased to 2.1% in May according to Eurostat, the statistics office in Luxembourg.",
    "Christine Lagarde told reporters in Frankfurt that the Governing Council would decide "
    "meeting by meeting, while markets priced in one more cut of 25 basis points by December.",
    "Growth was revised down to 0.9% for 2026, from 1.1% in March, as exports to the United "
    "States fell by 4.3% after the new tariffs came into force on 1 April.",
    "Economists at Deutsche Bank and BNP Paribas said the pause was widely expected, but warned "
    "that wage growth of 3.8% in Germany and 3.1% in France kept services inflation sticky.",
    "The bank's balance sheet shrank by EUR 42 billion in the quarter, to EUR 6.3 trillion, as "
    "banks repaid the last of the long-term loans granted during the pandemic.",
]


def news_page(title: str = "ECB holds rates as inflation eases", lang: str = "en") -> str:
    """A news-like HTML page with boilerplate around the article."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<!doctype html><html lang="{lang}"><head><meta charset="utf-8">
<title>{title} | The Northbridge Chronicle</title>
<meta property="og:site_name" content="The Northbridge Chronicle">
<meta name="author" content="Mara Lindqvist">
<meta property="article:published_time" content="2026-06-05T09:30:00Z">
<link rel="canonical" href="https://news.example.org/ecb-holds">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/markets">Markets</a></nav>
<article><h1>{title}</h1>{body}<h2>What comes next</h2><p>{PARAGRAPHS[0]}</p></article>
<footer>Subscribe to our newsletter. © 2026 The Northbridge Chronicle</footer></body></html>"""


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_text_file_is_imported_with_one_line_giving_its_id_and_title(run_cli, store):
    result = run_cli("import", str(DATA / "geneva-talks.fr.txt"))
    assert result.exit_code == 0, result.stderr
    article = store.get_article(1)
    assert result.stdout == f"1  {article.title}\n"
    assert len(article.blocks) == 20
    assert [b.text for b in article.blocks if b.kind == "heading"] == [
        "Un accord partiel sur l'énergie",
        "Zelensky demande des garanties de sécurité",
    ]
    assert article.source == (DATA / "geneva-talks.fr.txt").resolve().as_uri()


def test_the_sample_section_is_its_heading_and_five_paragraphs(run_cli, store):
    run_cli("import", str(DATA / "geneva-talks.fr.txt"))
    blocks = store.get_blocks(1)
    passage = passage_for_section(blocks, "Zelensky demande des garanties de sécurité")
    store.add_annotation(
        Annotation(
            None, 1, passage.start, passage.end, passage.quote, passage.prefix, passage.suffix
        )
    )
    shown = json.loads(run_cli("show", "1", "--format", "json").stdout)
    annotation = shown["annotations"][0]
    assert annotation["start"] == {"block": 14, "offset": 0}
    assert annotation["end"] == {"block": 19, "offset": len(blocks[19].text)}
    assert shown["blocks"][14]["kind"] == "heading"
    assert {b["kind"] for b in shown["blocks"][15:20]} == {"paragraph"}


def test_importing_the_same_file_twice_keeps_one_article(run_cli, store):
    path = str(DATA / "geneva-talks.fr.txt")
    first = run_cli("import", path)
    second = run_cli("import", path)
    assert first.stdout == second.stdout
    assert store.count_articles() == 1


def test_a_changed_file_updates_its_article_and_keeps_tags_and_read_state(run_cli, store, tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Oil prices rose 4% on Monday.\n\nBrent reached $91 a barrel.\n")
    run_cli("import", str(path), "--tag", "energy")
    store.set_read(1)
    path.write_text("Oil prices rose 5% on Monday.\n\nBrent reached $93 a barrel.\n")
    result = run_cli("import", str(path))
    assert result.stdout.startswith("1  ")
    article = store.get_article(1)
    assert store.count_articles() == 1
    assert article.blocks[1].text == "Brent reached $93 a barrel."
    assert article.tags == ("energy",)
    assert article.is_read


def test_markdown_is_imported_with_its_headings_and_front_matter(run_cli, store, tmp_path):
    path = tmp_path / "ecb.md"
    path.write_text(
        "---\ntitle: ECB on hold\nauthor: Mara Lindqvist\ntags: [economy]\nlang: en\n---\n"
        "Rates stay at **2%**.\n\n## Outlook\n\n- growth 0.9%\n- inflation 2.1%\n"
    )
    result = run_cli("import", str(path), "--tag", "ecb")
    assert result.stdout == "1  ECB on hold\n"
    article = store.get_article(1)
    assert [(b.kind, b.text) for b in article.blocks] == [
        ("paragraph", "Rates stay at 2%."),
        ("heading", "Outlook"),
        ("list_item", "growth 0.9%"),
        ("list_item", "inflation 2.1%"),
    ]
    assert (article.author, article.language, article.tags) == (
        "Mara Lindqvist",
        "en",
        ("ecb", "economy"),
    )


def test_an_html_file_keeps_metadata_structure_and_the_original_page(run_cli, store, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(news_page())
    result = run_cli("import", str(path))
    assert result.exit_code == 0, result.stderr
    article = store.get_article(1)
    assert result.stdout == "1  ECB holds rates as inflation eases\n"
    assert article.site == "The Northbridge Chronicle"
    assert article.author == "Mara Lindqvist"
    assert article.url == "https://news.example.org/ecb-holds"
    assert article.source == path.resolve().as_uri()
    assert article.language == "en"
    assert article.published.isoformat() == "2026-06-05T09:30:00+00:00"
    assert "What comes next" in [b.text for b in article.blocks if b.kind == "heading"]
    assert not any("newsletter" in b.text for b in article.blocks)
    assert "<nav>" in article.html


def test_title_and_language_options_override_the_files_own(run_cli, store, tmp_path):
    path = tmp_path / "page.html"
    path.write_text(news_page(lang="de"))
    result = run_cli("import", str(path), "--title", "My title", "--lang", "EN")
    assert result.stdout == "1  My title\n"
    assert store.get_article(1).language == "en"


def test_title_is_refused_for_several_sources(run_cli, tmp_path):
    result = run_cli("import", "a.txt", "b.txt", "--title", "T")
    assert result.exit_code == 2
    assert "--title applies to a single page or file" in result.stderr


def test_stdin_is_read_and_its_format_sniffed(run_cli, store):
    result = run_cli("import", "-", input="# Trade talks\n\nTariffs fell by 10%.\n")
    assert result.stdout == "1  Trade talks\n"
    article = store.get_article(1)
    assert article.source is None
    assert [b.text for b in article.blocks] == ["Tariffs fell by 10%."]


def test_html_on_stdin_is_extracted(run_cli, store):
    result = run_cli("import", "-", input=news_page().encode())
    assert result.stdout == "1  ECB holds rates as inflation eases\n"


def test_a_directory_is_imported_recursively_skipping_other_files(run_cli, store, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "one.txt").write_text("Talks in Geneva ended on Friday.\n")
    (tmp_path / "a" / "two.md").write_text("# Two\n\nSecond story.\n")
    (tmp_path / "a" / "b" / "three.html").write_text(news_page())
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / ".git" / "notes.txt").write_text("not an article")
    result = run_cli("import", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert [line.split("  ", 1)[1] for line in lines(result.stdout)] == [
        "Talks in Geneva ended on Friday",
        "Two",
        "ECB holds rates as inflation eases",
    ]
    assert store.count_articles() == 3


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.md", b"  \n\n \n", "empty"),
        (
            "scan.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
            "binary file (a PDF document), not a page or a text",
        ),
        (
            "data.html",
            bytes(range(256)) * 40,
            "binary file (unknown binary data), not a page or a text",
        ),
        (
            "menu.html",
            b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
            "no article text found",
        ),
    ],
)
def test_a_bad_file_gets_one_line_on_stderr_and_exit_1(run_cli, tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("import", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert lines(result.stderr) == [f"reader: {path}: {reason}"]


def test_a_missing_file_does_not_stop_the_others(run_cli, store, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Exports rose 3% in April.\n")
    result = run_cli("import", str(tmp_path / "missing.txt"), str(good))
    assert result.exit_code == 1
    assert lines(result.stderr) == [
        f"reader: {tmp_path / 'missing.txt'}: no such file or directory"
    ]
    assert result.stdout == "1  Exports rose 3% in April\n"


def test_an_oversized_file_is_refused_without_being_read(run_cli, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    result = run_cli("import", str(path))
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"reader: {path}: too large (21.0 MB; the limit is 20 MB)"]


def test_windows_1252_text_is_decoded(run_cli, store, tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("Les négociations ont repris à Genève.\n".encode("cp1252"))
    run_cli("import", str(path))
    assert store.get_article(1).blocks[0].text == "Les négociations ont repris à Genève."


def test_an_unreachable_url_is_reported(run_cli):
    url = f"http://127.0.0.1:{closed_port()}/story.html"
    result = run_cli("import", url)
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"reader: {url}: connection refused"]


def test_a_page_is_fetched_and_imported_once(run_cli, store, http_server):
    url = http_server.route("/story", news_page(), content_type="text/html; charset=utf-8")
    first = run_cli("import", url, "--tag", "ecb")
    second = run_cli("import", url)
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout == "1  ECB holds rates as inflation eases\n"
    article = store.get_article(1)
    assert article.source == url
    assert article.url == "https://news.example.org/ecb-holds"
    assert article.tags == ("ecb",)
    assert store.count_articles() == 1


@pytest.mark.parametrize(
    ("path", "route", "reason"),
    [
        ("/gone", {"status": 404}, "HTTP 404"),
        ("/empty", {"content_type": "text/html"}, "empty"),
        ("/image", {"body": b"\x89PNG\r\n", "content_type": "image/png"}, "not a page (image/png)"),
        (
            "/menu",
            {"body": "<html><body><a href='/'>Home</a></body></html>", "content_type": "text/html"},
            "no article text found",
        ),
    ],
)
def test_a_bad_page_is_reported_in_one_line(run_cli, http_server, path, route, reason):
    url = http_server.route(path, **route)
    result = run_cli("import", url)
    assert result.exit_code == 1
    assert lines(result.stderr) == [f"reader: {url}: {reason}"]


def test_a_plain_text_url_is_imported_as_text(run_cli, store, http_server):
    url = http_server.route("/notes.md", "# Notes\n\nA short note.\n", content_type="text/plain")
    result = run_cli("import", url)
    assert result.stdout == "1  Notes\n"


def test_untrusted_file_names_cannot_reach_the_terminal(run_cli, tmp_path):
    name = tmp_path / "evil\x1b]0;owned\x07.txt"
    result = run_cli("import", str(name))
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert result.exit_code == 1


def test_the_import_command_has_help_with_an_example(run_cli):
    result = run_cli("import", "--help")
    assert "Example:" in result.stdout and "--tag" in result.stdout


def test_the_demo_builds_a_lived_in_archive_once(run_cli, store):
    first = run_cli("demo")
    second = run_cli("demo")
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout
    articles = store.list_articles(limit=None)
    assert len(articles) == len(lines(first.stdout)) == 7
    assert {a.language for a in articles} == {"fr", "en"}
    assert sum(a.is_starred for a in articles) == 1
    assert sum(a.is_read for a in articles) == 2
    assert all(a.tags for a in articles)
    assert all(300 <= a.word_count <= 700 for a in articles)
    assert len(store.list_annotations()) == 2
    assert all(a.analysed for a in articles)  # names and figures are highlighted from the start
    kinds = {kind for (kind,) in store.conn.execute("SELECT DISTINCT kind FROM marks")}
    assert {"person", "org", "place", "percent", "money", "date"} <= kinds


def test_the_demo_annotates_a_sentence_and_a_whole_section(run_cli, store):
    run_cli("demo", "--no-analysis")
    by_length = sorted(store.list_annotations(), key=lambda a: len(a.quote))
    sentence, section = by_length
    assert sentence.start.block == sentence.end.block
    blocks = store.get_blocks(section.article_id)
    assert blocks[section.start.block].kind == "heading"
    assert section.quote.startswith("Des financements en chute libre")
    following = blocks[section.end.block + 1]
    assert following.kind == "heading" and following.level == blocks[section.start.block].level


def test_every_demo_article_has_sub_headings(run_cli, store):
    run_cli("demo", "--no-analysis")
    for article in store.list_articles(limit=None):
        kinds = [b.kind for b in store.get_blocks(article.id)]
        assert kinds.count("heading") >= 2, article.title


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Northbridge World</title><link>https://chronicle.example/</link>
<item><title>Talks resume in Geneva</title><link>https://chronicle.example/geneva</link>
<guid>geneva-1</guid><description>Delegations met on Tuesday for a third round.</description></item>
<item><title>Oil rises 4%</title><link>https://chronicle.example/oil</link>
<guid>oil-1</guid><description>Brent reached $91 a barrel on Monday.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette</title><id>urn:gazette</id>
<updated>2026-03-11T10:00:00Z</updated>
<entry><title>Le PAM lance un appel</title><id>urn:gazette:1</id>
<link href="https://gazette.example/pam"/><updated>2026-03-11T10:00:00Z</updated>
<content type="html">&lt;p&gt;Un appel de 1,8 milliard de dollars.&lt;/p&gt;</content></entry>
</feed>"""

OPML = """<?xml version="1.0"?>
<opml version="2.0"><head><title>Mine</title></head><body>
<outline text="Economy"><outline type="rss" text="Markets" xmlUrl="https://m.example/rss"/></outline>
<outline type="rss" text="World" xmlUrl="https://w.example/atom"/>
</body></opml>"""


def test_a_feed_file_gives_one_article_per_entry_once(run_cli, store, tmp_path):
    path = tmp_path / "world.rss"
    path.write_text(RSS)
    first = run_cli("import", str(path), "--tag", "world")
    second = run_cli("import", str(path))
    assert first.exit_code == 0, first.stderr
    assert first.stdout == second.stdout == "1  Talks resume in Geneva\n2  Oil rises 4%\n"
    assert store.count_articles(tag="world") == 2


def test_an_atom_file_is_recognised_by_its_content(run_cli, store, tmp_path):
    path = tmp_path / "gazette.xml"
    path.write_text(ATOM)
    result = run_cli("import", str(path))
    assert result.stdout == "1  Le PAM lance un appel\n"


def test_an_opml_file_subscribes_to_its_feeds(run_cli, store, tmp_path):
    path = tmp_path / "subscriptions.opml"
    path.write_text(OPML)
    result = run_cli("import", str(path))
    assert result.exit_code == 0, result.stderr
    assert lines(result.stdout) == ["feed 1  Markets", "feed 2  World"]
    assert store.count_articles() == 0


def test_a_broken_feed_file_is_reported_in_one_line(run_cli, tmp_path):
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><title>x</title>")
    result = run_cli("import", str(path))
    assert result.exit_code == 1
    (line,) = lines(result.stderr)
    assert line.startswith(f"reader: {path}: ")


def test_a_feed_url_is_imported_as_a_feed(run_cli, store, http_server):
    url = http_server.route("/feed", RSS, content_type="application/rss+xml")
    result = run_cli("import", url)
    assert lines(result.stdout) == ["1  Talks resume in Geneva", "2  Oil rises 4%"]


def test_a_page_with_stray_nul_and_control_characters_still_imports(run_cli, store, tmp_path):
    path = tmp_path / "dirty.html"
    page = news_page().replace("Thursday,", "Thursday,\x00\x01\x1b[31m")
    path.write_bytes(page.encode())
    result = run_cli("import", str(path))
    assert result.exit_code == 0, result.stderr
    text = "\n".join(b.text for b in store.get_blocks(1))
    assert "\x00" not in text and "\x1b" not in text


def test_an_export_in_json_lines_imports_into_another_archive(run_cli, store, tmp_path):
    from click.testing import CliRunner

    from reader.cli import cli

    other = tmp_path / "other.db"
    CliRunner().invoke(cli, ["--db", str(other), "demo"], catch_exceptions=False)
    exported = tmp_path / "archive.jsonl"
    CliRunner().invoke(cli, ["--db", str(other), "export", "--format", "json", "-o", str(exported)])
    first = run_cli("import", str(exported), "--tag", "restored")
    second = run_cli("import", str(exported))
    assert first.exit_code == 0, first.stderr
    assert len(lines(first.stdout)) == 7
    assert first.stdout == second.stdout
    shown = json.loads(run_cli("show", "1", "--format", "json").stdout)
    assert "restored" in shown["tags"]
    assert len(store.list_annotations()) == 2


def test_a_broken_json_lines_file_is_reported_and_nothing_written(run_cli, store, tmp_path):
    path = tmp_path / "broken.jsonl"
    path.write_text('{"title": "A", "blocks": [{"kind": "paragraph", "text": "x"}]}\n{oops\n')
    result = run_cli("import", str(path))
    assert result.exit_code == 1
    assert lines(result.stderr)[0].startswith(f"reader: {path}: line 2: ")
    assert store.count_articles() == 0


def test_a_file_uri_is_read_and_an_address_without_scheme_gets_a_hint(run_cli, store):
    uri = (DATA / "geneva-talks.fr.txt").resolve().as_uri()
    result = run_cli("import", uri, "example.org/story")
    assert result.exit_code == 1
    assert result.stdout.startswith("1  Les délégations")
    assert lines(result.stderr) == [
        "reader: example.org/story: no such file (for a web page, give its https:// URL)"
    ]
