"""Coalitions named by the state that leads them: 'the Saudi-led coalition', 'a US-led coalition airstrike', 'the
coalition led by Saudi Arabia', 'a NATO-led force'.

The knowledge base keeps a leader before an agent noun ('Vietnamese-led forces' is VNMMIL) but 'coalition',
'alliance', 'force' or 'mission' alone are no agent nouns ('the ruling coalition' is a government, 'the coalition'
of a Yemen story is not Yemen's army), so the phrase named no actor at all and its strikes, raids and statements
were lost. Wire copy codes such a coalition by its leader, acting through its forces: the leader's military (an
organisation such as NATO or the UN keeps its own code). Heads: ``led_heads`` in ``dictionaries/group_nouns.yaml``.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from seismo.coding.doc_words import children_with
from seismo.coding.group_nouns import group_nouns
from seismo.coding.phrases import phrase_text
from seismo.kb import KnowledgeBase
from seismo.models import Actor

LEADER_DEPS = {"npadvmod", "compound", "amod", "nmod"}  # "Saudi" in "Saudi-led", as the parser hangs it


def led_coalition(token: Token, kb: KnowledgeBase, on: dt.date | None) -> Actor | None:
    """The actor of a coalition head named by its leader ('the Saudi-led coalition': SAUMIL), or None."""
    if token.lemma_.lower() not in group_nouns().led_heads:
        return None
    leader = _leader_text(token)
    found = kb.resolve_phrase(leader, on) if leader else None
    if found is None or not (found.actor.country or found.actor.igo):
        return None
    actor = found.actor
    if actor.igo or actor.agent:  # "a NATO-led force", "a UN-led mission": the organisation itself
        code, agent = actor.code, actor.agent
    else:
        code, agent = f"{actor.country}MIL", "MIL"
    return actor.model_copy(update={
        "name": phrase_text(token), "code": code, "agent": agent,
        "reason": f"{actor.reason}; the {token.lower_} led by '{leader}' acts through the leader's forces"})


def _leader_text(token: Token) -> str | None:
    """'Saudi' of 'the Saudi-led coalition' (or of a 'led' beside the head, 'a US-led coalition airstrike'), 'U.S.'
    of the one-word 'U.S.-led', 'Saudi Arabia' of 'the coalition led by Saudi Arabia'."""
    leds = [c for c in children_with(token, ("amod", "acl"))]
    if token.dep_ == "compound" and token.i > 0 and token.doc[token.i - 1].head.i == token.head.i:
        leds.append(token.doc[token.i - 1])  # the parser hangs 'US-led' on the airstrike, beside 'coalition'
    for led in leds:
        if led.lower_.endswith("-led") and len(led.text) > 4:
            return led.text[:-4]
        if led.lower_ != "led":
            continue
        named = [c for c in children_with(led, LEADER_DEPS) if c.i < led.i] if led.i < token.i else \
            [g for a in children_with(led, ("agent",)) for g in children_with(a, ("pobj",))]
        if named:
            return phrase_text(named[0])
    return None
