"""Plural group nouns whose speaker or story says who they are: 'I urge my colleagues' (a legislator's fellow
legislators), 'the DNC urged states not to reschedule' (in a US story, the US state governments).

Neither noun names a sector, so the knowledge base leaves them unknown and a request or a lawsuit aimed at them
loses its target. A possessor's peers are of the possessor's own body: its country and sector ('my' in a
quote is the quote's speaker, ``coding.speakers``). Bare 'states' in a story about a federation whose parts are
called states are its state governments (GOV of the story's country); with a modifier ('member states', 'Gulf
states') they are countries and are left alone. Word lists: ``dictionaries/group_nouns.yaml``, which also holds
the heads that stand for their of-complement ('a unit of the army'), the people a body sends and the heads of
named bodies that ``coding.actors`` reads, the party names many countries' parties bear ('the Democratic Party'
in a story about South Korea is the Korean party: ``home_party``), the head counts of ``coding.events`` and the
member heads of ``coding.parties`` (``group_nouns()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields

from spacy.tokens import Token

from seismo.coding.doc_words import children_with, has_child
from seismo.coding.lexicon import word_list, word_sets
from seismo.models import Actor

BARE_DEPS = {"det", "nummod", "quantmod", "predet", "punct"}  # "the states", "sixteen states", "all states"
STATE_SECTOR = "GOV"


@dataclass(frozen=True)
class GroupNouns:
    peer_nouns: frozenset[str]
    other_side_nouns: frozenset[str]  # "Qatar's neighbours": others than the possessor, no country
    federations: frozenset[str]
    state_nouns: frozenset[str]
    collective_heads: frozenset[str]  # "a unit of the army", "thousands of students": the of-complement says who
    sent_nouns: frozenset[str]  # "officials from the UN": people a body sends
    org_nouns: frozenset[str]  # "the APEC forum": the head of a body its proper-noun modifiers name
    count_heads: frozenset[str]  # "thousands of protesters gathered": the subject is what is counted
    member_heads: frozenset[str]  # "the leaders of Brazil and Chile": the of-complement names the parties
    counterparts: frozenset[str]  # "met his counterpart from Ghana": the partner's office elsewhere
    visitor_nouns: frozenset[str]  # "received a delegation from Romania": the 'from' the parser hangs on the verb
    shared_party_names: frozenset[str]  # "the Democratic Party" of South Korea, Italy, Serbia ... and the US
    shared_legislature_names: frozenset[str]  # "Congress" of Peru, Colombia, the Philippines ... and the US
    led_heads: frozenset[str]  # "the Saudi-led coalition": the leader's forces (coding.led_groups)


@word_list
def group_nouns() -> GroupNouns:
    """The word lists of ``dictionaries/group_nouns.yaml``."""
    return GroupNouns(*word_sets("group_nouns.yaml", [f.name for f in fields(GroupNouns)])[1])


def peers_of(token: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """'my colleagues', 'Warren's colleagues': the possessor's own body (country and sector), when it has both."""
    if token.lower_ not in group_nouns().peer_nouns or token.pos_ != "NOUN":
        return None
    owner_token = next(children_with(token, ("poss",)), None)
    owner = resolve(owner_token) if owner_token is not None else None
    if owner is None or not owner.country or not owner.agent:
        return None
    code = f"{owner.country}{owner.agent}"
    return Actor(name=f"{owner_token.text} {token.text}", code=code, country=owner.country, agent=owner.agent,
                 reason=f"the peers of '{owner_token.text}' ({owner.name}): {code}")


def others_of(token: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """"Qatar's neighbours", "allies of Israel": parties other than the one named, which the text leaves unnamed;
    an actor with no country, so that neither the possessor's code nor a story country is given to them. Not
    where a modifier names the body they belong to ("its European Community partners", "its NATO allies")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in group_nouns().other_side_nouns:
        return None
    if has_child(token, ("appos",)):  # "Qatar's rival, Saudi Arabia": the name says who
        return None
    if any(c.dep_ in ("compound", "amod") and c.i < token.i and (found := resolve(c)) is not None and found.igo
           for c in token.children):
        return None
    owner = next((c for c in token.children if c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")), None)
    if owner is None or owner.pos_ == "PRON":  # "his former rival, X", "its allies": the story says who they are
        return None
    return Actor(name=token.doc[token.left_edge.i : token.i + 1].text,
                 reason=f"'{token.text}' of another party: others than the one named, no country")


def home_party(text: str, actor: Actor | None, home: str | None, countries: tuple[str, ...]) -> Actor | None:
    """'the opposition Democratic Party' in a story about South Korea: a party name that parties of many countries
    bear (``shared_party_names``), which the knowledge base gives to one country, is the story country's party when
    the story does not concern that country; so is a legislature's ('Congress' in a story about Peru,
    ``shared_legislature_names``). None otherwise."""
    words = text.lower().split()
    named = " ".join(w for w in words if w not in ("the", "opposition", "ruling"))
    if actor is None or actor.agent not in ("PTY", "LEG") or named not in shared_names(actor.agent) or home is None \
            or home == actor.country or actor.country in countries:
        return None
    agent = "OPP" if "opposition" in words and actor.agent == "PTY" else actor.agent
    kind = "parties" if actor.agent == "PTY" else "legislatures"
    return Actor(name=text, code=f"{home}{agent}", country=home, agent=agent,
                 reason=f"'{named}' names {kind} of many countries: {home} {agent}, the story's main country "
                        f"({actor.country} is none of the story's countries)")


def shared_names(agent: str | None = None) -> frozenset[str]:
    """Names of parties (PTY) or legislatures (LEG) that many countries' bodies bear; both when no sector is given."""
    rules = group_nouns()
    if agent == "PTY":
        return rules.shared_party_names
    if agent == "LEG":
        return rules.shared_legislature_names
    return rules.shared_party_names | rules.shared_legislature_names


def federal_states(token: Token, home: str | None) -> Actor | None:
    """'urged states not to ...', 'sixteen states sued': bare plural 'states' in a story about a federation."""
    rules = group_nouns()
    if home not in rules.federations or token.lower_ not in rules.state_nouns or token.tag_ != "NNS":
        return None
    if any(c.dep_ not in BARE_DEPS for c in token.children if c.i < token.i):
        return None
    return Actor(name=token.text, code=f"{home}{STATE_SECTOR}", country=home, agent=STATE_SECTOR,
                 reason=f"bare '{token.text}' in a story about {home}, a federation of states: its state governments")


NAMED_BODY_HEADS = frozenset({"club", "process", "format", "conference", "initiative", "quartet"})


def named_body(token: Token) -> bool:
    """'the Lima Group', 'the Paris Club', 'the Minsk Group': a capitalised body noun (``org_nouns``, and club,
    process, format, conference) after a capital's name is a body named after the city, not the government the
    capital alone would stand for."""
    return token.text[:1].isupper() and token.i > 0 \
        and (token.lemma_.lower() in group_nouns().org_nouns or token.lower_ in NAMED_BODY_HEADS)

