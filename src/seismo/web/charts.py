"""Chart specs for the dashboard: plain data that ``static/app.js`` hands to Chart.js."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from seismo.analysis.models import TimeseriesRow


def series_chart(
    rows: Iterable[TimeseriesRow],
    label: Callable[[str], str] = str,
    kind: str = "bar",
    keys: Iterable[str] | None = None,
) -> dict[str, Any]:
    """One dataset per key over every period, missing periods as 0; ``keys`` fixes the order."""
    counts: dict[str, dict[str, int]] = {}
    periods: set[str] = set()
    for row in rows:
        period = row.period.isoformat()
        periods.add(period)
        per_key = counts.setdefault(str(row.key), {})
        per_key[period] = per_key.get(period, 0) + row.count
    labels = sorted(periods)
    order = [k for k in keys if k in counts] if keys is not None else sorted(counts)
    datasets = [
        {"label": label(key), "data": [counts[key].get(p, 0) for p in labels]} for key in order
    ]
    return {"type": kind, "labels": labels, "datasets": datasets}
