"""Vocatives: "Thank you, President Macron, for ..." -- the name that a quoted "you" addresses.

Thanks and praise in quotes address their target as "you" and name it beside the pronoun ("Thank you [Bill de
Blasio] for ...", "Thank you Germany"). The parser hangs the name on the verb (a second object, an npadvmod) or
on "you" (an apposition); only a proper name right after "you" counts, so "thank you all" names no one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from seismo.coding.doc_words import has_child
from seismo.coding.events import Trigger
from seismo.models import Actor

Speaker = Callable[[Token, dt.date | None], Actor | None]
INTERJECTIONS = {"thank", "congratulate"}  # said without a subject: "Thank you", "Congratulate them for me"

SECOND = {"you"}
NAME_DEPS = {"npadvmod", "dobj", "appos", "attr", "dep"}
SKIPPED = {",", "[", "(", "-", "—"}


def addressed_names(verb: Token, obj: Token | None) -> list[Token]:
    """The proper name a 'you' object addresses: its head token, when it follows 'you' (past commas, brackets)."""
    if obj is None or obj.lower_ not in SECOND:
        return []
    doc, i = obj.doc, obj.i + 1
    while i < len(doc) and doc[i].text in SKIPPED:
        i += 1
    if i >= len(doc) or doc[i].pos_ != "PROPN":
        return []
    name = doc[i]
    while name.head.i != name.i and name.dep_ in ("compound", "nmod", "flat") and name.head.i > name.i:
        name = name.head
    if name.dep_ in NAME_DEPS and name.head in (verb, obj) and name.pos_ == "PROPN":
        return [name]
    return []


def thanking_speaker(trigger: Trigger, quote_speaker: Speaker | None, on: dt.date | None) -> list[Actor]:
    """'"Thank you [X] for ...", wrote Warren': a subjectless thanks or congratulations in a quote is said by
    the quote's speaker ("I thank you"); nothing when the speaker does not resolve."""
    word = trigger.word.lemma_.lower()
    if trigger.type != "SUPPORT" or word not in INTERJECTIONS or quote_speaker is None:
        return []
    if has_child(trigger.verb, ("nsubj", "nsubjpass")):
        return []
    speaker = quote_speaker(trigger.word, on)
    if speaker is None or not (speaker.country or speaker.igo):
        return []
    why = f"'{trigger.word.text}' said in a quote by its speaker"
    return [speaker.model_copy(update={"reason": f"{why}; {speaker.reason}"})]
