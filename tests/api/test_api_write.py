"""POST /api/documents: the API key, the read-only mode, the rate limit and the single writer."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from api_helpers import API_KEY, LiveServer, assert_error, build_store, fake_coder, serve

from seismo.models import Article, CodedDocument

pytestmark = pytest.mark.serial

ENGLISH = (
    "The foreign minister of France met the Italian ambassador in Paris on Monday. "
    "The two governments agreed to hold further talks about trade and security next month."
)


def doc(n: int, **fields: object) -> dict[str, object]:
    return {"text": f"{ENGLISH} Report number {n}.", "id": f"post-{n}", "outlet": "Wire", **fields}


@pytest.fixture(scope="module")
def writer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    db = build_store(tmp_path_factory.mktemp("rw") / "seismo.duckdb")
    with serve(db, api_key=API_KEY, write_burst=1000) as live:
        yield live


@pytest.fixture
def wclient(writer: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=writer.url, timeout=30) as c:
        yield c


def test_read_only_server_refuses_writes_even_with_a_key(client: httpx.Client) -> None:
    for headers in ({}, {"Authorization": f"Bearer {API_KEY}"}, {"X-API-Key": "anything"}):
        response = client.post("/api/documents", json={"documents": [doc(1)]}, headers=headers)
        body = assert_error(response, 403)
        assert "read-only" in str(body["error"])


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"X-API-Key": "wrong"}, {"Authorization": "Basic x"},
     {"X-API-Key": API_KEY[:-1]}, {"Authorization": f"Bearer {API_KEY}x"}],
)  # fmt: skip
def test_missing_or_wrong_key_is_401(wclient: httpx.Client, headers: dict[str, str]) -> None:
    response = wclient.post("/api/documents", json={"documents": [doc(1)]}, headers=headers)
    assert_error(response, 401)
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("style", ["bearer", "header"])
def test_key_accepted_in_either_header(wclient: httpx.Client, style: str) -> None:
    n = 10 if style == "bearer" else 11
    headers = (
        {"Authorization": f"Bearer {API_KEY}"} if style == "bearer" else {"X-API-Key": API_KEY}
    )
    published = {"published": "2024-03-09", "title": "Talks"}
    response = wclient.post("/api/documents", json={"documents": [doc(n, **published)]},
                            headers=headers)  # fmt: skip
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["added"] == 1 and body["doc_ids"] == [f"post-{n}"] and body["rejected"] == []
    stored = wclient.get(f"/api/documents/post-{n}").json()
    assert stored["document"]["title"] == "Talks"
    assert stored["document"]["published"] == "2024-03-09"
    again = wclient.post("/api/documents", json={"documents": [doc(n, **published)]},
                         headers=headers).json()  # fmt: skip
    assert again["added"] == 0 and again["skipped"] == 1


def test_many_documents_and_a_rejected_one(wclient: httpx.Client) -> None:
    docs = [doc(20), {"text": "   ", "id": "blank"}, doc(21)]
    response = wclient.post("/api/documents", json={"documents": docs},
                            headers={"X-API-Key": API_KEY})  # fmt: skip
    body = response.json()
    assert response.status_code == 200, body
    assert body["added"] == 2
    assert [r["index"] for r in body["rejected"]] == [1]
    assert body["rejected"][0]["code"].startswith("I")


@pytest.mark.parametrize(
    "payload",
    [{}, {"documents": []}, {"documents": [{"title": "no text"}]},
     {"documents": [{"text": "x", "published": "not a date"}]},
     {"documents": [{"text": "x", "evil": 1}]}, {"documents": "x"}, [1, 2]],
)  # fmt: skip
def test_invalid_payloads_are_422(wclient: httpx.Client, payload: object) -> None:
    response = wclient.post("/api/documents", json=payload, headers={"X-API-Key": API_KEY})
    assert_error(response, 422)


def test_writes_are_rate_limited_per_client(tmp_path: Path) -> None:
    db = build_store(tmp_path / "db.duckdb")
    with serve(db, api_key=API_KEY, write_burst=3, write_rate=0.01) as live:
        statuses = []
        for n in range(5):
            r = httpx.post(live.url + "/api/documents", json={"documents": [doc(n)]},
                           headers={"X-API-Key": "wrong"})  # fmt: skip
            statuses.append(r.status_code)
        assert statuses == [401, 401, 401, 429, 429]
        assert_error(r, 429)
        assert int(r.headers["retry-after"]) >= 1
        assert httpx.get(live.url + "/api/health").status_code == 200  # reads are not limited


def test_reads_go_on_while_the_writer_works(tmp_path: Path) -> None:
    """A slow write (coding) must not block reads: one writer thread, readers on cursors."""
    started = threading.Event()

    def slow_coder(articles: list[Article]) -> list[CodedDocument]:
        started.set()
        time.sleep(3)
        return fake_coder(articles)

    db = build_store(tmp_path / "db.duckdb")
    with serve(db, api_key=API_KEY, code=slow_coder) as live:
        result: dict[str, httpx.Response] = {}

        def post() -> None:
            result["r"] = httpx.post(
                live.url + "/api/documents",
                timeout=30,
                json={"documents": [doc(1)]},
                headers={"X-API-Key": API_KEY},
            )

        thread = threading.Thread(target=post)
        thread.start()
        assert started.wait(10)
        for _ in range(5):
            assert httpx.get(live.url + "/api/events?limit=5").status_code == 200
            assert httpx.get(live.url + "/dyad/RUS-UKR.json").status_code == 200
        assert thread.is_alive(), "the reads should have been answered during the write"
        thread.join(30)
        assert result["r"].status_code == 200
        assert httpx.get(live.url + "/api/health").json()["documents"] == 6


def test_posted_events_reach_the_story_counts(tmp_path: Path) -> None:
    """After a write the read view sees stale stories; the writer rebuilds them, reads never do."""
    from api_helpers import make_event

    def coder(articles: list[Article]) -> list[CodedDocument]:
        spec = ("ev-new", "AID", 2, 7.0, "USA", "UKR", dt.date(2024, 3, 9), articles[0].text)
        event = make_event(articles[0].doc_id, articles[0].text, spec)
        return [CodedDocument(article=articles[0], events=[event])]

    db = build_store(tmp_path / "db.duckdb")
    with serve(db, api_key=API_KEY, code=coder) as live:
        before = httpx.get(live.url + "/api/dyads").json()["dyads"]
        assert ("USA", "UKR") not in {(d["source_country"], d["target_country"]) for d in before}
        r = httpx.post(live.url + "/api/documents", json={"documents": [doc(30)]},
                       headers={"X-API-Key": API_KEY})  # fmt: skip
        assert r.json()["events_added"] == 1
        after = httpx.get(live.url + "/api/dyads").json()["dyads"]
        assert ("USA", "UKR") in {(d["source_country"], d["target_country"]) for d in after}
        detail = httpx.get(live.url + "/api/events/ev-new").json()
        assert detail["reported_by"][0]["doc_id"] == "post-30"


@pytest.mark.slow
def test_posted_article_is_coded_by_the_real_pipeline(tmp_path: Path) -> None:
    """The default coder: spaCy and the PLOVER coder, loaded on the first write."""
    from seismo.api.writes import pipeline_coder
    from seismo.config import Settings

    text = (
        "Russian forces shelled Kharkiv on Monday, killing three people, Ukrainian officials "
        "said. President Putin spoke with President Zelensky by phone on Tuesday."
    )
    db = build_store(tmp_path / "db.duckdb")
    code = pipeline_coder(Settings(db=db))
    with serve(db, api_key=API_KEY, code=code) as live:
        payload = {"documents": [{"text": text, "published": "2024-03-05", "id": "real-1"}]}
        r = httpx.post(live.url + "/api/documents", json=payload, timeout=120,
                       headers={"Authorization": f"Bearer {API_KEY}"})  # fmt: skip
        assert r.status_code == 200, r.text
        assert r.json()["events_added"] >= 1
        events = httpx.get(live.url + "/api/documents/real-1").json()["events"]
        assert "CONSULT" in {e["type"] for e in events}
        consult = next(e for e in events if e["type"] == "CONSULT")
        page = httpx.get(f"{live.url}/api/events/{consult['event_id']}").json()
        assert page["evidence"]["matches_text"] is True
