"""'During the meeting, Hariri thanked Egypt': the day of the event a fronted phrase refers back to.

A definite event noun in a temporal phrase before the clause's verb ("During the meeting", "At the talks",
"After the summit") names an event the story told before; the clause happened on that event's day. The
paragraph's context date does not cross a blank line (issue 13, point 8), but this is no inherited context: the
phrase names the event whose day it takes. The noun is matched to the latest earlier asserted event with a
day of its own, by the reference nouns' types (``events.yaml`` ``reference_nouns``: "the talks" a CONSULT).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from seismo.coding.doc_words import children_with
from seismo.coding.lexicon import Lexicon
from seismo.coding.sentence import DateHit
from seismo.models import Event, Modality

FRAME_PREPS = frozenset({"during", "at", "after", "following", "in"})


def referenced_day(sent: Span, events: Sequence[Event], lexicon: Lexicon) -> DateHit | None:
    """The day of the earlier event that a fronted 'during/at/after the <event noun>' names, else None."""
    found = _fronted_reference(sent, lexicon)
    if found is None:
        return None
    noun, wanted = found
    told = next((e for e in reversed(events) if e.modality is Modality.ASSERTED and e.date is not None
                 and e.date_precision == "day" and (e.type in wanted or f"{e.type}:{e.mode}" in wanted)), None)
    if told is None or told.date is None:
        return None
    return DateHit(noun, told.date_text or told.date.isoformat(), told.date, "day")


def _fronted_reference(sent: Span, lexicon: Lexicon) -> tuple[Token, tuple[str, ...]] | None:
    """The definite reference noun of a temporal phrase before the root, with the types it names."""
    root = sent.root
    for prep in children_with(root, ("prep",)):
        if prep.i > root.i or prep.lower_ not in FRAME_PREPS:
            continue
        noun = next(children_with(prep, ("pobj", "dobj")), None)
        types = _reference_types(noun, lexicon) if noun is not None else ()
        if types and noun is not None and any(c.lower_ == "the" for c in children_with(noun, ("det",))):
            return noun, types
    return None


def _reference_types(noun: Token, lexicon: Lexicon) -> tuple[str, ...]:
    """The types a reference noun names, by its word or its lemma ("talks", "meeting")."""
    return lexicon.reference_nouns.get(noun.lower_) or lexicon.reference_nouns.get(noun.lemma_.lower(), ())
