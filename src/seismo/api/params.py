"""Query parameters shared by the API and the dashboard, validated before any query runs.

Every filter has a type, a pattern or an enum, so a malformed value is a 422 with
the canonical error body and never reaches the store; values that pass are bound
as SQL parameters by ``seismo.store`` (nothing here builds SQL).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from pydantic import BaseModel, BeforeValidator

from seismo.api.errors import ApiError
from seismo.store import EventFilter
from seismo.store.search import MAX_QUERY_CHARS, query_terms

TYPE_PATTERN = r"^[A-Za-z][A-Za-z_]{0,39}$"
ACTOR_PATTERN = r"^[A-Za-z0-9]{1,40}$"
COUNTRY_PATTERN = r"^[A-Za-z]{3}$"
DYAD_PATTERN = r"^[A-Za-z]{3}-[A-Za-z]{3}$"
CURSOR_PATTERN = r"^[A-Za-z0-9_-]{1,200}$"
ID_MAX = 200
MAX_LIMIT = 1000


class Interval(StrEnum):
    day = "day"
    week = "week"


class GroupBy(StrEnum):
    quad = "quad"
    type = "type"
    dyad = "dyad"
    country = "country"


class Precision(StrEnum):
    """How an event's date was found (``seismo.models.DatePrecision``)."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"
    published = "published"


class OutputFormat(StrEnum):
    json = "json"
    csv = "csv"


CONTEXT_PATTERN = r"^[A-Za-z_]{1,40}$"
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_date_only(value: object) -> object:
    """Dates in the URL must be YYYY-MM-DD: pydantic would also read "0" as a Unix timestamp."""
    if isinstance(value, str) and not ISO_DATE.match(value):
        raise ValueError("use an ISO 8601 date, YYYY-MM-DD")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date_only)]
Since = Annotated[IsoDate | None, Query(description="Events on or after this date (YYYY-MM-DD).")]
Until = Annotated[IsoDate | None, Query(description="Events on or before this date (YYYY-MM-DD).")]
TypeParam = Annotated[
    str | None,
    Query(pattern=TYPE_PATTERN, description="PLOVER event type, any case, e.g. ASSAULT."),
]
ActorParam = Annotated[
    str | None,
    Query(pattern=ACTOR_PATTERN, description="Actor code or prefix (source or target), e.g. RUS."),
]
CountryParam = Annotated[
    str | None,
    Query(pattern=COUNTRY_PATTERN, description="ISO3 country of the source or target, e.g. UKR."),
]
AllModalities = Annotated[
    bool, Query(description="Include negated, hypothetical, future and denied mentions.")
]
PrecisionParam = Annotated[
    list[Precision] | None,
    Query(description="Only events whose date was found this way (repeatable): day, week, month, year, "
          "or published (the text gives no date; dated on publication)."),
]
ContextParam = Annotated[
    str | None,
    Query(pattern=CONTEXT_PATTERN, description="PLOVER context of the event, any case, e.g. election, economic, "
          "military (the manual's general contexts, docs/contexts.md); an unknown one is an A004 error listing them."),
]
SearchParam = Annotated[
    str | None,
    Query(max_length=MAX_QUERY_CHARS, description="Words that must all be words of the evidence sentence "
          "or of the document title, any case (Soleimani, \"air strike\")."),
]
MinSources = Annotated[int, Query(ge=1, le=1000, description="Story events reported by at least this many documents.")]
Raw = Annotated[
    bool, Query(description="Count every report instead of story events (one per real event).")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (1-1000).")]
SmallLimit = Annotated[int, Query(ge=1, le=200, description="How many rows (1-200).")]
Cursor = Annotated[
    str | None,
    Query(pattern=CURSOR_PATTERN, description="Opaque cursor from a previous page's next_cursor."),
]
IntervalParam = Annotated[Interval, Query(description="Bucket size.")]
GroupByParam = Annotated[GroupBy, Query(description="What each series is keyed by.")]
FormatParam = Annotated[OutputFormat, Query(description="json (default) or csv.")]
EventId = Annotated[str, Path(min_length=1, max_length=ID_MAX, description="Event id.")]
DocId = Annotated[str, Path(min_length=1, max_length=ID_MAX, description="Document id.")]


async def event_filter(  # async: pure parsing, no reason to hop to the thread pool
    since: Since = None,
    until: Until = None,
    type: TypeParam = None,
    actor: ActorParam = None,
    country: CountryParam = None,
    date_precision: PrecisionParam = None,
) -> EventFilter:
    """The filters every event route shares as one EventFilter (no paging: that is the cursor's job).

    ``all_modalities`` and ``q`` belong to ``/api/events`` only (``events_filter``): story events
    and the counts built on them hold asserted mentions only, and a parameter a route would
    ignore is refused (400) rather than accepted and ignored.
    """
    return EventFilter(
        since=since,
        until=until,
        type=type.upper() if type else None,
        actor=actor.upper() if actor else None,
        country=country.upper() if country else None,
        date_precision=[p.value for p in date_precision] if date_precision else None,
    )


Filters = Annotated[EventFilter, Depends(event_filter)]


async def events_filter(filters: Filters, all_modalities: AllModalities = False, q: SearchParam = None,
                        context: ContextParam = None) -> EventFilter:  # fmt: skip
    """``/api/events``' filters: the shared ones plus ``all_modalities``, the word search ``q`` and the
    PLOVER ``context`` (stories and counts carry no contexts, so only events take it)."""
    try:
        query_terms(q)
    except ValueError as exc:
        raise ApiError(422, "Invalid request parameters", [f"query.q: {exc}"]) from None
    return filters.model_copy(update={"all_modalities": all_modalities, "q": q if q and q.strip() else None,
                                      "context": context.lower() if context else None})


EventsFilters = Annotated[EventFilter, Depends(events_filter)]


def check_query_names(request: Request) -> None:
    """400 for a query parameter the matched route does not take, listing the ones it does.

    A filter that does not exist used to be ignored (``/api/stories?min_sources=2`` returned
    single-source stories, ``?q=Soleimani`` everything). Runs as an app-wide dependency, before
    the route's own parameters are validated.
    """
    route = request.scope.get("route")
    given = set(request.query_params.keys())
    if route is None or not given:
        return
    known = _query_names(route)
    unknown = sorted(given - set(known))
    if unknown:
        supported = ", ".join(known) if known else "none"
        raise ApiError(400, "Unknown query parameter", [
            f"query.{name}: not a parameter of {request.url.path}; supported: {supported}" for name in unknown])


_NAMES: dict[int, list[str]] = {}


def _query_names(route: object) -> list[str]:
    """The query parameter names a route declares, its dependencies' first (the shared filters), in order."""
    key = id(route)
    if key not in _NAMES:
        _NAMES[key] = list(dict.fromkeys(_declared(getattr(route, "dependant", None))))
    return _NAMES[key]


def _declared(dependant: Any) -> list[str]:
    if dependant is None:
        return []
    names = [name for sub in dependant.dependencies for name in _declared(sub)]
    for field in dependant.query_params:
        annotation = field.field_info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):  # a query model (the pages)
            names += [f.alias or n for n, f in annotation.model_fields.items()]
        else:
            names.append(field.alias)
    return names


def parse_dyad(dyad: str) -> tuple[str, str]:
    """ "rus-ukr" -> ("RUS", "UKR"); the route pattern has already checked the shape."""
    source, _, target = dyad.upper().partition("-")
    return source, target


# -- cursors ---------------------------------------------------------------------------------


def _fingerprint(filters: EventFilter) -> str:
    """Ties a cursor to the filters it was made for, so it cannot be replayed on others."""
    data = filters.model_dump_json(exclude={"limit", "offset"})
    return hashlib.sha256(data.encode()).hexdigest()[:12]


def encode_cursor(filters: EventFilter, offset: int) -> str:
    """An opaque, URL-safe token for "the page starting at ``offset`` of these filters"."""
    raw = json.dumps({"o": offset, "f": _fingerprint(filters)}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str | None, filters: EventFilter) -> int:
    """The offset a cursor stands for; 422 if it is garbage or was made for other filters."""
    if cursor is None:
        return 0
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        data = json.loads(base64.urlsafe_b64decode(padded.encode()))
        offset, fingerprint = data["o"], data["f"]
    except (ValueError, TypeError, KeyError):
        raise ApiError(
            422, "Invalid cursor", ["query.cursor: not a cursor from this API"]
        ) from None
    if not isinstance(offset, int) or isinstance(offset, bool) or offset < 0:
        raise ApiError(422, "Invalid cursor", ["query.cursor: not a cursor from this API"])
    if fingerprint != _fingerprint(filters):
        raise ApiError(
            422, "Invalid cursor", ["query.cursor: made for different filters; start again"]
        )
    return offset
