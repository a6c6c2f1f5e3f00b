"""Export a whole store to a directory of Parquet files, and import it into a new store.

``export_store(store, DIR)`` writes one Parquet file per table (rows in key order, the
DuckDB column types kept: DATE, TIMESTAMP, BLOB, VARCHAR[]) and ``manifest.json`` with
the schema version, row counts and a SHA-256 per file. The directory appears under its
final name only when complete (written to ``DIR.partial`` first, then renamed).

``import_store(store, DIR)`` checks the manifest and every checksum, refuses an export
from a newer schema (S002) and a store that already holds data (S009), then inserts all
tables in one transaction: the import lands entirely or not at all. An export from an
older schema imports into the current one (columns added since are NULL), which is also
how a store moves between seismo versions. ``_seismo_migrations`` is not copied: the new
store records its own migrations; the manifest keeps the exported version.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from seismo import __version__
from seismo.errors import Errors, StoreError
from seismo.store import search
from seismo.store.migrations import applied, migrations, schema_version
from seismo.store.store import Store
from seismo.store.stories import FORGET_STALE_BUILD

FORMAT = "seismo-store-export"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
# Tables in import order, with the key that orders their rows in the files.
TABLE_KEYS: dict[str, str] = {
    "documents": "doc_id",
    "events": "event_id",
    "rejections": "source, code",
    "doc_minhash": "doc_id",
    "stories": "story_id",
    "story_members": "story_id, event_id",
    "stories_meta": "built_at",
}

# Columns that are this store's own bookkeeping, not data: the search index's row keys (issue 14).
DERIVED = {"events": "search_key"}


@dataclass
class TableFile:
    file: str
    rows: int
    sha256: str


@dataclass
class Manifest:
    """``manifest.json``: what an export holds and how to verify it."""

    schema_version: int
    migrations: list[list[Any]]
    tables: dict[str, TableFile] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    seismo_version: str = __version__
    exported_at: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=2, sort_keys=True) + "\n"

    @property
    def rows(self) -> dict[str, int]:
        return {name: t.rows for name, t in self.tables.items()}


def export_store(store: Store, directory: str | Path) -> Manifest:
    """Write every table of ``store`` to ``directory`` (new or empty) as Parquet + manifest."""
    target = Path(directory)
    _require_empty_dir(target)
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        with store._cursor() as cur:
            cur.begin()  # one snapshot for every table, even if a writer commits meanwhile
            try:
                manifest = _export_tables(cur, partial)
            finally:
                cur.rollback()
        (partial / MANIFEST).write_text(manifest.to_json(), encoding="utf-8")
        if target.exists():
            target.rmdir()  # empty, checked above
        os.replace(partial, target)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return manifest


def _export_tables(cur: duckdb.DuckDBPyConnection, directory: Path) -> Manifest:
    present = _tables(cur)
    manifest = Manifest(
        schema_version=schema_version(cur),
        migrations=[[v, name] for v, name in sorted(applied(cur).items())],
        exported_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    for table, key in TABLE_KEYS.items():
        if table not in present:
            continue
        path = directory / f"{table}.parquet"
        columns = f"* EXCLUDE ({DERIVED[table]})" if table in DERIVED else "*"
        cur.execute(
            f"COPY (SELECT {columns} FROM {table} ORDER BY {key}) TO {_literal(path)} "
            "(FORMAT parquet, COMPRESSION zstd)"
        )
        rows = int(cur.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0])
        manifest.tables[table] = TableFile(path.name, rows, _sha256(path))
    return manifest


def read_manifest(directory: str | Path) -> Manifest:
    """The manifest of an export, checked for format and files (S008 when unusable)."""
    source = Path(directory)
    try:
        data = json.loads((source / MANIFEST).read_text(encoding="utf-8"))
        tables = {name: TableFile(**spec) for name, spec in data.pop("tables").items()}
        manifest = Manifest(**data, tables=tables)
    except FileNotFoundError:
        raise _not_export(source, f"no {MANIFEST}") from None
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise _not_export(source, f"unreadable {MANIFEST}: {exc}") from None
    if manifest.format != FORMAT or manifest.format_version > FORMAT_VERSION:
        detail = f"format {manifest.format!r} version {manifest.format_version}"
        raise _not_export(source, detail)
    unknown = sorted(set(manifest.tables) - set(TABLE_KEYS))
    if unknown:
        raise _not_export(source, f"unknown tables {', '.join(unknown)}")
    return manifest


def import_store(store: Store, directory: str | Path) -> Manifest:
    """Load an export into ``store``, which must hold no data yet; all or nothing."""
    source = Path(directory)
    manifest = read_manifest(source)
    supported = migrations.latest
    if manifest.schema_version > supported:
        message = Errors.S002.format(path=source, found=manifest.schema_version, supported=supported)
        raise StoreError(message, "S002")
    for table in manifest.tables.values():
        path = source / table.file
        if Path(table.file).name != table.file or not path.is_file():
            raise _not_export(source, f"missing file {table.file}")
        if _sha256(path) != table.sha256:
            raise _not_export(source, f"{table.file} does not match its checksum")
    with store._transaction() as cur:
        _require_empty_store(cur, store.path)
        for name in (t for t in TABLE_KEYS if t in manifest.tables):
            table = manifest.tables[name]
            columns = _importable_columns(cur, source / table.file, name)
            parquet = f"read_parquet({_literal(source / table.file)})"
            cur.execute(f"INSERT INTO {name} BY NAME SELECT {columns} FROM {parquet}")
            rows = int(cur.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0])
            if rows != table.rows:
                raise _not_export(source, f"{table.file} holds {rows} rows, not {table.rows}")
        cur.execute(FORGET_STALE_BUILD)  # stale imported stories carry no record of what changed
        search.index_events(cur)  # the word index is derived data, rebuilt from the imported events
        search.compact(cur)
    store._dedup.invalidate()  # signatures arrived behind the near-duplicate index's back
    return manifest


def _importable_columns(cur: duckdb.DuckDBPyConnection, file: Path, table: str) -> str:
    """``*``, less a derived column the file carries (keys of another store would clash with this one's)."""
    if table not in DERIVED:
        return "*"
    names = {str(r[0]) for r in cur.execute(f"DESCRIBE SELECT * FROM read_parquet({_literal(file)})").fetchall()}
    return f"* EXCLUDE ({DERIVED[table]})" if DERIVED[table] in names else "*"


def _require_empty_dir(path: Path) -> None:
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise StoreError(Errors.S009.format(path=path, detail="an export needs a new directory"),
                         "S009")  # fmt: skip


def _require_empty_store(cur: duckdb.DuckDBPyConnection, label: str) -> None:
    present = _tables(cur)
    for table in TABLE_KEYS:
        if table in present and cur.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]:
            detail = f"its {table} table has rows; import into a new database file"
            raise StoreError(Errors.S009.format(path=label, detail=detail), "S009")


def _tables(cur: duckdb.DuckDBPyConnection) -> set[str]:
    rows = cur.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    return {str(r[0]) for r in rows}


def _literal(path: Path) -> str:
    """A SQL string literal for a file name (COPY and read_parquet take no parameters)."""
    return "'" + str(path).replace("'", "''") + "'"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _not_export(path: Path, detail: str) -> StoreError:
    return StoreError(Errors.S008.format(path=path, detail=detail), "S008")
