"""The keys that act on one article (read, star, tags, browser), shared by the screens that
have a current article: the library's list and the reader."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.models import Article
    from reader.tui.app import ReaderApp


class ArticleActions:
    """Mixed into a screen that says which article is current and how to show a change."""

    app: ReaderApp

    def current_article(self) -> Article | None:
        """The article the keys act on, or None when there is none."""
        raise NotImplementedError

    def article_changed(self, article_id: int, message: str | None = None) -> None:
        """Show the article's new state; `message` says what changed, for screens that tell."""
        raise NotImplementedError

    def action_toggle_read(self) -> None:
        if article := self.current_article():
            read = not article.is_read
            self.app.store.set_read(article.id, read)
            self.article_changed(article.id, "Marked read" if read else "Marked unread")

    def action_toggle_star(self) -> None:
        if article := self.current_article():
            starred = not article.is_starred
            self.app.store.set_starred(article.id, starred)
            self.article_changed(article.id, "Starred" if starred else "Unstarred")

    def action_edit_tags(self) -> None:
        from reader.tui.screens.dialogs.tags import TagDialog

        article = self.current_article()
        if article is None:
            return

        def done(tags: list[str] | None) -> None:
            if tags is not None:
                self.app.store.set_tags(article.id, tags)
                self.article_changed(article.id)

        self.app.push_screen(TagDialog(article.tags, self.app.store.all_tag_names()), done)

    def action_open_original(self) -> None:
        if article := self.current_article():
            self.app.action_open_url(article.url or "")
