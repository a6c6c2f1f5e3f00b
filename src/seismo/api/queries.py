"""The read functions behind the API routes and the dashboard pages.

Each returns a response model from ``schemas``; routes and pages only call them,
so ``/api/events/ID`` and ``/event/ID.json`` are the same data by construction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from seismo import __version__
from seismo.api.analysis import story_of
from seismo.api.errors import ApiError
from seismo.api.params import decode_cursor, encode_cursor
from seismo.api.schemas import (
    DocumentDetail,
    DocumentItem,
    DocumentRef,
    DocumentsPage,
    EventDetail,
    EventsPage,
    EvidenceInText,
    Health,
    Segment,
)
from seismo.models import Article, Event
from seismo.render import flat_event
from seismo.store import EventFilter, Store, Summary
from seismo.store.snapshot import EventSnapshot


def summary_of(store: Store) -> Summary:
    """Store-wide counts, computed once per data version (they only change with a write)."""
    return store.cached("summary", store.summary)


def health(store: Store, writable: bool) -> Health:
    summary = summary_of(store)
    return Health(
        version=__version__,
        read_only=not writable,
        documents=summary.documents,
        duplicate_documents=summary.duplicate_documents,
        events=summary.events,
        events_all=summary.events_all,
    )


def events_page(store: Store, filters: EventFilter, cursor: str | None, limit: int) -> EventsPage:
    """One page of events; ``next_cursor`` is set while more remain."""
    offset = decode_cursor(cursor, filters)
    page = filters.model_copy(update={"limit": limit + 1, "offset": offset})
    events = store.events(page)
    more = len(events) > limit
    return EventsPage(
        events=events[:limit],
        total=store.count_events(filters),
        next_cursor=encode_cursor(filters, offset + limit) if more else None,
    )


def events_page_from_snapshot(
    snapshot: EventSnapshot, filters: EventFilter, cursor: str | None, limit: int, store: Store | None = None
) -> tuple[str, int, str | None]:
    """``events_page`` from a read-only server's in-memory events: (events JSON, total, next cursor).

    An index-only snapshot picks the page in memory and reads its rows from ``store`` by row id.
    """
    offset = decode_cursor(cursor, filters)
    page = filters.model_copy(update={"limit": limit, "offset": offset})
    if snapshot.events_json is None:
        if store is None:
            raise ValueError("an index-only snapshot needs the store to read its rows")
        positions, total = snapshot.select(page)
        items = [e.model_dump_json().encode() for e in store.events_at(snapshot.rowids[positions].tolist())]
    else:
        items, total = snapshot.page(page)
    more = offset + limit < total
    events_json = "[" + b",".join(items).decode() + "]"
    return events_json, total, encode_cursor(filters, offset + limit) if more else None


def events_csv(events: Iterable[Event]) -> str:
    """Flat CSV with the same column names as ``seismo events --format csv``."""
    rows = [flat_event(e) for e in events]
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()


def find_event(store: Store, event_id: str) -> Event:
    """The event with this id (any modality), or a 404."""
    rows = store.query("SELECT doc_id FROM events WHERE event_id = ?", [event_id])
    if rows:
        doc_events = store.events(_whole_document(rows[0]["doc_id"]))
        for event in doc_events:
            if event.event_id == event_id:
                return event
    raise ApiError(404, f"No event with id {event_id!r}")


def _whole_document(doc_id: str) -> EventFilter:
    """Every mention stored for a document: all modalities, even if it is a near-duplicate."""
    return EventFilter(doc_id=doc_id, all_modalities=True, include_duplicates=True)


def find_document(store: Store, doc_id: str) -> Article:
    article = store.document(doc_id)
    if article is None:
        raise ApiError(404, f"No document with id {doc_id!r}")
    return article


def document_ref(article: Article) -> DocumentRef:
    return DocumentRef(
        doc_id=article.doc_id,
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
    )


def evidence_segments(text: str, event: Event) -> tuple[EvidenceInText, list[Segment]]:
    """Locate the evidence sentence in the text and split the text around it.

    The stored offsets are trusted when they point at the sentence; otherwise the
    sentence is searched for, and if it is not in the text at all the whole text is
    one plain segment (``matches_text`` false) rather than a wrong highlight.
    """
    ev = event.evidence
    start, end = ev.start, ev.end
    if not (0 <= start < end <= len(text) and text[start:end] == ev.sentence):
        found = text.find(ev.sentence) if ev.sentence else -1
        if found < 0:
            info = EvidenceInText(sentence=ev.sentence, start=start, end=end, matches_text=False)
            return info, [Segment(text=text)]
        start, end = found, found + len(ev.sentence)
    info = EvidenceInText(sentence=text[start:end], start=start, end=end, matches_text=True)
    parts = [
        Segment(text=text[:start]),
        Segment(text=text[start:end], evidence=True),
        Segment(text=text[end:]),
    ]
    return info, [p for p in parts if p.text]


def event_detail(store: Store, event_id: str) -> EventDetail:
    """An event with its evidence in context and every source that reported its story."""
    event = find_event(store, event_id)
    article = find_document(store, event.doc_id)
    evidence, segments = evidence_segments(article.text, event)
    story = story_of(store, event)
    doc_ids = story.doc_ids if story is not None else [event.doc_id]
    reported_by = [document_ref(a) for a in _articles(store, doc_ids)]
    return EventDetail(
        event=event,
        evidence=evidence,
        document=document_ref(article),
        segments=segments,
        story_id=story.story_id if story is not None else None,
        reported_by=reported_by,
    )


def _articles(store: Store, doc_ids: Iterable[str]) -> list[Article]:
    """Stored articles for these ids, in order, each once (ids no longer stored are skipped)."""
    seen: dict[str, Article] = {}
    for doc_id in doc_ids:
        if doc_id not in seen and (article := store.document(doc_id)) is not None:
            seen[doc_id] = article
    return list(seen.values())


def documents_page(store: Store, limit: int) -> DocumentsPage:
    return DocumentsPage(documents=[DocumentItem.from_row(r) for r in store.documents(limit=limit)])


def document_detail(store: Store, doc_id: str) -> DocumentDetail:
    article = find_document(store, doc_id)
    events = store.events(_whole_document(doc_id))
    return DocumentDetail(
        document=document_ref(article), dateline=article.dateline, text=article.text, events=events
    )
