"""PLOVER context scores against a gold set whose records carry a ``meta.context`` (the PLOVER GSR).

The GSR was coded with PLOVER 0.5b1's context names (2016); ``OLD_CONTEXTS`` maps them to today's
general-contexts table (docs/contexts.md lists the mapping and why). A record's predicted contexts
are the union over the events coded in its sentence; a record whose gold context is missing or
"unknown" is not scored. Micro-F1 counts (record, context) pairs.

The headline micro-F1 counts only the contexts the GSR's vocabulary can say (``COMPARABLE``: the
mapping's targets). Today's table has contexts 0.5b1 had no name for (peacekeeping, repression,
human_security, ...): the GSR leaves them out everywhere, so a correct one would count as a false
positive. The micro-F1 over every context is reported beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from seismo.evaluation import quality as q
from seismo.evaluation.goldsets import GoldRecord
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
COMPARABLE = frozenset(new for names in OLD_CONTEXTS.values() for new in names)


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
) -> tuple[q.PRF, q.PRF, dict[str, q.PRF]]:
    """Micro P/R/F over (record, context) pairs of the ``COMPARABLE`` contexts, over all, and per context."""
    per: dict[str, list[int]] = {}
    for record in records:
        gold = gold_contexts(record.meta)
        if gold is None:
            continue
        coded = predicted_contexts(events_by_id.get(record.id, ()))
        for name in gold | coded:
            counts = per.setdefault(name, [0, 0, 0])
            counts[0 if name in gold and name in coded else 1 if name in coded else 2] += 1
    by_context = {name: q.PRF(*c) for name, c in sorted(per.items(), key=lambda kv: (-sum(kv[1][::2]), kv[0]))}
    return _sum(p for c, p in by_context.items() if c in COMPARABLE), _sum(by_context.values()), by_context


def _sum(prfs: Iterable[q.PRF]) -> q.PRF:
    tp = fp = fn = 0
    for p in prfs:
        tp, fp, fn = tp + p.tp, fp + p.fp, fn + p.fn
    return q.PRF(tp, fp, fn)
