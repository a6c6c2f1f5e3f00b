"""The dateparser fallback of ``seismo.coding.dates``: only for expressions no rule of ours recognises.

Kept apart so the rules module stays small and dateparser (slow to import) loads only when needed.
docs/dates.md ("Our rules first, dateparser second") says why its answers come last.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["parse_with_dateparser"]


@lru_cache(maxsize=16)
def _dateparser_for(published: dt.date) -> DateDataParser:
    from dateparser.date import DateDataParser  # imported on first use: it is slow to load

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def parse_with_dateparser(key: str, published: dt.date) -> tuple[dt.date, str] | None:
    """(date, dateparser's period) for ``key`` read from ``published``; None when it finds nothing."""
    try:
        data = _dateparser_for(published).get_date_data(key)
    except Exception:  # a third-party heuristic parser: any failure means "unresolvable"
        return None
    if data.date_obj is None:
        return None
    return data.date_obj.date(), str(data.period)
