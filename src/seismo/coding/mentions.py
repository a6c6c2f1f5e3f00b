"""Token-level mention helpers shared by actor resolution and the coder: noun-phrase heads of a sentence and
the named complements that place or affiliate a noun ("rebels in Darfur", "fighters loyal to al-Qaeda")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from seismo.coding.doc_words import children_with, doc_words
from seismo.kb.places import PLACE_KINDS

PLACE_PREPS = {"in", "from", "of"}  # "rebels in Darfur", "students from Kharkiv", "residents of Gaza"
MEMBERSHIP = {"loyal", "linked", "affiliated", "allied", "tied", "belonging"}  # "fighters loyal to al-Qaeda"


def named_complements(token: Token) -> Iterator[tuple[Token, Token]]:
    """(preposition, proper noun) after a noun: 'in Darfur', 'from ISIS', and 'loyal to al-Qaeda'."""
    for child in token.children:
        preps = [child] if child.dep_ == "prep" and child.lower_ in PLACE_PREPS else []
        if child.dep_ in ("amod", "acl") and child.lemma_.lower() in MEMBERSHIP:
            preps = [c for c in children_with(child, ("prep",)) if c.lower_ in ("to", "with")]
        for prep in preps:
            yield from ((prep, p) for p in children_with(prep, ("pobj",)) if _named(p))


def _named(token: Token) -> bool:
    """A proper noun, or a capitalised noun the tagger missed ('loyal to ISIS' tags ISIS a NOUN), or a kind of
    place after its name ('the government of Sindh province')."""
    if token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper()):
        return True
    return token.lower_ in PLACE_KINDS and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)


def mention_tokens(sent: Span) -> list[Token]:
    """Heads of noun phrases in a sentence, for remembering who was mentioned."""
    doc, w = sent.doc, doc_words(sent.doc)
    pos, dep = w.pos, w.dep
    return [doc[i] for i in range(sent.start, sent.end)
            if pos[i] in ("PROPN", "NOUN") and dep[i] not in ("compound", "amod", "poss")]
