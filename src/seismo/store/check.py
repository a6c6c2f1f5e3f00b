"""Store invariants, verified read-only: what ``seismo check`` reports.

A store can only go wrong through a bug, a tool that edits the file by hand, or a
damaged disk: every seismo write is one transaction. ``check_database(path)`` opens the
file read-only (it never migrates or repairs anything) and checks, in SQL:

- the schema version is recorded, contiguous from 1 and known to this seismo (a newer
  one is reported, not read; an older one is noted: the next write migrates it);
- the tables of that version exist;
- ids are unique (documents, events, signatures, stories, story members, rejections);
- every event has its document, and its evidence offsets lie inside the document text
  with ``text[start:end] == evidence.sentence`` (DuckDB counts characters as Python does);
- ``duplicate_of`` and MinHash signatures point at stored documents;
- story members point at events and stories, each story counts its members, and when
  the stories are current every countable event belongs to one.

Each problem is one ``Violation`` whose ``str()`` is one line. A check stops listing
after ``max_per_check`` examples and says how many more there are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from seismo.errors import Errors, StoreError
from seismo.store.connection import MEMORY, _open_raw, first_line
from seismo.store.migrations import MIGRATIONS_TABLE, applied, has_migrations_table, migrations
from seismo.store.search import event_words_sql

MAX_PER_CHECK = 50

# Tables each schema version must have.
TABLES_BY_VERSION = {
    1: ("documents", "events", "rejections"),
    2: ("doc_minhash", "stories", "story_members", "stories_meta"),
    5: ("search_words", "search_meta"),
    7: ("story_changes",),
}
_WORDS = f"(SELECT DISTINCT * FROM ({event_words_sql()}))"  # what the search index must hold


@dataclass(frozen=True)
class Violation:
    """One broken invariant: ``check`` names the rule, ``message`` says where and what."""

    check: str
    message: str

    def __str__(self) -> str:
        return f"{self.check}: {self.message}"


@dataclass
class CheckReport:
    """What ``check_database`` found; ``ok`` when there is no violation."""

    path: str
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.violations

    def summary(self) -> str:
        """One line for the end of ``seismo check``."""
        counts = ", ".join(f"{n} {name}" for name, n in self.counts.items())
        if self.ok:
            return f"ok: {self.path} (schema version {self.schema_version}): {counts}"
        n = len(self.violations)
        return f"{n} violation{'s' if n != 1 else ''} in {self.path}"


def check_database(path: str | Path, max_per_check: int = MAX_PER_CHECK) -> CheckReport:
    """Open ``path`` read-only and check every invariant (S001/S004/S007 if it cannot open)."""
    label = str(path)
    if label == MEMORY:
        raise StoreError(Errors.S004.format(path=label), "S004")
    con = _open_raw(label, read_only=True)
    try:
        return check_connection(con, label, max_per_check)
    finally:
        con.close()


def check_connection(con: duckdb.DuckDBPyConnection, label: str, max_per_check: int = MAX_PER_CHECK) -> CheckReport:
    """Check an open connection (``Store`` callers: ``check_store``)."""
    report = CheckReport(path=label)
    tables = _tables(con)
    if not _check_schema(con, report, tables):
        return report
    for table in ("documents", "events", "rejections", "stories", "story_members"):
        if table in tables:
            report.counts[table] = _scalar(con, f"SELECT count(*) FROM {table}")
    for check in _CHECKS:
        if not set(check.needs) <= tables or report.schema_version < check.since:
            continue
        try:
            _run(con, check, report, max_per_check)
        except duckdb.Error as exc:  # a table whose columns were altered by hand
            report.violations.append(Violation(check.name, f"cannot check: {first_line(exc)}"))
    _check_story_coverage(con, report, tables, max_per_check)
    return report


def check_store(store: object, max_per_check: int = MAX_PER_CHECK) -> CheckReport:
    """Check an open ``Store`` (also ``:memory:`` ones) through a cursor of its own."""
    con: duckdb.DuckDBPyConnection = store._con  # type: ignore[attr-defined]
    cur = con.cursor()
    try:
        return check_connection(cur, str(getattr(store, "path", MEMORY)), max_per_check)
    finally:
        cur.close()


# -- schema ---------------------------------------------------------------------------------


def _check_schema(con: duckdb.DuckDBPyConnection, report: CheckReport, tables: set[str]) -> bool:
    """Version recorded, contiguous, known; the tables of that version present. False: stop."""
    if not has_migrations_table(con):
        report.violations.append(Violation("schema", f"no {MIGRATIONS_TABLE} table: not a seismo store"))
        return False
    recorded = applied(con)
    if not recorded:
        report.violations.append(Violation("schema", "no schema version recorded"))
        return False
    version = max(recorded)
    report.schema_version = version
    supported = migrations.latest
    if version > supported:
        message = Errors.S002.format(path=report.path, found=version, supported=supported)
        report.violations.append(Violation("schema", f"S002 {message}"))
        return False
    missing = sorted(set(range(1, version + 1)) - set(recorded))
    if missing:
        steps = ", ".join(map(str, missing))
        report.violations.append(Violation("schema", f"migrations {steps} are not recorded"))
    known = {step.version: step.name for step in migrations.steps()}
    for number, name in sorted(recorded.items()):
        if known.get(number) != name:
            detail = f"migration {number} is recorded as {name!r}, this seismo calls it"
            report.violations.append(Violation("schema", f"{detail} {known.get(number)!r}"))
    if version < supported:
        report.notes.append(f"schema version {version} is older than {supported}; the next write migrates it")
    for step in range(1, version + 1):
        for table in TABLES_BY_VERSION.get(step, ()):
            if table not in tables:
                report.violations.append(Violation("schema", f"table {table} is missing"))
    return True


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    rows = con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'").fetchall()
    return {str(r[0]) for r in rows}


# -- row checks: each query returns (what, detail) pairs, one per violation -----------------


@dataclass(frozen=True)
class _Check:
    name: str
    needs: tuple[str, ...]
    sql: str
    describe: Callable[[tuple[object, ...]], str]
    since: int = 1  # the schema version that introduced the columns it reads


def _dupes(table: str, key: str, label: str) -> _Check:
    sql = f"SELECT {key}, count(*) FROM {table} GROUP BY ALL HAVING count(*) > 1 ORDER BY 1"
    return _Check("duplicate-id", (table,), sql, lambda r: f"{label} {r[0]!r} appears {r[1]} times")


_SLICE = "substring(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)"
_IN_RANGE = "e.evidence_start >= 0 AND e.evidence_end >= e.evidence_start"
_CHECKS: list[_Check] = [
    _dupes("documents", "doc_id", "document"),
    _dupes("events", "event_id", "event"),
    _dupes("doc_minhash", "doc_id", "signature of document"),
    _dupes("stories", "story_id", "story"),
    _dupes("story_members", "event_id", "story member event"),
    _Check(
        "duplicate-id",
        ("rejections",),
        "SELECT source || ' ' || code, count(*) FROM rejections GROUP BY ALL HAVING count(*) > 1 ORDER BY 1",
        lambda r: f"rejection {r[0]!r} appears {r[1]} times",
    ),
    _Check(
        "orphan-event",
        ("events", "documents"),
        "SELECT e.event_id, e.doc_id FROM events e ANTI JOIN documents d ON d.doc_id = e.doc_id ORDER BY 1",
        lambda r: f"event {r[0]!r}: its document {r[1]!r} is not stored",
    ),
    _Check(
        "evidence-range",
        ("events", "documents"),
        "SELECT e.event_id, e.evidence_start, e.evidence_end, length(d.text) "
        "FROM events e JOIN documents d ON d.doc_id = e.doc_id "
        f"WHERE NOT ({_IN_RANGE} AND e.evidence_end <= length(d.text)) ORDER BY 1",
        lambda r: f"event {r[0]!r}: evidence [{r[1]}, {r[2]}) is outside its document's text ({r[3]} characters)",
    ),
    _Check(
        "evidence-text",
        ("events", "documents"),
        f"SELECT e.event_id, e.evidence_start, e.evidence_end, {_SLICE} "
        "FROM events e JOIN documents d ON d.doc_id = e.doc_id "
        f"WHERE {_IN_RANGE} AND e.evidence_end <= length(d.text) "
        f"AND {_SLICE} IS DISTINCT FROM e.evidence_sentence ORDER BY 1",
        lambda r: f"event {r[0]!r}: text[{r[1]}:{r[2]}] = {_clip(r[3])} is not its evidence sentence",
    ),
    _Check(
        "orphan-duplicate",
        ("documents",),
        "SELECT a.doc_id, a.duplicate_of FROM documents a WHERE a.duplicate_of IS NOT NULL "
        "AND (a.duplicate_of = a.doc_id OR a.duplicate_of NOT IN (SELECT doc_id FROM documents)) "
        "ORDER BY 1",
        lambda r: f"document {r[0]!r}: duplicate_of {r[1]!r} is itself or not stored",
        since=2,
    ),
    _Check(
        "orphan-signature",
        ("doc_minhash", "documents"),
        "SELECT m.doc_id FROM doc_minhash m ANTI JOIN documents d ON d.doc_id = m.doc_id ORDER BY 1",
        lambda r: f"MinHash signature of {r[0]!r}: the document is not stored",
    ),
    _Check(
        "story-member",
        ("story_members", "events"),
        "SELECT m.event_id, m.story_id FROM story_members m ANTI JOIN events e ON e.event_id = m.event_id ORDER BY 1",
        lambda r: f"story {r[1]!r}: member event {r[0]!r} is not stored",
    ),
    _Check(
        "story-member",
        ("story_members", "stories"),
        "SELECT m.event_id, m.story_id FROM story_members m ANTI JOIN stories s ON s.story_id = m.story_id ORDER BY 1",
        lambda r: f"event {r[0]!r}: its story {r[1]!r} is not stored",
    ),
    _Check(
        "story-count",
        ("story_members", "stories"),
        "SELECT s.story_id, s.n_events, coalesce(m.n, 0) FROM stories s LEFT JOIN "
        "(SELECT story_id, count(*) AS n FROM story_members GROUP BY 1) m USING (story_id) "
        "WHERE s.n_events IS DISTINCT FROM coalesce(m.n, 0) ORDER BY 1",
        lambda r: f"story {r[0]!r}: says {r[1]} events but has {r[2]} members",
    ),
    _Check(
        "search-index",
        ("search_words", "events", "documents"),
        f"SELECT x.event_id, x.term FROM {_WORDS} x ANTI JOIN search_words w "
        "ON w.search_key = x.search_key AND w.term = x.term ORDER BY 1, 2",
        lambda r: f"event {r[0]!r}: the word {r[1]!r} of its evidence or title is missing from the search index",
        since=5,
    ),
    _Check(
        "search-index",
        ("search_words", "events", "documents"),
        f"SELECT w.search_key, w.term FROM search_words w ANTI JOIN {_WORDS} x "
        "ON w.search_key = x.search_key AND w.term = x.term ORDER BY 1, 2",
        lambda r: f"search index: {r[1]!r} under key {r[0]} is not a word of a stored event with that key",
        since=5,
    ),
]


def _run(con: duckdb.DuckDBPyConnection, check: _Check, report: CheckReport, limit: int) -> None:
    """Add up to ``limit`` violations of ``check``, then one line counting the rest."""
    result = con.execute(check.sql)
    rows = result.fetchmany(limit + 1)
    for row in rows[:limit]:
        report.violations.append(Violation(check.name, check.describe(row)))
    if len(rows) > limit:
        rest = len(rows) - limit + len(result.fetchall())
        report.violations.append(Violation(check.name, f"... and {rest} more"))


def _check_story_coverage(con: duckdb.DuckDBPyConnection, report: CheckReport, tables: set[str], limit: int) -> None:
    """When stories are current, every asserted event of an original document is in one."""
    if not {"stories_meta", "story_members", "events", "documents"} <= tables:
        return
    current = _scalar(
        con,
        "SELECT count(*) FROM stories_meta m, (SELECT count(*) AS n, max(ingested_at) AS last "
        "FROM documents) d WHERE m.documents = d.n AND m.last_ingested IS NOT DISTINCT FROM d.last",
    )
    if not current:
        report.notes.append("story events are not current; `seismo stories --rebuild` builds them")
        return
    check = _Check(
        "story-coverage",
        (),
        "SELECT e.event_id FROM events e JOIN documents d ON d.doc_id = e.doc_id "
        "WHERE e.modality = 'asserted' AND d.duplicate_of IS NULL "
        "AND e.event_id NOT IN (SELECT event_id FROM story_members) ORDER BY 1",
        lambda r: f"event {r[0]!r} is countable but belongs to no story",
    )
    _run(con, check, report, limit)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    return int(con.execute(sql).fetchall()[0][0])


def _clip(value: object, width: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= width else text[: width - 4] + "...'"
