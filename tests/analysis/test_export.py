"""Exports are readable without seismo: DuckDB and pyarrow read them back with the same rows."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq
import pytest
from helpers import DAY, three_reports_and_a_copy

from seismo.analysis import export
from seismo.errors import AnalysisError
from seismo.store import EventFilter, Store

FORMATS = ("parquet", "csv", "jsonl")
READERS = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}


@pytest.fixture
def filled(store: Store) -> Store:
    store.add_documents(three_reports_and_a_copy())
    return store


def read_duckdb(path: Path, fmt: str) -> list[dict[str, object]]:
    con = duckdb.connect()
    result = con.execute(f"SELECT * FROM {READERS[fmt]}(?)", [str(path)])
    names = [d[0] for d in result.description or ()]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


def read_arrow(path: Path, fmt: str) -> pa.Table:
    if fmt == "parquet":
        return pq.read_table(path)
    if fmt == "csv":
        return pacsv.read_csv(path)
    return pajson.read_json(path)


@pytest.mark.parametrize("fmt", FORMATS)
def test_stories_round_trip(filled: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"stories.{fmt}"
    assert export(filled, "stories", fmt, path) == 1
    [row] = read_duckdb(path, fmt)
    assert row["n_sources"] == 3 and str(row["date"]) == DAY.isoformat()
    doc_ids = json.loads(row["doc_ids"]) if fmt == "csv" else row["doc_ids"]  # CSV: JSON text
    assert sorted(doc_ids) == ["ap-1", "bbc-1", "reuters-1"]
    table = read_arrow(path, fmt)
    assert table.num_rows == 1 and "story_id" in table.column_names
    if fmt == "parquet":
        assert pa.types.is_list(table.schema.field("outlets").type)
        assert table.schema.field("date").type == pa.date32()


@pytest.mark.parametrize("fmt", FORMATS)
def test_events_leave_out_near_duplicates_unless_asked(
    filled: Store, tmp_path: Path, fmt: str
) -> None:
    path = tmp_path / f"events.{fmt}"
    assert export(filled, "events", fmt, path) == 3
    assert {r["doc_id"] for r in read_duckdb(path, fmt)} == {"reuters-1", "ap-1", "bbc-1"}
    assert export(filled, "events", fmt, path, EventFilter(include_duplicates=True)) == 4
    assert read_arrow(path, fmt).num_rows == 4


@pytest.mark.parametrize("fmt", FORMATS)
def test_documents_carry_duplicate_of(filled: Store, tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"documents.{fmt}"
    assert export(filled, "documents", fmt, path, EventFilter(include_duplicates=True)) == 4
    rows = {r["doc_id"]: r for r in read_duckdb(path, fmt)}
    assert rows["partner-1"]["duplicate_of"] == "reuters-1"
    assert rows["partner-1"]["duplicate_similarity"] >= 0.8
    assert rows["reuters-1"]["duplicate_of"] is None and rows["reuters-1"]["n_events"] == 1
    assert export(filled, "documents", fmt, path) == 3


def test_unknown_target_or_format_is_a_coded_error(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(AnalysisError, match=r"^A004 unknown export target 'rows'"):
        export(filled, "rows", "csv", tmp_path / "x.csv")  # type: ignore[arg-type]
    with pytest.raises(AnalysisError, match=r"^A004 unknown format 'xlsx'"):
        export(filled, "stories", "xlsx", tmp_path / "x.xlsx")  # type: ignore[arg-type]


def test_failed_export_is_a_coded_error_and_leaves_no_file(filled: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(AnalysisError, match=r"^A007 .*file/out.parquet"):
        export(filled, "stories", "parquet", blocker / "out.parquet")
    assert not list(tmp_path.rglob("*.part"))
