"""Who did the act a judgement names: 'praised Uganda for releasing two journalists', 'Turkey was criticised for
expelling ten diplomats', 'condemned Togo for arresting three journalists'.

A verb that judges or credits someone (``judging_verbs`` in arguments.yaml) names, in a for-gerund, an act of
the one it is aimed at: its object, or its passive subject. That act is the second event of the sentence, and its
doer is that person or group, not the one who judges (the gerund's own clause has no subject, so the usual
reading climbs to the judging verb's subject and gets the judge). ``arguments.subject_of`` asks here first for a
gerund. Punishments ("arrested for insulting the president") and allegations ("accused of", "suspected of") are
left out: what they name is a charge, not an act the sentence tells.
"""

from __future__ import annotations

from spacy.tokens import Token

from seismo.coding.word_tables import argument_words

JUDGED_PREPS = {"for"}


def judging_verb(gerund: Token) -> Token | None:
    """The judging verb whose object (or passive subject) did the act ``gerund`` names; None when the gerund is
    not the for-complement of such a verb (a gerund's own subject, 'for its troops releasing them', is read
    before this is asked)."""
    prep = gerund.head
    if gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or prep.lower_ not in JUDGED_PREPS or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in argument_words().judging_verbs:
        return None
    return verb
