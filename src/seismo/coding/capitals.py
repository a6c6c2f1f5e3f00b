"""Where 'the capital' is: a country's capital city, named by the noun 'capital' and the country it belongs to.

"in the Brazilian capital" -> Brasília; "in Kenya's capital", "in the capital of Nigeria" -> Nairobi, Abuja;
"in the capital" -> the story country's capital. Wire copy names a capital so to avoid repeating the city's name,
and an analyst writes the city: the city is the place, at its point on the map (the text says where). The capital
of a part of a country ("the provincial capital", "the Tigrayan capital", "the capital of Helmand") is not the
country's: it names no city here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.phrases import phrase_text
from seismo.models import Location

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase

# a possessor that is the story's own country: "the country's capital"
HOME_WORDS = frozenset({"country", "nation"})


def capital_city(token: Token, kb: KnowledgeBase, home: str | None) -> Location | None:
    """The capital city the noun ``token`` ('capital') names: of the country its modifier, possessor or of-phrase
    names ('the Thai capital', 'Kenya's capital', 'the capital of Nigeria'), else of ``home``; None for a capital
    of a part of a country, a capital the text names itself ('the capital, Nairobi') or a country without one."""
    if token.lemma_.lower() != "capital" or token.pos_ != "NOUN":
        return None
    country = None
    for child in token.children:
        if child.dep_ == "appos":
            return None  # "the capital, Nairobi": the name says it
        if child.dep_ == "poss" and (child.lemma_.lower() in HOME_WORDS or child.pos_ == "PRON"):
            if child.pos_ == "PRON":
                return None  # "its capital": whose, the clause does not say
            continue
        of_object = child.dep_ == "prep" and child.lower_ == "of"
        if child.dep_ in ("amod", "compound", "poss", "nmod") or of_object:
            owner = next(children_with(child, ("pobj",)), None) if of_object else child
            country = _country(owner, kb) if owner is not None else None
            if country is None:
                return None  # "the provincial capital", "the capital of Helmand"
    return _city(country or home, kb)


def owning_capital(token: Token) -> Token | None:
    """The 'capital' noun a country's name belongs to: 'Kenya's capital', 'the capital of Nigeria' (``token`` is
    the country's name, or its last word)."""
    while token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("poss", "compound", "amod"):
        head = token.head
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        head = token.head.head
    else:
        return None
    return head if head.lemma_.lower() == "capital" and head.pos_ == "NOUN" else None


def _country(token: Token, kb: KnowledgeBase) -> str | None:
    """The country a modifier or possessor names by itself ('Thai', 'Kenya's'), not a sector of it."""
    found = kb.resolve_phrase(phrase_text(token), None)
    if found and found.actor.country and found.actor.code == found.actor.country and not found.actor.igo:
        return found.actor.country
    return None


def _city(country: str | None, kb: KnowledgeBase) -> Location | None:
    record = kb.countries.get(country or "")
    if record is None or not record.capital:
        return None
    place = kb.place(record.capital)
    if place is not None and place.country == record.iso3:
        return place
    return Location(name=record.capital, country=record.iso3)


def country_capital(token: Token, location: Location, kb: KnowledgeBase) -> Location:
    """'in Kenya's capital', 'in the capital of Nigeria': a country found as the clause's place whose name
    ``token`` belongs to a 'capital' noun is its capital city; any other place stays itself."""
    if not location.country or location.name != kb.country_name(location.country):
        return location
    capital = owning_capital(token)
    return (capital_city(capital, kb, location.country) or location) if capital is not None else location
