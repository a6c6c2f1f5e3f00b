"""Violence told with words the coder missed or misread (issue 13, vocabulary): arson of homes and markets, machete
killings ('hacked to death': not a cyber attack), stoning, and armed men as doers."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _typed(events):
    return [(e.type, e.mode) for e in events]


def test_burning_homes_and_setting_ablaze_destroy_property(tmp_path):
    homes = asserted(code_text(tmp_path, "Soldiers burned the homes of opposition supporters in Harare on Monday."))
    assert [(e.type, e.mode, e.source.agent, e.target.agent) for e in homes] == [("ASSAULT", "destroy", "MIL", "CVL")]
    ablaze = asserted(code_text(tmp_path, "Rioters set the governor's office ablaze in Kano on Monday."))
    assert _typed(ablaze) == [("ASSAULT", "destroy")]
    torched = asserted(code_text(tmp_path, "Rebels torched a police station in Beni on Tuesday."))
    assert _typed(torched) == [("ASSAULT", "destroy")]


def test_burning_a_flag_or_an_effigy_is_a_protest_and_fuel_no_event(tmp_path):
    effigy = asserted(code_text(tmp_path, "Protesters torched an effigy of the president in Dhaka on Monday."))
    assert _typed(effigy) == [("PROTEST", "demo")]
    flags = asserted(code_text(tmp_path, "Demonstrators burned American flags in Tehran on Friday."))
    assert _typed(flags) == [("PROTEST", "demo")]
    assert not asserted(code_text(tmp_path, "The Kenyan power plant burns coal to make electricity."))


def test_hacked_to_death_is_a_machete_attack_not_a_cyber_attack(tmp_path):
    machete = asserted(code_text(tmp_path, "Gunmen hacked to death 12 villagers in Kaduna on Sunday."))
    assert _typed(machete) == [("ASSAULT", "primitive")]
    cyber = asserted(code_text(tmp_path, "Russian hackers hacked the Ukrainian defence ministry's servers on Monday."))
    assert all(e.mode != "primitive" for e in cyber)


def test_stoning_is_a_primitive_attack(tmp_path):
    events = asserted(code_text(tmp_path, "Settlers stoned Palestinian farmers near Nablus on Friday."))
    assert _typed(events) == [("ASSAULT", "primitive")]


def test_armed_men_are_doers_a_plain_man_is_not(tmp_path):
    events = asserted(code_text(tmp_path, "Armed men abducted 30 schoolgirls from a school in Zamfara on Friday."))
    assert [(e.type, e.source.agent, e.target.agent) for e in events] == [("ASSAULT", "REB", "CVL")]
    assert not asserted(code_text(tmp_path, "A man was shot dead in Kabul on Monday."))


def test_a_patrol_named_by_its_force_is_that_force(tmp_path):
    events = asserted(code_text(tmp_path, "Youths stoned a police patrol in Odesa on Tuesday."))
    assert [(e.type, e.target.code) for e in events] == [("ASSAULT", "UKRCOP")]  # was the town, UKR
    army = asserted(code_text(tmp_path, "Rebels ambushed an army patrol near Goma on Tuesday."))
    assert [(e.type, e.target.agent) for e in army] == [("ASSAULT", "MIL")]


def test_victims_of_a_named_attack_are_its_target_also_when_only_a_fronted_place_names_their_country(tmp_path):
    text = "On Saturday in Leeds, a mass stabbing killed three people and injured three others."
    events = asserted(code_text(tmp_path, text))
    assert [(e.type, e.mode, e.target.code) for e in events] == [("ASSAULT", "primitive", "GBRCVL")]
    # an accident names no victims of anyone's act
    accident = "55 people were killed when a bus plunged into a ravine in Nepal on Monday."
    assert not asserted(code_text(tmp_path, accident))


def test_tanks_are_the_military_and_share_a_nationality_written_before_a_coordination(tmp_path):
    events = asserted(code_text(tmp_path, "Government tanks shelled a rebel camp near Juba on Sunday."))
    assert [(e.type, e.source.agent) for e in events] == [("ASSAULT", "MIL")]
    shared = asserted(code_text(tmp_path, "Israeli helicopters and tanks shelled positions of the Palestinian "
                                          "security forces near Rafah."))
    assert {e.source.code for e in shared} == {"ISRMIL"}  # not the Palestinian tanks of the story's country
