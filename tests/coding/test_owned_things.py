"""Issue 13, targets inside a thing object: a participle of owning on the thing names whom the act is aimed at
('seized a tanker owned by a Greek company', 'shot down a helicopter belonging to the army').

Invented sentences through the real pipeline (the shared ``code`` fixture), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import target_codes

pytestmark = pytest.mark.slow


def test_a_thing_owned_by_a_company_is_aimed_at_the_company(code) -> None:
    assert target_codes(code("Iran seized a ship owned by a Greek company on Monday."), "COERCE") == {"GRCBUS"}


def test_the_owner_beats_the_things_own_sector_reading(code) -> None:
    # 'tanker' alone reads as a business of the story's own country; the owner phrase names whose it is
    assert target_codes(code("Iran seized an oil tanker owned by a Greek company on Monday."), "COERCE") == {"GRCBUS"}


def test_belonging_to_names_the_owner(code) -> None:
    assert target_codes(code("Malian rebels shot down a helicopter belonging to the Nigerien army on Sunday."),
                        "ASSAULT") == {"NERMIL"}


def test_a_passive_subject_owned_by_a_party_is_aimed_at_it(code) -> None:
    assert target_codes(code("A ship operated by a Saudi firm was attacked by Houthi rebels on Sunday."),
                        "ASSAULT") == {"SAUBUS"}


def test_a_by_phrase_of_another_verb_names_no_owner(code) -> None:
    # the ship was seen by the Greek navy, not owned by it
    assert "GRCMIL" not in target_codes(code("Iran seized a ship spotted by the Greek navy on Monday."), "COERCE")


def test_a_threat_on_an_owned_thing_stays_a_threat(code) -> None:
    events = [e for e in code("Iran threatened to seize ships owned by British companies on Monday.")
              if e.type == "COERCE"]
    assert events and all(e.modality != "asserted" for e in events)
    assert {e.target.code for e in events if e.target} == {"GBRBUS"}


def test_ground_held_by_a_group_is_aimed_at_the_holder(code) -> None:
    assert target_codes(code("Syrian jets bombed a town held by Kurdish militants on Monday."), "ASSAULT") \
        == {"SYRREB"}


def test_captives_held_by_a_group_stay_the_ones_freed(code) -> None:
    # people held are never read as their holder's: the hostages are freed, not the gang
    assert target_codes(code("Nigerian police freed ten hostages held by a criminal gang on Monday."), "RETREAT") \
        == {"NGACVL"}


@pytest.mark.parametrize("text", [
    "Nigeria seized a ship owned by the Nigerian government on Monday.",
    "Nigerian authorities seized an oil tanker owned by the Nigerian government on Monday.",
    "The Nigerian navy seized a tanker belonging to the Nigerian government on Monday.",
])
def test_a_thing_the_sources_own_state_owns_names_no_target(code, text: str) -> None:
    """Neither the owner (the source's own state) nor the noun's own reading (a tanker as a business) is acted on
    (``owned_things.owned_by_source``, and ``recipients.object_owner`` asks ``is_own_state`` too)."""
    assert target_codes(code(text), "COERCE") == {None}
