"""Story events: one row per real-world event, built from every report of it.

``build_stories`` rebuilds the ``stories`` and ``story_members`` tables from scratch in
one transaction, entirely in DuckDB (no per-event Python), so it stays a few seconds
even for a million events. The compatibility rules are those of ``analysis.rules``;
because they are not transitive (a week-precision report is compatible with the
Monday and the Tuesday reports, which are not compatible with each other), events are
grouped in a fixed cascade instead of by connected components:

1. day-precision events with equal keys (type, actor pair, date) form stories; an event
   without a location country joins the key's most reported country;
2. week-, then month-, then year-precision events join the best compatible story already
   formed (most sources, then earliest date, then story id); those that find none group
   among themselves by period, as in step 1;
3. undated events, and those dated only by their publication (precision ``published``),
   join the best story that has a member published within ``UNDATED_DAYS`` days; the
   others group by key in 3-day publication windows counted from the first such report;
4. everything left (no actor codes, or undated and unpublished) is a story of its own.

A coarse report therefore joins one story and never bridges two precise ones. Every
eligible event (asserted, from a non-duplicate document) ends in exactly one story, so
counting stories never loses an event. ``story_id`` is a hash of the earliest report's
event_id (earliest publication date, then event_id), stable across rebuilds.
"""

from __future__ import annotations

from typing import Any

import duckdb

from seismo.analysis.models import Story
from seismo.analysis.rules import ALONE, PRECISIONS, PUBLISHED, SYMMETRIC_TYPES, UNDATED, UNDATED_DAYS
from seismo.errors import AnalysisError, Errors
from seismo.models import Actor
from seismo.store import EventFilter, Store
from seismo.store.rows import ACTOR_PARTS

_SYM = ", ".join(f"'{t}'" for t in SYMMETRIC_TYPES)
_FAR = "DATE '9999-12-31'"  # sorts unpublished reports last


def _key(kind: str, src: str, tgt: str) -> str:
    """The ``ka`` and ``kb`` columns of an event's story key: its actor codes, ordered for symmetric types."""
    swap = f"{kind} IN ({_SYM}) AND coalesce({src}, '') > coalesce({tgt}, '')"
    return (
        f"CASE WHEN {swap} THEN coalesce({tgt}, '') ELSE coalesce({src}, '') END AS ka, "
        f"CASE WHEN {swap} THEN coalesce({src}, '') ELSE coalesce({tgt}, '') END AS kb"
    )


def _events(source: str) -> str:
    """The eligible events of ``source`` (``events`` or a subset of its columns and rows) with their key."""
    return f"""
SELECT e.event_id, e.doc_id, e."type" AS etype, {_key('e."type"', "e.source_code", "e.target_code")},
       e."date" AS edate,
       CASE WHEN e."date" IS NULL OR e.date_precision = '{PUBLISHED}' THEN '{UNDATED}'
            WHEN e.date_precision IN ('week', 'month', 'year') THEN e.date_precision
            ELSE 'day' END AS prec,
       e.location_country AS loc, e.location_name AS loc_name, e.mode, e.cameo, e.goldstein,
       coalesce(d.published, e.published) AS pub,
       coalesce(d.outlet, e.outlet) AS outlet
FROM {source} e JOIN documents d ON d.doc_id = e.doc_id
WHERE e.modality = 'asserted' AND d.duplicate_of IS NULL
"""

_ACTOR_COLS = [f"{role}_{part}" for role in ("source", "target") for part in ACTOR_PARTS]

# Incremental rebuild (issue 15): every step of the cascade compares only events of one key
# (type, ka, kb), so the keys in story_changes are rebuilt alone and the other stories stay.
# The changed keys are matched on the raw columns, both orientations for symmetric types, so
# the scans of events and stories compute nothing per row; ``_st_ev`` keeps the columns the
# cascade and the story rows read (not the evidence) of the changed keys' events, fetched by
# rowid once they are found (half the cost of reading every column of every event).
_RAW_MATCH = "k.etype = {t} AND k.a = coalesce({s}, '') AND k.b = coalesce({g}, '')"
_EV_COLS = (
    'event_id, doc_id, "type", source_code, target_code, "date", date_precision, location_country, '
    "location_name, mode, cameo, goldstein, quad_class, published, outlet, modality, "
    + ", ".join(_ACTOR_COLS)
)
_CHANGED = f"""
CREATE OR REPLACE TEMP TABLE _st_k AS
SELECT DISTINCT "type" AS etype, {_key('"type"', "source_code", "target_code")} FROM story_changes;
CREATE OR REPLACE TEMP TABLE _st_raw AS
SELECT etype, ka AS a, kb AS b FROM _st_k
UNION SELECT etype, kb, ka FROM _st_k WHERE etype IN ({_SYM});
CREATE OR REPLACE TEMP TABLE _st_rows AS
SELECT e.rowid AS r FROM events e
SEMI JOIN _st_raw k ON {_RAW_MATCH.format(t='e."type"', s="e.source_code", g="e.target_code")};
CREATE OR REPLACE TEMP TABLE _st_ev AS
SELECT {_EV_COLS} FROM events WHERE rowid IN (SELECT r FROM _st_rows);
CREATE OR REPLACE TEMP TABLE _st_e AS {_events("_st_ev")};
"""

_DROP_CHANGED = f"""
CREATE OR REPLACE TEMP TABLE _st_old AS
SELECT s.story_id FROM stories s
SEMI JOIN _st_raw k ON {_RAW_MATCH.format(t='s."type"', s="s.source_code", g="s.target_code")};
DELETE FROM story_members WHERE story_id IN (SELECT story_id FROM _st_old);
DELETE FROM stories WHERE story_id IN (SELECT story_id FROM _st_old);
"""

# Above this share of the stored story members, redoing the changed keys costs about as much as
# redoing everything: drop all stories and build them from scratch instead.
FULL_REBUILD_SHARE = 0.25

_WORK = """
CREATE OR REPLACE TEMP TABLE _st_a (event_id VARCHAR, cid VARCHAR, rule VARCHAR);
CREATE OR REPLACE TEMP TABLE _st_c (
    cid VARCHAR, etype VARCHAR, ka VARCHAR, kb VARCHAR, cdate DATE, prec VARCHAR, loc VARCHAR);
"""

_DOCS_PER_STORY = """
CREATE OR REPLACE TEMP TABLE _st_n AS
SELECT a.cid, count(DISTINCT e.doc_id) AS n_docs
FROM _st_a a JOIN _st_e e USING (event_id) GROUP BY a.cid
"""

_UNASSIGNED = "event_id NOT IN (SELECT event_id FROM _st_a)"
_MERGEABLE = "NOT (e.ka = '' AND e.kb = '')"
_LOC_OK = "(e.loc IS NULL OR c.loc IS NULL OR e.loc = c.loc)"
_BEST = (
    "row_number() OVER (PARTITION BY e.event_id ORDER BY n.n_docs DESC, c.cdate NULLS LAST, c.cid)"
)


def _attach_dated(precision: str) -> str:
    """Events of ``precision`` join the best earlier story in the same period."""
    return f"""
INSERT INTO _st_a
SELECT event_id, cid, '{precision}' FROM (
  SELECT e.event_id, c.cid, {_BEST} AS r
  FROM _st_e e
  JOIN _st_c c ON c.etype = e.etype AND c.ka = e.ka AND c.kb = e.kb
       AND date_trunc('{precision}', c.cdate) = date_trunc('{precision}', e.edate)
  JOIN _st_n n ON n.cid = c.cid
  WHERE e.prec = '{precision}' AND {_MERGEABLE} AND {_LOC_OK}
) WHERE r = 1
"""


_ATTACH_UNDATED = f"""
INSERT INTO _st_a
SELECT event_id, cid, '{UNDATED}' FROM (
  SELECT e.event_id, c.cid, {_BEST} AS r
  FROM _st_e e
  CROSS JOIN range(-{UNDATED_DAYS}, {UNDATED_DAYS + 1}) AS off(d)
  JOIN (SELECT DISTINCT a.cid, m.etype, m.ka, m.kb, m.pub
        FROM _st_a a JOIN _st_e m USING (event_id) WHERE m.pub IS NOT NULL) m
    ON m.etype = e.etype AND m.ka = e.ka AND m.kb = e.kb AND m.pub = e.pub + CAST(off.d AS INTEGER)
  JOIN _st_c c ON c.cid = m.cid
  JOIN _st_n n ON n.cid = c.cid
  WHERE e.prec = '{UNDATED}' AND e.pub IS NOT NULL AND {_MERGEABLE} AND {_LOC_OK}
) WHERE r = 1
"""


def _story_precision(precision: str, date: str) -> str:
    """A story's precision: its level's, except that reports without a date of their own give
    ``published`` when they were dated on publication (``date`` set), else none."""
    if precision != UNDATED:
        return f"'{precision}'"
    return f"CASE WHEN {date} IS NOT NULL THEN '{PUBLISHED}' END"


def _new_groups(precision: str, period: str, where: str) -> str:
    """Unassigned events of one level group by (key, period, location country).

    An event with no location country joins the key's most reported country in that
    period (ties to the alphabetically first), so it does not split a story in two.
    """
    return f"""
CREATE OR REPLACE TEMP TABLE _st_new AS
WITH lv AS (
  SELECT e.*, {period} AS period FROM _st_e e
  WHERE e.prec = '{precision}' AND {_MERGEABLE} AND {where} AND e.{_UNASSIGNED}
),
counts AS (SELECT etype, ka, kb, period, loc, count(DISTINCT doc_id) AS n
           FROM lv WHERE loc IS NOT NULL GROUP BY ALL),
dom AS (SELECT etype, ka, kb, period, first(loc ORDER BY n DESC, loc) AS dom
        FROM counts GROUP BY ALL)
SELECT lv.event_id, lv.etype, lv.ka, lv.kb, lv.edate, coalesce(lv.loc, dom.dom) AS loc,
       md5(concat_ws('|', '{precision}', lv.etype, lv.ka, lv.kb, lv.period::VARCHAR,
                     coalesce(lv.loc, dom.dom, ''))) AS cid
FROM lv LEFT JOIN dom ON dom.etype = lv.etype AND dom.ka = lv.ka AND dom.kb = lv.kb
     AND dom.period = lv.period;
INSERT INTO _st_c SELECT cid, etype, ka, kb, min(edate), {_story_precision(precision, "min(edate)")}, loc
FROM _st_new GROUP BY cid, etype, ka, kb, loc;
INSERT INTO _st_a SELECT event_id, cid, '{precision}' FROM _st_new;
"""


_UNDATED_PERIOD = (
    f"(min(e.pub) OVER (PARTITION BY e.etype, e.ka, e.kb) + "
    f"CAST({UNDATED_DAYS + 1} * floor((e.pub - min(e.pub) OVER (PARTITION BY e.etype, e.ka, e.kb))"
    f" / {UNDATED_DAYS + 1}) AS INTEGER))"
)

_ALONE = f"""
INSERT INTO _st_c SELECT md5('{ALONE}|' || event_id), etype, ka, kb, edate,
       CASE WHEN prec <> '{UNDATED}' THEN prec WHEN edate IS NOT NULL THEN '{PUBLISHED}' END, loc
FROM _st_e WHERE {_UNASSIGNED};
INSERT INTO _st_a SELECT event_id, md5('{ALONE}|' || event_id), '{ALONE}'
FROM _st_e WHERE {_UNASSIGNED};
"""

# Members ranked once by (publication date, event_id): the earliest report is rank 1 of its
# story; it names the story and gives its type, quad class and actor orientation.
_WRITE = f"""
CREATE OR REPLACE TEMP TABLE _st_m AS
SELECT a.cid, a.rule, w.*, row_number() OVER (ORDER BY coalesce(w.pub, {_FAR}), w.event_id) AS rk
FROM _st_a a JOIN _st_e w USING (event_id);
CREATE OR REPLACE TEMP TABLE _st_sid AS
SELECT cid, arg_min(event_id, rk) AS rep, left(sha256(arg_min(event_id, rk)), 16) AS story_id
FROM _st_m GROUP BY cid;
INSERT INTO story_members
SELECT m.event_id, s.story_id, m.rule FROM _st_m m JOIN _st_sid s USING (cid);
INSERT INTO stories BY NAME
WITH docs AS (
  SELECT cid, list(doc_id ORDER BY p NULLS LAST, doc_id) AS doc_ids, count(*) AS n_sources,
         min(p) AS first_reported
  FROM (SELECT cid, doc_id, min(pub) AS p FROM _st_m GROUP BY cid, doc_id) GROUP BY cid
), agg AS (
  SELECT cid, avg(goldstein) AS goldstein, count(*) AS n_events,
         arg_min(mode, rk) FILTER (WHERE mode IS NOT NULL) AS mode,
         arg_min(cameo, rk) FILTER (WHERE cameo IS NOT NULL) AS cameo,
         arg_min(loc_name, rk) FILTER (WHERE loc IS NOT NULL) AS location_name,
         arg_min(loc, rk) FILTER (WHERE loc IS NOT NULL) AS location_country,
         list(event_id ORDER BY rk) AS event_ids
  FROM _st_m GROUP BY cid
), outs AS (  -- the reports' outlets and those of their near-duplicate copies (syndication)
  SELECT cid, list_sort(list(DISTINCT outlet)) AS outlets FROM (
    SELECT cid, outlet FROM _st_m WHERE outlet IS NOT NULL
    UNION ALL
    SELECT m.cid, d.outlet FROM (SELECT DISTINCT cid, doc_id FROM _st_m) m
    JOIN documents d ON d.duplicate_of = m.doc_id WHERE d.outlet IS NOT NULL
  ) GROUP BY cid
)
SELECT s.story_id, r."type", agg.mode, agg.cameo, agg.goldstein, r.quad_class,
       {", ".join(f"r.{col}" for col in _ACTOR_COLS)},
       c.cdate AS "date", c.prec AS date_precision, agg.location_name, agg.location_country,
       docs.n_sources, agg.n_events, docs.first_reported, docs.doc_ids,
       coalesce(outs.outlets, []) AS outlets, agg.event_ids
FROM _st_sid s JOIN {{reps}} r ON r.event_id = s.rep JOIN agg USING (cid) JOIN docs USING (cid)
JOIN _st_c c USING (cid) LEFT JOIN outs USING (cid);
"""

_CLEANUP = (
    "DROP TABLE IF EXISTS _st_e; DROP TABLE IF EXISTS _st_a; DROP TABLE IF EXISTS _st_c; "
    "DROP TABLE IF EXISTS _st_n; DROP TABLE IF EXISTS _st_new; DROP TABLE IF EXISTS _st_m; "
    "DROP TABLE IF EXISTS _st_sid; DROP TABLE IF EXISTS _st_k; DROP TABLE IF EXISTS _st_old; "
    "DROP TABLE IF EXISTS _st_raw; DROP TABLE IF EXISTS _st_ev; DROP TABLE IF EXISTS _st_rows;"
)


def _fill(cur: duckdb.DuckDBPyConnection, changed_only: bool) -> None:
    """Run the cascade on one connection (temporary tables are per connection).

    ``changed_only``: the story tables still hold the last build; redo only the keys in
    ``story_changes``, or everything when they hold more than ``FULL_REBUILD_SHARE`` of the events.
    """
    if changed_only:
        cur.execute(_CHANGED)
        n_changed = _scalar(cur, "SELECT count(*) FROM _st_e")
        if n_changed > FULL_REBUILD_SHARE * _scalar(cur, "SELECT count(*) FROM story_members"):
            cur.execute("DELETE FROM story_members; DELETE FROM stories;")
            changed_only = False
        else:
            cur.execute(_DROP_CHANGED)
    if not changed_only:
        cur.execute(f"CREATE OR REPLACE TEMP TABLE _st_e AS {_events('events')}")
    cur.execute(_WORK)
    for precision in PRECISIONS:
        if precision != PRECISIONS[0]:
            cur.execute(_DOCS_PER_STORY)
            cur.execute(_attach_dated(precision))
        period = f"CAST(date_trunc('{precision}', e.edate) AS DATE)"
        cur.execute(_new_groups(precision, period, "TRUE"))
    cur.execute(_DOCS_PER_STORY)
    cur.execute(_ATTACH_UNDATED)
    cur.execute(_new_groups(UNDATED, _UNDATED_PERIOD, "e.pub IS NOT NULL"))
    cur.execute(_ALONE)
    cur.execute(_WRITE.format(reps="_st_ev" if changed_only else "events"))
    cur.execute(_CLEANUP)


def _scalar(cur: duckdb.DuckDBPyConnection, sql: str) -> int:
    return int(cur.execute(sql).fetchall()[0][0])


def build_stories(store: Store, *, full: bool = True) -> int:
    """Build the stories from the stored events in one transaction; return the story count.

    ``full=False`` redoes only the stories whose keys changed since the last build (the
    result is the same). Idempotent: the same events always give the same stories and ids.
    """
    store.rebuild_stories(_fill, changed_only=not full)
    return int(store.query("SELECT count(*) AS n FROM stories")[0]["n"])


def ensure_stories(store: Store) -> None:
    """Make sure stories describe the stored documents: rebuild if writable, else say how."""
    if store.stories_current():
        return
    if store.read_only:
        raise AnalysisError(Errors.A003.format(path=store.path), "A003")
    build_stories(store, full=False)


def story_where(f: EventFilter, min_sources: int = 1) -> tuple[str, list[Any]]:
    """WHERE clause over ``stories`` for the EventFilter fields that apply to stories.

    ``date_precision`` is the story's: a story dated ``published`` has no member that gives a date.

    Stories hold asserted events from non-duplicate documents only, so ``modality``,
    ``all_modalities`` and ``include_duplicates`` do not apply; ``doc_id`` selects the
    stories that document reported.
    """
    conditions = ["n_sources >= ?"]
    params: list[Any] = [min_sources]
    if f.since is not None:
        conditions.append('"date" >= ?')
        params.append(f.since)
    if f.until is not None:
        conditions.append('"date" <= ?')
        params.append(f.until)
    if f.type:
        conditions.append('upper("type") = upper(?)')
        params.append(f.type)
    if f.actor:
        conditions.append(
            "(starts_with(upper(source_code), ?) OR starts_with(upper(target_code), ?))"
        )
        params += [f.actor.upper()] * 2
    if f.country:
        conditions.append("(upper(source_country) = ? OR upper(target_country) = ?)")
        params += [f.country.upper()] * 2
    if f.doc_id is not None:
        conditions.append("list_contains(doc_ids, ?)")
        params.append(f.doc_id)
    if f.date_precision is not None:
        conditions.append("list_contains(?::VARCHAR[], date_precision)")
        params.append(f.date_precision)
    return "WHERE " + " AND ".join(conditions), params


def stories(store: Store, filters: EventFilter | None = None, min_sources: int = 1) -> list[Story]:
    """Stories matching ``filters`` (date, type, actor, country, doc_id, limit/offset)."""
    ensure_stories(store)
    sql, params = select_stories(filters or EventFilter(), min_sources)
    return [row_to_story(row) for row in store.query(sql, params)]


def select_stories(f: EventFilter, min_sources: int = 1, columns: str = "*") -> tuple[str, list[Any]]:
    """The ordered, paged SELECT of ``columns`` over the stories matching ``f`` (list and export)."""
    where, params = story_where(f, min_sources)
    return paged(f'SELECT {columns} FROM stories {where} ORDER BY "date" ASC NULLS LAST, story_id', params, f)


def paged(sql: str, params: list[Any], f: EventFilter) -> tuple[str, list[Any]]:
    """``sql`` with the filter's LIMIT and OFFSET, their values appended to ``params``."""
    if f.limit is not None:
        sql += " LIMIT ?"
        params.append(f.limit)
    if f.offset:
        sql += " OFFSET ?"
        params.append(f.offset)
    return sql, params


def row_to_story(row: dict[str, Any]) -> Story:
    """A ``stories`` row as a Story, actors nested as in Event."""
    data = {k: v for k, v in row.items() if not k.startswith(("source_", "target_"))}
    for role in ("source", "target"):
        parts = {part: row[f"{role}_{part}"] for part in ACTOR_PARTS}
        data[role] = Actor(**parts) if parts["name"] is not None else None
    return Story.model_validate(data)
