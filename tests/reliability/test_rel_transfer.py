"""Export -> import of a whole store round-trips exactly, and damaged exports are refused.

Stores are filled with Hypothesis-generated documents, events and rejections (any Unicode
including NUL and RTL marks, NULL in every optional field, texts up to ~100k characters,
extreme dates and floats), exported with ``export_store``, imported into a new file with
``import_store`` and compared table by table in DuckDB, every column included (ingest and
rebuild timestamps too): ``EXCEPT ALL`` both ways must be empty.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reliability_helpers import seismo

from seismo.analysis.stories import build_stories
from seismo.errors import StoreError
from seismo.models import Actor, Article, CodedDocument, Event, Evidence, Location, Quantity, Rejection
from seismo.store import Store
from seismo.store.check import check_database
from seismo.store.transfer import MANIFEST, TABLE_KEYS, _sha256, export_store, import_store

TEXT = st.text(max_size=60)
OPT = st.one_of(st.none(), TEXT)
INT32 = st.one_of(st.none(), st.integers(-(2**31), 2**31 - 1))
FLOAT = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))
LONG = st.text(min_size=1, max_size=40).map(lambda s: s * (100_000 // len(s)))
ACTOR = st.one_of(st.none(), st.builds(Actor, name=TEXT, code=OPT, country=OPT, agent=OPT, igo=OPT))


@st.composite
def events_for(draw: st.DrawFn, doc_id: str, doc_no: int, text: str) -> list[Event]:
    events = []
    for n in range(draw(st.integers(0, 3))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        events.append(Event(
            event_id=f"{doc_no}.{n}:{draw(TEXT)}", doc_id=doc_id, type=draw(TEXT), mode=draw(OPT),
            cameo=draw(OPT), goldstein=draw(FLOAT), quad_class=draw(INT32),
            modality=draw(st.sampled_from(["asserted", "negated", "hypothetical", "future", "denied"])),
            source=draw(ACTOR), target=draw(ACTOR), attributed_to=draw(ACTOR),
            date=draw(st.one_of(st.none(), st.dates())), date_text=draw(OPT),
            date_precision=draw(st.sampled_from([None, "day", "week", "month", "year"])),
            location=draw(st.one_of(st.none(), st.builds(Location, name=TEXT, country=OPT, lat=FLOAT, lon=FLOAT))),
            quantity=draw(st.one_of(st.none(), st.builds(Quantity, value=st.floats(allow_nan=False), unit=OPT))),
            evidence=Evidence(sentence=text[start:end], start=start, end=end),
            trigger=draw(OPT), published=draw(st.one_of(st.none(), st.dates())), outlet=draw(OPT),
            coder_version=draw(TEXT),
        ))  # fmt: skip
    return events


@st.composite
def documents(draw: st.DrawFn) -> list[CodedDocument]:
    docs = []
    for i in range(draw(st.integers(0, 5))):
        doc_id = f"{i}:{draw(TEXT)}"
        text = draw(st.one_of(TEXT, LONG, st.just(""))) if i else draw(TEXT)
        article = Article(
            doc_id=doc_id, text=text, title=draw(OPT), url=draw(OPT), outlet=draw(OPT),
            published=draw(st.one_of(st.none(), st.dates())), dateline=draw(OPT),
            source=draw(OPT), content_hash=draw(st.sampled_from(["", "given-hash"])),
        )  # fmt: skip
        docs.append(CodedDocument(article=article, events=draw(events_for(doc_id, i, text))))
    return docs


REJECTIONS = st.lists(st.builds(Rejection, source=TEXT, code=TEXT, reason=TEXT), max_size=3)


def assert_same_database(a: Path, b: Path) -> None:
    """Every table of ``a`` equals ``b`` row for row, all columns, duplicates counted."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{a}' AS a (READ_ONLY)")
        con.execute(f"ATTACH '{b}' AS b (READ_ONLY)")
        for table in TABLE_KEYS:
            for x, y in (("a", "b"), ("b", "a")):
                diff = con.execute(
                    f"SELECT count(*) FROM (SELECT * FROM {x}.{table} EXCEPT ALL SELECT * FROM {y}.{table})"
                ).fetchall()[0][0]
                assert diff == 0, f"{table}: {diff} rows of {x} are not in {y}"
            counts = [con.execute(f"SELECT count(*) FROM {s}.{table}").fetchall()[0][0] for s in "ab"]
            assert counts[0] == counts[1], table
    finally:
        con.close()


def fill(path: Path, docs: list[CodedDocument], rejections: list[Rejection]) -> Path:
    with Store.open(path) as store:
        store.add_documents(docs)
        store.add_rejections(rejections)
        build_stories(store)
    return path


@settings(max_examples=20, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])  # fmt: skip
@given(documents(), REJECTIONS)
def test_export_import_round_trips_exactly(docs: list[CodedDocument], rejections: list[Rejection]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = fill(Path(tmp) / "a.duckdb", docs, rejections)
        with Store.open(source, read_only=True) as store:
            manifest = export_store(store, Path(tmp) / "export")
        with Store.open(Path(tmp) / "b.duckdb") as new:
            assert import_store(new, Path(tmp) / "export").rows == manifest.rows
            for doc in docs:  # the models read back equal too
                assert new.document(doc.article.doc_id) == doc.article.model_copy(
                    update={"content_hash": doc.article.content_hash or Article.hash_text(doc.article.text)}
                )
        assert_same_database(source, Path(tmp) / "b.duckdb")


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, Path]:
    text = "Russia accused Ukraine of shelling on Monday \u202e\u0000 reports said."
    article = Article(doc_id="d", text=text, published=dt.date(2024, 3, 5))
    event = Event(event_id="e", doc_id="d", type="ACCUSE", evidence=Evidence(sentence=text, start=0, end=len(text)))
    db = fill(tmp_path / "src.duckdb", [CodedDocument(article=article, events=[event])], [])
    with Store.open(db, read_only=True) as store:
        export_store(store, tmp_path / "export")
    return db, tmp_path / "export"


@pytest.mark.serial
def test_cli_export_import_round_trip(exported: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = exported
    out, new = tmp_path / "cli-export", tmp_path / "new.duckdb"
    result = seismo("export-store", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted([MANIFEST, *(f"{t}.parquet" for t in TABLE_KEYS)])
    result = seismo("import-store", str(out), "--db", str(new))
    assert result.returncode == 0, result.stderr
    assert_same_database(db, new)
    assert check_database(new).ok
    again = seismo("import-store", str(out), "--db", str(new))  # never into a store with data
    assert again.returncode == 1 and "S009" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    busy = seismo("export-store", str(out), "--db", str(db))  # never over an export
    assert busy.returncode == 1 and "S009" in busy.stderr


def _rewrite(export: Path, table: str, change: Any) -> None:
    """Replace one Parquet file by ``change(table)`` and fix its checksum in the manifest."""
    path = export / f"{table}.parquet"
    pq.write_table(change(pq.read_table(path)), path)
    manifest = json.loads((export / MANIFEST).read_text())
    manifest["tables"][table]["sha256"] = _sha256(path)
    (export / MANIFEST).write_text(json.dumps(manifest))


def _manifest(export: Path, **changes: Any) -> None:
    manifest = json.loads((export / MANIFEST).read_text())
    manifest.update(changes)
    (export / MANIFEST).write_text(json.dumps(manifest))


@pytest.mark.parametrize(
    ("damage", "code"),
    [
        (lambda e: (e / "events.parquet").write_bytes(b"PAR1 truncated"), "S008"),
        (lambda e: (e / "documents.parquet").unlink(), "S008"),
        (lambda e: (e / MANIFEST).write_text("{not json"), "S008"),
        (lambda e: (e / MANIFEST).unlink(), "S008"),
        (lambda e: _manifest(e, format="something-else"), "S008"),
        (lambda e: _manifest(e, schema_version=99), "S002"),
        # a file that passes its checksum but does not fit the table: the whole import rolls back
        (lambda e: _rewrite(e, "stories", lambda t: t.append_column("surprise", t.column(0))), "S006"),
    ],
)  # fmt: skip
def test_damaged_exports_are_refused_and_import_nothing(
    exported: tuple[Path, Path], tmp_path: Path, damage: Any, code: str
) -> None:
    _, export = exported
    damage(export)
    with Store.open(tmp_path / "target.duckdb") as store:
        with pytest.raises(StoreError) as err:
            import_store(store, export)
        assert err.value.code == code, str(err.value)
        assert "\n" not in str(err.value)
        assert store.summary().documents == 0 and store.query("SELECT count(*) AS n FROM events") == [{"n": 0}]


def test_an_export_from_the_older_schema_imports_into_the_current_one(
    exported: tuple[Path, Path], tmp_path: Path
) -> None:
    """What seismo 1.x (schema 1: no duplicate_of, no signatures or stories) would have exported."""
    _, export = exported
    for table in ("doc_minhash", "stories", "story_members", "stories_meta"):
        (export / f"{table}.parquet").unlink()
    _rewrite(export, "documents", lambda t: t.drop(["duplicate_of"]))
    manifest = json.loads((export / MANIFEST).read_text())
    manifest["tables"] = {k: v for k, v in manifest["tables"].items() if k in ("documents", "events", "rejections")}
    manifest.update(schema_version=1, migrations=[[1, "m001_initial_schema"]])
    (export / MANIFEST).write_text(json.dumps(manifest))
    with Store.open(tmp_path / "new.duckdb") as store:
        import_store(store, export)
        assert store.query("SELECT doc_id, duplicate_of FROM documents") == [{"doc_id": "d", "duplicate_of": None}]
        assert [e.event_id for e in store.events()] == ["e"]
    shutil.rmtree(export)
