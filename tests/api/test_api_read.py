"""Read routes against a real server: filters, cursor pagination, CSV, detail pages."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import httpx
import pytest
from api_helpers import ALL_ASSERTED, XSS_DOC, serve

pytestmark = pytest.mark.serial


def ids(client: httpx.Client, **params: str) -> list[str]:
    response = client.get("/api/events", params={"limit": 1000, **params})
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_health_reports_counts_and_read_only(client: httpx.Client) -> None:
    body = client.get("/api/health").json()
    assert body["ok"] is True
    assert body["read_only"] is True
    assert body["documents"] == 5
    assert body["events"] == len(ALL_ASSERTED)


def test_events_default_is_asserted_in_store_order(client: httpx.Client) -> None:
    assert ids(client) == ALL_ASSERTED


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"since": "2024-03-06"}, ["ev-c2", "ev-xss", "ev-d1"]),
        ({"until": "2024-03-04"}, ["ev-a1", "ev-b1"]),
        ({"type": "assault"}, ["ev-a2", "ev-c1"]),
        ({"actor": "CHN"}, ["ev-c2"]),
        ({"actor": "USAGOV"}, ["ev-c2"]),
        ({"country": "usa"}, ["ev-c2"]),
        ({"country": "UKR", "type": "ACCUSE"}, ["ev-d1"]),
        ({"all_modalities": "true", "since": "2024-03-11"}, ["ev-d1", "ev-d2"]),
        ({"since": "2030-01-01"}, []),
        ({"date_precision": "day"}, ALL_ASSERTED),
        ({"date_precision": "published"}, []),
    ],
)
def test_event_filters(client: httpx.Client, params: dict[str, str], expected: list[str]) -> None:
    assert ids(client, **params) == expected


def test_cursor_pagination_walks_every_event_once(client: httpx.Client) -> None:
    seen: list[str] = []
    url: str | None = "/api/events?limit=2"
    pages = 0
    while url:
        body = client.get(url).json()
        assert body["total"] == len(ALL_ASSERTED)
        seen += [e["event_id"] for e in body["events"]]
        url = body["next_url"]
        pages += 1
    assert seen == ALL_ASSERTED
    assert pages == 4


def test_cursor_is_tied_to_its_filters(client: httpx.Client) -> None:
    cursor = client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    assert cursor
    other = client.get("/api/events", params={"limit": 1, "cursor": cursor, "type": "ASSAULT"})
    assert other.status_code == 422
    assert other.json()["error"] == "Invalid cursor"
    garbage = client.get("/api/events", params={"cursor": "bm90LWEtY3Vyc29y"})
    assert garbage.status_code == 422


def test_events_csv_has_flat_columns_and_next_link(client: httpx.Client) -> None:
    response = client.get("/api/events", params={"format": "csv", "limit": 3})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["event_id"] for r in rows] == ALL_ASSERTED[:3]
    assert rows[0]["source_country"] == "RUS"
    assert rows[0]["evidence_sentence"].startswith("The presidents")
    assert 'rel="next"' in response.headers["link"]


def test_event_detail_places_the_sentence_in_its_document(client: httpx.Client) -> None:
    body = client.get("/api/events/ev-a2").json()
    assert body["event"]["type"] == "ASSAULT"
    assert body["document"] == {
        "doc_id": "doc-a", "title": "Report doc-a", "outlet": "Wire One",
        "url": "https://news.example/doc-a", "published": "2024-03-04",
    }  # fmt: skip
    marked = [s for s in body["segments"] if s["evidence"]]
    assert [s["text"] for s in marked] == [body["event"]["evidence"]["sentence"]]
    assert body["evidence"]["matches_text"] is True
    text = client.get("/api/documents/doc-a").json()["text"]
    assert "".join(s["text"] for s in body["segments"]) == text
    assert text[body["evidence"]["start"] : body["evidence"]["end"]] == body["evidence"]["sentence"]
    assert "doc-a" in [d["doc_id"] for d in body["reported_by"]]


def test_unknown_event_and_document_are_404(client: httpx.Client) -> None:
    for path in ("/api/events/nope", "/api/documents/nope"):
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["ok"] is False


def test_documents_list_and_detail(client: httpx.Client) -> None:
    docs = client.get("/api/documents").json()["documents"]
    assert {d["doc_id"] for d in docs} == {"doc-a", "doc-b", "doc-c", "doc-d", XSS_DOC}
    assert "text" not in docs[0]
    assert len(client.get("/api/documents", params={"limit": 2}).json()["documents"]) == 2
    detail = client.get("/api/documents/doc-d").json()
    assert {e["event_id"] for e in detail["events"]} == {"ev-d1", "ev-d2"}
    assert detail["document"]["outlet"] == "Times Four"


def test_stories_merge_reports_of_the_same_event(client: httpx.Client) -> None:
    stories = client.get("/api/stories").json()["stories"]
    by_events = {tuple(sorted(s["event_ids"])): s for s in stories}
    call = by_events[("ev-a1", "ev-b1")]
    assert (call["type"], call["n_sources"], call["doc_ids"]) == ("CONSULT", 2, ["doc-a", "doc-b"])
    assert call["outlets"] == ["Daily Two", "Wire One"]
    assert by_events[("ev-a2", "ev-c1")]["n_sources"] == 2
    only = client.get("/api/stories", params={"type": "ASSAULT", "limit": 5}).json()["stories"]
    assert [s["type"] for s in only] == ["ASSAULT"]


def test_event_detail_lists_every_source_of_its_story(client: httpx.Client) -> None:
    body = client.get("/api/events/ev-c1").json()
    assert {d["doc_id"] for d in body["reported_by"]} == {"doc-a", "doc-c"}
    assert body["story_id"]


def test_dyads_count_stories_or_reports(client: httpx.Client) -> None:
    dyads = client.get("/api/dyads").json()["dyads"]
    first = dyads[0]
    assert (first["source_country"], first["target_country"]) == ("RUS", "UKR")
    assert (first["n_events"], first["n_coop"], first["n_conflict"]) == (3, 1, 2)
    raw = client.get("/api/dyads", params={"raw": "true"}).json()["dyads"][0]
    assert raw["n_events"] == 5  # two reports each of the call and the shelling, plus the threat


def test_timeseries_by_quad_and_week(client: httpx.Client) -> None:
    body = client.get("/api/timeseries", params={"interval": "week", "by": "quad"}).json()
    assert body["interval"] == "week" and body["by"] == "quad"
    total = sum(r["count"] for r in body["rows"])
    assert total == 5  # stories: call, shelling, talks, threat, accusation
    assert {r["period"] for r in body["rows"]} == {"2024-03-04", "2024-03-11"}
    by_type = client.get("/api/timeseries", params={"by": "type", "country": "CHN"}).json()
    assert [(r["key"], r["count"]) for r in by_type["rows"]] == [("CONSULT", 1)]


def test_alerts_is_a_list_with_the_documented_fields(client: httpx.Client) -> None:
    body = client.get("/api/alerts", params={"since": "2024-01-01", "limit": 5}).json()
    assert body["ok"] is True and isinstance(body["alerts"], list)


def test_a_new_empty_store_serves_every_page(tmp_path: Path) -> None:
    """`seismo serve` on a file that does not exist yet: created, empty, every page 200."""
    paths = ["/", "/.json", "/dyad/RUS-UKR", "/country/RUS", "/api/stories", "/api/alerts",
             "/api/timeseries", "/api/dyads", "/api/events?format=csv",
             "/api/documents"]  # fmt: skip
    with serve(tmp_path / "new" / "seismo.duckdb") as live:
        assert httpx.get(live.url + "/api/health").json()["documents"] == 0
        for path in paths:
            assert httpx.get(live.url + path).status_code == 200, path
