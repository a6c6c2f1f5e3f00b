"""Who did the act a judgement names: 'praised Uganda for releasing two journalists', 'Turkey was criticised for
expelling ten diplomats', 'condemned Togo for arresting three journalists'.

A verb that judges or credits someone (``judging_verbs`` in arguments.yaml) names, in a for-gerund, an act of
the one it is aimed at: its object, or its passive subject. That act is the second event of the sentence, and its
doer is that person or group, not the one who judges (the gerund's own clause has no subject, so the usual
reading climbs to the judging verb's subject and gets the judge). ``arguments.subject_of`` asks here first for a
gerund. An allegation ("accused Uganda of backing rebels", ``alleging_verbs``) names the accused's act too, a
hypothetical one (docs/coding.md): only an active one, whose act the coder already reads (with the accuser as its
doer); a passive one ("suspected by the West of blowing up a plane") is left as it was, with no doer. Advice
against an act ("cautioned Israel against annexing", ``dissuading_verbs``) names an act of the one advised, active
or passive. Punishments ("arrested for insulting the president") are left out: what they name is a charge, not an
act the sentence tells.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.doc_words import has_child
from seismo.coding.word_tables import argument_words

JUDGED_PREPS = {"for"}
ALLEGED_PREPS = {"of", "for"}
DISSUADED_PREPS = {"against"}
OBJECT_DEPS = {"dobj", "obj"}  # an allegation's own object, not a passive's subject


def judging_verb(gerund: Token) -> Token | None:
    """The judging verb whose object (or passive subject) did the act ``gerund`` names; None when the gerund is
    not the for-complement of such a verb (a gerund's own subject, 'for its troops releasing them', is read
    before this is asked)."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.dep_ != "prep":
        return None
    verb, words = prep.head, argument_words()
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in words.judging_verbs and prep.lower_ in JUDGED_PREPS:
        return verb
    if (
        lemma in words.alleging_verbs
        and prep.lower_ in ALLEGED_PREPS
        and has_child(verb, OBJECT_DEPS)
    ):
        return verb  # "accused Uganda of backing rebels"; not "were accused of", "nationals suspected of"
    if lemma in words.dissuading_verbs and prep.lower_ in DISSUADED_PREPS:
        return verb  # "cautioned Israel against annexing", "Israel was warned against annexing"
    return None
