"""The dashboard's context filter (issue 16), in headless Chromium: pick a PLOVER context, see only its events."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from api_helpers import LiveServer, build_store, sample_documents
from web_helpers import Watch

from seismo.server import create_app
from seismo.config import Settings

pytestmark = pytest.mark.serial

CONTEXTS = {"ev-a2": ["military"], "ev-c1": ["military"], "ev-c2": ["diplomatic", "economic"]}


@pytest.fixture(scope="module")
def ctx_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    docs = sample_documents()
    for doc in docs:
        for event in doc.events:
            event.contexts = CONTEXTS.get(event.event_id, [])
    db = build_store(Path(tmp_path_factory.mktemp("ctxweb")) / "seismo.duckdb", docs)
    with LiveServer(create_app(Settings(db=db))) as live:
        yield live


@pytest.fixture
def tab(browser: Any, ctx_site: LiveServer) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=ctx_site.url)
    page = context.new_page()
    watch = Watch(ctx_site.url)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page.on("console", lambda msg: watch.console.append(f"{msg.type}: {msg.text}"))
    yield page, watch
    context.close()


def test_events_page_filters_by_context(tab: tuple[Any, Watch], ctx_site: LiveServer) -> None:
    page, watch = tab
    page.goto("/events")
    options = page.locator("#context-filter option").all_inner_texts()
    assert options[:3] == ["any", "military", "intelligence"] and "trafficking" in options
    page.select_option("#context-filter", "military")
    page.click("#list-filters button")
    page.wait_for_url("**/events?*context=military*")
    rows = page.locator("table.events tbody tr").all_inner_texts()
    assert len(rows) == 2 and all("ASSAULT" in r and "military" in r for r in rows)
    assert page.locator("#context-filter").input_value() == "military"  # the choice stays in the form
    page.select_option("#context-filter", "economic")
    page.click("#list-filters button")
    page.wait_for_url("**/events?*context=economic*")
    assert page.locator("table.events tbody tr").count() == 1
    page.locator("table.events tbody a").first.click()  # the event page lists its contexts as links
    page.wait_for_selector("#contexts")
    assert page.locator("#contexts a").all_inner_texts() == ["diplomatic", "economic"]
    page.locator("#contexts a", has_text="diplomatic").click()
    page.wait_for_url("**/events?context=diplomatic")
    assert page.locator("table.events tbody tr").count() == 1
    watch.assert_clean()


def test_unknown_context_in_the_url_is_an_error_page_listing_them(ctx_site: LiveServer) -> None:
    response = httpx.get(ctx_site.url + "/events?context=elections", timeout=30)
    assert response.status_code == 422 and "text/html" in response.headers["content-type"]
    assert "unknown context" in response.text and "election" in response.text
    data = httpx.get(ctx_site.url + "/events.json?context=military", timeout=30).json()
    assert sorted(e["event_id"] for e in data["events"]) == ["ev-a2", "ev-c1"]
