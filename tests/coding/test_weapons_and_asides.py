"""A weapon's firing participle is the hit it makes; a set-off relative clause is the writer's fact (invented
sentences; coding/weapon_participles.py, clauses.set_off_relative)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event, Modality

Code = Callable[..., list[Event]]
MONDAY = dt.date(2023, 3, 6)


def test_a_fired_weapon_that_hit_is_one_attack_on_the_firing_day(code: Code):
    events = code("An army base in Goma was hit by a rocket fired by M23 rebels on Monday.")
    attacks = asserted(events, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].trigger == "hit" and attacks[0].date == MONDAY
    assert attacks[0].source is not None and attacks[0].source.agent == "REB"
    assert not asserted(events, "MOBILIZE")


def test_a_fired_weapon_as_subject_gives_its_firer_as_source(code: Code):
    events = code("A missile fired by Houthi rebels struck a Saudi oil terminal on Monday.")
    attacks = asserted(events, "ASSAULT")
    assert [e.trigger for e in attacks] == ["struck"]
    assert attacks[0].source is not None and attacks[0].source.agent == "REB"


def test_rockets_fired_at_a_possible_target_are_no_attack(code: Code):
    events = code("Villages near the border could be struck by rockets fired by the rebels, the army warned.")
    assert not asserted(events, "ASSAULT")


def test_a_fired_weapon_that_was_seized_is_still_a_firing(code: Code):
    events = code("The army seized rockets fired by the rebels on Monday.")
    assert [e for e in asserted(events, "ASSAULT") if e.trigger == "fired"]


def test_the_attack_blamed_on_a_group_happened_with_no_source(code: Code):
    events = code("Police blamed Boko Haram for the attack, which killed 12 worshippers in Maiduguri.")
    attacks = asserted(events, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].source is None
    assert asserted(events, "ACCUSE")


def test_accused_of_the_attack_which_killed_asserts_the_killing_only(code: Code):
    events = code("Police accused Boko Haram of carrying out the attack, which killed 12 worshippers.")
    attacks = asserted(events, "ASSAULT")
    assert len(attacks) == 1 and attacks[0].source is None
    alleged = [e for e in events if e.type == "ASSAULT" and e.source is not None]
    assert all(e.modality is not Modality.ASSERTED for e in alleged)


def test_a_restrictive_relative_under_an_accusation_stays_alleged(code: Code):
    events = code("Police accused Boko Haram of carrying out attacks that killed 12 worshippers.")
    assert not asserted(events, "ASSAULT")
