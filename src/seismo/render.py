"""Terminal tables and flat files for events, documents and summaries (used by the CLI)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from rich.table import Table
from rich.text import Text

from seismo.analysis.models import QUAD_NAMES
from seismo.models import Actor, Event
from seismo.store.records import Summary
from seismo.tables import Col, fit_table


def flat_event(event: Event) -> dict[str, Any]:
    """One event as flat columns (the same names as the DuckDB table and Parquet export)."""
    row: dict[str, Any] = {}
    for key, value in event.model_dump(mode="json").items():
        if isinstance(value, dict):
            for sub, subval in value.items():
                row[f"{key}_{sub}"] = subval
        elif key == "contexts":  # the store's flat column: "economic,election", empty for none
            row[key] = ",".join(value) or None
        elif key in ("source", "target", "attributed_to", "location", "quantity"):
            for sub in _SUBFIELDS[key]:
                row[f"{key}_{sub}"] = None
        else:
            row[key] = value
    return row


_SUBFIELDS = {
    "source": ("name", "code", "country", "agent", "igo", "reason"),
    "target": ("name", "code", "country", "agent", "igo", "reason"),
    "attributed_to": ("name", "code", "country", "agent", "igo", "reason"),
    "location": ("name", "country", "lat", "lon"),
    "quantity": ("value", "unit"),
}


def write_flat(events: list[Event], fmt: str, output: Path | BinaryIO) -> None:
    """CSV or Parquet of flat event rows, through pyarrow (readable without seismo)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([flat_event(e) for e in events])
    if fmt == "csv":
        pacsv.write_csv(table, output)
    else:
        pq.write_table(table, output)


EVENT_COLUMNS = (
    Col("date", essential=True), Col("type", essential=True), Col("source", essential=True),
    Col("target", essential=True), Col("modality", essential=True), Col("event_id", essential=True),
    Col("evidence", priority=1, flexible=True, min_width=24, max_width=90, wrap=False), Col("mode", priority=2),
    Col("where", priority=3), Col("qty", priority=4),
)  # fmt: skip


def actor_cell(actor: Actor | None) -> Text:
    """An actor code, whole; an unresolved actor's name, which may wrap."""
    if actor is None:
        return Text("", no_wrap=True)
    if actor.code:
        return Text(actor.code, no_wrap=True)
    return Text(f"? {actor.name}")


def events_table(events: list[Event], width: int, title: str | None = None,
                 all_modalities: bool = False) -> Table:
    """Events with whole dates, types, actor codes and event ids at any width (80 columns too).

    The modality column is shown with ``all_modalities`` (otherwise every row is asserted).
    """
    columns = [c for c in EVENT_COLUMNS if all_modalities or c.name != "modality"]
    rows = []
    for e in events:
        where = e.location.name if e.location else ""
        qty = f"{e.quantity.value:,.0f} {e.quantity.unit or ''}".strip() if e.quantity else ""
        cells: dict[str, Any] = {
            "date": str(e.date or ""), "type": e.type, "source": actor_cell(e.source),
            "target": actor_cell(e.target), "modality": e.modality.value, "event_id": e.event_id,
            "evidence": e.evidence.sentence, "mode": e.mode or "", "where": where, "qty": qty,
        }  # fmt: skip
        rows.append([cells[c.name] for c in columns])
    return fit_table(title or f"{len(events)} events", columns, rows, width)


def documents_table(rows: list[Any], width: int) -> Table:
    columns = [Col("doc_id", essential=True), Col("published", essential=True),
               Col("asserted events", essential=True, justify="right"), Col("outlet", priority=2),
               Col("title", priority=1, flexible=True, min_width=16, wrap=False)]  # fmt: skip
    cells = [[Text(r.doc_id), str(r.published or ""), str(r.n_events), r.outlet or "", r.title or ""]
             for r in rows]  # fmt: skip
    return fit_table(f"{len(rows)} documents", columns, cells, width)


def rejections_table(rows: list[Any], width: int) -> Table:
    columns = [Col("code", essential=True), Col("source", priority=1, flexible=True, min_width=12),
               Col("reason", priority=0, flexible=True, min_width=20)]  # fmt: skip
    cells = [[r.code, r.source, r.reason.removeprefix(f"{r.code} ")] for r in rows]
    return fit_table(f"{len(rows)} rejected inputs", columns, cells, width)


def summary_table(summary: Summary) -> Table:
    """Store counts, each saying what it counts (asserted events of original documents, or all)."""
    table = Table(title="summary")
    table.add_column("what")
    table.add_column("count", justify="right")
    add = table.add_row
    add("documents (all, near-duplicate copies included)", str(summary.documents))
    add("  near-duplicate copies (their events are not counted)", str(summary.duplicate_documents))
    add("rejected inputs", str(summary.rejections))
    add("events (asserted, original documents: what counts)", str(summary.events))
    add("event mentions stored (all modalities, copies included)", str(summary.events_all))
    for modality, n in summary.events_by_modality.items():
        add(f"  {modality} (original documents)", str(n))
    for type_, n in summary.events_by_type.items():
        add(f"asserted events: {type_}", str(n))
    for quad, n in summary.events_by_quad_class.items():
        add(f"asserted events: quad class {quad} ({QUAD_NAMES.get(quad, '?')})", str(n))
    add("first asserted event date", str(summary.first_date or ""))
    add("last asserted event date", str(summary.last_date or ""))
    return table
