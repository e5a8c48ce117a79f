"""The reader view: an article's blocks at a comfortable measure, with a block cursor.

Drawn with Textual's line API: each block is wrapped once into strips, and only the blocks
whose look changes (cursor, selection, annotations) are drawn again, so a 5,000-word article
with hundreds of marks opens at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.core.models import MARK_KINDS, Annotation, Article
from reader.tui.formatting import long_date, reading_time, tag_list
from reader.tui.passages import Span, annotation_spans, section_of, sentences

MEASURE = 80
"""Widest the text column gets, margin included."""
GUTTER = 2
"""Cells left of the text for the cursor and annotation markers."""


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the cursor is: a whole block, or one sentence of it."""

    block: int
    sentence: int | None = None


@dataclass(slots=True)
class _Line:
    """One screen line: its block (None for the header and spacing) and its text, turned into
    a strip only when it is first drawn (most lines of a long article never are)."""

    block: int | None
    text: Text
    strip: Strip | None = None


class ArticleView(ScrollView, can_focus=True):
    """Shows one article; moves a cursor over blocks or sentences and selects passages."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Next block", show=False, id="view.cursor_down"),
        Binding("k,up", "cursor_up", "Previous block", show=False, id="view.cursor_up"),
        Binding(
            "right_parenthesis",
            "sentence(1)",
            "Next sentence",
            show=False,
            key_display=")",
            id="view.next_sentence",
        ),
        Binding(
            "left_parenthesis",
            "sentence(-1)",
            "Previous sentence",
            show=False,
            key_display="(",
            id="view.previous_sentence",
        ),
        Binding("g,home", "first", "Top", show=False, id="view.first"),
        Binding("G,end", "last", "Bottom", show=False, id="view.last"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="view.page_down"),
        Binding("b,pageup", "page(-1)", "Page up", show=False, id="view.page_up"),
        Binding(
            "right_square_bracket",
            "section(1)",
            "Next section",
            key_display="]",
            show=False,
            id="view.next_section",
        ),
        Binding(
            "left_square_bracket",
            "section(-1)",
            "Previous section",
            key_display="[",
            show=False,
            id="view.previous_section",
        ),
        Binding("v", "select", "Select", id="view.select"),
        Binding("S", "select_section", "Select section", show=False, id="view.select_section"),
        Binding(
            "escape", "clear_selection", "Clear selection", show=False, id="view.clear_selection"
        ),
    ]

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--meta",
        "article-view--tags",
        "article-view--rule",
        "article-view--heading",
        "article-view--quote",
        "article-view--quote-bar",
        "article-view--bullet",
        "article-view--cursor",
        "article-view--cursor-marker",
        "article-view--selection",
        "article-view--annotation",
        "article-view--annotation-marker",
        "article-view--match",
        "article-view--spotlight",
        *(f"mark--{kind}" for kind in MARK_KINDS),
    }

    @dataclass
    class CursorMoved(Message):
        """The cursor is on another block (the screen shows that block's note, saves position)."""

        view: ArticleView
        block: int

    def __init__(self, article: Article, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.highlight = True
        self._lines: list[_Line] = []
        self._block_lines: list[tuple[int, int]] = []
        self._dragged_from: int | None = None
        """The block a mouse selection started on, while the button is down."""
        self._width = 0
        self._drawn_with: tuple[Style, ...] = ()
        self._reset(article, (), ())

    def _reset(
        self, article: Article, annotations: Sequence[Annotation], matches: Sequence[Span]
    ) -> None:
        self.article = article
        self.blocks = article.blocks
        self.matches = list(matches)
        self.spotlight: Span | None = None
        self.cursor = Cursor(min(article.read_position, max(0, len(self.blocks) - 1)))
        self.anchor: Cursor | None = None
        self._sentences: dict[int, list[tuple[int, int]]] = {}
        self.set_annotations(annotations)

    # State set by the screen

    def load(
        self,
        article: Article,
        annotations: Sequence[Annotation] = (),
        matches: Sequence[Span] = (),
    ) -> None:
        """Show another article (with its blocks), at its reading position."""
        self._reset(article, annotations, matches)
        if self.cursor.block:
            self.scroll_to_block(self.cursor.block, top=True)
        else:
            self.scroll_home(animate=False, immediate=True)
        self.post_message(self.CursorMoved(self, self.cursor.block))

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Tint these annotations' passages and put a marker beside them."""
        self.annotations = list(annotations)
        self._annotated = {}
        for annotation in self.annotations:
            if annotation.orphaned:
                continue
            for span in annotation_spans(annotation, self.blocks):
                self._annotated.setdefault(span.block, []).append(span)
        self._rebuild()

    def set_article(self, article: Article) -> None:
        """Show the article's new metadata (tags, state) without moving."""
        self.article = article
        self._rebuild()

    def set_highlight(self, on: bool) -> None:
        """Show or hide entity and number colours."""
        self.highlight = on
        self._rebuild()

    def set_matches(self, matches: Sequence[Span]) -> None:
        """Search matches to show."""
        self.matches = list(matches)
        self._rebuild()

    def show_span(self, span: Span | None) -> None:
        """Bring a span into view, cursor on its block, drawn in the spotlight style."""
        old = self.spotlight
        self.spotlight = span
        if span is not None:
            self.anchor = None
            self._move(Cursor(span.block))
            self._redraw_blocks({span.block} | ({old.block} if old else set()))
            self.scroll_to_block(span.block, center=True)
        elif old is not None:
            self._redraw_blocks({old.block})

    def annotations_at(self, block: int) -> list[Annotation]:
        """The annotations touching a block."""
        return [
            a for a in self.annotations if not a.orphaned and a.start.block <= block <= a.end.block
        ]

    # The selection

    @property
    def selection(self) -> tuple[Span, Span] | None:
        """First and last unit of the selection, or None when nothing is selected."""
        if self.anchor is None:
            return None
        spans = (self._span(self.anchor), self._span(self.cursor))
        return min(spans, key=_order), max(spans, key=_end_order)

    def passage_spans(self) -> tuple[Span, Span]:
        """What `a` annotates: the selection, else the unit under the cursor."""
        return self.selection or (self._span(self.cursor), self._span(self.cursor))

    def _span(self, cursor: Cursor) -> Span:
        text = self.blocks[cursor.block].text
        if cursor.sentence is None:
            return Span(cursor.block, 0, len(text))
        start, end = self._sentences_of(cursor.block)[cursor.sentence]
        return Span(cursor.block, start, end)

    def _sentences_of(self, block: int) -> list[tuple[int, int]]:
        if block not in self._sentences:
            self._sentences[block] = sentences(self.blocks[block].text)
        return self._sentences[block]

    def _selected_blocks(self) -> set[int]:
        if self.selection is None:
            return set()
        first, last = self.selection
        return set(range(first.block, last.block + 1))

    # Actions

    def _move(self, cursor: Cursor) -> None:
        if not self.blocks:
            return
        before = self._selected_blocks() | {self.cursor.block}
        self.cursor = cursor
        after = self._selected_blocks() | {cursor.block}
        self._redraw_blocks(before | after)
        self.scroll_to_block(cursor.block)
        self.post_message(self.CursorMoved(self, cursor.block))

    def move_to(self, block: int) -> None:
        """Put the cursor on a block."""
        if self.blocks:
            self._move(Cursor(max(0, min(block, len(self.blocks) - 1))))

    def action_cursor_down(self) -> None:
        if self.cursor.block < len(self.blocks) - 1:
            self._move(Cursor(self.cursor.block + 1))
        else:
            self.scroll_end(animate=False)

    def action_cursor_up(self) -> None:
        if self.cursor.block > 0:
            self._move(Cursor(self.cursor.block - 1))
        else:
            self.scroll_home(animate=False)

    def action_sentence(self, delta: int) -> None:
        if not self.blocks:
            return
        block, sentence = self.cursor.block, self.cursor.sentence
        count = len(self._sentences_of(block))
        target = (0 if delta > 0 else count - 1) if sentence is None else sentence + delta
        if 0 <= target < count:
            self._move(Cursor(block, target))
            return
        block += delta
        if 0 <= block < len(self.blocks):
            self._move(Cursor(block, 0 if delta > 0 else len(self._sentences_of(block)) - 1))

    def action_first(self) -> None:
        self.move_to(0)
        self.scroll_home(animate=False)

    def action_last(self) -> None:
        self.move_to(len(self.blocks) - 1)
        self.scroll_end(animate=False)

    def action_page(self, direction: int) -> None:
        height = max(1, self.scrollable_content_region.height - 2)
        target = max(0, self.scroll_offset.y + direction * height)
        self.scroll_to(y=target, animate=False, immediate=True)
        top = self.scroll_offset.y
        visible = [i for i, (first, _) in enumerate(self._block_lines) if first >= top]
        if visible:
            self._move(Cursor(visible[0]))

    def action_section(self, direction: int) -> None:
        indexes = range(self.cursor.block + 1, len(self.blocks))
        if direction < 0:
            indexes = range(self.cursor.block - 1, -1, -1)
        for index in indexes:
            if self.blocks[index].kind == "heading":
                self._move(Cursor(index))
                self.scroll_to_block(index, top=True)
                return

    def action_select(self) -> None:
        """Start a selection at the cursor, or drop the current one."""
        if self.anchor is None:
            self.anchor = self.cursor
            self._redraw_blocks({self.cursor.block})
        else:
            self.action_clear_selection()

    def action_select_section(self) -> None:
        """Select the section under the cursor."""
        found = section_of(self.blocks, self.cursor.block) if self.blocks else None
        if found is None:
            self.app.bell()
            self.notify("No heading above the cursor", severity="warning")
            return
        self.anchor = Cursor(found[0])
        self._move(Cursor(found[1]))
        self.scroll_to_block(found[0], top=True)

    def action_clear_selection(self) -> None:
        blocks = self._selected_blocks()
        self.anchor = None
        self._redraw_blocks(blocks)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "clear_selection":
            return self.anchor is not None
        return True

    def on_click(self, event: events.Click) -> None:
        block = self._block_at(event)
        if block is not None:
            self._move(Cursor(block))

    # Selecting with the mouse: press on a block and drag to another.

    def on_mouse_down(self, event: events.MouseDown) -> None:
        if event.button == 1:
            self._dragged_from = self._block_at(event)
            if self._dragged_from is not None:
                self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        start = self._dragged_from
        block = self._block_at(event) if start is not None else None
        if block is None or (block == start and self.anchor is None):
            return
        if self.anchor is None:
            self.anchor = Cursor(start)
        if block != self.cursor.block or self.cursor.sentence is not None:
            self._move(Cursor(block))

    def on_mouse_up(self, event: events.MouseUp) -> None:
        if self._dragged_from is not None:
            self._dragged_from = None
            self.release_mouse()

    def _block_at(self, event: events.MouseEvent) -> int | None:
        """The block under the mouse, if any."""
        offset = event.get_content_offset(self)
        if offset is None:
            return None
        line = self.scroll_offset.y + offset.y
        if 0 <= line < len(self._lines):
            return self._lines[line].block
        return None

    # Layout and drawing

    def on_resize(self, event: events.Resize) -> None:
        first = not self._lines
        if first or self.scrollable_content_region.width != self._width:
            self._rebuild()
        if first and self.cursor.block:
            self.call_after_refresh(self.scroll_to_block, self.cursor.block, top=True)

    def scroll_to_block(self, block: int, *, top: bool = False, center: bool = False) -> None:
        """Scroll so the block shows (at the top when asked)."""
        if not 0 <= block < len(self._block_lines):
            return
        first, count = self._block_lines[block]
        height = self.scrollable_content_region.height
        if top:
            self.scroll_to(y=max(0, first - 1), animate=False, immediate=True)
            return
        if center:
            self.scroll_to(y=max(0, first - height // 3), animate=False, immediate=True)
            return
        region = Region(0, max(0, first - 1), 1, min(count + 2, max(1, height)))
        self.scroll_to_region(region, animate=False, force=True, immediate=True)

    @property
    def text_width(self) -> int:
        """Cells available for the text itself."""
        return max(20, min(MEASURE, self._width - 2) - GUTTER)

    def _rebuild(self) -> None:
        """Wrap every block again (new width, highlighting or annotations).

        Nothing is drawn before the first resize: only then is the width known."""
        if not self.is_mounted or not self.size.width:
            return
        self._width = self.scrollable_content_region.width or self.size.width or MEASURE
        self._drawn_with = self._style_signature()
        lines: list[_Line] = []
        for text in self._header():
            lines.extend(_Line(None, t) for t in text.wrap(self.app.console, self.text_width))
        rule_style = self.get_component_rich_style("article-view--rule")
        rule = Text("─" * self.text_width, style=rule_style)
        lines.append(_Line(None, rule))
        self._block_lines = []
        for index, block in enumerate(self.blocks):
            blank = 2 if block.kind == "heading" and index else 1
            lines.extend(_Line(None, Text()) for _ in range(blank))
            texts = self._render_block(index)
            self._block_lines.append((len(lines), len(texts)))
            lines.extend(_Line(index, t) for t in texts)
        lines.append(_Line(None, Text()))
        self._lines = lines
        self.virtual_size = Size(0, len(lines))
        self.refresh()

    def _redraw_blocks(self, blocks: set[int]) -> None:
        """Draw some blocks again in place (their wrapping does not change)."""
        if not self._block_lines:
            return
        for index in blocks:
            if not 0 <= index < len(self._block_lines):
                continue
            first, count = self._block_lines[index]
            texts = self._render_block(index)
            if len(texts) != count:
                self._rebuild()
                return
            for offset, text in enumerate(texts):
                self._lines[first + offset] = _Line(index, text)
        self.refresh()

    def _header(self) -> list[Text]:
        article = self.article
        style = self.get_component_rich_style
        title = Text(article.title, style=style("article-view--title"))
        meta_parts = [
            article.site,
            article.author,
            long_date(article.published),
            reading_time(article),
        ]
        meta = Text(" · ".join(p for p in meta_parts if p), style=style("article-view--meta"))
        parts = [title, meta]
        if article.tags:
            parts.append(Text(tag_list(article.tags), style=style("article-view--tags")))
        return parts

    def _render_block(self, index: int) -> list[Text]:
        block = self.blocks[index]
        style = self.get_component_rich_style
        text = Text(block.text)
        if block.kind == "heading":
            text.stylize(style("article-view--heading"))
        elif block.kind == "quote":
            text.stylize(style("article-view--quote"))
        if self.highlight:
            for mark in block.marks:
                text.stylize(style(f"mark--{mark.kind}"), mark.start, mark.end)
        for span in self._annotated.get(index, ()):
            text.stylize(self._overlay("article-view--annotation"), span.start, span.end)
        for span in self.matches:
            if span.block == index:
                text.stylize(self._overlay("article-view--match"), span.start, span.end)
        if self.spotlight is not None and self.spotlight.block == index:
            text.stylize(
                self._overlay("article-view--spotlight"), self.spotlight.start, self.spotlight.end
            )
        selection = self.selection
        if selection is not None:
            first, last = selection
            if first.block <= index <= last.block:
                start = first.start if index == first.block else 0
                end = last.end if index == last.block else len(block.text)
                text.stylize(self._overlay("article-view--selection"), start, end)
        elif index == self.cursor.block:
            span = self._span(self.cursor)
            text.stylize(self._overlay("article-view--cursor"), span.start, span.end)
        prefix, rest = "", ""
        prefix_style = Style()
        if block.kind == "quote":
            prefix, rest = "│ ", "│ "
            prefix_style = style("article-view--quote-bar")
        elif block.kind == "list_item":
            prefix, rest = "• ", "  "
            prefix_style = style("article-view--bullet")
        width = self.text_width - len(prefix)
        if block.kind == "preformatted":
            wrapped = [Text(line) for line in block.text.split("\n")]
            for line in wrapped:
                line.stylize(style("article-view--quote"))
        else:
            wrapped = list(text.wrap(self.app.console, width))
        strips = []
        for number, line in enumerate(wrapped):
            lead = Text(prefix if number == 0 else rest, style=prefix_style)
            strips.append(lead + line)
        return strips

    def notify_style_update(self) -> None:
        """Draw again when the theme changed the colours (not on every focus change)."""
        super().notify_style_update()
        signature = self._style_signature()
        if self._lines and signature and signature != self._drawn_with:
            self.call_later(self._rebuild)

    def _style_signature(self) -> tuple[Style, ...]:
        try:
            return tuple(
                self.get_component_rich_style(name) for name in sorted(self.COMPONENT_CLASSES)
            )
        except KeyError:  # styles not computed yet
            return ()

    def _overlay(self, name: str) -> Style:
        """A component style as a background tint that keeps the marks' own colours."""
        full = self.get_component_rich_style(name)
        return Style(
            bgcolor=full.bgcolor,
            bold=full.bold or None,
            italic=full.italic or None,
            underline=full.underline or None,
        )

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = self.scroll_offset.y + y
        if index >= len(self._lines):
            return Strip.blank(width, base)
        line = self._lines[index]
        column = min(MEASURE, self._width - 2)
        left = max(0, (width - column) // 2)
        gutter = self._gutter(line.block)
        if line.strip is None:
            line.strip = _strip(line.text, self.app.console)
        strip = Strip.join([Strip.blank(left), gutter, line.strip])
        return strip.apply_style(base).crop_extend(0, width, base)

    def _gutter(self, block: int | None) -> Strip:
        if block is None:
            return Strip.blank(GUTTER)
        style = self.get_component_rich_style
        cursor = " "
        cursor_style = Style()
        if block == self.cursor.block:
            cursor, cursor_style = "▎", style("article-view--cursor-marker")
        marker, marker_style = " ", Style()
        if block in self._annotated:
            marker, marker_style = "▌", style("article-view--annotation-marker")
        return _strip(
            Text.assemble((cursor, cursor_style), (marker, marker_style)), self.app.console
        )


def _strip(text: Text, console) -> Strip:
    text.end = ""
    return Strip(text.render(console), text.cell_len)


def _order(span: Span) -> tuple[int, int]:
    return (span.block, span.start)


def _end_order(span: Span) -> tuple[int, int]:
    return (span.block, span.end)
