"""Office holders of 2023-2026 in running text (issue 13): invented sentences about real people whose
terms the imported records (late 2022) lack, coded through the real pipeline on a date in their term."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "published", "type_", "source"),
    [
        ("Dina Boluarte met protesters in Lima on Monday.", dt.date(2023, 1, 20), "CONSULT", "PERGOV"),
        (
            "Prime Minister Ousmane Sonko accused France on Tuesday of meddling in Senegal's affairs.",
            dt.date(2024, 6, 14),
            "ACCUSE",
            "SENGOV",
        ),
        (
            "Abdourahamane Tchiani ordered the expulsion of the French ambassador on Tuesday.",
            dt.date(2023, 9, 1),
            "SANCTION",
            "NERGOV",
        ),
        (
            "Muhammad Yunus urged India on Tuesday to return the former prime minister.",
            dt.date(2025, 1, 10),
            "REQUEST",
            "BGDGOV",
        ),
        (
            "Murhaf Abu Qasra accused Israel on Tuesday of violating Syrian airspace.",
            dt.date(2025, 3, 14),
            "ACCUSE",
            "SYRMIL",
        ),
    ],
)
def test_a_recent_office_holder_is_their_government(code, text, published, type_, source) -> None:
    events = code(text, published)
    assert {e.source.code for e in asserted(events, type_) if e.source} == {source}, events


def test_a_removed_president_is_no_longer_the_government(code) -> None:
    """Pedro Castillo was removed on 2022-12-07: in 2023 he is a former office holder (elite)."""
    events = code("Pedro Castillo accused the judges on Tuesday of persecuting him.", dt.date(2023, 3, 10))
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"PERELI"}, events


@pytest.mark.parametrize(
    ("text", "published", "source", "target"),
    [
        (
            "Mulatu Teshome spoke to reporters in Gondar on Saturday. He accused Iraq of detaining the sailors.",
            dt.date(2016, 9, 8),
            "ETHGOV",
            "IRQGOV",
        ),
        (
            "Manmohan Singh spoke to reporters in Chennai on Tuesday. He accused Chile of detaining the sailors.",
            dt.date(2013, 8, 22),
            "INDGOV",
            "CHLGOV",
        ),
    ],
)
def test_he_is_a_person_the_knowledge_base_named(code, text, published, source, target) -> None:
    """The tagger reads some leaders' names as an organisation or a place ('Mulatu Teshome' ORG, 'Singh' GPE):
    a name the knowledge base resolves to a person is still the person a later 'he' continues."""
    events = code(text, published)
    assert {(e.source.code, e.target.code) for e in asserted(events, "ACCUSE") if e.source and e.target} == {
        (source, target)
    }, events
