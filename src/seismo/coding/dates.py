"""Event dates: find time expressions in a sentence and resolve them against the article date.

News dates events relative to publication ("on Tuesday", "last weekend", "two days ago"), so
relative expressions resolve against ``Article.published``; when that is unknown they stay
None (seismo never substitutes today's date). Our rules encode the news conventions (past
bias for bare weekdays, weekend/week windows) and run first; dateparser is only a fallback
for what they do not recognise. docs/dates.md lists every convention with examples.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml

from seismo.coding.date_fallback import parse_with_dateparser
from seismo.coding.date_gates import DIGITS, Gate, either, first_words, passes, sentence_words, words
from seismo.coding.date_seasons import SEASON_FIND, SEASON_GATE, SEASON_RULE, season_window
from seismo.errors import CodingError, Errors
from seismo.ingest.dates import MONTH_ABBREVIATIONS, MONTH_NAMES
from seismo.models import DatePrecision

__all__ = ["DateMention", "ResolvedDate", "find_date_expressions", "is_future_expression",
           "named_date", "resolve_anchored", "resolve_date"]  # fmt: skip

FUTURE_HORIZON_DAYS = 183  # a year-less month/day further ahead than this is last year's (nearest occurrence)
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
_WEEKDAYS: tuple[str, ...] = tuple(_VOCAB["weekdays"])
_MONTHS: tuple[str, ...] = MONTH_NAMES
_ABBREVIATIONS: dict[str, int] = MONTH_ABBREVIATIONS
_MONTH_NUM: dict[str, int] = {m: i + 1 for i, m in enumerate(_MONTHS)} | _ABBREVIATIONS
_COUNT_WORDS: dict[str, int] = _VOCAB["counts"]
_DAY_OFFSETS: dict[str, int] = _VOCAB["day_offsets"]


def _named_dates(entries: dict[str, Any]) -> tuple[dict[tuple[int, int], dt.date], dict[str, dt.date]]:
    """Split ``named_dates`` into month-day names ("september 11") and fixed phrases ("9/11")."""
    by_day: dict[tuple[int, int], dt.date] = {}
    phrases: dict[str, dt.date] = {}
    for key, day in (entries or {}).items():
        if not isinstance(day, dt.date):
            raise CodingError(Errors.C001.format(path=VOCABULARY_PATH, detail=f"named date {key!r}"), "C001")
        words = str(key).lower().split()
        if len(words) == 2 and words[0] in _MONTH_NUM and words[1].isdigit():
            by_day[(_MONTH_NUM[words[0]], int(words[1]))] = day
        else:
            phrases[" ".join(words)] = day
    return by_day, phrases


_NAMED_DAYS, _NAMED_PHRASES = _named_dates(_VOCAB.get("named_dates") or {})


@dataclass(frozen=True)
class DateMention:
    """A time expression found in a sentence; ``text == sentence[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ResolvedDate:
    """A calendar date for an expression; spans also give ``window`` (first, last day)."""

    date: dt.date
    precision: DatePrecision
    text: str
    window: tuple[dt.date, dt.date] | None = None


# --- finding ---------------------------------------------------------------------------------
# Month and weekday names must be capitalised ("may", "march" are verbs); keywords are not.


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))  # longest first: "Sept" before "Sep"


_WD = f"(?:{_alt(w.title() for w in _WEEKDAYS)})"
_MON = rf"(?:{_alt(m.title() for m in _MONTHS)}|(?:{_alt(a.title() for a in _ABBREVIATIONS)})\.?)"
_DAYN = r"(?:3[01]|[12]\d|0?[1-9])"
_DAY = rf"{_DAYN}(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"
_YEAR = r"(?:,?\s+(?:19|20)\d\d(?!\d))?"
_YREL = r"(?:,?\s+(?i:of\s+)?(?i:last|this|next)\s+(?i:year)(?!'s))"  # "in January last year"
_LEAD = r"(?:(?i:on|since|until|till|by|before|after|from|through)\s+)?"
_PREFIX = (r"(?:(?i:in|since|until|till|by|before|after|during|from|through|last|next|this"
           r"|early|late|mid|end\s+of)[\s-]+){1,2}")  # fmt: skip
_COUNT = rf"(?:\d{{1,4}}|{_alt(_COUNT_WORDS)}|a\s+few|a\s+couple\s+of|several)"
_UNIT = r"(?:day|week|fortnight|month|year)s?"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_AFTER_NTH = (r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:[A-Z]"
              r"|(?:and|or|at|in|when|after|before|as|but|while|with|the|a)\b))")  # fmt: skip

_NAMED = "".join(rf"|{re.escape(phrase)}(?![/\d])" for phrase in _NAMED_PHRASES)  # "9/11"
_FIND_PATTERNS = [
    rf"\d{{4}}-\d{{2}}-\d{{2}}{_NAMED}",
    rf"{_LEAD}(?:{_WD},?\s+)?{_MON}\s+{_DAY}{_YEAR}",
    rf"{_LEAD}(?:{_WD},?\s+)?(?:(?i:the)\s+)?{_DAY}\s+(?:(?i:of)\s+)?{_MON}{_YEAR}",
    rf"{_PREFIX}{_MON}(?:{_YREL}|{_YEAR})|{_MON}(?:,?\s+(?:19|20)\d\d(?!\d)|{_YREL})",
    rf"{_PREFIX}(?:19|20)\d\d(?!\d)",
    rf"(?:(?i:on|last|next|this\s+coming|this\s+past|this|coming|past|early|late|since|until"
    rf"|by|before|after|from)\s+){{0,2}}{_WD}{_PART}(?:,?\s+(?i:of\s+)?(?i:last|this|next)\s+(?i:week))?",
    rf"(?i:the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|(?:yesterday|tomorrow){_PART}"
    r"|(?:earlier|later)\s+today|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night)",
    r"(?i:(?:(?:early|earlier|late|later|mid)[\s-]+)?(?:last|this|next)\s+(?:week|month|year)"
    r"|(?:earlier|later)\s+in\s+the\s+(?:week|month|year))",  # "earlier in the week": this week
    r"(?i:(?:over|at|on|during)\s+the\s+(?:past\s+)?weekend"
    r"|(?:last|next|this\s+past|this\s+coming|this|past)\s+weekend)",
    rf"(?i:{_COUNT}\s+{_UNIT}\s+(?:ago|earlier|later|before|after))",
    rf"(?i:in\s+{_COUNT}\s+{_UNIT}(?:'?\s*time)?(?!\s+of\b))",
    r"(?i:(?:in\s+)?the\s+(?:coming|next\s+few|past\s+few)\s+(?:days|weeks|months)"
    r"|in\s+recent\s+(?:days|weeks|months)|the\s+(?:day|week|month|year)\s+(?:before|after)"
    r"|the\s+(?:previous|following)\s+(?:day|week|month|year)"
    r"|(?:(?:later|earlier)\s+)?that\s+day|the\s+(?:same|next)\s+(?:day|week))",
    rf"(?i:on\s+the\s+){_DAYN}(?i:st|nd|rd|th){_AFTER_NTH}",
    SEASON_FIND,
]
_G_MON, _G_UNIT = words(_MONTH_NUM), words("day days week weeks fortnight fortnights month months year years")
_GATES: list[Gate] = [  # per pattern above: words each of its matches holds (seismo.coding.date_gates)
    either(words("-"), first_words(_NAMED_PHRASES)), (_G_MON, DIGITS), (_G_MON, DIGITS), (_G_MON,),
    (words("in since until till by before after during from through last next this early late mid end"), DIGITS),
    (words(_WEEKDAYS),), (words("yesterday tomorrow today tonight morning afternoon evening night"),),
    (words("last this next in"), words("week month year")), (words("weekend"),),
    (_G_UNIT, words("ago earlier later before after")), (words("in"), _G_UNIT | {u + "time" for u in _G_UNIT}),
    (words("day days week weeks month months year"),), (words("on"), words("the"), words("st nd rd th"), DIGITS),
    SEASON_GATE,
]  # fmt: skip
_FINDERS = [(re.compile(rf"(?<![\w.,$£€/-])(?:{p})(?!\w)"), g) for p, g in zip(_FIND_PATTERNS, _GATES, strict=True)]
_NAME_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")  # "Theresa May"


def find_date_expressions(text: str) -> list[DateMention]:
    """Time expressions in ``text``, left to right, longest match first, never overlapping."""
    return list(_find(text))


@lru_cache(maxsize=256)
def _find(text: str) -> tuple[DateMention, ...]:
    """Cached: the coder reads each sentence's dates, and its quantities ask again to skip them."""
    found = sentence_words(text)
    spans = sorted(
        {m.span() for finder, gate in _FINDERS if passes(gate, found) for m in finder.finditer(text)},
        key=lambda span: (span[0], -span[1]),
    )
    mentions: list[DateMention] = []
    for start, end in spans:
        if mentions and start < mentions[-1].end:
            continue
        if text.startswith("May", start) and _NAME_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        mentions.append(DateMention(start, end, text[start:end]))
    return tuple(mentions)


# --- building results ------------------------------------------------------------------------


def _day(date: dt.date, text: str) -> ResolvedDate:
    return ResolvedDate(date, "day", text)


def _days(first: dt.date, days: int, text: str) -> ResolvedDate:
    """A week (7 days from Monday) or a weekend (2 days from Saturday): precision "week"."""
    return ResolvedDate(first, "week", text, (first, first + dt.timedelta(days=days - 1)))


def _month(year: int, month: int, text: str) -> ResolvedDate:
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(dt.date(year, month, 1), "month", text,
                        (dt.date(year, month, 1), dt.date(year, month, last)))  # fmt: skip


def _year(year: int, text: str) -> ResolvedDate:
    return ResolvedDate(dt.date(year, 1, 1), "year", text,
                        (dt.date(year, 1, 1), dt.date(year, 12, 31)))  # fmt: skip


def _add_months(year: int, month: int, k: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + k
    return index // 12, index % 12 + 1


def _ymd(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --- resolving: one handler per expression shape ---------------------------------------------

_Match = re.Match[str]
_Result = ResolvedDate | None
# Absolute handlers take ``dt.date | None``; relative ones (flag True in _RULES) a date.
_Handler = Callable[[_Match, Any, str, bool], _Result]


def _on_day_month(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    mon, day = m["mon"], int(m["d"])
    month = int(mon) if mon.isdigit() else _MONTH_NUM[mon]
    if m["y"]:
        date = _ymd(int(m["y"]), month, day)
    elif pub is None:
        return None
    else:  # news convention: same year as publication unless that is far in the future
        date = _ymd(pub.year, month, day)
        if date and future and date < pub:
            date = _ymd(pub.year + 1, month, day)
        elif date and not future and (date - pub).days > FUTURE_HORIZON_DAYS:
            date = _ymd(pub.year - 1, month, day)
    return _day(date, text) if date else None


def _on_month(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    month = _MONTH_NUM[m["mon"]]
    if m["y"]:
        return _month(int(m["y"]), month, text)
    if pub is None:
        return None
    if m["yrel"]:  # "in January last year": that month of the year named
        return _month(pub.year + {"last": -1, "this": 0, "next": 1}[m["yrel"]], month, text)
    year, rel = pub.year, m["rel"]
    if rel == "next":
        year += month <= pub.month
    elif rel == "last":
        year -= month >= pub.month
    elif rel != "this":  # the most recent such month, this one included (or the next one)
        year += (month < pub.month) if future else -(month > pub.month)
    return _month(year, month, text)


def _on_year(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    return _year(int(m["y"]), text)


def _on_weekday(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    wd, rel, today = _WEEKDAYS.index(m["wd"]), m["rel"] or "", pub.weekday()
    if rel in ("last", "this past", "past"):
        back = (today - wd) % 7 or 7
    elif rel in ("next", "this coming", "coming"):
        back = -((wd - today) % 7 or 7)
    elif rel == "this":
        back = today - wd  # same Monday-to-Sunday week
    else:  # on or before publication (on or after when ``future``)
        back = -((wd - today) % 7) if future else (today - wd) % 7
    return _day(pub - dt.timedelta(days=back), text)


def _on_weekday_of_week(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    """ "on Thursday last week": that weekday in the Monday-to-Sunday week named."""
    step = {"last": -1, "this": 0, "next": 1}[m["rel"]]
    monday = pub - dt.timedelta(days=pub.weekday() - 7 * step)
    return _day(monday + dt.timedelta(days=_WEEKDAYS.index(m["wd"])), text)


def _on_named(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    """A fixed name ("9/11"): its day, whatever the publication date."""
    return _day(_NAMED_PHRASES[m["name"]], text)


def _on_keyword(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    return _day(pub + dt.timedelta(days=_DAY_OFFSETS[m["kw"]]), text)


def _on_weekend(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    wd, rel = pub.weekday(), m["rel"]
    back = (wd - 5) % 7  # Saturday of the weekend on or before publication
    if rel == "last":
        back += 7 if wd >= 5 else 0
    elif rel in ("next", "this coming"):
        back = -((5 - wd) % 7 or 7)
    elif future and rel not in ("this past", "past", "the past"):
        back = wd - 5  # the weekend on or after publication
    return _days(pub - dt.timedelta(days=back), 2, text)


def _on_period(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    step, unit = {"last": -1, "this": 0, "next": 1, None: 0}[m["rel"]], m["unit"] or m["unit2"]
    if unit == "week":
        return _days(pub - dt.timedelta(days=pub.weekday() - 7 * step), 7, text)
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, step), text)
    return _year(pub.year + step, text)


def _on_offset(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    n = int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS.get(m["n"])
    if n is None:  # vague: "a few days ago", "several weeks ago"
        return None
    n *= -1 if m["dir"] == "ago" else 1
    unit = m["unit"]
    if unit == "day":
        return _day(pub + dt.timedelta(days=n), text)
    if unit in ("week", "fortnight"):
        days = n * (14 if unit == "fortnight" else 7)
        return ResolvedDate(pub + dt.timedelta(days=days), "week", text)
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, n), text)
    return _year(pub.year + n, text)


def _on_nth(m: _Match, pub: dt.date, text: str, future: bool) -> _Result:
    """ "on the 14th": that day in the nearest month (previous, current, next); ties to the past."""
    day = int(m["d"])
    options = [d for k in (-1, 0, 1) if (d := _ymd(*_add_months(pub.year, pub.month, k), day))]
    options = [d for d in options if d >= pub] if future else options
    best = min(options, key=lambda d: (abs((d - pub).days), d > pub), default=None)
    return _day(best, text) if best else None


def _on_season(m: _Match, pub: dt.date | None, text: str, future: bool) -> _Result:
    """A season: its first day at precision year (the unit that holds three months), its months as window."""
    window = season_window(m, pub, future)
    return ResolvedDate(window[0], "year", text, window) if window else None


_R_WD = f"(?P<wd>{_alt(_WEEKDAYS)})"
_R_ON_WD = rf"(?:(?:{_alt(_WEEKDAYS)}),?\s+)?"
_R_MON = rf"(?P<mon>{_alt(_MONTH_NUM)})\.?"
_R_YEAR = r"(?:,?\s+(?P<y>\d{4}))?"
_R_EDGE = r"(?:(?:early|late|mid|(?:the\s+)?(?:end|start|beginning)\s+of)[\s-]*)?"
_R_COUNT = rf"(?P<n>\d{{1,4}}|{_alt(_COUNT_WORDS)}|a\s+few|a\s+couple\s+of|several)"
_R_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"
_R_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_R_VAGUE = (
    rf"{_R_COUNT}\s+{_R_UNIT}\s+(?:earlier|later|before|after)"
    r"|the\s+(?:day|week|month|year)\s+(?:before|after)"
    r"|the\s+(?:previous|following)\s+(?:day|week|month|year)"
    r"|the\s+(?:coming|next few|past few)\s+(?:days|weeks|months)|recent\s+(?:days|weeks|months)"
    r"|(?:(?:later|earlier)\s+)?that\s+day|the\s+(?:same|next)\s+(?:day|week)"
)
_RULE_TABLE: list[tuple[str, _Handler | None, bool]] = [  # (pattern, handler, needs published)
    (r"(?P<y>\d{4})-(?P<mon>\d{1,2})-(?P<d>\d{1,2})", _on_day_month, False),
    (rf"{_R_ON_WD}{_R_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_R_YEAR}", _on_day_month, False),
    (rf"{_R_ON_WD}(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_R_MON}{_R_YEAR}",
     _on_day_month, False),
    (rf"(?:(?P<rel>last|next|this)\s+)?{_R_EDGE}{_R_MON}(?:{_R_YEAR}|,?\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year)",
     _on_month, False),
    (rf"{_R_EDGE}(?P<y>\d{{4}})", _on_year, False),
    (rf"(?:(?P<rel>last|next|this coming|this past|this|coming|past)\s+)?"
     rf"(?:(?:early|late)\s+(?:on\s+)?)?{_R_WD}{_R_PART}", _on_weekday, True),
    (rf"{_R_WD}{_R_PART},?\s+(?:of\s+)?(?P<rel>last|this|next)\s+week", _on_weekday_of_week, True),
    (rf"(?P<kw>{_alt(_DAY_OFFSETS)}){_R_PART}", _on_keyword, True),
    (r"(?:(?P<rel>last|next|this past|this coming|this|past|the|the past)\s+)weekend",
     _on_weekend, True),
    (r"(?:(?:early|earlier|late|later|mid)[\s-]+)?(?P<rel>last|this|next)\s+"
     r"(?P<unit>week|month|year)|(?:earlier|later)\s+in\s+the\s+(?P<unit2>week|month|year)", _on_period, True),
    (rf"{_R_COUNT}\s+{_R_UNIT}\s+(?P<dir>ago)", _on_offset, True),
    (rf"(?P<dir>in)\s+{_R_COUNT}\s+{_R_UNIT}(?:'?\s*time)?", _on_offset, True),
    (r"the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)", _on_nth, True),
    (SEASON_RULE, _on_season, False),
    (rf"(?P<name>{_alt(re.escape(p) for p in _NAMED_PHRASES) or '(?!)'})", _on_named, False),
    (_R_VAGUE, None, True),  # anchored on another event ("a day earlier") or vague: never resolved
]  # fmt: skip
_RULES = [(re.compile(pattern), handler, relative) for pattern, handler, relative in _RULE_TABLE]

_IN_N = rf"in\s+(?:\d+|{_alt(_COUNT_WORDS)}|a few|a couple of|several)\s+{_UNIT}(?:'?\s*time)?$"
_LEADING = re.compile(  # "in" stays when it means "from now": "in two weeks"
    rf"^(?:(?:on|(?!{_IN_N})in|since|until|till|by|before|after|during|from|through|at|of"
    r"|over)\s+)+"
)
_DATEISH = re.compile(rf"\d|ago|day|week|month|year|fortnight|night|{_alt(_MONTH_NUM)}", re.I)


def _normalise(expr: str) -> str:
    key = " ".join(expr.replace("\u2019", "'").split()).lower().strip(' ,;:!?()"')
    key = re.sub(r"'s$", "", key.rstrip("."))
    return _LEADING.sub("", key)


def resolve_date(
    expr: str, published: dt.date | None, *, prefer: Literal["past", "future"] = "past"
) -> ResolvedDate | None:
    """The date ``expr`` refers to, read as of ``published``; None when it cannot be known.

    Relative expressions need ``published``; absolute ones with a year do not. ``prefer``
    settles bare expressions ("Saturday", "in March", "November 1"): news reports the past,
    so "past" is the default; pass "future" for a sentence about what will happen.
    """
    text = " ".join(expr.split())
    key = _normalise(text)
    for pattern, handler, relative in _RULES:
        m = pattern.fullmatch(key)
        if m:
            if handler is None or (relative and published is None):
                return None
            try:
                return handler(m, published, text, prefer == "future")
            except (OverflowError, ValueError):  # beyond datetime's years 1..9999
                return None
    if published is None or len(key) > 60 or not _DATEISH.search(key):
        return None
    return _resolve_with_dateparser(key, published, text)


def _resolve_with_dateparser(key: str, published: dt.date, text: str) -> ResolvedDate | None:
    if (found := parse_with_dateparser(key, published)) is None:
        return None
    date, period = found
    if period == "month":
        return _month(date.year, date.month, text)
    if period == "year":
        return _year(date.year, text)
    return ResolvedDate(date, "week" if period == "week" else "day", text)


_ANCHOR_SAME = re.compile(r"(?:(?:later|earlier)\s+)?that\s+day|the\s+same\s+day")
_ANCHOR_STEP = re.compile(r"the\s+(?:(?P<back>day\s+before|previous\s+day)|day\s+after|next\s+day|following\s+day)")
_ANCHOR_COUNT = re.compile(rf"{_R_COUNT}\s+(?P<unit>day|week)s?\s+(?P<dir>earlier|before|later|after)")


def resolve_anchored(expr: str, anchor: dt.date) -> ResolvedDate | None:
    """A date told from another event's ("the day before", "two days later", "that day"), read from ``anchor``.

    ``resolve_date`` leaves these unresolved: only the caller knows the event they hang on. The coder
    passes the last day the text named before them (docs/dates.md, "Event dates"). Vague counts ("a few
    days later") stay None; "N weeks later" is a point estimate at precision week, as "N weeks ago" is.
    """
    key, text = _normalise(expr), " ".join(expr.split())
    try:
        if _ANCHOR_SAME.fullmatch(key):
            return _day(anchor, text)
        if m := _ANCHOR_STEP.fullmatch(key):
            return _day(anchor + dt.timedelta(days=-1 if m["back"] else 1), text)
        if (m := _ANCHOR_COUNT.fullmatch(key)) is None:
            return None
        n = int(m["n"]) if m["n"].isdigit() else _COUNT_WORDS.get(m["n"])
        if n is None:
            return None
        days = n * (7 if m["unit"] == "week" else 1) * (-1 if m["dir"] in ("earlier", "before") else 1)
        date = anchor + dt.timedelta(days=days)
    except OverflowError:
        return None
    return _day(date, text) if m["unit"] == "day" else ResolvedDate(date, "week", text)


_MONTH_DAY = re.compile(rf"{_R_ON_WD}{_R_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
                        rf"|(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_alt(_MONTH_NUM)})\.?")


def named_date(expr: str, published: dt.date | None) -> ResolvedDate | None:
    """The day a year-less month-day names when the text uses it as a name ("the Sept. 11 attacks").

    Only the caller knows the shape (a date right before the noun it names); this looks the day up in
    ``named_dates`` (dates.yaml) and returns it when it is not after ``published``, else None, so that
    "the October 7 attack" in a 2019 story stays an ordinary date.
    """
    m = _MONTH_DAY.fullmatch(_normalise(expr))
    if m is None:
        return None
    month = _MONTH_NUM[m["mon"] or m["mon2"]]
    day = _NAMED_DAYS.get((month, int(m["d"] or m["d2"])))
    if day is None or (published is not None and day > published):
        return None
    return _day(day, " ".join(expr.split()))


_FUTURE_CUE = re.compile(
    r"\b(?:tomorrow|(?<!the )next|coming|upcoming|later (?:today|tonight|this)|from now)\b"
    r"|^in\s+(?:\S+\s+){1,3}?(?:days?|weeks?|months?|years?|fortnights?)\b",
    re.I,
)


def is_future_expression(expr: str, published: dt.date | None) -> bool:
    """True when ``expr`` points after publication ("next week", "tomorrow", "February 20")."""
    if _FUTURE_CUE.search(_normalise(expr)):
        return True
    if published is None:
        return False
    resolved = resolve_date(expr, published)
    return resolved is not None and resolved.date > published
