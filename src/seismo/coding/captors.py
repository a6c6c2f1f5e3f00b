"""Whom a call for someone's release is aimed at: 'soldiers detained the president ... Guterres called for the release
of Keïta' asks the soldiers, not Keïta.

A request whose object is a release ('the release of X', 'X's release', 'freedom') of people the story told were
detained, abducted or held by someone earlier is aimed at that captor; the people released are whom it is for. With
no capture told, the request keeps the targets its clause gives.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.events import Trigger
from seismo.coding.mention_memory import because
from seismo.coding.merge import actor_key
from seismo.coding.verb_roles import direct_object
from seismo.models import Actor, Event

RELEASE_NOUNS = frozenset({"release", "freedom", "freeing", "liberation", "return"})
CAPTURE_MODES = frozenset({"arrest", "abduct", "seize"})

Pair = tuple[Actor | None, Actor | None]


def captor_targets(trigger: Trigger, pairs: list[Pair], told: list[Event]) -> list[Pair]:
    """The pairs, each aimed at the captor of the people whose release the request asks for, when one was told."""
    if trigger.type != "REQUEST" or trigger.noun or not _asks_release(trigger.verb):
        return pairs
    out: list[Pair] = []
    for source, target in pairs:
        captor = _captor(target, told) if target is not None else None
        out.append((source, captor if captor is not None else target))
    return out


def _asks_release(verb: Token) -> bool:
    """'called for the release of', 'demanded his release', 'urged ... to secure the freedom of'."""
    obj = direct_object(verb)
    things = [obj] if obj is not None else []
    things += [g for c in children_with(verb, ("prep",)) if c.lower_ == "for" for g in c.children
               if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in RELEASE_NOUNS for t in things)


def _captor(held: Actor, told: list[Event]) -> Actor | None:
    """The source of the latest capture told of the held party, when it is another party."""
    for event in reversed(told):
        if event.mode in CAPTURE_MODES and event.target is not None and event.source is not None \
                and _same(event.target, held) and actor_key(event.source) != actor_key(held):
            return because(event.source, f"{event.source.reason}; the captor of {held.name}, whose release is asked "
                                          f"for: '{event.trigger}' told before")
    return None


def _same(a: Actor, b: Actor) -> bool:
    """One party written twice: one name inside the other ('Keïta', 'President Ibrahim Boubacar Keïta')."""
    x, y = a.name.lower(), b.name.lower()
    return x in y or y in x
