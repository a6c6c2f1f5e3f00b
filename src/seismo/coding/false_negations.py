"""A name is no negation: the small model's parser sometimes gives the first word of a foreign name the ``neg``
relation ('Nguyễn Tấn Dũng called for ...': 'Nguyễn' neg of 'called'), and every reader of negation then turns the
clause negated. The repair gives such a word back its place in the name: a compound of the name word after it, else
an unlabelled dependent (issue 13, modality)."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc

from seismo.coding.doc_words import words_now

NAME_TAGS = frozenset({"NNP", "NNPS"})


def repair_false_negations(doc: Doc) -> None:
    """Relabel every proper noun the parser made a negation (in place)."""
    for token in (doc[i] for i in words_now(doc, DEP, ("neg",))):  # the relabelling changes no other word's
        if token.tag_ not in NAME_TAGS:
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.tag_ in NAME_TAGS and after.sent == token.sent:
            token.head, token.dep_ = after, "compound"
        else:
            token.dep_ = "dep"
