"""Lane probe-ad, invented wire copy on peace processes (Donbas, Nagorno-Karabakh, Gaza, Yemen, Afghanistan 2014-2020):
a ceasefire that takes effect is implemented (RETREAT ceasefire), not declared again (CONCEDE); a side that leaves
peace talks withdraws from a mediation (SANCTION withdraw), not a military retreat."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_ceasefire_that_took_effect_is_implemented_between_its_sides(tmp_path):
    text = "A ceasefire between Armenia and Azerbaijan took effect at midnight on Saturday."
    events = asserted(code_text(tmp_path, text))
    assert [(e.type, e.mode, e.source.country, e.target.country) for e in events] == [
        ("RETREAT", "ceasefire", "ARM", "AZE")]


def test_truce_that_came_into_force_is_implemented(tmp_path):
    events = asserted(code_text(tmp_path, "The truce between Israel and Hamas came into force on Tuesday."))
    assert [(e.type, e.mode) for e in events] == [("RETREAT", "ceasefire")]


def test_ceasefire_expected_to_take_effect_is_no_asserted_event(tmp_path):
    text = "A ceasefire between Armenia and Azerbaijan is expected to take effect on Saturday."
    assert not asserted(code_text(tmp_path, text))


def test_strike_that_began_keeps_its_own_reading(tmp_path):
    """Only nouns that read 'take effect' opt into the in-force verbs: 'the strike began' is not a ceasefire."""
    events = code_text(tmp_path, "A strike by Kenyan doctors began on Monday.")
    assert not [e for e in events if e.mode == "ceasefire"]


def test_pulled_out_of_peace_talks_withdraws_from_the_mediation(tmp_path):
    text = "The ELN rebels pulled out of the peace talks with the Colombian government on Monday."
    events = asserted(code_text(tmp_path, text))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("SANCTION", "withdraw", "COLREB")]


def test_walked_out_of_negotiations_withdraws_from_the_mediation(tmp_path):
    events = asserted(code_text(tmp_path, "The Houthi delegation walked out of the negotiations in Kuwait on Monday."))
    assert [(e.type, e.mode) for e in events] == [("SANCTION", "withdraw")]


def test_troops_that_pulled_out_of_a_town_still_retreat(tmp_path):
    events = asserted(code_text(tmp_path, "Russian troops pulled out of Kherson on Friday."))
    assert [(e.type, e.mode) for e in events] == [("RETREAT", "withdraw")]


def test_separatist_forces_are_the_rebels_not_the_army(tmp_path):
    events = asserted(code_text(tmp_path, "Separatist forces shelled Ukrainian army positions near Donetsk on Monday."))
    assert [(e.type, e.source.code) for e in events] == [("ASSAULT", "UKRREB")]


def test_separatist_fighters_are_the_rebels_not_a_loose_armed_force(tmp_path):
    events = asserted(code_text(tmp_path, "Separatist fighters attacked a Ukrainian army base on Monday."))
    assert [(e.type, e.source.code) for e in events] == [("ASSAULT", "UKRREB")]


def test_prisoner_exchange_carried_out_is_a_release(tmp_path):
    text = "Armenia and Azerbaijan carried out a prisoner exchange on Monday."
    events = asserted(code_text(tmp_path, text))
    assert [(e.type, e.mode, e.source.country, e.target.country) for e in events] == [
        ("RETREAT", "release", "ARM", "AZE")]


def test_prisoner_swap_that_took_place_is_released_by_its_sides_not_by_the_prisoners(tmp_path):
    events = asserted(code_text(tmp_path, "A prisoner swap between Armenia and Azerbaijan took place on Monday."))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("RETREAT", "release", "ARM")]


def test_announced_or_proposed_prisoner_swap_is_no_release(tmp_path):
    announced = code_text(tmp_path, "Russia and Ukraine announced a prisoner swap on Monday.")
    assert [e.type for e in asserted(announced)] == ["CONCEDE"]
    proposed = code_text(tmp_path, "Russia proposed a prisoner swap on Monday.")
    assert not asserted(proposed, "RETREAT")


def test_an_exchange_of_fire_is_no_release(tmp_path):
    events = code_text(tmp_path, "Indian and Pakistani troops carried out an exchange of fire on Monday.")
    assert not [e for e in events if e.mode == "release"]


def test_negotiators_withdrawn_is_a_withdrawal_from_the_mediation(tmp_path):
    events = asserted(code_text(tmp_path, "Israel withdrew its negotiators from Cairo on Monday."))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("SANCTION", "withdraw", "ISRGOV")]


def test_mediated_between_two_sides_consults_both(tmp_path):
    events = asserted(code_text(tmp_path, "Qatar mediated between Israel and Hamas on Monday."))
    assert sorted((e.type, e.mode, e.source.code, e.target.code) for e in events) == [
        ("CONSULT", "third-party", "QATGOV", "ISRGOV"), ("CONSULT", "third-party", "QATGOV", "PSEREB")]


def test_broke_the_ceasefire_is_an_assault_on_the_day_told(tmp_path):
    events = asserted(code_text(tmp_path, "Hamas broke the ceasefire on Monday, Israel said."))
    assert [(e.type, e.source.code, str(e.date)) for e in events] == [("ASSAULT", "PSEREB", "2023-03-06")]


def test_quit_or_left_the_talks_withdraws_from_the_mediation(tmp_path):
    quit_ = asserted(code_text(tmp_path, "The Houthis quit the peace talks on Monday."))
    assert [(e.type, e.mode, e.source.code) for e in quit_] == [("SANCTION", "withdraw", "YEMREB")]
    left = asserted(code_text(tmp_path, "The Houthis left the negotiations on Monday."))
    assert [(e.type, e.mode) for e in left] == [("SANCTION", "withdraw")]
