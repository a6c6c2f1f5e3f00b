"""Where a statement was made and where what it is about happened (``coding.places``): invented sentences
through the real pipeline."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "The Chilean ambassador in Madrid condemned the Peruvian air strikes on Saturday.",
    "Kenyan officials in Nairobi denounced the Somali rocket attacks on Monday.",
])
def test_a_judged_act_is_not_where_the_judge_is(code, text: str) -> None:
    events = code(text)
    judged = asserted(events, "ASSAULT")
    assert judged and all(e.location is None for e in judged), judged
    assert all(e.target is None or e.target.name not in ("Madrid", "Nairobi") for e in judged), judged


def test_a_light_verb_shares_its_noun_place(code) -> None:
    found = asserted(code("Turkish jets carried out air strikes in Syria on Tuesday."), "ASSAULT")
    assert found and found[0].location is not None and found[0].location.country == "SYR", found


@pytest.mark.parametrize(("text", "type_", "city"), [
    ("Chilean Foreign Minister Ana Vidal told reporters in Lima on Thursday that Chile rejected the Bolivian "
     "claim.", "REJECT", "Lima"),
    ("Egypt's President said in a televised address from Cairo on Sunday that Egypt condemned the attack.",
     "ACCUSE", "Cairo"),
    ("Speaking at a rally in Texas on Saturday, the senator accused Mexico of ignoring the cartels.", "ACCUSE",
     "Texas"),
    ("Polish President Andrzej Duda said during a visit to Vilnius on Tuesday that Poland condemned the "
     "Belarusian crackdown.", "ACCUSE", "Vilnius"),
])
def test_a_statement_is_made_where_it_was_said(code, text: str, type_: str, city: str) -> None:
    found = asserted(code(text), type_)
    assert found and found[0].location is not None and found[0].location.name == city, found


@pytest.mark.parametrize("text", [
    "Chilean Foreign Minister Ana Vidal told reporters in Lima on Thursday that Bolivia had threatened Chile.",
    "Chilean Foreign Minister Ana Vidal told reporters in Lima on Thursday that Chile had rejected the claim in "
    "2019.",
])
def test_a_statement_place_is_not_where_others_or_earlier_acts_were(code, text: str) -> None:
    found = [e for e in asserted(code(text)) if e.type in ("THREATEN", "REJECT")]
    assert found and all(e.location is None or e.location.name != "Lima" for e in found), found


@pytest.mark.parametrize("text", [
    "Beijing on Monday opposed the US arms sale to Taiwan.",
    "Iran rejected the transfer of American weapons to Bahrain on Monday.",
    "Moscow condemned the withdrawal of French troops from Mali on Monday.",
])
def test_where_a_judged_thing_goes_is_no_place_of_the_judgement(code, text: str) -> None:
    found = [e for e in asserted(code(text)) if e.type in ("REJECT", "ACCUSE")]
    assert found and all(e.location is None or e.location.lat is None for e in found), found
    assert all(e.location is None or e.location.name not in ("Taiwan", "Bahrain", "Mali") for e in found), found


def test_a_trip_goal_still_places_a_meeting(code) -> None:
    found = asserted(code("Putin met Erdogan during a visit to Ankara on Monday."), "CONSULT")
    assert found and found[0].location is not None and found[0].location.name == "Ankara", found


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("Russian jets carried out air strikes on Idlib on Tuesday.", "ASSAULT", "SYR"),
    ("Taliban fighters launched an attack on Kunduz on Tuesday.", "ASSAULT", "AFG"),
    ("Turkish jets carried out a raid on a Syrian village on Tuesday.", None, "SYR"),
])
def test_an_attack_on_a_place_hit_there(code, text: str, type_: str | None, country: str) -> None:
    found = [e for e in asserted(code(text)) if type_ is None or e.type == type_]
    assert found and found[0].location is not None and found[0].location.country == country, found


def test_sanctions_on_a_country_are_not_placed_there(code) -> None:
    found = asserted(code("The European Union imposed sanctions on Belarus on Monday."), "SANCTION")
    assert found and all(e.location is None or e.location.country != "BLR" for e in found), found


def test_an_embassy_named_as_a_multiword_country_s_is_no_place(code) -> None:
    found = asserted(code("Militiamen launched an attack on the United States Embassy in Baghdad on Tuesday."),
                     "ASSAULT")
    assert found and found[0].location is not None and found[0].location.name == "Baghdad", found


@pytest.mark.parametrize(("text", "type_", "place"), [
    ("Indonesian President Joko Widodo met Australian Prime Minister Scott Morrison at Bogor Palace on Monday. "
     "The two leaders agreed to boost trade.", "AGREE", "Bogor Palace"),
    ("Mexican President Andres Manuel Lopez Obrador met US President Donald Trump at the White House on Wednesday. "
     "The two leaders praised the new trade agreement.", "SUPPORT", "Washington D.C."),
])
def test_the_two_leaders_act_where_they_met(code, text: str, type_: str, place: str) -> None:
    found = asserted(code(text), type_)
    assert found and all(e.location is not None and e.location.name == place for e in found), found


def test_a_trip_goal_places_the_next_act(code) -> None:
    found = asserted(code("Georgian President Salome Zourabichvili flew to Brussels on Monday and urged the European "
                          "Union to open membership talks."), "REQUEST")
    assert found and found[0].location is not None and found[0].location.name == "Brussels", found


def test_a_killing_in_an_attack_on_a_place_happened_there(code) -> None:
    found = [e for e in asserted(code("Nine civilians were killed on Monday in a rocket attack by Houthi rebels on "
                                      "Jizan.")) if e.trigger == "killed"]
    assert found and found[0].location is not None and found[0].location.country == "SAU", found


def test_a_country_s_areas_are_its_ground(code) -> None:
    found = asserted(code("US drones struck a convoy in Pakistani tribal areas on Tuesday."), "ASSAULT")
    assert found and found[0].location is not None and found[0].location.country == "PAK", found


def test_a_killing_told_by_a_participle_of_an_attack_is_where_it_hit(code) -> None:
    found = [e for e in asserted(code("Russian jets launched air strikes on Idlib on Monday, killing 12 people."))
             if e.trigger == "killing"]
    assert found and found[0].location is not None and found[0].location.name == "Idlib", found
