"""EventSnapshot: a read-only store's events in memory, for pages without a query.

A page of events costs DuckDB ~10 ms over 100,000 events however few it returns (a
columnar store reads every column of every row group to find 100 rows, and plans a
39-column query each time). A read-only server's data cannot change while it runs, so it
can hold every event once, serialized as the API sends it, in the order pages use, with
the filter columns as NumPy arrays: a page is then a few array comparisons and a join of
ready JSON (~0.5 ms). The filter semantics are those of ``filters.where_clause``; the
upper-cased columns come from DuckDB's own ``upper`` so both agree on every string, and
``tests/store/test_store_snapshot.py`` checks the two against each other on random filters.
The snapshot is only built while it fits ``max_bytes``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np

from seismo.models import Modality
from seismo.store.filters import NOT_DUPLICATE, ORDER_BY, EventFilter
from seismo.store.rows import EVENT_COLUMNS, quoted, row_to_event

if TYPE_CHECKING:
    from seismo.store.store import Store

_FILTER_COLUMNS = (
    'upper("type") AS f_type, upper(source_code) AS f_source_code, upper(target_code) AS f_target_code, '
    "upper(source_country) AS f_source_country, upper(target_country) AS f_target_country, "
    f"NOT ({NOT_DUPLICATE}) AS f_duplicate"
)
_BATCH = 10_000
_NO_DATE = np.iinfo(np.int32).min


class _Column:
    """A string column as integer codes into its distinct values (None is code -1)."""

    def __init__(self, n: int) -> None:
        self.codes = np.full(n, -1, dtype=np.int32)
        self.index: dict[str, int] = {}

    def set(self, i: int, value: str | None) -> None:
        if value is not None:
            self.codes[i] = self.index.setdefault(value, len(self.index))

    def equals(self, value: str) -> np.ndarray:
        return self.codes == self.index.get(value, -2)

    def starts_with(self, prefix: str) -> np.ndarray:
        return np.isin(self.codes, [code for v, code in self.index.items() if v.startswith(prefix)])

    def isin(self, values: list[str]) -> np.ndarray:
        return np.isin(self.codes, [self.index[v] for v in values if v in self.index])


@dataclass
class EventSnapshot:
    """Every stored event (all modalities, duplicates flagged) in ``ORDER_BY`` order."""

    events_json: list[bytes]
    day: np.ndarray  # proleptic ordinal of the event date; _NO_DATE when unknown
    columns: dict[str, _Column]
    duplicate: np.ndarray
    nbytes: int

    @classmethod
    def build(cls, store: Store, max_bytes: int) -> EventSnapshot | None:
        """Read every event once; None if their JSON would pass ``max_bytes``.

        Only the row ids are sorted (a sort of every column would leave DuckDB holding
        several times the snapshot's memory); the rows are then read in storage order and
        each is put at its place in the page order.
        """
        order = store.query(f"SELECT rowid AS r FROM events {ORDER_BY}")
        place = {row["r"]: i for i, row in enumerate(order)}
        n = len(order)
        events_json: list[bytes] = [b""] * n
        day = np.full(n, _NO_DATE, dtype=np.int32)
        duplicate = np.zeros(n, dtype=bool)
        columns = {name: _Column(n) for name in _STRINGS}
        size = 0
        for seen, row in enumerate(_event_rows(store), start=1):
            event = row_to_event(row).model_dump_json().encode()
            size += len(event)
            if size > max_bytes or (seen == _BATCH and size / seen * n > max_bytes):  # will not fit: stop early
                return None
            i = place[row["_rowid"]]
            events_json[i] = event
            if row["date"] is not None:
                day[i] = row["date"].toordinal()
            duplicate[i] = bool(row["f_duplicate"])
            for name, column in _STRINGS.items():
                columns[name].set(i, row[column])
        return cls(events_json=events_json, day=day, columns=columns, duplicate=duplicate, nbytes=size)

    def __len__(self) -> int:
        return len(self.events_json)

    def page(self, f: EventFilter) -> tuple[list[bytes], int]:
        """The serialized events of this page (``limit``/``offset``) and how many match in all."""
        found = np.flatnonzero(self._mask(f))
        end = None if f.limit is None else f.offset + f.limit
        return [self.events_json[i] for i in found[f.offset : end]], int(found.size)

    def _mask(self, f: EventFilter) -> np.ndarray:
        c = self.columns
        mask = np.ones(len(self), dtype=bool)
        if f.since is not None:
            mask &= (self.day != _NO_DATE) & (self.day >= f.since.toordinal())
        if f.until is not None:
            mask &= (self.day != _NO_DATE) & (self.day <= f.until.toordinal())
        if f.type:
            mask &= c["type"].equals(f.type.upper())
        if f.actor:
            code = f.actor.upper()
            mask &= c["source_code"].starts_with(code) | c["target_code"].starts_with(code)
        if f.country:
            country = f.country.upper()
            mask &= c["source_country"].equals(country) | c["target_country"].equals(country)
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
}


def _event_rows(store: Store) -> Iterator[dict[str, Any]]:
    """Every event with its row id and the filter columns, in storage order, a batch at a time."""
    sql = f"SELECT rowid AS _rowid, {quoted(EVENT_COLUMNS)}, {_FILTER_COLUMNS} FROM events"
    return store.iter_rows(sql, batch_rows=_BATCH)
