"""What a phrase's own words name, by the knowledge base alone: no memory of the document is read.

``coding.actors`` asks these before it falls back on earlier sentences: "U.S. and South Korean forces"
is two actors, "Portuguese President Mario Soares" is Portugal's whatever the name says, "the Kingdom
of Saudi Arabia" is a state's formal name, and "tens of thousands of students" are the students.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from seismo.coding.doc_words import children_with
from seismo.coding.group_nouns import group_nouns
from seismo.coding.mention_memory import because
from seismo.coding.org_heads import head_sector
from seismo.coding.phrases import phrase_text
from seismo.kb import KnowledgeBase
from seismo.models import Actor

__all__ = ["nationality_first", "of_complement", "split_modifiers", "state_name"]


def split_modifiers(kb: KnowledgeBase, token: Token, on: dt.date | None) -> list[Actor]:
    """'U.S. and South Korean forces': coordinated modifiers of one noun name one actor each, when the KB
    gives every one of them a country (else nothing: the phrase is read whole)."""
    if token.pos_ != "NOUN":
        return []
    for mod in token.lefts:
        if mod.dep_ not in ("nmod", "amod", "compound"):
            continue
        parts = [mod] + [c for c in children_with(mod, ("conj",))]
        if len(parts) < 2:
            continue
        actors = []
        for part in parts:
            words = [t.text for t in token.doc[part.left_edge.i : part.i + 1] if t.dep_ not in ("cc", "punct")]
            found = kb.resolve_phrase(f"{' '.join(words)} {token.text}", on)
            if found is None or not found.actor.country:
                return []
            actors.append(found.actor)
        return actors
    return []


def nationality_first(kb: KnowledgeBase, span: Span, actor: Actor, on: dt.date | None) -> Actor:
    """'Portuguese President Mario Soares': a nationality written in the phrase beats a name look-up."""
    if not actor.country or len(span) < 2:
        return actor
    for tok in span[:-1]:
        if tok.dep_ not in ("amod", "compound") or tok.ent_type_ not in ("NORP", "GPE"):
            continue
        named = kb.resolve_phrase(tok.text, on)
        country = named.actor.country if named and not named.actor.agent else None
        if country and country != actor.country:
            return actor.model_copy(update={
                "country": country, "code": f"{country}{actor.agent or ''}",
                "reason": f"{actor.reason}; the nationality '{tok.text}' written in the phrase: {country}",
            })
        break
    return actor


def state_name(kb: KnowledgeBase, token: Token, span: Span, on: dt.date | None) -> Actor | None:
    """'the Democratic People's Republic of Korea', 'the Kingdom of Saudi Arabia': a state's formal
    name runs on through an 'of' complement, so its first half alone ('People's Republic') reads as
    something else. The whole name counts when the KB knows it whole as a country or an IGO (with its
    sector: 'the European Court of Justice' is a court)."""
    if token.pos_ != "PROPN":
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN":
                continue
            start = next((t.i for t in span if t.pos_ != "DET"), token.i)  # "the" is no part of the name
            name = token.doc[start : pobj.i + 1].text
            found = kb.find_actor_mentions(name, on)
            if len(found) == 1 and found[0][:2] == (0, len(name)):
                actor = found[0][2].actor
                if actor.igo or (actor.country and not actor.agent):  # an IGO's court or agency too
                    return because(actor, f"{found[0][2].reason}; a state's formal name")
    return None


def of_complement(kb: KnowledgeBase, token: Token, on: dt.date | None, depth: int = 0) -> Actor | None:
    """'the units of the Western military district', 'tens of thousands of students': the 'of' complement."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                found = kb.resolve_phrase(phrase_text(pobj), on)
                if found:  # "thousands of Mexicans": the people of the country (org_heads.people_of); "members
                    # of the Brazilian Landless Workers Movement": the organisation its head names, not the state
                    named = because(found.actor, f"{found.reason}; named by the 'of' complement")
                    return head_sector(pobj, named, kb, on)
                if depth < 2 and pobj.lemma_.lower() in group_nouns().collective_heads:
                    return of_complement(kb, pobj, on, depth + 1)
    return None


def shared_modifier(kb: KnowledgeBase, token: Token, actor: Actor | None, on: dt.date | None) -> Actor | None:
    """'Israeli helicopters and tanks': a nationality before the first of coordinated nouns is the later nouns' too,
    when they have no modifier of their own; None when it names no country or the actor has one already."""
    if actor is None or actor.country or actor.igo or token.dep_ != "conj" or token.pos_ != "NOUN" \
            or any(c.dep_ in ("amod", "compound", "poss", "det") for c in token.lefts):
        return None
    head = token.head
    mods = [c for c in head.lefts if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE")]
    if head.pos_ != "NOUN" or not mods:
        return None
    found = kb.resolve_phrase(f"{head.doc[mods[0].left_edge.i : mods[-1].i + 1].text} {token.text}", on)
    if found is None or not found.actor.country or found.actor.agent != actor.agent:
        return None
    return because(found.actor, f"{found.reason}; '{mods[0].text}' before '{head.text}' is shared by '{token.text}'")
