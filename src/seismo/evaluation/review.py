"""The review file of an article evaluation: what an annotator should look at next.

Three kinds of entries, one JSON object per line (``review_entries``) and the same as Markdown:

- ``unmatched_event``: an asserted event that the one-to-one matching paired with no gold item,
  with its sentence, type, actors and date; either the coder was wrong or the annotation missed an
  event (``also_matches`` names items it would match that another event already took: a duplicate);
- ``missed_must``: a must item no event matched, with the event aligned to it, the fields it got
  wrong and every event coded in its sentence;
- ``must_not_violation``: an asserted event that a must_not item forbids.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from seismo.evaluation.expected import event_matches
from seismo.evaluation.report import ArticleScore, ArticleSetReport, ItemOutcome, spec_label, violation_json
from seismo.models import Actor, Event


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    return None if actor is None else {k: v for k, v in actor.model_dump().items() if v is not None}


def event_json(event: Event) -> dict[str, Any]:
    """The fields of an event an annotator needs to judge it."""
    return {
        "type": event.type,
        "mode": event.mode,
        "modality": event.modality.value,
        "source": _actor(event.source),
        "target": _actor(event.target),
        "attributed_to": _actor(event.attributed_to),
        "date": None if event.date is None else event.date.isoformat(),
        "date_text": event.date_text,
        "location": None if event.location is None else
        {k: v for k, v in event.location.model_dump().items() if k in ("name", "country") and v},
        "trigger": event.trigger,
        "sentence": event.evidence.sentence,
        "span": [event.evidence.start, event.evidence.end],
    }


def _unmatched(score: ArticleScore) -> list[dict[str, Any]]:
    entries = []
    for i in score.unmatched_asserted():
        event = score.events[i]
        duplicates = [o.item.id for o in score.outcomes
                      if o.matched is not None and o.matched != i and event_matches(event, dict(o.item.spec))]
        entries.append({"kind": "unmatched_event", "article": score.case.id, "event": event_json(event),
                        "also_matches": duplicates})
    return entries


def _why_missed(score: ArticleScore, outcome: ItemOutcome) -> str:
    if score.rejected is not None:
        return f"article rejected by the reader: {score.rejected}"
    if outcome.in_sentence is None:
        return "evidence not located in the text"
    return "nothing coded in the sentence" if outcome.nothing_coded else "coded, but not matching"


def _missed(score: ArticleScore) -> list[dict[str, Any]]:
    entries = []
    for o in score.outcomes:
        if o.item.section != "must" or o.found:
            continue
        coded = [event_json(score.events[i]) for i in o.in_sentence or ()]
        entries.append({
            "kind": "missed_must",
            "article": score.case.id,
            "item": o.item.id,
            "gold": {k: v for k, v in o.item.spec.items() if k != "id"},
            "why": _why_missed(score, o),
            "aligned": None if o.aligned is None else event_json(score.events[o.aligned]),
            "disagree": [f for f, ok in o.fields.items() if not ok],
            "coded_in_sentence": coded,
        })
    return entries


def review_entries(report: ArticleSetReport) -> list[dict[str, Any]]:
    """Every review entry of the report, article by article."""
    out: list[dict[str, Any]] = []
    for score in report.scores:
        out += _unmatched(score) + _missed(score)
        out += [{"kind": "must_not_violation", **violation_json(score, v)} for v in score.violations]
    return out


def _event_line(e: dict[str, Any]) -> str:
    def who(a: dict[str, Any] | None) -> str:
        return "-" if not a else str(a.get("code") or a.get("name"))

    place = f" in {e['location']['name']}" if e.get("location") else ""
    return (f"`{e['type']}` {e['modality']} {who(e['source'])} → {who(e['target'])}, "
            f"date {e['date'] or '-'}{place} (trigger {e['trigger']!r})")


def _markdown_entry(entry: dict[str, Any]) -> list[str]:
    if entry["kind"] == "unmatched_event":
        e = entry["event"]
        dup = f" — duplicate of {', '.join(entry['also_matches'])}" if entry["also_matches"] else ""
        return [f"- **no gold item**: {_event_line(e)}{dup}", f"  > {e['sentence']}"]
    if entry["kind"] == "missed_must":
        gold = entry["gold"]
        lines = [f"- **missed must `{entry['item']}`** ({entry['why']}): {spec_label(gold)}",
                 f"  > evidence: {gold.get('evidence', '')}"]
        if entry["disagree"]:
            lines.append(f"  - aligned event disagrees on {', '.join(entry['disagree'])}")
        lines += [f"  - coded: {_event_line(e)}" for e in entry["coded_in_sentence"]]
        return lines
    return [f"- **must_not violated** ({entry['rule']}): {entry['detail']}",
            f"  > {entry['sentence'] or ''}"]


def review_markdown(report: ArticleSetReport, entries: list[dict[str, Any]]) -> str:
    lines = [f"# Review: {report.name} ({report.folder})", "",
             "Produced events with no gold item (was the coder right?), missed must items with what was "
             "coded in their sentence, and must_not violations.", ""]
    for article in dict.fromkeys(e["article"] for e in entries):
        lines += [f"## {article}", ""]
        for entry in (e for e in entries if e["article"] == article):
            lines += _markdown_entry(entry)
        lines.append("")
    return "\n".join(lines)


def write_review(report: ArticleSetReport, path: Path) -> tuple[Path, Path]:
    """Write the entries as JSONL and as Markdown next to it (``x.jsonl`` and ``x.md``)."""
    path = Path(path)
    jsonl, md = path.with_suffix(".jsonl"), path.with_suffix(".md")
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = review_entries(report)
    jsonl.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    md.write_text(review_markdown(report, entries), encoding="utf-8")
    return jsonl, md
