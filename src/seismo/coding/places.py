"""Where an event happened: a place named in the event's own clause after a locative preposition.

"evacuated its embassy staff from Kyiv" -> Kyiv; "conducted exercises in Belarus" -> Belarus;
"troops along the Ukrainian border" -> the Ukrainian border (country UKR, no point coordinates).
A place that is an actor of the event ("Kyiv said") is not its location.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from seismo.coding.actors import phrase_span
from seismo.models import Location

if TYPE_CHECKING:
    from seismo.coding.events import Trigger
    from seismo.kb import KnowledgeBase

LOCATIVE = {"in", "near", "along", "at", "from", "into", "across", "outside", "inside", "to", "around",
            "toward", "towards", "off", "within", "throughout", "over"}
BORDER_NOUNS = {"border", "frontier", "borderline", "coast", "shore", "side", "boundary"}


def _owned_by(token: Token, trigger: Trigger, heads: set[int]) -> bool:
    """True when the nearest event/report clause above ``token`` is this trigger's."""
    owners = {trigger.verb.i, trigger.word.i}
    current = token.head
    for _ in range(40):
        if current.i in owners:
            return True
        if current.i in heads or current.head.i == current.i:
            return False
        current = current.head
    return False


def _locative(token: Token, trigger: Trigger) -> bool:
    """A locative prepositional object attached to the event clause itself or to its direct object."""
    prep = token.head
    if not (token.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in LOCATIVE):
        return False
    attach = prep.head
    anchors = {trigger.verb.i, trigger.word.i}
    return attach.i in anchors or (attach.dep_ in ("dobj", "nsubjpass", "nsubj") and attach.head.i in anchors)


def _border_location(token: Token, kb: KnowledgeBase) -> Location | None:
    """'the Ukrainian border': a country named by a modifier of a border noun."""
    if token.lemma_.lower() not in BORDER_NOUNS:
        return None
    for child in token.lefts:
        if child.dep_ in ("amod", "poss", "compound"):
            found = kb.resolve_phrase(phrase_span(child).text, None)
            if found and found.actor.country:
                name = " ".join(t.text for t in phrase_span(token) if t.dep_ not in ("det", "case"))
                return Location(name=name, country=found.actor.country)
    return None


def event_location(trigger: Trigger, sent: Span, heads: set[int], kb: KnowledgeBase) -> Location | None:
    """The first place in the trigger's clause that follows a locative preposition."""
    offset = sent.start_char
    for start, end, location in kb.find_places(sent.text):
        span = sent.doc.char_span(offset + start, offset + end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if _locative(root, trigger) and _owned_by(root, trigger, heads):
            return location
    for token in sent:
        if _locative(token, trigger) and _owned_by(token, trigger, heads):
            border = _border_location(token, kb)
            if border is not None:
                return border
    return None
