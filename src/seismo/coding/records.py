"""Event records: one ``Event`` per (source, target) pair of a trigger, with its codes from the lexicon.

Every path that makes an event (a trigger's own events, the stance and obligation events beside them,
spoken judgements) builds the record here, so ids and CAMEO/Goldstein codes are made one way.
"""

from __future__ import annotations

from typing import Any

from seismo.coding.events import Trigger
from seismo.coding.lexicon import Lexicon
from seismo.coding.merge import actor_key
from seismo.models import Actor, Event


def make_event(trigger: Trigger, source: Actor | None, target: Actor | None, base: dict[str, Any],
               lexicon: Lexicon) -> Event:
    """The record of one pair; ``base`` holds the fields its events share (document, modality, date, place,
    evidence). The id is deterministic: the document, the trigger's words, its type and both actors."""
    info = lexicon.types[trigger.type]
    key_source, key_target = actor_key(source) or "", actor_key(target) or ""
    event_id = Event.make_id(base["doc_id"], trigger.word.idx, trigger.verb.idx, trigger.type,
                             key_source, key_target)
    return Event(
        event_id=event_id, type=trigger.type, mode=trigger.mode, cameo=info.cameo_for(trigger.mode),
        goldstein=info.score_for(trigger.mode), quad_class=info.quad,
        source=source, target=target, **base,
    )
