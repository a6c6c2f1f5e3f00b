"""The dashboard in headless Chromium: pages render, charts draw, filters live in the URL."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_helpers import LiveServer
from web_helpers import Watch, screenshot

pytestmark = pytest.mark.serial

DOCS_SCREENSHOT = Path(__file__).parents[2] / "docs" / "dashboard.png"
Page = tuple[Any, Watch]


def chart_drawn(tab: Any, selector: str) -> None:
    tab.wait_for_selector(f"{selector}[data-rendered='true']", timeout=10_000)


def test_overview_renders_chart_dyads_and_alerts(page: Page) -> None:
    tab, watch = page
    tab.goto("/")
    chart_drawn(tab, "#quad-chart")
    assert tab.locator("#dyads tbody tr").count() >= 5
    assert tab.locator("#dyads a", has_text="RUS → UKR").count() == 1
    assert tab.locator("h2", has_text="Latest alerts").count() == 1
    shot = screenshot(tab, "overview")
    if not DOCS_SCREENSHOT.exists() or os.environ.get("SEISMO_UPDATE_SCREENSHOT"):
        shutil.copyfile(shot, DOCS_SCREENSHOT)
    watch.assert_clean()


def test_filters_are_in_the_url_and_the_form_keeps_them(page: Page) -> None:
    tab, watch = page
    tab.goto("/?country=CHN&interval=week")
    dyads = tab.locator("#dyads tbody tr a").all_inner_texts()
    assert dyads and all("CHN" in d for d in dyads)
    assert tab.locator("select[name=interval]").input_value() == "week"
    assert tab.locator("#json-link").get_attribute("href") == "/.json?country=CHN&interval=week"
    tab.fill("input[name=type]", "ASSAULT")
    tab.fill("input[name=country]", "")
    tab.click("form.filters button")
    tab.wait_for_url("**/?*type=ASSAULT*")
    assert "interval=week" in tab.url
    assert tab.locator("input[name=type]").input_value() == "ASSAULT"
    chart_drawn(tab, "#quad-chart")
    watch.assert_clean()


def test_dyad_page_has_trend_stories_and_events(page: Page) -> None:
    tab, watch = page
    tab.goto("/dyad/RUS-UKR?since=2024-02-01")
    assert tab.locator("h1").inner_text() == "RUS → UKR"
    chart_drawn(tab, "#trend-chart")
    assert tab.locator("table.stories tbody tr").count() > 0
    assert tab.locator("table.events tbody tr").count() > 0
    dates = tab.locator("table.events tbody td:first-child").all_inner_texts()
    assert all(d >= "2024-02-01" for d in dates)
    screenshot(tab, "dyad")
    tab.locator("table.events a").first.click()
    tab.wait_for_selector("mark#evidence")
    watch.assert_clean()


def test_country_page(page: Page) -> None:
    tab, watch = page
    tab.goto("/country/PAK")
    chart_drawn(tab, "#trend-chart")
    sources = tab.locator("table.events tbody td:nth-child(3)").all_inner_texts()
    targets = tab.locator("table.events tbody td:nth-child(4)").all_inner_texts()
    assert all("PAK" in s + t for s, t in zip(sources, targets, strict=True))
    screenshot(tab, "country")
    watch.assert_clean()


def test_event_page_highlights_the_evidence_in_the_article(page: Page) -> None:
    tab, watch = page
    tab.goto("/event/ev-a2")
    mark = tab.locator("mark#evidence")
    assert mark.inner_text() == "Russian forces shelled Kharkiv on Tuesday, killing three people."
    article = tab.locator("#article").inner_text()
    assert article.startswith("Officials spoke to reporters.")
    assert "ASSAULT" in tab.locator("#fields").inner_text()
    reported = tab.locator("#reported-by li").all_inner_texts()
    assert any("Report doc-a" in r for r in reported)
    screenshot(tab, "event")
    watch.assert_clean()


def test_docs_page_works_offline_under_the_csp(page: Page) -> None:
    tab, watch = page
    tab.goto("/docs")
    tab.wait_for_selector(".opblock", timeout=15_000)
    assert tab.locator(".opblock").count() >= 10
    screenshot(tab, "docs")
    watch.assert_clean()


@pytest.mark.parametrize(
    ("page_path", "api_path", "key"),
    [("/event/ev-a2.json", "/api/events/ev-a2", None),
     ("/.json?interval=week", "/api/timeseries?interval=week&by=quad", "timeseries"),
     ("/.json", "/api/dyads?limit=15", "dyads"),
     ("/country/RUS.json", "/api/timeseries?country=RUS", "timeseries")],
)  # fmt: skip
def test_json_twins_serve_the_api_data(
    site: LiveServer, page_path: str, api_path: str, key: str | None
) -> None:
    twin = httpx.get(site.url + page_path).json()
    api = httpx.get(site.url + api_path).json()
    if key is None:  # the event page adds the document's other mentions and why: the rest is the API's
        twin = {name: value for name, value in twin.items() if name in api}
    assert (twin[key] if key else twin) == api
