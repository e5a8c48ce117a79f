"""Cleaning untrusted text: the quick path for ordinary text agrees with the full one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.core.sanitize import clean_line, fold_line_spaces, strip_unsafe

# Ordinary letters with the characters cleaning acts on mixed in.
_TRICKY = " \t\r\n\f\v\x00\x07\x1b\x7f\x85\x9b\u00a0\u202f\u200b\u202e\u2066\u2028\ufeffée\u0301"
_TEXT = st.text(alphabet=st.sampled_from(list("ab ,.'«»") + list(_TRICKY)), max_size=40)


@given(_TEXT)
def test_clean_line_is_the_full_cleaning_for_any_text(text):
    assert clean_line(text) == fold_line_spaces(strip_unsafe(text)).strip()


@given(_TEXT)
def test_a_cleaned_line_has_no_control_characters_and_no_double_spaces(text):
    cleaned = clean_line(text)
    assert "  " not in cleaned
    assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in cleaned)
    assert clean_line(cleaned) == cleaned
