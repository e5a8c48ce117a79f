"""What `reader import` was given, as sources to read: files, directories, stdin and URLs.

Each argument becomes one or more `Source`s (a directory, every importable file under it), or a
`SourceError` saying in one line why it cannot be read. Formats are told by extension, else by
sniffing the first bytes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from reader.core.errors import ReaderError

MAX_BYTES = 20 * 1024 * 1024
"""Largest file, page or stdin accepted."""

FORMATS = ("text", "markdown", "html", "feed", "opml", "jsonl")
"""What a source can hold."""

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdown": "markdown",
    ".mkd": "markdown",
    ".mkdn": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": None,
    ".opml": "opml",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": None,
}
"""Extensions imported from directories, and the format each implies (`None`: sniff)."""

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive or office document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x1f\x8b": "gzip-compressed data",
    b"\x7fELF": "a program",
    b"SQLite format 3\x00": "an SQLite database",
    b"RIFF": "a media file",
    b"ID3": "an audio file",
    b"\xd0\xcf\x11\xe0": "an old office document",
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_LOOKS_LIKE_ADDRESS = re.compile(r"^(?:www\.[\w.-]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/\S*)$", re.I)
"""`www.example.org` or `example.org/story`: a web address typed without its scheme."""
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


class SourceError(ReaderError):
    """A source that cannot be imported, with the reason in a few words."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True, slots=True)
class Source:
    """The bytes of one page or file, with where they came from."""

    name: str
    """How the reader named it: the argument, a file found in a directory, or `stdin`."""
    data: bytes
    """Its raw content."""
    uri: str | None = None
    """The fetched URL or the file's `file://` URI; `None` for stdin."""
    content_type: str | None = None
    """The HTTP Content-Type header, for pages."""
    format: str | None = None
    """Format implied by the extension or the content type; `None`: sniff the content."""


def is_url(argument: str) -> bool:
    """True for an `http://` or `https://` address."""
    return re.match(r"(?i)^https?://\S+$", argument) is not None


def iter_sources(
    arguments: list[str],
    *,
    stdin: BinaryIO | None = None,
    fetch: Callable[[str], Source] | None = None,
) -> Iterator[Source | SourceError]:
    """Every source named by the arguments, in order, read lazily.

    Args:
        arguments: file or directory paths, `-` for stdin, or http(s) URLs.
        stdin: where `-` reads from.
        fetch: turns a URL into a `Source` or raises `SourceError` (see `pipeline.fetch_page`).

    Yields:
        A `Source` for each readable page or file, a `SourceError` for each that is not.
    """
    for argument in arguments:
        if argument == "-":
            yield read_stream("stdin", stdin)
        elif is_url(argument):
            if fetch is None:
                yield SourceError(argument, "fetching pages is not available")
                continue
            try:
                yield fetch(argument)
            except SourceError as error:
                yield error
        else:
            path = _local_path(argument)
            if path.is_dir():
                yield from _directory(argument, path)
            elif not path.exists() and _LOOKS_LIKE_ADDRESS.match(argument):
                yield SourceError(argument, "no such file (for a web page, give its https:// URL)")
            else:
                yield read_file(argument, path)


def _local_path(argument: str) -> Path:
    """The path an argument names, `file://` URIs included."""
    if argument.lower().startswith("file://"):
        parts = urlsplit(argument)
        return Path(unquote(parts.path))
    return Path(argument).expanduser()


def _directory(name: str, root: Path) -> Iterator[Source | SourceError]:
    found = False
    for folder, subfolders, files in os.walk(root, onerror=None):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for file_name in sorted(files):
            path = Path(folder) / file_name
            if file_name.startswith(".") or path.suffix.lower() not in SUFFIXES:
                continue
            found = True
            yield read_file(str(path), path)
    if not found:
        yield SourceError(name, "no .txt, .md, .html, feed, OPML or JSON Lines file in it")


def read_file(name: str, path: Path) -> Source | SourceError:
    """A file's bytes, or why it cannot be imported (missing, unreadable, empty, too large)."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            return SourceError(name, "not a regular file")
        if size > MAX_BYTES:
            return SourceError(name, f"too large ({_megabytes(size)}; the limit is 20 MB)")
        data = path.read_bytes()
    except FileNotFoundError:
        return SourceError(name, "no such file or directory")
    except PermissionError:
        return SourceError(name, "permission denied")
    except OSError as error:
        return SourceError(name, (error.strerror or str(error)).lower())
    return checked(
        Source(
            name=name,
            data=data,
            uri=path.resolve().as_uri(),
            format=SUFFIXES.get(path.suffix.lower()),
        )
    )


def read_stream(name: str, stream: BinaryIO | None) -> Source | SourceError:
    """Everything on a stream (stdin), up to the size limit."""
    if stream is None:
        return SourceError(name, "nothing to read")
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        return SourceError(name, "too large (over 20 MB; the limit is 20 MB)")
    return checked(Source(name=name, data=data))


def checked(source: Source) -> Source | SourceError:
    """The source itself, or an error if it is empty or binary."""
    if not source.data.strip():
        return SourceError(source.name, "empty")
    binary = binary_kind(source.data)
    if binary:
        return SourceError(source.name, f"binary file ({binary}), not a page or a text")
    return source


def binary_kind(data: bytes) -> str | None:
    """What binary data looks like ("a PDF document"), or `None` for text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    if any(data.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = data[:8192]
    # A stray NUL or control character is tolerated (pages have them); a lot of them is binary.
    if (
        sample.count(b"\x00") > len(sample) // 100
        or len(_CONTROL_BYTES.findall(sample)) > len(sample) // 10
    ):
        return "unknown binary data"
    return None


def decode_text(data: bytes) -> str:
    """Text bytes as a string: a BOM's encoding, else UTF-8, else Windows-1252, else Latin-1.

    Raises:
        ValueError: the bytes claim an encoding (a BOM) they do not follow.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff_format(data: bytes) -> str:
    """The format of content whose name says nothing: markup, feed, JSON Lines or text."""
    head = data[:8192]
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            head = head[: len(head) - len(head) % 4].decode(encoding, "ignore").encode()
            break
    head = head.lstrip(b" \t\r\n").lower()
    if head.startswith(b"<"):
        if re.search(rb"<opml[\s>]", head):
            return "opml"
        if re.search(rb"<(?:rss|feed|rdf:rdf)[\s>]", head) and not re.search(rb"<html[\s>]", head):
            return "feed"
        return "html"
    if head.startswith(b"{"):
        if b"jsonfeed.org/version" in head:
            return "feed"
        return "jsonl" if head.split(b"\n", 1)[0].rstrip().endswith(b"}") else "feed"
    if re.search(rb"(?m)^(?:#{1,6} \S|```|~~~|---\s*$|={3,}\s*$|-{3,}\s*$)", head) or re.search(
        rb"\[[^\]\n]+\]\([^)\s]+\)", head
    ):
        return "markdown"
    return "text"


def source_format(source: Source) -> str:
    """The format to read a source as: its extension's or content type's, else sniffed."""
    return source.format or sniff_format(source.data)


def format_for_content_type(content_type: str | None, url: str) -> str | None:
    """The format an HTTP response declares, with the URL's extension for plain text."""
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in ("text/html", "application/xhtml+xml"):
        return "html"
    if mime in (
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/feed+json",
    ):
        return "feed"
    if mime in ("text/x-opml", "application/x-opml", "text/x-opml+xml"):
        return "opml"
    if mime in ("text/markdown", "text/x-markdown"):
        return "markdown"
    if mime in ("application/x-ndjson", "application/jsonl"):
        return "jsonl"
    suffix = os.path.splitext(url.split("?")[0].split("#")[0])[1].lower()
    if mime == "text/plain":
        return SUFFIXES.get(suffix) or "text"
    return None


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
