"""Where an event happened when no locative phrase says so (docs/coding.md, "Where, when the clause names no place")."""

from __future__ import annotations

from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

pytestmark = pytest.mark.slow


def _places(tmp_path: Path, text: str, type_: str) -> list[tuple[str | None, str]]:
    events = asserted(code_text(tmp_path, text), type_)
    assert events, text
    return [(e.location.country, e.location.name) if e.location else (None, "") for e in events]


def test_a_government_acting_on_no_one_acts_at_home(tmp_path: Path):
    places = _places(tmp_path, "The Kenyan government imposed a nationwide curfew on Thursday.", "COERCE")
    assert places and all(country == "KEN" for country, _ in places), places


def test_a_government_acting_on_another_country_gets_no_home_place(tmp_path: Path):
    places = _places(tmp_path, "The Kenyan government accused Uganda of arming rebels.", "ACCUSE")
    assert all(country != "KEN" for country, _ in places), places


def test_troops_leaving_a_country_pulled_out_there(tmp_path: Path):
    places = _places(tmp_path, "American troops left Afghanistan in 2021.", "RETREAT")
    assert ("AFG", "Afghanistan") in places, places
