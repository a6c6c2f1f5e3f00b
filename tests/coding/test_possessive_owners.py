"""The tokens whose subtree holds a possessive pronoun, read once per document (``coding.actors``): the same
answer as walking each mention's subtree, on hand-built parses (projective or not)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from seismo.coding.sector_countries import POSSESSIVE_PRONOUNS, _possessive_owners

VOCAB = spacy.blank("en").vocab


def _walked(doc: Doc) -> set[int]:
    return {t.i for t in doc if any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in t.subtree)}


def test_owners_are_the_pronoun_and_its_heads() -> None:
    # "The rebels said their fighters seized the depot near its gate ."
    words = ["The", "rebels", "said", "their", "fighters", "seized", "the", "depot", "near", "its", "gate", "."]
    heads = [1, 2, 2, 4, 5, 2, 7, 5, 7, 10, 8, 2]
    deps = ["det", "nsubj", "ROOT", "poss", "nsubj", "ccomp", "det", "dobj", "prep", "poss", "pobj", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    assert set(_possessive_owners(doc)) == _walked(doc) == {3, 4, 5, 2, 9, 10, 8, 7}


def test_a_possessive_noun_or_a_pronoun_outside_the_list_owns_nothing() -> None:
    # "Mariam 's brother met our envoy ." ("'s" is a case marker, "our" is no third-person possessive)
    words = ["Mariam", "'s", "brother", "met", "our", "envoy", "."]
    heads = [2, 0, 3, 3, 5, 3, 3]
    deps = ["poss", "case", "nsubj", "ROOT", "poss", "dobj", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    assert set(_possessive_owners(doc)) == _walked(doc) == set()


def test_a_non_projective_arc_gives_what_the_subtree_gives() -> None:
    # "Officials arrived yesterday who said their unit left ." (the relative clause hangs on "Officials")
    words = ["Officials", "arrived", "yesterday", "who", "said", "their", "unit", "left", "."]
    heads = [1, 1, 1, 4, 0, 6, 7, 4, 1]
    deps = ["nsubj", "ROOT", "npadvmod", "nsubj", "relcl", "poss", "nsubj", "ccomp", "punct"]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps)
    assert set(_possessive_owners(doc)) == _walked(doc) == {5, 6, 7, 4, 0, 1}
