"""Chart specs for the dashboard: plain data that ``static/app.js`` hands to Chart.js."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from seismo.analysis.models import TimeseriesRow


def series_chart(
    rows: Iterable[tuple[dt.date, str, int]],
    label: Callable[[str], str] = str,
    kind: str = "bar",
    keys: Iterable[str] | None = None,
) -> dict[str, Any]:
    """One dataset per key over every period present, missing periods as 0; ``keys`` fixes the order.

    ``rows`` are (period, key, count), e.g. ``chart_rows(timeseries rows)``.
    """
    rows = list(rows)
    periods = sorted({period for period, _, _ in rows})
    position = {period: i for i, period in enumerate(periods)}
    counts: dict[str, list[int]] = {}
    for period, key, count in rows:
        counts.setdefault(str(key), [0] * len(periods))[position[period]] += count
    order = [k for k in keys if k in counts] if keys is not None else sorted(counts)
    datasets = [{"label": label(key), "data": counts[key]} for key in order]
    return {"type": kind, "labels": [p.isoformat() for p in periods], "datasets": datasets}


def chart_rows(rows: Iterable[TimeseriesRow]) -> list[tuple[dt.date, str, int]]:
    return [(r.period, r.key, r.count) for r in rows]
