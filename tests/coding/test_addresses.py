"""A country or state after a comma completes a place's address; it is no second subject (``coding.addresses``).
Invented sentences through the real pipeline (the shared ``code`` fixture)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _sources(events, type_: str) -> set[str | None]:
    return {e.source.code if e.source else None for e in asserted(events, type_)}


@pytest.mark.parametrize(("text", "type_", "code_"), [
    ("The city council of Perth, Australia voted on Monday to ban the rally.", "COERCE", "AUSLEG"),
    ("The police chief of Sindh, Pakistan accused the federal government of corruption on Monday.", "ACCUSE", "PAKCOP"),
    # a bracketed short name between the place and its country
    ("Yesterday, the Parliament of Queensland (QLD), Australia voted to condemn the Chinese government.",
     "ACCUSE", "AUSLEG"),
])
def test_the_phrase_before_the_address_acts(code, text: str, type_: str, code_: str) -> None:
    assert _sources(code(text), type_) == {code_}


def test_an_address_is_no_second_subject(code) -> None:
    assert _sources(code("Police in Kano, Nigeria arrested 20 protesters on Monday."), "COERCE") == {"NGACOP"}


@pytest.mark.parametrize(("text", "codes"), [
    ("According to officials in Kabul, Afghanistan rejected the proposal on Monday.", {"AFGGOV"}),
    ("Kenya, Uganda and Tanzania rejected the proposal on Monday.", {"KENGOV", "UGAGOV", "TZAGOV"}),
])
def test_a_fronted_phrase_or_a_list_is_no_address(code, text: str, codes: set[str]) -> None:
    assert _sources(code(text), "REJECT") == codes
