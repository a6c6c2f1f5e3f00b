"""Chart specs for the dashboard: plain data that ``static/app.js`` hands to Chart.js.

The x axis is time: each period also travels as its day number since 1970-01-01
(``days``), which ``app.js`` puts on a linear axis with date ticks, so periods are
spaced by the time between them (1905 does not sit next to 1990).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from seismo.analysis.models import TimeseriesRow

EPOCH = dt.date(1970, 1, 1)


def series_chart(
    rows: Iterable[tuple[dt.date, str, int]],
    label: Callable[[str], str] = str,
    kind: str = "bar",
    keys: Iterable[str] | None = None,
    interval_days: int = 1,
) -> dict[str, Any]:
    """One dataset per key over every period present, missing periods as 0; ``keys`` fixes the order.

    ``rows`` are (period, key, count), e.g. ``chart_rows(timeseries rows)``; ``interval_days``
    is the width of one period (7 for weeks), which sizes the bars.
    """
    rows = list(rows)
    periods = sorted({period for period, _, _ in rows})
    position = {period: i for i, period in enumerate(periods)}
    counts: dict[str, list[int]] = {}
    for period, key, count in rows:
        counts.setdefault(str(key), [0] * len(periods))[position[period]] += count
    order = [k for k in keys if k in counts] if keys is not None else sorted(counts)
    datasets = [{"label": label(key), "data": counts[key]} for key in order]
    return {
        "type": kind,
        "labels": [p.isoformat() for p in periods],
        "days": [(p - EPOCH).days for p in periods],
        "interval_days": interval_days,
        "datasets": datasets,
    }


def chart_rows(rows: Iterable[TimeseriesRow]) -> list[tuple[dt.date, str, int]]:
    return [(r.period, r.key, r.count) for r in rows]
