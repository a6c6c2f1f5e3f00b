"""``/api/events?context=`` (issue 16): PLOVER contexts as an events filter, documented and checked."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import assert_error, build_store, sample_documents, serve

from seismo.models import CodedDocument

CONTEXTS = {"ev-a2": ["military"], "ev-c1": ["military"], "ev-c2": ["diplomatic", "economic"]}


def documents_with_contexts() -> list[CodedDocument]:
    """The sample documents, three of whose events have contexts."""
    docs = sample_documents()
    for doc in docs:
        for event in doc.events:
            event.contexts = CONTEXTS.get(event.event_id, [])
    return docs


@pytest.fixture(scope="module")
def ctx_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    db = build_store(Path(tmp_path_factory.mktemp("ctx")) / "seismo.duckdb", documents_with_contexts())
    with serve(db) as live, httpx.Client(base_url=live.url, timeout=30) as client:
        yield client


def ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["event_id"] for e in response.json()["events"]]


def test_events_filter_by_context(ctx_client: httpx.Client) -> None:
    assert sorted(ids(ctx_client.get("/api/events", params={"context": "military"}))) == ["ev-a2", "ev-c1"]
    assert ids(ctx_client.get("/api/events", params={"context": "Economic"})) == ["ev-c2"]  # any case
    assert ids(ctx_client.get("/api/events", params={"context": "election"})) == []  # known, none stored
    event = ctx_client.get("/api/events", params={"context": "diplomatic"}).json()["events"][0]
    assert event["contexts"] == ["diplomatic", "economic"]


def test_context_filter_in_csv(ctx_client: httpx.Client) -> None:
    response = ctx_client.get("/api/events", params={"context": "economic", "format": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [(r["event_id"], r["contexts"]) for r in rows] == [("ev-c2", "diplomatic,economic")]


def test_unknown_context_is_refused_with_the_valid_ones(ctx_client: httpx.Client) -> None:
    body = assert_error(ctx_client.get("/api/events", params={"context": "elections"}), 422)
    assert str(body["error"]).startswith("A004 unknown context 'elections'; use one of military, ")
    assert "election" in str(body["error"]) and "trafficking" in str(body["error"])
    assert_error(ctx_client.get("/api/events", params={"context": "1; DROP"}), 422)  # not even a name


def test_context_is_an_events_parameter_only(ctx_client: httpx.Client) -> None:
    """Stories carry no contexts: there the parameter is unknown (400), not silently ignored."""
    body = assert_error(ctx_client.get("/api/stories", params={"context": "military"}), 400)
    assert "query.context" in str(body["errors"])


def test_openapi_documents_the_context_parameter(ctx_client: httpx.Client) -> None:
    params = ctx_client.get("/openapi.json").json()["paths"]["/api/events"]["get"]["parameters"]
    context = next(p for p in params if p["name"] == "context")
    assert context["in"] == "query" and "PLOVER context" in context["description"]
