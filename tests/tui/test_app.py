"""The app's flows, driven with Pilot on a temporary archive; each checks the archive after."""

from __future__ import annotations

from reader.core.store import Store
from reader.tui.screens.article import ArticleScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.search import SearchScreen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from tests.tui.archive import HOSTILE_TITLE, SECTION_HEADING
from tests.tui.waiting import settle

SIZE = (100, 32)


def widget_text(widget) -> str:
    """What a widget shows, as plain text."""
    return "\n".join(strip.text for strip in widget.render_lines(widget.region.reset_offset))


def line_texts(widget, count: int) -> list[str]:
    """The plain text of a line-API widget's first `count` visible lines."""
    return [widget.render_line(y).text for y in range(count)]


async def open_geneva(pilot) -> ArticleView:
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ArticleScreen)
    return pilot.app.screen.query_one(ArticleView)


async def test_opening_an_article_marks_it_read_and_remembers_where_the_reader_was(
    app, db_path, archive
):
    async with app.run_test(size=SIZE) as pilot:
        view = await open_geneva(pilot)
        assert view.article.id == archive["geneva"]
        await pilot.press("j", "j", "j")
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(ArticleView).cursor.block == 3
    with Store(db_path) as store:
        article = store.get_article(archive["geneva"], with_blocks=False)
        assert article.is_read
        assert article.read_position == 3


async def test_m_and_s_toggle_read_and_star_in_the_list(app, db_path, archive):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("s", "m")
        await pilot.pause()
        row = app.screen.query_one(ArticleList).render_line(0).text
        assert "★" in row
    with Store(db_path) as store:
        article = store.get_article(archive["geneva"], with_blocks=False)
        assert article.is_starred and article.is_read


async def test_tags_are_edited_with_completion_of_existing_tags(app, db_path, archive):
    async with app.run_test(size=(140, 32)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"ene")
        await pilot.pause(0.1)
        await pilot.press("tab")
        await pilot.press(*"geneva")
        await pilot.press("enter")
        await pilot.pause()
        assert "#energy" in app.screen.query_one(ArticleList).render_line(0).text
    with Store(db_path) as store:
        assert store.article_tags(archive["geneva"]) == ("energy", "geneva", "ukraine")


async def test_the_sidebar_filters_by_tag(app, archive):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("h")  # to the sidebar
        await settle(app)  # counts and tags come from a worker
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        ids = [option.id for option in sidebar.options]
        sidebar.highlighted = ids.index("tag:energy")
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.count == 1
        assert articles.current.id == archive["english"]


async def test_a_sentence_is_annotated(app, db_path, archive):
    sentence = 'Le Kremlin a jugé la proposition "prématurée".'
    async with app.run_test(size=SIZE) as pilot:
        view = await open_geneva(pilot)
        await pilot.press(*["j"] * 6, "right_parenthesis")
        assert view.cursor.block == 6 and view.cursor.sentence == 0
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Why?", "enter", *"Ask")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert 6 in view._annotated
        note = app.screen.query_one("#note")
        assert note.display and "Why?" in widget_text(note)
    with Store(db_path) as store:
        [annotation] = store.list_annotations(archive["geneva"])
        assert annotation.quote == sentence
        assert (annotation.start.block, annotation.start.offset) == (6, 0)
        assert (annotation.end.block, annotation.end.offset) == (6, len(sentence))
        assert annotation.note == "Why?\nAsk"


async def test_the_section_under_the_cursor_is_annotated_whole(app, db_path, archive):
    async with app.run_test(size=SIZE) as pilot:
        view = await open_geneva(pilot)
        await pilot.press("right_square_bracket", "right_square_bracket", "j", "j")
        assert view.cursor.block == 16
        await pilot.press("S")
        assert view.selection[0].block == 14 and view.selection[1].block == 19
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Key")
        await pilot.press("tab", *"gua")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert view.selection is None
        assert set(view._annotated) == set(range(14, 20))
    with Store(db_path) as store:
        blocks = store.get_blocks(archive["geneva"])
        [annotation] = store.list_annotations(archive["geneva"])
        assert blocks[14].text == SECTION_HEADING
        assert (annotation.start.block, annotation.start.offset) == (14, 0)
        assert (annotation.end.block, annotation.end.offset) == (19, len(blocks[19].text))
        assert annotation.quote == "\n".join(b.text for b in blocks[14:20])
        assert annotation.tags == ("gua",)


async def test_annotations_are_listed_edited_and_deleted(app, db_path, archive):
    async with app.run_test(size=SIZE) as pilot:
        view = await open_geneva(pilot)
        await pilot.press("j", "a")
        await pilot.pause()
        await pilot.press("x", "ctrl+s")
        await pilot.pause()
        await pilot.press("g", "A")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert view.cursor.block == 1
        await pilot.press("A", "e")
        await pilot.pause()
        await pilot.press("y", "ctrl+s")
        await pilot.pause()
        with Store(db_path) as store:
            [annotation] = store.list_annotations(archive["geneva"])
            assert annotation.note == "xy"
        await pilot.press("A", "d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert view.annotations == []
    with Store(db_path) as store:
        assert store.list_annotations(archive["geneva"]) == []


async def test_search_results_as_you_type_then_open_at_the_first_match(app, db_path, archive):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"garantie")
        await settle(app)
        await pilot.pause(0.3)
        await settle(app)
        await pilot.pause()
        search = app.screen
        assert [hit.article.id for hit in search.hits] == [archive["geneva"]]
        assert "garanties" in search.hits[0].snippet
        await pilot.press("enter")
        await pilot.pause()
        reader = app.screen
        assert isinstance(reader, ArticleScreen)
        view = reader.query_one(ArticleView)
        assert view.cursor.block == 14  # the heading holds the first "garanties"
        first = reader.match_index
        await pilot.press("n")
        assert reader.match_index == first + 1
        await pilot.press("N")
        assert reader.match_index == first
    with Store(db_path) as store:
        assert store.get_article(archive["geneva"], with_blocks=False).is_read


async def test_a_malformed_query_says_what_is_wrong(app, archive):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash", *'"unclosed')
        await pilot.pause(0.3)
        await settle(app)
        await pilot.pause()
        status = widget_text(app.screen.query_one("#search-status"))
        assert "unclosed quote" in status
        assert app.screen.hits == []


async def test_the_entity_panel_steps_through_occurrences_and_finds_other_articles(app, archive):
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_geneva(pilot)
        await pilot.press("e")
        await pilot.pause()
        panel = app.screen.query_one("#entities")
        assert panel.current.name == "Volodymyr Zelensky"
        assert len(panel.current.occurrences) == 3
        await pilot.press("enter")
        first = view.spotlight
        await pilot.press("enter")
        assert view.spotlight != first and view.spotlight.block > first.block
        await pilot.press("f")
        await pilot.pause(0.3)
        await settle(app)
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query").value == 'entity:"Volodymyr Zelensky"'


async def test_n_and_p_move_between_articles_of_the_list(app, archive):
    async with app.run_test(size=SIZE) as pilot:
        view = await open_geneva(pilot)
        await pilot.press("n")
        await pilot.pause()
        assert app.screen.query_one(ArticleView).article.id == archive["english"]
        await pilot.press("p")
        await pilot.pause()
        assert app.screen.query_one(ArticleView).article.id == view.article.id


async def test_markup_in_titles_and_text_is_shown_literally(app, db_path, archive):
    with Store(db_path) as store:
        store.add_feed("http://127.0.0.1:1/x.xml", title="[red]Feed[/red] [link=file:///etc]")
    async with app.run_test(size=(180, 30)) as pilot:
        await settle(app)
        await pilot.pause()
        rows = line_texts(app.screen.query_one(ArticleList), 3)
        assert HOSTILE_TITLE in rows[2]
        assert "[i]Sneaky[/i]" in rows[2]
        labels = [option.prompt.plain for option in app.screen.query_one("#sidebar").options]
        assert any(label.startswith("[red]Feed[/red] [link=file:") for label in labels)
        await pilot.press("j", "j", "enter")
        await pilot.pause()
        lines = "\n".join(line_texts(app.screen.query_one(ArticleView), 10))
        assert HOSTILE_TITLE in lines
        assert "[b]brackets[/b]" in lines
        await pilot.press("q")
        app.action_search("brackets")
        await pilot.pause(0.2)
        await settle(app)
        await pilot.pause()
        [result] = [option.prompt.plain for option in app.screen.query_one("#results").options]
        assert HOSTILE_TITLE in result and "[b]brackets[/b]" in result


async def test_help_lists_every_key_of_the_screen(app, archive):
    async with app.run_test(size=(100, 50)) as pilot:
        view = await open_geneva(pilot)
        assert view
        await pilot.press("question_mark")
        await pilot.pause()
        text = widget_text(app.screen.query_one("#help-table"))
        for description in ("Annotate", "Select section", "Next section", "Entities", "Search"):
            assert description in text
        await pilot.press("escape")
        assert isinstance(app.screen, ArticleScreen)


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Local desk</title><link>{base}/</link>
<item><title>Grain corridor reopens</title><link>{base}/grain.html</link>
<guid>grain-1</guid><pubDate>Wed, 04 Feb 2026 08:00:00 GMT</pubDate>
<description>Ships left Odesa on Tuesday, the first in 30 days.</description></item>
<item><title>[bold]Ceasefire[/bold] talks resume</title><link>{base}/talks.html</link>
<guid>talks-1</guid><pubDate>Wed, 04 Feb 2026 09:00:00 GMT</pubDate>
<description>Delegations met again in Geneva.</description></item>
</channel></rss>"""


async def test_r_refreshes_feeds_from_a_server_and_the_list_shows_new_articles(
    app, db_path, archive, http_server
):
    http_server.route(
        "/local.xml",
        body=RSS.format(base=http_server.url("")).encode(),
        content_type="application/rss+xml",
    )
    with Store(db_path) as store:
        feed = store.add_feed(http_server.url("/local.xml"))
        before = store.count_articles()
    async with app.run_test(size=(140, 32)) as pilot:
        await pilot.pause()
        await pilot.press("r")
        await settle(app)
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.count == before + 2
        titles = line_texts(articles, articles.count)
        assert any("[bold]Ceasefire[/bold] talks resume" in row for row in titles)
        assert not app.screen.query_one("#refresh-bar").display
        await settle(app)
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        assert f"feed:{feed.id}" in [option.id for option in sidebar.options]
    assert http_server.requests_for("/local.xml")
    with Store(db_path) as store:
        assert store.count_articles(feed_id=feed.id) == 2
        assert store.count_articles() == before + 2


async def run_command(pilot, words: str) -> None:
    """Open the command palette, type `words` and run the first command found."""
    await pilot.press("ctrl+p")
    await pilot.pause()
    await pilot.press(*words)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_a_feed_added_from_the_palette_is_fetched_at_once(app, db_path, archive, http_server):
    http_server.route(
        "/local.xml",
        body=RSS.format(base=http_server.url("")).encode(),
        content_type="application/rss+xml",
    )
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        await run_command(pilot, "add feed")
        dialog = app.screen
        dialog.query_one("#answer").value = http_server.url("/local.xml")
        await pilot.press("enter")
        await pilot.pause()
        await settle(app)
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
    with Store(db_path) as store:
        feed = store.get_feed(http_server.url("/local.xml"))
        assert feed is not None and feed.title == "Local desk"
        assert store.count_articles(feed_id=feed.id) == 2


async def test_notes_are_exported_from_the_palette(app, archive, tmp_path):
    folder = tmp_path / "notes"
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        await run_command(pilot, "export notes")
        app.screen.query_one("#directory").value = str(folder)
        app.screen.query_one("#query").value = "tag:ukraine"
        await pilot.press("enter")
        await settle(app)
        await pilot.pause()
    notes = sorted(path.read_text(encoding="utf-8") for path in folder.glob("*.md"))
    assert len(notes) == 2
    assert any("Zelensky demande des garanties de sécurité" in note for note in notes)


async def test_saved_searches_are_in_the_sidebar_with_their_counts(app, db_path, archive):
    from reader.core.search import save_search

    with Store(db_path) as store:
        save_search(store, "Ukraine energy", "tag:ukraine tag:energy")
    async with app.run_test(size=(120, 32)) as pilot:
        await settle(app)
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        ids = [option.id for option in sidebar.options]
        key = "query:tag:ukraine tag:energy"
        assert key in ids
        assert "Ukraine energy" in sidebar.get_option(key).prompt.plain
        sidebar.highlighted = ids.index(key)
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert articles.count == 1 and articles.current.id == archive["english"]


async def test_the_palette_goes_to_a_tag(app, archive):
    async with app.run_test(size=(120, 32)) as pilot:
        await pilot.pause()
        await run_command(pilot, "tag: #energy")
        articles = app.screen.query_one(ArticleList)
        assert articles.count == 1 and articles.current.id == archive["english"]


async def test_the_reading_position_is_kept_when_quitting_from_the_reader(app, db_path, archive):
    async with app.run_test(size=SIZE) as pilot:
        await open_geneva(pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause(1.2)
        await pilot.press("ctrl+q")
    with Store(db_path) as store:
        assert store.get_article(archive["geneva"], with_blocks=False).read_position == 9


async def test_switching_theme_redraws_the_article_in_the_new_colours(app, archive):
    async with app.run_test(size=SIZE) as pilot:
        view = await open_geneva(pilot)
        before = view.get_component_rich_style("mark--place").color
        line = view._block_lines[0][0]
        drawn_before = view._lines[line].text
        app.theme = "textual-light"
        await pilot.pause()
        after = view.get_component_rich_style("mark--place").color
        assert after != before
        assert view._lines[line].text is not drawn_before
        assert any(
            span.style.color == after
            for span in view._lines[line].text.spans
            if hasattr(span.style, "color")
        )


async def test_an_article_deleted_meanwhile_is_reported_not_opened(app, db_path, archive):
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        with Store(db_path) as store:
            store.delete_article(archive["geneva"])
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_a_search_is_saved_under_a_name(app, db_path, archive):
    from reader.core.search import list_saved

    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.action_search("tag:energy")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press(*"Energy", "enter")
        await pilot.pause()
        await pilot.press("escape")
        await settle(app)
        await pilot.pause()
        sidebar = app.screen.query_one("#sidebar")
        assert "query:tag:energy" in [option.id for option in sidebar.options]
    with Store(db_path) as store:
        assert list_saved(store) == [("Energy", "tag:energy", 1)]


async def test_articles_written_by_another_process_appear_in_the_open_app(
    app, db_path, archive, tmp_path
):
    import asyncio
    import subprocess
    import sys

    story = tmp_path / "depeche.txt"
    story.write_text("Dépêche d'un autre terminal\n\nLe texte arrive pendant la lecture.\n")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        before = articles.count
        # `reader import` in another process, as a `reader fetch` in another terminal would.
        await asyncio.to_thread(
            subprocess.run,
            [
                sys.executable,
                "-m",
                "reader",
                "--db",
                str(db_path),
                "import",
                str(story),
                "--no-analysis",
            ],
            check=True,
            capture_output=True,
        )
        for _ in range(60):  # the app looks every two seconds
            await pilot.pause(0.1)
            if articles.count == before + 1:
                break
        assert articles.count == before + 1
        assert any(
            "Dépêche d'un autre terminal" in row for row in line_texts(articles, articles.count)
        )


async def test_dragging_the_mouse_over_blocks_selects_them_for_a_note(app, db_path, archive):
    async with app.run_test(size=SIZE) as pilot:
        view = await open_geneva(pilot)
        top = view.content_region.y - view.region.y
        left = view.content_region.x - view.region.x + 6

        def row(block: int) -> tuple[int, int]:
            return left, top + view._block_lines[block][0] - view.scroll_offset.y

        await pilot.mouse_down(view, offset=row(2))
        await pilot.hover(view, offset=row(4))
        await pilot.mouse_up(view, offset=row(4))
        await pilot.pause()
        first, last = view.selection
        assert (first.block, last.block) == (2, 4)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Dragged")
        await pilot.press("ctrl+s")
        await pilot.pause()
    with Store(db_path) as store:
        blocks = store.get_blocks(archive["geneva"])
        [annotation] = store.list_annotations(archive["geneva"])
        assert (annotation.start.block, annotation.end.block) == (2, 4)
        assert annotation.quote == "\n".join(b.text for b in blocks[2:5])
        assert annotation.note == "Dragged"
