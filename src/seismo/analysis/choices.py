"""The values a filter may take, so a misspelt one is an error that lists them instead of 0 rows.

``--type BOMB`` used to return no events and exit 0, as if there were none. Contexts are the PLOVER
manual's general contexts plus those of the user's context files (``config.known_contexts``). Event types are
the PLOVER types of the coder's dictionary (read as data: this imports no spaCy) plus any type
stored in the database; countries are the ISO 3166-1 alpha-3 codes of the knowledge base plus
any country stored. The CLI and the API call ``check_filters`` before they query.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Sequence
from pathlib import Path

import yaml

from seismo.config import known_contexts
from seismo.errors import AnalysisError, Errors
from seismo.store import EventFilter, Store

_PACKAGE = Path(__file__).resolve().parents[1]
TYPES_FILE = _PACKAGE / "coding" / "dictionaries" / "types.yaml"
COUNTRIES_FILE = _PACKAGE / "kb" / "data" / "countries.csv"
EXTRA_COUNTRIES_FILE = _PACKAGE / "kb" / "data" / "countries_extra.yaml"


@functools.cache
def event_types() -> tuple[str, ...]:
    """The PLOVER event types seismo codes, in the dictionary's order."""
    with TYPES_FILE.open(encoding="utf-8") as fh:
        return tuple(yaml.safe_load(fh))


@functools.cache
def iso3_codes() -> frozenset[str]:
    """Every country code of the knowledge base (ISO3, plus Kosovo's XKX and the like)."""
    with COUNTRIES_FILE.open(encoding="utf-8", newline="") as fh:
        codes = {row["iso3"].strip().upper() for row in csv.DictReader(fh) if row.get("iso3")}
    if EXTRA_COUNTRIES_FILE.exists():
        with EXTRA_COUNTRIES_FILE.open(encoding="utf-8") as fh:
            extra = yaml.safe_load(fh) or {}
        codes |= {str(code).upper() for code in (extra.get("countries") or {})}
    return frozenset(codes)


def stored_values(store: Store) -> tuple[list[str], list[str]]:
    """(event types, countries) present in the store's events, sorted; kept per data version."""

    def compute() -> tuple[list[str], list[str]]:
        types = [r["t"] for r in store.query('SELECT DISTINCT upper("type") AS t FROM events ORDER BY 1')]
        countries = store.query(
            "SELECT DISTINCT c FROM (SELECT upper(source_country) AS c FROM events UNION ALL "
            "SELECT upper(target_country) FROM events) WHERE c IS NOT NULL ORDER BY c"
        )
        return [t for t in types if t], [r["c"] for r in countries]

    return store.cached("stored_filter_values", compute)


def check_type(value: str | None, stored: Sequence[str] = ()) -> None:
    """A004 for an event type that is neither a PLOVER type nor stored."""
    if value is None:
        return
    known = [*event_types(), *(t for t in stored if t not in event_types())]
    if value.upper() not in known:
        raise AnalysisError(Errors.A004.format(what="event type", value=value, choices=", ".join(known)), "A004")


def check_country(value: str | None, stored: Sequence[str] = ()) -> None:
    """A008 for a country that is not an ISO3 code (the stored countries are listed)."""
    if value is None:
        return
    if value.upper() not in iso3_codes() and value.upper() not in stored:
        choices = ", ".join(stored) if stored else "none yet (codes look like RUS, UKR, USA)"
        raise AnalysisError(Errors.A008.format(value=value, choices=choices), "A008")


def check_context(value: str | None) -> None:
    """A004 for a context that is not one of the manual's (or of the user's context files)."""
    if value is None or not value.strip():
        return
    known = known_contexts()
    if value.strip().lower() not in known:
        raise AnalysisError(Errors.A004.format(what="context", value=value, choices=", ".join(known)), "A004")


def check_filters(store: Store, filters: EventFilter) -> None:
    """Refuse an unknown event type, context or country before any query runs (A004, A008)."""
    check_context(filters.context)
    if filters.type is None and filters.country is None:
        return
    types, countries = stored_values(store)
    check_type(filters.type, types)
    check_country(filters.country, countries)
