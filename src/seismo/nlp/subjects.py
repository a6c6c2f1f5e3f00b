"""A sentence's first name that the parser hung on the verb as an adverbial noun is its subject.

'Azerbaijan massed troops on its border with Armenia', 'Turkey massed troops ...': before some verbs the small
parser reads the country that opens the sentence as a bare noun modifier of the verb (npadvmod, as in 'Monday')
and leaves the verb with no subject, so the coder finds no doer and codes nothing. When a finite verb has no
subject and a proper name that starts its sentence hangs on it as npadvmod (not a day or a month: 'Monday, ...'),
the name is relabelled the verb's subject, in place.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

FINITE_TAGS = ("VBD", "VBZ", "VBP")
# an adverbial noun ('Turkey massed troops'), or an adverb: 'Baerbock urged Russia ...', 'Löfven condemned ...'
# (a known name the tagger read as an adverb is a proper noun again by then: nlp/person_names.py)
FRONTED_DEPS = ("npadvmod", "advmod")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})


@Language.component("seismo_fronted_subjects", requires=["token.dep", "token.tag", "token.pos"],
                    assigns=["token.dep"])
def fix_fronted_subjects(doc: Doc) -> Doc:
    """Relabel a sentence-opening name the parser hung on a subjectless finite verb (module docstring)."""
    for sent in doc.sents:
        name = _fronted_name(sent[0]) if len(sent) > 1 else None
        if name is not None:
            name.dep_ = "nsubj"
    return doc


def _fronted_name(first: Token) -> Token | None:
    """The head of the name that starts the sentence, when it is a subjectless finite verb's npadvmod."""
    name = first
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
        name = name.head  # "Burkina Faso": the last word heads the name
    verb = name.head
    if name.dep_ not in FRONTED_DEPS or name.pos_ != "PROPN" or name.lower_ in CALENDAR_WORDS or verb.i <= name.i:
        return None
    if verb.pos_ != "VERB" or verb.tag_ not in FINITE_TAGS or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    return name


# verbs of a crowd estimate in a free relative subject: "what organizers estimated at 1.7 million people"
ESTIMATE_VERBS = frozenset({"estimate", "put", "number", "count", "describe", "call"})


@Language.component("seismo_estimated_subjects", requires=["token.dep", "token.lemma"], assigns=["token.dep"])
def fix_estimated_subjects(doc: Doc) -> Doc:
    """'What organizers estimated at 200,000 people marched through Santiago': the parser makes the free relative
    the clausal subject and the people the object of 'at', so the march has no doer. The counted people become the
    verb's subject and the estimate a clause on them ('200,000 people, as organizers estimated'), in place. A
    document with no 'what' (most of them) is left at once, without a ``Token`` per word (issue 15)."""
    if not len(doc) or not (doc.to_array(LOWER) == doc.vocab.strings.add("what")).any():
        return doc
    for verb in doc:
        crowd = _estimated_crowd(verb)
        act = _act_of_crowd(verb, crowd) if crowd is not None else None
        if act is None:
            continue
        if act.i != verb.head.i:  # "what organizers estimated at 1.7 million ..., marched": read as two verbs
            start = min(w.i for w in verb.subtree if w.lower_ == "what")
            for fronted in [c for c in verb.children if c.i < start]:
                fronted.head = act  # "Yesterday, what ...": the act's day, not the estimate's
            act.head, act.dep_ = (act, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
        crowd.head, crowd.dep_ = act, "nsubj"
        verb.head, verb.dep_ = crowd, "acl"
    return doc


def _act_of_crowd(verb: Token, crowd: Token) -> Token | None:
    """What the counted crowd did: the verb the estimate is the clausal subject of, or a subjectless verb the
    parser hung the estimate on as a clause or joined to it as its conjunct."""
    if verb.dep_ == "csubj" and verb.head.pos_ == "VERB":
        return verb.head
    if verb.dep_ == "advcl":  # the parser's other reading: the estimate a clause of a subjectless verb
        act = verb.head
        return act if act.pos_ == "VERB" and act.i > crowd.i and not any(
            g.dep_ in SUBJECT_DEPS for g in act.children) else None
    return next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > crowd.i
                 and not any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)


def _estimated_crowd(verb: Token) -> Token | None:
    """The counted noun of a clausal subject 'what X estimated at N people', else None."""
    if verb.dep_ not in ("csubj", "advcl", "ROOT") or verb.lemma_.lower() not in ESTIMATE_VERBS:
        return None
    if not _free_relative(verb):
        return None
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    crowd = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    if crowd is None or not any(c.dep_ == "nummod" or c.like_num for c in crowd.children):
        return None
    return crowd


def _free_relative(verb: Token) -> bool:
    """'what organizers estimated': 'what' before the verb, as its object or on its subject (the parser's det)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    words = [c for c in verb.children if c.i < verb.i] + [g for s in subjects for g in s.children]
    return any(w.lower_ == "what" for w in words)
