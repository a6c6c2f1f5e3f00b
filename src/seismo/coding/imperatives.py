"""Imperatives addressed to a named actor: '"President Putin, stop this war," the Ukrainian president said'.

A quoted command to someone the speaker names is an appeal to it (PLOVER REQUEST), whatever the commanded act
is. The addressee is a vocative (the parser reads "President Putin," before the verb as its subject, with a
comma between) or, for a bare command, the one the speaker told ('"Get out of our region," the president told
the United States'). Only base-form verbs with no subject of their own, no modal and no "to", inside a quote,
that open their clause; "let us ..." proposes, it does not ask. The trigger goes to ``judgement_events`` like a
spoken judgement: from the speaker to the addressee, only when both are known actors.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from seismo.coding.doc_words import children_with, tagged
from seismo.coding.events import NominalArgs, Trigger
from seismo.coding.word_tables import argument_words
from seismo.models import Actor

QUOTES = {'"', "“", "”", "'", "‘"}  # noqa: RUF001
OPENERS = {"please", "and", "now", "so", "just"}  # words an imperative may follow in its clause
AUDIENCES = {"MED"}  # '"Wait and see," the minister told reporters': the press hears, it is not asked


def imperative_triggers(sent: Span, resolve: Callable[[Token], Actor | None]) -> list[Trigger]:
    """REQUEST triggers for the quoted imperatives of ``sent`` that address a named actor."""
    found = []
    for verb in tagged(sent, ("VERB",)):  # ``_imperative`` asks a verb
        if not _imperative(verb, sent):
            continue
        addressee = _vocative(verb) or _told(verb)
        actor = resolve(addressee) if addressee is not None else None
        if actor is not None and actor.agent not in AUDIENCES:
            found.append(Trigger(verb=verb, word=verb, type="REQUEST", mode=None,
                                 nominal=NominalArgs(targets=(addressee,))))
    return found


def _imperative(verb: Token, sent: Span) -> bool:
    """A base-form verb opening a quoted clause, with no modal, no 'to' and no subject but a vocative."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.lemma_.lower() in argument_words().not_asking_verbs:
        return False
    if verb.dep_ not in ("ROOT", "ccomp", "advcl") or any(
            c.dep_ in ("aux", "auxpass", "mark", "nsubjpass", "expl") for c in verb.children):
        return False
    if not any(t.text in QUOTES for t in sent if t.i < verb.i):
        return False
    subject = next(children_with(verb, ("nsubj",)), None)
    if subject is not None and _vocative(verb) is None:
        return False
    vocative = set(t.i for t in subject.subtree) if subject is not None else set()
    return all(t.i in vocative or t.is_punct or t.text in QUOTES or t.lower_ in OPENERS
               for t in verb.subtree if t.i < verb.i)


def _vocative(verb: Token) -> Token | None:
    """'President Putin, stop ...': a name before the verb, set off by a comma, read as its subject."""
    subject = next((c for c in children_with(verb, ("nsubj",)) if c.pos_ in ("PROPN", "NOUN")), None)
    if subject is None or verb.i < 2 or subject.doc[verb.i - 1].text != ",":
        return None
    end = max(t.i for t in subject.subtree if not t.is_punct)  # the parser may hang the comma on the name
    return subject if end == verb.i - 2 else None


def _told(verb: Token) -> Token | None:
    """'"Get out of our region," the president told the United States': the one told."""
    head = verb.head
    if head.i == verb.i or head.lemma_.lower() not in argument_words().telling_verbs:
        return None
    return next((c for c in children_with(head, ("dobj", "dative")) if c.i > verb.i), None)
