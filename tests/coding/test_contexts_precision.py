"""Context rules of issue 16's fifth pass (lane ctx2): a cue or rule's conditions sharpened by the manual's own
definition, so that it says less where it was wrong. Docs are built with a blank English tokenizer and a
sentencizer (no model); the events are made by hand. Every sentence is invented.
"""

from __future__ import annotations

import spacy

from seismo.coding.context_rules import load_contexts
from seismo.coding.contexts import assign_contexts
from seismo.models import Actor, Event, Evidence

NLP = spacy.blank("en")
NLP.add_pipe("sentencizer")
RULES = load_contexts()


def actor(country: str, sector: str | None = None) -> Actor:
    return Actor(name=f"{country} {sector}", code=f"{country}{sector or ''}", country=country, agent=sector)


def on(text: str, type_: str, mode: str | None = None, source: Actor | None = None,
       target: Actor | None = None) -> list[str]:  # fmt: skip
    made = Event(event_id="e0", doc_id="d", type=type_, mode=mode, source=source, target=target,
                 evidence=Evidence(sentence=text, start=0, end=len(text)))  # fmt: skip
    return assign_contexts([made], NLP(text), RULES)[0].contexts


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
