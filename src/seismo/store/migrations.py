"""Schema migrations, registered with a decorator and recorded in ``_seismo_migrations``.

Follows sqlite-utils' ``migrations.py``: each migration is a plain function that
receives a connection; applying one runs it and records its number, name and
time in the same transaction, so a crash never leaves a half-applied step that
looks applied. The highest recorded number is the database's schema version,
which lets ``Store.open`` refuse a database written by a newer seismo (S002)
instead of silently misreading it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import duckdb

from seismo.store import search

MIGRATIONS_TABLE = "_seismo_migrations"

MigrationFn = Callable[[duckdb.DuckDBPyConnection], None]


@dataclass(frozen=True)
class Migration:
    """One numbered schema step."""

    version: int
    name: str
    fn: MigrationFn


class Migrations:
    """An ordered set of migrations; ``@migrations(n)`` registers step ``n``."""

    def __init__(self) -> None:
        self._steps: dict[int, Migration] = {}

    def __call__(self, version: int) -> Callable[[MigrationFn], MigrationFn]:
        """Register ``fn`` as step ``version``; numbers must be unique and start at 1."""

        def register(fn: MigrationFn) -> MigrationFn:
            if version < 1 or version in self._steps:
                raise ValueError(f"migration number {version} is invalid or already used")
            self._steps[version] = Migration(version, fn.__name__, fn)
            return fn

        return register

    @property
    def latest(self) -> int:
        """The schema version this code writes and understands."""
        return max(self._steps, default=0)

    def steps(self) -> list[Migration]:
        """All migrations in the order they must run."""
        return [self._steps[v] for v in sorted(self._steps)]

    def apply(self, con: duckdb.DuckDBPyConnection) -> list[str]:
        """Run every migration not yet recorded, each in its own transaction; return their names."""
        ensure_migrations_table(con)
        done = set(applied(con))
        names = []
        for step in self.steps():
            if step.version in done:
                continue
            _apply_one(con, step)
            names.append(step.name)
        return names


def ensure_migrations_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create the bookkeeping table; it must exist before any version can be read."""
    con.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} ("
        "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )


def has_migrations_table(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether this database was ever opened by seismo (read-only opens cannot create it)."""
    rows = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?",
        [MIGRATIONS_TABLE],
    ).fetchall()
    return bool(rows[0][0])


def applied(con: duckdb.DuckDBPyConnection) -> dict[int, str]:
    """Recorded migrations, by number."""
    if not has_migrations_table(con):
        return {}
    rows = con.execute(f"SELECT version, name FROM {MIGRATIONS_TABLE} ORDER BY version").fetchall()
    return {int(version): str(name) for version, name in rows}


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The database's schema version: the highest recorded migration, 0 for a fresh file."""
    return max(applied(con), default=0)


def _apply_one(con: duckdb.DuckDBPyConnection, step: Migration) -> None:
    """Run one step and record it atomically, so a failure leaves the previous version intact."""
    con.begin()
    try:
        step.fn(con)
        con.execute(
            f"INSERT INTO {MIGRATIONS_TABLE} (version, name, applied_at) VALUES (?, ?, ?)",
            [step.version, step.name, utcnow()],
        )
    except BaseException:
        con.rollback()
        raise
    con.commit()


def utcnow() -> dt.datetime:
    """Naive UTC timestamp: DuckDB TIMESTAMP has no zone, and local time would vary by machine."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def read_sql(name: str) -> str:
    """Load a named file from ``store/sql``; schema lives in .sql files SQL users can read."""
    sql_dir = resources.files("seismo.store").joinpath("sql")
    return sql_dir.joinpath(name).read_text(encoding="utf-8")


migrations = Migrations()


@migrations(1)
def m001_initial_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Documents, flat events with their indexes, rejections and the asserted_events view."""
    con.execute(read_sql("001_initial.sql"))


@migrations(2)
def m002_dedup_stories(con: duckdb.DuckDBPyConnection) -> None:
    """documents.duplicate_of, MinHash signatures, and the story tables (issue 6)."""
    con.execute(read_sql("002_dedup_stories.sql"))


@migrations(3)
def m003_actor_reasons(con: duckdb.DuckDBPyConnection) -> None:
    """events.source_reason, target_reason, attributed_reason: the evidence behind each actor code."""
    con.execute(read_sql("003_actor_reasons.sql"))


@migrations(4)
def m004_contexts(con: duckdb.DuckDBPyConnection) -> None:
    """events.contexts: the PLOVER contexts of each event, comma-separated (issue 16)."""
    con.execute(read_sql("004_contexts.sql"))


@migrations(5)
def m005_search_index(con: duckdb.DuckDBPyConnection) -> None:
    """events.search_key and the search_words index of every stored event (issue 14)."""
    con.execute(read_sql("005_search_index.sql"))
    search.index_events(con)
    search.compact(con)


@migrations(6)
def m006_type_source(con: duckdb.DuckDBPyConnection) -> None:
    """events.type_source, rule_type, type_scores: whether the rules or the learned scorer chose the type."""
    con.execute(read_sql("006_type_source.sql"))


@migrations(7)
def m007_mentions(con: duckdb.DuckDBPyConnection) -> None:
    """events.mentions: the other sentences that tell the same event (restatements folded into it)."""
    con.execute(read_sql("007_mentions.sql"))


@migrations(8)
def m008_story_changes(con: duckdb.DuckDBPyConnection) -> None:
    """story_changes: the event keys whose stories a rebuild must redo (issue 15, incremental stories)."""
    con.execute(read_sql("008_story_changes.sql"))
