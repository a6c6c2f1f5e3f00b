"""Workbench routes: the lists, their downloads, the map and the document page.

``/events``, ``/stories`` and ``/documents`` are HTML; ``.json`` is the same data and
``.csv``/``.parquet`` every row of the current filter (``seismo.analysis.export``, the
writer of ``seismo export``). ``/map`` draws the located events on a bundled world outline
(``static/map.js``). ``/document/ID`` is ``/api/documents/ID`` as a page.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import FileResponse, HTMLResponse
from starlette.background import BackgroundTask

from seismo.analysis.export import export
from seismo.api import analysis, queries
from seismo.api.deps import StoreDep
from seismo.api.errors import error_responses
from seismo.api.params import DocId
from seismo.api.schemas import DocumentDetail
from seismo.store import Store
from seismo.web import browse
from seismo.web.views import HTML_PAGE, render

router = APIRouter(tags=["dashboard"], responses=error_responses(422, 500, 503))


class Download(StrEnum):
    csv = "csv"
    parquet = "parquet"


MEDIA_TYPES = {Download.csv: "text/csv; charset=utf-8", Download.parquet: "application/vnd.apache.parquet"}
FILE_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {t: {"schema": {"type": "string", "format": "binary"}} for t in MEDIA_TYPES.values()},
          "description": "Every row of the current filter"}
}  # fmt: skip

EventFilters = Annotated[browse.EventFilters, Query()]
StoryFilters = Annotated[browse.StoryFilters, Query()]
DocumentFilters = Annotated[browse.DocumentFilters, Query()]


def download(store: Store, what: str, fmt: Download, f: browse.ListFilters) -> FileResponse:
    """The list's rows for the filter as a file, written to a temporary folder removed once sent."""
    folder = Path(tempfile.mkdtemp(prefix="seismo-download-"))
    name = f"seismo-{what}.{fmt.value}"
    try:
        filters = browse.export_filter(what, f)
        min_sources = getattr(f, "min_sources", 1)
        export(store, what, fmt.value, folder / name, filters, min_sources=min_sources)  # type: ignore[arg-type]
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(folder / name, media_type=MEDIA_TYPES[fmt], filename=name,
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))  # fmt: skip


def list_routes(
    what: str, model: type[Any], data_of: Callable[..., Any], filters: Any, docs: tuple[str, str, str]
) -> None:
    """Register ``/WHAT.json``, ``/WHAT.{fmt}`` and ``/WHAT`` for one list.

    The three lists differ only in names, models and docs; ``name`` and ``description`` keep
    the OpenAPI operations those of the former hand-written routes.
    """
    data_type = Annotated[model, Depends(data_of)]

    def as_json(data: Any) -> Any:
        return data

    def as_file(store: Store, fmt: Download, filters: Any) -> FileResponse:
        return download(store, what, fmt, filters)

    def as_page(request: Request, data: Any) -> HTMLResponse:
        return render(request, f"{what}.html", data, quad_of=analysis.quad_label)

    as_json.__annotations__ = {"data": data_type, "return": model}
    as_file.__annotations__ = {"store": StoreDep, "fmt": Download, "filters": filters, "return": FileResponse}
    as_page.__annotations__ = {"request": Request, "data": data_type, "return": HTMLResponse}
    json_doc, file_doc, page_doc = docs
    router.add_api_route(f"/{what}.json", as_json, response_model=model, name=f"{what}_json", description=json_doc)
    router.add_api_route(f"/{what}.{{fmt}}", as_file, response_model=None, responses=FILE_RESPONSE,
                         name=f"{what}_file", description=file_doc)  # fmt: skip
    router.add_api_route(f"/{what}", as_page, response_model=None, responses=HTML_PAGE,
                         name=f"{what}_page", description=page_doc)  # fmt: skip


def events_data(request: Request, store: StoreDep, filters: EventFilters) -> browse.EventsList:
    return browse.events_list(store, filters, request.app.state.snapshot)


def stories_data(store: StoreDep, filters: StoryFilters) -> browse.StoriesList:
    return browse.stories_list(store, filters)


def documents_data(store: StoreDep, filters: DocumentFilters) -> browse.DocumentsList:
    return browse.documents_list(store, filters)


list_routes("events", browse.EventsList, events_data, EventFilters, (
    "The events list's data: a page of event reports, newest first.",
    "Every event report of the filter (all pages) as CSV or Parquet.",
    "Event reports, newest first, filtered by date, type, country, actor and words (q).",
))  # fmt: skip
list_routes("stories", browse.StoriesList, stories_data, StoryFilters, (
    "The stories list's data: a page of story events, newest first.",
    "Every story event of the filter as CSV or Parquet.",
    "Story events (reports of one real event merged), newest first.",
))  # fmt: skip
list_routes("documents", browse.DocumentsList, documents_data, DocumentFilters, (
    "The documents list's data: a page of documents, newest publication first.",
    "Every document of the filter (with its text) as CSV or Parquet.",
    "Stored documents, newest publication first, filtered by date and words of title or text.",
))  # fmt: skip


# -- map and document --------------------------------------------------------------------------


def map_data(store: StoreDep, filters: EventFilters) -> browse.MapData:
    return browse.map_data(store, filters)


MapData = Annotated[browse.MapData, Depends(map_data)]


@router.get("/map.json", response_model=browse.MapData)
def map_json(data: MapData) -> browse.MapData:
    """The map's data: the latest located event reports of the filter."""
    return data


@router.get("/map", response_model=None, responses=HTML_PAGE)
def map_page(request: Request, data: MapData) -> HTMLResponse:
    """Located event reports on a world outline (Natural Earth, bundled), coloured by quad class."""
    return render(request, "map.html", data, quad_of=analysis.quad_label, points=browse.map_points(data.points))


def document_data(store: StoreDep, doc_id: DocId) -> DocumentDetail:
    return queries.document_detail(store, doc_id)


Document = Annotated[DocumentDetail, Depends(document_data)]


@router.get("/document/{doc_id}.json", response_model=DocumentDetail, responses=error_responses(404))
def document_json(data: Document) -> DocumentDetail:
    """The document page's data (the same as /api/documents/{doc_id})."""
    return data


@router.get("/document/{doc_id}", response_model=None, responses=HTML_PAGE)
def document_page(request: Request, data: Document) -> HTMLResponse:
    """A document's text and every event coded from it, each linked to its page."""
    return render(request, "document.html", data, quad_of=analysis.quad_label)
