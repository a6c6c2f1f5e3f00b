"""Issue 13 acceptance: one phone call, reported three ways and once syndicated, is one CONSULT story.

The real pipeline (spaCy + coder) behind a real uvicorn server on 127.0.0.1: four documents are posted
one by one to ``/api/documents`` as they would arrive, and read back through ``/api/stories``. The texts
are written for this test: Fumio Kishida (Japan) and Anthony Albanese (Australia) were both in office
on Tuesday 2023-06-13. Report 4 is report 1 as a partner site reprinted it, with a credit line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import httpx
import pytest
from api_helpers import API_KEY, build_store, serve

pytestmark = [pytest.mark.serial, pytest.mark.slow]

CALL_DAY = dt.date(2023, 6, 13)  # a Tuesday
WIRE = (
    "Japanese Prime Minister Fumio Kishida spoke by telephone with Australian Prime Minister Anthony "
    "Albanese on Tuesday, the Japanese foreign ministry said.\n\n"
    "The two leaders discussed maritime security and supply chains for critical minerals, according to "
    "the ministry."
)
REPORTS = [
    {"id": "call-wire", "outlet": "Pacific Wire", "published": "2023-06-14",
     "url": "https://pacificwire.example/2023/06/14/kishida-albanese-call",
     "title": "Kishida and Albanese hold phone talks", "text": WIRE},
    {"id": "call-ledger", "outlet": "Canberra Ledger", "published": "2023-06-14",
     "url": "https://canberraledger.example/news/albanese-kishida-phone",
     "title": "Albanese, Kishida talk security",
     "text": "Australian Prime Minister Anthony Albanese and his Japanese counterpart Fumio Kishida discussed "
             "regional security in a phone conversation on Tuesday, Albanese's office said in a statement.\n\n"
             "The statement gave no further details."},
    {"id": "call-post", "outlet": "Tokyo Evening Post", "published": "2023-06-15",
     "url": "https://tokyoeveningpost.example/politics/20230615-call", "title": "Leaders talk by phone",
     "text": "Fumio Kishida and Anthony Albanese talked by phone on Tuesday about trade and defence ties, "
             "officials in Tokyo said.\n\nIt was their second conversation this year."},
    {"id": "call-reprint", "outlet": "Harbour Daily", "published": "2023-06-14",
     "url": "https://harbourdaily.example/world/kishida-albanese-phone-talks",
     "title": "Kishida and Albanese hold phone talks", "text": f"{WIRE}\n\n(Reporting by Pacific Wire)"},
]  # fmt: skip
LEADERS = {"JPNGOV", "AUSGOV"}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[dict]]:
    db = build_store(tmp_path_factory.mktemp("call") / "seismo.duckdb", docs=[])
    with serve(db, api_key=API_KEY, code=None) as live, httpx.Client(base_url=live.url, timeout=120) as client:
        for report in REPORTS:
            response = client.post("/api/documents", json={"documents": [report]}, headers={"X-API-Key": API_KEY})
            assert response.status_code == 200 and response.json()["added"] == 1, response.text
        response = client.get("/api/stories", params={"type": "CONSULT"})
        assert response.status_code == 200, response.text
        yield response.json()["stories"]


def _actors(story: dict) -> set[str | None]:
    return {(story.get(role) or {}).get("code") for role in ("source", "target")}


def test_one_consult_story_with_three_sources(stories: list[dict]) -> None:
    calls = [s for s in stories if _actors(s) == LEADERS]
    assert len(calls) == 1, stories
    call = calls[0]
    assert call["n_sources"] == 3
    # the reprint is one more outlet that carried the story (docs/dedup.md), never one more source
    assert call["outlets"] == ["Canberra Ledger", "Harbour Daily", "Pacific Wire", "Tokyo Evening Post"]
    assert "call-reprint" not in call["doc_ids"]
    assert call["date"] == CALL_DAY.isoformat() and call["date_precision"] == "day"
    assert call["mode"] == "phone"


def test_no_second_story_for_the_same_call(stories: list[dict]) -> None:
    """'The two leaders discussed ...' in the wire report is the same call, not a call of its own."""
    assert len(stories) == 1, [(s["source"], s["target"], s["n_sources"]) for s in stories]
