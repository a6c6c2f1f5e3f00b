"""Escalation alerts: a dyad's or country's daily conflict score against its own recent past.

Method (documented in docs/analysis.md):

- daily conflict score of a key = sum of |Goldstein| over its conflict events (Goldstein < 0)
  that day; story events by default, per-report rows with ``raw=True``; days without
  events score 0. Keys are directed dyads ("RUS-UKR") and countries (source or target);
- baseline = the ``window_days`` days before the day (not including it), zeros included;
  days less than ``window_days`` after the first event in the store are not scored, since
  their baseline would reach back before the data begins (unknown, not quiet);
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

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from seismo.analysis.counts import units_sql
from seismo.analysis.models import Alert
from seismo.store import EventFilter, Store

MAD_SCALE = 1.4826
MAD_FLOOR = 1.0
MAD_FLOOR_SHARE = 0.25  # of the median
DEFAULT_DAYS = 7  # without ``since``: the last week of data (relative to the latest event)

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
SELECT kind, key, day, sum(score) AS score, count(*) AS n FROM k
GROUP BY ALL ORDER BY kind, key, day
"""


@dataclass(frozen=True)
class AlertOptions:
    """The method's knobs, carried together (one options object, as trafilatura's Extractor)."""

    window_days: int = 28
    min_count: int = 5
    threshold: float = 3.5


@dataclass(frozen=True)
class AlertHistory:
    """Every alert on every scored day, newest and strongest first, and the last day of data.

    Scoring a day does not depend on which days are asked for, so one history answers
    every ``since``: the server computes it once per data version.
    """

    alerts: list[Alert]
    last_day: dt.date | None

    def since(self, since: dt.date | None = None) -> list[Alert]:
        """Alerts on days >= ``since``; without it, the last ``DEFAULT_DAYS`` days of data."""
        if self.last_day is None:
            return []
        since = since or self.last_day - dt.timedelta(days=DEFAULT_DAYS - 1)
        # newest first, so the wanted alerts are a prefix: find where the days drop below ``since``
        end = bisect.bisect_right(self.alerts, -since.toordinal(), key=lambda a: -a.day.toordinal())
        return self.alerts[:end]


def alerts(
    store: Store,
    since: dt.date | None = None,
    window_days: int = 28,
    min_count: int = 5,
    threshold: float = 3.5,
    raw: bool = False,
    filters: EventFilter | None = None,
) -> list[Alert]:
    """Alerts on days >= ``since`` (default: the last 7 days of data), newest, strongest first."""
    options = AlertOptions(window_days, min_count, threshold)
    return _scored(store, options, raw, filters, since).alerts


def alert_history(
    store: Store,
    options: AlertOptions = AlertOptions(),
    raw: bool = False,
    filters: EventFilter | None = None,
) -> AlertHistory:
    """Every day with a full baseline scored: ``.since(day)`` then equals ``alerts(since=day)``."""
    return _scored(store, options, raw, filters, dt.date.min)


def _scored(
    store: Store, options: AlertOptions, raw: bool, filters: EventFilter | None, since: dt.date | None
) -> AlertHistory:
    """Alerts on the days >= ``since`` (default: the last ``DEFAULT_DAYS`` days of data)."""
    units, params = units_sql(store, filters, raw)
    rows = store.query(_DAILY.format(units=units), params)
    if not rows:
        return AlertHistory([], None)
    # Coverage starts with the first counted event of any kind, cooperation included.
    first = store.query(f'WITH u AS ({units}) SELECT min("date") AS first FROM u', params)[0][
        "first"
    ]
    last = max(r["day"] for r in rows)
    since = since or last - dt.timedelta(days=DEFAULT_DAYS - 1)
    found: list[Alert] = []
    for (kind, key), series in _by_key(rows).items():
        found += _key_alerts(kind, key, series, first, since, options)
    found.sort(key=lambda a: (-a.day.toordinal(), -a.robust_z, a.kind, a.key))
    return AlertHistory(found, last)


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
    options: AlertOptions,
) -> list[Alert]:
    """Score every day of one key that has conflict events, is >= ``since`` and has a baseline."""
    window = options.window_days
    score = np.zeros((series[-1]["day"] - first).days + 1)
    count = np.zeros_like(score)
    for r in series:  # index 0 is the first day of any data
        score[(r["day"] - first).days] = r["score"]
        count[(r["day"] - first).days] = r["n"]
    start = max(since, first + dt.timedelta(days=window))  # the data covers the whole window
    days = np.array([(r["day"] - first).days for r in series if r["day"] >= start], dtype=int)
    if days.size == 0:
        return []
    baseline = sliding_window_view(score, window)[days - window]  # the window days before each
    events = sliding_window_view(count, window)[days - window].sum(axis=1) + count[days]
    median = np.median(baseline, axis=1)
    mad = np.median(np.abs(baseline - median[:, None]), axis=1)
    floor = np.maximum(MAD_FLOOR, MAD_FLOOR_SHARE * median)
    z = (score[days] - median) / (MAD_SCALE * np.maximum(mad, floor))
    fire = (z >= options.threshold) & (events >= options.min_count)
    found = zip(days[fire], median[fire], z[fire], events[fire], strict=True)
    return [
        _alert(kind, key, first + dt.timedelta(days=int(d)), float(score[d]), float(m), float(zz),
               int(n), window)
        for d, m, zz, n in found
    ]  # fmt: skip


def _alert(
    kind: str, key: str, day: dt.date, value: float, median: float, z: float, n: int, window: int
) -> Alert:
    message = (
        f"{key}: conflict score {value:.1f} on {day} vs median {median:.1f} over the previous "
        f"{window} days (robust z {z:.1f}; {n} conflict events in the window)"
    )
    return Alert.model_validate(
        {"key": key, "kind": kind, "day": day, "value": value, "baseline_median": median,
         "robust_z": z, "n_events": n, "message": message}
    )  # fmt: skip
