"""Store side of issue 6: near-duplicate bookkeeping at write time and the story tables.

Near-duplicates are decided inside ``Store.add_documents``' transaction, so a document
is never visible without its ``duplicate_of`` and every writer (CLI ingest, API POST,
tests) gets the same behaviour. The LSH index lives in memory, one per Store, built
from ``doc_minhash`` the first time it is needed and kept in step with each write;
``dedup_guard`` throws it away when a write fails, so it never holds a signature the
database rolled back. Story rows are computed by ``seismo.analysis.stories``; this
module only gives it a transaction and records when stories were last built.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

import duckdb
import pyarrow as pa

from seismo.models import CodedDocument
from seismo.store.migrations import utcnow

if TYPE_CHECKING:  # datasketch takes ~0.4 s to import: only writers that add documents pay it
    from contextlib import AbstractContextManager

    from seismo.ingest.dedupe import Match, NearDuplicateIndex

T = TypeVar("T")
_SIGS = "_seismo_minhash_incoming"
_DUPS = "_seismo_duplicates_incoming"


class DedupCache:
    """The Store's LSH index and the row count of ``doc_minhash`` it was built from.

    The count is re-read before each use: if another Store on the same file wrote
    signatures meanwhile, the index is rebuilt instead of missing their documents.
    """

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.index: NearDuplicateIndex | None = None
        self.rows = -1

    def invalidate(self) -> None:
        self.index, self.rows = None, -1

    def get(self, cur: duckdb.DuckDBPyConnection) -> NearDuplicateIndex:
        """The index, (re)loaded from the table when it is missing or out of step."""
        rows = _count_signatures(cur)
        if self.index is None or rows != self.rows:
            self.index = load_index(cur)
            self.rows = rows
        return self.index


@contextmanager
def dedup_guard(cache: DedupCache) -> Iterator[None]:
    """Serialize index updates and drop the index when the write (or its commit) fails."""
    with cache.lock:
        try:
            yield
        except BaseException:
            cache.invalidate()
            raise


def load_index(cur: duckdb.DuckDBPyConnection) -> NearDuplicateIndex:
    """Build the LSH index from every stored signature (with the current scheme)."""
    from seismo.ingest.dedupe import NUM_PERM, SCHEME, NearDuplicateIndex, from_bytes

    index = NearDuplicateIndex()
    rows = cur.execute(
        "SELECT m.doc_id, m.sig, d.duplicate_of FROM doc_minhash m "
        "JOIN documents d USING (doc_id) WHERE m.scheme = ? AND m.num_perm = ? ORDER BY m.doc_id",
        [SCHEME, NUM_PERM],
    ).fetchall()
    index.add_many((doc_id, from_bytes(sig), dup) for doc_id, sig, dup in rows)
    return index


def _count_signatures(cur: duckdb.DuckDBPyConnection) -> int:
    return int(cur.execute("SELECT count(*) FROM doc_minhash").fetchall()[0][0])


def record_near_duplicates(
    cur: duckdb.DuckDBPyConnection,
    docs: Sequence[CodedDocument],
    replaced: Sequence[str],
    cache: DedupCache,
) -> list[Match]:
    """Sign ``docs`` (already inserted), mark copies with ``duplicate_of``; return the copies.

    Documents are compared in the order given against everything stored and every
    earlier document of the batch. A replaced document loses its old signature first,
    so a changed text is judged afresh.
    """
    from seismo.ingest.dedupe import NUM_PERM, SCHEME, signature, to_bytes

    index = cache.get(cur)
    if replaced:
        for doc_id in replaced:
            index.remove(doc_id)
        cur.execute(
            "DELETE FROM doc_minhash WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(replaced)],
        )
    rows: list[tuple[Any, ...]] = []
    matches: list[Match] = []
    for doc in docs:
        sig = signature(doc.article.text)
        match = index.check(doc.article.doc_id, sig)
        rows.append(
            (doc.article.doc_id, SCHEME, NUM_PERM, to_bytes(sig), match and match.similarity)
        )
        if match:
            matches.append(match)
    _write_signatures(cur, rows, matches)
    cache.rows = _count_signatures(cur)
    return matches


def _write_signatures(
    cur: duckdb.DuckDBPyConnection, rows: list[tuple[Any, ...]], matches: list[Match]
) -> None:
    """Bulk insert the signatures and set duplicate_of on the copies, via Arrow."""
    if rows:
        names = ("doc_id", "scheme", "num_perm", "sig", "similarity")
        types = (pa.string(), pa.string(), pa.int32(), pa.binary(), pa.float64())
        cols = list(zip(*rows, strict=True))
        table = pa.table(
            {n: pa.array(c, type=t) for n, c, t in zip(names, cols, types, strict=True)}
        )
        _with_table(cur, _SIGS, table, f"INSERT INTO doc_minhash BY NAME SELECT * FROM {_SIGS}")
    if matches:
        dups = pa.table(
            {"doc_id": [m.doc_id for m in matches], "original": [m.original for m in matches]}
        )
        sql = (
            f"UPDATE documents SET duplicate_of = i.original FROM {_DUPS} i "
            "WHERE documents.doc_id = i.doc_id"
        )
        _with_table(cur, _DUPS, dups, sql)


def _with_table(cur: duckdb.DuckDBPyConnection, name: str, table: pa.Table, sql: str) -> None:
    cur.register(name, table)
    try:
        cur.execute(sql)
    finally:
        cur.unregister(name)


# A build stamp that no longer matches the documents, with no story_changes behind it (an
# import, an older seismo's store): drop it, so the next build is a full one.
FORGET_STALE_BUILD = """
DELETE FROM stories_meta WHERE NOT EXISTS (
    SELECT 1 FROM (SELECT count(*) AS n, max(ingested_at) AS last FROM documents) d
    WHERE d.n = stories_meta.documents AND d.last IS NOT DISTINCT FROM stories_meta.last_ingested)
"""


def record_story_changes(cur: duckdb.DuckDBPyConnection, doc_ids: Sequence[str]) -> None:
    """Note the event keys of ``doc_ids`` and of the documents they copy in ``story_changes``.

    Called inside ``add_documents``' transaction for documents about to be replaced and for
    those just written, so the log always covers what changed since stories were last built:
    a story's rows depend only on its members and on the outlets of their documents' copies.
    """
    if not doc_ids:
        return
    cur.execute(
        'INSERT INTO story_changes SELECT DISTINCT "type", source_code, target_code FROM events '
        "WHERE modality = 'asserted' AND (doc_id IN (SELECT unnest(?::VARCHAR[])) OR doc_id IN "
        "(SELECT duplicate_of FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[])))) "
        "AND EXISTS (SELECT 1 FROM stories_meta)",
        [list(doc_ids), list(doc_ids)],
    )


class StoryMethods:
    """Store methods for story tables; mixed into ``Store`` (which supplies the plumbing)."""

    read_only: bool
    frozen: bool
    _dedup: DedupCache

    if TYPE_CHECKING:

        def cached(self, key: Hashable, compute: Callable[[], T]) -> T: ...

        def _transaction(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...
        def _cursor(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...
        def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]: ...

    def near_duplicate_index(self) -> NearDuplicateIndex:
        """The index ``add_documents`` judges near-duplicates with, for a look before the parse.

        Read it only: ``add_documents`` keeps it in step with what is written.
        """
        with self._dedup.lock, self._cursor() as cur:
            return self._dedup.get(cur)

    @contextmanager
    def arrow_reader(
        self, sql: str, params: Sequence[Any] = (), batch_rows: int = 65_536
    ) -> Iterator[pa.RecordBatchReader]:
        """Stream caller-written SQL as Arrow record batches (exports never hold every row).

        The reader is only valid inside the ``with`` block, which owns its cursor.
        """
        with self._cursor() as cur:
            yield cur.sql(sql, params=list(params)).to_arrow_reader(batch_rows)

    def rebuild_stories(
        self, fill: Callable[[duckdb.DuckDBPyConnection, bool], None], *, changed_only: bool = False
    ) -> None:
        """Let ``fill`` bring the story tables up to date, in one transaction.

        ``fill(cur, False)`` gets empty story tables and writes them all again;
        ``fill(cur, True)`` (only when ``changed_only`` and a previous build is recorded, so
        ``story_changes`` covers every change since) redoes the stories of the keys in
        ``story_changes``, or falls back to a full build itself. Readers see either the old
        stories or the new ones, never a half-built set, and ``stories_meta`` records which
        state of the documents they describe.
        """
        with self._transaction() as cur:
            built = cur.execute("SELECT count(*) FROM stories_meta").fetchall()[0][0] > 0
            if not (changed_only and built):
                changed_only = False
                cur.execute("DELETE FROM story_members")
                cur.execute("DELETE FROM stories")
            fill(cur, changed_only)
            cur.execute("DELETE FROM story_changes")
            cur.execute("DELETE FROM stories_meta")
            cur.execute(
                "INSERT INTO stories_meta SELECT ?, d.n, d.last, "
                "(SELECT count(*) FROM stories), (SELECT count(*) FROM story_members) "
                "FROM (SELECT count(*) AS n, max(ingested_at) AS last FROM documents) d",
                [utcnow()],
            )

    def stories_current(self) -> bool:
        """Whether the story tables were built from the documents stored now.

        Documents change only through ``add_documents``, which stamps ``ingested_at``,
        so (document count, latest ingest time) identifies the state cheaply.
        """
        if self.frozen:  # opened read-only: nothing can rebuild them while it is open
            return self.cached("stories_current", self._stories_match_documents)
        return self._stories_match_documents()

    def _stories_match_documents(self) -> bool:
        rows = self._rows(
            "SELECT coalesce(m.documents, 0) = d.n "
            "AND m.last_ingested IS NOT DISTINCT FROM d.last AS ok "
            "FROM (SELECT count(*) AS n, max(ingested_at) AS last FROM documents) d "
            "LEFT JOIN stories_meta m ON true"
        )
        return all(row["ok"] for row in rows)
