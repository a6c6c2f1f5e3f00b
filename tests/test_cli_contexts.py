"""`seismo events --context` (issue 16 / issue 14): filter by PLOVER context; an unknown one lists the valid ones."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seismo.models import Actor, Article, CodedDocument, Event, Evidence
from seismo.store import Store

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Troops shelled the border town. The two ministers discussed a trade deal."


def seismo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "COLUMNS": "200", **(env or {})}
    environ.pop("SEISMO_DB", None)
    environ.pop("SEISMO_CONTEXTS", None)
    environ.update(env or {})
    return subprocess.run([sys.executable, "-m", "seismo", *args], capture_output=True, text=True, env=environ,
                          cwd=ROOT, timeout=120)  # fmt: skip


def event(n: int, type_: str, sentence: str, contexts: list[str]) -> Event:
    start = TEXT.index(sentence)
    return Event(event_id=f"e{n}", doc_id="d1", type=type_, contexts=contexts, modality="asserted",
                 source=Actor(name="Ruritania", code="RUR", country="RUR"), date=dt.date(2024, 5, 1),
                 evidence=Evidence(sentence=sentence, start=start, end=start + len(sentence)), coder_version="t")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ctx") / "ctx.duckdb"
    article = Article(doc_id="d1", text=TEXT, content_hash=Article.hash_text(TEXT), published=dt.date(2024, 5, 2))
    events = [event(1, "ASSAULT", "Troops shelled the border town.", ["military"]),
              event(2, "CONSULT", "The two ministers discussed a trade deal.", ["diplomatic", "economic"])]
    with Store.open(path) as store:
        store.add_documents([CodedDocument(article=article, events=events)])
    return path


def test_events_context_filter(db: Path) -> None:
    result = seismo("events", "--db", str(db), "--context", "economic", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["event_id"], r["contexts"]) for r in rows] == [("e2", ["diplomatic", "economic"])]
    csv_out = seismo("events", "--db", str(db), "--context", "MILITARY", "--format", "csv")
    assert csv_out.returncode == 0, csv_out.stderr
    rows = list(csv.DictReader(io.StringIO(csv_out.stdout)))
    assert [(r["event_id"], r["contexts"]) for r in rows] == [("e1", "military")]


def test_unknown_context_is_a_one_line_error_listing_the_valid_ones(db: Path) -> None:
    result = seismo("events", "--db", str(db), "--context", "elections")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "unknown context 'elections'; use one of military, intelligence" in " ".join(result.stderr.split())


def test_a_users_own_context_is_accepted(db: Path, tmp_path: Path) -> None:
    own = tmp_path / "contexts.yaml"
    own.write_text("contexts:\n  space_policy:\n    cues: [space agency, orbit]\n", encoding="utf-8")
    result = seismo("events", "--db", str(db), "--context", "space_policy", env={"SEISMO_CONTEXTS": str(own)})
    assert result.returncode == 0, result.stderr
