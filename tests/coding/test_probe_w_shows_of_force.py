"""Probe lane w: military shows of force and incidents between states.

Invented wire sentences through the real pipeline (``code`` fixture, published Friday 2023-03-10), one group per
general mechanism: a weapons test named by a noun (events.yaml noun ``test`` with ``only_with``); ships, aircraft
and weapons as the force a move names (modes.yaml ``force_modes``, ``modes.with_force_mode``); intercepting
military aircraft (a rule whose ``target: [dobj]`` makes its object the target, ``other_side``); incursions into
airspace, waters and air defence zones by armed craft; boarding a ship by armed forces; and a nationality
adjective the tagger did not tag as one (``recipients._nationality_owner``).
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _brief(events, type_):
    return {(e.mode, e.source.country if e.source else None, e.target.country if e.target else None)
            for e in asserted(events, type_)}


@pytest.mark.parametrize("text", [
    "North Korea conducted its sixth nuclear test on Sunday, seismologists said.",
    "India carried out a successful test of its Agni-V intercontinental ballistic missile on Thursday.",
    "Pakistan conducted a missile test off its coast on Wednesday.",
])
def test_a_weapons_test_named_by_a_noun_is_mobilize_weapons(code, text) -> None:
    events = asserted(code(text), "MOBILIZE")
    assert [e.mode for e in events] == ["weapons"]


@pytest.mark.parametrize("text", [
    "The company carried out a test of its new vaccine on Monday.",
    "Scientists conducted a test of the reactor's cooling system on Tuesday.",
    "North Korea said on Monday that it would conduct a nuclear test within weeks.",
    "Iran denied on Sunday that it had carried out a missile test.",
])
def test_other_tests_and_unreal_weapons_tests_are_no_mobilization(code, text) -> None:
    assert not asserted(code(text), "MOBILIZE")


@pytest.mark.parametrize(("text", "mode"), [
    ("Russia deployed an aircraft carrier to the eastern Mediterranean on Tuesday.", "weapons"),
    ("France dispatched a frigate to the Gulf on Thursday.", "weapons"),
    ("Britain sent a destroyer to the Black Sea on Monday.", "weapons"),
    ("The Russian army deployed tanks and troops near the border on Tuesday.", "troops"),
    ("The United States sent 3,000 additional troops to Poland on Monday.", "troops"),
])
def test_ships_aircraft_and_weapons_are_the_weapons_mode(code, text, mode) -> None:
    assert {e.mode for e in asserted(code(text), "MOBILIZE")} == {mode}


def test_intercepting_military_aircraft_is_aimed_at_their_state(code) -> None:
    events = code("British Typhoon jets intercepted two Russian bombers off the coast of Scotland on Thursday.")
    assert _brief(events, "MOBILIZE") == {("weapons", "GBR", "RUS")}
    assert not asserted(events, "COERCE")


def test_unnamed_interceptors_take_no_country_from_the_intercepted(code) -> None:
    events = code("Fighter jets were scrambled to intercept the Russian aircraft on Monday.")
    assert not [e for e in asserted(events, "MOBILIZE") if e.source and e.source.country == "RUS"]


@pytest.mark.parametrize("text", [
    "Two Russian bombers intruded into Japanese airspace on Thursday.",
    "Two Russian warplanes violated Japan's air defence zone on Thursday.",
    "Russian warships entered Japanese territorial waters near the islands on Thursday.",
    "A Russian drone flew into Japanese airspace on Thursday, the Japanese military said.",
])
def test_armed_craft_entering_a_states_space_are_a_show_of_force_at_it(code, text) -> None:
    assert _brief(code(text), "MOBILIZE") == {("weapons", "RUS", "JPN")}


@pytest.mark.parametrize("text", [
    "Chinese fishing boats entered Japanese waters on Tuesday.",
    "The president flew into Tokyo on Monday.",
])
def test_boats_and_travellers_entering_are_no_show_of_force(code, text) -> None:
    assert not asserted(code(text), "MOBILIZE")


def test_a_navy_boarding_a_ship_seizes_it(code) -> None:
    events = code("The Indonesian navy boarded a Chinese vessel near the Natuna Islands on Saturday.")
    assert _brief(events, "COERCE") == {("seize", "IDN", "CHN")}


def test_a_minister_boarding_a_ship_travels(code) -> None:
    assert not asserted(code("The Turkish foreign minister boarded a ship to Athens on Monday."), "COERCE")


def test_a_nationality_the_tagger_missed_still_names_the_waters_owner(code) -> None:
    events = code("Nigerian warships entered Bangladeshi territorial waters on Tuesday.")
    assert _brief(events, "MOBILIZE") == {("weapons", "NGA", "BGD")}


@pytest.mark.parametrize(("text", "mode"), [
    ("Turkish jets shot down a Russian warplane near the Syrian border on Tuesday.", "aerial"),
    ("Iran shot down a US drone with a surface-to-air missile on Thursday.", "heavy-weapons"),
    ("Iran shot down a US surveillance drone over the Strait of Hormuz on Thursday.", None),
])
def test_shooting_down_aircraft_takes_the_shooters_weapon_not_gunfire(code, text, mode) -> None:
    assert {e.mode for e in asserted(code(text), "ASSAULT")} == {mode}


def test_shooting_down_a_proposal_is_a_rejection(code) -> None:
    events = code("The Senate shot down the proposal on Tuesday.")
    assert not asserted(events, "ASSAULT") and asserted(events, "REJECT")


def test_moving_troops_is_a_mobilization(code) -> None:
    events = code("India moved troops to its border with China on Friday.")
    assert _brief(events, "MOBILIZE") == {("troops", "IND", "CHN")}
    assert not asserted(code("Russia moved its embassy to a new building on Monday."))


@pytest.mark.parametrize(("text", "pair"), [
    ("India and France held naval exercises in the Arabian Sea on Monday.", {"IND", "FRA"}),
    ("French and Egyptian warships launched ten days of war games in the Mediterranean on Monday.", {"FRA", "EGY"}),
    ("The Indian navy held exercises with the French navy on Monday.", {"IND", "FRA"}),
])
def test_exercises_held_together_are_cooperation(code, text, pair) -> None:
    events = code(text)
    assert not asserted(events, "MOBILIZE")
    assert {c for e in asserted(events, "COOPERATE") for c in (e.source.country, e.target.country)} == pair


@pytest.mark.parametrize("text", [
    "Russia held drills with live ammunition near the border on Monday.",
    "Russia and NATO held rival drills in the Baltic on Monday.",
])
def test_exercises_with_weapons_or_apart_stay_mobilization(code, text) -> None:
    events = code(text)
    assert asserted(events, "MOBILIZE") and not asserted(events, "COOPERATE")


@pytest.mark.parametrize("text", [
    "North Korea fired artillery shells into the sea near the maritime border on Monday.",
    "The United States flew two B-52 bombers over the Korean Peninsula on Monday.",
    "North Korea paraded intercontinental ballistic missiles through Pyongyang on Saturday.",
    "Iran unveiled a new ballistic missile on Saturday.",
    "Israel deployed its Iron Dome missile defence system near Tel Aviv on Sunday.",
])
def test_weapons_shown_off_are_mobilize_weapons(code, text) -> None:
    events = code(text)
    assert {e.mode for e in asserted(events, "MOBILIZE")} == {"weapons"}
    assert not asserted(events, "ASSAULT")


@pytest.mark.parametrize("text", [
    "Apple unveiled a new iPhone on Tuesday.",
    "The pilot flew the plane to Cairo on Monday.",
])
def test_products_and_flights_are_no_show_of_force(code, text) -> None:
    assert not asserted(code(text), "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Syria said Israeli warplanes had violated its airspace on Monday.",
    "Syria said on Monday that Israeli warships had entered its territorial waters.",
])
def test_its_space_in_a_reported_incursion_is_the_reporters(code, text) -> None:
    assert _brief(code(text), "MOBILIZE") == {("weapons", "ISR", "SYR")}


def test_a_state_opening_its_own_borders_keeps_them(code) -> None:
    events = code("Benin opened its borders to West Africans on Monday, Benin police said.")
    assert not [e for e in events if e.target and e.target.agent == "COP"]


@pytest.mark.parametrize(("text", "source"), [
    ("Israel said its warplanes struck targets in Syria on Monday.", "ISR"),
    ("Turkey said its jets had bombed positions in northern Iraq on Sunday.", "TUR"),
])
def test_its_forces_in_a_reported_strike_are_the_reporters(code, text, source) -> None:
    assert {e.source.country for e in asserted(code(text), "ASSAULT") if e.source} == {source}


def test_a_missile_launch_named_by_a_noun_is_mobilize_weapons(code) -> None:
    assert {e.mode for e in asserted(code("North Korea conducted a missile launch on Wednesday."), "MOBILIZE")} \
        == {"weapons"}
    assert not asserted(code("The company held a product launch in New York on Tuesday."))


def test_troops_crossing_into_a_states_territory_are_aimed_at_it(code) -> None:
    assert _brief(code("Russian troops crossed into Georgian territory on Tuesday."), "MOBILIZE") \
        == {("troops", "RUS", "GEO")}
    assert not asserted(code("Migrants crossed into Greek territory on Tuesday."), "MOBILIZE")


def test_intercepting_a_flotilla_seizes_it(code) -> None:
    events = code("Israeli naval forces intercepted a Gaza-bound aid flotilla on Monday.")
    assert {e.mode for e in asserted(events, "COERCE")} == {"seize"}


@pytest.mark.parametrize("text", [
    "The Indian army test-fired a supersonic cruise missile on Friday.",
    "The Iranian navy test-launched a new anti-ship missile on Sunday.",
])
def test_a_hyphenated_test_verb_keeps_its_noun_subject(code, text) -> None:
    events = asserted(code(text), "MOBILIZE")
    assert [(e.mode, e.source.agent) for e in events] == [("weapons", "MIL")]
