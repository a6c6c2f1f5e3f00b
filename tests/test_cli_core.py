"""The command line as a user meets it: real subprocesses, a real DuckDB file, bad input included."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "article.txt"
ARTICLE = """Ministers meet over border dispute

LONDON (Test Wire) - Britain's foreign minister met his French counterpart in London on Monday to discuss
the border dispute, the Foreign Office said.

France said on Tuesday it would not withdraw its ambassador.
"""


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    env.pop("SEISMO_DB", None)
    return subprocess.run([sys.executable, "-m", "seismo", *args], capture_output=True, text=True,
                          input=stdin, cwd=cwd, env=env, timeout=300)


def counts(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        docs = con.execute("select count(*) from documents").fetchone()[0]
        events = con.execute("select count(*) from events").fetchone()[0]
    return docs, events


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    files = {
        "binary": (d / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        "empty": (d / "empty.txt", b""),
        "utf8": (d / "latin1.txt", "Le ministre a déclaré à la presse".encode("latin-1") * 20),
        "html": (d / "broken.html", b"<html><body><div><p>"),
        "json": (d / "broken.json", b'{"text": "unterminated'),
        "german": (d / "german.txt", ("Die Regierung hat am Dienstag angekündigt, dass die Truppen "
                                      "aus dem Grenzgebiet abgezogen werden und die Gespräche "
                                      "fortgesetzt werden sollen, wie das Ministerium mitteilte.\n").encode()),
    }
    paths = {}
    for key, (path, data) in files.items():
        path.write_bytes(data)
        paths[key] = path
    huge = d / "huge.txt"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    paths["huge"] = huge
    paths["missing"] = d / "does-not-exist.txt"
    return paths


@pytest.mark.parametrize("kind", ["binary", "empty", "utf8", "html", "json", "german", "huge", "missing"])
def test_bad_input_one_line_error_and_nonzero_exit(bad_inputs: dict[str, Path], kind: str, tmp_path: Path):
    db = tmp_path / "s.duckdb"
    result = run("ingest", str(bad_inputs[kind]), "--db", str(db), "--quiet")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert bad_inputs[kind].name in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_ingest_is_idempotent_and_bad_input_leaves_store_unchanged(bad_inputs, tmp_path: Path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    first = run("ingest", str(article), "--db", str(db), "--published", "2024-03-06", "--quiet")
    assert first.returncode == 0, first.stderr
    before = counts(db)
    assert before[0] == 1 and before[1] >= 1
    again = run("ingest", str(article), "--db", str(db), "--published", "2024-03-06")
    assert again.returncode == 0
    assert "1 already stored" in again.stderr
    assert counts(db) == before
    mixed = run("ingest", str(article), *(str(p) for p in bad_inputs.values()), "--db", str(db), "--quiet")
    assert mixed.returncode == 0, "some input was ingested (already stored): exit 0"
    assert len([x for x in mixed.stderr.splitlines() if x.strip()]) == len(bad_inputs)
    assert "Traceback" not in mixed.stderr
    assert counts(db) == before
    docs = run("docs", "--db", str(db), "--format", "jsonl")
    kinds = [json.loads(line)["kind"] for line in docs.stdout.splitlines()]
    assert kinds.count("document") == 1 and kinds.count("rejection") == len(bad_inputs)


@pytest.mark.slow
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed not present")
def test_code_prints_jsonl_events_with_provenance():
    result = run("code", str(SEED), "--published", "2022-02-15", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert events and all(e["modality"] == "asserted" for e in events)
    text = SEED.read_text(encoding="utf-8")
    for e in events:
        assert e["evidence"]["sentence"] in text
        assert e["published"] == "2022-02-15"
    with_all = run("code", str(SEED), "--published", "2022-02-15", "--all-modalities")
    modalities = {json.loads(line)["modality"] for line in with_all.stdout.splitlines()}
    assert {"asserted", "hypothetical"} <= modalities


@pytest.mark.slow
def test_events_filters_and_exports(tmp_path: Path):
    article = tmp_path / "story.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.duckdb"
    assert run("ingest", str(article), "--db", str(db), "--published", "2024-03-06", "-q").returncode == 0
    table = run("events", "--db", str(db), "--country", "GBR")
    assert table.returncode == 0 and "CONSULT" in table.stdout
    none = run("events", "--db", str(db), "--type", "ASSAULT", "--format", "jsonl")
    assert none.returncode == 0 and none.stdout.strip() == ""
    out = tmp_path / "e.parquet"
    assert run("events", "--db", str(db), "--format", "parquet", "--output", str(out)).returncode == 0
    with duckdb.connect() as con:
        assert con.execute(f"select count(*) from '{out}'").fetchone()[0] >= 1
    bad_date = run("events", "--db", str(db), "--since", "yesterday")
    assert bad_date.returncode != 0 and "Traceback" not in bad_date.stderr


def test_events_on_missing_database_is_one_line(tmp_path: Path):
    result = run("events", "--db", str(tmp_path / "nope.duckdb"))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_every_command_has_help():
    result = run("--help")
    assert result.returncode == 0
    for command in ("code", "ingest", "events", "docs", "summary"):
        sub = run(command, "--help")
        assert sub.returncode == 0 and sub.stdout.strip(), command
