"""Concurrent use of one store: one writer at a time, readers never see half a batch.

DuckDB lets one process open a file read-write (exclusive lock) or many open it read-only
(shared lock). seismo's design on top of that (docs/reliability.md):

- two ``seismo ingest`` runs on one file: the second fails at once with the one-line S001
  message and changes nothing; run again, it adds exactly what was missing;
- the server is the single writer of the file it serves: writes go through
  ``POST /api/documents`` (one writer thread, one transaction per request) while reads
  go on in parallel on their own cursors and see whole requests or nothing;
- a read-only server (no API key) shares the file with CLI readers, and an external
  ``seismo ingest`` is refused with S001 while the server keeps answering.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from api_helpers import LiveServer
from reliability_helpers import (
    BATCH,
    ROOT,
    CleanRun,
    cli_env,
    diff_snapshots,
    ingest_args,
    seismo,
    snapshot,
    write_corpus,
)

from seismo.config import Settings
from seismo.models import Article, CodedDocument, Event, Evidence
from seismo.server import ServerOptions, create_app
from seismo.store import Store
from seismo.store.check import check_database

pytestmark = pytest.mark.serial


def _one_line_s001(result: subprocess.CompletedProcess[str] | tuple[int, str]) -> None:
    code, stderr = (result.returncode, result.stderr) if not isinstance(result, tuple) else result
    assert code == 1, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "S001" in lines[0] and "locked by another seismo process" in lines[0]
    assert "Traceback" not in stderr


@pytest.mark.slow
def test_second_ingest_on_the_same_file_fails_with_s001_then_completes(clean_run: CleanRun, tmp_path: Path) -> None:
    db = tmp_path / "shared.duckdb"
    first = subprocess.Popen(
        [sys.executable, "-m", "seismo", *ingest_args(clean_run.corpus, db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=cli_env(BATCH),
        cwd=ROOT,
    )  # fmt: skip
    deadline = time.monotonic() + 30
    while not db.exists() and first.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)  # the file appears when the first run opens (and locks) it
    with ThreadPoolExecutor(2) as pool:  # a second writer and a reader, at the same time
        second_run = pool.submit(seismo, *ingest_args(clean_run.corpus, db), env=BATCH)
        reader_run = pool.submit(seismo, "summary", "--db", str(db))
        second, reader = second_run.result(), reader_run.result()
    first_was_running = first.poll() is None
    print(f"first run still running when the others finished: {first_was_running}")
    _, first_err = first.communicate(timeout=120)
    assert first.returncode == 0, first_err
    if first_was_running:  # both were refused while the first run held the file
        _one_line_s001(second)
        _one_line_s001(reader)
    again = seismo(*ingest_args(clean_run.corpus, db)[:-1], env=BATCH)
    assert again.returncode == 0, again.stderr
    assert diff_snapshots(clean_run.rows, snapshot(db)) == []
    assert check_database(db).ok


def test_read_only_server_answers_while_an_external_ingest_is_refused(clean_run: CleanRun, tmp_path: Path) -> None:
    db = tmp_path / "served.duckdb"
    shutil.copy(clean_run.db, db)
    news = tmp_path / "news"
    write_corpus(news, n=3, seed=99)
    with LiveServer(create_app(Settings(db=db))) as live, httpx.Client(base_url=live.url) as c:
        writer = subprocess.Popen(
            [sys.executable, "-m", "seismo", *ingest_args(news, db)], stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True, env=cli_env(), cwd=ROOT,
        )  # fmt: skip
        answered = 0
        while writer.poll() is None:
            for path in ("/api/events?limit=5", "/api/timeseries?interval=week", "/"):
                assert c.get(path).status_code == 200, path
                answered += 1
        _one_line_s001((writer.returncode, writer.stderr.read() if writer.stderr else ""))
        assert answered >= 3
        # CLI readers share the file with a read-only server.
        listed = seismo("events", "--db", str(db), "--format", "jsonl", "--all-modalities")
        assert listed.returncode == 0, listed.stderr
        assert len(listed.stdout.splitlines()) == len(clean_run.rows["events"])
        assert c.get("/api/health").json()["documents"] == 40
    assert diff_snapshots(clean_run.rows, snapshot(db)) == []


KEY = "reliability-key-0123456789"
PER_POST = 5
EVENTS_PER_DOC = 2


def _coder(articles: list[Article]) -> list[CodedDocument]:
    """Two asserted events per document, evidence = the first sentence (offsets exact)."""
    docs = []
    for a in articles:
        sentence = a.text.split(". ")[0] + "."
        events = [
            Event(
                event_id=Event.make_id(a.doc_id, n), doc_id=a.doc_id, type="CONSULT",
                evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                date=dt.date(2024, 3, 1 + n), date_precision="day", coder_version="test",
            )
            for n in range(EVENTS_PER_DOC)
        ]  # fmt: skip
        docs.append(CodedDocument(article=a, events=events))
    return docs


def _payload(post: int) -> dict[str, object]:
    docs = []
    for n in range(PER_POST):
        i = post * PER_POST + n
        text = (
            f"Delegations from {i} northern provinces met in Geneva on Monday. "
            f"They agreed to meet again within {i + 3} days, officials said after talks "
            f"that lasted {i + 7} hours and covered water, trade and the border question."
        )
        docs.append({"id": f"post-{i}", "text": text, "published": "2024-03-05"})
    return {"documents": docs}


def test_reads_during_api_writes_see_whole_requests_only(tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    Store.open(db).close()
    options = ServerOptions(write_rate=1000, write_burst=1000)
    app = create_app(Settings(db=db, api_key=KEY), options, code=_coder)
    posts = 12
    seen: list[tuple[int, int]] = []
    failures: list[str] = []
    stop = threading.Event()

    def read(live: LiveServer) -> None:
        with httpx.Client(base_url=live.url, timeout=30) as c:
            last = (0, 0)
            while not stop.is_set():
                r = c.get("/api/health")
                page = c.get("/api/events", params={"limit": 1000, "all_modalities": "true"})
                if r.status_code != 200 or page.status_code != 200:
                    failures.append(f"{r.status_code} {page.status_code} {page.text[:200]}")
                    continue
                now = (r.json()["documents"], r.json()["events"])
                if now < last:
                    failures.append(f"counts went back from {last} to {now}")
                seen.append(now)
                last = now

    with LiveServer(app) as live:
        readers = [threading.Thread(target=read, args=(live,)) for _ in range(3)]
        for t in readers:
            t.start()
        with httpx.Client(base_url=live.url, timeout=60) as c:
            for post in range(posts):
                r = c.post("/api/documents", json=_payload(post), headers={"X-API-Key": KEY})
                assert r.status_code == 200, r.text
                assert r.json()["added"] == PER_POST
        stop.set()
        for t in readers:
            t.join(30)
    assert not failures, failures[:5]
    assert len(seen) >= 10
    for documents, events in seen:  # never half a request
        assert documents % PER_POST == 0, seen
        assert events % (PER_POST * EVENTS_PER_DOC) == 0, seen
    report = check_database(db)
    assert report.ok, report.violations
    assert report.counts["documents"] == posts * PER_POST
    assert report.counts["events"] == posts * PER_POST * EVENTS_PER_DOC
