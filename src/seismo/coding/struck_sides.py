"""Whose people a participle clause's act hits: the side the clause it hangs from acts on.

"Russian forces shelled Ukrainian positions on Friday, killing four civilians" (or "a Russian strike on Ukrainian
positions killed four civilians"): the civilians have no
country in their own words, and the story's main country (here the attacker's) is a poor guess; the
clause the participle hangs from names whom the strike hit (Ukrainian positions), and so whose people
died. Used by ``DocumentContext.locate`` only where no place in the text decided (docs/actors.md,
"Country per mention").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.models import Actor

STRUCK_PREPS = {"on", "at", "against", "into"}  # "fired rockets at Israeli towns, wounding 12 people"


def struck_side(token: Token, resolve: Callable[[Token], Actor | None], at_home: Callable[[Actor], bool],
                place_country: Callable[[str], str | None] = lambda _name: None) -> tuple[str, str] | None:
    """(country, words) of what the clause above a participle acts on, when ``token`` is the participle's
    object ('..., killing four civilians') and that clause's object names a country of its own, as an actor
    ('Ukrainian positions') or as a place ('shelled Kharkiv'). ``at_home`` tells an actor whose country is
    only the story's main country (``DocumentContext.at_home``): that says nothing of whom the strike hit."""
    while token.dep_ == "conj":  # "killing the commander and several scientists"
        token = token.head
    participle = token.head
    if token.dep_ != "dobj":
        return None
    if participle.tag_ == "VBG" and participle.dep_ == "advcl":
        struck_list = _acted_on(participle.head)
    else:  # "an Israeli air strike on Gaza killed three militants": what the subject act was made on
        struck_list = [g for s in children_with(participle, ("nsubj",)) if s.pos_ == "NOUN"
                       for g in _struck_objects(s)]
    for struck in struck_list:
        words = " ".join(t.text for t in struck.subtree)
        actor = resolve(struck)
        if actor is not None and actor.country and not at_home(actor):
            return actor.country, words
        name = " ".join(t.text for t in struck.subtree if t.dep_ not in ("det", "punct", "case"))
        country = place_country(name) if struck.pos_ == "PROPN" else None
        if country:
            return country, words
    return None


def _acted_on(verb: Token) -> list[Token]:
    """The direct object of a verb, else the objects of its on/at/against/into phrases."""
    objects = [c for c in children_with(verb, ("dobj",))]
    return objects or _struck_objects(verb)


def _struck_objects(head: Token) -> list[Token]:
    """The objects of a word's on/at/against/into phrases ('fired rockets at Israeli towns', 'a strike on Gaza')."""
    return [g for c in children_with(head, ("prep",)) if c.lower_ in STRUCK_PREPS
            for g in children_with(c, ("pobj",))]
