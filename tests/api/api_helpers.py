"""A real uvicorn server on 127.0.0.1 and a hand-built store for the API and dashboard tests.

No spaCy: documents and events are built by hand (spaCy tests README), written to a
real DuckDB file, and served by uvicorn on a free loopback port in a thread.
"""

from __future__ import annotations

import datetime as dt
import random
import socket
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from seismo.api.writes import CodeFn
from seismo.config import Settings
from seismo.models import Actor, Article, CodedDocument, Event, Evidence, Location
from seismo.server import ServerOptions, create_app
from seismo.store import Store

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_DOC = "doc-xss"
XSS_EVENT = "ev-xss"

COUNTRY_NAMES = {"RUS": "Russia", "UKR": "Ukraine", "USA": "United States", "CHN": "China"}
# (doc id, outlet, published, [(event id, type, quad, goldstein, source, target, day, sentence)])
_CALL = "The presidents of Russia and Ukraine spoke by phone on Monday."
_SHELL = "Russian forces shelled Kharkiv on Tuesday, killing three people."
_DRILL = "China and the United States held talks in Beijing on Wednesday."
_SPEC: list[tuple[str, str, dt.date, list[tuple[Any, ...]]]] = [
    ("doc-a", "Wire One", dt.date(2024, 3, 4), [
        ("ev-a1", "CONSULT", 1, 4.0, "RUS", "UKR", dt.date(2024, 3, 4), _CALL),
        ("ev-a2", "ASSAULT", 4, -10.0, "RUS", "UKR", dt.date(2024, 3, 5), _SHELL),
    ]),
    ("doc-b", "Daily Two", dt.date(2024, 3, 4), [
        ("ev-b1", "CONSULT", 1, 4.0, "RUS", "UKR", dt.date(2024, 3, 4), _CALL),
    ]),
    ("doc-c", "Herald Three", dt.date(2024, 3, 6), [
        ("ev-c1", "ASSAULT", 4, -10.0, "RUS", "UKR", dt.date(2024, 3, 5), _SHELL),
        ("ev-c2", "CONSULT", 1, 1.0, "CHN", "USA", dt.date(2024, 3, 6), _DRILL),
    ]),
    ("doc-d", "Times Four", dt.date(2024, 3, 11), [
        ("ev-d1", "ACCUSE", 3, -2.0, "UKR", "RUS", dt.date(2024, 3, 11),
         "Ukraine accused Russia of violating the truce on Monday."),
    ]),
]  # fmt: skip


# where an ASSAULT on each target country happened, with coordinates for the dashboard's map
_PLACES = {
    "UKR": Location(name="Kharkiv", country="UKR", lat=49.99, lon=36.23),
    "RUS": Location(name="Belgorod", country="RUS", lat=50.6, lon=36.59),
    "PAK": Location(name="Lahore", country="PAK", lat=31.55, lon=74.34),
    "IND": Location(name="Amritsar", country="IND", lat=31.63, lon=74.87),
    "CHN": Location(name="Beijing", country="CHN", lat=39.91, lon=116.4),
    "USA": Location(name="Washington", country="USA", lat=38.9, lon=-77.04),
}


def _actor(country: str) -> Actor:
    return Actor(name=COUNTRY_NAMES[country], code=f"{country}GOV", country=country, agent="GOV")


def make_event(doc_id: str, text: str, spec: tuple[Any, ...], **fields: Any) -> Event:
    """An event whose evidence offsets point at its sentence inside ``text``."""
    event_id, type_, quad, goldstein, source, target, day, sentence = spec
    start = text.index(sentence)
    values: dict[str, Any] = dict(
        event_id=event_id, doc_id=doc_id, type=type_, quad_class=quad, goldstein=goldstein,
        source=_actor(source), target=_actor(target), date=day, date_precision="day",
        evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)),
        trigger=sentence.split()[3], outlet=None, coder_version="test",
        location=_PLACES.get(target) if type_ == "ASSAULT" else None,
    )  # fmt: skip
    values.update(fields)
    return Event(**values)


def make_doc(
    doc_id: str, outlet: str, published: dt.date, events: Iterable[tuple[Any, ...]],
    title: str | None = None, extra_text: str = "",
) -> CodedDocument:  # fmt: skip
    specs = list(events)
    sentences = list(dict.fromkeys(spec[-1] for spec in specs))
    text = f"Officials spoke to reporters.\n\n{' '.join(sentences)}\n\n{extra_text}".strip()
    article = Article(
        doc_id=doc_id, text=text, title=title or f"Report {doc_id}", outlet=outlet,
        url=f"https://news.example/{doc_id}", published=published,
        content_hash=Article.hash_text(text),
    )  # fmt: skip
    coded = [make_event(doc_id, text, s, published=published, outlet=outlet) for s in specs]
    return CodedDocument(article=article, events=coded)


def hostile_doc() -> CodedDocument:
    """A document whose title, outlet and text carry script/HTML payloads."""
    sentence = f"Russia warned Ukraine {XSS_SCRIPT} about {XSS_IMG} on Friday."
    spec = (XSS_EVENT, "THREATEN", 3, -4.0, "RUS", "UKR", dt.date(2024, 3, 8), sentence)
    doc = make_doc(
        XSS_DOC, f"Outlet {XSS_IMG}", dt.date(2024, 3, 8), [spec],
        title=f"Title {XSS_SCRIPT} {XSS_IMG}",
        extra_text=f"More text {XSS_SCRIPT} and a link <a href=\"javascript:alert(1)\">x</a>.",
    )  # fmt: skip
    article = doc.article.model_copy(update={"url": "javascript:alert(1)"})
    place = Location(name=f"Town {XSS_IMG}", country="UKR", lat=48.0, lon=37.8)  # a point on the map
    events = [e.model_copy(update={"location": place}) for e in doc.events]
    return CodedDocument(article=article, events=events)


def sample_documents() -> list[CodedDocument]:
    docs = [make_doc(doc_id, outlet, day, events) for doc_id, outlet, day, events in _SPEC]
    negated = make_event(
        "doc-d", docs[-1].article.text, ("ev-d2", "ASSAULT", 4, -10.0, "UKR", "RUS",
        dt.date(2024, 3, 11), "Ukraine accused Russia of violating the truce on Monday."),
        modality="negated", published=dt.date(2024, 3, 11), outlet="Times Four",
    )  # fmt: skip
    docs[-1].events.append(negated)
    return [*docs, hostile_doc()]


ALL_ASSERTED = ["ev-a1", "ev-b1", "ev-a2", "ev-c1", "ev-c2", XSS_EVENT, "ev-d1"]


def build_store(path: Path, docs: Iterable[CodedDocument] | None = None) -> Path:
    """Write the sample documents to a DuckDB file and close it (the server opens it)."""
    with Store.open(path) as store:
        store.add_documents(list(sample_documents() if docs is None else docs))
    return path


class LiveServer:
    """uvicorn serving ``app`` on a free 127.0.0.1 port in a thread; a context manager."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="on", server_header=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.02)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)
        self.sock.close()


_BULK_DYADS = [("RUS", "UKR", 4), ("UKR", "RUS", 4), ("USA", "CHN", 3), ("CHN", "USA", 1),
               ("IND", "PAK", 4), ("PAK", "IND", 3), ("USA", "UKR", 2)]  # fmt: skip
_BULK_TYPES = {1: ("CONSULT", 3.0), 2: ("AID", 7.0), 3: ("ACCUSE", -2.0), 4: ("ASSAULT", -10.0)}
_FILLER = [
    "ministry",
    "statement",
    "capital",
    "border",
    "officials",
    "talks",
    "region",
    "forces",
    "meeting",
    "week",
    "army",
    "government",
    "agency",
    "envoy",
    "council",
    "report",
    "press",
    "security",
    "troops",
    "sources",
    "spokesman",
]
COUNTRY_NAMES.update({"IND": "India", "PAK": "Pakistan"})


def bulk_documents(days: int = 56, start: dt.date = dt.date(2024, 1, 15)) -> list[CodedDocument]:
    """Eight weeks of varied, deterministic single-event documents for the dashboard's charts."""
    rng = random.Random(7)
    docs = []
    for offset in range(days):
        day = start + dt.timedelta(days=offset)
        counts = [0, 0, 1, 1, 2, 3] if offset < 45 else [1, 2, 3, 4]  # escalation at the end
        for source, target, base_quad in _BULK_DYADS:
            for n in range(rng.choice(counts)):
                docs.append(_bulk_doc(rng, day, source, target, base_quad, n))
    return docs


def _bulk_doc(
    rng: random.Random, day: dt.date, source: str, target: str, base_quad: int, n: int
) -> CodedDocument:
    quad = base_quad if rng.random() < 0.7 else rng.choice([1, 2, 3, 4])
    type_, goldstein = _BULK_TYPES[quad]
    names = f"{COUNTRY_NAMES[source]} and {COUNTRY_NAMES[target]}"
    sentence = f"{names} {type_.lower()} event number {n} on {day:%B %d}."
    doc_id = f"bulk-{day:%m%d}-{source}{target}-{n}"
    filler = " ".join(rng.choice(_FILLER) for _ in range(40))
    spec = (f"ev-{doc_id}", type_, quad, goldstein, source, target, day, sentence)
    outlet = rng.choice(["Wire One", "Daily Two", "Herald Three", "Times Four", "Post Five"])
    return make_doc(doc_id, outlet, day, [spec], extra_text=filler)


API_KEY = "test-key-0123456789"


def fake_coder(articles: list[Article]) -> list[CodedDocument]:
    """Stands in for spaCy + coder: API tests check the write path, not the NLP."""
    return [CodedDocument(article=a, events=[]) for a in articles]


def serve(
    db: Path, api_key: str | None = None, code: CodeFn = fake_coder, **options: Any
) -> LiveServer:
    settings = Settings(db=db, api_key=api_key)
    return LiveServer(create_app(settings, ServerOptions(**options), code=code))


# -- checks shared by the API and dashboard tests ------------------------------------------

SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def assert_error(response: httpx.Response, status: int) -> dict[str, object]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "errors", "status"}
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    assert body["errors"] and all(isinstance(e, str) for e in body["errors"])
    assert "Traceback" not in response.text
    assert_security_headers(response)
    return body


def assert_security_headers(response: httpx.Response) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "access-control-allow-origin" not in response.headers
