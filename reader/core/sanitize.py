"""Make untrusted text safe to store and to print in a terminal.

Feeds and pages are written by strangers. Before anything is stored, control characters,
ANSI/OSC escape sequences and bidirectional overrides are removed, so that no title or
paragraph can move the cursor, retitle the terminal or reverse the text on screen.
"""

from __future__ import annotations

import re
import unicodedata

_ESCAPE_SEQUENCE = re.compile(
    r"""
    \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?   # OSC ... BEL or ST
    | \x1b[P^_X][^\x1b]*(?:\x1b\\)?      # DCS, PM, APC, SOS strings
    | \x1b\[[0-?]*[ -/]*[@-~]            # CSI sequences
    | \x9b[0-?]*[ -/]*[@-~]              # 8-bit CSI
    | \x1b[@-Z\\-_]                      # other two-character escapes
    """,
    re.VERBOSE,
)
# Bidi overrides and zero-width characters; a regex is much faster than str.translate here.
_INVISIBLE = re.compile("[\u202a-\u202e\u2066-\u2069\u200b\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Any character the steps below would change; most text has none and skips them.
_NEEDS_WORK = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2028\u2029]+")
# Runs of white space other than a lone plain space (which needs no change, and is most).
_LINE_SPACES = re.compile(r"[ \t\r\n\f\v\u2028\u2029]{2,}|[\t\r\n\f\v\u2028\u2029]")
_LINE_BREAKS = "\t\r\n\f\v\u2028\u2029"
# Any character `clean_line` would remove or fold (with "  ", tested apart: faster).
_LINE_WORK = re.compile("[\x00-\x1f\x7f-\x9f\u200b\u202a-\u202e\u2066-\u2069\ufeff\u2028\u2029]")


def strip_unsafe(text: str, *, keep_newlines: bool = False) -> str:
    """Remove escape sequences, control characters and bidi overrides from `text`.

    Args:
        text: untrusted text.
        keep_newlines: keep line breaks and tabs (preformatted text, notes); otherwise
            they are left for `clean_line` to fold.

    Returns:
        The text with nothing a terminal would act on.
    """
    if not text:
        return ""
    if not _NEEDS_WORK.search(text):
        return unicodedata.normalize("NFC", text)
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not keep_newlines:
        text = text.replace("\t", " ")
    return unicodedata.normalize("NFC", text)


def clean_line(text: str | None) -> str:
    """Safe text on one line, white space folded: for titles, names and paragraphs."""
    if not text:
        return ""
    # Most text needs neither: printable text (the faster test) has none of those characters.
    if "  " not in text and (text.isprintable() or not _LINE_WORK.search(text)):
        return unicodedata.normalize("NFC", text).strip()
    return fold_line_spaces(strip_unsafe(text)).strip()


def fold_line_spaces(text: str) -> str:
    """Line breaks, tabs and runs of spaces as one space (no-break spaces are kept: inside
    numbers, "55 000", they are meaningful)."""
    # Most text has none: substring tests are a hundred times faster than the regex's scan.
    if "  " in text or any(c in text for c in _LINE_BREAKS):
        return _LINE_SPACES.sub(" ", text)
    return text


def clean_multiline(text: str | None) -> str:
    """Safe text that keeps its line breaks: for notes and preformatted blocks."""
    if not text:
        return ""
    lines = strip_unsafe(text, keep_newlines=True).split("\n")
    return "\n".join(line.rstrip() for line in lines).strip("\n")


def fold_spaces(text: str) -> str:
    """Every run of white space, no-break spaces included, as one plain space."""
    return _SPACES.sub(" ", text).strip()
