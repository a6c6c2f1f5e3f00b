"""A leader named by the party he or she leads: 'Labour leader Jeremy Corbyn', 'Marine Le Pen, the leader of the
far-right National Rally'.

'leader' alone is a government word (agents_curated.yaml: weak GOV), so a party leader the knowledge base does not
know came out as the government of the story's country. A leader noun whose own modifier is a name the knowledge base
does not know ('Labour leader'), or whose of-complement names a party by its leaning ('of the far-right National
Rally') or by a party word ('of the Liberal Party'), leads a party: PTY, in the same country.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import word_list, word_sets
from seismo.kb import KnowledgeBase
from seismo.models import Actor

PLACE_ENTS = frozenset({"NORP", "GPE", "LOC"})  # "South African leader", "African leaders": no party


@word_list
def _lists() -> list[frozenset[str]]:
    """titles.yaml: leader nouns, party leanings, party head nouns, title words (in that order)."""
    _, sets = word_sets("titles.yaml", ("party_leader_heads", "party_leanings", "party_heads", "leader_title_words"))
    return sets


def party_leader(token: Token, actor: Actor | None, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """The actor as a party (PTY) when its leader noun says it leads a party the knowledge base does not know."""
    if actor is None or actor.agent != "GOV" or actor.person is not None:
        return actor
    leader = next((t for t in (token, *token.children) if t.lemma_.lower() in _lists()[0]
                   and (t.i == token.i or t.dep_ in ("compound", "appos"))), None)
    why = _party_named(leader, kb, on) if leader is not None else None
    if why is None:
        return actor
    return actor.model_copy(update={
        "agent": "PTY", "code": f"{actor.country}PTY" if actor.country else None,
        "reason": f"{actor.reason or actor.name}; {why}: a party leader (PTY)"})


def _party_named(leader: Token, kb: KnowledgeBase, on: dt.date | None) -> str | None:
    """What names the party the leader leads, or None."""
    doc = leader.doc
    _, leanings, party_heads, title_words = _lists()
    for mod in (c for c in leader.children if c.i < leader.i and c.text[:1].isupper() and c.ent_type_ not in PLACE_ENTS
                and c.dep_ in ("compound", "amod")):  # 'Labour' is tagged an adjective
        words = doc[mod.left_edge.i : mod.i + 1].text
        if kb.resolve_phrase(words, on) is None and kb.place(words) is None and words.lower() not in title_words:
            return f"'{words} {leader.text}' names a body the knowledge base does not know"
    for prep in (c for c in children_with(leader, ("prep",)) if c.lower_ == "of"):
        for body in (g for g in children_with(prep, ("pobj",))):
            words = {t.lower_ for t in body.subtree}
            known = kb.resolve_phrase(" ".join(t.text for t in body.subtree), on)
            if known is not None and known.actor.agent != "PTY":
                continue  # 'the leader of the student movement', 'of the opposition alliance': read as themselves
            if words & leanings or body.lemma_.lower() in party_heads:
                return f"'{leader.text} of {' '.join(t.text for t in body.subtree)}' names a party"
    return None
