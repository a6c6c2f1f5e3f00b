"""A sentence's first name that the parser hung on the verb as an adverbial noun is its subject.

'Azerbaijan massed troops on its border with Armenia', 'Turkey massed troops ...': before some verbs the small
parser reads the country that opens the sentence as a bare noun modifier of the verb (npadvmod, as in 'Monday')
and leaves the verb with no subject, so the coder finds no doer and codes nothing. When a finite verb has no
subject and a proper name that starts its sentence hangs on it as npadvmod (not a day or a month: 'Monday, ...'),
the name is relabelled the verb's subject, in place.
"""

from __future__ import annotations

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
