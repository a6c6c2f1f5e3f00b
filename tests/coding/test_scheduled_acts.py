"""A meeting, visit or talks set for later ('are to hold talks', 'is scheduled to meet', 'is due to visit') is an
AGREE now, for the cooperative acts PLOVER names (CONSULT, SUPPORT, COOPERATE, AID); a scheduled release or
resignation is no AGREE, and 'the aim is to X' schedules nothing (coding/stance.py ``_scheduled``)."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text


def test_talks_set_by_a_copula_are_agreed(tmp_path: Path) -> None:
    text = "Ghana and Togo are to hold talks in Accra next week, officials said."
    agree = asserted(code_text(tmp_path, text), "AGREE")
    assert agree and {agree[0].source.country, agree[0].target.country} == {"GHA", "TGO"}


def test_a_scheduled_meeting_is_agreed_with_the_partner(tmp_path: Path) -> None:
    text = "The Peruvian foreign minister is scheduled to meet the Chilean foreign minister on Friday."
    agree = asserted(code_text(tmp_path, text), "AGREE")
    assert agree and agree[0].source.country == "PER" and agree[0].target.country == "CHL"


def test_a_scheduled_release_is_no_agreement(tmp_path: Path) -> None:
    text = "Morocco is to release 40 Algerian prisoners next week."
    assert not asserted(code_text(tmp_path, text), "AGREE")


def test_a_purpose_noun_schedules_nothing(tmp_path: Path) -> None:
    text = "The Nigerian government said the aim is to defeat the insurgents."
    events = code_text(tmp_path, text)
    assert not asserted(events, "AGREE") and not asserted(events, "THREATEN")
