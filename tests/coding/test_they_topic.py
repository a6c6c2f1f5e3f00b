"""A sentence-opening 'They' continues the subject the sentence before was about (``coding.pronouns``): not the
subject of a clause that describes a noun, nor a place inside the subject. Invented sentences through the real
pipeline (the shared ``code`` fixture)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _sources(events, type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(events, type_)}


def test_not_the_subject_of_a_relative_clause(code) -> None:
    events = code("Kenyan troops shelled the village near Garissa on Monday, which the rebels had captured last week. "
                  "They accused the rebels of hiding weapons in schools.")
    assert _sources(events, "ACCUSE") == {"KENMIL"}


def test_not_the_subject_of_a_content_clause(code) -> None:
    events = code("Farmers' demands include fair prices and an order that the government end maize imports. "
                  "They urged the agriculture minister to resign on Monday.")
    sources = {e.source.agent for e in asserted(events, "REQUEST") if e.source}
    assert sources == {"CVL"}, sources


@pytest.mark.parametrize(("text", "code_"), [
    ("Farmers in Nairobi marched on Monday with a list of demands that the government end maize imports. "
     "They urged the agriculture minister to resign.", "KENCVL"),
    ("Students in Lagos set up a camp on Monday, and the list of demands that the police had rejected grew longer. "
     "They urged the governor to resign.", "NGACVL"),
])
def test_not_a_place_inside_the_subject(code, text: str, code_: str) -> None:
    assert _sources(code(text), "REQUEST") == {code_}


def test_a_reported_clauses_subject_is_still_continued(code) -> None:
    events = code("Kenyan police said protesters had blocked the main road in Nairobi on Monday. "
                  "They also attacked a police station.")
    assert _sources(events, "ASSAULT") == {"KENCVL"}
