"""A party named with its standing: 'Japan's ruling Liberal Democratic Party', 'the governing ZANU-PF party' act as
the government, 'the main opposition Republican People's Party' as the opposition. PLOVER codes a party in
government GOV (the manual's GOV row: 'governing parties, coalition partners') and one in opposition PTY with OPP,
which seismo's one-sector codes reduce to OPP (docs/actors.md, compound codes); the bare phrases 'the ruling party'
and 'opposition parties' already read so from the agents table, and this gives a named party the same reading."""

from __future__ import annotations

from spacy.tokens import Span

from seismo.models import Actor

RULING_WORDS = frozenset({"ruling", "governing"})
OPPOSITION_WORDS = frozenset({"opposition"})
MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})


def party_standing(span: Span, actor: Actor | None) -> Actor | None:
    """The party actor as the government or the opposition when a word before its head says which it is."""
    if actor is None or actor.agent != "PTY" or len(span) < 2:
        return actor
    head = span[-1]  # the phrase's own words, and the head's modifiers the phrase stops short of ('Turkey's main
    # opposition Republican People's Party': a possessive inside the name ends the phrase)
    before = {t.lower_ for t in span[:-1]} | {c.lower_ for c in head.lefts if c.dep_ in MODIFIER_DEPS}
    if head.dep_ == "appos":  # 'the main opposition, the Republican People's Party'; 'the ruling party, the ANC'
        before |= {head.head.lower_} | {c.lower_ for c in head.head.lefts if c.dep_ in MODIFIER_DEPS}
    sector, word = next(((s, w) for s, words in (("GOV", RULING_WORDS), ("OPP", OPPOSITION_WORDS))
                         for w in sorted(words & before)), (None, None))
    if sector is None:
        return actor
    return actor.model_copy(update={
        "agent": sector, "code": f"{actor.country}{sector}" if actor.country else None,
        "reason": f"{actor.reason or actor.name}; '{word}' before the party: {sector}"})
