"""Hand-made predictions for the eval tests (no model needed)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from seismo.evaluation.goldsets import GoldEvent, GoldLabel
from seismo.evaluation.quality import CodedEvent
from seismo.models import Actor, Event, Evidence, Modality

QUADS = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "ASSAULT": 4,
    "COERCE": 4,
    "SANCTION": 4,
}


def ce(
    type_: str,
    src: str | None = None,
    tgt: str | None = None,
    modality: str = "asserted",
    quad: int | None = None,
    src_code: str | None = None,
    tgt_code: str | None = None,
) -> CodedEvent:
    """A coded event: countries ``src``/``tgt``; codes default to the countries."""
    return CodedEvent(
        type=type_,
        quad=quad if quad is not None else QUADS.get(type_),
        source_country=src,
        target_country=tgt,
        source_code=src_code or src,
        target_code=tgt_code or tgt,
        modality=modality,
    )


def gold(
    types: list[str] | None,
    src: tuple[str, ...] = (),
    tgt: tuple[str, ...] = (),
    quad: int | None = None,
    relevant: bool | None = None,
) -> GoldLabel:
    events = None if types is None else tuple(GoldEvent(t, src, tgt) for t in types)
    rel = relevant if relevant is not None else (None if types is None else bool(types))
    q = (
        quad
        if quad is not None
        else (QUADS.get(types[0]) if types else (0 if types == [] else None))
    )
    return GoldLabel(
        relevant=rel, types=None if types is None else tuple(types), quad=q, events=events
    )


def event(
    doc_id: str,
    type_: str,
    src: str | None = None,
    tgt: str | None = None,
    modality: Modality = Modality.ASSERTED,
    src_code: str | None = None,
    tgt_code: str | None = None,
) -> Event:
    """A full seismo Event as the pipeline would return it."""

    def actor(country: str | None, code: str | None) -> Actor | None:
        if country is None and code is None:
            return None
        return Actor(name=code or country or "?", code=code or country, country=country)

    return Event(
        event_id=f"{doc_id}-{type_}-{src}-{tgt}",
        doc_id=doc_id,
        type=type_,
        quad_class=QUADS.get(type_),
        modality=modality,
        source=actor(src, src_code),
        target=actor(tgt, tgt_code),
        evidence=Evidence(sentence="s", start=0, end=1),
    )


def load_script(name: str) -> Any:
    """A development script under scripts/ as a module (they are run as files, not installed)."""
    path = Path(__file__).resolve().parents[2] / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
