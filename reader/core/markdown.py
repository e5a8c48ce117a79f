"""An article as Markdown: headings, quotes and lists kept, annotations as quoted notes."""

from __future__ import annotations

import re

from reader.core.models import Annotation, Article


def escape_markdown(text: str) -> str:
    """Text that Markdown, and Obsidian, will show as written: no accidental headings, lists,
    links, tags (`#ukraine`), highlights (`==`) or comments (`%%`)."""
    for char in "\\`*_[]<>":
        text = text.replace(char, "\\" + char)
    if "#" in text:
        text = _TAG.sub(r"\\#", text)
    text = text.replace("==", "\\=\\=").replace("%%", "\\%\\%")
    if text[:1] in "#>-+|" or text[:2].rstrip(".").isdigit():
        text = "\\" + text
    return text


_TAG = re.compile(r"(?<![\w&])#(?=[^\s#])")
"""A `#` that starts a word (Obsidian reads `#word` as a tag), not one inside a word or an
HTML entity."""


def article_to_markdown(article: Article, annotations: list[Annotation] = ()) -> str:
    """The article's text as Markdown, with a note list at the end when it has annotations."""
    lines = [f"# {escape_markdown(article.title)}", ""]
    for block in article.blocks:
        if block.kind == "heading":
            lines.append("#" * min(6, (block.level or 2)) + " " + escape_markdown(block.text))
        elif block.kind == "quote":
            lines.append("> " + escape_markdown(block.text))
        elif block.kind == "list_item":
            lines.append("- " + escape_markdown(block.text))
        elif block.kind == "preformatted":
            fence = "````" if "```" in block.text else "```"
            lines.extend([fence, block.text, fence])
        else:
            lines.append(escape_markdown(block.text))
        lines.append("")
    if annotations:
        lines.extend(["## Annotations", ""])
        for annotation in annotations:
            lines.extend("> " + escape_markdown(q) for q in annotation.quote.split("\n"))
            if annotation.note:
                lines.extend(["", annotation.note])
            if annotation.tags:
                lines.extend(["", " ".join(f"#{t}" for t in annotation.tags)])
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"
