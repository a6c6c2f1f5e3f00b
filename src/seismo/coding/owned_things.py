"""Who owns a thing, as a participle on it says: 'a tanker owned by a Greek company', 'a helicopter belonging to
the Malian army'. An act done to a thing (seized, attacked, shot down) is aimed at its owner when the clause names
no actor itself (issue 13, a missing target whose object is a thing). The verbs are ``owning_verbs`` (by-agent)
and ``belonging_verbs`` (to-phrase) of ``dictionaries/arguments.yaml``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.actors import DocumentContext
from seismo.coding.arguments import clause_agents, conjuncts, prep_objects
from seismo.coding.doc_words import children_with
from seismo.coding.merge import identified, same_actor
from seismo.coding.word_tables import argument_words
from seismo.models import Actor


def owning_agents(thing: Token, holders: bool = False) -> list[Token]:
    """The owners a participle on ``thing`` names: the by-agent of 'owned by', 'operated by' (with ``holders``
    also 'held by', 'controlled by'); the to-phrase of 'belonging to'. A clause with an object of its own ('a firm
    owning ships') says what the thing owns, not who owns it, so only passives and 'belonging to' count."""
    words = argument_words()
    verbs = words.owning_verbs | words.holding_verbs if holders else words.owning_verbs
    found = [agent for _, agent in clause_agents(thing, verbs, participle=True)]
    for clause in children_with(thing, ("acl", "relcl")):
        if clause.lemma_.lower() in words.belonging_verbs:
            found.extend(prep_objects(clause, ("to",)))
    return found


def owner_actors(thing: Token, ctx: DocumentContext, on: dt.date | None, sources: list[Actor]) -> list[Actor]:
    """'seized a tanker owned by a Greek company': a common noun whose owner a participle names is acted on as its
    owner's, even when the noun alone reads as a sector ('tanker', a business); the owner must be a known party
    (a country or an organisation) other than the source's own state (``owned_by_source``)."""
    return [a for a in _owners(thing, ctx, on) if not any(is_own_state(a, s) for s in sources)]


def owned_by_source(thing: Token, ctx: DocumentContext, on: dt.date | None, sources: list[Actor]) -> bool:
    """'Nigeria seized a ship owned by the Nigerian government': a thing only the source's own state owns names no
    one acted on, neither its owner nor the noun's own reading (a tanker as a business)."""
    owners = _owners(thing, ctx, on)
    return bool(owners) and bool(sources) and all(any(is_own_state(a, s) for s in sources) for a in owners)


def _owners(thing: Token, ctx: DocumentContext, on: dt.date | None) -> list[Actor]:
    if thing.pos_ != "NOUN":
        return []
    return [a for owner in owning_agents(thing) for m in conjuncts(owner) for a in ctx.resolve_all(m, on)
            if identified(a) and (a.country or a.igo)]


STATE_ORGANS = frozenset({None, "GOV", "MIL", "COP", "SPY"})  # a state's own arms, which act for it


def is_own_state(owner: Actor, source: Actor) -> bool:
    """The source itself, or its own state: 'Nigeria' and the Nigerian government are one state, and its navy or
    police act for that state ('the Nigerian navy seized a tanker belonging to the Nigerian government')."""
    return same_actor(owner, source) or (owner.country is not None and owner.country == source.country
                                         and owner.agent in (None, "GOV") and source.agent in STATE_ORGANS)
