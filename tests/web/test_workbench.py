"""The dashboard as a workbench (issue 14), in headless Chromium: map, search, lists, downloads, event links.

Each test also checks what ``Watch`` forbids: no script errors, no request leaving the server
(the map's outline is a bundled file), no CSP violation.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pyarrow.parquet as pq
import pytest
from api_helpers import LiveServer
from web_helpers import Watch, screenshot

pytestmark = pytest.mark.serial

Page = tuple[Any, Watch]


def get_json(site: LiveServer, path: str) -> Any:
    response = httpx.get(site.url + path, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def test_map_draws_the_world_and_links_each_located_event(page: Page, site: LiveServer) -> None:
    tab, watch = page
    data = get_json(site, "/map.json")
    assert data["located"] == len(data["points"]) > 0
    tab.goto("/map")
    tab.wait_for_selector("#map[data-rendered='true']", timeout=10_000)
    assert tab.locator("#map path.country").count() > 150  # Natural Earth 1:110m: 177 countries
    assert tab.locator("#map a.point circle").count() == len(data["points"])
    hrefs = tab.eval_on_selector_all("#map a.point", "els => els.map(e => e.getAttribute('href'))")
    assert set(hrefs) == {f"/event/{p['event_id']}" for p in data["points"]}
    # coloured by quad class: the located test events are ASSAULTs (material conflict) and one THREATEN
    classes = tab.eval_on_selector_all("#map circle", "els => els.map(e => e.getAttribute('class'))")
    quads = {p["quad_class"] for p in data["points"]}
    assert set(classes) == {f"q{q}" for q in quads} and "q4" in classes
    fill = tab.eval_on_selector("#map circle.q4", "e => getComputedStyle(e).fill")
    assert fill == "rgb(217, 83, 79)"
    tab.mouse.move(640, 450)
    for _ in range(3):  # zoom in, a wheel step at a time
        tab.mouse.wheel(0, -100)
        tab.wait_for_timeout(50)
    tab.wait_for_timeout(200)
    assert float(tab.locator("#map svg").get_attribute("data-zoom")) > 1.5
    radius = float(tab.locator("#map circle").first.get_attribute("r"))
    assert radius < 1.4 / 1.5  # the points keep their size on screen
    screenshot(tab, "map")
    tab.click("#map-reset")
    tab.locator("#map a.point circle").last.click()
    tab.wait_for_selector("mark#evidence")
    assert tab.url.startswith(site.url + "/event/")
    watch.assert_clean()


def test_map_follows_the_filters(page: Page, site: LiveServer) -> None:
    tab, watch = page
    tab.goto("/map?country=PAK&since=2024-03-01")
    tab.wait_for_selector("#map[data-rendered='true']")
    titles = tab.locator("#map circle title").all_text_contents()
    assert titles and all("PAK" in t for t in titles) and all(t[:10] >= "2024-03-01" for t in titles)
    assert tab.locator("input[name=country]").input_value() == "PAK"
    watch.assert_clean()


def test_search_box_finds_words_of_the_evidence_and_titles(page: Page, site: LiveServer) -> None:
    tab, watch = page
    tab.goto("/")
    tab.fill("#search", "shelled Kharkiv")
    tab.press("#search", "Enter")
    tab.wait_for_url("**/events?q=shelled+Kharkiv")
    rows = tab.locator("table.events tbody tr").all_inner_texts()
    assert len(rows) == 2 and all("shelled Kharkiv" in r for r in rows)  # ev-a2 and ev-c1
    assert "2 asserted event reports" in tab.locator("#summary").inner_text()
    assert tab.locator("#search").input_value() == "shelled Kharkiv"  # the box keeps the search
    tab.fill("#search", "Report doc-c")  # words of a title
    tab.press("#search", "Enter")
    tab.wait_for_url("**/events?q=Report+doc-c")
    assert tab.locator("table.events tbody tr").count() == 2  # doc-c's two events
    tab.fill("#list-filters input[name=q]", "nosuchword")
    tab.click("#list-filters button")
    tab.wait_for_url("**/events?q=nosuchword*")
    assert "No events for these filters" in tab.locator("main").inner_text()
    watch.assert_clean()


def test_events_list_pages_newest_first_and_filters(page: Page, site: LiveServer) -> None:
    tab, watch = page
    tab.goto("/events?country=PAK")
    first = tab.locator("table.events tbody td:first-child").all_inner_texts()
    assert len(first) == 50 and first == sorted(first, reverse=True)
    sources = tab.locator("table.events tbody td:nth-child(3)").all_inner_texts()
    targets = tab.locator("table.events tbody td:nth-child(4)").all_inner_texts()
    assert all("PAK" in s + t for s, t in zip(sources, targets, strict=True))
    total = get_json(site, "/events.json?country=PAK")["paging"]["total"]
    assert f"page 1 of {-(-total // 50)} · {total} event reports" in tab.locator("#pager").inner_text()
    tab.click("#pager a[rel=next]")
    tab.wait_for_url("**/events?country=PAK&page=2")
    second = tab.locator("table.events tbody td:first-child").all_inner_texts()
    assert second and max(second) <= min(first)
    screenshot(tab, "events")
    tab.locator("table.events tbody a").first.click()
    tab.wait_for_selector("mark#evidence")
    watch.assert_clean()


def test_stories_and_documents_lists(page: Page, site: LiveServer) -> None:
    tab, watch = page
    tab.goto("/stories?type=assault&country=UKR")
    rows = tab.locator("table.stories tbody tr").all_inner_texts()
    assert rows and all("ASSAULT" in r for r in rows)
    assert tab.locator("input[name=type]").input_value() == "ASSAULT"
    tab.goto("/documents?q=Kharkiv")
    titles = tab.locator("table.documents tbody td:nth-child(2)").all_inner_texts()
    assert {"Report doc-a", "Report doc-c"} <= set(titles)
    tab.locator("table.documents a", has_text="Report doc-a").click()
    tab.wait_for_url("**/document/doc-a")
    assert "Russian forces shelled Kharkiv" in tab.locator("#article").inner_text()
    assert tab.locator("table.events tbody tr").count() == 2
    screenshot(tab, "documents")
    watch.assert_clean()


@pytest.mark.parametrize("what", ["events", "stories", "documents"])
def test_downloads_hold_every_row_of_the_current_filter(page: Page, site: LiveServer, what: str) -> None:
    query = {"events": "?country=PAK&since=2024-02-01", "stories": "?type=ASSAULT",
             "documents": "?q=officials&until=2024-02-15"}[what]  # fmt: skip
    total = get_json(site, f"/{what}.json{query}")["paging"]["total"]
    assert total > 50  # more than one page: the file has them all
    tab, watch = page
    tab.goto(f"/{what}{query}")
    with tab.expect_download() as info:
        tab.click("#downloads a:text('CSV')")
    download = info.value
    assert download.suggested_filename == f"seismo-{what}.csv"
    with open(download.path(), encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == total
    parquet = httpx.get(f"{site.url}/{what}.parquet{query}", timeout=30)
    assert parquet.headers["content-type"] == "application/vnd.apache.parquet"
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == total
    if what == "events":
        assert {r["source_country"] for r in rows} | {r["target_country"] for r in rows} >= {"PAK"}
        assert min(r["date"] for r in rows) >= "2024-02-01"
    watch.assert_clean()


def test_event_page_links_to_dyad_countries_document_and_its_other_events(page: Page) -> None:
    tab, watch = page
    tab.goto("/event/ev-c1")
    assert tab.locator("#dyad-link").get_attribute("href") == "/dyad/RUS-UKR"
    assert tab.locator("#links a.country-link").all_inner_texts() == ["RUS", "UKR"]
    assert tab.locator("#document-link").get_attribute("href") == "/document/doc-c"
    mentions = tab.locator("#document-events tbody tr")
    assert mentions.count() == 2 and "ev-c2" in mentions.last.locator("a").first.get_attribute("href")
    assert tab.locator("#document-events tr.current").count() == 1
    assert "yes" in tab.locator("#why-counted").inner_text()
    assert "asserted" in tab.locator("#why-modality").inner_text()
    actors = tab.locator("#why .why-actor").all_inner_texts()
    assert len(actors) == 2 and "RUSGOV" in actors[0]
    assert "country RUS" in actors[0]  # the knowledge base's reading of "Russia"
    screenshot(tab, "event-why")
    tab.click("#dyad-link")
    tab.wait_for_url("**/dyad/RUS-UKR")
    watch.assert_clean()


def test_event_page_says_why_a_negated_mention_does_not_count(page: Page) -> None:
    tab, watch = page
    tab.goto("/event/ev-d2")
    assert tab.locator("#why-counted").inner_text().startswith("no")
    modality = tab.locator("#why-modality").inner_text()
    assert "negated" in modality and "not counted" in modality
    assert "accused → hypothetical" in modality  # a cue word of the rules, in the sentence
    watch.assert_clean()


def test_error_pages_are_html_with_the_site_around_them(page: Page) -> None:
    tab, watch = page
    response = tab.goto("/events?since=2024-13-40")
    assert response.status == 422
    assert tab.locator("#error-status").inner_text().startswith("422")
    assert "query.since" in tab.locator("#error-details").inner_text()
    response = tab.goto("/no/such/page")
    assert response.status == 404
    tab.fill("#search", "Kharkiv")  # the way on from an error page
    tab.press("#search", "Enter")
    tab.wait_for_url("**/events?q=Kharkiv")
    assert tab.locator("table.events tbody tr").count() > 0
    watch.assert_clean()
