"""Turn the bytes of a page into clean markup that the HTML parsers can take.

Pages arrive in many encodings, sometimes undeclared, and with NUL or control
characters that make lxml (and so readability) fail. Everything here runs before parsing.
"""

from __future__ import annotations

import codecs
import re
import threading

import lxml.html
from lxml import etree

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""")
_LATIN_1 = {"latin-1", "iso8859-1", "ascii", "cp1252"}
"""Labels that browsers (WHATWG Encoding) all read as Windows-1252."""

_WESTERN = {"cp1252", "latin_1", "iso8859_15", "ascii", "utf_8"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_XML_DECLARATION_TEXT = re.compile(r"^\s*<\?xml[^>]*\?>")
_PARSERS = threading.local()


def _codec(label: str | bytes | None) -> str | None:
    """The Python codec for an encoding label, or None when the label is unknown."""
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "ignore")
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in _LATIN_1 else name


def declared_encoding(data: bytes, content_type: str | None = None) -> str | None:
    """The encoding a page declares: BOM, then HTTP charset, then `<meta>` or XML declaration."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    found = _HEADER_CHARSET.search(content_type or "")
    if found and (codec := _codec(found.group(1))):
        return codec
    head = data[:4096]
    found = _META_CHARSET.search(head) or _XML_DECLARATION.search(head)
    if found and (codec := _codec(found.group(1))):
        # A page read as bytes cannot really be UTF-16 if its <meta> is readable as ASCII.
        return "utf-8" if codec.startswith("utf-16") else codec
    return None


def _latin_1_fallback(error: UnicodeError) -> tuple[str, int]:
    # Five bytes are undefined in Windows-1252; browsers read them as Latin-1 does.
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("reader-latin-1", _latin_1_fallback)


def _decode_windows_1252(data: bytes) -> str:
    return data.decode("cp1252", errors="reader-latin-1")


def _detect(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:200_000]))
    if matches:
        best = matches[0]
        # Short samples leave Baltic and Central European code pages as likely as
        # Windows-1252; our readers' pages are far more often Western European.
        western = next(
            (m for m in matches if m.encoding in _WESTERN and m.chaos <= best.chaos + 0.02), None
        )
        if western is None and best.encoding not in ("utf_8", "ascii"):
            codec = _codec(best.encoding) or "cp1252"
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
    return _decode_windows_1252(data)


def decode_html(data: bytes, content_type: str | None = None) -> str:
    """Decode a page's bytes, honouring what it declares and guessing when it does not.

    Args:
        data: the page as fetched or read from disk.
        content_type: the HTTP `Content-Type` header, whose charset wins over the page's own.

    Returns:
        The page as text. Undeclared pages are read as UTF-8 when they are valid UTF-8,
        else by detection (Windows-1252 and Latin-1 being the usual suspects).
    """
    codec = declared_encoding(data, content_type)
    if codec is None:
        return _detect(data)
    if codec == "cp1252":
        return _decode_windows_1252(data)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        # Declared UTF-8 that is not: a misconfigured server, common with Windows-1252 pages.
        text = _detect(data) if codec == "utf-8" else data.decode(codec, errors="replace")
    return text.removeprefix("\ufeff")


def clean_markup(html: str) -> str:
    """Remove what breaks HTML parsers: NUL and control characters, an XML declaration."""
    html = _XML_DECLARATION_TEXT.sub("", html, count=1)
    return _CONTROL.sub("", html)


def _parser() -> lxml.html.HTMLParser:
    """This thread's parser: lxml parsers must not be shared between threads."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = lxml.html.HTMLParser(
            encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True
        )
        _PARSERS.parser = parser
    return parser


def parse(html: str) -> etree._Element:
    """Parse clean markup into an lxml HTML tree.

    Raises:
        ValueError: the page is empty, or nested so deeply that libxml2 gives up on it.
    """
    parser = _parser()
    root = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    for error in parser.error_log:
        if "Excessive depth" in error.message:
            raise ValueError("nested more than 2,048 elements deep")
    return root
