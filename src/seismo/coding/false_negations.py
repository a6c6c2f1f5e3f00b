"""A name is no negation: the small model's parser sometimes gives the first word of a foreign name the ``neg``
relation ('Nguyễn Tấn Dũng called for ...': 'Nguyễn' neg of 'called'), and every reader of negation then turns the
clause negated. The repair gives such a word back its place in the name: a compound of the name word after it, else
an unlabelled dependent (issue 13, modality). So for a capitalised modal before a name ('Can Tho', a Vietnamese
city, read as the modal 'can')."""

from __future__ import annotations

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

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


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def repair_false_modals(doc: Doc) -> None:
    """'Authorities in Can Tho detained ...', 'Can Tho police arrested ...', 'Will Smith said ...': a capitalised
    modal right before a proper noun, on a verb with its own tense, is the first word of a name; a modal only ever
    governs a bare infinitive ('can detain'), so the clause is no possibility. The word joins the name (in place),
    as a false negation does."""
    for token in (doc[i] for i in words_now(doc, DEP, ("aux",))):
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.tag_ != "MD" or not token.text[:1].isupper() or token.head.tag_ not in FINITE_TAGS \
                or after is None or after.tag_ not in NAME_TAGS or after.sent != token.sent:
            continue
        token.head, token.dep_, token.tag_, token.pos_ = after, "compound", "NNP", "PROPN"
        _place_name(token, after)


def _place_name(first: Token, last: Token) -> None:
    """The rest of the name the parser misread with its modal: 'in Can Tho' left 'in' without an object and made
    'Tho' a second subject (the name is the object); 'Can Tho police' made 'Tho' a determiner (a modifier)."""
    before = first.doc[first.i - 1] if first.i > first.sent.start else None
    if before is not None and before.dep_ == "prep" and not any(c.dep_ == "pobj" for c in before.children) \
            and last.dep_ in ("nsubj", "nsubjpass"):
        last.head, last.dep_ = before, "pobj"
    elif last.dep_ == "det":
        last.dep_ = "compound"
