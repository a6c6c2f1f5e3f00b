"""Casualty counts told after the attack: the document pass gives an attack the toll its paragraph states.

"Twin bombings struck the cathedral in Jolo. ... At least 20 were killed." The second sentence names no
attacker and codes no event of its own; its count of dead is the attack's quantity (the number of dead the
text gives for the event, docs/annotation.md). Only a later sentence of the same paragraph counts, only for
the last asserted attack before it, and only when that attack has no quantity of its own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from seismo.coding.doc_words import VERB_POS, has_child, tagged
from seismo.coding.sentence import sentence_quantities
from seismo.models import Event, Modality, Quantity

DEATH_VERBS = {"kill": "nsubjpass", "die": "nsubj"}  # "were killed", "died": the lemma and its subject's role
NOT_PEOPLE = {"percent", "USD", "EUR", "GBP", "RUB", "CNY", "JPY", "UAH"}


def casualty_counts(doc: Doc, text: str, events: list[Event]) -> list[Event]:
    """Events with the dead that a later sentence of their paragraph counts ('the 176 people on board were
    all killed') set as the quantity of the last asserted attack before that sentence."""
    out = list(events)
    for sent in doc.sents:
        count = _death_count(sent)
        if count is None or any(e.type == "ASSAULT" and e.evidence.start == _start(sent) for e in out):
            continue
        before = [e for e in out if e.type == "ASSAULT" and e.modality is Modality.ASSERTED
                  and e.evidence.end <= sent.start_char and "\n" not in text[e.evidence.end:_start(sent)]]
        if not before:
            continue
        last = max(e.evidence.start for e in before)
        out = [e.model_copy(update={"quantity": count}) if e in before and e.evidence.start == last
               and e.quantity is None else e for e in out]
    return out


def _start(sent: Span) -> int:
    return next((t.idx for t in sent if not t.is_space), sent.start_char)


def _death_count(sent: Span) -> Quantity | None:
    """The number of dead a sentence states with no one named as killing them: 'at least 20 were killed',
    'the 176 people on board died'; None when it names a killer ('were killed by troops')."""
    for verb in tagged(sent, VERB_POS):
        role = DEATH_VERBS.get(verb.lemma_.lower())
        if role is None or has_child(verb, ("agent",)):
            continue
        subject = next((c for c in verb.children if c.dep_ == role), None)
        if subject is not None:
            return _count_of(subject, sent)
    return None


def _count_of(subject: Token, sent: Span) -> Quantity | None:
    for token, quantity in sentence_quantities(sent):
        counts = token.i == subject.i or (token.head.i == subject.i and token.dep_ in ("nummod", "quantmod"))
        if counts and (quantity.unit or "") not in NOT_PEOPLE:
            return quantity
    return None
