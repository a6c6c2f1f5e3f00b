"""Escalation alerts: a dyad's or country's daily conflict score against its own recent past.

Method (documented in docs/analysis.md):

- daily conflict score of a key = sum of |Goldstein| over its conflict events (Goldstein < 0)
  that day; story events by default, per-report rows with ``raw=True``; days without
  events score 0. Keys are directed dyads ("RUS-UKR") and countries (source or target);
- baseline = the ``window_days`` days before the day (not including it), zeros included;
- robust z = (score - median) / (1.4826 * max(MAD, floor)), where MAD is the median absolute
  deviation of the baseline and floor = max(1, 0.25 * median). 1.4826 makes MAD estimate a
  standard deviation for normal data; the floor keeps a perfectly regular (MAD 0) or empty
  baseline from turning a small change into an infinite z: it then takes a day above
  about 2.3 times the median (or 5 points above an empty baseline) to reach z 3.5;
- an alert fires when robust z >= ``threshold`` and the window plus the day hold at least
  ``min_count`` conflict events, so one-off dyads with a single clash do not alert.

Median and MAD ignore outliers in the baseline (a past spike does not mask the next one
as a mean and standard deviation would), which is why the score is "robust".
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any, Literal

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from seismo.analysis.counts import units_sql
from seismo.analysis.models import Alert
from seismo.store import EventFilter, Store

MAD_SCALE = 1.4826
MAD_FLOOR = 1.0
MAD_FLOOR_SHARE = 0.25  # of the median
DEFAULT_DAYS = 7  # without ``since``: the last week of data (relative to the latest event)

Kind = Literal["dyad", "country"]

_DAILY = """
WITH u AS ({units}),
c AS (SELECT "date" AS day, source_country AS sc, target_country AS tc, -goldstein AS score
      FROM u WHERE goldstein < 0 AND "date" IS NOT NULL),
k AS (
  SELECT 'dyad' AS kind, sc || '-' || tc AS key, day, score FROM c
  WHERE sc IS NOT NULL AND tc IS NOT NULL
  UNION ALL SELECT 'country', sc, day, score FROM c WHERE sc IS NOT NULL
  UNION ALL SELECT 'country', tc, day, score FROM c WHERE tc IS NOT NULL AND tc IS DISTINCT FROM sc
)
SELECT kind, key, day, sum(score) AS score, count(*) AS n FROM k GROUP BY ALL ORDER BY kind, key, day
"""


def alerts(
    store: Store,
    since: dt.date | None = None,
    window_days: int = 28,
    min_count: int = 5,
    threshold: float = 3.5,
    raw: bool = False,
    filters: EventFilter | None = None,
) -> list[Alert]:
    """Alerts on days >= ``since`` (default: the last 7 days of data), newest and strongest first."""
    units, params = units_sql(store, filters, raw)
    rows = store.query(_DAILY.format(units=units), params)
    if not rows:
        return []
    first = min(r["day"] for r in rows)
    last = max(r["day"] for r in rows)
    since = since or last - dt.timedelta(days=DEFAULT_DAYS - 1)
    found: list[Alert] = []
    for (kind, key), series in _by_key(rows).items():
        found += _key_alerts(kind, key, series, first, since, window_days, min_count, threshold)
    found.sort(key=lambda a: (-a.day.toordinal(), -a.robust_z, a.kind, a.key))
    return found


def _by_key(rows: list[dict[str, Any]]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[(row["kind"], row["key"])].append(row)
    return grouped


def _key_alerts(
    kind: str,
    key: str,
    series: list[dict[str, Any]],
    first: dt.date,
    since: dt.date,
    window: int,
    min_count: int,
    threshold: float,
) -> list[Alert]:
    """Score every day of one key that has conflict events and is on or after ``since``."""
    offset = window  # zero padding before the first day of data, so every day has a full window
    length = (series[-1]["day"] - first).days + 1 + offset
    score, count = np.zeros(length), np.zeros(length)
    for r in series:
        i = (r["day"] - first).days + offset
        score[i], count[i] = r["score"], r["n"]
    days = np.array([(r["day"] - first).days + offset for r in series if r["day"] >= since], dtype=int)
    if days.size == 0:
        return []
    windows = sliding_window_view(score, window)[days - window]  # the ``window`` days before each day
    events = sliding_window_view(count, window)[days - window].sum(axis=1) + count[days]
    median = np.median(windows, axis=1)
    mad = np.median(np.abs(windows - median[:, None]), axis=1)
    scale = MAD_SCALE * np.maximum(mad, np.maximum(MAD_FLOOR, MAD_FLOOR_SHARE * median))
    z = (score[days] - median) / scale
    fire = (z >= threshold) & (events >= min_count)
    return [
        _alert(kind, key, first + dt.timedelta(days=int(d) - offset), float(score[d]),
               float(m), float(zz), int(n), window)
        for d, m, zz, n in zip(days[fire], median[fire], z[fire], events[fire], strict=True)
    ]


def _alert(kind: str, key: str, day: dt.date, value: float, median: float, z: float, n: int,
           window: int) -> Alert:
    message = (
        f"{key}: conflict score {value:.1f} on {day} vs median {median:.1f} over the previous "
        f"{window} days (robust z {z:.1f}; {n} conflict events in the window)"
    )
    return Alert(key=key, kind=kind, day=day, value=value, baseline_median=median,  # type: ignore[arg-type]
                 robust_z=z, n_events=n, message=message)
