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
