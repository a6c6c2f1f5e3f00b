"""The workbench over 100,000 events (issue 14): map, search, lists and downloads stay usable.

The store is the load test's (``bench/loadtest.py``: 25,000 synthetic documents of four events,
half of them located near a capital), built once into ``build/loadtest/`` and reused by later
runs and by ``make loadtest``; the first build takes about two minutes on two cores.
"""

from __future__ import annotations

import csv
import io
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyarrow.parquet as pq
import pytest
from api_helpers import LiveServer
from web_helpers import Watch, screenshot

from seismo.config import Settings
from seismo.server import create_app

pytestmark = [pytest.mark.slow, pytest.mark.serial]

BENCH = Path(__file__).parents[2] / "bench"
SLOW_PAGE_S = 3.0  # a generous bound for one page over 100k events on a shared two-core machine


@pytest.fixture(scope="module")
def big() -> Iterator[LiveServer]:
    sys.path.insert(0, str(BENCH))
    import loadtest

    db = loadtest.STORE_DIR / "events-100000.duckdb"
    loadtest.build_store(db, 100_000, rebuild=False)
    with LiveServer(create_app(Settings(db=db))) as live:
        yield live


@pytest.fixture
def tab(browser: Any, big: LiveServer) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=big.url)
    page = context.new_page()
    watch = Watch(big.url)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page.on("console", lambda msg: watch.console.append(f"{msg.type}: {msg.text}"))
    page.on("request", lambda r: None if r.url.startswith((big.url, "data:")) else watch.foreign.append(r.url))
    yield page, watch
    context.close()


def timed_get(big: LiveServer, path: str) -> httpx.Response:
    started = time.perf_counter()
    response = httpx.get(big.url + path, timeout=60)
    elapsed = time.perf_counter() - started
    assert response.status_code == 200, response.text[:500]
    assert elapsed < SLOW_PAGE_S, f"{path} took {elapsed:.2f} s"
    return response


@pytest.mark.parametrize(
    "path",
    ["/", "/events", "/events?q=ceasefire+convoy", "/events?country=UKR&type=ASSAULT&page=20", "/stories",
     "/stories?page=1500", "/documents", "/documents?q=delegation&page=3", "/map", "/map?country=SYR"],
)  # fmt: skip
def test_pages_answer_quickly(big: LiveServer, path: str) -> None:
    timed_get(big, path)


def test_map_draws_the_latest_2000_located_events(tab: tuple[Any, Watch], big: LiveServer) -> None:
    page, watch = tab
    data = timed_get(big, "/map.json").json()
    assert data["located"] > 40_000 and len(data["points"]) == 2000
    started = time.perf_counter()
    page.goto("/map")
    page.wait_for_selector("#map[data-rendered='true']", timeout=15_000)
    drawn = time.perf_counter() - started
    assert page.locator("#map a.point").count() == 2000
    assert drawn < 2 * SLOW_PAGE_S, f"the map took {drawn:.1f} s to draw"
    screenshot(page, "map-100k")
    page.locator("#map a.point circle").last.click()  # the newest point is drawn last, on top
    page.wait_for_selector("mark#evidence")
    watch.assert_clean()


def test_search_and_paging_over_100k(tab: tuple[Any, Watch], big: LiveServer) -> None:
    page, watch = tab
    page.goto("/")
    page.fill("#search", "ceasefire convoy")
    page.press("#search", "Enter")
    page.wait_for_url("**/events?q=ceasefire+convoy")
    evidence = page.locator("table.events tbody td:nth-child(5)").all_inner_texts()
    assert len(evidence) == 50 and all("ceasefire" in e and "convoy" in e for e in evidence)
    total = timed_get(big, "/events.json?q=ceasefire+convoy").json()["paging"]["total"]
    page.click("#pager a[rel=last]")
    page.wait_for_url("**page=*")
    pages = -(-total // 50)
    assert page.locator("table.events tbody tr").count() == total - 50 * (pages - 1)
    assert f"page {pages} of {pages}" in page.locator("#pager").inner_text()
    screenshot(page, "search-100k")
    watch.assert_clean()


def test_downloads_of_a_filter_over_100k(big: LiveServer) -> None:
    query = "?country=UKR&since=2024-06-01&until=2024-06-30"
    total = timed_get(big, f"/events.json{query}").json()["paging"]["total"]
    parquet = timed_get(big, f"/events.parquet{query}")
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == total > 100
    countries = set(table.column("source_country").to_pylist()) | set(table.column("target_country").to_pylist())
    assert "UKR" in countries
    stories = list(csv.DictReader(io.StringIO(timed_get(big, f"/stories.csv{query}").text)))
    assert len(stories) == timed_get(big, f"/stories.json{query}").json()["paging"]["total"]
