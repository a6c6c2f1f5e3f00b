"""Terminal tables and flat files for events, documents and summaries (used by the CLI)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table

from seismo.models import Actor, Event


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return ""
    return actor.code or f"? {actor.name}"


def flat_event(event: Event) -> dict[str, Any]:
    """One event as flat columns (the same names as the DuckDB table and Parquet export)."""
    row: dict[str, Any] = {}
    for key, value in event.model_dump(mode="json").items():
        if isinstance(value, dict):
            for sub, subval in value.items():
                row[f"{key}_{sub}"] = subval
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


def write_flat(events: list[Event], fmt: str, output: Path) -> None:
    """CSV or Parquet of flat event rows, through pyarrow (readable without seismo)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    table = pa.Table.from_pylist([flat_event(e) for e in events])
    if fmt == "csv":
        pacsv.write_csv(table, output)
    else:
        pq.write_table(table, output)


def events_table(events: list[Event]) -> Table:
    table = Table(title=f"{len(events)} events", show_lines=False)
    for col in ("date", "type", "mode", "source", "target", "modality", "where", "qty", "evidence"):
        if col == "evidence":
            table.add_column(col, overflow="ellipsis", no_wrap=True, max_width=70)
        else:
            table.add_column(col, no_wrap=True)
    for e in events:
        where = e.location.name if e.location else ""
        qty = f"{e.quantity.value:,.0f} {e.quantity.unit or ''}".strip() if e.quantity else ""
        snippet = e.evidence.sentence if len(e.evidence.sentence) < 110 else e.evidence.sentence[:107] + "..."
        table.add_row(str(e.date or ""), e.type, e.mode or "", _actor(e.source), _actor(e.target),
                      e.modality.value, where, qty, snippet)
    return table


def documents_table(rows: list[Any]) -> Table:
    table = Table(title=f"{len(rows)} documents")
    for col in ("doc_id", "published", "outlet", "title", "events"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r.doc_id, str(r.published or ""), r.outlet or "", (r.title or "")[:70], str(r.n_events))
    return table


def rejections_table(rows: list[Any]) -> Table:
    table = Table(title=f"{len(rows)} rejected inputs")
    for col in ("source", "code", "reason"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r.source, r.code, r.reason)
    return table


def summary_table(summary: Any) -> Table:
    table = Table(title="summary")
    table.add_column("what")
    table.add_column("count", justify="right")
    for key, value in summary.model_dump().items():
        if isinstance(value, dict):
            for sub, n in value.items():
                table.add_row(f"{key}: {sub}", str(n))
        else:
            table.add_row(key, str(value))
    return table
