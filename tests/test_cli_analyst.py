"""Issue 14, what an analyst meets at the terminal: a real store coded from examples/, real subprocesses.

Each test is one "Why" bullet of the issue: tables that fit 80 and 120 columns with whole dates,
types, actor codes and event ids; CSV/JSONL on stdout; unknown filter values that list the valid
ones; counts that say what they count; a trend over the data's own range; alerts with their
thresholds; exports with url, title and story id; and S001 while a writing server holds the file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from seismo.models import Actor, Article, CodedDocument, Event, Evidence
from seismo.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

pytestmark = pytest.mark.slow  # ingesting examples/ loads the spaCy model


def seismo(*args: str, columns: int = 200, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "COLUMNS": str(columns), **(env or {})}
    environ.pop("SEISMO_DB", None)
    return subprocess.run([sys.executable, "-m", "seismo", *args], capture_output=True, text=True, env=environ,
                          cwd=ROOT, timeout=300)  # fmt: skip


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """examples/ ingested into a fresh store; returns the store and the ingest summary line."""
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    result = seismo("ingest", str(EXAMPLES), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db, result.stderr


def events_jsonl(db: Path, *extra: str) -> list[dict[str, object]]:
    result = seismo("events", "--db", str(db), "--format", "jsonl", *extra)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def code(actor: object) -> str | None:
    return actor.get("code") if isinstance(actor, dict) else None


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("columns", [80, 120])
def test_events_table_fits_and_keeps_dates_types_codes_and_ids_whole(examples_db, columns: int) -> None:
    db, _ = examples_db
    expected = events_jsonl(db)
    table = seismo("events", "--db", str(db), columns=columns)
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert all(len(line) <= columns for line in lines), max(lines, key=len)
    assert lines[0].strip() == f"{len(expected)} asserted events"
    cells_of = [line.split("│") for line in lines if line.startswith("│")]
    rows = {cells[5].strip(): "│".join(cells) for cells in cells_of if cells[5].strip()}  # not wrapped lines
    for event in expected:
        row = rows.pop(str(event["event_id"]))  # one row per event, its id whole
        cells = [cell.strip() for cell in row.split("│")[1:-1]]
        assert cells[:2] == [event["date"] or "", event["type"]]
        for actor, cell in zip((event["source"], event["target"]), cells[2:4], strict=True):
            if code(actor):
                assert cell == code(actor)
    assert not rows
    assert ("evidence" in lines[2]) == (columns >= 120)  # wider terminals add the low-priority columns


@pytest.mark.parametrize("columns", [80, 120])
def test_stories_docs_and_summary_tables_fit(examples_db, columns: int) -> None:
    db, _ = examples_db
    for command in ("stories", "docs", "summary"):
        result = seismo(command, "--db", str(db), columns=columns)
        assert result.returncode == 0, result.stderr
        assert all(len(line) <= columns for line in result.stdout.splitlines()), (command, result.stdout)
    stories = seismo("stories", "--db", str(db), "--format", "jsonl")
    ids = [json.loads(line)["story_id"] for line in stories.stdout.splitlines()]
    narrow = seismo("stories", "--db", str(db), columns=80).stdout
    assert all(story_id in narrow for story_id in ids)


def test_listing_commands_write_csv_and_jsonl_to_stdout(examples_db) -> None:
    db, _ = examples_db
    expected = events_jsonl(db)
    events = list(csv.DictReader(io.StringIO(seismo("events", "--db", str(db), "--format", "csv").stdout)))
    assert [r["event_id"] for r in events] == [e["event_id"] for e in expected]
    assert {"url", "title", "story_id"} <= set(events[0])
    assert all(r["story_id"] and r["title"] for r in events)
    docs = seismo("docs", "--db", str(db), "--format", "csv")
    assert docs.returncode == 0 and "┃" not in docs.stdout  # a CSV, not a table
    rows = list(csv.DictReader(io.StringIO(docs.stdout)))
    assert len(rows) == len(list(EXAMPLES.iterdir())) and {r["kind"] for r in rows} == {"document"}
    stories = list(csv.DictReader(io.StringIO(seismo("stories", "--db", str(db), "--format", "csv").stdout)))
    assert stories and "story_id" in stories[0] and "outlets" in stories[0]


def test_exports_carry_url_title_story_id_and_take_fields(examples_db, tmp_path: Path) -> None:
    db, _ = examples_db
    fields = "event_id,date,url,title,story_id"
    picked = seismo("events", "--db", str(db), "--format", "csv", "--fields", fields)
    assert picked.stdout.splitlines()[0].replace('"', "") == fields
    out = tmp_path / "events.jsonl"
    assert seismo("export", "--db", str(db), "--format", "jsonl", "--output", str(out), "--fields", fields
                  ).returncode == 0  # fmt: skip
    first = json.loads(out.read_text().splitlines()[0])
    assert list(first) == fields.split(",") and first["story_id"] and first["title"]
    stories = tmp_path / "stories.csv"
    seismo("export", "--what", "stories", "--db", str(db), "--format", "csv", "--output", str(stories),
           "--fields", "story_id,n_sources")  # fmt: skip
    assert stories.read_text().splitlines()[0] == '"story_id","n_sources"'
    line = one_line_error(seismo("events", "--db", str(db), "--format", "csv", "--fields", "event_id,colour"))
    assert "A004 unknown events field 'colour'" in line and "story_id" in line


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("events", "--type", "BOMB"), "unknown event type 'BOMB'; use one of AGREE"),
        (("stories", "--type", "BOMB"), "unknown event type 'BOMB'; use one of AGREE"),
        (("events", "--country", "XYZ"), "unknown country 'XYZ'"),
        (("events", "--format", "xlsx"), "unknown format 'xlsx'; use one of table, jsonl, plover, csv, parquet"),
        (("docs", "--format", "xml"), "unknown format 'xml'; use one of table, jsonl, csv"),
        (("stories", "--format", "xml"), "unknown format 'xml'; use one of table, jsonl, csv"),
        (("trend", "--format", "csv"), "unknown format 'csv'; use table or jsonl"),
        (("events", "--q", "!!!"), "no letter or digit"),
    ],
)
def test_unknown_filter_values_are_one_line_errors_listing_the_valid_ones(examples_db, args, says) -> None:
    db, _ = examples_db
    line = one_line_error(seismo(*args, "--db", str(db)))
    assert says in line, line
    if "country" in says:
        assert "RUS" in line and "UKR" in line  # the countries that are in the store


def test_counts_say_asserted_or_all(examples_db) -> None:
    db, ingest_line = examples_db
    everything = events_jsonl(db, "--all-modalities")
    asserted = [e for e in everything if e["modality"] == "asserted"]
    assert f"{len(everything)} events stored in {db} (all modalities): {len(asserted)} asserted" in ingest_line
    summary = seismo("summary", "--db", str(db)).stdout
    assert "events (asserted, original documents: what counts)" in summary
    assert "event mentions stored (all modalities, copies included)" in summary
    listed = seismo("events", "--db", str(db), "--all-modalities", "--limit", "5").stdout
    assert listed.splitlines()[0].strip() == f"5 events, all modalities (first 5 of {len(everything)})"


def test_search_matches_words_of_evidence_or_title(examples_db) -> None:
    db, _ = examples_db
    found = events_jsonl(db, "--q", "Kharkiv")
    assert found
    titles = {r["event_id"]: r["title"] for r in csv.DictReader(io.StringIO(
        seismo("events", "--db", str(db), "--format", "csv", "--search", "kharkiv").stdout))}  # fmt: skip
    assert set(titles) == {e["event_id"] for e in found}
    for event in found:
        assert "kharkiv" in (str(event["evidence"]["sentence"]) + str(titles[event["event_id"]])).lower()  # type: ignore[index]
    assert events_jsonl(db, "--q", "kharki") == []  # whole words only


def test_trend_spans_the_datas_own_range_not_an_outliers(examples_db, tmp_path: Path) -> None:
    db = tmp_path / "outlier.duckdb"
    db.write_bytes(examples_db[0].read_bytes())
    text = "In 1905 the army fired on the crowd."
    old = Event(event_id="old-1", doc_id="old", type="ASSAULT", date="1905-01-22", coder_version="test",
                source=Actor(name="Army", code="RUSMIL", country="RUS"),
                evidence=Evidence(sentence=text, start=0, end=len(text)))  # fmt: skip
    with Store.open(db) as store:
        store.add_documents([CodedDocument(article=Article(doc_id="old", text=text, published="2024-01-10"),
                                           events=[old])])  # fmt: skip
    assert seismo("stories", "--db", str(db), "--rebuild").returncode == 0
    trend = seismo("trend", "--db", str(db))
    assert trend.returncode == 0, trend.stderr
    lines = trend.stdout.splitlines()
    assert "the last 52 weeks of data at most" in lines[0] and "1905-01-16" in lines[0]
    periods = [line.split()[0] for line in lines[3:]]
    assert len(periods) <= 52 and periods[0] > "2024"  # not 6,000 empty weeks from 1905
    assert seismo("trend", "--db", str(db), "--since", "1900-01-01").stdout.count("\n") > 52 * 100


def test_alerts_print_their_thresholds_even_without_alerts(examples_db) -> None:
    db, _ = examples_db
    # a threshold no day can reach: the examples' publication-dated events do raise one alert at z >= 4
    result = seismo("alerts", "--db", str(db), "--threshold", "1000", "--window", "21")
    assert result.returncode == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("no alerts in the last 7 days of data")
    assert "robust z >= 1000" in first and "previous 21 days" in first and "at least 5 conflict stories" in first


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.serial
def test_reads_while_a_writing_server_runs_say_who_holds_the_file(examples_db, tmp_path: Path) -> None:
    db = tmp_path / "served.duckdb"
    db.write_bytes(examples_db[0].read_bytes())
    port = _free_port()
    env = {**os.environ, "SEISMO_API_KEY": "k" * 24, "COLUMNS": "200"}
    server = subprocess.Popen([sys.executable, "-m", "seismo", "serve", "--db", str(db), "--port", str(port),
                               "--no-access-log"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              cwd=ROOT)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            assert server.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
        line = one_line_error(seismo("events", "--db", str(db)))
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "S001" in line and "wait for it to finish" not in line
    assert f"PID {server.pid}: seismo serve" in line
    assert "holds the file for writing" in line and "not even read-only" in line
    assert "/api/events" in line and "stop the writer" in line
