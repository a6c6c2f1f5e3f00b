"""Counts over time, by dyad and by quad class: stories by default, per-report rows with ``raw``.

Every function starts from ``units_sql``: the rows that are counted, either story events
(one per real-world event, see ``analysis.stories``) or, with ``raw=True``, asserted event
mentions from non-duplicate documents (``EventFilter`` semantics, so ``include_duplicates``
and ``modality`` apply there). Aggregation happens in DuckDB; Python only shapes results.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal, get_args

from pydantic import TypeAdapter

from seismo.analysis.models import QUAD_NAMES, DyadRow, TimeseriesRow, Trend, TrendRow
from seismo.analysis.stories import ensure_stories, story_where
from seismo.errors import AnalysisError, Errors
from seismo.store import EventFilter, Store
from seismo.store.filters import where_clause

Interval = Literal["day", "week"]
By = Literal["quad", "type", "dyad", "country"]

_UNIT_COLUMNS = '"date", "type", quad_class, goldstein, source_country, target_country'
_QUAD_KEY = (
    "CASE quad_class "
    + " ".join(f"WHEN {n} THEN '{name}'" for n, name in QUAD_NAMES.items())
    + " ELSE 'unknown' END"
)
_KEYS = {
    "quad": _QUAD_KEY,
    "type": '"type"',
    "dyad": "coalesce(source_country, '?') || '-' || coalesce(target_country, '?')",
}
_ROWS = TypeAdapter(list[TimeseriesRow])
_SPARKS = "▁▂▃▄▅▆▇█"
_DYAD = re.compile(r"^([A-Za-z]{3})-([A-Za-z]{3})$")


def units_sql(store: Store, f: EventFilter | None, raw: bool) -> tuple[str, list[Any]]:
    """SELECT of the counted rows with the columns every aggregate here needs."""
    f = f or EventFilter()
    if raw:
        where, params = where_clause(f)
        return f"SELECT {_UNIT_COLUMNS} FROM events {where}", params
    ensure_stories(store)
    where, params = story_where(f)
    return f"SELECT {_UNIT_COLUMNS} FROM stories {where}", params


def choose(what: str, value: str, choices: tuple[str, ...]) -> str:
    """Validate an option against its Literal choices with a coded, actionable error."""
    if value not in choices:
        message = Errors.A004.format(what=what, value=value, choices=", ".join(choices))
        raise AnalysisError(message, "A004")
    return value


def timeseries(
    store: Store,
    interval: Interval = "day",
    by: By = "quad",
    filters: EventFilter | None = None,
    raw: bool = False,
) -> list[TimeseriesRow]:
    """Counts and summed Goldstein per period and key; undated rows are left out.

    ``by="country"`` counts an event once for each distinct country among its source
    and target, so the country totals add up to more than the event total.
    """
    # validating DuckDB's JSON in pydantic-core is ~30% cheaper than a model per fetched row
    return _ROWS.validate_json(timeseries_json(store, interval, by, filters, raw))


def timeseries_json(
    store: Store,
    interval: Interval = "day",
    by: By = "quad",
    filters: EventFilter | None = None,
    raw: bool = False,
) -> str:
    """The rows of ``timeseries`` as a JSON array, built by DuckDB.

    A two-year daily series holds thousands of rows; building a model per row costs
    the API more than the query, so the server takes the JSON straight from here.
    """
    sql, params = timeseries_sql(store, interval, by, filters, raw)
    wrapped = f"SELECT coalesce(to_json(list(t ORDER BY period, key)), '[]') AS rows FROM ({sql}) t"
    return str(store.query(wrapped, params)[0]["rows"])


def timeseries_sql(
    store: Store, interval: Interval, by: By, filters: EventFilter | None, raw: bool
) -> tuple[str, list[Any]]:
    """The SELECT of (period, key, count, goldstein) rows behind ``timeseries``."""
    choose("interval", interval, get_args(Interval))
    choose("grouping", by, get_args(By))
    units, params = units_sql(store, filters, raw)
    period = f"CAST(date_trunc('{interval}', \"date\") AS DATE)"
    if by == "country":
        keyed = (
            f"SELECT {period} AS period, source_country AS key, goldstein FROM u "
            f'WHERE source_country IS NOT NULL AND "date" IS NOT NULL UNION ALL '
            f"SELECT {period}, target_country, goldstein FROM u WHERE target_country IS NOT NULL "
            f'AND target_country IS DISTINCT FROM source_country AND "date" IS NOT NULL'
        )
    else:
        keyed = (
            f"SELECT {period} AS period, {_KEYS[by]} AS key, goldstein FROM u "
            'WHERE "date" IS NOT NULL'
        )
    sql = (
        f"WITH u AS ({units}), k AS ({keyed}) SELECT period, key, count(*) AS count, "
        "coalesce(sum(goldstein), 0) AS goldstein FROM k GROUP BY period, key ORDER BY period, key"
    )
    return sql, params


def dyads(
    store: Store, filters: EventFilter | None = None, limit: int = 20, raw: bool = False
) -> list[DyadRow]:
    """Directed country pairs, most events first, with cooperation/conflict counts and net score.

    Cooperation is quad class 1-2, conflict 3-4; the net score is the sum of Goldstein
    scores. Rows without a source or target country are left out.
    """
    units, params = units_sql(store, filters, raw)
    sql = (
        f"WITH u AS ({units}) SELECT source_country, target_country, count(*) AS n_events, "
        "count(*) FILTER (WHERE quad_class IN (1, 2)) AS n_coop, "
        "count(*) FILTER (WHERE quad_class IN (3, 4)) AS n_conflict, "
        "coalesce(sum(goldstein), 0) AS net_score FROM u "
        "WHERE source_country IS NOT NULL AND target_country IS NOT NULL "
        "GROUP BY source_country, target_country "
        "ORDER BY n_events DESC, source_country, target_country LIMIT ?"
    )
    return [DyadRow(**row) for row in store.query(sql, [*params, limit])]


def parse_dyad(value: str) -> tuple[str, str]:
    """``"RUS-UKR"`` -> ("RUS", "UKR"); anything else is an A002 error."""
    match = _DYAD.match(value.strip())
    if not match:
        raise AnalysisError(Errors.A002.format(value=value), "A002")
    return match.group(1).upper(), match.group(2).upper()


def trend_table(
    store: Store,
    dyad: str | None = None,
    country: str | None = None,
    interval: Interval = "week",
    raw: bool = False,
    filters: EventFilter | None = None,
) -> Trend:
    """One dyad's (directed, SOURCE-TARGET) or country's series, every period filled in."""
    choose("interval", interval, get_args(Interval))
    units, params = units_sql(store, filters, raw)
    if dyad is not None:
        key = "-".join(parse_dyad(dyad))
        condition, extra = "source_country = ? AND target_country = ?", list(parse_dyad(dyad))
    elif country is not None:
        key = country.upper()
        condition, extra = "(source_country = ? OR target_country = ?)", [key, key]
    else:
        key, condition, extra = "all", "TRUE", []
    sql = (
        f"WITH u AS ({units}) SELECT CAST(date_trunc('{interval}', \"date\") AS DATE) AS period, "
        "count(*) AS count, count(*) FILTER (WHERE quad_class IN (1, 2)) AS n_coop, "
        "count(*) FILTER (WHERE quad_class IN (3, 4)) AS n_conflict, "
        f'coalesce(sum(goldstein), 0) AS goldstein FROM u WHERE "date" IS NOT NULL AND {condition} '
        "GROUP BY period ORDER BY period"
    )
    rows = [TrendRow(**r) for r in store.query(sql, [*params, *extra])]
    window, outside, span = None, 0, None
    if filters is None or (filters.since is None and filters.until is None):
        rows, window, outside, span = default_window(rows, interval, "events" if raw else "stories")
    rows = _fill_periods(rows, interval, span)
    return Trend(key=key, interval=interval, raw=raw, rows=rows, sparkline=sparkline([r.count for r in rows]),
                 window=window, outside=outside)  # fmt: skip


DEFAULT_PERIODS = {"week": 52, "day": 90}


def default_window(rows: list[TrendRow], interval: Interval, unit: str,
                   today: dt.date | None = None
                   ) -> tuple[list[TrendRow], str | None, int, tuple[dt.date, dt.date] | None]:
    """Without --since/--until: the last 52 weeks (or 90 days) of the data, never past today.

    A corpus of recent news holds a few events dated decades back ("in 1905") or misread into
    the future; spanning every date would draw hundreds of empty periods around them. The
    window ends at the last period with data up to today and reaches back at most 52 weeks
    (90 days), and not before the first period with data. What it leaves out is counted and said.
    """
    if not rows:
        return rows, None, 0, None
    today = today or dt.date.today()
    step = dt.timedelta(days=7 if interval == "week" else 1)
    current = [r for r in rows if r.period <= today]
    end = current[-1].period if current else rows[-1].period
    start = max(rows[0].period, end - step * (DEFAULT_PERIODS[interval] - 1))
    kept = [r for r in rows if start <= r.period <= end]
    outside = sum(r.count for r in rows) - sum(r.count for r in kept)
    if not outside:  # the data's own range fits: nothing to say
        return kept, None, 0, (start, end)
    others = [r.period for r in rows if not start <= r.period <= end]
    window = (f"{start}..{end}: the last {DEFAULT_PERIODS[interval]} {interval}s of data at most; "
              f"{outside} dated {unit} outside it, {min(others)} to {max(others)} (--since/--until to see them)")
    return kept, window, outside, (start, end)


def _fill_periods(rows: list[TrendRow], interval: Interval,
                  span: tuple[dt.date, dt.date] | None = None) -> list[TrendRow]:
    """Add zero rows for empty periods (from ``span``'s start to its end, if given), so the
    sparkline's spacing is time."""
    if not rows:
        return rows
    step = dt.timedelta(days=7 if interval == "week" else 1)
    have = {r.period: r for r in rows}
    first, last = span or (rows[0].period, rows[-1].period)
    filled, day = [], first
    while day <= last:
        filled.append(
            have.get(day) or TrendRow(period=day, count=0, n_coop=0, n_conflict=0, goldstein=0)
        )
        day += step
    return filled


def sparkline(values: list[int]) -> str:
    """One block character per value: ▁ for zero, then seven steps up to the maximum."""
    top = max(values, default=0)
    if top <= 0:
        return _SPARKS[0] * len(values)
    return "".join(_SPARKS[0] if v <= 0 else _SPARKS[max(1, round(v / top * 7))] for v in values)


def trend_lines(trend: Trend) -> list[str]:
    """Plain-text table for ``seismo trend``: sparkline first, then one line per period."""
    unit = "events" if trend.raw else "stories"
    lines = [f"{trend.key} {unit} per {trend.interval}, {trend.window}"] if trend.window else []
    lines += [
        f"{trend.key} {unit} per {trend.interval}: {trend.sparkline}",
        f"{'period':<10}  {'count':>5}  {'coop':>5}  {'confl':>5}  {'goldstein':>9}",
    ]
    lines += [
        f"{r.period.isoformat():<10}  {r.count:>5}  {r.n_coop:>5}  {r.n_conflict:>5}  "
        f"{r.goldstein:>9.1f}"
        for r in trend.rows
    ]
    return lines
