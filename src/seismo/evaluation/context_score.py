"""PLOVER context scores against a gold set whose records carry a ``meta.context`` (the PLOVER GSR).

The GSR was coded with PLOVER 0.5b1's context names (2016); ``OLD_CONTEXTS`` maps each to the part of
today's general-contexts table that covers it (docs/contexts.md lists the mapping and why). Where today's
table splits an old name (0.5b1's "military" covered peacekeeping, its "resource" land and territory), the
old name is met by any of its parts: a record's gold name counts once, as a hit when the coder gave one of
its parts (and then the other parts it gave are not false positives either), else as a miss. A record's
predicted contexts are the union over the events coded in its sentence; a record whose gold context is
missing or "unknown" is not scored. Micro-F1 counts (record, context) pairs.

The headline micro-F1 counts only the contexts the GSR's vocabulary can say (``COMPARABLE``: the
mapping's targets). Today's table has contexts 0.5b1 had no name for at all (gender, health, crime, ...):
the GSR leaves them out everywhere, so a correct one would count as a false positive. The micro-F1 over
every context is reported beside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from seismo.evaluation import quality as q
from seismo.evaluation.goldsets import GoldRecord
from seismo.models import Event

POLITICAL = ("political_institutions", "executive", "pro_democracy", "pro_autocracy")
# PLOVER 0.5b1 context name -> the part of today's table that says it, most specific first (() : none does)
OLD_CONTEXTS: dict[str, tuple[str, ...]] = {
    "military": ("military", "peacekeeping"),  # peacekeeping forces: a context of their own today
    "diplomatic": ("diplomatic",),
    "foreign": ("diplomatic",),
    # CAMEO2PLOVER-2021 still codes easing "administrative sanctions" legal and imposing or threatening them
    # (curfews, emergency rule, martial law: 1323/1324, 1723/1724) pro_autocracy; restrictions on rights and
    # gatherings are rights_freedoms today, human rights law and courts human_rights
    "legal": ("legal", "rights_freedoms", "human_rights", "pro_autocracy"),
    "economic": ("economic", "human_security"),  # food, water, housing and energy aid: human_security today
    "assets": ("economic", "human_security"),  # property seizure: "land/property tenure" is human_security
    "political": POLITICAL,  # CAMEO2PLOVER-2021: leadership change -> executive, bans -> pro_autocracy
    "politics": POLITICAL,
    "government": ("executive",),
    "terrorism": ("terrorism",),
    "election": ("election",),
    "refugee": ("migration", "asylum"),
    "refugees": ("migration", "asylum"),
    "resource": ("natural_resource", "territory", "human_security"),  # land: territory or tenure today
    "resources": ("natural_resource", "territory", "human_security"),
    "cbrn": ("cbrn",),
    "cyber": ("cyber",),
    # CAMEO2PLOVER-2021 codes easing restrictions on political freedoms (0811, 082) "democracy"
    "rights": ("rights_freedoms", "human_rights", "pro_democracy"),
    "discrimination": ("inequality", "religion_ethnicity", "gender", "lgbt"),  # the manual's inequality note
    "religion": ("religion_ethnicity",),
    "historical": (),  # an auxiliary mode (the manual), not a topic
    "none": (),  # the coders saw no context: every coded context is an extra, and "none" is no miss
}
UNSCORED = {"", "unknown"}
COMPARABLE = frozenset(new for names in OLD_CONTEXTS.values() for new in names)


def old_names(meta: Mapping[str, Any]) -> list[str] | None:
    """A GSR record's ``meta.context`` ("diplomatic, military") as names; None: not scored."""
    raw = meta.get("context")
    if raw is None:
        return None
    names = [n.strip().lower() for n in str(raw).replace(";", ",").split(",")]
    names = [n for n in names if n not in UNSCORED]
    return names or None


def gold_contexts(meta: Mapping[str, Any], coded: Iterable[str] = ()) -> frozenset[str] | None:
    """Today's contexts of a GSR record: each old name as the first of its parts that was ``coded``, else
    as its first part. None: not scored."""
    names = old_names(meta)
    if names is None:
        return None
    coded = set(coded)
    out = set()
    for name in names:
        parts = OLD_CONTEXTS.get(name, (name,))
        hit = [p for p in parts if p in coded]
        out.update(hit[:1] or parts[:1])
    return frozenset(out)


def covered(meta: Mapping[str, Any]) -> frozenset[str]:
    """Every part of a record's old names: coding any of them is no false positive."""
    return frozenset(p for name in old_names(meta) or () for p in OLD_CONTEXTS.get(name, (name,)))


def predicted_contexts(events: Sequence[Event]) -> frozenset[str]:
    return frozenset(c for e in events for c in e.contexts)


def context_scores(
    records: Sequence[GoldRecord], events_by_id: Mapping[str, Sequence[Event]]
) -> tuple[q.PRF, q.PRF, dict[str, q.PRF]]:
    """Micro P/R/F over (record, context) pairs of the ``COMPARABLE`` contexts, over all, and per context."""
    per: dict[str, list[int]] = {}
    for record in records:
        coded = predicted_contexts(events_by_id.get(record.id, ()))
        gold = gold_contexts(record.meta, coded)
        if gold is None:
            continue
        coded = coded - (covered(record.meta) - gold)  # the other parts of a met old name
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
