"""The analysis commands: thin shells that print what the library returns, errors on one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import three_reports_and_a_copy
from typer.testing import CliRunner

from seismo.cli import app
from seismo.errors import AnalysisError
from seismo.store import Store

runner = CliRunner()


@pytest.fixture
def db(db_path: Path) -> Path:
    with Store.open(db_path) as store:
        store.add_documents(three_reports_and_a_copy())  # no stories yet: `--rebuild` builds them
    return db_path


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_stories_rebuild_then_table_and_jsonl(db: Path) -> None:
    with pytest.raises(AnalysisError, match=r"^A003 "):
        runner.invoke(app, ["stories", "--db", str(db)], catch_exceptions=False)
    assert "1 stories" in invoke("stories", "--db", str(db), "--rebuild")
    [line] = invoke("stories", "--db", str(db), "--format", "jsonl").splitlines()
    assert json.loads(line)["n_sources"] == 3
    assert "0 stories" in invoke("stories", "--db", str(db), "--min-sources", "4")


def test_explain_text_and_json(db: Path) -> None:
    invoke("stories", "--db", str(db), "--rebuild")
    text = invoke("explain", "ap-1-e0", "--db", str(db))
    assert "merged with reuters-1-e0" in text and "swapped, CONSULT is symmetric" in text
    data = json.loads(invoke("explain", "partner-1-e0", "--db", str(db), "--format", "json"))
    assert data["duplicate_of"] == "reuters-1" and data["counted"] is False


def test_trend_plot_alerts_export(db: Path, tmp_path: Path) -> None:
    invoke("stories", "--db", str(db), "--rebuild")
    trend = invoke("trend", "--dyad", "USA-RUS", "--interval", "day", "--db", str(db))
    assert trend.splitlines()[0] == "USA-RUS stories per day: █"
    raw = invoke("trend", "--country", "USA", "--raw", "--db", str(db), "--format", "jsonl")
    assert json.loads(raw)["count"] == 3
    png = tmp_path / "trend.png"
    invoke("plot", "--country", "RUS", "--output", str(png), "--db", str(db))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert invoke("alerts", "--db", str(db), "--format", "jsonl") == ""
    out = tmp_path / "stories.csv"
    invoke("export", "--what", "stories", "--format", "csv", "--output", str(out), "--db", str(db))
    assert out.read_text().startswith('"story_id"')


def test_errors_are_one_coded_line(db: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "seismo", "explain", "nope", "--db", str(db)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: A003 " + f"{db}: story events are out of date with the stored documents; "
        "run `seismo stories --rebuild` (needs write access)"
    ]


def test_date_precision_filter_on_events_stories_and_export(db: Path, tmp_path: Path) -> None:
    invoke("stories", "--db", str(db), "--rebuild")
    assert invoke("events", "--db", str(db), "--format", "jsonl", "--date-precision", "published") == ""
    day = invoke("events", "--db", str(db), "--format", "jsonl", "--date-precision", "day").splitlines()
    assert len(day) == 3
    [story] = invoke("stories", "--db", str(db), "--format", "jsonl", "--date-precision", "day").splitlines()
    assert json.loads(story)["date_precision"] == "day"
    out = tmp_path / "events.csv"
    invoke("export", "--db", str(db), "--format", "csv", "-o", str(out), "--date-precision", "published")
    assert len(out.read_text().splitlines()) == 1  # the header only
    bad = runner.invoke(app, ["events", "--db", str(db), "--date-precision", "publshed"])
    assert bad.exit_code == 2 and "'publshed'" in bad.output
