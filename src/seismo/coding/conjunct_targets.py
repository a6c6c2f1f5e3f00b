"""Whom a coordinated act is aimed at when it names no one: 'Pakistan expelled India's envoy and suspended trade',
'Pakistan condemned India and recalled its ambassador'.

A material act coordinated after another, sharing its subject, that names no target of its own (or only the subject's
own people: 'its ambassador') acts on the first verb's target, when both acts take one side (both hostile or both
friendly, by the types' quad classes). A first act aimed at the subject's own country lends nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import has_child
from seismo.coding.events import Trigger
from seismo.coding.lexicon import Lexicon
from seismo.coding.mention_memory import because
from seismo.coding.verb_roles import direct_object
from seismo.models import Actor, Event

OWN_POSSESSIVES = frozenset({"its", "their", "his", "her"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl"})
FRIENDLY_QUADS = frozenset({1, 2})
MATERIAL_QUADS = frozenset({2, 4})  # acts on things: 'suspended trade', 'recalled its ambassador'

Pair = tuple[Actor | None, Actor | None]


def shared_target(trigger: Trigger, pairs: list[Pair], told: list[Event], lexicon: Lexicon) -> list[Pair]:
    """The pairs, each aimed at the coordinated first act's target where the trigger names none of its own."""
    verb = trigger.verb
    if trigger.noun or verb.dep_ != "conj" or has_child(verb, SUBJECT_DEPS) \
            or lexicon.types[trigger.type].quad not in MATERIAL_QUADS:  # 'urged Western allies': a verbal act's
        return pairs  # object is its addressee, whether or not it is read as an actor
    if any(target is not None and not _own_people(verb, source, target) for source, target in pairs):
        return pairs
    friendly = lexicon.types[trigger.type].quad in FRIENDLY_QUADS
    first = next((e for e in told if e.trigger == verb.head.text and e.source is not None and e.target is not None
                  and e.target.country and e.target.country != e.source.country
                  and (lexicon.types[e.type].quad in FRIENDLY_QUADS) == friendly), None)
    if first is None or first.target is None:
        return pairs
    aimed = because(first.target, f"{first.target.reason}; the target of '{verb.head.text}', which '{verb.text}' "
                                  "is coordinated with")
    return [(source, aimed) for source, _ in pairs]


def _own_people(verb: Token, source: Actor | None, target: Actor) -> bool:
    """'recalled its ambassador': the subject's own people, named by a possessive on the object, are no target."""
    obj = direct_object(verb)
    return source is not None and target.country == source.country and obj is not None \
        and any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in obj.children)
