"""Probe lane l: events named by nouns inside long wire sentences.

Invented sentences, each for a general mechanism: an attack noun as the subject of a result verb ("the raid left
nine people dead", "a crackdown left dozens injured") is the harm's doer; a nationality the parser hangs on the
weapon word before an attack noun ("a Russian missile strike") is the noun's own source; an adjective the parser
makes the subject ("Heavy shelling by ... left ...") hands the subject to the -ing noun under it.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def test_a_raid_that_left_people_dead_is_an_assault_by_the_raiders(code):
    events = asserted(code("The Israeli raid on the Jenin refugee camp left nine Palestinians dead, the health "
                           "ministry said."), "ASSAULT")
    assert ("ISRMIL", "PSECVL") in dyad_codes(events)


def test_a_crackdown_that_left_dozens_injured_is_an_assault_by_the_police(code):
    events = asserted(code("A police crackdown on protesters in Minsk left dozens injured on Sunday."), "ASSAULT")
    assert {e.source.code for e in events if e.source} == {"BLRCOP"}


def test_a_nationality_on_the_weapon_word_is_the_strikes_source(code):
    events = asserted(code("A Russian missile strike on an apartment block in Dnipro left 45 people dead, "
                           "Ukrainian officials said."), "ASSAULT")
    assert {e.source.code for e in events if e.source} == {"RUSMIL"}


def test_heavy_shelling_misparsed_under_its_adjective_is_the_subject(code):
    events = asserted(code("Heavy shelling by Russian forces left 12 civilians dead in Kharkiv on Monday."),
                      "ASSAULT")
    assert any(e.source and e.source.code == "RUSMIL" and e.target and e.target.agent == "CVL" for e in events)


def test_a_deal_left_dead_in_the_water_harms_no_one(code):
    events = code("The Kremlin's demands left the peace talks dead in the water.")
    assert not asserted(events, "ASSAULT")


def test_a_storm_that_left_people_dead_is_no_assault(code):
    assert not asserted(code("Heavy rain left 12 people dead in Kerala on Monday."), "ASSAULT")


def test_a_nationality_beside_a_sector_noun_is_one_actor(code):
    events = asserted(code("Three al-Shabaab fighters were killed in a Kenyan army attack near the Somali "
                           "border."), "ASSAULT")
    assert [e.source.code if e.source else None for e in events] == ["KENMIL"]


def test_a_sentence_handed_down_to_someone_is_a_conviction_of_them(code):
    events = asserted(code("A court in Moscow handed down a ten-year sentence to opposition leader Alexei Navalny "
                           "on Tuesday."), "SANCTION")
    assert [(e.source.code if e.source else None, e.target.country if e.target else None) for e in events] \
        == [("RUSJUD", "RUS")]


def test_a_jail_term_as_the_second_object_is_a_conviction(code):
    events = asserted(code("A Tehran court handed the Iranian journalist a five-year jail term on Monday."),
                      "SANCTION")
    assert dyad_codes(events) == {("IRNJUD", "IRNMED")}


def test_a_sentence_asked_for_is_no_conviction(code):
    events = code("Prosecutors asked the court to hand down a 20-year sentence to the former president.")
    assert not asserted(events, "SANCTION")


def test_aid_cut_to_a_group_targets_the_group(code):
    events = asserted(code("The United Nations on Tuesday reduced food supplies to Cambodian refugees in "
                           "Thailand."), "SANCTION")
    assert {e.target.country for e in events if e.target} == {"KHM"}


def test_a_coalition_named_by_its_leader_acts_as_the_leaders_forces(code):
    events = asserted(code("The Saudi-led coalition carried out airstrikes against Houthi positions in Hodeidah on "
                           "Friday."), "ASSAULT")
    assert dyad_codes(events) == {("SAUMIL", "YEMREB")}


def test_a_led_coalition_beside_an_attack_noun_is_its_source(code):
    events = asserted(code("A US-led coalition airstrike killed 12 civilians in Mosul on Sunday."), "ASSAULT")
    assert {e.source.code for e in events if e.source} == {"USAMIL"}


def test_a_coalition_led_by_a_state_is_that_states(code):
    events = asserted(code("The coalition led by Saudi Arabia bombed the Houthis in Sanaa."), "ASSAULT")
    assert {e.source.code for e in events if e.source} == {"SAUMIL"}


def test_a_bare_coalition_is_still_no_actor(code):
    assert not asserted(code("The coalition bombed Houthi positions in Sanaa on Friday."), "ASSAULT")


def test_a_raid_that_killed_nobody_is_no_asserted_assault(code):
    assert not asserted(code("The raid by Turkish police killed nobody, officials said."), "ASSAULT")


def test_a_raid_that_left_no_one_injured_is_no_asserted_assault(code):
    assert not asserted(code("The Israeli raid left no one injured, officials said."), "ASSAULT")


def test_the_kidnapping_of_people_by_a_group_is_its_abduction(code):
    events = asserted(code("The kidnapping of 276 schoolgirls by Boko Haram in Chibok drew worldwide "
                           "condemnation."), "ASSAULT")
    assert [(e.source.code if e.source else None, e.mode) for e in events] == [("NGAREB", "abduct")]


def test_a_charge_in_an_attack_makes_the_police_no_attackers(code):
    events = code("Police charged two men in the kidnapping of the businessman with abduction.")
    assert not [e for e in asserted(events, "ASSAULT") if e.source is not None]


def test_fighting_with_guerrillas_is_still_fought_by_the_clause_actor(code):
    events = asserted(code("Vietnamese forces retook a village in western Cambodia after fierce fighting with "
                           "guerrillas on Monday."), "ASSAULT")
    assert any(e.source and e.source.country == "VNM" and e.trigger == "fighting" for e in events)


def test_which_after_a_place_stands_for_the_event_noun_the_phrase_leads_back_to(code):
    events = asserted(code("The Pakistani Taliban claimed responsibility for a suicide bombing at a mosque inside a "
                           "police compound in Peshawar, which killed 84 people, mostly policemen."), "ASSAULT")
    assert {e.source.code for e in events if e.source} == {"PAKREB"}


def test_which_after_a_light_verbs_event_is_done_by_the_verbs_subject(code):
    events = asserted(code("Russia carried out a missile strike on a shopping centre in Kremenchuk, which killed 20 "
                           "people."), "ASSAULT")
    assert {e.source.code for e in events if e.source} == {"RUSMIL"}


def test_a_wedding_party_is_civilians_not_a_political_party(code):
    events = asserted(code("A Saudi-led coalition airstrike on a wedding party in Hajjah province killed at least 23 "
                           "people on Tuesday."), "ASSAULT")
    assert {e.target.agent for e in events if e.target} == {"CVL"}
