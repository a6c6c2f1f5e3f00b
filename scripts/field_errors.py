"""How aligned gold items' source, target, place and date disagree, as totals only (safe on the held-out test folder).

`make eval` prints per-field agreement; this splits the source/target disagreements into kinds (none coded, an
actor with no code, wrong country, wrong sector, both, other) so lanes can be chosen by where unseen articles fail
without reading any held-out item. Usage: `python scripts/field_errors.py tests/gold/articles/test`.
"""

from __future__ import annotations

import collections
import datetime as dt
import sys
from pathlib import Path
from typing import Any

from seismo.config import Settings
from seismo.evaluation.articles import evaluate_article_folder


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def kind(coded: Any, gold: dict[str, Any]) -> str:
    """The kind of one disagreement between a coded actor and the gold actor spec."""
    if coded is None:
        return "none coded"
    if not coded.code:
        return "actor with no code"
    wrong_country = bool(_listed(gold.get("country"))) and coded.country not in _listed(gold.get("country"))
    wrong_agent = bool(_listed(gold.get("agent"))) and coded.agent not in _listed(gold.get("agent"))
    if wrong_country and wrong_agent:
        return "wrong country and sector"
    return "wrong country" if wrong_country else "wrong sector" if wrong_agent else "other (name, IGO)"


def place_kind(coded: Any, gold: dict[str, Any]) -> str:
    """How a coded location disagrees with the gold one: none, another country, or another place in it."""
    if coded is None:
        return "none coded"
    countries = _listed(gold.get("country"))
    return "wrong country" if countries and coded.country not in countries else "right country, other place"


def date_kind(coded: dt.date | None, gold: Any, published: dt.date | None) -> str:
    """How a coded date disagrees with the gold day(s): none, the publication day, or how far off."""
    if coded is None:
        return "none coded"
    if coded == published:
        return "publication day coded"
    days = [dt.date.fromisoformat(str(d)) for d in _listed(gold) if len(str(d)) == 10]
    if not days:
        return "other (gold month or year)"
    off = min(abs((coded - d).days) for d in days)
    return "off by 1 day" if off == 1 else "off by 2-7 days" if off <= 7 else "off by more than a week"


def main(folder: str) -> None:
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    by_type: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    unmatched: collections.Counter[str] = collections.Counter()
    for score in evaluate_article_folder(Path(folder), Settings()).scores:
        for i in score.unmatched_asserted():
            unmatched[score.events[i].type] += 1
        for outcome in score.outcomes:
            if outcome.item.section == "must":
                tally_item(by_type, outcome)
            if outcome.aligned is None:
                continue
            event = score.events[outcome.aligned]
            for role in ("source", "target"):
                if outcome.fields.get(role) is False:
                    counts[(role, kind(getattr(event, role), outcome.item.spec.get(role) or {}))] += 1
            if outcome.fields.get("location") is False:
                counts[("place", place_kind(event.location, outcome.item.spec["location"]))] += 1
            if outcome.fields.get("date") is False:
                counts[("date", date_kind(event.date, outcome.item.spec["date"], score.case.published))] += 1
    for (role, what), n in sorted(counts.items()):
        print(f"{role:6} {what:26} {n}")
    print("\nmust items by gold type: total, found, aligned but not matching, nothing coded in the sentence")
    for gold_type, c in sorted(by_type.items(), key=lambda kv: -kv[1]["total"]):
        print(f"{gold_type:10} {c['total']:4} {c['found']:4} {c['aligned']:4} {c['nothing']:4}")
    print("\nasserted events matching no item, by coded type")
    for coded_type, n in unmatched.most_common():
        print(f"{coded_type:10} {n:4}")


def tally_item(by_type: dict[str, collections.Counter[str]], outcome: Any) -> None:
    """Count one must item under its first listed gold type: found, aligned only, or nothing coded."""
    gold_type = (_listed(outcome.item.spec.get("type")) or ["(none)"])[0]
    c = by_type[gold_type]
    c["total"] += 1
    c["found"] += outcome.found
    c["aligned"] += outcome.aligned is not None and not outcome.found
    c["nothing"] += bool(outcome.nothing_coded)


if __name__ == "__main__":
    main(sys.argv[1])
