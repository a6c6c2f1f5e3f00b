"""The response cache: repeated GETs come from memory until a write changes the data."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import API_KEY, LiveServer, assert_security_headers, build_store, make_event, serve

from seismo.api import analysis
from seismo.api.params import GroupBy, Interval
from seismo.models import Article, CodedDocument
from seismo.store import EventFilter, Store

CACHE = "x-seismo-cache"
ENGLISH = "The foreign minister of France met the Italian ambassador in Paris on Monday."


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    with serve(build_store(tmp_path_factory.mktemp("cache") / "seismo.duckdb")) as server:
        yield server


@pytest.mark.parametrize("path", ["/api/events?limit=3", "/api/timeseries?by=dyad", "/?country=RUS", "/.json",
                                  "/dyad/RUS-UKR", "/api/health"])  # fmt: skip
def test_a_repeated_get_is_a_hit_with_the_same_answer(live: LiveServer, path: str) -> None:
    first = httpx.get(live.url + path)
    second = httpx.get(live.url + path)
    assert first.status_code == second.status_code == 200
    assert (first.headers[CACHE], second.headers[CACHE]) == ("miss", "hit")
    assert second.content == first.content
    assert second.headers["content-type"] == first.headers["content-type"]
    assert_security_headers(second)


@pytest.mark.parametrize("path", ["/api/events/no-such-event", "/api/events?limit=0", "/dyad/XX"])
def test_errors_are_never_kept(live: LiveServer, path: str) -> None:
    for _ in range(2):
        response = httpx.get(live.url + path)
        assert response.status_code in (404, 422) and response.headers[CACHE] == "miss"


def test_static_files_and_writes_bypass_the_cache(live: LiveServer) -> None:
    assert CACHE not in httpx.get(live.url + "/static/app.js").headers
    assert CACHE not in httpx.post(live.url + "/api/documents", json={"documents": []}).headers


def test_cache_can_be_turned_off(tmp_path: Path) -> None:
    with serve(build_store(tmp_path / "db.duckdb"), response_cache_mb=0) as server:
        for _ in range(2):
            assert CACHE not in httpx.get(server.url + "/api/events").headers


def test_a_write_makes_every_kept_answer_stale(tmp_path: Path) -> None:
    def coder(articles: list[Article]) -> list[CodedDocument]:
        spec = ("ev-new", "AID", 2, 7.0, "USA", "UKR", dt.date(2024, 3, 9), articles[0].text)
        return [CodedDocument(article=articles[0], events=[make_event(articles[0].doc_id, articles[0].text, spec)])]

    with serve(build_store(tmp_path / "db.duckdb"), api_key=API_KEY, code=coder) as server:
        urls = [server.url + p for p in ("/api/events?limit=1000", "/api/health", "/.json")]
        before = [httpx.get(u) for u in urls]
        assert [httpx.get(u).headers[CACHE] for u in urls] == ["hit"] * 3
        posted = httpx.post(server.url + "/api/documents", headers={"X-API-Key": API_KEY},
                            json={"documents": [{"text": ENGLISH, "id": "post-1"}]})  # fmt: skip
        assert posted.status_code == 200 and posted.json()["events_added"] == 1
        after = [httpx.get(u) for u in urls]
        assert [r.headers[CACHE] for r in after] == ["miss"] * 3
        assert after[0].json()["total"] == before[0].json()["total"] + 1
        assert "ev-new" in {e["event_id"] for e in after[0].json()["events"]}
        assert after[1].json()["documents"] == before[1].json()["documents"] + 1


def test_timeseries_route_serves_the_page_model_json(live: LiveServer, tmp_path: Path) -> None:
    """The route takes its rows as JSON from DuckDB: the same document as the page model."""
    db = build_store(tmp_path / "same.duckdb")
    with Store.open(db, read_only=True) as store:
        for by in GroupBy:
            for query, f in (({}, EventFilter()), ({"country": "UKR"}, EventFilter(country="UKR"))):
                page = analysis.timeseries_page(store, f, Interval.week, by, raw=True)
                served = httpx.get(live.url + "/api/timeseries", params={"by": by.value, "interval": "week",
                                                                          "raw": "true", **query})  # fmt: skip
                assert served.json() == json.loads(page.model_dump_json())


def test_a_kept_answer_carries_only_the_asking_origins_cors_headers(tmp_path: Path) -> None:
    trusted = "https://newsroom.example"
    with serve(build_store(tmp_path / "db.duckdb"), cors_origins=[trusted]) as server:
        first = httpx.get(server.url + "/api/events", headers={"Origin": trusted})
        other = httpx.get(server.url + "/api/events", headers={"Origin": "https://evil.example"})
        assert first.headers["access-control-allow-origin"] == trusted
        assert other.headers[CACHE] == "hit" and "access-control-allow-origin" not in other.headers


def test_events_from_memory_are_the_events_from_the_store(tmp_path: Path) -> None:
    """A read-only server pages /api/events from its in-memory snapshot, or, when the events' JSON
    does not fit, picks the page from its in-memory index and reads the rows by row id: same bytes
    as from DuckDB."""
    db = build_store(tmp_path / "db.duckdb")
    queries = [{}, {"limit": "2"}, {"country": "ukr", "limit": "1"}, {"actor": "RUS", "since": "2024-03-05"},
               {"type": "consult", "until": "2024-03-04"}, {"all_modalities": "true", "limit": "3"},
               {"q": "kharkiv", "limit": "1"}, {"q": "report", "limit": "2"}, {"q": "china TALKS"}]  # fmt: skip
    with (serve(db) as memory, serve(db, snapshot_mb=0, response_cache_mb=0) as index,
          serve(db, snapshot_mb=0, index_mb=0, response_cache_mb=0) as plain):  # fmt: skip
        assert memory.app.state.snapshot.events_json is not None and plain.app.state.snapshot is None
        assert index.app.state.snapshot.events_json is None
        for query in queries:
            url, pages = "/api/events", 0
            while url and pages < 10:
                a, b = httpx.get(memory.url + url, params=query), httpx.get(plain.url + url, params=query)
                c = httpx.get(index.url + url, params=query)
                assert a.status_code == b.status_code == c.status_code == 200, (query, url)
                assert a.content == b.content == c.content, (query, url)
                url, query, pages = a.json()["next_url"], {}, pages + 1


@pytest.mark.parametrize("query", ["", "?country=UKR", "?interval=week", "?since=2024-03-05&raw=true", "?type=NOPE"])
def test_overview_chart_draws_the_json_twins_series(live: LiveServer, query: str) -> None:
    """The HTML overview charts its series from DuckDB's tuples; the .json twin has the same series as models."""
    import html
    import re

    from seismo.analysis.models import TimeseriesRow
    from seismo.web.charts import chart_rows, series_chart

    page = httpx.get(live.url + "/" + query).text
    drawn = json.loads(html.unescape(re.search(r"data-chart='([^']*)'", page).group(1)))  # type: ignore[union-attr]
    rows = [TimeseriesRow(**r) for r in httpx.get(live.url + "/.json" + query).json()["timeseries"]["rows"]]
    days = 7 if "week" in query else 1
    assert drawn == series_chart(chart_rows(rows), analysis.quad_label, keys=analysis.QUAD_KEYS, interval_days=days)
