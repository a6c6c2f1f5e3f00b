"""EventSnapshot: a read-only store's events in memory, for pages without a query.

A page of events costs DuckDB ~10 ms over 100,000 events however few it returns (a
columnar store reads every column of every row group to find 100 rows, and plans a
39-column query each time). A read-only server's data cannot change while it runs, so it
can hold every event once, serialized as the API sends it, in the order pages use, with
the filter columns as NumPy arrays: a page is then a few array comparisons and a join of
ready JSON (~0.5 ms). The filter semantics are those of ``filters.where_clause``; the
upper-cased columns come from DuckDB's own ``upper`` so both agree on every string, and
``tests/store/test_store_paging.py`` checks the two against each other on random filters.
The JSON is only held while it fits ``max_bytes``.

It also holds a word index for the search ``q`` (issue 14): every word of each event's
evidence sentence and title -> the positions of the events that have it, cut by the same
DuckDB expression as the SQL filter (``search.term_postings_sql``). A store too big for the
JSON gets an index-only snapshot (``index_only``: filter columns, row ids and words, ~150
bytes an event): it picks a page's rows in memory and ``Store.events_at`` reads just those.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from seismo.models import Modality
from seismo.store.filters import NOT_DUPLICATE, ORDER_BY, EventFilter
from seismo.store.rows import EVENT_COLUMNS, quoted, row_to_event
from seismo.store.search import query_terms, term_postings_sql

if TYPE_CHECKING:
    from seismo.store.store import Store

_FILTER_COLUMNS = (
    'upper("type") AS f_type, upper(source_code) AS f_source_code, upper(target_code) AS f_target_code, '
    "upper(source_country) AS f_source_country, upper(target_country) AS f_target_country, "
    f"NOT ({NOT_DUPLICATE}) AS f_duplicate, contexts"
)
_BATCH = 10_000
_ARROW_BATCH = 100_000
_NO_DATE = np.iinfo(np.int32).min
_EPOCH_ORDINAL = 719_163  # date(1970, 1, 1).toordinal(): Arrow date32 counts days from there
_NONE = np.zeros(0, dtype=np.int32)


class _Column:
    """A string column as integer codes into its distinct values (None is code -1)."""

    def __init__(self, n: int) -> None:
        self.codes = np.full(n, -1, dtype=np.int32)
        self.index: dict[str, int] = {}

    def put(self, positions: np.ndarray, values: pa.Array) -> None:
        """Set the values of a batch of rows at their positions (one dictionary encoding per batch)."""
        encoded = pc.dictionary_encode(values.cast(pa.string()))
        if isinstance(encoded, pa.ChunkedArray):
            encoded = encoded.combine_chunks()
        known = np.array([self.index.setdefault(v, len(self.index)) for v in encoded.dictionary.to_pylist()]
                         + [-1], dtype=np.int32)  # fmt: skip
        local = encoded.indices.fill_null(len(known) - 1).to_numpy(zero_copy_only=False)
        self.codes[positions] = known[local]

    def equals(self, value: str) -> np.ndarray:
        return self.codes == self.index.get(value, -2)

    def starts_with(self, prefix: str) -> np.ndarray:
        return np.isin(self.codes, [code for v, code in self.index.items() if v.startswith(prefix)])

    def isin(self, values: list[str]) -> np.ndarray:
        return np.isin(self.codes, [self.index[v] for v in values if v in self.index])

    def has_item(self, item: str) -> np.ndarray:
        """Rows whose comma-separated value lists ``item`` (the contexts column)."""
        return np.isin(self.codes, [code for v, code in self.index.items() if item in v.split(",")])


@dataclass
class EventSnapshot:
    """Every stored event (all modalities, duplicates flagged) in ``ORDER_BY`` order."""

    events_json: list[bytes] | None  # None: index only, rows are read by row id
    rowids: np.ndarray  # the events table's row id at each position
    day: np.ndarray  # proleptic ordinal of the event date; _NO_DATE when unknown
    columns: dict[str, _Column]
    duplicate: np.ndarray
    nbytes: int  # the events' JSON
    terms: dict[str, np.ndarray] = field(default_factory=dict)  # word -> sorted positions (search ``q``)

    @classmethod
    def build(cls, store: Store, max_bytes: int, *, index_only: bool = False) -> EventSnapshot | None:
        """Read every event once; None if their JSON would pass ``max_bytes`` (unless ``index_only``).

        Only the row ids are sorted (a sort of every column would leave DuckDB holding
        several times the snapshot's memory); the rows are then read in storage order and
        each is put at its place in the page order.
        """
        with store.arrow_reader(f"SELECT rowid AS r FROM events {ORDER_BY}", batch_rows=_ARROW_BATCH) as reader:
            rowids = np.concatenate([b.column(0).to_numpy() for b in reader] or [np.zeros(0, np.int64)])
        n = len(rowids)
        position = np.full(int(rowids.max()) + 1 if n else 0, -1, dtype=np.int64)
        position[rowids] = np.arange(n)
        events_json = None if index_only else _events_json(store, position, n, max_bytes)
        if not index_only and events_json is None:
            return None
        day = np.full(n, _NO_DATE, dtype=np.int32)
        duplicate = np.zeros(n, dtype=bool)
        columns = {name: _Column(n) for name in _STRINGS}
        sql = f'SELECT rowid AS r, "date", {_FILTER_COLUMNS}, doc_id, modality, date_precision FROM events'
        with store.arrow_reader(sql, batch_rows=_ARROW_BATCH) as reader:
            for batch in reader:
                at = position[batch.column("r").to_numpy()]
                dates = batch.column("date").cast(pa.int32())
                known = dates.is_valid().to_numpy(zero_copy_only=False)
                ordinal = dates.fill_null(0).to_numpy(zero_copy_only=False).astype(np.int64) + _EPOCH_ORDINAL
                day[at] = np.where(known, ordinal, _NO_DATE)
                duplicate[at] = batch.column("f_duplicate").fill_null(False).to_numpy(zero_copy_only=False)
                for name, column in _STRINGS.items():
                    columns[name].put(at, batch.column(column))
        size = sum(len(e) for e in events_json) if events_json is not None else 0
        return cls(events_json=events_json, rowids=rowids, day=day, columns=columns, duplicate=duplicate,
                   nbytes=size, terms=_term_positions(store, position))  # fmt: skip

    def __len__(self) -> int:
        return len(self.rowids)

    @property
    def index_bytes(self) -> int:
        """Memory of everything but the JSON: filter columns, row ids and the word index."""
        arrays = [self.rowids, self.day, self.duplicate, *(c.codes for c in self.columns.values()),
                  *self.terms.values()]  # fmt: skip
        return sum(a.nbytes for a in arrays)

    def select(self, f: EventFilter) -> tuple[np.ndarray, int]:
        """The positions of this page's events (``limit``/``offset``) and how many match in all."""
        found = np.flatnonzero(self._mask(f))
        end = None if f.limit is None else f.offset + f.limit
        return found[f.offset : end], int(found.size)

    def page(self, f: EventFilter) -> tuple[list[bytes], int]:
        """The serialized events of this page (``limit``/``offset``) and how many match in all."""
        if self.events_json is None:
            raise ValueError("an index-only snapshot holds no JSON: read the rows of select() by row id")
        positions, total = self.select(f)
        return [self.events_json[i] for i in positions], total

    def _mask(self, f: EventFilter) -> np.ndarray:
        c = self.columns
        mask = np.ones(len(self), dtype=bool)
        if f.since is not None:
            mask &= (self.day != _NO_DATE) & (self.day >= f.since.toordinal())
        if f.until is not None:
            mask &= (self.day != _NO_DATE) & (self.day <= f.until.toordinal())
        if f.type:
            mask &= c["type"].equals(f.type.upper())
        if f.context:
            mask &= c["contexts"].has_item(f.context)
        if f.actor:
            code = f.actor.upper()
            mask &= c["source_code"].starts_with(code) | c["target_code"].starts_with(code)
        if f.country:
            country = f.country.upper()
            mask &= c["source_country"].equals(country) | c["target_country"].equals(country)
        for term in query_terms(f.q):
            found = np.zeros(len(self), dtype=bool)
            found[self.terms.get(term, _NONE)] = True
            mask &= found
        if f.doc_id is not None:
            mask &= c["doc_id"].equals(f.doc_id)
        if f.modality is not None:
            mask &= c["modality"].isin(f.modality)
        elif not f.all_modalities:
            mask &= c["modality"].equals(Modality.ASSERTED.value)
        if f.date_precision is not None:
            mask &= c["date_precision"].isin(f.date_precision)
        if not f.include_duplicates:
            mask &= ~self.duplicate
        return mask


# snapshot column -> query column (upper-cased by DuckDB where the filter compares upper case)
_STRINGS = {
    "type": "f_type",
    "source_code": "f_source_code",
    "target_code": "f_target_code",
    "source_country": "f_source_country",
    "target_country": "f_target_country",
    "doc_id": "doc_id",
    "modality": "modality",
    "date_precision": "date_precision",
    "contexts": "contexts",
}


def _events_json(store: Store, position: np.ndarray, n: int, max_bytes: int) -> list[bytes] | None:
    """Every event as the API serializes it, at its page position; None as soon as it cannot fit."""
    events_json: list[bytes] = [b""] * n
    size = 0
    sql = f"SELECT rowid AS _rowid, {quoted(EVENT_COLUMNS)} FROM events"
    for seen, row in enumerate(store.iter_rows(sql, batch_rows=_BATCH), start=1):
        event = row_to_event(row).model_dump_json().encode()
        size += len(event)
        if size > max_bytes or (seen == _BATCH and size / seen * n > max_bytes):  # will not fit: stop early
            return None
        events_json[int(position[row["_rowid"]])] = event
    return events_json


def _term_positions(store: Store, position: np.ndarray) -> dict[str, np.ndarray]:
    """Every word of every event's evidence and title -> the sorted positions of those events.

    DuckDB cuts the words (``search.term_postings_sql``, as the SQL filter does) and groups them;
    the row ids are mapped to page positions in one NumPy step per batch.
    """
    terms: dict[str, np.ndarray] = {}
    if not len(position):
        return terms
    with store.arrow_reader(term_postings_sql(), batch_rows=_ARROW_BATCH) as reader:
        for batch in reader:
            lists = batch.column(1)
            flat = position[lists.values.to_numpy(zero_copy_only=False)].astype(np.int32)
            offsets = lists.offsets.to_numpy()
            for i, term in enumerate(batch.column(0).to_pylist()):
                terms[term] = np.sort(flat[offsets[i] : offsets[i + 1]])
    return terms
