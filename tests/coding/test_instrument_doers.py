"""Lane probe-ah, events whose doer hides behind a weapon or a group adjective: 'was hit by a rocket fired by
rebels' (the weapon's user is the source, ``arguments._weapon_user``) and 'Houthi missile attacks' (a group's name
tagged as an adjective still names the group, ``trigger_parties._group_adjective``).

Invented sentences through the real pipeline (the shared ``code`` fixture), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


# --- a weapon as the passive's agent: its participle's agent did it ----------------------------------------

def test_a_rocket_fired_by_rebels_is_the_rebels_attack(code) -> None:
    events = code("An army checkpoint in Mosul was struck by a rocket fired by Kurdish rebels on Monday.")
    assert ("IRQREB", "IRQMIL") in dyad_codes(asserted(events, "ASSAULT"))


def test_a_rocket_fired_by_insurgents_at_a_police_station(code) -> None:
    events = code("A police station in Kabul was hit by a rocket fired by Taliban insurgents on Wednesday.")
    assert any(e.source and e.source.agent == "REB" and e.target and e.target.code == "AFGCOP"
               for e in asserted(events, "ASSAULT"))


def test_a_weapon_with_no_doer_stays_without_a_source(code) -> None:
    events = asserted(code("An army checkpoint in Mosul was hit by a rocket on Monday."), "ASSAULT")
    assert events and all(e.source is None for e in events)


def test_a_warned_strike_by_a_weapon_stays_hypothetical(code) -> None:
    events = code("An army checkpoint in Mosul could be struck by rockets fired by rebels, officials warned on "
                  "Monday.")
    assert not any(e.trigger == "struck" for e in asserted(events, "ASSAULT"))


# --- a group's name tagged as an adjective before a weapon word --------------------------------------------

def test_houthi_missile_attacks_are_the_houthis(code) -> None:
    events = code("Houthi missile attacks on Saudi Arabia intensified on Wednesday.")
    assert ("YEMREB", "SAU") in dyad_codes(asserted(events, "ASSAULT"))


def test_a_creed_adjective_names_no_source(code) -> None:
    events = asserted(code("Islamist suicide attacks killed 20 people in Nigeria on Monday."), "ASSAULT")
    assert all(e.source is None for e in events)
