"""The country an 'of' complement gives a mention: "King Hassan of Morocco", "the Albanians of southern
Serbia". A country named this way is the mention's own evidence (docs/design: country per mention from the
clause) and beats a reading that comes from elsewhere: a namesake in the knowledge base (a Hassan who is a
Maldivian official) or a demonym that names an ethnic group rather than the state it lives in.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import word_list, word_sets
from seismo.coding.phrases import phrase_text
from seismo.kb import KnowledgeBase
from seismo.models import Actor


def of_country(token: Token, actor: Actor | None, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """The actor with the country its 'of <country>' complement names, when that differs from its own."""
    if actor is None or actor.country is None or actor.igo or token.pos_ not in ("PROPN", "NOUN"):
        return actor
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        pobj = next((g for g in children_with(prep, ("pobj",)) if g.pos_ == "PROPN"), None)
        found = kb.resolve_phrase(pobj.text, on) if pobj is not None else None
        country = found.actor.country if found is not None else None
        if pobj is not None and pobj.text in (actor.name or ""):
            return actor  # "the Democratic People's Republic of Korea": the complement is part of the name read
        if country is None or found.actor.agent or found.actor.code != country or country == actor.country:
            return actor
        return actor.model_copy(update={
            "country": country, "code": f"{country}{actor.agent or ''}",
            "reason": f"{actor.reason}; country {country} from 'of {pobj.text}'",
        })
    return actor


@word_list
def _modified_heads() -> frozenset[str]:
    _, (heads,) = word_sets("titles.yaml", ("modified_heads",))
    return heads


@word_list
def _presiding_heads() -> frozenset[str]:
    _, (heads,) = word_sets("titles.yaml", ("presiding_heads",))
    return heads


# The bodies a presiding office takes its sector from: legislatures and courts ("the chairman of the party" is left
# to the other readings)
PRESIDED_SECTORS = frozenset({"LEG", "JUD"})


def group_head(token: Token, actor: Actor | None, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """'Leaders of the student movement', 'the head of the army': a role noun whose sector is its modifier's
    ('student leader', ``titles.yaml`` modified_heads) takes the sector of its 'of' complement the same way, not
    the government that 'leader' alone reads as; so does an office presiding over a body (presiding_heads: 'the
    Speaker of the House of Commons' is GBRLEG, 'the president of the Constitutional Court' JUD). A country or a
    person as the complement ('the leader of Kenya', 'supporters of X') is left to the other readings."""
    lemma = token.lemma_.lower()
    presiding = lemma in _presiding_heads()
    if actor is None or actor.agent not in ("GOV", "LEG") or actor.country \
            or not (presiding or lemma in _modified_heads()):
        return actor
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            words = _name_through_of(pobj)
            found = kb.resolve_phrase(words, on)
            if found is None or found.reason.startswith("person ") or found.actor.agent in (None, "GOV") \
                    or found.actor.igo or (presiding and found.actor.agent not in PRESIDED_SECTORS):
                continue
            return found.actor.model_copy(update={
                "name": phrase_text(token),
                "reason": f"{found.reason}; the {token.lemma_.lower()} of '{words}' is of its sector"})
    return actor


def _name_through_of(pobj: Token) -> str:
    """The complement's phrase, running on through its own 'of' to a capitalised name when it is one ('the House
    of Commons', 'the Chamber of Deputies'), as ``phrase_lookups.state_name`` reads formal state names."""
    words = phrase_text(pobj)
    if pobj.pos_ != "PROPN":
        return words
    inner = next((g for p in children_with(pobj, ("prep",)) if p.lower_ == "of"
                  for g in children_with(p, ("pobj",)) if g.pos_ == "PROPN"), None)
    return words if inner is None else pobj.doc[pobj.left_edge.i : inner.i + 1].text


GOVERNMENT_NOUNS = frozenset({"government", "administration", "cabinet", "regime"})


def led_by(token: Token, actor: Actor | None, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """'the government of Prime Minister Benjamin Netanyahu', "Museveni's government": a government named by the
    person who leads it is of that person's country, not of the place or story that would place it otherwise."""
    if actor is None or actor.country or actor.igo or token.lemma_.lower() not in GOVERNMENT_NOUNS:
        return actor
    owners = [c for c in children_with(token, ("poss",)) if c.pos_ == "PROPN"]
    owners += [g for p in children_with(token, ("prep",)) if p.lower_ == "of"
               for g in children_with(p, ("pobj",)) if g.pos_ == "PROPN"]
    for owner in owners:
        words = phrase_text(owner)
        found = kb.resolve_phrase(words, on)
        if found is None or not found.reason.startswith("person ") or not found.actor.country:
            continue
        country = found.actor.country
        return actor.model_copy(update={
            "country": country, "code": f"{country}{actor.agent or ''}",
            "reason": f"{actor.reason}; country {country}, that of '{words}', who leads it"})
    return actor
