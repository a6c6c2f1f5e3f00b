"""Issue 14, an honest API: every filter it takes works, and one it does not take is an error.

``/api/stories?min_sources=2`` used to return single-source stories and ``?q=Soleimani`` every
event; ``type=BOMB`` returned nothing, as if there were no such events. Now an unknown query
parameter is a 400 listing the supported ones, ``min_sources`` and ``q`` exist, unknown values
are 422s listing the valid ones, and the CLI has the same filters (docs/api.md lists them).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from api_helpers import ALL_ASSERTED, assert_error, build_store, serve

from seismo.analysis.choices import event_types

pytestmark = pytest.mark.serial
ROOT = Path(__file__).resolve().parents[2]

ROUTES = ["/api/health", "/api/events", "/api/events/ev-a1", "/api/stories", "/api/documents",
          "/api/documents/doc-a", "/api/dyads", "/api/timeseries", "/api/alerts", "/.json",
          "/dyad/RUS-UKR.json", "/country/RUS.json", "/event/ev-a1.json", "/events.json", "/stories.csv",
          "/documents.parquet", "/map.json", "/document/doc-a.json"]  # fmt: skip
PAGES = ["/", "/dyad/RUS-UKR", "/event/ev-a1", "/events", "/stories", "/documents", "/map", "/document/doc-a"]


@pytest.mark.parametrize("path", ROUTES)
def test_an_unknown_query_parameter_is_a_400_listing_the_supported_ones(client: httpx.Client, path: str) -> None:
    body = assert_error(client.get(path, params={"colour": "red"}), 400)
    assert body["error"] == "Unknown query parameter"
    [detail] = body["errors"]
    assert detail.startswith(f"query.colour: not a parameter of {path}; supported: ")
    if path == "/api/stories":
        assert detail.endswith("since, until, type, actor, country, date_precision, limit, min_sources")
    if path == "/api/events":
        assert "all_modalities" in detail and "q" in detail.split(": ")[-1].split(", ")


@pytest.mark.parametrize("path", PAGES)
def test_an_unknown_query_parameter_on_a_page_is_an_html_400(client: httpx.Client, path: str) -> None:
    response = client.get(path, params={"colour": "red"})
    assert response.status_code == 400 and response.headers["content-type"].startswith("text/html")
    assert f"query.colour: not a parameter of {path}; supported: " in response.text


def test_filters_that_belong_to_events_only_are_refused_elsewhere(client: httpx.Client) -> None:
    for path, name in (("/api/stories", "q"), ("/api/stories", "all_modalities"), ("/api/dyads", "q"),
                       ("/api/timeseries", "min_sources"), ("/api/alerts", "type")):  # fmt: skip
        assert_error(client.get(path, params={name: "x"}), 400)


def test_min_sources_keeps_stories_with_that_many_sources(client: httpx.Client) -> None:
    every = client.get("/api/stories").json()["stories"]
    assert {s["n_sources"] for s in every} >= {1, 2}
    two = client.get("/api/stories", params={"min_sources": 2}).json()["stories"]
    assert two and [s["story_id"] for s in two] == [s["story_id"] for s in every if s["n_sources"] >= 2]
    assert_error(client.get("/api/stories", params={"min_sources": 0}), 422)


@pytest.mark.parametrize(
    ("q", "expected"),
    [("Kharkiv", ["ev-a2", "ev-c1"]), ("kharkiv SHELLED", ["ev-a2", "ev-c1"]), ("Soleimani", []),
     ("Kharkov", []), ("Beijing talks", ["ev-c2"]), ("doc-d", ["ev-d1"])],  # "Report doc-d" is doc-d's title
)  # fmt: skip
def test_q_searches_words_of_evidence_and_title(client: httpx.Client, q: str, expected: list[str]) -> None:
    body = client.get("/api/events", params={"q": q, "limit": 1000}).json()
    assert [e["event_id"] for e in body["events"]] == expected
    assert body["total"] == len(expected)


def test_q_on_a_writable_server_gives_what_the_read_only_one_gives(tmp_path: Path) -> None:
    """The read-only server searches its in-memory word index; a writable one searches in DuckDB."""
    db = build_store(tmp_path / "db.duckdb")
    with serve(db) as memory:
        assert memory.app.state.snapshot is not None and memory.app.state.snapshot.terms
        kept = {q: httpx.get(memory.url + "/api/events", params={"q": q, "limit": 2}).content
                for q in ("kharkiv", "report", "China", "nothing")}  # fmt: skip
    with serve(db, api_key="k" * 24) as duck:
        assert duck.app.state.snapshot is None
        for q, content in kept.items():
            assert httpx.get(duck.url + "/api/events", params={"q": q, "limit": 2}).content == content, q


def test_a_search_without_a_word_is_a_422(client: httpx.Client) -> None:
    body = assert_error(client.get("/api/events", params={"q": "!!!"}), 422)
    assert body["errors"] == ["query.q: search text has no letter or digit to search for"]
    assert client.get("/api/events", params={"q": ""}).json()["total"] == len(ALL_ASSERTED)  # a blank form field


@pytest.mark.parametrize("path", ["/api/events", "/api/stories", "/api/dyads", "/api/timeseries"])
def test_unknown_type_or_country_is_a_422_listing_the_valid_ones(client: httpx.Client, path: str) -> None:
    body = assert_error(client.get(path, params={"type": "BOMB"}), 422)
    assert body["error"].startswith("A004 unknown event type 'BOMB'; use one of ")
    assert all(t in body["error"] for t in event_types())
    body = assert_error(client.get(path, params={"country": "XYZ"}), 422)
    assert "A008 unknown country 'XYZ'" in body["error"] and "CHN, RUS, UKR, USA" in body["error"]
    assert client.get(path, params={"country": "FRA"}).status_code == 200  # a real country, no events: fine


def test_health_says_what_its_counts_count(client: httpx.Client) -> None:
    body = client.get("/api/health").json()
    assert body["events"] == len(ALL_ASSERTED)
    assert body["events_all"] == len(ALL_ASSERTED) + 1  # the negated ev-d2
    assert body["duplicate_documents"] == 0
    schema = client.get("/openapi.json").json()["components"]["schemas"]["Health"]["properties"]
    assert "asserted" in schema["events"]["description"].lower() and "negated" in schema["events_all"]["description"]


CLI_OPTION = {"since": "--since", "until": "--until", "type": "--type", "actor": "--actor", "country": "--country",
              "all_modalities": "--all-modalities", "q": "--q", "limit": "--limit", "min_sources": "--min-sources",
              "format": "--format", "date_precision": "--date-precision", "context": "--context"}  # fmt: skip


@pytest.mark.parametrize(("route", "command"), [("/api/events", "events"), ("/api/stories", "stories")])
def test_the_cli_has_the_apis_filters_and_docs_list_them(client: httpx.Client, route: str, command: str) -> None:
    names = [p["name"] for p in client.get("/openapi.json").json()["paths"][route]["get"]["parameters"]
             if p["in"] == "query" and p["name"] != "cursor"]  # fmt: skip
    help_text = subprocess.run([sys.executable, "-m", "seismo", command, "--help"], capture_output=True,
                               text=True, env={**os.environ, "COLUMNS": "200"}, check=True).stdout  # fmt: skip
    docs = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    for name in names:
        assert re.search(rf"{re.escape(CLI_OPTION[name])}\b", help_text), (command, name)
        assert re.search(rf"\| `{name}`.*\| `{re.escape(CLI_OPTION[name])}", docs), (route, name)
