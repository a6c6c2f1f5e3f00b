"""Context rules of issue 16's fifth pass (lane ctx2): a cue or rule's conditions sharpened by the manual's own
definition, so that it says less where it was wrong. Docs are built with a blank English tokenizer and a
sentencizer (no model); the events are made by hand. Every sentence is invented.
"""

from __future__ import annotations

from context_helpers import NLP, RULES, actor, on

from seismo.coding.contexts import text_contexts


def test_police_or_paramilitaries_deployed_by_a_government_are_no_military() -> None:
    """"excluding paramilitary or militia organizations, law enforcement" (the manual's table): what the
    sentence says is deployed decides, not only who deploys it."""
    gov = actor("RUR", "GOV")
    assert "military" not in on("The interior ministry deployed 5,000 police officers in the capital.", "MOBILIZE",
                                "troops", gov)  # fmt: skip
    assert "military" not in on("The governor ordered patrols by police and paramilitary troops.", "MOBILIZE",
                                "troops", gov)  # fmt: skip
    assert "military" not in on("The government sent gendarmes to the northern towns.", "MOBILIZE", "troops", gov)
    assert "military" not in on("The ministry armed a militia in the hills.", "MOBILIZE", "weapons", gov)
    assert "military" in on("The government sent 2,000 men to the northern towns.", "MOBILIZE", "troops", gov)
    assert "military" in on("The government sent troops and police to the northern towns.", "MOBILIZE", "troops",
                            gov)  # fmt: skip


def test_police_named_as_reporters_do_not_stop_a_deployment_being_military() -> None:
    gov = actor("RUR", "GOV")
    assert "military" in on("The government sent 2,000 men to the border, police said.", "MOBILIZE", "troops", gov)


def contexts_of(text: str) -> set[str]:

    return text_contexts(NLP(text), RULES)


def test_law_in_martial_law_or_law_enforcement_is_no_legal_matter() -> None:
    """The manual's legal is "courts and judiciary; national and international law": martial law imposed is
    pro_autocracy, law enforcement the police; a court or a statute still says legal."""
    gov = actor("RUR", "GOV")
    imposed = on("The president imposed martial law in the south on Sunday.", "COERCE", "martial-law", gov)
    assert "legal" not in imposed and "pro_autocracy" in imposed
    assert "legal" in on("The president lifted martial law in the south on Sunday.", "CONCEDE", None, gov)
    assert "legal" not in contexts_of("Law enforcement officers detained twelve people in the capital.")
    assert "legal" not in contexts_of("The governor vowed to restore law and order in the province.")
    assert "legal" in contexts_of("Parliament passed a law on the status of the province.")


def test_a_heavy_price_to_pay_is_a_threat_not_an_economic_matter() -> None:
    assert "economic" not in contexts_of("The militia warned that Ruritania would pay a heavy price for the raid.")
    assert "economic" not in contexts_of("The minister said the rebels would pay the price for the killings.")
    assert "economic" in contexts_of("Farmers protested against the price of fuel.")


def test_clerics_and_tribal_elders_are_who_acts_and_tribal_areas_a_place() -> None:
    """As with a religious leader (the existing `not:` sense), a cleric or a tribe's elders named as the actor
    are who acts; "the tribal areas" is a place's name. A tribal or sectarian conflict still is the topic."""
    assert "religion_ethnicity" not in contexts_of("Shiite cleric Ali Hamdan urged his followers to end the fighting.")
    assert "religion_ethnicity" not in contexts_of("Tribal elders met the governor to discuss the hostages.")
    assert "religion_ethnicity" not in contexts_of("A drone killed four militants in the tribal areas on Monday.")
    assert "religion_ethnicity" in contexts_of("Tribal clashes over grazing land killed nine people.")
    assert "religion_ethnicity" in contexts_of("The attack on the church was condemned by the government.")


def test_other_senses_of_arms_rockets_candidates_relations_shelter_and_independence() -> None:
    assert "military" not in contexts_of("Food prices rocketed in the capital on Monday.")
    assert "military" not in contexts_of("The village welcomed the returning families with open arms.")
    assert "military" not in contexts_of("Students linked arms in front of the ministry.")
    assert "military" in contexts_of("Militants fired two rockets at the town.")
    assert "election" not in contexts_of("Ruritania, a candidate for EU membership, rejected the report.")
    assert "election" not in contexts_of("The council put off voting on the resolution until Friday.")
    assert "election" in contexts_of("The candidate conceded defeat on Sunday.")
    assert "diplomatic" not in contexts_of("The ministry hired a public relations firm.")
    assert "diplomatic" not in contexts_of("Police held two men suspected of ties to the bombers.")
    assert "diplomatic" in contexts_of("The two states restored relations on Monday.")
    assert "human_security" not in contexts_of("Villagers took shelter in the school as the fighting raged.")
    assert "human_security" in contexts_of("The agency built shelters for the homeless families.")
    assert "territory" not in contexts_of("The country buried its independence hero on Sunday.")


def test_the_atomic_energy_agencys_energy_and_a_uranium_programme_are_no_natural_resource() -> None:
    """The manual's natural_resource is "extraction, management, disputes, depletion, consumption, pricing, and
    trade"; the IAEA's name and a uranium-based programme are about nuclear weapons (cbrn)."""
    agency = contexts_of("Ruritania expelled inspectors of the International Atomic Energy Agency on Monday.")
    assert "natural_resource" not in agency and "cbrn" in agency
    assert "natural_resource" not in contexts_of("Officials said Ruritania had a uranium-based program.")
    assert "natural_resource" in contexts_of("The two states signed a deal on energy supplies.")
    assert "natural_resource" in contexts_of("The company will mine uranium in the north.")


def test_humanitarian_workers_are_who_not_access_to_food_or_housing() -> None:
    """The manual's human_security is "the protection of ... access to water, food, housing, energy": aid
    workers named (abducted, pulled out) are who, as a religious leader is; the aid they bring still counts."""
    assert "human_security" not in contexts_of("Gunmen abducted two humanitarian workers near the border.")
    assert "human_security" not in contexts_of("The agency will withdraw its humanitarian workers from the north.")
    assert "human_security" in contexts_of("The rebels blocked humanitarian aid to the besieged town.")


def test_trips_suspects_factions_chairs_and_pay_talks_hold_no_cue() -> None:
    assert "migration" not in contexts_of("The president will return home on Friday after a visit to Ostmark.")
    assert "migration" not in contexts_of("Police shot two suspects fleeing the scene.")
    assert "migration" in contexts_of("The refugees will return home next month.")
    assert "territory" not in contexts_of("A breakaway faction of the movement claimed the attack.")
    assert "territory" in contexts_of("The breakaway province held a referendum.")
    assert "executive" not in contexts_of("Ruritania took over the rotating presidency of the European Union.")
    assert "executive" not in contexts_of("The UN-appointed envoy met the rebels on Monday.")
    assert "executive" in contexts_of("The president appointed a new defence minister.")
    assert "diplomatic" not in contexts_of("Union leaders walked out of wage talks with the employers.")
    assert "diplomatic" in contexts_of("The two governments resumed talks on Monday.")
