"""Put back the section headings readability drops.

readability removes headings that are mostly a link (a "¶" anchor, a table-of-contents
target), that carry a class it dislikes, or whose wrapper `<div>` looks too short. Yet a
heading whose container and following content were kept belongs to the article. Every
element of the page is stamped with its document-order number before readability runs; the
numbers that survive in its output show what was kept, and where a dropped heading goes.
"""

from __future__ import annotations

import re

from lxml import etree

from reader.core.extract.blocks import HEADINGS

STAMP = "data-rid"
"""Attribute holding each element's document-order number."""

_MAX_HEADING_WORDS = 30
_SKIPPABLE_WORDS = 25
"""A dropped element this short (an image, a caption) may sit between a heading and its text."""


def stamp(root: etree._Element) -> None:
    """Number every element of the page in document order, in place."""
    for number, element in enumerate(root.iter()):
        if isinstance(element.tag, str):
            element.set(STAMP, str(number))


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def without_repeats(text: str) -> str:
    """A heading written several times over (one copy per screen size) as a single copy."""
    words = text.split()
    for copies in (2, 3, 4):
        size, remainder = divmod(len(words), copies)
        if size and not remainder and words == words[:size] * copies:
            return " ".join(words[:size])
    return text


def _words(element: etree._Element) -> int:
    return len(" ".join(element.itertext()).split())


def _kept_descendant(
    element: etree._Element, kept: dict[str, etree._Element]
) -> etree._Element | None:
    """The output copy of `element` or of its first kept descendant."""
    for node in element.iter():
        if isinstance(node.tag, str) and (copy_ := kept.get(node.get(STAMP))) is not None:
            return copy_
    return None


def _anchor(heading: etree._Element, kept: dict[str, etree._Element]) -> etree._Element | None:
    """The kept element a dropped heading introduces, or None when its text was dropped too."""
    words = _words(heading)
    box = heading
    while True:
        for sibling in box.itersiblings():
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in HEADINGS or any(True for _ in sibling.iter(*HEADINGS)):
                return None
            found = _kept_descendant(sibling, kept)
            if found is not None:
                return found
            if _words(sibling) > _SKIPPABLE_WORDS:
                return None
        # Nothing after the heading in its box: climb out of a wrapper holding only the heading.
        parent = box.getparent()
        if parent is None or parent.tag in ("body", "html") or _words(parent) > words + 3:
            return None
        box = parent


def restore_headings(
    page: etree._Element,
    article: etree._Element,
    title: str | None = None,
) -> etree._Element:
    """Insert into readability's `article` the page's headings it dropped, in place.

    Args:
        page: the stamped page readability was given.
        article: readability's output, parsed, still carrying the stamps.
        title: the article's title; a heading repeating it is left out.

    Returns:
        `article`, with each restored heading just before the content it introduces.
    """
    kept = {
        element.get(STAMP): element
        for element in article.iter()
        if isinstance(element.tag, str) and element.get(STAMP) is not None
    }
    if not kept:
        return article
    present = {_key(element.text_content()) for element in article.iter(*HEADINGS)}
    title_key = _key(title or "")
    for heading in page.iter(*HEADINGS):
        if heading.get(STAMP) in kept:
            continue
        text = without_repeats(" ".join(heading.text_content().split()))
        key = _key(text)
        if not key or key in present or key == title_key or len(text.split()) > _MAX_HEADING_WORDS:
            continue
        anchor = _anchor(heading, kept)
        if anchor is None or anchor.getparent() is None:
            continue
        restored = etree.Element(heading.tag)
        restored.text = text
        anchor.addprevious(restored)
        present.add(key)
    return article
