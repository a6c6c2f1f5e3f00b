"""The head noun of an organisation's name says its sector; a modifier says its country.

"Thailand's Thai Raksa Chart Party", "the Belarusian KGB", "the United States Department of Transportation":
the knowledge base reads the longest name it knows in the phrase, which here is only the nationality or the
country ("Thai", "Belarusian", "United States"), because the words between it and the head are unknown. The
phrase still names an organisation of that country, whose kind the head noun gives (a party, an intelligence
service, a government department). Agent nouns are the knowledge base's (``kb/data/agents_curated.yaml``).
A name the knowledge base does not know at all is a civil-society group when its head and one of its words say so
("the Civil Human Rights Front": ``civil_group``; the words are ``dictionaries/civil_groups.yaml``).
A plural demonym as the head ("some Brazilians protested", "thousands of Mexicans") names the country's people,
not its state: civilians (``people_of``).
A few nouns name a sector only as such a head ("Iranian general": MIL), never alone ("general election",
"attorney general"): the ``heads`` of ``dictionaries/titles.yaml``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import word_list, word_sets
from seismo.kb import KnowledgeBase
from seismo.models import Actor


@word_list
def head_nouns() -> dict[str, str]:
    """Lower-case head nouns (lemmas) -> the sector they name after a nationality ('Iranian general')."""
    data, _ = word_sets("titles.yaml", ())
    return {str(word): str(sector) for sector, words in (data.get("heads") or {}).items() for word in words}


@word_list
def campaign_heads() -> frozenset[str]:
    """``campaign_heads`` of ``dictionaries/titles.yaml``: 'the Biden campaign' is a party organisation's."""
    return word_sets("titles.yaml", ("campaign_heads",))[1][0]


def candidate_campaign(token: Token, actor: Actor | None) -> Actor | None:
    """'The Biden campaign criticized ...': a person's name compounded before a campaign noun names the candidate's
    campaign, a party organisation (PTY) of the person's country, not the person (who may hold an office then)."""
    if actor is None or not actor.country or actor.igo or token.pos_ != "NOUN" \
            or token.lemma_.lower() not in campaign_heads() or not (actor.reason or "").startswith("person ") \
            or not any(c.text[:1].isupper() for c in children_with(token, ("compound", "amod"))):  # 'Arnous': JJ
        return actor
    return actor.model_copy(update={
        "agent": "PTY", "code": f"{actor.country}PTY",
        "reason": f"{actor.reason}; '{actor.name} {token.text}' is the candidate's campaign, a party's (PTY)"})


@dataclass(frozen=True)
class CivilGroups:
    """``dictionaries/civil_groups.yaml``: the sector, the name heads, and the words that make a name civil or armed."""

    sector: str
    heads: frozenset[str]
    civil_words: frozenset[str]
    armed_words: frozenset[str]


@word_list
def _civil_groups() -> CivilGroups:
    data, words = word_sets("civil_groups.yaml", ("heads", "civil_words", "armed_words"))
    return CivilGroups(str(data.get("sector") or "NGO"), *words)


def civil_head(token: Token, text: str) -> str | None:
    """The civil-society sector of a name headed 'Front', 'Movement', ... of two capitalised words or more. The
    head alone names parties as often ('the Five Star Movement'), so a word of civil society's causes or members
    must be in the name too ('Rights', 'Workers'), and none saying the group is armed ('Liberation')."""
    rules = _civil_groups()
    words = set(re.findall(r"\b[A-Z][a-z]*", text)) - {"The"}  # "Women's", "Anti-Corruption": Women, Anti, Corruption
    if token.pos_ != "PROPN" or token.text not in rules.heads or len(words) < 2:
        return None
    if words & rules.armed_words or not words & rules.civil_words:
        return None
    return rules.sector


def civil_group(token: Token, text: str) -> Actor | None:
    """'The Civil Liberties Front marched on Monday': a group the knowledge base does not know, civil society
    by its name (``civil_head``). No country here: like any sector, it takes its clause's or its story's
    (``DocumentContext.locate``)."""
    sector = civil_head(token, text)
    if sector is None:
        return None
    return Actor(name=text, agent=sector, reason=f"a group the knowledge base does not know; its name "
                                                f"'{text}' names civil society ({sector})")


def head_sector(token: Token, actor: Actor | None, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """A country-only reading of a modifier, completed with the sector its unread head noun names."""
    if actor is None or not actor.country or actor.agent or actor.igo or token.pos_ not in ("PROPN", "NOUN"):
        return actor
    if token.text in (actor.name or "").split():
        return people_of(token, actor, kb)  # the head itself was read: "Brazilians", "North Korea"
    head = _head_words(token)
    found = kb.resolve_phrase(head, on)
    if found is not None and found.actor.agent and not found.actor.country and not found.actor.igo:
        sector = found.actor.agent
    elif token.pos_ == "NOUN" and head.lower() in head_nouns():
        sector = head_nouns()[head.lower()]
    else:
        sector = civil_head(token, " ".join(t.text for t in token.subtree))  # "the Brazilian Landless Workers Movement"
        if sector is None:
            return actor
    return actor.model_copy(update={
        "agent": sector, "code": f"{actor.country}{sector}",
        "reason": f"{actor.reason}; the head noun '{head}' names the sector {sector}",
    })


def _head_words(token: Token) -> str:
    """The head noun alone ('Department' of 'Department of Transportation'); a common noun by its lemma."""
    return token.text if token.pos_ == "PROPN" else token.lemma_


PEOPLE_SECTOR = "CVL"


def people_of(token: Token, actor: Actor, kb: KnowledgeBase) -> Actor:
    """'Some Brazilians protested', 'many Iraqis accused the government', 'all Americans': a plural demonym
    names the people of a country, civilians (annotation guide: CVL), so a verbal event does not make them
    its government. 'The Americans rejected the proposal' (the plural alone after 'the') often stands for
    the state's side in talks, so it keeps the country-only reading; a plural country name ('the
    Philippines') is a place, not a demonym."""
    if actor.agent or actor.igo or not actor.country or "Plur" not in token.morph.get("Number"):
        return actor
    if token.lower_ in kb.country_name(actor.country).lower().split():  # "the Philippines", "the Bahamas"
        return actor
    if _state_agent_head(token, actor, kb):
        return actor
    if [c.lower_ for c in children_with(token, ("det", "nummod", "amod", "predet"))] == ["the"]:
        return actor
    return actor.model_copy(update={
        "agent": PEOPLE_SECTOR, "code": f"{actor.code or actor.country}{PEOPLE_SECTOR}",
        "reason": f"{actor.reason}; the plural demonym '{token.text}' names its people ({PEOPLE_SECTOR})",
    })


def _state_agent_head(token: Token, actor: Actor, kb: KnowledgeBase) -> bool:
    """'Kenyan officers', 'Syrian officers': a country's demonym before a head noun that names no country and
    no sector of its own ('officers' says neither police nor army) is the state's agents, not its people, so
    the country-only reading stays (a verbal act makes it the government). A regional or ethnic group's
    name before it ('Yoruba leaders', reason 'institution ...') keeps the people's reading."""
    if not (actor.reason or "").startswith("country "):
        return False
    return kb.resolve_phrase(token.text) is None
