"""Context rules of issue 16's sixth pass (lane contexts): law enforcement and the names of institutions read by
the manual's definitions. Docs are built with a blank English tokenizer and a sentencizer (no model); the
events are made by hand. Every sentence is invented.
"""

from __future__ import annotations

from context_helpers import NLP, RULES, actor, on

from seismo.coding.context_rules import load_contexts
from seismo.coding.contexts import assign_contexts, text_contexts
from seismo.models import Event, Evidence


def test_a_gunman_giving_himself_up_is_no_military() -> None:
    """Laying down arms stays military whoever does it (CAMEO2PLOVER-2021), rebels too; a gunman or a criminal
    who surrenders to the police is law enforcement, which the manual's military excludes."""
    gunman, police = actor("ZMB", "UAF"), actor("ZMB", "COP")
    assert "military" not in on("The gunman surrendered to police in Lusaka on Friday.", "RETREAT", "disarm",
                                gunman, police)  # fmt: skip
    assert "military" not in on("The robber gave himself up on Friday.", "RETREAT", "disarm", actor("ZMB", "CRM"))
    rebels, army = actor("COL", "REB"), actor("COL", "MIL")
    assert "military" in on("Forty rebels laid down their arms in Cali on Friday.", "RETREAT", "disarm", rebels, army)
    assert "military" in on("The fighters surrendered on Friday.", "RETREAT", "disarm")  # who: unknown


def test_arresting_a_suspect_is_no_repression() -> None:
    """Force against "alleged criminals" is repression only when excessive or their guilt is disputed (the
    manual): police arresting a named suspect is no repression; arresting protesters or journalists is."""
    police, people = actor("PER", "COP"), actor("PER", "CVL")
    assert "repression" not in on("Police arrested two suspects in Arequipa on Monday.", "COERCE", "arrest",
                                  police, people)  # fmt: skip
    assert "repression" not in on("Police arrested the gunman after a chase.", "COERCE", "arrest", police, people)
    assert "repression" in on("Police arrested 200 protesters in Arequipa on Monday.", "COERCE", "arrest",
                              police, people)  # fmt: skip
    assert "repression" in on("Police arrested three reporters in Lima.", "COERCE", "arrest", police,
                              actor("PER", "JRN"))  # fmt: skip


def test_foreign_or_government_forces_are_military() -> None:
    """A state's armed forces named by whose they are; "forces" alone may be rebels' or the police's."""
    assert "military" in text_contexts(NLP("The movement wants foreign forces to leave the country."), RULES)
    assert "military" in text_contexts(NLP("Government forces retook the town on Sunday."), RULES)
    assert "military" in text_contexts(NLP("Coalition forces entered the port."), RULES)
    assert "military" not in text_contexts(NLP("Rebel forces entered the port."), RULES)


def test_emergency_rule_against_an_epidemic_or_a_disaster_is_no_autocratization() -> None:
    """The manual's political_institutions counts "declarations of states of emergency as a means to resolve
    political or institutional conflict", its pro_autocracy "authoritarian consolidation": emergency rule or a
    curfew whose sentence names an epidemic or a disaster as the cause is neither (`unless:`)."""
    gov = actor("FJI", "GOV")
    disease = on("The government declared a state of emergency to curb the spread of measles.", "COERCE",
                 "martial-law", gov)  # fmt: skip
    assert "political_institutions" not in disease and "pro_autocracy" not in disease
    quake = on("Authorities imposed a curfew in the capital after the earthquake.", "COERCE", "curfew", gov)
    assert "pro_autocracy" not in quake and "rights_freedoms" in quake  # still a restriction of movement
    ban = on("The government declared a state of emergency over the epidemic and banned gatherings.", "COERCE",
             "restrict", gov)  # fmt: skip
    assert "political_institutions" not in ban  # the `when:` rule's own `unless:`
    unrest = on("The government declared a state of emergency after weeks of protests.", "COERCE", "martial-law",
                gov)  # fmt: skip
    assert {"political_institutions", "pro_autocracy"} <= set(unrest)
    assert "pro_autocracy" in on("Authorities imposed a curfew after clashes.", "COERCE", "curfew", gov)
    assert "political_institutions" in on("The opposition protested the state of emergency.", "PROTEST", "demo")


def test_a_when_rules_unless_cues_add_up_from_a_users_file(tmp_path) -> None:
    """A user's `when:` rule may carry its own `unless:`; the bundled rules keep theirs."""
    extra = tmp_path / "mine.yaml"
    extra.write_text("contexts:\n  environment:\n    when:\n      - types: [PROTEST]\n        cues: [pipeline]\n"
                     "        unless: [pay]\n")  # fmt: skip
    rules = load_contexts([extra])
    made = Event(event_id="e0", doc_id="d", type="PROTEST", mode="demo",
                 evidence=Evidence(sentence="x", start=0, end=1))  # fmt: skip
    text = "Villagers marched against the pipeline."
    assert "environment" in assign_contexts([made], NLP(text), rules)[0].contexts
    text = "Pipeline workers marched over pay."
    assert "environment" not in assign_contexts([made.model_copy()], NLP(text), rules)[0].contexts


def test_other_senses_of_resources_and_housing() -> None:
    """The manual's natural_resource names kinds of resources (minerals, fuels, water, ...): the means of an
    office or a campaign are none; "housing" as a verb (a base holding troops) is no access to housing."""
    assert "natural_resource" not in text_contexts(NLP("The agency gave the team access to transition resources."),
                                                   RULES)  # fmt: skip
    assert "natural_resource" not in text_contexts(NLP("Donors pledged greater financial resources."), RULES)
    assert "natural_resource" in text_contexts(NLP("The region's natural resources were nationalised."), RULES)
    assert "natural_resource" in text_contexts(NLP("The resource-rich province voted."), RULES)
    assert "human_security" not in text_contexts(NLP("Rockets hit an air base housing foreign troops."), RULES)
    assert "human_security" in text_contexts(NLP("The storm left thousands without housing."), RULES)


def test_arrested_on_suspicion_of_a_crime_is_no_repression() -> None:
    police, man = actor("GBR", "COP"), actor("GBR", "CVL")
    assert "repression" not in on("A man was arrested by police on suspicion of murder.", "COERCE", "arrest",
                                  police, man)  # fmt: skip
