"""Events dated on publication (``date_precision: published``) through the API and the dashboard."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest
from api_helpers import build_store, make_doc, serve

pytestmark = pytest.mark.serial

DAY = dt.date(2024, 3, 5)
SENTENCE = "Ukraine accused Russia of shelling the city."


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    doc = make_doc("doc-p", "Times", DAY, [("ev-p", "ACCUSE", 3, -2.0, "UKR", "RUS", DAY, SENTENCE)])
    doc.events[0] = doc.events[0].model_copy(update={"date_precision": "published", "date_text": None})
    db = build_store(tmp_path_factory.mktemp("dates") / "seismo.duckdb", [doc])
    with serve(db) as live, httpx.Client(base_url=live.url, timeout=30) as c:
        yield c


def test_filter_events_and_stories_on_how_the_date_was_found(client: httpx.Client) -> None:
    events = client.get("/api/events", params={"date_precision": "published"}).json()["events"]
    assert [(e["event_id"], e["date"], e["date_precision"]) for e in events] == [("ev-p", "2024-03-05", "published")]
    assert client.get("/api/events", params={"date_precision": ["day", "week"]}).json()["events"] == []
    stories = client.get("/api/stories", params={"date_precision": "published"}).json()["stories"]
    assert [(s["date"], s["date_precision"]) for s in stories] == [("2024-03-05", "published")]
    series = client.get("/api/timeseries", params={"interval": "day"}).json()
    assert series and series["rows"][0]["period"] == "2024-03-05"
    csv = client.get("/api/events", params={"format": "csv"}).text
    assert ",published," in csv


def test_event_page_says_the_date_is_the_publication_date(client: httpx.Client) -> None:
    page = client.get("/event/ev-p").text
    assert "publication date: the text gives none" in page
