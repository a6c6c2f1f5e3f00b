"""Context rules added in the held-out lane (issue 16): each is a manual definition read more closely.

Docs are built with a blank English tokenizer and a sentencizer (no model); the events are made by hand,
as in tests/coding/test_contexts.py. Every sentence is invented.
"""

from __future__ import annotations

from context_helpers import NLP, RULES, actor, on

from seismo.coding.contexts import text_contexts


def contexts_of(text: str) -> set[str]:
    return text_contexts(NLP(text), RULES)


def test_who_holds_the_ground_says_where_not_a_territorial_dispute() -> None:
    assert "territory" not in contexts_of("The army shelled rebel-held territory near the border.")
    assert "territory" not in contexts_of("Two patrols strayed into government-controlled territory.")
    assert "territory" in contexts_of("The two states have argued over the territory for decades.")
    assert "territory" in contexts_of("The rebels declared independence for the province.")


def test_removing_the_head_of_the_executive_is_executive() -> None:
    assert "executive" in contexts_of("Students demanded the removal of President Okonkwo.")
    assert "executive" in contexts_of("The rebels made the removal of the prime minister their first demand.")
    assert "executive" not in contexts_of("Engineers demanded the removal of the old bridge.")


def test_developmental_aid_is_economic() -> None:
    assert "economic" in contexts_of("The donors pledged developmental assistance to the region.")
    assert "economic" in contexts_of("The loan comes on top of developmental aid.")


def test_permission_to_gather_is_a_freedom_of_assembly() -> None:
    minister, party = actor("RUR", "GOV"), actor("RUR", "OPP")
    assert "rights_freedoms" in on("The minister allowed the opposition to hold a rally on Friday.", "CONCEDE",
                                   None, minister, party)  # fmt: skip
    assert "rights_freedoms" in on("Police permitted the protest march to go ahead.", "CONCEDE", None, minister,
                                   party)  # fmt: skip
    assert "rights_freedoms" not in on("She dropped out of the race in early March.", "CONCEDE", None, party)
    assert "rights_freedoms" not in on("The opposition held a rally on Friday.", "PROTEST", "demo", party, minister)
    assert "rights_freedoms" not in on("The minister agreed to raise wages.", "CONCEDE", None, minister, party)


def test_water_brought_to_people_in_need_is_human_security_not_a_resource() -> None:
    brought = contexts_of("The agencies asked for emergency water and food to reach the camps.")
    assert "human_security" in brought and "natural_resource" not in brought
    assert "human_security" in contexts_of("Convoys carried food and water to the besieged town.")
    assert "natural_resource" in contexts_of("The two states quarrel over water from the river.")


def test_workers_protesting_is_a_labour_dispute() -> None:
    workers, gov, crowd = actor("RUR", "LAB"), actor("RUR", "GOV"), actor("RUR", "CVL")
    assert "economic" in on("Steel workers blocked the main road for three hours.", "PROTEST", "obstruct",
                            workers, gov)  # fmt: skip
    assert "economic" not in on("Villagers blocked the main road for three hours.", "PROTEST", "obstruct",
                                crowd, gov)  # fmt: skip
    assert "economic" not in on("The workers met the minister.", "CONSULT", None, workers, gov)


def test_a_withdrawal_is_military_when_a_state_pulls_back() -> None:
    army, gov, land = actor("RUR", "MIL"), actor("RUR", "GOV"), actor("FRD")
    assert "military" in on("The army pulled back from the valley.", "RETREAT", "withdraw", army, land)
    assert "military" in on("The government withdrew from the valley.", "RETREAT", "withdraw", gov, land)
    assert "military" in on("Ruritania withdrew from the valley.", "RETREAT", "withdraw", actor("RUR"), land)
    rebels, un = actor("RUR", "REB"), actor("", None, igo="UNO")
    assert "military" not in on("The rebels withdrew from the town.", "RETREAT", "withdraw", rebels, land)
    assert "military" not in on("The agency will withdraw its aid workers.", "RETREAT", "withdraw", un, land)


def test_the_channel_a_message_goes_out_on_is_no_technology() -> None:
    assert "technology" not in contexts_of("The president spoke in a programme beamed by satellite to 40 countries.")
    assert "technology" not in contexts_of("The group claimed the attack in a statement posted on the internet.")
    assert "technology" in contexts_of("The agency launched a new weather satellite.")
    assert "technology" in contexts_of("The ministry pledged to bring the internet to every village.")


def test_a_channel_no_longer_keeps_two_governments_from_diplomacy() -> None:
    gov, other = actor("RUR", "GOV"), actor("FRD", "GOV")
    threat = on("The president threatened Freedonia in a speech beamed by satellite.", "THREATEN", None, gov, other)
    assert "diplomatic" in threat and "technology" not in threat


def test_troops_mobilised_are_military_unless_police_or_rebels_mobilise() -> None:
    army, police, rebels, town = actor("RUR", "MIL"), actor("RUR", "COP"), actor("RUR", "REB"), actor("RUR")
    assert "military" in on("Ruritania deployed 2,000 men to the border.", "MOBILIZE", "troops", actor("RUR"))
    assert "military" in on("Two thousand were deployed to the border.", "MOBILIZE", "troops")
    assert "military" not in on("Police deployed 5,000 officers in the capital.", "MOBILIZE", "troops", police)
    assert "military" not in on("The rebels fired drones at the airport.", "ASSAULT", "drone", rebels, town)
    assert "military" in on("The rebels fired drones at the base.", "ASSAULT", "drone", rebels, army)


def test_a_roadside_bomb_is_a_weapon_terrorism_needs_civilians_targeted() -> None:
    unknown, soldiers = actor("RUR", "UNK"), actor("RUR", "MIL")
    crowd, rebels = actor("RUR", "CVL"), actor("RUR", "REB")
    on_troops = on("A roadside bomb killed two soldiers on the highway.", "ASSAULT", "explosives", unknown, soldiers)
    assert "terrorism" not in on_troops and "military" in on_troops
    assert "terrorism" in on("A roadside bomb killed two farmers on the highway.", "ASSAULT", "explosives", rebels,
                             crowd)  # fmt: skip
    assert "terrorism" in contexts_of("A suicide bomber struck the market.")
