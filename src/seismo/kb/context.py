"""What an actor chunk is read against (``Context``) and how agent nouns combine into one sector.

Shared by the chunk resolver (``kb.resolve``) and the person resolver (``kb.person_resolution``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from seismo.kb.chunks import Chunk, Segment
from seismo.kb.records import Agent, Country
from seismo.kb.text import Token


@dataclass(slots=True)
class Context:
    """What a chunk is read against: the tokens, the source text, the date and cue words."""

    tokens: list[Token]
    text: str
    on: dt.date | None
    countries: dict[str, Country]
    running_text: bool = False  # find_actor_mentions: surnames alone need more evidence
    seen: set[str] = field(default_factory=set)  # people already named in full in this text
    given_names: frozenset[str] = frozenset()  # first names of people in the KB ("carlos")
    place_country: Callable[[str], str | None] | None = None  # gazetteer look-up ("Texas" -> USA)
    # a capital's name (and its country) -> the country of the place of that name the document prefers, if other:
    # "Tripoli" in a story about Lebanon is the Lebanese city, not Libya's seat of government
    capital_elsewhere: Callable[[str, str], str | None] | None = None
    prefer: tuple[str, ...] = ()  # the document's countries, best first (KnowledgeBase.preferring)
    _cues: str | None = None

    @property
    def cues(self) -> str:
        """' key key key ' of the whole phrase or text, for ambiguity cues (built on first use)."""
        if self._cues is None:
            self._cues = " " + " ".join(t.key for t in self.tokens) + " "
        return self._cues

    def span_text(self, chunk: Chunk) -> str:
        return self.text[self.tokens[chunk.start].start : self.tokens[chunk.end - 1].end]

    def cameo(self, iso3: str | None) -> str:
        country = self.countries.get(iso3 or "")
        return country.cameo if country else (iso3 or "")


def combine_agents(segments: list[Segment]) -> tuple[str | None, bool]:
    """(sector, only_weak): the head noun's sector; weak nouns ("spokesman") keep the one before."""
    sector: str | None = None
    only_weak = True
    for seg in segments:
        agent = seg.entries[0].target
        assert isinstance(agent, Agent)
        if agent.weak:
            sector = sector or agent.sector
        else:
            sector, only_weak = agent.sector, False
    return sector, only_weak
