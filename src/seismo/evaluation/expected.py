"""Check coded events against an expected-events file (must / should / must_not), leniently.

The format is the one of ``shared/seed/expected.yaml``: a listed field must match, an absent field
is free. The same matcher serves the test suite and ``seismo eval`` on hand-written article sets
(``seismo.evaluation.articles``). Keys the matcher does not know (``id``, ``evidence``, ``note``) are
ignored. A gold ``date`` is a day, a month ``"YYYY-MM"`` or a year ``"YYYY"`` (matched as a prefix
of the event's day), or a list of them.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from seismo.models import Actor, Event, Modality

ACTOR_FIELDS = ("country", "agent", "igo", "code", "name")


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _norm(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def actor_matches(actor: Actor | None, spec: dict[str, Any] | None) -> bool:
    """Every listed field of ``spec`` (a value or a list of acceptable values) matches the actor."""
    if not spec:
        return True
    if actor is None:
        return False
    for key in ACTOR_FIELDS:
        if key in spec:
            wanted = {_norm(v).lower() for v in _as_list(spec[key])}
            have = getattr(actor, key)
            if have is None or str(have).lower() not in wanted:
                return False
    return True


def _scalar_matches(have: Any, wanted: Any) -> bool:
    return have is not None and _norm(have) in {_norm(v) for v in _as_list(wanted)}


def date_matches(have: dt.date | None, wanted: Any) -> bool:
    """The event's day equals a listed day, or lies in a listed month ("YYYY-MM") or year ("YYYY")."""
    if have is None:
        return False
    day = have.isoformat()
    for value in _as_list(wanted):
        text = _norm(value)
        if day == text or (len(text) in (4, 7) and day.startswith(text + "-")):
            return True
    return False


def place_matches(event: Event, spec: dict[str, Any]) -> bool:
    """The listed country, and a listed name that is part of the coded place's name (``Baghdad`` in ``Baghdad
    International Airport``) or another name of the same gazetteer place (``Kiev`` for ``Kyiv``), compared without
    case or diacritics (``Kandahar`` for ``Kandahār``): docs/evaluation.md, "Place names"."""
    loc = event.location
    if loc is None:
        return False
    if "country" in spec and not _scalar_matches(loc.country, spec["country"]):
        return False
    names = [str(n) for n in _as_list(spec.get("name", []))]
    have = fold_name(loc.name)
    return not names or any(fold_name(name) in have or _gazetteer_name(name) == have for name in names)


# letters NFKD does not split into a base letter and a mark (dotless i, l with stroke, o with stroke, d with stroke)
_DOTLESS = str.maketrans({"\u0131": "i", "\u0142": "l", "\u00f8": "o", "\u0111": "d", "\u00df": "ss"})


def fold_name(name: str) -> str:
    """'Kandahār' -> 'kandahar', 'São Paulo' -> 'sao paulo': the gazetteer keeps diacritics, annotators write
    the article's spelling."""
    decomposed = unicodedata.normalize("NFKD", name.lower().translate(_DOTLESS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=4096)
def _gazetteer_name(name: str) -> str | None:
    """The folded name of the gazetteer place ``name`` names ('Kiev' -> 'kyiv', 'Raqqa' -> 'ar raqqah'), loaded
    only when a name does not match as written."""
    from seismo.kb import load_kb

    place = load_kb().place(name)
    return fold_name(place.name) if place is not None else None


def roles_match(event: Event, spec: dict[str, Any]) -> bool:
    direct = actor_matches(event.source, spec.get("source")) and actor_matches(event.target, spec.get("target"))
    if direct or not spec.get("either_direction"):
        return direct
    return actor_matches(event.target, spec.get("source")) and actor_matches(event.source, spec.get("target"))


def event_matches(event: Event, spec: dict[str, Any]) -> bool:
    """True when the event satisfies every constraint listed in ``spec``."""
    modality = spec.get("modality", "asserted")
    checks = [
        event.modality.value in {str(m) for m in _as_list(modality)},
        "type" not in spec or event.type in _as_list(spec["type"]),
        "mode" not in spec or event.mode in _as_list(spec["mode"]),
        roles_match(event, spec),
        "date" not in spec or date_matches(event.date, spec["date"]),
        "attributed_to" not in spec or actor_matches(event.attributed_to, spec["attributed_to"]),
        "location" not in spec or place_matches(event, spec["location"]),
        "quantity" not in spec or (event.quantity is not None
                                   and float(event.quantity.value) == float(spec["quantity"])),
        "contexts" not in spec or set(_as_list(spec["contexts"])) <= set(event.contexts),
    ]
    return all(checks)


def forbidden(event: Event, spec: dict[str, Any]) -> bool:
    """A must_not item: a pattern no asserted event may match."""
    if "date_after" in spec:
        return event.date is not None and event.date.isoformat() > _norm(spec["date_after"])
    if "actor_name" in spec:
        # The outlet or a quoted medium reports and may be who says so (attributed_to, "according to
        # Reuters"); it must never be coded as the one who acts or is acted upon.
        names = [str(n).lower() for n in _as_list(spec["actor_name"])]
        return any(a is not None and any(n in a.name.lower() for n in names)
                   for a in (event.source, event.target))
    return event_matches(event, {**spec, "modality": "asserted"})


@dataclass
class ExpectedReport:
    """The outcome of one expected file: failures make a test fail, should-hits are a score."""

    missing: list[str] = field(default_factory=list)
    forbidden: list[str] = field(default_factory=list)
    should_found: list[str] = field(default_factory=list)
    should_missed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.forbidden


def check_expected(events: Iterable[Event], expected: dict[str, Any]) -> ExpectedReport:
    events = list(events)
    asserted = [e for e in events if e.modality is Modality.ASSERTED]
    report = ExpectedReport()
    for i, spec in enumerate(expected.get("must") or []):
        if not any(event_matches(e, spec) for e in events):
            report.missing.append(str(spec.get("id", i)))
    for i, spec in enumerate(expected.get("should") or []):
        hit = any(event_matches(e, spec) for e in events)
        (report.should_found if hit else report.should_missed).append(str(spec.get("id", i)))
    for spec in expected.get("must_not") or []:
        if "more_than" in spec:
            if len(asserted) > int(spec["more_than"]):
                report.forbidden.append(f"more_than {spec['more_than']}: {len(asserted)} asserted events")
            continue
        for event in asserted:
            if forbidden(event, spec):
                report.forbidden.append(f"{spec} matched {event.type} {event.evidence.sentence[:80]!r}")
    return report
