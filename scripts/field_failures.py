"""Which listed fields fail on gold items whose sentence has a coded event, and the items per field.

    .venv/bin/python scripts/field_failures.py tests/gold/articles/dev must [FIELD]

Prints the counts (any failing field; items failing on exactly one field), then per field each item with its
evidence, what the gold wants and what the aligned event has ([n] = how many fields that item fails on).
Development only: run it on dev/, never on the held-out test/ folder.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from devscript import run

from seismo.config import Settings
from seismo.evaluation.articles import evaluate_article_folder
from seismo.evaluation.expected import actor_matches, date_matches, place_matches, roles_match
from seismo.evaluation.gold import is_held_out
from seismo.models import Actor, Event


def _listed(value: Any) -> list[str]:
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def failing_fields(event: Event, spec: dict[str, Any]) -> list[str]:
    out = []
    if event.modality.value not in _listed(spec.get("modality", "asserted")):
        out.append("modality")
    for name in ("type", "mode"):
        if spec.get(name) and getattr(event, name) not in _listed(spec[name]):
            out.append(name)
    if not roles_match(event, spec):
        roles = [r for r in ("source", "target") if r in spec and not actor_matches(getattr(event, r), spec[r])]
        out += roles or ["roles"]
    if "date" in spec and not date_matches(event.date, spec["date"]):
        out.append("date")
    if "attributed_to" in spec and not actor_matches(event.attributed_to, spec["attributed_to"]):
        out.append("attributed_to")
    if "location" in spec and not place_matches(event, spec["location"]):
        out.append("location")
    if "quantity" in spec and (event.quantity is None or float(event.quantity.value) != float(spec["quantity"])):
        out.append("quantity")
    return out


def _actor(actor: Actor | None) -> str:
    return "-" if actor is None else f"{actor.code or actor.igo or ''} [{actor.name}]"


def coded_value(event: Event, field: str) -> str:
    if field in ("source", "target", "attributed_to"):
        return _actor(getattr(event, field))
    if field == "roles":
        return f"{_actor(event.source)} -> {_actor(event.target)}"
    if field == "location":
        return "-" if event.location is None else f"{event.location.country} {event.location.name}"
    if field == "quantity":
        return "-" if event.quantity is None else str(event.quantity.value)
    if field == "date":
        return f"{event.date} ({event.date_precision})"
    return str(getattr(event, field))


def main(argv: list[str]) -> None:
    folder, section = Path(argv[0]), argv[1] if len(argv) > 1 else "must"
    only = argv[2] if len(argv) > 2 else None
    if is_held_out(folder):  # development detail: never on the held-out set
        sys.exit(f"{folder} is held out (HELD_OUT): read it only with `seismo eval`, as totals")
    report = evaluate_article_folder(folder, Settings())
    counts, single, total, matched, nothing = Counter(), Counter(), 0, 0, 0
    rows: dict[str, list[str]] = defaultdict(list)
    for score in report.scores:
        for outcome in score.outcomes:
            if outcome.item.section != section:
                continue
            total += 1
            if outcome.matched is not None or outcome.aligned is None:
                matched += outcome.matched is not None
                nothing += outcome.matched is None
                continue
            event, spec = score.events[outcome.aligned], dict(outcome.item.spec)
            fields = failing_fields(event, spec)
            counts.update(fields)
            single.update(fields if len(fields) == 1 else [])
            for field in fields:
                want = (spec.get("source"), spec.get("target")) if field == "roles" else spec.get(field)
                rows[field].append(f"  [{len(fields)}] {score.case.id} {spec['id']} ({event.type}): "
                                   f"{spec['evidence']!r}\n      want {want}  got {coded_value(event, field)}")
    print(f"{section}: {total} items, matched {matched}, nothing in sentence {nothing}, "
          f"aligned-but-wrong {total - matched - nothing}")
    print("fields failing (any):", counts.most_common())
    print("only one field failing:", single.most_common())
    for field, lines in sorted(rows.items(), key=lambda kv: -len(kv[1])):
        if only in (None, field):
            print(f"== {field}: {len(lines)}", *lines, sep="\n")


if __name__ == "__main__":
    run(__doc__, main)
