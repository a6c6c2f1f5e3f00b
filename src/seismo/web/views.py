"""Dashboard routes: server-rendered pages, each with a ``.json`` twin carrying the same data.

``/`` and ``/.json``, ``/dyad/RUS-UKR`` and ``/dyad/RUS-UKR.json``, ``/country/RUS`` and
``/country/RUS.json``, ``/event/ID`` and ``/event/ID.json``. Filters are query
parameters, so every view is a shareable link. Templates autoescape everything; the
only script is ``static/app.js`` (the CSP allows no inline script).
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from seismo.api import analysis
from seismo.api.deps import StoreDep
from seismo.api.errors import ErrorBody, error_responses, reason
from seismo.api.params import COUNTRY_PATTERN, DYAD_PATTERN, EventId, parse_dyad
from seismo.config import known_contexts
from seismo.store import Store
from seismo.web import pages
from seismo.web.charts import chart_rows, series_chart

router = APIRouter(tags=["dashboard"], responses=error_responses(422, 500, 503))
# A page answers its errors as HTML pages (web.errors); an address whose last segment looks like a
# file (/dyad/RUS.UKR) gets the JSON body, as data routes do. The HTML routes document both.
_HTML = {"text/html": {"schema": {"type": "string"}}}
HTML_PAGE: dict[int | str, dict[str, Any]] = {
    200: {"content": _HTML, "description": "HTML page"},
    **{s: {"model": ErrorBody, "content": _HTML, "description": f"{reason(s)}: an HTML page (JSON: file-like path)"}
       for s in (400, 404, 422, 500, 503)},
}  # fmt: skip

DyadPath = Annotated[str, Path(pattern=DYAD_PATTERN, description="SRC-TGT, e.g. RUS-UKR.")]
CountryPath = Annotated[str, Path(pattern=COUNTRY_PATTERN, description="ISO3, e.g. RUS.")]
OverviewFilters = Annotated[pages.PageFilters, Query()]
AreaFilters = Annotated[pages.AreaFilters, Query()]


def safe_url(value: Any) -> str | None:
    """Only http(s) links are rendered as links (no ``javascript:`` or ``data:`` URLs)."""
    if not isinstance(value, str):
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value.strip() if scheme in ("http", "https") else None


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("seismo.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.globals["contexts"] = known_contexts  # the context filter's choices (docs/contexts.md)
    return env


templates = Jinja2Templates(env=_environment())


def warm(store: Store) -> None:
    """Compile every template and compute the default overview before the first visitor asks."""
    for name in templates.env.list_templates():
        templates.env.get_template(name)
    if store.stories_current():
        pages.overview_view(store, pages.PageFilters())


def json_twin(request: Request) -> str:
    """The URL of this page's JSON (same query string)."""
    path = request.url.path
    twin = "/.json" if path == "/" else f"{path}.json"
    return f"{twin}?{request.url.query}" if request.url.query else twin


def render(request: Request, template: str, data: Any, **extra: Any) -> HTMLResponse:
    context = {"data": data, "json_url": json_twin(request), **extra}
    response: HTMLResponse = templates.TemplateResponse(request, template, context)
    return response


# -- data dependencies: the HTML page and its .json twin take the same parameters -------------


def overview_data(store: StoreDep, filters: OverviewFilters) -> pages.OverviewData:
    return pages.overview(store, filters)


def overview_view(store: StoreDep, filters: OverviewFilters) -> pages.OverviewView:
    return pages.overview_view(store, filters)


def dyad_data(store: StoreDep, dyad: DyadPath, filters: AreaFilters) -> pages.AreaData:
    source, target = parse_dyad(dyad)
    return pages.dyad(store, source, target, filters)


def country_data(store: StoreDep, country: CountryPath, filters: AreaFilters) -> pages.AreaData:
    return pages.country(store, country.upper(), filters)


def event_data(request: Request, store: StoreDep, event_id: EventId) -> pages.EventPage:
    return pages.event(store, event_id, request.app.state.settings.kb)


Overview = Annotated[pages.OverviewData, Depends(overview_data)]
OverviewView = Annotated[pages.OverviewView, Depends(overview_view)]
Dyad = Annotated[pages.AreaData, Depends(dyad_data)]
Country = Annotated[pages.AreaData, Depends(country_data)]
Event = Annotated[pages.EventPage, Depends(event_data)]


# -- routes (each .json route first: "/dyad/{dyad}" would also match "RUS-UKR.json") ----------


@router.get("/.json", response_model=pages.OverviewData)
def overview_json(data: Overview) -> pages.OverviewData:
    """The overview page's data."""
    return data


@router.get("/", response_model=None, responses=HTML_PAGE)
def overview_page(request: Request, data: OverviewView) -> HTMLResponse:
    """Events over time by quad class, top dyads and latest alerts."""
    query = f"?{request.url.query}" if request.url.query else ""
    return render(request, "overview.html", data, chart_spec=data.chart, query=query)


@router.get("/dyad/{dyad}.json", response_model=pages.AreaData)
def dyad_json(data: Dyad) -> pages.AreaData:
    """The dyad page's data."""
    return data


@router.get("/dyad/{dyad}", response_model=None, responses=HTML_PAGE)
def dyad_page(request: Request, data: Dyad) -> HTMLResponse:
    """Trend of a pair of countries (both directions), its story events and event reports."""
    rows = chart_rows(data.timeseries.rows)
    chart = series_chart(rows, _arrow, kind="line", interval_days=data.filters.interval_days)
    return render(request, "area.html", data, chart_spec=chart, path=request.url.path)


def _arrow(dyad: str) -> str:
    return dyad.replace("-", " → ")


@router.get("/country/{country}.json", response_model=pages.AreaData)
def country_json(data: Country) -> pages.AreaData:
    """The country page's data."""
    return data


@router.get("/country/{country}", response_model=None, responses=HTML_PAGE)
def country_page(request: Request, data: Country) -> HTMLResponse:
    """Trend by quad class of a country's events, its story events and event reports."""
    chart = series_chart(chart_rows(data.timeseries.rows), analysis.quad_label, keys=analysis.QUAD_KEYS,
                         interval_days=data.filters.interval_days)
    return render(request, "area.html", data, chart_spec=chart, path=request.url.path)


@router.get("/event/{event_id}.json", response_model=pages.EventPage, responses=error_responses(404))
def event_json(data: Event) -> pages.EventPage:
    """The event page's data: /api/events/{event_id}, the document's other mentions and why (explain)."""
    return data


@router.get(
    "/event/{event_id}", response_model=None, responses=HTML_PAGE
)
def event_page(request: Request, data: Event) -> HTMLResponse:
    """The evidence in its article, the coded fields, every source, the document's other events and why."""
    quad = analysis.quad_label(data.event.quad_class)
    return render(request, "event.html", data, quad_label=quad, quad_of=analysis.quad_label)


@router.get("/docs", include_in_schema=False, response_model=None)
def docs_page(request: Request) -> HTMLResponse:
    """Swagger UI from the vendored bundle (no CDN; started by static/docs.js)."""
    return templates.TemplateResponse(request, "docs.html", {})
