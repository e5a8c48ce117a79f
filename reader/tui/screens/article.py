"""The reader: one article at a comfortable measure, with passages to select and annotate."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Static

from reader.core.anchoring import annotation_for
from reader.core.models import Annotation, Article
from reader.tui.formatting import tag_list
from reader.tui.passages import Span, passage_between, query_matches
from reader.tui.screens.article_actions import ArticleActions
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.entity_panel import Entity, EntityPanel
from reader.tui.widgets.legend import Legend

if TYPE_CHECKING:
    from reader.tui.app import ReaderApp

POSITION_SAVE_DELAY = 1.0
"""Seconds after the cursor stops before the reading position is written."""


class ArticleScreen(ArticleActions, Screen[None]):
    """Reads one article; `step` gives the next or previous one of the list it came from."""

    app: ReaderApp

    BINDINGS = [
        Binding("q,escape", "back", "Back", id="reader.back"),
        Binding("a", "annotate", "Annotate", id="reader.annotate"),
        Binding("A", "annotations", "Annotations", show=False, id="reader.annotations"),
        Binding("t", "edit_tags", "Tags", show=False, id="article.tags"),
        Binding("e", "entities", "Entities", id="reader.entities"),
        Binding("h", "toggle_highlight", "Highlights", id="reader.highlight"),
        Binding("n", "match(1)", "Next match", id="reader.next_match"),
        Binding("N", "match(-1)", "Previous match", id="reader.previous_match"),
        Binding("n", "step(1)", "Next article", show=False, id="reader.next"),
        Binding("p", "step(-1)", "Previous article", show=False, id="reader.previous"),
        Binding("m", "toggle_read", "Read/unread", show=False, id="article.read"),
        Binding("s", "toggle_star", "Star", show=False, id="article.star"),
        Binding("o", "open_original", "Browser", show=False, id="article.browser"),
    ]

    def __init__(
        self,
        article_id: int,
        *,
        step: Callable[[int], int | None] | None = None,
        query: str | None = None,
    ) -> None:
        super().__init__()
        self.article_id = article_id
        self.step = step
        self.query_text = query
        self.matches: list[Span] = []
        self.match_index = -1
        self._entity: Entity | None = None
        self._occurrence = -1
        self._position_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield self._make_view()
            yield EntityPanel(id="entities")
        yield Static(id="note")
        yield Legend(id="legend")
        yield Footer()

    def _make_view(self) -> ArticleView:
        """The view of the current article with its annotations and search matches, all given
        before it is mounted so that it is drawn once."""
        view = ArticleView(self._read(), id="article")
        view.set_annotations(self.app.store.list_annotations(self.article_id))
        view.set_matches(self.matches)
        return view

    def _read(self):
        """The current article from the archive, and where the search query matches in it."""
        article = self.app.store.get_article(self.article_id)
        if article is None:
            raise LookupError(f"article {self.article_id} is gone")
        self.matches = query_matches(article.blocks, self.query_text) if self.query_text else []
        self.match_index = -1
        return article

    def show_article(
        self,
        article_id: int,
        *,
        step: Callable[[int], int | None] | None = None,
        query: str | None = None,
    ) -> None:
        """Show another article in this screen (reused rather than built again: faster)."""
        self.article_id, self.step, self.query_text = article_id, step, query
        self._entity = None
        if self.is_mounted:
            self._load_into_view()

    def _load_into_view(self) -> None:
        article = self._read()
        self.view.load(article, self.app.store.list_annotations(self.article_id), self.matches)
        if self.query_one(EntityPanel).display:
            self.query_one(EntityPanel).show(article.blocks)
        self._open()

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.query_one(EntityPanel).display = False
        self._open()

    def on_screen_resume(self) -> None:
        self.view.focus()

    def _open(self) -> None:
        """Mark the article read, go to the first search match, show the note under the cursor."""
        view = self.view
        if not view.article.is_read:
            self.app.store.set_read(self.article_id, True)
        if self.matches:
            self.match_index = 0
            self.call_after_refresh(view.show_span, self.matches[0])
        self._show_note(view.cursor.block)
        view.focus()

    def _save_position(self) -> None:
        if self._position_timer is not None:
            self._position_timer.stop()
            self._position_timer = None
        self.app.store.set_read_position(self.article_id, self.view.cursor.block)

    # Moving between articles

    def action_back(self) -> None:
        self._save_position()
        self.dismiss()

    def action_step(self, delta: int) -> None:
        if self.step is None:
            self.app.bell()
            return
        target = self.step(delta)
        if target is None:
            self.notify("No more articles in this list")
            return
        self._save_position()
        self.show_article(target, step=self.step)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "match":
            return bool(self.matches)
        return True

    def action_match(self, delta: int) -> None:
        if not self.matches:
            return
        self.match_index = (self.match_index + delta) % len(self.matches)
        self.view.show_span(self.matches[self.match_index])
        self.notify(f"Match {self.match_index + 1} of {len(self.matches)}", timeout=1.5)

    # Article state

    def _refresh_article(self) -> None:
        fresh = self.app.store.get_article(self.article_id, with_blocks=False)
        if fresh is not None:
            from dataclasses import replace

            self.view.set_article(replace(fresh, blocks=self.view.blocks))

    def current_article(self) -> Article | None:
        return self.view.article

    def article_changed(self, article_id: int, message: str | None = None) -> None:
        self._refresh_article()
        if message:
            self.notify(message, timeout=1.5)

    def action_toggle_highlight(self) -> None:
        view = self.view
        view.set_highlight(not view.highlight)
        self.query_one(Legend).display = view.highlight

    # Annotations

    def action_annotate(self) -> None:
        from reader.tui.screens.dialogs.annotate import AnnotateDialog, AnnotationDraft

        view = self.view
        if not view.blocks:
            return
        first, last = view.passage_spans()
        passage = passage_between(view.blocks, first, last)

        def done(draft: AnnotationDraft | None) -> None:
            if draft is None:
                return
            self.app.store.add_annotation(
                annotation_for(self.article_id, passage, note=draft.note, tags=draft.tags)
            )
            view.action_clear_selection()
            self._reload_annotations()
            self.notify("Annotation saved", timeout=1.5)

        self.app.push_screen(AnnotateDialog(passage.quote, self.app.store.all_tag_names()), done)

    def action_annotations(self) -> None:
        from reader.tui.screens.dialogs.annotations import AnnotationsDialog

        self.app.push_screen(AnnotationsDialog(self.view.annotations), self._annotation_chosen)

    def _annotation_chosen(self, choice: tuple[str, int] | None) -> None:
        if choice is None:
            return
        what, annotation_id = choice
        annotation = self.app.store.get_annotation(annotation_id)
        if annotation is None:
            return
        if what == "jump":
            self.view.move_to(annotation.start.block)
            self.view.scroll_to_block(annotation.start.block, top=True)
        elif what == "edit":
            self._edit_annotation(annotation)
        elif what == "delete":
            self._delete_annotation(annotation)

    def _edit_annotation(self, annotation: Annotation) -> None:
        from reader.tui.screens.dialogs.annotate import AnnotateDialog, AnnotationDraft

        def done(draft: AnnotationDraft | None) -> None:
            if draft is not None:
                self.app.store.update_annotation(annotation.id, note=draft.note, tags=draft.tags)
                self._reload_annotations()

        dialog = AnnotateDialog(
            annotation.quote,
            self.app.store.all_tag_names(),
            note=annotation.note,
            tags=annotation.tags,
            editing=True,
        )
        self.app.push_screen(dialog, done)

    def _delete_annotation(self, annotation: Annotation) -> None:
        from reader.tui.screens.dialogs.confirm import ConfirmDialog

        def done(yes: bool | None) -> None:
            if yes:
                self.app.store.delete_annotation(annotation.id)
                self._reload_annotations()
                self.notify("Annotation deleted", timeout=1.5)

        quote = " ".join(annotation.quote.split())
        short = quote[:80] + ("…" if len(quote) > 80 else "")
        self.app.push_screen(
            ConfirmDialog(f"Delete the annotation on “{short}”?", yes="Delete"), done
        )

    def _reload_annotations(self) -> None:
        self.view.set_annotations(self.app.store.list_annotations(self.article_id))
        self._show_note(self.view.cursor.block)

    @on(ArticleView.CursorMoved)
    def _cursor_moved(self, event: ArticleView.CursorMoved) -> None:
        self._show_note(event.block)
        # Remember the place shortly after the cursor settles, so that quitting from here
        # (or a crash) loses at most a second of reading.
        if self._position_timer is not None:
            self._position_timer.stop()
        self._position_timer = self.set_timer(POSITION_SAVE_DELAY, self._save_position)

    def _show_note(self, block: int) -> None:
        """Show the note of the annotation under the cursor, if any."""
        note = self.query_one("#note", Static)
        here = self.view.annotations_at(block)
        if not here:
            note.display = False
            return
        text = Text()
        for number, annotation in enumerate(here):
            if number:
                text.append("\n")
            text.append("▌ ", style="bold")
            text.append(annotation.note or "(no note)", style="" if annotation.note else "dim")
            if annotation.tags:
                text.append("  " + tag_list(annotation.tags), style="dim")
        note.update(text)
        note.display = True

    # Entities

    def action_entities(self) -> None:
        panel = self.query_one(EntityPanel)
        if panel.display:
            panel.display = False
            self.view.show_span(None)
            self.view.focus()
            return
        panel.display = True
        panel.show(self.view.blocks)
        panel.focus()

    @on(EntityPanel.Chosen)
    def _entity_chosen(self, event: EntityPanel.Chosen) -> None:
        entity = event.entity
        if entity != self._entity:
            self._entity, self._occurrence = entity, -1
        self._occurrence = (self._occurrence + 1) % len(entity.occurrences)
        self.view.show_span(entity.occurrences[self._occurrence])
        self.notify(
            f"{entity.name}: {self._occurrence + 1} of {len(entity.occurrences)}",
            timeout=1.5,
            markup=False,
        )

    @on(EntityPanel.Closed)
    def _entities_closed(self) -> None:
        self.action_entities()

    @on(EntityPanel.FindEverywhere)
    def _find_everywhere(self, event: EntityPanel.FindEverywhere) -> None:
        self.app.action_search(event.entity.query)
