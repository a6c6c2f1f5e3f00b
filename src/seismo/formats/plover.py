"""PLOVER JSON: one event record per line with the field names of the PLOVER manual.

The manual's "PLOVER JSON" table (``PLOVER_MANUAL.tex``, chapter "Data Fields") names the core fields and
its object tables name the entity, location, text and citation objects; ``schemas/plover.schema.json`` is
written from those tables. seismo's own fields that the manual has no name for (modality, attribution,
evidence span, trigger, CAMEO code, ...) are added as named extra fields, which the manual allows.
Records are plain dicts built from ``Event`` only, so the same mapping serves ``code``, ``events`` and
``export``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import IO, Any

from seismo.models import Actor, Event, Location

PLOVER_SCHEMA_PATH = Path(__file__).resolve().parent.parent / "schemas" / "plover.schema.json"
CODEBOOK = "plover-base"  # PLOVER categories as coded by seismo's lexicon (docs/formats.md)


@cache
def plover_schema() -> dict[str, Any]:
    """The JSON Schema of one ``--format plover`` record, shipped in the package."""
    return json.loads(PLOVER_SCHEMA_PATH.read_text(encoding="utf-8"))


def entity(actor: Actor) -> dict[str, Any]:
    """Actor -> PLOVER entity object: country ``code``, agent ``sector``, name ``entity_text``."""
    top = actor.country or (actor.code[:3] if actor.code else None)
    return {"code": top, "sector": actor.agent, "entity_text": actor.name,
            "actor_code": actor.code, "igo": actor.igo}  # fmt: skip


def location(place: Location | None) -> dict[str, Any] | None:
    """Location -> PLOVER location object (names from the manual's Mordecai/geonames table)."""
    if place is None:
        return None
    return {"extracted_place": place.name, "resolved_place": place.name, "country_code": place.country,
            "lat": place.lat, "lon": place.lon}  # fmt: skip


def cite_info(event: Event, doc: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Citation object: the document's url and title when known, outlet and coder."""
    doc = doc or {}
    return {"url": doc.get("url"), "title": doc.get("title"), "publication": event.outlet,
            "coder": coder(event), "codebook": CODEBOOK}  # fmt: skip


def coder(event: Event) -> str:
    """The coder's version string (``seismo-0.1.0``), or ``seismo`` when the event does not carry one."""
    return event.coder_version or "seismo"


def plover_record(event: Event, doc: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """One Event as a PLOVER JSON record; ``doc`` (``url``, ``title``) fills ``cite_info``.

    ``date`` is the event date, else the publication date (as PLOVER data sets date by report), else null.
    ``event_scale`` is the CAMEO Goldstein score, which PLOVER scores are designed to splice with.
    ``text`` is left out: seismo does not hold rights to redistribute article text (the manual's note 6).
    """
    day = event.date or event.published
    return {
        "id": event.event_id,
        "has_event": True,
        "date": day.isoformat() if day else None,
        "actor": [entity(event.source)] if event.source else [],
        "recipient": [entity(event.target)] if event.target else [],
        "event": [event.type],
        "event_loc": location(event.location),
        "event_text": [event.evidence.sentence],
        "quad_code": event.quad_class,
        "event_scale": event.goldstein,
        "mode": [event.mode] if event.mode else None,
        "context": list(event.contexts) or None,  # the manual's general contexts (docs/contexts.md)
        "text_info": {"start": event.evidence.start, "end": event.evidence.end},
        "cite_info": cite_info(event, doc),
        "coder": coder(event),
        **extras(event),
    }


def extras(event: Event) -> dict[str, Any]:
    """seismo's named extra fields: what the manual's table has no name for."""
    return {
        "doc_id": event.doc_id,
        "modality": str(event.modality),
        "attribution": entity(event.attributed_to) if event.attributed_to else None,
        "evidence": event.evidence.model_dump(),
        "mentions": [m.model_dump() for m in event.mentions],
        "trigger": event.trigger,
        "cameo": event.cameo,
        "date_text": event.date_text,
        "date_precision": event.date_precision,
        "published": event.published.isoformat() if event.published else None,
        "quantity": event.quantity.model_dump() if event.quantity else None,
    }


def write_plover(events: Iterable[Event], out: IO[str], docs: Mapping[str, Mapping[str, Any]] | None = None) -> int:
    """Write one PLOVER JSON record per line to a text stream; return the number written."""
    docs = docs or {}
    count = 0
    for event in events:
        out.write(json.dumps(plover_record(event, docs.get(event.doc_id)), ensure_ascii=False) + "\n")
        count += 1
    return count
