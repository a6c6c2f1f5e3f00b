"""'The leader of the far-right Freedom Alliance': the head of an organisation that is not part of a state is not
its government. A leader word ('leader', 'president', 'head', 'chairman') alone reads as the government (GOV);
with an 'of' complement naming an organisation by a capitalised name, it is that organisation's: its sector when the
knowledge base knows it (a party, a union, a company), else no sector at all. A country ('the president of Kenya')
or a state body ('the head of the National Electoral Commission', 'the leader of the Senate') keeps the reading.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from seismo.coding.state_bodies import state_body_sector
from seismo.kb import KnowledgeBase
from seismo.models import Actor

__all__ = ["organisation_leader", "titled_by_organisation"]

LEADER_NOUNS = frozenset({"leader", "president", "head", "chairman", "chairwoman", "chairperson", "chair", "chief"})
NOT_ORGANISATIONS = frozenset({"GPE", "LOC", "NORP", "FAC", "DATE"})  # a place or a people (the tagger reads many
# invented party names as people: "the Freedom Compact")
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def organisation_leader(token: Token, actor: Actor | None, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """``actor`` unless it is the government a leader word alone names, and the phrase names whose leader: an
    organisation that is no state body, in an 'of' complement ('the leader of the Freedom Alliance') or before the
    title of a name ('Freedom Alliance president Karel Dijkman'); then that organisation's sector, or no sector."""
    if actor is None or actor.country or actor.igo or actor.code or actor.agent != "GOV":
        return actor
    if token.pos_ == "NOUN" and token.lemma_.lower() in LEADER_NOUNS:
        org = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"), None)
        if org is None or org.pos_ != "PROPN" or org.ent_type_ in NOT_ORGANISATIONS:
            return actor  # "the president of Kenya", "the head of state": the state
        words = [t for t in org.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
        read = _organisations(token, [*words, org], kb, on)
        return actor if read is None else read
    title = next((c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"
                  and c.lemma_.lower() in LEADER_NOUNS), None) if token.pos_ == "PROPN" else None
    if title is None:
        return actor
    read = titled_by_organisation(token.doc[title.left_edge.i : title.i + 1], kb, on)
    return actor if read is None else read


def titled_by_organisation(run: Span, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """'Freedom Alliance president Karel Dijkman': the title run before a name ends in a leader word after an
    organisation's capitalised name; its reading as ``organisation_leader`` gives it (None: the run is no such title,
    or the organisation is a state body or a country)."""
    if len(run) < 2 or run[-1].lemma_.lower() not in LEADER_NOUNS:
        return None
    org = [t for t in run[:-1] if t.pos_ == "PROPN" and t.ent_type_ not in NOT_ORGANISATIONS]
    org = [t for t in org if t.i >= max((u.i for u in run[:-1] if u not in org), default=-1)]  # the last run
    if not org or org[-1].i != run[-1].i - 1 or org[-1].i - org[0].i + 1 != len(org):
        return None
    return _organisations(run[-1], org, kb, on)


def _organisations(leader: Token, org: list[Token], kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    name = " ".join(t.text for t in org)
    found = kb.resolve_phrase(name, on)
    if found is not None:
        if found.actor.agent in STATE_SECTORS or found.actor.igo or not found.actor.agent:
            return None  # "the leader of the Senate", "the head of the UN", a country's name
        return found.actor.model_copy(update={
            "name": f"{leader.text} of {name}",
            "reason": f"{found.reason}; the {leader.lemma_.lower()} of '{name}', not the government"})
    if state_body_sector(org[-1], name) is not None or kb.place(name) is not None:
        return None  # "the head of the National Electoral Commission", a place the tagger missed
    return Actor(name=f"{leader.text} of {name}",
                 reason=f"the {leader.lemma_.lower()} of '{name}', an organisation the knowledge base does not know "
                        "as a state body: no sector (not the government)")
