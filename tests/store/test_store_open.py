"""Opening stores: migrations recorded, reopening, and every refusal as a one-line coded error."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from store_helpers import make_doc

from seismo.errors import StoreError
from seismo.models import CodedDocument
from seismo.store import Store, connection
from seismo.store.migrations import Migrations, applied, m001_initial_schema, migrations
from seismo.store.rows import EVENTS_SCHEMA, event_to_row, to_arrow
from seismo.store.store import _insert_arrow, _insert_documents


def assert_one_line(err: StoreError, code: str) -> None:
    """Coded store errors are printed as they are: one line, no DuckDB traceback or hint."""
    message = str(err)
    assert err.code == code
    assert message.startswith(f"{code} ")
    assert "\n" not in message
    assert "Traceback" not in message


def test_open_memory_records_migrations(store: Store) -> None:
    rows = store.query("SELECT version, name, applied_at FROM _seismo_migrations")
    expected = [(step.version, step.name) for step in migrations.steps()]
    assert [(r["version"], r["name"]) for r in rows] == expected
    assert expected[0] == (1, "m001_initial_schema")
    assert rows[0]["applied_at"] is not None
    assert migrations.latest == len(expected)


def test_open_creates_tables_and_indexes(store: Store) -> None:
    tables = {r["table_name"] for r in store.query("SELECT table_name FROM duckdb_tables()")}
    assert {"documents", "events", "rejections", "_seismo_migrations"} <= tables
    indexes = {r["index_name"] for r in store.query("SELECT index_name FROM duckdb_indexes()")}
    expected = {"date", "type", "source_country", "target_country", "doc_id"}
    assert {f"events_{name}" for name in expected} <= indexes


def test_open_creates_parent_dirs_and_reopen_keeps_data(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.add_documents([make_doc("a"), make_doc("b")])
    assert db_path.exists()
    with Store.open(db_path) as s:
        assert [d.doc_id for d in s.documents()] == ["a", "b"]
        assert s.count_events() == 2
        applied_steps = s.query("SELECT * FROM _seismo_migrations")
        assert len(applied_steps) == len(migrations.steps())  # not re-applied


def test_read_only_reads_existing_store(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.add_documents([make_doc("a")])
    with Store.open(db_path, read_only=True) as s:
        assert s.read_only
        assert s.count_events() == 1


def test_read_only_store_refuses_writes(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as s, pytest.raises(StoreError) as info:
        s.add_documents([make_doc("a")])
    assert_one_line(info.value, "S006")


def _write_version(path: Path, version: int) -> None:
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO _seismo_migrations VALUES (?, 'm_future', current_timestamp)", [version]
    )
    con.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_newer_schema_refused(db_path: Path, read_only: bool) -> None:
    Store.open(db_path).close()
    _write_version(db_path, 99)
    with pytest.raises(StoreError) as info:
        Store.open(db_path, read_only=read_only)
    assert_one_line(info.value, "S002")
    assert "99" in str(info.value)
    assert "upgrade seismo" in str(info.value)


@pytest.mark.parametrize("content", [b"", b"x", b"this is a text file, not a database\n" * 200])
def test_garbage_file_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "garbage.duckdb"
    path.write_bytes(content)
    for read_only in (False, True):
        with pytest.raises(StoreError) as info:
            Store.open(path, read_only=read_only)
        assert_one_line(info.value, "S003")
    assert path.read_bytes() == content  # never overwritten


def test_duckdb_file_with_conflicting_tables_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE documents (x INTEGER)")
    con.close()
    with pytest.raises(StoreError) as info:
        Store.open(db_path)
    assert_one_line(info.value, "S003")
    con = duckdb.connect(str(db_path))  # the failed migration was rolled back
    assert con.execute("SELECT count(*) FROM _seismo_migrations").fetchall() == [(0,)]
    con.close()


def test_read_only_missing_file_refused(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(tmp_path / "missing.duckdb", read_only=True)
    assert_one_line(info.value, "S004")
    assert "run `seismo ingest` first" in str(info.value)
    assert not (tmp_path / "missing.duckdb").exists()


def test_read_only_plain_duckdb_file_refused(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    duckdb.connect(str(db_path)).close()
    with pytest.raises(StoreError) as info:
        Store.open(db_path, read_only=True)
    assert_one_line(info.value, "S003")


def _first_step_only() -> Migrations:
    """The schema as the first release wrote it, to test upgrading to the current one."""
    steps = Migrations()
    steps(1)(m001_initial_schema)
    return steps


def _insert_as_first_schema(con: duckdb.DuckDBPyConnection, doc: CodedDocument) -> None:
    """A document and its events as the first schema stored them (no actor reason columns)."""
    _insert_documents(con, [doc.model_copy(update={"events": []})])
    first = {r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    rows = to_arrow([event_to_row(e) for e in doc.events], EVENTS_SCHEMA)
    _insert_arrow(con, "events", rows.select([c for c in rows.column_names if c in first]))


def test_older_schema_migrated_on_write_refused_read_only(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr(connection, "migrations", _first_step_only())
        con = connection.connect(str(db_path))
        _insert_as_first_schema(con, make_doc("a"))  # rows written by the older schema
        con.close()
    with pytest.raises(StoreError) as info:
        Store.open(db_path, read_only=True)
    assert_one_line(info.value, "S005")
    with Store.open(db_path) as s:
        versions = [r["version"] for r in s.query("SELECT version FROM _seismo_migrations")]
        assert sorted(versions) == [step.version for step in migrations.steps()]
        assert s.count_events() == 1
    Store.open(db_path, read_only=True).close()


def test_migration_numbers_are_unique() -> None:
    steps = Migrations()
    steps(1)(m001_initial_schema)
    with pytest.raises(ValueError):
        steps(1)(m001_initial_schema)
    with pytest.raises(ValueError):
        steps(0)(m001_initial_schema)


def test_failed_migration_is_not_recorded() -> None:
    steps = Migrations()
    steps(1)(m001_initial_schema)

    @steps(2)
    def m002_broken(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("CREATE TABLE half_done (x INTEGER)")
        con.execute("SELECT * FROM no_such_table")

    con = duckdb.connect(":memory:")
    with pytest.raises(duckdb.Error):
        steps.apply(con)
    assert applied(con) == {1: "m001_initial_schema"}
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "half_done" not in tables
    con.close()


HOLD_LOCK = textwrap.dedent(
    """
    import sys
    from seismo.store import Store
    store = Store.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


def hold_lock(path: Path) -> subprocess.Popen[str]:
    """Start another process holding the store open for writing (DuckDB locks per process)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.fixture
def locked_db(db_path: Path) -> Iterator[Path]:
    Store.open(db_path).close()
    proc = hold_lock(db_path)
    try:
        yield db_path
    finally:
        proc.communicate("done\n", timeout=30)


@pytest.mark.parametrize("read_only", [False, True])
def test_lock_conflict_is_one_line_s001(locked_db: Path, read_only: bool) -> None:
    with pytest.raises(StoreError) as info:
        Store.open(locked_db, read_only=read_only)
    err = info.value
    assert_one_line(err, "S001")
    assert str(locked_db) in str(err)
    assert "locked by another seismo process" in str(err)
    assert err.__cause__ is None and err.__suppress_context__  # DuckDB's chain is dropped


def test_lock_released_when_holder_exits(db_path: Path) -> None:
    Store.open(db_path).close()
    proc = hold_lock(db_path)
    with pytest.raises(StoreError):
        Store.open(db_path)
    proc.communicate("done\n", timeout=30)
    with Store.open(db_path) as s:
        assert s.count_events() == 0


def test_same_process_conflicting_config_is_s006(db_path: Path) -> None:
    with Store.open(db_path), pytest.raises(StoreError) as info:
        Store.open(db_path, read_only=True)
    assert_one_line(info.value, "S007")
