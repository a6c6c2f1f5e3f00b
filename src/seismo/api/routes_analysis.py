"""The ``/api`` routes over the analysis stage: stories, dyads, time series and alerts."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from seismo.analysis.choices import check_filters
from seismo.api import analysis
from seismo.api.deps import StoreDep
from seismo.api.errors import error_responses
from seismo.api.params import (
    Filters,
    GroupBy,
    GroupByParam,
    Interval,
    IntervalParam,
    Limit,
    MinSources,
    Raw,
    Since,
    SmallLimit,
)

router = APIRouter(prefix="/api", tags=["analysis"], responses=error_responses(422, 500, 503))


@router.get("/stories", response_model=analysis.StoriesPage)
def list_stories(
    store: StoreDep, filters: Filters, limit: Limit = 100, min_sources: MinSources = 1
) -> analysis.StoriesPage:
    """Story events: reports of the same real-world event merged, with every source."""
    check_filters(store, filters)
    return analysis.stories_page(store, filters, limit, min_sources)


@router.get("/dyads", response_model=analysis.DyadsPage)
def list_dyads(
    store: StoreDep, filters: Filters, limit: SmallLimit = 20, raw: Raw = False
) -> analysis.DyadsPage:
    """Source-country to target-country pairs with cooperation, conflict and net Goldstein score."""
    check_filters(store, filters)
    return analysis.dyads_page(store, filters, limit, raw)


@router.get("/timeseries", response_model=analysis.TimeseriesPage)
def get_timeseries(
    store: StoreDep,
    filters: Filters,
    interval: IntervalParam = Interval.day,
    by: GroupByParam = GroupBy.quad,
    raw: Raw = False,
) -> Response:
    """Event counts and Goldstein sums per day or week, by quad class, type, dyad or country."""
    check_filters(store, filters)
    body = analysis.timeseries_body(store, filters, interval, by, raw)
    return Response(body, media_type="application/json")


@router.get("/alerts", response_model=analysis.AlertsPage)
def list_alerts(store: StoreDep, since: Since = None, limit: Limit = 100) -> analysis.AlertsPage:
    """Escalation alerts: a dyad or country whose conflict score leaves its own baseline."""
    return analysis.alerts_page(store, since, limit)
