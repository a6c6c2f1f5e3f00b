"""A place described by who holds it is no act (issue 13): 'the territory occupied by Russia', 'the Golan Heights,
which belonged to Syria and was occupied by Israel'.

Wire copy names who holds a place to say where something happened or whose it is; the participle tells a standing
state, not an occupation done on the story's day. Only a participle of a holding verb (``holding_participles`` in
modality.yaml) that modifies a noun, or a passive in a relative clause (or a conjunct of one), and only with no
date in its own clause: 'Crimea, which was occupied by Russia in 2014' and 'Russia occupied Crimea' stay acts.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import has_child
from seismo.coding.lexicon import Lexicon

DESCRIBING_DEPS = {"acl", "relcl"}  # a clause that says what a noun is


def describes_holding(verb: Token, lexicon: Lexicon) -> bool:
    """Whether ``verb`` is a holding participle that describes a noun ('the territory occupied by Russia')."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in lexicon.cue("holding_participles"):
        return False
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:  # "which belonged to Syria and was occupied"
        clause = clause.head
    if clause.dep_ not in DESCRIBING_DEPS:
        return False
    return verb.dep_ == "acl" or has_child(verb, ("auxpass",))
