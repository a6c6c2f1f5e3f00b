"""Conflict reporting told through nouns: an attack noun's relative clause, and the place of a truce (invented
sentences; lane probe-ag)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]
PUBLISHED = dt.date(2015, 5, 13)  # a Wednesday


def _targets(events: list[Event], type_: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in asserted(events, type_)}


def test_a_claimed_bombing_kills_whom_its_relative_clause_names(code: Code):
    events = code("The militant group al-Shabaab claimed responsibility for the bombing, which killed nine Kenyan "
                  "soldiers.")
    attacks = asserted(events, "ASSAULT")
    assert [e for e in attacks if e.source and e.source.agent == "REB" and e.target and e.target.code == "KENMIL"]


def test_a_condemned_attack_still_kills_whom_its_relative_clause_names(code: Code):
    events = code("The African Union condemned the attack, which killed twelve Nigerian policemen.")
    assert "NGACOP" in _targets(events, "ASSAULT")


def test_a_passive_subject_attack_still_kills_whom_its_relative_clause_names(code: Code):
    events = code("The bombing, which killed 30 civilians in Kano, was condemned by the United Nations.")
    assert "NGACVL" in _targets(events, "ASSAULT")


def test_an_attack_that_could_have_killed_is_no_killing(code: Code):
    events = code("Police in Lagos said they had foiled an attack that could have killed dozens of people.")
    assert not asserted(events, "ASSAULT")


def test_the_place_of_a_declared_ceasefire_is_no_side(code: Code):
    events = code("The Saudi-led coalition announced a ceasefire in Yemen on Tuesday.")
    concessions = asserted(events, "CONCEDE")
    assert concessions and _targets(events, "CONCEDE") == {None}


def test_a_declared_truce_is_aimed_at_the_foe_told_before(code: Code):
    events = code("Houthi rebels fired missiles at Riyadh on Monday. The Saudi-led coalition announced a "
                  "ceasefire in Yemen on Tuesday.")
    assert _targets(events, "CONCEDE") == {"YEMREB"}


def test_a_lifted_curfew_still_concedes_to_its_place(code: Code):
    events = code("The governor lifted the curfew in Cizre on Tuesday.")
    assert "TURGOV" in _targets(events, "CONCEDE") or "TUR" in _targets(events, "CONCEDE")


def test_a_claimed_attack_is_one_assault_by_the_claimant_on_its_victims(code: Code):
    for text in ("The Islamic State claimed the attack, which killed 40 people in a Baghdad market.",
                 "The attack, which killed 40 people in a Baghdad market, was claimed by the Islamic State."):
        attacks = asserted(code(text), "ASSAULT")
        assert [(e.source.agent if e.source else None, e.target.code if e.target else None) for e in attacks] \
            == [("REB", "IRQCVL")], text


def test_nobody_claiming_an_attack_leaves_it_without_a_source(code: Code):
    events = code("Nobody has claimed responsibility for the attack, which killed nine Afghan soldiers.")
    attacks = asserted(events, "ASSAULT")
    assert [e for e in attacks if e.source is None and e.target and e.target.code == "AFGMIL"]


def test_a_place_that_a_killing_clause_hangs_on_kills_no_one(code: Code):
    events = code("The blast at a market in Kano, which killed 30 people, was caused by a gas leak.")
    assert not asserted(events, "ASSAULT")


def test_the_death_toll_from_an_attack_presupposes_it_on_its_own_day(code: Code):
    events = code("The death toll from Sunday's bombing in Kabul rose to 40 on Tuesday.")
    assert [e.date for e in asserted(events, "ASSAULT")] == [dt.date(2015, 5, 10)]


def test_an_attack_after_a_preposition_keeps_its_possessive_day(code: Code):
    events = code("Police arrested five men after Sunday's attack on a mosque in Kano.")
    assert [e.date for e in asserted(events, "ASSAULT")] == [dt.date(2015, 5, 10)]


def test_an_attack_as_the_killings_subject_places_it_and_its_victims(code: Code):
    events = code("An Israeli air strike on Gaza killed three militants on Tuesday.")
    attacks = asserted(events, "ASSAULT")
    assert len(attacks) == 1  # the strike and the killing are one event
    killing = attacks[0]
    assert killing.target is not None and killing.target.country == "PSE"  # not the attacker's country
    assert killing.location is not None and killing.location.country == "PSE"
