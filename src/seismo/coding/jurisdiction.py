"""People of the jurisdiction: a person the knowledge base does not know, whom a state's courts, police or
security services act on, or whom its government pardons or sentences, is one of that state's people
('Judge X sentenced Ohio man James Fields': USACVL). Only for names the parser reads as persons and the text
gives no country for; a named person is a civilian unless the text says more (annotation guide: CVL)."""

from __future__ import annotations

from dataclasses import dataclass

from seismo.coding.actors import UNKNOWN_NAME
from seismo.coding.events import Trigger
from seismo.coding.lexicon import word_list, word_sets
from seismo.models import Actor


@dataclass(frozen=True)
class JurisdictionRules:
    enforcers: frozenset[str]
    legal_acts: frozenset[str]


@word_list
def _rules() -> JurisdictionRules:
    """jurisdiction.yaml, read like every other word list (a malformed file is the one-line C001)."""
    _, (enforcers, legal_acts) = word_sets("jurisdiction.yaml", ("enforcers", "legal_acts"))
    return JurisdictionRules(enforcers, legal_acts)


def _person(actor: Actor, trigger: Trigger) -> bool:
    return any(ent.label_ == "PERSON" and ent.text in actor.name for ent in trigger.verb.sent.ents)


def of_jurisdiction(actor: Actor, trigger: Trigger, sources: list[Actor]) -> Actor:
    """The actor as one of the acting state's people, when it is an unknown person under that state's law."""
    if actor.code or actor.country or actor.igo or actor.agent or actor.reason != UNKNOWN_NAME or not sources:
        return actor
    source, rules = sources[0], _rules()
    if source.igo or not source.country:
        return actor
    legal = trigger.word.lemma_.lower() in rules.legal_acts and source.agent in ("GOV", "JUD")
    if not (source.agent in rules.enforcers or legal) or not _person(actor, trigger):
        return actor
    return actor.model_copy(update={
        "country": source.country, "agent": "CVL", "code": f"{source.country}CVL",
        "reason": f"a person the knowledge base does not know; country {source.country}: under the jurisdiction "
                  f"of '{source.name}' ({trigger.word.text})",
    })
