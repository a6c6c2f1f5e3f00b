"""Store: the DuckDB-backed stage-4 API that every later stage, the CLI and the API call.

Library first (sqlite-utils' ``Database``): the CLI and API only open a Store
and call one method. Each call works on its own cursor (a DuckDB connection to
the same database), so one Store can serve several threads, e.g. the web API.
Writes are one transaction per call: a batch is stored entirely or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, Self, TypeVar

import duckdb
import pyarrow as pa

from seismo.errors import Errors, StoreError
from seismo.models import Article, CodedDocument, Event, Modality, Rejection
from seismo.store import export as _export
from seismo.store import search as _search
from seismo.store import stories as _stories
from seismo.store.connection import MEMORY, connect, first_line
from seismo.store.filters import NOT_DUPLICATE, EventFilter, select_events, where_clause
from seismo.store.memo import VersionMemo
from seismo.store.migrations import utcnow
from seismo.store.records import DocumentRow, IngestStats, RejectionRow, Summary
from seismo.store.rows import (
    ARTICLE_COLUMNS,
    DOCUMENTS_SCHEMA,
    EVENT_COLUMNS,
    EVENTS_SCHEMA,
    article_to_row,
    event_to_row,
    quoted,
    row_to_article,
    row_to_event,
    to_arrow,
)

ASSERTED = Modality.ASSERTED.value
_INCOMING = "_seismo_incoming"  # name a batch's Arrow table is registered under, per cursor
T = TypeVar("T")


class Store(_stories.StoryMethods):
    """A seismo database. Create with ``Store.open(path)``; use as a context manager."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: str, read_only: bool) -> None:
        """Prefer ``Store.open``: it migrates and checks the schema before wrapping."""
        self._con = con
        self.path = path
        self.read_only = read_only
        # Opened read-only, the file cannot change while open (DuckDB lets no process write
        # to it then), so its data version is read once. A read view of a writable store
        # (``read_only`` set afterwards) is not frozen.
        self.frozen = read_only
        self._frozen_version: tuple[int, str] | None = None
        self._dedup = _stories.DedupCache()  # issue 6: near-duplicate LSH index, built lazily
        self._memo = VersionMemo()  # derived aggregates, per data version (shared by read views)

    @classmethod
    def open(cls, path: str | Path, read_only: bool = False) -> Store:
        """Open (creating file, parent directories and schema as needed) or fail with S001-S007.

        ``":memory:"`` gives a private in-memory store (``read_only`` is ignored for it).
        """
        label = str(path)
        return cls(connect(label, read_only), label, read_only and label != MEMORY)

    def configure_for_serving(self, threads: int) -> None:
        """Tune this database for many small queries at once (the server), not one big one.

        DuckDB runs each query on every core by default; one thread per query (each on its
        caller's thread, no hand-offs) gets more done when many run together. Its compressed
        materialization pass shrinks the rows of big sorts and aggregates, but planning it
        for a 39-column page of 100 events costs ~1 ms, more than it saves there.
        ``threads`` 0 keeps DuckDB's thread default.
        """
        if threads:
            self._con.execute(f"SET threads = {int(threads)}")
        self._con.execute("SET disabled_optimizers = 'compressed_materialization'")

    def close(self) -> None:
        """Release the file (and its lock) so another process can write to it."""
        self._con.close()

    def __enter__(self) -> Self:
        """``with Store.open(path) as store:`` closes the file even when the block fails."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A per-call connection: DuckDB connections must not be shared across threads."""
        cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All-or-nothing write; database and Arrow failures become one-line S006 errors."""
        with self._cursor() as cur:
            cur.begin()
            try:
                yield cur
            except (duckdb.Error, pa.ArrowException, OverflowError) as exc:
                cur.rollback()
                raise StoreError(Errors.S006.format(detail=first_line(exc)), "S006") from exc
            except BaseException:
                cur.rollback()
                raise
            cur.commit()

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a read query and return rows keyed by column name."""
        with self._cursor() as cur:
            result = cur.execute(sql, list(params))
            names = [d[0] for d in result.description or ()]
            return [dict(zip(names, row, strict=True)) for row in result.fetchall()]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """First column of the first row (fetchall: this DuckDB wants results read to the end)."""
        with self._cursor() as cur:
            rows = cur.execute(sql, list(params)).fetchall()
            return rows[0][0] if rows else None

    # -- writes ---------------------------------------------------------------------------

    def add_documents(self, docs: Sequence[CodedDocument], *, replace: bool = False) -> IngestStats:
        """Store coded documents in one transaction; re-adding unchanged documents is a no-op.

        A doc_id already stored with the same content hash is skipped, with a different
        hash it is replaced together with all its events. ``replace=True`` replaces even
        unchanged documents (re-coding with a newer coder). Within one call the last
        occurrence of a doc_id wins; earlier ones count as skipped.
        """
        latest = {d.article.doc_id: d for d in docs}
        _check_event_owners(latest.values())
        stats = IngestStats(skipped=len(docs) - len(latest))
        with _stories.dedup_guard(self._dedup), self._transaction() as cur:
            stored = _stored_hashes(cur, list(latest))
            write: list[CodedDocument] = []
            for doc_id, doc in latest.items():
                old = stored.get(doc_id)
                if old is not None and old == content_hash(doc.article) and not replace:
                    stats.skipped += 1
                    continue
                if old is None:
                    stats.added += 1
                else:
                    stats.updated += 1
                write.append(doc)
            replaced = [d.article.doc_id for d in write if d.article.doc_id in stored]
            _stories.record_story_changes(cur, replaced)  # issue 15: before their events go
            _delete_documents(cur, replaced)
            after = _search.largest_key(cur) if write else 0
            stats.events_added = _insert_documents(cur, write)
            if stats.events_added:
                # issue 14: the new events' words, in the same transaction
                _search.index_events(cur, after, [d.article.doc_id for d in write])
            stats.asserted_added = sum(e.modality == Modality.ASSERTED for d in write for e in d.events)
            copies = _stories.record_near_duplicates(cur, write, replaced, self._dedup)  # issue 6
            stats.duplicates_added = len(copies)
            _stories.record_story_changes(cur, [d.article.doc_id for d in write])
            resort = bool(stats.events_added) and _search.tail_too_long(cur)
        if resort:
            with self._transaction() as cur:
                _search.compact(cur)  # only reorders the index: the batch above is stored either way
        return stats

    def add_rejections(self, rejections: Sequence[Rejection]) -> int:
        """Record why inputs were dropped; return how many (source, code) pairs are new.

        A pair already stored is not duplicated: its reason and ``seen_at`` are refreshed,
        so ``seen_at`` tells when that input was last rejected.
        """
        latest = {(r.source, r.code): r for r in rejections}
        if not latest:
            return 0
        now = utcnow()
        rows = [(r.source, r.code, r.reason, now) for r in latest.values()]
        table = pa.table(
            {name: pa.array(col) for name, col in zip(_REJECTION_COLUMNS, zip(*rows, strict=True), strict=True)}
        )
        with self._transaction() as cur:
            before = _count(cur, "rejections")
            _insert_arrow(
                cur,
                "rejections",
                table,
                "ON CONFLICT (source, code) DO UPDATE SET "
                "reason = excluded.reason, seen_at = excluded.seen_at",
            )
            return _count(cur, "rejections") - before

    # -- reads ----------------------------------------------------------------------------

    def events(self, filters: EventFilter | None = None) -> list[Event]:
        """Events matching ``filters`` as full Event models, in the documented order."""
        sql, params = select_events(self._planned(filters), quoted(EVENT_COLUMNS), by_rowid=True)
        return [row_to_event(row) for row in self._rows(sql, params)]

    def _planned(self, filters: EventFilter | None) -> EventFilter:
        """``filters`` with the search's words in the order the index intersects fastest."""
        f = filters or EventFilter()
        if not f.q:
            return f
        with self._cursor() as cur:
            return f.model_copy(update={"q": _search.most_frequent_first(cur, f.q)})

    def events_at(self, rowids: Sequence[int]) -> list[Event]:
        """The events with these row ids, in the order given (an index-only snapshot's page)."""
        if not len(rowids):
            return []
        sql = f"SELECT rowid AS _rowid, {quoted(EVENT_COLUMNS)} FROM events WHERE rowid IN (SELECT unnest(?::BIGINT[]))"
        found = {row["_rowid"]: row_to_event(row) for row in self._rows(sql, [[int(r) for r in rowids]])}
        return [found[int(r)] for r in rowids]

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many events match, ignoring ``limit``/``offset`` (the total a pager needs)."""
        where, params = where_clause(self._planned(filters))
        return int(self._scalar(f"SELECT count(*) FROM events {where}", params))

    def documents(self, limit: int | None = None) -> list[DocumentRow]:
        """Stored documents with their asserted-event counts, by publication date then id."""
        sql = (
            "SELECT d.doc_id, d.title, d.url, d.outlet, d.published, d.source, "
            "coalesce(e.n, 0) AS n_events, d.ingested_at FROM documents d "
            "LEFT JOIN (SELECT doc_id, count(*) AS n FROM events WHERE modality = ? "
            "GROUP BY doc_id) e ON e.doc_id = d.doc_id "
            "ORDER BY d.published ASC NULLS LAST, d.doc_id"
        )
        params: list[Any] = [ASSERTED]
        if limit is not None:
            if limit < 0:
                raise ValueError(f"limit must be >= 0, not {limit}")
            sql += " LIMIT ?"
            params.append(limit)
        return [DocumentRow(**row) for row in self._rows(sql, params)]

    def document(self, doc_id: str) -> Article | None:
        """The stored Article (with its full text), or None if the id is unknown."""
        sql = f"SELECT {quoted(ARTICLE_COLUMNS)} FROM documents WHERE doc_id = ?"
        rows = self._rows(sql, [doc_id])
        return row_to_article(rows[0]) if rows else None

    def has_document(self, doc_id: str, content_hash: str | None = None) -> bool:
        """Whether ``doc_id`` is stored, with this content hash if one is given.

        Lets the pipeline skip parsing and coding documents that ``add_documents`` would
        skip anyway. An empty ``content_hash`` never matches (stored hashes are never empty).
        """
        if content_hash is None:
            sql, params = "SELECT count(*) FROM documents WHERE doc_id = ?", [doc_id]
        else:
            sql = "SELECT count(*) FROM documents WHERE doc_id = ? AND content_hash = ?"
            params = [doc_id, content_hash]
        return bool(self._scalar(sql, params))

    def stored_hashes(self, doc_ids: Sequence[str]) -> dict[str, str]:
        """doc_id -> content hash of those of ``doc_ids`` that are stored: ``has_document`` for a
        whole run in one query (ingest asks before parsing anything)."""
        with self._cursor() as cur:
            return _stored_hashes(cur, list(doc_ids))

    def events_of(self, doc_ids: Sequence[str]) -> dict[str, list[Event]]:
        """Every stored mention (all modalities, near-duplicates too) of these documents, in one
        query: syndicated copies carry their stored originals' events (``ingest.syndication``)."""
        if not doc_ids:
            return {}
        sql = (f"SELECT {quoted(EVENT_COLUMNS)} FROM events WHERE doc_id IN (SELECT unnest(?::VARCHAR[])) "
               "ORDER BY rowid")
        out: dict[str, list[Event]] = {doc_id: [] for doc_id in doc_ids}
        for row in self._rows(sql, [list(doc_ids)]):
            out[row["doc_id"]].append(row_to_event(row))
        return out

    def rejections(self) -> list[RejectionRow]:
        """Every stored rejection, oldest sighting first."""
        sql = "SELECT source, code, reason, seen_at FROM rejections ORDER BY seen_at, source, code"
        return [RejectionRow(**row) for row in self._rows(sql)]

    def data_version(self) -> tuple[int, str]:
        """A cheap token of the stored data: it changes with every ``add_documents`` that writes.

        Documents change only through ``add_documents``, which stamps ``ingested_at``; readers use the
        token to cache aggregates (the dashboard overview) until the next write.
        """
        if self.frozen and self._frozen_version is not None:
            return self._frozen_version
        row = self._rows("SELECT count(*) AS n, CAST(max(ingested_at) AS VARCHAR) AS last FROM documents")[0]
        version = int(row["n"]), str(row["last"])
        if self.frozen:
            self._frozen_version = version
        return version

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, memoised until the next write changes ``data_version()``.

        For aggregates that readers ask for again and again between writes (the server's
        alerts and counts); ``key`` names the value and every argument it depends on.
        """
        return self._memo.get((self.path, self.data_version()), key, compute)

    def summary(self) -> Summary:
        """Store-wide counts; only asserted events of original (non-duplicate) documents count as events."""
        counted = f"modality = ? AND {NOT_DUPLICATE}"
        by_modality = self._pairs(
            f"SELECT modality, count(*) FROM events WHERE {NOT_DUPLICATE} GROUP BY 1 ORDER BY 1")
        by_type = self._pairs(
            f'SELECT "type", count(*) AS n FROM events WHERE {counted} GROUP BY 1 ORDER BY n DESC, "type"',
            [ASSERTED],
        )
        by_quad = self._pairs(
            f"SELECT quad_class, count(*) FROM events WHERE {counted} "
            "AND quad_class IS NOT NULL GROUP BY 1 ORDER BY 1",
            [ASSERTED],
        )
        dates = self._rows(f'SELECT min("date") AS first, max("date") AS last FROM events WHERE {counted}',
                           [ASSERTED])[0]
        return Summary(
            documents=self._scalar("SELECT count(*) FROM documents"),
            duplicate_documents=self._scalar("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            rejections=self._scalar("SELECT count(*) FROM rejections"),
            events=by_modality.get(ASSERTED, 0),
            events_all=self._scalar("SELECT count(*) FROM events"),
            events_by_modality=by_modality,
            events_by_type=by_type,
            events_by_quad_class=by_quad,
            first_date=dates["first"],
            last_date=dates["last"],
        )

    def _pairs(self, sql: str, params: Sequence[Any] = ()) -> dict[Any, int]:
        """A two-column (key, count) query as a dict, keeping the query's order."""
        with self._cursor() as cur:
            return {key: int(n) for key, n in cur.execute(sql, list(params)).fetchall()}

    def iter_rows(self, sql: str, params: Sequence[Any] = (), batch_rows: int = 10_000) -> Iterator[dict[str, Any]]:
        """Caller-written SQL as rows keyed by column name, fetched a batch at a time (for
        reading every row without holding them all, e.g. the server's event snapshot)."""
        with self._cursor() as cur:
            result = cur.execute(sql, list(params))
            names = [d[0] for d in result.description or ()]
            while batch := result.fetchmany(batch_rows):
                for values in batch:
                    yield dict(zip(names, values, strict=True))

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run caller-written SQL (analysis stage, ad-hoc use); pass values in ``params``."""
        return self._rows(sql, params)

    def export_events(
        self,
        filters: EventFilter | None,
        fmt: _export.ExportFormat,
        output: Path | str | BinaryIO,
        fields: Sequence[str] | None = None,
    ) -> int:
        """Write matching events with flat columns (``export.EXPORT_COLUMNS``, or ``fields``) to
        ``output``, a file or a binary stream (CSV, JSON Lines); return the row count."""
        sink = Path(output) if isinstance(output, str | Path) else output
        with self._cursor() as cur:
            return _export.export_events(cur, self._planned(filters), fmt, sink, fields)


_REJECTION_COLUMNS = ("source", "code", "reason", "seen_at")


def content_hash(article: Article) -> str:
    """The hash idempotency is judged by; filled from the text when the producer left it empty."""
    return article.content_hash or Article.hash_text(article.text)


def _check_event_owners(docs: Iterable[CodedDocument]) -> None:
    """Events are replaced per document, so one filed under another doc_id would be orphaned."""
    for doc in docs:
        for event in doc.events:
            if event.doc_id != doc.article.doc_id:
                detail = (
                    f"event {event.event_id} has doc_id {event.doc_id!r} "
                    f"but was given with document {doc.article.doc_id!r}"
                )
                raise StoreError(Errors.S006.format(detail=detail), "S006")


def _count(cur: duckdb.DuckDBPyConnection, table: str) -> int:
    """Row count of one of our own tables (the name is never user input)."""
    rows = cur.execute(f"SELECT count(*) FROM {table}").fetchall()
    return int(rows[0][0])


def _stored_hashes(cur: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> dict[str, str]:
    """content_hash of those of ``doc_ids`` already stored (read inside the write transaction)."""
    if not doc_ids:
        return {}
    rows = cur.execute(
        "SELECT doc_id, content_hash FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
        [doc_ids],
    ).fetchall()
    return {str(doc_id): str(h) for doc_id, h in rows}


def _delete_documents(cur: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Remove documents being replaced, and all their events, before the new rows go in."""
    if not doc_ids:
        return
    _search.unindex_documents(cur, doc_ids)
    for table in ("events", "documents"):
        cur.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids])


def _insert_documents(cur: duckdb.DuckDBPyConnection, docs: Sequence[CodedDocument]) -> int:
    """Bulk-insert documents and their events from Arrow tables; return the event count."""
    if not docs:
        return 0
    now = utcnow()
    doc_rows = [article_to_row(d.article, content_hash(d.article), now) for d in docs]
    event_rows = [event_to_row(e) for d in docs for e in d.events]
    _insert_arrow(cur, "documents", to_arrow(doc_rows, DOCUMENTS_SCHEMA))
    if event_rows:
        _insert_arrow(cur, "events", to_arrow(event_rows, EVENTS_SCHEMA))
    return len(event_rows)


def _insert_arrow(
    cur: duckdb.DuckDBPyConnection, table: str, data: pa.Table, on_conflict: str = ""
) -> None:
    """INSERT ... SELECT from a registered Arrow table: DuckDB's fast bulk path, by column name."""
    cur.register(_INCOMING, data)
    try:
        cur.execute(f"INSERT INTO {table} BY NAME SELECT * FROM {_INCOMING} {on_conflict}")
    finally:
        cur.unregister(_INCOMING)
