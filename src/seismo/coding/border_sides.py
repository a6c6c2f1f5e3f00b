"""The neighbour a force faces across a border: 'Russia massed troops on its border with Ukraine', 'China
deployed troops near its frontier with India', 'held drills along the border with Georgia'.

PLOVER MOBILIZE is a show of force aimed at someone; a border's with-phrase names who is on the other side, so
forces moved or gathered at that border face that state (as 'near the Ukrainian border' already does through the
place: ``recipients.place_target``). The place phrase may hang on the verb, on the force moved ('troops on its
border', as the small parser reads it) or behind 'close to'/'next to'. Only a second-choice target: a named
object or against-phrase comes first (``targets.governed_target_tokens``). The border's place is left as it is:
the forces stand on their own side of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.arguments import prep_objects
from seismo.coding.events import Trigger
from seismo.coding.verb_roles import direct_object
from seismo.coding.word_tables import place_nouns

FACING_TYPES = frozenset({"MOBILIZE"})
PLACE_PREPS = ("on", "along", "near", "at", "to", "toward", "towards", "across", "by", "alongside", "onto")
NEARNESS_WORDS = frozenset({"close", "next", "near"})  # "close to its border with Ukraine"


def faced_neighbours(trigger: Trigger) -> list[Token]:
    """The with-phrase objects of the border nouns a MOBILIZE's place phrase names (module docstring)."""
    if trigger.type not in FACING_TYPES:
        return []
    verb = trigger.verb
    holders = [verb, direct_object(verb), trigger.word if trigger.noun else None]
    borders = [b for h in holders if h is not None for b in _place_objects(h)
               if b.lemma_.lower() in place_nouns().border_nouns]
    return [n for b in borders for n in prep_objects(b, ("with",))]


def _place_objects(head: Token) -> list[Token]:
    """The objects of the head's place phrases, also behind 'close to' / 'next to'."""
    out = prep_objects(head, PLACE_PREPS)
    for child in head.children:
        if child.lower_ in NEARNESS_WORDS and child.dep_ in ("advmod", "amod", "advcl", "acomp"):
            out.extend(prep_objects(child, ("to",)))
    return out
