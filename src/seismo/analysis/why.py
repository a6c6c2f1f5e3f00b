"""``event_why``: why an event reads as it does: its modality, its actors' codes, and whether it counts.

The count and the story come from ``explain_event`` (``seismo explain``). The actors are
read again by the knowledge base the coder resolves names with (``seismo actor``): the
stored name alone, on the event's date, with the rule that decided it, so a reader sees
when the coder's code came from the name and when from the sentence around it. The
coder's parse is not stored, so the modality part lists the words of the evidence
sentence that are in the modality rules' cue lists (``coding/dictionaries/modality.yaml``)
as the candidates the rules look for; it does not claim which one the parse picked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from seismo.analysis.explain import explain_event
from seismo.analysis.models import Explanation
from seismo.models import Actor, Event, Modality
from seismo.store import Store

if TYPE_CHECKING:
    from seismo.kb import KnowledgeBase

MEANINGS = {
    Modality.ASSERTED: "the text says it happened: it counts as an event",
    Modality.NEGATED: "the text says it did not happen (not, never, failed to...): kept, not counted",
    Modality.DENIED: "an actor denies it happened: kept, not counted",
    Modality.HYPOTHETICAL: "possible, conditional, feared or asked for, not reported as done: kept, not counted",
    Modality.FUTURE: "planned, promised or expected, not yet done: kept, not counted",
}
# the cue lists that lead the rules to each modality (the strongest found wins)
CUE_LISTS = {
    Modality.NEGATED: ("negation_words", "negating_verbs", "negative_subjects", "pending_adverbs"),
    Modality.DENIED: ("denial_verbs", "denial_objects"),
    Modality.HYPOTHETICAL: ("hypothetical_modals", "hypothetical_marks", "hypothetical_heads", "hypothetical_verbs",
                            "directive_verbs", "directive_nouns", "mandative_verbs"),  # "ordered X to" (directives.py)
    Modality.FUTURE: ("future_modals", "future_verbs"),
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't|'ll")
_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("es", ""),
             ("s", ""))  # fmt: skip


class Cue(BaseModel):
    word: str  # as written in the sentence
    modality: Modality  # what the cue list points to
    rule: str  # the cue list, e.g. negation_words


class ModalityWhy(BaseModel):
    modality: Modality
    meaning: str
    trigger: str | None = None
    cues: list[Cue]


class ActorWhy(BaseModel):
    """An actor as stored, and what the knowledge base makes of its name alone on the event's date."""

    role: str  # source, target, attributed to
    name: str
    code: str | None = None
    kb_code: str | None = None
    kb_reason: str | None = None
    ambiguous: bool = False
    from_name: bool  # the name alone gives the stored code


class EventWhy(BaseModel):
    ok: bool = True
    event_id: str
    modality: ModalityWhy
    actors: list[ActorWhy]
    explanation: Explanation


def event_why(store: Store, event: Event, kb_files: Sequence[Path] = ()) -> EventWhy:
    """The modality cues, actor resolution and count explanation of a stored event."""
    return EventWhy(
        event_id=event.event_id,
        modality=modality_why(event),
        actors=actors_why(event, kb_files),
        explanation=explain_event(store, event.event_id),
    )


def modality_why(event: Event) -> ModalityWhy:
    from seismo.coding.lexicon import load_lexicon

    lexicon = load_lexicon()
    cues = []
    for word in _WORD.findall(event.evidence.sentence.lower()):
        forms = {word, *(word[: -len(end)] + add for end, add in _SUFFIXES if word.endswith(end))}
        for modality, lists in CUE_LISTS.items():
            rule = next((name for name in lists if forms & lexicon.cue(name)), None)
            if rule is not None:
                cues.append(Cue(word=word, modality=modality, rule=rule))
    return ModalityWhy(modality=event.modality, meaning=MEANINGS[event.modality], trigger=event.trigger, cues=cues)


def actors_why(event: Event, kb_files: Sequence[Path] = ()) -> list[ActorWhy]:
    from seismo.kb import load_kb

    kb = load_kb(list(kb_files))
    on = event.date or event.published
    roles: list[tuple[str, Actor | None]] = [
        ("source", event.source), ("target", event.target), ("attributed to", event.attributed_to)]  # fmt: skip
    return [_actor_why(kb, role, actor, on) for role, actor in roles if actor is not None]


def _actor_why(kb: KnowledgeBase, role: str, actor: Actor, on: dt.date | None) -> ActorWhy:
    found = kb.resolve_phrase(actor.name, on)
    code = found.actor.code if found is not None else None
    return ActorWhy(
        role=role,
        name=actor.name,
        code=actor.code,
        kb_code=code,
        kb_reason=found.reason if found is not None else None,
        ambiguous=bool(found is not None and found.ambiguous),
        from_name=code is not None and code == actor.code,
    )
