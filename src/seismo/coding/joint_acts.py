"""Whether an event noun that can be joint ('exercises', 'drills', 'patrols': ``joint`` in events.yaml) names an act
done together with another side.

PLOVER (MOBILIZE, potential ambiguities): "Joint military operations are coded as COOPERATE but single-country
exercises should be coded as MOBILIZE". Wire copy often says so without the word 'joint': 'India and France held
naval exercises', 'French and Egyptian warships launched war games', 'the Indian navy held exercises with the French
navy'. A single country's drill aimed at a neighbour stays MOBILIZE ('held drills near the border with Georgia').
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import children_with, has_child

JOINT_WORDS = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational"})
APART_WORDS = frozenset({"rival", "separate", "parallel", "own", "unilateral"})  # "Russia and NATO held rival drills"
SUBJECT_DEPS = ("nsubj", "nsubjpass")
NAMING_ENTS = ("GPE", "NORP", "ORG")


def done_together(noun: Token, verb: Token | None) -> bool:
    """'joint drills'; coordinated doers ('India and France held exercises', 'French and Egyptian warships');
    a partner in a with-phrase that names a side ('exercises with the French navy', not 'with live ammunition')."""
    words = {c.lower_ for c in noun.children}
    if words & APART_WORDS:
        return False
    if words & JOINT_WORDS:
        return True
    if verb is None or verb.i == noun.i:
        return False
    subjects = [c for c in children_with(verb, SUBJECT_DEPS)]
    if any(_coordinated(s) for s in subjects):
        return True
    return any(_names_side(g) for head in (verb, noun) for c in head.children
               if c.dep_ == "prep" and c.lower_ == "with" for g in children_with(c, ("pobj",)))


def _coordinated(subject: Token) -> bool:
    """'India and France', 'French and Egyptian warships': the subject or its nationality modifier has a conjunct."""
    if has_child(subject, ("conj",)):
        return True
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in NAMING_ENTS
               and any(g.dep_ == "conj" for g in c.children) for c in subject.children)


def _names_side(noun: Token) -> bool:
    """'the United States', 'Japan', 'the French navy', 'NATO forces': a country, a people or a body names a side."""
    if noun.ent_type_ in NAMING_ENTS:
        return True
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ in NAMING_ENTS for c in noun.children)
