"""Names the actor table reads as another actor than the one written: a party word ending another party's
name ('the Neo Democrats', 'Hong Kong Democrats' are no US party); a gazetteer place before the party word
('Texas Republicans') is read through ``Context.place_country``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from seismo.kb.chunks import MODIFIERS, Chunk, Segment
from seismo.kb.records import Country, Institution, Resolution
from seismo.kb.text import Token
from seismo.models import Actor


class Context(Protocol):
    """What these rules read of ``kb.resolve.Context``: the phrase's words, the countries, the gazetteer."""

    tokens: list[Token]
    countries: dict[str, Country]
    place_country: Callable[[str], str | None] | None


def tail_of_unknown_name(seg: Segment, chunk: Chunk, ctx: Context) -> bool:
    """'the Neo Democrats', 'Pan-Democrats': a one-word party name ('Democrats', 'Republicans') right after a
    capitalised word the knowledge base does not know, or joined to a word by a hyphen, ends another
    party's name. A capitalised word that starts a sentence of running text, a modifier ('Senior Democrats')
    or a known word before it ('House Democrats', 'Hong Kong Democrats') does not count. The party keeps its
    sector and takes its country from the text (the coder: clause, paragraph, story)."""
    if seg.end - seg.start != 1 or seg.start == 0 or any(s.start < seg.start for s in chunk.segments):
        return False
    word, before = ctx.tokens[seg.start], ctx.tokens[seg.start - 1]
    if word.hyphen_before:
        return before.text.isalpha()
    if word.gap or not before.text[:1].isupper() or not before.text.isalpha() or before.key in MODIFIERS:
        return False
    return seg.start < 2 or ctx.tokens[seg.start - 2].text not in SENTENCE_ENDS


def unknown_party(inst: Institution, seg: Segment, ctx: Context, name: str) -> Resolution | None:
    """'the Neo Democrats': a party, with no country in the phrase; 'Texas Republicans', 'New York Democrats':
    a gazetteer place before the party word gives its country (None, the party itself, when it is its own)."""
    tokens = ctx.tokens
    for width in (2, 1):
        if ctx.place_country is None or seg.start - width < 0:
            continue
        words = " ".join(t.text for t in tokens[seg.start - width : seg.start])
        iso3 = ctx.place_country(words)
        if iso3 == inst.country:
            return None  # "Texas Republicans": the party itself
        if iso3 and iso3 in ctx.countries:
            return foreign_party(inst, ctx.countries[iso3], name)
    actor = Actor(name=name, code=None, country=None, agent="PTY")
    why = f"'{tokens[seg.start].text}' ends a longer party name the knowledge base lacks: a party"
    return Resolution(actor=actor, reason=why + ", no country in the phrase")


SENTENCE_ENDS = frozenset({".", "!", "?", '"', ":", "\u201c", "\u201d"})


def foreign_party(inst: Institution, country: Country, name: str) -> Resolution:
    """A party word after another country's name ('Hong Kong Democrats') names a party of that country; a
    legislature's name likewise ('the Brazilian Congress' is Brazil's, not the US Congress)."""
    agent = inst.agent or "PTY"
    actor = Actor(name=name, code=f"{country.cameo}{agent}", country=country.iso3, agent=agent)
    kind = "party" if agent == "PTY" else "legislature"
    why = f"'{inst.name}' is a {inst.country} {kind}, but the phrase names {country.iso3}: a {country.iso3} {kind}"
    return Resolution(actor=actor, reason=why)
