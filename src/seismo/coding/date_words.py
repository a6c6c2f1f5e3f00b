"""The words dates are read with: weekday names, count words, day offsets and named dates (dates.yaml).

The finder (``coding.date_finder``) builds its patterns from them and the rules (``coding.date_rules``)
read them back; month names come from ``seismo.ingest.dates``, shared with publication dates. Kept in one
place so that a word a user adds to dates.yaml is both found and resolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from seismo.errors import CodingError, Errors
from seismo.ingest.dates import MONTH_ABBREVIATIONS, MONTH_NAMES

__all__ = ["ABBREVIATIONS", "COUNT_WORDS", "DAY_OFFSETS", "MONTHS", "MONTH_NUM", "NAMED_DAYS", "NAMED_PHRASES",
           "VOCABULARY_PATH", "WEEKDAYS", "alt"]  # fmt: skip

VOCABULARY_PATH = Path(__file__).parent / "dictionaries" / "dates.yaml"
_KEYS = ("weekdays", "counts", "day_offsets")  # month names: seismo.ingest.dates, shared with publication dates


def _load_vocabulary(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        missing = [key for key in _KEYS if key not in data]
    except (OSError, yaml.YAMLError, TypeError) as exc:
        raise CodingError(Errors.C001.format(path=path, detail=exc), "C001") from exc
    if missing:
        raise CodingError(Errors.C001.format(path=path, detail=f"missing {missing}"), "C001")
    return dict(data)


_VOCAB = _load_vocabulary(VOCABULARY_PATH)
WEEKDAYS: tuple[str, ...] = tuple(_VOCAB["weekdays"])
MONTHS: tuple[str, ...] = MONTH_NAMES
ABBREVIATIONS: dict[str, int] = MONTH_ABBREVIATIONS
MONTH_NUM: dict[str, int] = {m: i + 1 for i, m in enumerate(MONTHS)} | ABBREVIATIONS
COUNT_WORDS: dict[str, int] = _VOCAB["counts"]
DAY_OFFSETS: dict[str, int] = _VOCAB["day_offsets"]


def _named_dates(entries: dict[str, Any]) -> tuple[dict[tuple[int, int], dt.date], dict[str, dt.date]]:
    """Split ``named_dates`` into month-day names ("september 11") and fixed phrases ("9/11")."""
    by_day: dict[tuple[int, int], dt.date] = {}
    phrases: dict[str, dt.date] = {}
    for key, day in (entries or {}).items():
        if not isinstance(day, dt.date):
            raise CodingError(Errors.C001.format(path=VOCABULARY_PATH, detail=f"named date {key!r}"), "C001")
        words = str(key).lower().split()
        if len(words) == 2 and words[0] in MONTH_NUM and words[1].isdigit():
            by_day[(MONTH_NUM[words[0]], int(words[1]))] = day
        else:
            phrases[" ".join(words)] = day
    return by_day, phrases


NAMED_DAYS, NAMED_PHRASES = _named_dates(_VOCAB.get("named_dates") or {})


def alt(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first: "Sept" before "Sep"."""
    return "|".join(sorted(words, key=len, reverse=True))
