"""Time series, dyads and trends: right counts, stories by default, per-report rows with raw."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import DAY, document, event

from seismo.analysis import dyads, parse_dyad, sparkline, timeseries, trend_lines, trend_table
from seismo.analysis.models import DyadRow, TimeseriesRow
from seismo.errors import AnalysisError
from seismo.store import EventFilter, Store

MONDAY = DAY - dt.timedelta(days=1)
NEXT = DAY + dt.timedelta(days=7)


@pytest.fixture
def filled(store: Store) -> Store:
    """One call reported thrice, two assaults (one reported twice), an accusation."""
    store.add_documents(
        [
            document("c1", [event("c1")]),
            document("c2", [event("c2", source="RUSGOV", target="USAGOV")]),
            document("c3", [event("c3")]),
            document("a1", [event("a1", type_="ASSAULT", source="RUSMIL", target="UKR")]),
            document("a2", [event("a2", type_="ASSAULT", source="RUSMIL", target="UKR")]),
            document(
                "a3", [event("a3", type_="ASSAULT", source="RUSMIL", target="UKR", date=NEXT)]
            ),
            document("x1", [event("x1", type_="ACCUSE", source="UKR", target="RUSGOV", date=NEXT)]),
        ]
    )
    return store


def test_timeseries_by_quad_counts_stories(filled: Store) -> None:
    rows = timeseries(filled, "day", "quad")
    assert rows == [
        TimeseriesRow(period=DAY, key="material conflict", count=1, goldstein=-9.0),
        TimeseriesRow(period=DAY, key="verbal cooperation", count=1, goldstein=2.5),
        TimeseriesRow(period=NEXT, key="material conflict", count=1, goldstein=-9.0),
        TimeseriesRow(period=NEXT, key="verbal conflict", count=1, goldstein=-3.0),
    ]


def test_timeseries_raw_counts_every_report(filled: Store) -> None:
    rows = {(r.period, r.key): r.count for r in timeseries(filled, "day", "quad", raw=True)}
    assert rows[(DAY, "verbal cooperation")] == 3
    assert rows[(DAY, "material conflict")] == 2


def test_timeseries_by_week_type_dyad_and_country(filled: Store) -> None:
    weeks = {(r.period, r.key): r.count for r in timeseries(filled, "week", "type")}
    assert weeks == {
        (MONDAY, "ASSAULT"): 1,
        (MONDAY, "CONSULT"): 1,
        (NEXT - dt.timedelta(days=1), "ASSAULT"): 1,
        (NEXT - dt.timedelta(days=1), "ACCUSE"): 1,
    }
    by_dyad = {r.key: r.count for r in timeseries(filled, "day", "dyad") if r.period == DAY}
    assert set(by_dyad.values()) == {1} and "RUS-UKR" in by_dyad
    by_country = {r.key: r.count for r in timeseries(filled, "day", "country") if r.period == DAY}
    assert by_country == {"RUS": 2, "UKR": 1, "USA": 1}


def test_timeseries_filters_apply(filled: Store) -> None:
    rows = timeseries(filled, "day", "type", EventFilter(country="UKR", since=NEXT))
    assert {(r.key, r.count) for r in rows} == {("ASSAULT", 1), ("ACCUSE", 1)}


def test_timeseries_rejects_unknown_options(filled: Store) -> None:
    with pytest.raises(AnalysisError, match=r"A004 unknown interval 'month'"):
        timeseries(filled, "month", "quad")  # type: ignore[arg-type]
    with pytest.raises(AnalysisError, match="A004 unknown grouping"):
        timeseries(filled, "day", "actor")  # type: ignore[arg-type]


def test_dyads_use_stories_by_default(filled: Store) -> None:
    rows = dyads(filled)
    assert rows[0] == DyadRow(
        source_country="RUS",
        target_country="UKR",
        n_events=2,
        n_coop=0,
        n_conflict=2,
        net_score=-18.0,
    )
    assert {(r.source_country, r.target_country) for r in rows} == {
        ("RUS", "UKR"),
        ("UKR", "RUS"),
        ("USA", "RUS"),
    }  # as c1 coded it
    raw = {(r.source_country, r.target_country): r.n_events for r in dyads(filled, raw=True)}
    assert raw[("RUS", "UKR")] == 3
    assert raw[("USA", "RUS")] == 2 and raw[("RUS", "USA")] == 1
    assert len(dyads(filled, limit=1)) == 1


def test_trend_fills_empty_periods_and_draws_a_sparkline(filled: Store) -> None:
    trend = trend_table(filled, dyad="rus-ukr", interval="day")
    assert trend.key == "RUS-UKR"
    assert [r.count for r in trend.rows] == [1, 0, 0, 0, 0, 0, 0, 1]
    assert trend.sparkline == "█▁▁▁▁▁▁█"
    raw = trend_table(filled, dyad="RUS-UKR", interval="week", raw=True)
    assert [r.count for r in raw.rows] == [2, 1]
    lines = trend_lines(raw)
    assert lines[0].startswith("RUS-UKR events per week: ")
    assert lines[2].split()[:2] == [MONDAY.isoformat(), "2"]
    assert [r.count for r in trend_table(filled, country="ukr", interval="week").rows] == [1, 2]


def test_dyad_must_be_two_country_codes() -> None:
    assert parse_dyad(" rus-UKR ") == ("RUS", "UKR")
    with pytest.raises(AnalysisError, match=r"^A002 "):
        parse_dyad("RUSSIA-UKRAINE")


def test_sparkline_scales_to_the_maximum() -> None:
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
    assert sparkline([0, 0]) == "▁▁"
    assert sparkline([]) == ""


@pytest.mark.parametrize("by", ["quad", "type", "dyad", "country"])
@pytest.mark.parametrize("interval", ["day", "week"])
@pytest.mark.parametrize("raw", [False, True])
def test_timeseries_json_is_the_same_rows_as_the_models(filled: Store, by: str, interval: str, raw: bool) -> None:
    import json

    from seismo.analysis.counts import timeseries_json, timeseries_sql

    for f in (None, EventFilter(country="UKR"), EventFilter(since=DAY, until=DAY), EventFilter(type="NOPE")):
        direct = [TimeseriesRow(**r) for r in filled.query(*timeseries_sql(filled, interval, by, f, raw))]  # type: ignore[arg-type]
        text = timeseries_json(filled, interval, by, f, raw=raw)  # type: ignore[arg-type]
        assert json.loads(text) == [r.model_dump(mode="json") for r in direct]
        assert timeseries(filled, interval, by, f, raw=raw) == direct  # type: ignore[arg-type]


def test_events_dated_on_publication_are_counted_on_that_day(store: Store) -> None:
    """A story the text gives no date for counts on its publication day, unless the filter asks for
    explicit dates only; its explicitly dated report of the same call wins the story's date."""
    later = DAY + dt.timedelta(days=1)
    on_pub = {"date_precision": "published"}
    store.add_documents([
        document("dated", [event("dated", date=MONDAY)]),
        document("undated-call", [event("undated-call", date=later, **on_pub)], published=later),
        document("undated-attack", [event("undated-attack", type_="ASSAULT", source="RUSMIL", target="UKR",
                                          date=later, **on_pub)], published=later),
    ])  # fmt: skip
    rows = {(r.period, r.key): r.count for r in timeseries(store, "day", "quad")}
    assert rows == {(MONDAY, "verbal cooperation"): 1, (later, "material conflict"): 1}
    explicit = timeseries(store, "day", "quad", EventFilter(date_precision=["day"]))
    assert [(r.period, r.key) for r in explicit] == [(MONDAY, "verbal cooperation")]
    raw = {(r.period, r.key): r.count for r in timeseries(store, "day", "quad", raw=True)}
    assert raw[(later, "verbal cooperation")] == 1 and raw[(MONDAY, "verbal cooperation")] == 1
