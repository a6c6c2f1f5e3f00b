"""Readers for the gold sets ``seismo eval`` scores against.

Three formats:

- the common JSONL gold format (``shared/gold/README.md``): one record per line with ``id``,
  ``text``, ``published`` and ``gold`` (``relevant``, ``types``, ``quad``, ``source_countries``,
  ``target_countries``, ``events``); read by :func:`read_gold_jsonl`;
- the PETRARCH-2 unit-test records (``PETR.UnitTest.records.xml``): ``<Sentence date id category>``
  elements with ``<Text>`` and one or more ``<EventCoding sourcecode targetcode eventcode>`` (or
  ``noevents="True"``); read by :func:`read_petrarch_records`;
- the CAMEO -> PLOVER translation table (``CAMEO2PLOVER-2021.txt``, ``code: TYPE, mode, context``
  lines); read by :func:`load_cameo_table` and applied by :func:`cameo_to_plover`.

Readers return typed records and raise :class:`~seismo.errors.InputError` with a coded message that
names the file and line; they never skip a malformed record silently.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from seismo.errors import InputError

BUNDLED_CAMEO_TABLE = Path(__file__).parent / "data" / "CAMEO2PLOVER-2021.txt"
# PLOVER readings of the PETRARCH validation verb file's KEDS/WEIS codes (informational figure)
PETRARCH_READINGS = Path(__file__).parent / "data" / "petrarch_plover_readings.txt"


class EvalErrors:
    """Message templates of the eval readers, by code (candidates for ``seismo.errors.Errors``)."""

    I101 = "{path}: no such gold file; pass a JSONL gold set (see shared/gold/README.md)"
    I102 = (
        "{path}:{line}: malformed gold record ({detail}); "
        "each line is one JSON object with id, text, gold"
    )
    I103 = (
        "{path}: not a PETRARCH unit-test file ({detail}); "
        "pass the folder holding PETR.UnitTest.records.xml"
    )
    I104 = (
        "{path}:{line}: malformed CAMEO->PLOVER line {text!r}; expected 'CODE: TYPE, mode, context'"
    )


# ---------------------------------------------------------------------------------------------
# Common JSONL gold format


@dataclass(frozen=True)
class GoldEvent:
    """One expected event: PLOVER type with the acceptable source and target countries (ISO3)."""

    type: str
    source_countries: tuple[str, ...] = ()
    target_countries: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldLabel:
    """What a record should yield; ``None``: the set does not say (the metric skips the record)."""

    relevant: bool | None
    types: tuple[str, ...] | None
    quad: int | None
    events: tuple[GoldEvent, ...] | None


@dataclass(frozen=True)
class GoldRecord:
    id: str
    text: str
    published: dt.date | None
    gold: GoldLabel
    meta: dict[str, Any] = field(default_factory=dict)


def _countries(value: Any) -> tuple[str, ...]:
    return tuple(str(v).upper() for v in value or ())


def _gold_events(
    gold: dict[str, Any], types: tuple[str, ...] | None
) -> tuple[GoldEvent, ...] | None:
    if gold.get("events") is not None:
        return tuple(
            GoldEvent(
                str(e["type"]).upper(),
                _countries(e.get("source_countries")),
                _countries(e.get("target_countries")),
            )
            for e in gold["events"]
        )
    if types is None:
        return None
    # no per-event list: one event per type with the record-level countries
    return tuple(
        GoldEvent(
            t, _countries(gold.get("source_countries")), _countries(gold.get("target_countries"))
        )
        for t in types
    )


def parse_gold_label(gold: dict[str, Any]) -> GoldLabel:
    """Build a GoldLabel from the ``gold`` object of a record (missing keys mean 'not given')."""
    types = None if gold.get("types") is None else tuple(str(t).upper() for t in gold["types"])
    relevant = gold.get("relevant")
    if relevant is None and types is not None:
        relevant = bool(types)
    quad = gold.get("quad")
    return GoldLabel(
        relevant=None if relevant is None else bool(relevant),
        types=types,
        quad=None if quad is None else int(quad),
        events=_gold_events(gold, types),
    )


def _parse_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    return dt.date.fromisoformat(str(value)[:10])


def parse_gold_record(obj: dict[str, Any]) -> GoldRecord:
    """One JSON object of a gold set -> GoldRecord (KeyError/ValueError/TypeError on bad input)."""
    if not isinstance(obj, dict):
        raise TypeError("not a JSON object")
    text = obj["text"]
    if not isinstance(text, str) or not text.strip():
        raise ValueError("'text' must be a non-empty string")
    return GoldRecord(
        id=str(obj["id"]),
        text=text,
        published=_parse_date(obj.get("published")),
        gold=parse_gold_label(obj.get("gold") or {}),
        meta=dict(obj.get("meta") or {}),
    )


def read_gold_jsonl(path: Path, limit: int | None = None) -> list[GoldRecord]:
    """Read a gold set in the common JSONL format; blank lines allowed, duplicate ids not."""
    path = Path(path)
    if not path.is_file():
        raise InputError(EvalErrors.I101.format(path=path), "I101")
    records: list[GoldRecord] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = parse_gold_record(json.loads(line))
            except (json.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
                detail = f"missing {exc}" if isinstance(exc, KeyError) else str(exc)
                raise InputError(
                    EvalErrors.I102.format(path=path, line=lineno, detail=detail), "I102"
                ) from exc
            if record.id in seen:
                raise InputError(
                    EvalErrors.I102.format(
                        path=path, line=lineno, detail=f"duplicate id {record.id!r}"
                    ),
                    "I102",
                )
            seen.add(record.id)
            records.append(record)
            if limit is not None and len(records) >= limit:
                break
    return records


# ---------------------------------------------------------------------------------------------
# PETRARCH-2 unit-test records

PETRARCH_RECORDS = "PETR.UnitTest.records.xml"
PETRARCH_ACTORS = "PETR.Validate.actors.txt"
PETRARCH_AGENTS = "PETR.Validate.agents.txt"


@dataclass(frozen=True)
class PetrarchCoding:
    """One expected PETRARCH coding: actor codes as written (``---``: no code), event code."""

    source: str
    target: str
    code: str


@dataclass(frozen=True)
class PetrarchRecord:
    id: str
    date: dt.date | None
    category: str
    text: str
    codings: tuple[PetrarchCoding, ...]
    noevents: bool  # noevents="True", or no <EventCoding> at all: PETRARCH must code nothing
    error: str | None = None  # error="storydiscard" etc.: a test of PETRARCH's input handling


def _petrarch_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    value = value.strip()
    try:
        return dt.datetime.strptime(value, "%Y%m%d").date()
    except ValueError:
        return None


def _sentence_record(sentence: ET.Element) -> PetrarchRecord:
    codings: list[PetrarchCoding] = []
    noevents = False
    error = None
    for coding in sentence.findall("EventCoding"):
        attrs = {k.strip(): (v or "").strip() for k, v in coding.attrib.items()}
        if attrs.get("noevents", "").lower() == "true":
            noevents = True
            continue
        if attrs.get("error"):
            error = attrs["error"]
            continue
        if attrs.get("eventcode"):
            codings.append(
                PetrarchCoding(
                    attrs.get("sourcecode", "").upper(),
                    attrs.get("targetcode", "").upper(),
                    attrs["eventcode"].upper(),
                )
            )
    text_el = sentence.find("Text")
    text = " ".join((text_el.text or "").split()) if text_el is not None else ""
    return PetrarchRecord(
        id=sentence.get("id", ""),
        date=_petrarch_date(sentence.get("date")),
        category=sentence.get("category", ""),
        text=text,
        codings=tuple(codings),
        noevents=not codings and (noevents or error is None),
        error=None if codings else error,
    )


def read_petrarch_records(path: Path) -> list[PetrarchRecord]:
    """Read ``PETR.UnitTest.records.xml`` (a folder holding it or the file itself).

    Sentences inside XML comments are not records (the file comments some out); ``<Parse>`` trees
    are ignored because seismo parses the text itself.
    """
    path = Path(path)
    if path.is_dir():
        path = path / PETRARCH_RECORDS
    if not path.is_file():
        raise InputError(EvalErrors.I103.format(path=path, detail="file not found"), "I103")
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(EvalErrors.I103.format(path=path, detail=str(exc)), "I103") from exc
    records = [_sentence_record(s) for s in root.iter("Sentence")]
    if not records:
        raise InputError(EvalErrors.I103.format(path=path, detail="no <Sentence> elements"), "I103")
    return _unique_ids([r for r in records if r.text])


def _unique_ids(records: list[PetrarchRecord]) -> list[PetrarchRecord]:
    """The file repeats a few ids (AGENTS-18, AGENTS-19): later ones get a ``#2``, ``#3`` suffix."""
    seen: dict[str, int] = {}
    out = []
    for record in records:
        n = seen[record.id] = seen.get(record.id, 0) + 1
        out.append(record if n == 1 else replace(record, id=f"{record.id}#{n}"))
    return out


# ---------------------------------------------------------------------------------------------
# CAMEO -> PLOVER

_TABLE_LINE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)\s*(?:,\s*([^,#]*))?")
NO_PLOVER_ROOTS = frozenset({"01", "02"})  # make statement, appeal: no PLOVER type (PLOVER manual)


@dataclass(frozen=True)
class CameoTable:
    """Exact CAMEO code -> (PLOVER type, mode), and root (2 digits) -> type for the fallback."""

    codes: dict[str, tuple[str, str | None]]
    roots: dict[str, str]


def load_cameo_table(path: Path | None = None) -> CameoTable:
    """Read the CAMEO2PLOVER table; a root listed twice (08: CONCEDE, RETREAT) keeps the first."""
    path = Path(path) if path else BUNDLED_CAMEO_TABLE
    codes: dict[str, tuple[str, str | None]] = {}
    roots: dict[str, str] = {}
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", "~")):
            continue
        m = _TABLE_LINE.match(line)
        if not m:
            raise InputError(EvalErrors.I104.format(path=path, line=lineno, text=raw), "I104")
        code, ptype, mode = m.group(1), m.group(2), (m.group(3) or "").strip() or None
        if len(code) == 2:
            roots.setdefault(code, ptype)
        else:
            codes.setdefault(code, (ptype, mode))
    return CameoTable(codes=codes, roots=roots)


def overlay_table(table: CameoTable, readings: CameoTable) -> CameoTable:
    """``table`` with the exact codes of ``readings`` replacing its own."""
    return CameoTable(codes={**table.codes, **readings.codes}, roots=dict(table.roots))


# why a CAMEO code was not mapped (shown with counts by `seismo eval --petrarch`)
UNMAPPED_NO_PLOVER = "CAMEO 01/02 (statement, appeal): no PLOVER type"
UNMAPPED_TEST_ONLY = "test-only code of the validation verb file (not CAMEO)"


def cameo_to_plover(code: str, table: CameoTable) -> tuple[str | None, str | None]:
    """PLOVER type of a CAMEO event code, or ``(None, reason)``.

    Exact code first; else the root (first two digits) when the code is numeric and its root is a
    CAMEO root 03-20 (``1717`` -> ``17`` COERCE); roots 01/02 have no PLOVER equivalent; anything
    else (letters as in ``174K``, roots above 20 as in ``345``, ``802``, ``903``) is a test-only
    code.
    """
    code = code.strip().upper()
    if code in table.codes:
        return table.codes[code][0], None
    if not code.isdigit() or len(code) < 2:
        return None, UNMAPPED_TEST_ONLY
    root = code[:2]
    if root in NO_PLOVER_ROOTS:
        return None, UNMAPPED_NO_PLOVER
    if root in table.roots:
        return table.roots[root], None
    return None, UNMAPPED_TEST_ONLY
