"""A known person is read on the event's own day, however the mention reached them.

The story's earlier mentions are resolved on the publication day and remembered (``coding.mention_memory``); a
pronoun, a bare surname or a bare title later takes the remembered actor. When the event that pronoun acts in has
a day of its own ('Hariri announced his resignation on Tuesday. He said he would submit it to the president'),
the person's role is the one they held that day, as it is for a name written out in that sentence.
"""

from __future__ import annotations

import datetime as dt

from seismo.coding.person_readings import plain_reading
from seismo.kb import KnowledgeBase
from seismo.models import Actor, Event

__all__ = ["on_event_day", "people_on_event_days"]


def on_event_day(actor: Actor | None, on: dt.date | None, kb: KnowledgeBase) -> Actor | None:
    """``actor`` with the role its person held on ``on``, where the knowledge base's plain reading of the person
    (``person_readings.plain_reading``: the record's own reading, with no note that something in the text changed
    it: a newer title, an organisation, a tie between namesakes) decided it on another day; any other actor is
    returned as it is."""
    read = plain_reading(actor) if on is not None else None
    if read is None:
        return actor
    assert actor is not None
    found = kb.resolve_phrase(read.name, on)
    again = found.actor.person if found is not None else None
    if found is None or found.ambiguous or again is None or again.name != read.name \
            or (found.actor.code, found.actor.igo) == (actor.code, actor.igo):
        return actor
    new = found.actor
    return actor.model_copy(update={"code": new.code, "country": new.country, "agent": new.agent, "igo": new.igo,
                                    "reason": f"{found.reason}; read on the event's day"}).with_person(again)


def people_on_event_days(events: list[Event], kb: KnowledgeBase) -> list[Event]:
    """The document pass's last word on roles: an event's date may be settled after its parties were resolved (a
    stance event takes the statement's day, a reference the day of the event it names), so each known person among
    its source, target and attribution is read again on the day the event finally has."""
    out: list[Event] = []
    for event in events:
        if event.date is None or event.date_precision != "day":
            out.append(event)
            continue
        update = {k: on_event_day(a, event.date, kb) for k, a in
                  (("source", event.source), ("target", event.target), ("attributed_to", event.attributed_to))}
        changed = {k: a for k, a in update.items() if a is not getattr(event, k)}
        if not changed:
            out.append(event)
            continue
        event = event.model_copy(update=changed)
        if not any(_key(e) == _key(event) for e in out):  # read twice, once on each day: now one record
            out.append(event)
    return out


def _key(event: Event) -> tuple[object, ...]:
    return (event.type, event.mode, event.modality, event.date, event.evidence.start if event.evidence else None,
            event.source.code if event.source else None, event.target.code if event.target else None)
