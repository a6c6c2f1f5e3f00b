"""Nouns that say a sector: households are civilians, photojournalists media, an 'Iranian general' the military
(only as the head after a nationality: 'general election' and 'attorney general' stay what they were).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, target_codes

pytestmark = pytest.mark.slow



def test_households_are_civilians(code) -> None:
    events = code("The Kenyan government asked households in Mombasa to save water on Monday.")
    assert target_codes(events, "REQUEST") == {"KENCVL"}


def test_a_photojournalist_is_media(code) -> None:
    events = code("Israeli soldiers shot a Palestinian photojournalist in Hebron on Monday.")
    assert target_codes(events, "ASSAULT") == {"PSEMED"}


def test_a_general_after_a_nationality_is_the_military(code) -> None:
    events = code("Turkish troops killed a Syrian general near Aleppo on Monday.")
    assert target_codes(events, "ASSAULT") == {"SYRMIL"}


def test_an_attorney_general_is_no_general(code) -> None:
    events = code("The Kenyan attorney general accused the Ugandan government of fraud on Monday.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"KENGOV"}


@pytest.mark.parametrize(("text", "code_"), [
    ("Opposition activist Olga Marchenko was detained in Minsk on Monday.", "BLROPP"),
    ("Venezuelan police arrested two opposition campaigners in Caracas on Monday.", "VENOPP"),
    ("Police in Harare arrested opposition student leader Tendai Moyo on Monday.", "ZWEOPP"),
])
def test_the_oppositions_figures_are_the_opposition(code, text: str, code_: str) -> None:
    """PLOVER's CVLOPP gave the generated list 'opposition activist' as civilians; the opposition's own figures
    are OPP (agents_curated.yaml), its crowds stay civilians."""
    assert target_codes(code(text), "COERCE") == {code_}


def test_opposition_supporters_stay_civilians(code) -> None:
    events = code("Zimbabwean police arrested 40 opposition supporters in Harare on Monday.")
    assert target_codes(events, "COERCE") == {"ZWECVL"}
