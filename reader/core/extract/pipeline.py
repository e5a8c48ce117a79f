"""The extraction pipeline: clean, parse, read metadata, extract, convert to blocks, tidy."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from reader.core.extract import Extracted, ExtractionError
from reader.core.extract.blocks import blocks_with_links
from reader.core.extract.boilerplate import drop_boilerplate, is_boilerplate_block
from reader.core.extract.clean import clean_markup, decode_html, parse
from reader.core.extract.engines import readability_article, trafilatura_article
from reader.core.extract.headings import restore_headings, stamp
from reader.core.extract.metadata import Metadata, read_metadata, strip_site_suffix
from reader.core.models import Block

FALLBACK_WORDS = 150
"""Below this many words, readability probably missed the article: ask trafilatura too."""


def word_count(pairs: list[tuple[Block, float]]) -> int:
    """Words outside links: what a reader would read."""
    return sum(round(len(block.text.split()) * (1 - share)) for block, share in pairs)


Candidate = list[tuple[Block, float]]
"""An extractor's article: its blocks, each with the share of its text that is link text."""


@dataclass(frozen=True, slots=True)
class Page:
    """A page parsed and cleaned, ready for the extractors."""

    root: etree._Element
    metadata: Metadata
    url: str | None


def prepare(html: str | bytes, url: str | None, content_type: str | None) -> Page:
    """Decode, clean and parse a page, read its metadata and drop its boilerplate boxes."""
    text = decode_html(html, content_type) if isinstance(html, bytes) else html
    text = clean_markup(text)
    if not text.strip():
        raise ExtractionError("empty page")
    root = parse(text)
    metadata = read_metadata(root, url)
    drop_boilerplate(root)
    stamp(root)
    return Page(root, metadata, url)


def from_readability(page: Page) -> Candidate:
    """readability's article, with the section headings it dropped put back."""
    article = readability_article(page.root, page.url)
    return blocks_with_links(restore_headings(page.root, article, page.metadata.title))


def from_trafilatura(page: Page) -> Candidate:
    """trafilatura's article (empty when it finds none)."""
    article = trafilatura_article(page.root, page.url)
    return [] if article is None else blocks_with_links(article)


def extract(page: Page) -> Candidate:
    """The article's blocks: readability's, or trafilatura's when readability found too little."""
    pairs = from_readability(page)
    if word_count(pairs) < FALLBACK_WORDS:
        other = from_trafilatura(page)
        if word_count(other) > word_count(pairs):
            pairs = other
    return pairs


def run(html: str | bytes, url: str | None, content_type: str | None) -> Extracted:
    """See `reader.core.extract.extract_html`."""
    try:
        page = prepare(html, url, content_type)
        pairs = extract(page)
    except RecursionError as error:
        raise ExtractionError("page too deeply nested to parse") from error
    except (etree.LxmlError, ValueError) as error:
        raise ExtractionError(f"cannot parse the page ({error})") from error
    except Exception as error:
        if type(error).__name__ == "Unparseable":
            raise ExtractionError(f"cannot parse the page ({error})") from error
        raise
    metadata = page.metadata
    pairs = [(block, share) for block, share in pairs if not is_boilerplate_block(block)]
    if all(share > 0.9 for _, share in pairs):
        raise ExtractionError("no article text found")
    blocks = _without_title([block for block, _ in pairs], metadata.title)
    if not blocks:
        raise ExtractionError("no article text found")
    first_heading = next((b.text for b in blocks[:3] if b.kind == "heading"), None)
    title = metadata.title or first_heading or blocks[0].text[:80]
    title = strip_site_suffix(title, metadata.site, first_heading)
    return Extracted(
        title=title,
        blocks=tuple(blocks),
        author=metadata.author,
        published=metadata.published,
        site=metadata.site,
        url=metadata.url,
        language=metadata.language,
        description=metadata.description,
    )


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _without_title(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop a leading heading that repeats the title shown above the text."""
    if blocks and title and blocks[0].kind == "heading":
        heading, title = _key(blocks[0].text), _key(title)
        if heading and (heading == title or title.startswith(heading)):
            return blocks[1:]
    return blocks
