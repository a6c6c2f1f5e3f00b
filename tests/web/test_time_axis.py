"""A true time axis (issue 14): chart periods are spaced by the time between them, so 1905 does not sit
next to 1990. A store whose events fall in 1905, 1990 and a week later, drawn in headless Chromium."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from api_helpers import LiveServer, build_store, make_doc
from web_helpers import Watch, screenshot

from seismo.config import Settings
from seismo.server import create_app

pytestmark = pytest.mark.serial

DAYS = [dt.date(1905, 1, 22), dt.date(1990, 3, 5), dt.date(1990, 3, 12)]
POSITIONS = """() => {
  const chart = Chart.getChart(document.querySelector('canvas[data-chart]'));
  return chart.getDatasetMeta(0).data.map((bar, i) => [chart.data.datasets[0].data[i].x, bar.x]);
}"""


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    docs = []
    for n, day in enumerate(DAYS):
        sentence = f"Russia and Ukraine assault event number {n}."
        spec = (f"ev-t{n}", "ASSAULT", 4, -10.0, "RUS", "UKR", day, sentence)
        docs.append(make_doc(f"doc-t{n}", "Wire One", day, [spec]))
    db = build_store(tmp_path_factory.mktemp("axis") / "seismo.duckdb", docs)
    with LiveServer(create_app(Settings(db=db))) as live:
        yield live


@pytest.fixture
def tab(browser: Any, old_and_new: LiveServer) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=old_and_new.url)
    page = context.new_page()
    watch = Watch(old_and_new.url)
    page.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    page.on("console", lambda msg: watch.console.append(f"{msg.type}: {msg.text}"))
    yield page, watch
    context.close()


@pytest.mark.parametrize("path", ["/", "/country/RUS", "/dyad/RUS-UKR", "/?interval=week"])
def test_periods_are_spaced_by_the_time_between_them(tab: tuple[Any, Watch], path: str) -> None:
    page, watch = tab
    page.goto(path)
    page.wait_for_selector("canvas[data-x-axis='time']", timeout=10_000)
    positions = page.evaluate(POSITIONS)
    assert len(positions) == 3
    (d0, x0), (d1, x1), (d2, x2) = positions
    assert d1 - d0 > 30_000 and d2 - d1 == 7  # days: 85 years, then a week
    assert x0 < x1 < x2
    assert (x1 - x0) / (x2 - x1) == pytest.approx((d1 - d0) / (d2 - d1), rel=0.01)
    ticks = page.evaluate("() => Chart.getChart(document.querySelector('canvas[data-chart]'))"
                          ".scales.x.ticks.map(t => t.label)")  # fmt: skip
    assert "1905" in ticks[0] or "1910" in ticks[0] or "1900" in ticks[0]
    assert all(len(t) == 4 and t.isdigit() for t in ticks)  # a span of decades is labelled in years
    if path == "/":
        screenshot(page, "time-axis")
    watch.assert_clean()
