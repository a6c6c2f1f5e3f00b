"""PLOVER context scores against a gold set whose records carry a ``meta.context`` (the PLOVER GSR).

The GSR was coded with PLOVER 0.5b1's context names (2016); ``OLD_CONTEXTS`` maps them to today's
general-contexts table (docs/contexts.md lists the mapping and why). A record's predicted contexts
are the union over the events coded in its sentence; a record whose gold context is missing or
"unknown" is not scored. Micro-F1 counts (record, context) pairs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from seismo.analysis import quality as q
from seismo.analysis.goldsets import GoldRecord
from seismo.models import Event

# PLOVER 0.5b1 context name -> today's names (None: no context of today's table says it)
OLD_CONTEXTS: dict[str, tuple[str, ...]] = {
    "military": ("military",),
    "diplomatic": ("diplomatic",),
    "foreign": ("diplomatic",),
    "legal": ("legal",),
    "economic": ("economic",),
    "assets": ("economic",),
    "political": ("political_institutions",),
    "politics": ("political_institutions",),
    "government": ("executive",),
    "terrorism": ("terrorism",),
    "election": ("election",),
    "refugee": ("migration",),
    "refugees": ("migration",),
    "resource": ("natural_resource",),
    "resources": ("natural_resource",),
    "cbrn": ("cbrn",),
    "cyber": ("cyber",),
    "rights": ("rights_freedoms",),
    "discrimination": ("inequality",),
    "religion": ("religion_ethnicity",),
    "historical": (),
}
UNSCORED = {"", "unknown"}


def gold_contexts(meta: Mapping[str, Any]) -> frozenset[str] | None:
    """Today's contexts of a GSR record's ``meta.context`` ("diplomatic, military"); None: not scored."""
    raw = meta.get("context")
    if raw is None:
        return None
    names = [n.strip().lower() for n in str(raw).replace(";", ",").split(",")]
    names = [n for n in names if n not in UNSCORED]
    if not names:
        return None
    return frozenset(new for n in names for new in OLD_CONTEXTS.get(n, (n,)))


def predicted_contexts(events: Sequence[Event]) -> frozenset[str]:
    return frozenset(c for e in events for c in e.contexts)


def context_scores(
    records: Sequence[GoldRecord], events_by_id: Mapping[str, Sequence[Event]]
) -> tuple[q.PRF, dict[str, q.PRF]]:
    """Micro P/R/F over (record, context) pairs, and the same per context."""
    per: dict[str, list[int]] = {}
    for record in records:
        gold = gold_contexts(record.meta)
        if gold is None:
            continue
        coded = predicted_contexts(events_by_id.get(record.id, ()))
        for name in gold | coded:
            counts = per.setdefault(name, [0, 0, 0])
            counts[0 if name in gold and name in coded else 1 if name in coded else 2] += 1
    by_context = {name: q.PRF(*c) for name, c in sorted(per.items())}
    micro = q.PRF(*(sum(p.tp for p in by_context.values()), sum(p.fp for p in by_context.values()),
                    sum(p.fn for p in by_context.values())))  # fmt: skip
    return micro, by_context
