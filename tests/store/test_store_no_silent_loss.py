"""--db must be a DuckDB file or a new path: anything else is refused and left untouched (issue 14).

DuckDB 2 opens a Parquet, CSV or JSON file given to ``connect`` as an empty in-memory database, so
an ingest "succeeded" and stored nothing. These tests write such files with DuckDB itself.
"""

from __future__ import annotations

import gzip
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from seismo.errors import StoreError
from seismo.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = ROOT / "examples" / "kenya_protests_2023.txt"
OLD_STORE = Path(__file__).parent / "fixtures" / "store-duckdb-1.5.duckdb.gz"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _write(kind: str, folder: Path) -> Path:
    path = folder / f"events.{kind}"
    if kind == "json":
        path.write_text('{"event_id": "e1", "type": "PROTEST"}\n', encoding="utf-8")
    elif kind == "empty":
        path.touch()
    else:
        fmt = "PARQUET" if kind == "parquet" else "CSV"
        duckdb.sql(f"COPY (SELECT 'e1' AS event_id, 'PROTEST' AS type) TO '{path}' (FORMAT {fmt})")
    return path


@pytest.mark.parametrize("kind", ["parquet", "csv", "json", "empty"])
@pytest.mark.parametrize("read_only", [False, True])
def test_open_refuses_non_duckdb_file_and_leaves_it_untouched(tmp_path: Path, kind: str,
                                                              read_only: bool) -> None:
    path = _write(kind, tmp_path)
    before = _digest(path)
    with pytest.raises(StoreError) as info:
        Store.open(path, read_only=read_only)
    assert info.value.code == "S003"
    assert "left untouched" in str(info.value) and "\n" not in str(info.value)
    assert _digest(path) == before


def test_open_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path)
    assert info.value.code == "S003"
    assert "directory" in str(info.value)


def _seismo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "seismo", *args], capture_output=True, text=True,
                          timeout=300, cwd=ROOT)


def test_ingest_into_parquet_is_an_error_not_a_silent_success(tmp_path: Path) -> None:
    path = _write("parquet", tmp_path)
    before = _digest(path)
    done = _seismo("ingest", str(ARTICLE), "--db", str(path), "--quiet")
    assert done.returncode != 0
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "S003" in lines[0] and "Parquet" in lines[0], done.stderr
    assert "Traceback" not in done.stderr and "events stored" not in done.stdout + done.stderr
    assert _digest(path) == before


def test_ingest_into_a_missing_directory_creates_it_and_says_so(tmp_path: Path) -> None:
    db = tmp_path / "new" / "dir" / "events.duckdb"
    done = _seismo("ingest", str(ARTICLE), "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr
    assert f"created directory {db.parent}" in done.stderr
    with Store.open(db, read_only=True) as store:
        assert store.count_events() > 0


def test_store_written_by_duckdb_1_5_opens_and_upgrades(tmp_path: Path) -> None:
    """A store written by the previous minor DuckDB line (1.5.6, seismo schema 2): DuckDB reads it,
    a read-only open asks for the schema upgrade (S005), a writable open upgrades it and keeps the data."""
    db = tmp_path / "old.duckdb"
    with gzip.open(OLD_STORE, "rb") as src, db.open("wb") as dst:
        shutil.copyfileobj(src, dst)
    with pytest.raises(StoreError, match="S005"):
        Store.open(db, read_only=True)
    with Store.open(db) as store:  # writable: migrations run, data kept
        assert store.count_events() == 11
        assert all(e.source is None or e.source.reason is None for e in store.events())
    with Store.open(db, read_only=True) as store:
        assert store.count_events() == 11
        assert [d.doc_id for d in store.documents()]
