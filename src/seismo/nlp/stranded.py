"""A preposition's object the parser took for the subject of a reduced relative after it.

'Peru has granted diplomatic asylum to five Panamanian army officers holed up in a diplomatic residence': the small
parser reads 'holed' as a finite verb (a clause of 'granted') and 'officers' as its subject, which leaves 'to' with
no object, so the coder finds no one the asylum is granted to. When a preposition has no object at all, and the
noun phrase right after it is the subject of a past form that follows it at once, with no auxiliary, marker or
subject-verb agreement of a finite clause of its own ('has', 'when', 'because'), the noun is the preposition's
object and the past form a participle phrase on it ('officers (who were) holed up in ...'), as in 'sent aid to
families displaced by the floods'. Relabelled in place; a document where every preposition has its object (most of
them) is left after one look at the arrays, without a ``Token`` per word (issue 15).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, HEAD
from spacy.language import Language
from spacy.tokens import Doc, Token

PAST_TAGS = ("VBD", "VBN")
# a finite or marked clause of its own, or a verb with its own object or clause: "after Conley ordered that ..."
CLAUSE_MARKS = ("aux", "auxpass", "mark", "nsubjpass", "expl", "dobj", "ccomp", "xcomp", "dative", "attr")
# words that take a whole clause as well as a noun ("after Conley ordered ...", "until the army withdrew")
CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till", "as", "because", "while", "than", "once",
                          "like", "though", "although", "unless", "if", "whether"})
NOUN_PHRASE_DEPS = ("det", "amod", "compound", "nummod", "poss", "case", "quantmod", "nmod", "punct")


@Language.component("seismo_stranded_objects", requires=["token.dep", "token.tag", "token.pos"],
                    assigns=["token.dep", "token.tag"])
def fix_stranded_objects(doc: Doc) -> Doc:
    """Give an objectless preposition the noun the parser made a reduced relative's subject (module docstring)."""
    if not len(doc):
        return doc
    arrays = doc.to_array([HEAD, DEP])
    positions = np.arange(len(doc))
    heads = positions + arrays[:, 0].astype(np.int64)
    children = np.bincount(heads[heads != positions], minlength=len(doc))
    prep = doc.vocab.strings.add("prep")
    for i in np.flatnonzero((arrays[:, 1] == prep) & (children == 0)):
        noun = _stranded_object(doc[int(i)])
        if noun is not None:
            verb = noun.head
            noun.head, noun.dep_ = doc[int(i)], "pobj"
            verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"
    return doc


def _stranded_object(prep: Token) -> Token | None:
    """The noun right after an objectless preposition that the parser made the subject of the past form right
    after its phrase, when that past form is a bare reduced relative (no auxiliary, marker or object of its own)."""
    doc = prep.doc
    if prep.pos_ != "ADP" or prep.i + 1 >= len(doc) or prep.lower_ in CLAUSE_PREPS:
        return None
    noun = doc[prep.i + 1]
    while noun.dep_ in NOUN_PHRASE_DEPS and noun.head.i > noun.i and noun.head.i < len(doc):
        noun = noun.head  # 'five Panamanian army officers': the phrase's head
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" \
            or verb.tag_ not in PAST_TAGS or verb.i != noun.right_edge.i + 1:
        return None
    if any(c.dep_ in CLAUSE_MARKS for c in verb.children):
        return None
    if noun.left_edge.i != prep.i + 1 or prep.i in {t.i for t in verb.subtree}:
        return None
    return noun
