"""For any text, marks stay inside their block, sorted and non-overlapping.

The document-level logic and the merge run on random texts and random candidate spans without
a model (fast); a few random texts also go through the whole pipeline with the real models.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.analysis.consistency import resolve_entities
from reader.core.analysis.entities import Candidate
from reader.core.analysis.pipeline import analyse_blocks, merge_marks
from reader.core.models import ENTITY_KINDS, MARK_KINDS, NUMBER_KINDS, Mark

_VOCABULARY = (
    "Zelensky Volodymyr le la de l' Ukraine Conseil sécurité Nations unies russe à Paris The "
    'of Kremlin 55 000 31 % $9,500 MQ-9 Reaper G7 « » " , . Selon 2022 février March 1er '
    "Washington's 'Abu Dhabi' Trump's États-Unis d' du des A320neo 737 MAX groupe l'opérateur "
    "(FDLR) FDLR boss known as ministère américaine Santé , la Cédéao carmaker chief executive "
    "said in a statement CAC 40 S&P 500 al-Burhan Burhan iPhone Pratt & Whitney le canadien"
)
WORDS = st.sampled_from(_VOCABULARY.split(" "))
TEXTS = st.lists(
    st.one_of(
        st.lists(WORDS, max_size=25).map(" ".join),
        st.text(max_size=60),
    ),
    min_size=1,
    max_size=5,
)


def well_formed(texts: list[str], marks: list[tuple[int, Mark]]) -> None:
    keys = [(b, m.start) for b, m in marks]
    assert keys == sorted(keys)
    for (b1, m1), (b2, m2) in zip(marks, marks[1:], strict=False):
        assert b1 < b2 or m1.end <= m2.start
    for block, mark in marks:
        assert 0 <= block < len(texts)
        assert 0 <= mark.start < mark.end <= len(texts[block])
        assert mark.kind in MARK_KINDS


@st.composite
def document(draw):
    texts = draw(TEXTS)
    spans = []
    for _ in range(draw(st.integers(0, 12))):
        block = draw(st.integers(0, len(texts)))  # one past the end: must be ignored
        length = len(texts[block]) if block < len(texts) else 5
        start = draw(st.integers(-2, length + 2))
        end = draw(st.integers(start - 1, length + 3))
        spans.append(Candidate(block, start, end, draw(st.sampled_from(ENTITY_KINDS))))
    return texts, spans


@given(document(), st.sampled_from(["fr", "en", None]))
@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_document_level_entities_are_well_formed(doc, language):
    texts, candidates = doc
    marks = resolve_entities(texts, candidates, language)
    well_formed(texts, marks)
    assert all(m.kind in ENTITY_KINDS and m.value for _, m in marks)


@given(document(), document())
@settings(max_examples=100, deadline=None)
def test_merged_names_and_figures_are_well_formed(names_doc, figures_doc):
    texts, names = names_doc
    entity_marks = [(c.block, Mark(c.start, c.end, c.kind, "x")) for c in names]
    figure_marks = [
        (c.block, Mark(c.start, c.end, NUMBER_KINDS[i % 5])) for i, c in enumerate(figures_doc[1])
    ]
    merged = merge_marks(texts, entity_marks, figure_marks)
    well_formed(texts, merged)


@pytest.fixture(scope="module")
def _models():
    from reader.core.analysis.entities import load_model

    load_model("fr")
    load_model("en")


@given(TEXTS, st.sampled_from(["fr", "en"]))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_the_whole_pipeline_gives_well_formed_marks(_models, texts, language):
    well_formed(texts, analyse_blocks(texts, language))
