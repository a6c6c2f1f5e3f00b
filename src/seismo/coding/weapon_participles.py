"""A weapon's firing participle is the attack the weapon makes, not a second event.

"The village was hit by a missile fired by rebel forces on Monday", "A rocket fired by Hamas militants hit Sderot":
the firing and the hit are one ASSAULT, by the participle's agent (``arguments._weapon_user``), on what was hit, on
the day told in either clause. Coded apart, the participle adds a second event with no target (or a MOBILIZE) and
keeps the day to itself; and where the hit is only possible ("villages could be struck by rockets fired by the
rebels") the participle, which hangs in the hit's argument and not under its modal, turned a warning into an
asserted attack. The participle's act is as real as the hit it names: dropping it leaves the hit's modality alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.events import Trigger
from seismo.coding.word_tables import argument_words

ATTACK_TYPES = {"ASSAULT"}  # the acts a weapon's hit is told with ("hit", "struck", "killed")
WEAPON_ROLES = {"nsubj", "pobj"}  # "a rocket fired by X hit", "hit by / with a missile fired by X"


def weapon_participle(verb: Token) -> bool:
    """'a missile fired by rebels', 'rockets launched from Gaza': a reduced passive of a firing verb on a weapon."""
    words = argument_words()
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in words.firing_verbs \
        and verb.head.lemma_.lower() in words.weapon_nouns


def struck_with(verb: Token) -> Token | None:
    """The verb whose hit a firing participle's weapon makes: the weapon as its subject, its passive agent or its
    'with' instrument; None where the weapon has another role ('seized rockets fired by ...')."""
    weapon = verb.head
    if weapon.dep_ not in WEAPON_ROLES:
        return None
    if weapon.dep_ == "nsubj":
        return weapon.head if weapon.head.pos_ == "VERB" else None
    link = weapon.head
    if link.dep_ == "agent" or (link.dep_ == "prep" and link.lower_ == "with"):
        return link.head if link.head.pos_ == "VERB" else None
    return None


def weapon_agent(by: Token) -> bool:
    """'hit by a missile fired by rebels on Monday': a passive's by-phrase that holds a fired weapon is no deadline
    ('by Monday'); a day inside the firing participle is the hit's day."""
    if by.dep_ != "agent":
        return False
    return any(weapon_participle(c) for g in children_with(by, ("pobj",)) for c in g.children)


def drop_weapon_participles(triggers: list[Trigger]) -> list[Trigger]:
    """The triggers less the firing participles whose weapon makes another trigger's attack."""
    attacks = {t.verb.i for t in triggers if not t.noun and t.type in ATTACK_TYPES}
    return [t for t in triggers if not (not t.noun and t.verb.i == t.word.i and weapon_participle(t.verb)
                                        and (hit := struck_with(t.verb)) is not None and hit.i in attacks)]
