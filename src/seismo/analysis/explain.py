"""``explain_event``: why an event counts or not, and why it was merged with others or kept apart.

The checks come from ``analysis.rules`` (the same rules ``build_stories`` applies), run
on the event and (a) the other members of its story, (b) the nearest events that were
kept apart but share its type and an actor code, so a user sees the key that differed.
"""

from __future__ import annotations

import json
from typing import Any

from seismo.analysis.models import Comparison, Explanation, KeyCheck
from seismo.analysis.rules import UNDATED_DAYS, compare
from seismo.analysis.stories import ensure_stories
from seismo.errors import AnalysisError, Errors
from seismo.models import Modality
from seismo.store import Store

MAX_APART = 10  # events kept apart that are shown, nearest first

_EVENT = """
SELECT e.*, d.duplicate_of, m.similarity, coalesce(d.published, e.published) AS published,
       sm.story_id, sm.rule, s.n_sources
FROM events e JOIN documents d USING (doc_id)
LEFT JOIN doc_minhash m USING (doc_id)
LEFT JOIN story_members sm USING (event_id)
LEFT JOIN stories s USING (story_id)
WHERE e.event_id = ?
"""

_OTHERS = """
SELECT e.*, coalesce(d.published, e.published) AS published, sm.story_id
FROM events e JOIN documents d USING (doc_id) JOIN story_members sm USING (event_id)
WHERE e.event_id <> ? AND {where}
ORDER BY {order} LIMIT ?
"""

_NEAR = (
    'sm.story_id IS DISTINCT FROM ? AND e."type" = ? '
    "AND (e.source_code IN (?, ?) OR e.target_code IN (?, ?))"
)
_EPOCH = "DATE '1970-01-01'"
_GAP = f'abs(coalesce(e."date", e.published, {_EPOCH}) - coalesce(?::DATE, ?::DATE, {_EPOCH}))'


def explain_event(store: Store, event_id: str) -> Explanation:
    """Whether ``event_id`` counts, which story it is in, and the keys that decided it."""
    ensure_stories(store)
    rows = store.query(_EVENT, [event_id])
    if not rows:
        raise AnalysisError(Errors.A001.format(event_id=event_id), "A001")
    event = rows[0]
    counted = event["modality"] == Modality.ASSERTED.value and event["duplicate_of"] is None
    explanation = Explanation(
        event_id=event_id,
        doc_id=event["doc_id"],
        counted=counted,
        reasons=_reasons(event),
        duplicate_of=event["duplicate_of"],
        duplicate_similarity=event["similarity"],
        story_id=event["story_id"],
        rule=event["rule"],
        n_sources=event["n_sources"] or 0,
        actors=_actor_lines(event),
        type_decision=type_decision(event),
    )
    if event["story_id"] is not None:
        explanation.comparisons = _members(store, event) + _kept_apart(store, event)
    return explanation


def _reasons(event: dict[str, Any]) -> list[str]:
    """The one-line verdicts, most decisive first."""
    reasons = []
    if event["modality"] != Modality.ASSERTED.value:
        reasons.append(
            f"modality is {event['modality']}: kept for audit, never counted or merged into a story"
        )
    if event["duplicate_of"] is not None:
        from seismo.ingest.dedupe import THRESHOLD  # datasketch is slow to import: only when needed

        similarity = event["similarity"]
        shown = f"{similarity:.2f}" if similarity is not None else "?"
        reasons.append(
            f"document {event['doc_id']} is a near-duplicate of {event['duplicate_of']} "
            f"(estimated Jaccard {shown} >= {THRESHOLD}): its events are stored but not counted"
        )
    told = json.loads(event["mentions"]) if event.get("mentions") else []
    if told:
        quoted = "; ".join(repr(m["sentence"][:80]) for m in told)
        reasons.append(f"told {len(told) + 1} times in its document; folded in, not counted again: {quoted}")
    if event["story_id"] is not None:
        reasons.append(
            f"counted in story {event['story_id']} with {event['n_sources']} source(s); "
            f"joined by rule '{event['rule']}' ({_RULES.get(event['rule'], '')})"
        )
    return reasons


_ROLES = (("source", "source"), ("target", "target"), ("attributed", "attributed to"))


def _actor_lines(event: dict[str, Any]) -> list[str]:
    """'source Police officers -> NGACOP: agent noun only ...; country NGA from 'Lagos' in the same clause'."""
    lines = []
    for prefix, label in _ROLES:
        name = event.get(f"{prefix}_name")
        if name is None:
            continue
        code = event.get(f"{prefix}_code") or "no code"
        why = event.get(f"{prefix}_reason") or "no reason recorded (coded before schema 3)"
        lines.append(f"{label} {name!r} -> {code}: {why}")
    return lines


_TYPE_SOURCES = {
    "rule": "the rules (the learned scorer, if on, did not overrule them)",
    "both": "the rules, and the learned scorer agrees",
    "model": "the learned scorer",
}


def type_decision(event: dict[str, Any]) -> str:
    """'type ASSAULT chosen by the learned scorer (the rules said PROTEST); scores ASSAULT 0.81, ...'."""
    source = event.get("type_source")
    if source is None:
        return f"type {event['type']}: who chose it was not recorded (coded before schema 6)"
    line = f"type {event['type']} chosen by {_TYPE_SOURCES.get(source, source)}"
    if source == "model" and event.get("rule_type"):
        line += f" (the rules said {event['rule_type']})"
    scores = event.get("type_scores")
    if scores:
        shown = ", ".join(f"{t} {p:.2f}" for t, p in json.loads(scores).items())
        line += f"; scorer probabilities {shown}"
    elif source == "rule":
        line += "; no scorer probabilities (coded with --no-model)"
    return line


_RULES = {
    "day": "same type, actors and day",
    "week": "week-precision date: joined the best story of that ISO week",
    "month": "month-precision date: joined the best story of that month",
    "year": "year-precision date: joined the best story of that year",
    "undated": f"no date of its own (none, or the publication date): joined a story with a report "
    f"published within {UNDATED_DAYS} days, or grouped with other such reports",
    "alone": "no actor codes, or undated and unpublished: never merged",
}


def _members(store: Store, event: dict[str, Any]) -> list[Comparison]:
    """The other events of the same story, with the keys that matched."""
    sql = _OTHERS.format(where="sm.story_id = ?", order="e.event_id")
    rows = store.query(sql, [event["event_id"], event["story_id"], 1000])
    return [_comparison(event, other, merged=True) for other in rows]


def _kept_apart(store: Store, event: dict[str, Any]) -> list[Comparison]:
    """Nearest events in other stories sharing the type and an actor code."""
    codes = [event["source_code"], event["target_code"]] * 2
    sql = _OTHERS.format(where=_NEAR, order=f"{_GAP}, e.event_id")
    params = [
        event["event_id"],
        event["story_id"],
        event["type"],
        *codes,
        event["date"],
        event["published"],
        MAX_APART,
    ]
    return [_comparison(event, other, merged=False) for other in store.query(sql, params)]


def _comparison(event: dict[str, Any], other: dict[str, Any], merged: bool) -> Comparison:
    checks = compare(event, other)
    if other["doc_id"] == event["doc_id"]:
        checks.append(_same_document(event["doc_id"]))
    note = None
    if not merged and all(c.matched for c in checks):
        note = (
            "compatible on every key, but the two joined different stories: a less precise "
            "report joins only the best story (most sources, then earliest date)"
        )
    return Comparison(
        event_id=other["event_id"],
        doc_id=other["doc_id"],
        story_id=other["story_id"],
        merged=merged,
        checks=checks,
        note=note,
    )


def _same_document(doc_id: str) -> KeyCheck:
    return KeyCheck(
        key="document",
        matched=True,
        detail=f"both in {doc_id}: one source, counted once in n_sources",
    )


def explanation_lines(explanation: Explanation) -> list[str]:
    """Plain-text rendering for the CLI: verdicts, then one block per comparison."""
    verdict = "counted" if explanation.counted else "not counted"
    lines = [f"event {explanation.event_id} (document {explanation.doc_id}): {verdict}"]
    lines += [f"  - {reason}" for reason in explanation.reasons]
    if explanation.type_decision:
        lines.append(f"  - {explanation.type_decision}")
    if explanation.actors:
        lines.append("actors:")
        lines += [f"  - {line}" for line in explanation.actors]
    for comp in explanation.comparisons:
        how = "merged with" if comp.merged else "kept apart from"
        lines.append(f"{how} {comp.event_id} (document {comp.doc_id}, story {comp.story_id}):")
        for check in comp.checks:
            mark = "=" if check.matched else "x"
            lines.append(f"  {mark} {check.key}: {check.detail}")
        if comp.note:
            lines.append(f"  note: {comp.note}")
    return lines
