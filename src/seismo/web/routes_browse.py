"""Workbench routes: the lists, their downloads, the map and the document page.

``/events``, ``/stories`` and ``/documents`` are HTML; ``.json`` is the same data and
``.csv``/``.parquet`` every row of the current filter (``seismo.analysis.export``, the
writer of ``seismo export``). ``/map`` draws the located events on a bundled world outline
(``static/map.js``). ``/document/ID`` is ``/api/documents/ID`` as a page.
"""

from __future__ import annotations

import shutil
import tempfile
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


def _list_page(request: Request, template: str, data: Any) -> HTMLResponse:
    return render(request, template, data, quad_of=analysis.quad_label)


# -- events ------------------------------------------------------------------------------------


def events_data(request: Request, store: StoreDep, filters: EventFilters) -> browse.EventsList:
    return browse.events_list(store, filters, request.app.state.snapshot)


EventsData = Annotated[browse.EventsList, Depends(events_data)]


@router.get("/events.json", response_model=browse.EventsList)
def events_json(data: EventsData) -> browse.EventsList:
    """The events list's data: a page of event reports, newest first."""
    return data


@router.get("/events.{fmt}", response_model=None, responses=FILE_RESPONSE)
def events_file(store: StoreDep, fmt: Download, filters: EventFilters) -> FileResponse:
    """Every event report of the filter (all pages) as CSV or Parquet."""
    return download(store, "events", fmt, filters)


@router.get("/events", response_model=None, responses=HTML_PAGE)
def events_page(request: Request, data: EventsData) -> HTMLResponse:
    """Event reports, newest first, filtered by date, type, country, actor and words (q)."""
    return _list_page(request, "events.html", data)


# -- stories -----------------------------------------------------------------------------------


def stories_data(store: StoreDep, filters: StoryFilters) -> browse.StoriesList:
    return browse.stories_list(store, filters)


StoriesData = Annotated[browse.StoriesList, Depends(stories_data)]


@router.get("/stories.json", response_model=browse.StoriesList)
def stories_json(data: StoriesData) -> browse.StoriesList:
    """The stories list's data: a page of story events, newest first."""
    return data


@router.get("/stories.{fmt}", response_model=None, responses=FILE_RESPONSE)
def stories_file(store: StoreDep, fmt: Download, filters: StoryFilters) -> FileResponse:
    """Every story event of the filter as CSV or Parquet."""
    return download(store, "stories", fmt, filters)


@router.get("/stories", response_model=None, responses=HTML_PAGE)
def stories_page(request: Request, data: StoriesData) -> HTMLResponse:
    """Story events (reports of one real event merged), newest first."""
    return _list_page(request, "stories.html", data)


# -- documents ---------------------------------------------------------------------------------


def documents_data(store: StoreDep, filters: DocumentFilters) -> browse.DocumentsList:
    return browse.documents_list(store, filters)


DocumentsData = Annotated[browse.DocumentsList, Depends(documents_data)]


@router.get("/documents.json", response_model=browse.DocumentsList)
def documents_json(data: DocumentsData) -> browse.DocumentsList:
    """The documents list's data: a page of documents, newest publication first."""
    return data


@router.get("/documents.{fmt}", response_model=None, responses=FILE_RESPONSE)
def documents_file(store: StoreDep, fmt: Download, filters: DocumentFilters) -> FileResponse:
    """Every document of the filter (with its text) as CSV or Parquet."""
    return download(store, "documents", fmt, filters)


@router.get("/documents", response_model=None, responses=HTML_PAGE)
def documents_page(request: Request, data: DocumentsData) -> HTMLResponse:
    """Stored documents, newest publication first, filtered by date and words of title or text."""
    return _list_page(request, "documents.html", data)


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
