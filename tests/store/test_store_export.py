"""Exports: flat columns, right row counts, readable back by DuckDB and pyarrow."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pyarrow.csv as pacsv
import pyarrow.json as pajson
import pyarrow.parquet as pq
import pytest
from store_helpers import make_doc, make_event

from seismo.models import Evidence, Modality
from seismo.store import EventFilter, Store
from seismo.store.export import EXPORT_COLUMNS

FORMATS = ["parquet", "csv", "jsonl"]
TRICKY = 'Ünïcödé, "q", x\ny'
DUCKDB_READERS = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}


@pytest.fixture
def filled(store: Store) -> Store:
    a = [make_event("a", n, date=dt.date(2024, 1, n + 1)) for n in range(3)]
    a.append(make_event("a", 9, modality=Modality.NEGATED))
    b = [make_event("b", 0, type="PROTEST", source=None, location=None, quantity=None)]
    tricky = Evidence(sentence=TRICKY, start=50, end=60)  # quotes, comma, newline for CSV
    b.append(make_event("b", 1, goldstein=None, date=None, evidence=tricky))
    store.add_documents([make_doc("a", a), make_doc("b", b)])
    return store


def read_with_pyarrow(fmt: str, path: Path):  # type: ignore[no-untyped-def]
    if fmt == "parquet":
        return pq.read_table(path)
    if fmt == "csv":
        return pacsv.read_csv(path, parse_options=pacsv.ParseOptions(newlines_in_values=True))
    return pajson.read_json(path)


def read_with_duckdb(fmt: str, path: Path) -> tuple[int, list[str]]:
    con = duckdb.connect()
    try:
        rel = con.execute(f"SELECT * FROM {DUCKDB_READERS[fmt]}(?)", [str(path)])
        names = [d[0] for d in rel.description or ()]
        return len(rel.fetchall()), names
    finally:
        con.close()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_readable_by_duckdb_and_pyarrow(filled: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "exports" / f"events.{fmt}"
    assert filled.export_events(None, fmt, out) == 5  # asserted only by default
    table = read_with_pyarrow(fmt, out)
    assert table.num_rows == 5
    assert table.column_names == list(EXPORT_COLUMNS)
    assert TRICKY in table.column("evidence_sentence").to_pylist()
    assert read_with_duckdb(fmt, out) == (5, list(EXPORT_COLUMNS))
    assert not out.with_name(out.name + ".part").exists()


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_follows_filters_and_order(filled: Store, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    f = EventFilter(doc_id="a", all_modalities=True)
    assert filled.export_events(f, fmt, out) == 4
    exported = read_with_pyarrow(fmt, out).column("event_id").to_pylist()
    assert exported == [e.event_id for e in filled.events(f)]


def test_parquet_keeps_types(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    filled.export_events(EventFilter(limit=1), "parquet", out)
    table = pq.read_table(out)
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("goldstein").type) == "double"
    assert str(table.schema.field("quad_class").type) == "int32"
    row = table.to_pylist()[0]
    event = filled.events(EventFilter(limit=1))[0]
    assert row["date"] == event.date
    assert row["source_code"] == "RUSMIL"
    assert row["evidence_start"] == event.evidence.start


def test_jsonl_lines_are_flat_objects(filled: Store, tmp_path: Path) -> None:
    out = tmp_path / "events.jsonl"
    filled.export_events(EventFilter(doc_id="b"), "jsonl", out)
    lines = out.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == 2
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert rows[0]["date"] == "2024-03-04"
    assert rows[0]["source_name"] is None
    assert rows[1]["evidence_sentence"] == TRICKY


@pytest.mark.parametrize("fmt", FORMATS)
def test_empty_export_still_has_columns_where_format_allows(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"empty.{fmt}"
    assert store.export_events(None, fmt, out) == 0
    assert out.exists()
    if fmt == "parquet":
        assert pq.read_table(out).column_names == list(EXPORT_COLUMNS)
    if fmt == "csv":
        assert out.read_text().splitlines()[0].replace('"', "").split(",") == list(EXPORT_COLUMNS)


def test_unknown_format_rejected(filled: Store, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xlsx"):
        filled.export_events(None, "xlsx", tmp_path / "x.xlsx")  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []
