"""The ``/api`` routes: thin shells that validate, call one function and return its model."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response

from seismo.analysis.choices import check_filters
from seismo.api import queries
from seismo.api.auth import WriteAccess
from seismo.api.deps import StoreDep, writable
from seismo.api.errors import error_responses
from seismo.api.params import Cursor, DocId, EventId, EventsFilters, FormatParam, Limit, OutputFormat
from seismo.api.schemas import (
    DocumentDetail,
    DocumentsPage,
    EventDetail,
    EventsPage,
    Health,
    IngestRequest,
    IngestResult,
    json_with_list,
)
from seismo.api.writes import prepare_documents, store_prepared

router = APIRouter(prefix="/api", tags=["api"], responses=error_responses(500, 503))
CSV_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"}}}, "description": "Events"}
}


@router.get("/health", response_model=Health)
def get_health(request: Request, store: StoreDep) -> Health:
    """Liveness plus store counts; ``read_only`` says whether writes are possible."""
    return queries.health(store, writable(request))


@router.get(
    "/events",
    response_model=EventsPage,
    responses={**CSV_RESPONSE, **error_responses(422)},
)
def list_events(
    request: Request,
    store: StoreDep,
    filters: EventsFilters,
    cursor: Cursor = None,
    limit: Limit = 100,
    format: FormatParam = OutputFormat.json,
) -> Any:
    """Events matching the filters of ``seismo events`` (``q``: words of the evidence or title), oldest
    first, a page at a time."""
    check_filters(store, filters)
    snapshot = request.app.state.snapshot
    if snapshot is not None and format is OutputFormat.json:  # a read-only server's events in memory
        events_json, total, next_cursor = queries.events_page_from_snapshot(snapshot, filters, cursor, limit, store)
        envelope = EventsPage(events=[], total=total, next_cursor=next_cursor,
                              next_url=_next_url(request, next_cursor))  # fmt: skip
        return Response(json_with_list(envelope, "events", events_json), media_type="application/json")
    page = queries.events_page(store, filters, cursor, limit)
    next_url = _next_url(request, page.next_cursor)
    if format is OutputFormat.csv:
        headers = {"Link": f'<{next_url}>; rel="next"'} if next_url else {}
        return Response(queries.events_csv(page.events), media_type="text/csv", headers=headers)
    page.next_url = next_url
    # already a validated EventsPage: serialize it once, without FastAPI validating it again
    return Response(page.model_dump_json(), media_type="application/json")


def _next_url(request: Request, cursor: str | None) -> str | None:
    if cursor is None:
        return None
    url = request.url.include_query_params(cursor=cursor)
    return f"{url.path}?{url.query}"


@router.get("/events/{event_id}", response_model=EventDetail, responses=error_responses(404, 422))
def get_event(store: StoreDep, event_id: EventId) -> EventDetail:
    """One event with its evidence sentence in the document text and every source reporting it."""
    return queries.event_detail(store, event_id)


@router.get("/documents", response_model=DocumentsPage, responses=error_responses(422))
def list_documents(store: StoreDep, limit: Limit = 100) -> DocumentsPage:
    """Stored documents (without text) with their asserted-event counts."""
    return queries.documents_page(store, limit)


@router.get(
    "/documents/{doc_id}", response_model=DocumentDetail, responses=error_responses(404, 422)
)
def get_document(store: StoreDep, doc_id: DocId) -> DocumentDetail:
    """One document with its full text and all its coded mentions."""
    return queries.document_detail(store, doc_id)


@router.post(
    "/documents",
    response_model=IngestResult,
    dependencies=[WriteAccess],
    responses=error_responses(400, 401, 403, 413, 422, 429),
)
async def post_documents(request: Request, body: IngestRequest) -> IngestResult:
    """Ingest one or many documents (needs the API key): parsed, coded and stored by one writer."""
    state = request.app.state
    prepared = await state.coder.run(
        prepare_documents, state.reader, body.documents, state.settings, state.code
    )
    result: IngestResult = await state.writer.run(store_prepared, state.store, prepared)
    return result
