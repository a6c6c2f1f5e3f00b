"""Stored XSS: a document whose title, outlet and text carry script/HTML renders as inert text."""

from __future__ import annotations

from typing import Any

import pytest
from api_helpers import XSS_IMG, XSS_SCRIPT
from web_helpers import Watch, screenshot

pytestmark = pytest.mark.serial

PAGES = ["/event/ev-xss", "/dyad/RUS-UKR", "/country/RUS", "/", "/?type=THREATEN", "/events?q=warned",
         "/events?country=RUS", "/stories?type=THREATEN", "/documents?q=link", "/documents", "/map?q=warned",
         "/document/doc-xss", "/nope%3Cscript%3E", "/events?since=%3Cscript%3E"]
OUR_SCRIPTS = {"/static/vendor/chart.umd.min.js", "/static/app.js", "/static/map.js"}


def assert_inert(tab: Any) -> None:
    """No element came from the payloads; only our own scripts are in the page."""
    assert tab.locator("img").count() == 0
    assert tab.locator("[onerror]").count() == 0
    assert tab.locator("a[href^='javascript:']").count() == 0
    scripts = tab.eval_on_selector_all("script", "els => els.map(e => e.getAttribute('src'))")
    assert set(scripts) <= OUR_SCRIPTS, scripts  # each a file of ours (no inline script: no src None)


@pytest.mark.parametrize("path", PAGES)
def test_payloads_render_as_text(page: tuple[Any, Watch], path: str) -> None:
    tab, watch = page
    tab.goto(path)
    tab.wait_for_load_state("load")
    tab.wait_for_timeout(300)  # let any (wrongly) injected handler fire
    assert_inert(tab)
    watch.assert_clean()


def test_event_page_shows_the_payloads_literally(page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.goto("/event/ev-xss")
    tab.wait_for_timeout(300)
    assert XSS_SCRIPT in tab.locator("#doc-title").inner_text()
    assert XSS_IMG in tab.locator("#doc-title").inner_text()
    assert XSS_SCRIPT in tab.locator("mark#evidence").inner_text()
    assert XSS_IMG in tab.locator("#reported-by").inner_text()  # the outlet
    assert "javascript:alert(1)" in tab.locator("#article").inner_text()
    screenshot(tab, "xss-event")
    assert_inert(tab)
    watch.assert_clean()


def test_map_point_labels_are_text(page: tuple[Any, Watch]) -> None:
    tab, watch = page
    tab.goto("/map?q=warned")
    tab.wait_for_selector("#map[data-rendered='true']")
    labels = tab.locator("#map circle title").all_text_contents()
    assert len(labels) == 1 and XSS_IMG in labels[0]
    screenshot(tab, "xss-map")
    assert_inert(tab)
    watch.assert_clean()
