"""The head noun of an organisation's name says its sector; a modifier says its country.

"Thailand's Thai Raksa Chart Party", "the Belarusian KGB", "the United States Department of Transportation":
the knowledge base reads the longest name it knows in the phrase, which here is only the nationality or the
country ("Thai", "Belarusian", "United States"), because the words between it and the head are unknown. The
phrase still names an organisation of that country, whose kind the head noun gives (a party, an intelligence
service, a government department). Agent nouns are the knowledge base's (``kb/data/agents_curated.yaml``);
a few nouns name a sector only as such a head ("Iranian general": MIL), never alone ("general election",
"attorney general"): the ``heads`` of ``dictionaries/titles.yaml``.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.tokens import Token

from seismo.kb import KnowledgeBase
from seismo.models import Actor

TITLES_PATH = Path(__file__).parent / "dictionaries" / "titles.yaml"


@lru_cache(maxsize=1)
def head_nouns() -> dict[str, str]:
    """Lower-case head nouns (lemmas) -> the sector they name after a nationality ('Iranian general')."""
    data = yaml.safe_load(TITLES_PATH.read_text(encoding="utf-8")) or {}
    return {word: sector for sector, words in (data.get("heads") or {}).items() for word in words}


def head_sector(token: Token, actor: Actor | None, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """A country-only reading of a modifier, completed with the sector its unread head noun names."""
    if actor is None or not actor.country or actor.agent or actor.igo or token.pos_ not in ("PROPN", "NOUN"):
        return actor
    if token.text in (actor.name or "").split():
        return actor  # the head itself was read: "Brazilians", "North Korea"
    head = _head_words(token)
    found = kb.resolve_phrase(head, on)
    if found is not None and found.actor.agent and not found.actor.country and not found.actor.igo:
        sector = found.actor.agent
    elif token.pos_ == "NOUN" and head.lower() in head_nouns():
        sector = head_nouns()[head.lower()]
    else:
        return actor
    return actor.model_copy(update={
        "agent": sector, "code": f"{actor.country}{sector}",
        "reason": f"{actor.reason}; the head noun '{head}' names the sector {sector}",
    })


def _head_words(token: Token) -> str:
    """The head noun alone ('Department' of 'Department of Transportation'); a common noun by its lemma."""
    return token.text if token.pos_ == "PROPN" else token.lemma_
