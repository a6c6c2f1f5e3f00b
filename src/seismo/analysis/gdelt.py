"""Story events in the layout of the GDELT 2.0 event table (61 columns, in GDELT's order and names).

One row per story event (``stories``), so ``NumMentions``/``NumSources``/``NumArticles`` count the story's
reports as GDELT counts an event's. ``GDELT_COLUMNS`` is the format as data: (name, Arrow type, SQL over
the ``s`` story row and its member aggregate ``m``), or ``None`` for a column seismo does not code, which
is left empty (NULL). Differences from GDELT (docs/formats.md):

- ``GlobalEventID`` is seismo's ``story_id`` (a stable hex string, joinable to seismo), not an integer;
- country codes are ISO 3166-1 alpha-3 everywhere, also in the ``*Geo_CountryCode`` columns where GDELT
  writes 2-letter FIPS 10-4 codes; ``Actor*CountryCode`` in GDELT are CAMEO country codes, mostly ISO3;
- ``EventCode`` is seismo's CAMEO code, a root-only one ("04") as its "not specified below" code ("040"),
  base and root cut from it; empty where seismo has none;
- TSV strings lose tabs and line breaks (to a space) and double quotes (to ``'``); Parquet keeps them;
- TSV has a header row (GDELT's files have none) and NULL is an empty field, as in GDELT.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from seismo.analysis.stories import ensure_stories, story_where
from seismo.errors import AnalysisError, Errors
from seismo.store import EventFilter, Store

Column = tuple[str, pa.DataType, str | None]
STR, INT, BIG, DBL = pa.string(), pa.int32(), pa.int64(), pa.float64()
_DAY = 'coalesce(s."date", s.first_reported)'
# A root-only CAMEO code ("04") is CAMEO's "not specified below" code of that root ("040"), as GDELT writes it.
_EVENT_CODE = "CASE WHEN length(s.cameo) = 2 THEN s.cameo || '0' ELSE s.cameo END"


def _actor(n: int, role: str) -> list[Column]:
    """The ten Actor{n} columns from a story's ``role`` (source or target) actor."""
    return [
        (f"Actor{n}Code", STR, f"s.{role}_code"),
        (f"Actor{n}Name", STR, f"s.{role}_name"),
        (f"Actor{n}CountryCode", STR, f"s.{role}_country"),
        (f"Actor{n}KnownGroupCode", STR, f"s.{role}_igo"),
        (f"Actor{n}EthnicCode", STR, None),
        (f"Actor{n}Religion1Code", STR, None),
        (f"Actor{n}Religion2Code", STR, None),
        (f"Actor{n}Type1Code", STR, f"s.{role}_agent"),
        (f"Actor{n}Type2Code", STR, None),
        (f"Actor{n}Type3Code", STR, None),
    ]


def _geo(prefix: str, action: bool) -> list[Column]:
    """The eight {prefix}Geo_ columns; seismo locates the action only, not each actor."""
    def has(sql: str) -> str | None:
        return sql if action else None

    return [
        (f"{prefix}Geo_Type", INT, None),
        (f"{prefix}Geo_Fullname", STR, has("s.location_name")),
        (f"{prefix}Geo_CountryCode", STR, has("s.location_country")),
        (f"{prefix}Geo_ADM1Code", STR, None),
        (f"{prefix}Geo_ADM2Code", STR, None),
        (f"{prefix}Geo_Lat", DBL, has("m.lat")),
        (f"{prefix}Geo_Long", DBL, has("m.lon")),
        (f"{prefix}Geo_FeatureID", STR, None),
    ]


GDELT_COLUMNS: tuple[Column, ...] = (
    ("GlobalEventID", STR, "s.story_id"),
    ("Day", INT, f"CAST(strftime({_DAY}, '%Y%m%d') AS INTEGER)"),
    ("MonthYear", INT, f"CAST(strftime({_DAY}, '%Y%m') AS INTEGER)"),
    ("Year", INT, f"year({_DAY})"),
    ("FractionDate", DBL, f"round(year({_DAY}) + dayofyear({_DAY}) / 365.0, 4)"),
    *_actor(1, "source"),
    *_actor(2, "target"),
    ("IsRootEvent", INT, None),
    ("EventCode", STR, _EVENT_CODE),
    ("EventBaseCode", STR, f"left({_EVENT_CODE}, 3)"),
    ("EventRootCode", STR, "left(s.cameo, 2)"),
    ("QuadClass", INT, "s.quad_class"),
    ("GoldsteinScale", DBL, "s.goldstein"),
    ("NumMentions", INT, "s.n_events"),
    ("NumSources", INT, "s.n_sources"),
    ("NumArticles", INT, "len(s.doc_ids)"),
    ("AvgTone", DBL, None),
    *_geo("Actor1", False),
    *_geo("Actor2", False),
    *_geo("Action", True),
    ("DATEADDED", BIG, "CAST(strftime(m.added, '%Y%m%d%H%M%S') AS BIGINT)"),
    ("SOURCEURL", STR, "m.url"),
)
GDELT_NAMES: tuple[str, ...] = tuple(name for name, _, _ in GDELT_COLUMNS)
GDELT_SCHEMA = pa.schema([pa.field(name, kind) for name, kind, _ in GDELT_COLUMNS])
EMPTY_COLUMNS: tuple[str, ...] = tuple(name for name, _, sql in GDELT_COLUMNS if sql is None)

# Per story: where its reports put the action (mean of their coordinates), when the first document was
# stored (DATEADDED) and the earliest report's URL (SOURCEURL).
_MEMBERS = """
SELECT sm.story_id, avg(e.location_lat) AS lat, avg(e.location_lon) AS lon, min(d.ingested_at) AS added,
       arg_min(d.url, coalesce(d.published, DATE '9999-12-31')) FILTER (WHERE d.url IS NOT NULL) AS url
FROM story_members sm JOIN events e USING (event_id) JOIN documents d ON d.doc_id = e.doc_id
GROUP BY sm.story_id
"""


def _clean(sql: str, kind: pa.DataType, tsv: bool) -> str:
    """In TSV, strings lose tabs and line breaks and double quotes become single: GDELT's TSV has no quoting."""
    if not tsv or kind != STR:
        return sql
    return f"""replace(regexp_replace({sql}, '[\\t\\r\\n]+', ' ', 'g'), '"', '\'\'')"""


def gdelt_sql(f: EventFilter, min_sources: int = 1, tsv: bool = False) -> tuple[str, list[Any]]:
    """SELECT of the 61 GDELT columns over story events matching ``f`` (``tsv``: strings made TSV-safe)."""
    where, params = story_where(f, min_sources)
    columns = ",\n       ".join(f'CAST({_clean(sql, kind, tsv) if sql else "NULL"} AS {_duck(kind)}) AS "{name}"'
                                for name, kind, sql in GDELT_COLUMNS)  # fmt: skip
    sql = (f"SELECT {columns}\nFROM stories s LEFT JOIN ({_MEMBERS}) m USING (story_id)\n{where}\n"
           f'ORDER BY {_DAY} ASC NULLS LAST, s.story_id')  # fmt: skip
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    return sql, params


def _duck(kind: pa.DataType) -> str:
    return {STR: "VARCHAR", INT: "INTEGER", BIG: "BIGINT", DBL: "DOUBLE"}[kind]


def export_gdelt(store: Store, what: str, fmt: str, output: Path | str | BinaryIO, f: EventFilter,
                 min_sources: int = 1) -> int:  # fmt: skip
    """Write story events as GDELT 2.0 columns: ``gdelt`` TSV (file or stream) or ``gdelt-parquet`` (file)."""
    if what not in ("events", "stories"):
        raise AnalysisError(Errors.A004.format(what=f"export target for --format {fmt}", value=what,
                                              choices="events, stories (GDELT rows are story events)"), "A004")
    stream = not isinstance(output, str | Path)
    if stream and fmt == "gdelt-parquet":
        raise AnalysisError(Errors.A004.format(what="format for standard output", value=fmt,
                                              choices="gdelt (Parquet needs --output FILE)"), "A004")
    ensure_stories(store)
    sql, params = gdelt_sql(f, min_sources, tsv=fmt == "gdelt")
    write = _write_parquet if fmt == "gdelt-parquet" else _write_tsv
    with store.arrow_reader(sql, params, 65_536) as reader:
        batches = (b if b.schema.equals(GDELT_SCHEMA) else b.cast(GDELT_SCHEMA) for b in reader)
        if stream:
            return write(batches, output)  # type: ignore[arg-type]
        return _to_file(batches, Path(output), write)


def _write_tsv(batches: Any, sink: Path | BinaryIO) -> int:
    """Tab-separated, unquoted, with a header line of the names (pyarrow would quote the header)."""
    options = pacsv.WriteOptions(delimiter="\t", quoting_style="none", include_header=False)
    with contextlib.ExitStack() as stack:
        out = stack.enter_context(sink.open("wb")) if isinstance(sink, Path) else sink
        out.write(("\t".join(GDELT_NAMES) + "\n").encode("utf-8"))
        writer = stack.enter_context(pacsv.CSVWriter(out, GDELT_SCHEMA, write_options=options))
        return _feed(writer, batches)


def _write_parquet(batches: Any, sink: Path | BinaryIO) -> int:
    with pq.ParquetWriter(sink, GDELT_SCHEMA) as writer:
        return _feed(writer, batches)


def _feed(writer: Any, batches: Any) -> int:
    count = 0
    for batch in batches:
        writer.write_batch(batch)
        count += batch.num_rows
    return count


def _to_file(batches: Any, output: Path, write: Any) -> int:
    """Through ``<name>.part`` then rename, so a failed export leaves no finished-looking file."""
    partial = output.with_name(output.name + ".part")
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        count = write(batches, partial)
        os.replace(partial, output)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise AnalysisError(Errors.A007.format(path=output, detail=exc.strerror or str(exc)), "A007") from None
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise
    return count
