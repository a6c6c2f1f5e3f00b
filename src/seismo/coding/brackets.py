"""Square brackets are an editor's insertion in a quotation ('"I really urge [Lam] to step down"'): punctuation
around the words the speaker meant, never a word of the clause. The small model's parser sometimes makes the opening
bracket the verb's object or subject, and the argument readers, which take the first object, then find no actor;
the repair gives every bracket the ``punct`` relation (issue 13, target missing)."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc

from seismo.coding.doc_words import words_now

BRACKETS = frozenset({"[", "]"})


def repair_brackets(doc: Doc) -> None:
    """Give every square bracket the ``punct`` relation (in place)."""
    for i in words_now(doc, ORTH, BRACKETS):
        token = doc[i]
        if token.dep_ != "punct":
            token.dep_ = "punct"
