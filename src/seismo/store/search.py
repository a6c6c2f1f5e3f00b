"""Word search over an event's evidence sentence and its document's title (``EventFilter.q``).

Semantics: ``q`` is split into words (runs of letters and digits, any case); an event matches
when every word is a word of its evidence sentence or of its document's title. "Soleimani"
matches "Soleimani's" (the apostrophe ends the word) but not "Soleimanis".

The words of the stored text are cut by DuckDB (``regexp_extract_all`` over ``lower()``) once,
when the event is written: ``index_events`` fills ``search_words`` (word, the event's
``search_key``) in the same transaction as the event, and ``unindex_documents`` removes them
with it, so the index cannot drift from the events. A search then looks its words up there
and joins the hits to ``events`` (``search_join``): ~1 ms for a rare word and one hash join
for a common one, where a scan of every sentence takes a second per million events. The
read-only server's in-memory index (``snapshot.EventSnapshot``) is loaded from the same table.
The query's own words are cut once, in Python, by ``query_terms``, and passed as parameters.

``search_words`` stays sorted by word except for the rows written since the last sort, so that
DuckDB's per-row-group min/max skip most of it; ``compact`` re-sorts it when that unsorted tail
grows past a share of the table. ``search_condition`` is the same test as a scan, for tables
without the index (Parquet parts, ``scale.parts``) and as the reference the tests compare to.

DuckDB's full-text extension (``fts``) is not bundled in the Python wheel and would have to be
downloaded, which an offline install cannot do; so seismo keeps its own index.
"""

from __future__ import annotations

import re
from typing import Any

import duckdb

MAX_TERMS = 10
MAX_QUERY_CHARS = 200
WORD = r"[\pL\pN]+"  # DuckDB (RE2): letters and digits of any script
_PY_WORD = re.compile(r"[^\W_]+")  # the same in Python: letters and digits, not "_"

EVIDENCE_WORDS = f"regexp_extract_all(lower(e.evidence_sentence), '{WORD}')"
TITLE_WORDS = f"regexp_extract_all(lower(coalesce(d.title, '')), '{WORD}')"
# Re-sort search_words when the rows added since the last sort pass this share of the sorted ones
# (and this many rows): a search scans that tail in full, the sorted part only where its word is.
TAIL_SHARE = 0.1
MIN_TAIL_ROWS = 1_000_000
_TITLES_BY_KEY = 2_000  # documents per batch whose titles are looked up by key


def query_terms(q: str | None) -> list[str]:
    """The distinct lower-case words of a query, in order; [] for None or a blank query.

    Raises ValueError for a query with no letter or digit, or more than ``MAX_TERMS`` words.
    """
    if q is None or not q.strip():
        return []
    if len(q) > MAX_QUERY_CHARS:
        raise ValueError(f"search text is longer than {MAX_QUERY_CHARS} characters")
    terms = list(dict.fromkeys(_PY_WORD.findall(q.lower())))
    if not terms:
        raise ValueError("search text has no letter or digit to search for")
    if len(terms) > MAX_TERMS:
        raise ValueError(f"search text has more than {MAX_TERMS} words")
    return terms


def search_join(terms: list[str]) -> tuple[str, list[Any]]:
    """``JOIN`` of ``events`` to the row keys that have every term (for ``FROM events {join}``).

    An inner join, not ``search_key IN (...)``: the keys of one word are distinct, and DuckDB's
    semi join over half a million keys costs twice the inner one.
    """
    hits = " INTERSECT ".join("SELECT search_key FROM search_words WHERE term = ?" for _ in terms)
    return f"JOIN ({hits}) _hits USING (search_key)", list(terms)


def most_frequent_first(cur: duckdb.DuckDBPyConnection, q: str) -> str:
    """``q``'s words, the most frequent first (same matches: every word must be there anyway).

    ``search_join`` intersects the words' keys left to right, and DuckDB builds its hash table
    on the right side: a common word ("said") on the left costs 5 times less than on the right.
    Counting a word's keys reads only its stretch of the sorted index (~1 ms).
    """
    terms = query_terms(q)
    if len(terms) < 2:
        return q
    count = "SELECT count(*) FROM search_words WHERE term = ?"
    frequency = {t: int(cur.execute(count, [t]).fetchall()[0][0]) for t in terms}
    return " ".join(sorted(terms, key=lambda t: -frequency[t]))


def search_condition(terms: list[str]) -> tuple[str, list[Any]]:
    """SQL over ``events`` (and ``documents`` for titles) that scans for every term, without the index.

    ``contains`` runs first, a cheap filter; a regular expression then keeps whole words only
    ("sole" is in "soleimani", not a word of it). A word of ``regexp_extract_all(x, WORD)`` is
    exactly a match of the term between non-word characters or the ends, so this is the same
    test as the index's.
    """
    conditions: list[str] = []
    params: list[Any] = []
    for term in terms:
        pattern = f"(^|[^\\pL\\pN]){re.escape(term)}([^\\pL\\pN]|$)"
        conditions.append(
            "((contains(lower(evidence_sentence), ?) AND regexp_matches(lower(evidence_sentence), ?)) "
            "OR doc_id IN (SELECT doc_id FROM documents WHERE contains(lower(coalesce(title, '')), ?) "
            "AND regexp_matches(lower(coalesce(title, '')), ?)))"
        )
        params += [term, pattern, term, pattern]
    return " AND ".join(conditions), params


def index_events(
    cur: duckdb.DuckDBPyConnection, after_key: int | None = None, doc_ids: list[str] | None = None
) -> None:
    """Add the words of events with ``search_key > after_key`` (every event for None) to ``search_words``.

    New events take keys from a sequence above every stored key, so "after the largest key
    before the insert" is exactly the batch just written (DuckDB skips the older row groups).
    ``doc_ids``, the batch's documents, lets their titles be read by primary key: a join to
    all of ``documents`` would cost ~15 ms a batch on a million events.
    """
    where, params = ("WHERE e.search_key > ?", [after_key]) if after_key is not None else ("", [])
    titles = "documents"
    if doc_ids is not None and len(doc_ids) <= _TITLES_BY_KEY:
        marks = ", ".join("?" * len(doc_ids))
        rows = cur.execute(f"SELECT doc_id, title FROM documents WHERE doc_id IN ({marks})", doc_ids).fetchall()
        titles = "(SELECT unnest(?::VARCHAR[]) AS doc_id, unnest(?::VARCHAR[]) AS title)"
        params = [[r[0] for r in rows], [r[1] for r in rows], *params]
    cur.execute(
        f"INSERT INTO search_words SELECT DISTINCT term, search_key FROM ({event_words_sql(titles)} {where}) "
        "ORDER BY term, search_key",
        params,
    )


def event_words_sql(titles: str = "documents") -> str:
    """(event_id, search_key, term) for every word of each event's evidence and its document's title."""
    return (
        f"SELECT e.event_id, e.search_key, unnest(list_concat({EVIDENCE_WORDS}, {TITLE_WORDS})) AS term "
        f"FROM events e LEFT JOIN {titles} d ON d.doc_id = e.doc_id"
    )


def largest_key(cur: duckdb.DuckDBPyConnection) -> int:
    """The largest ``search_key`` stored (0 when there are no events)."""
    return int(cur.execute("SELECT coalesce(max(search_key), 0) FROM events").fetchall()[0][0])


def unindex_documents(cur: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> None:
    """Remove the words of these documents' events (call before the events are deleted)."""
    cur.execute(
        "DELETE FROM search_words WHERE search_key IN (SELECT search_key FROM events "
        "WHERE doc_id IN (SELECT unnest(?::VARCHAR[])))",
        [doc_ids],
    )


def tail_too_long(cur: duckdb.DuckDBPyConnection) -> bool:
    """Whether the rows added since the last sort are past ``TAIL_SHARE`` (and ``MIN_TAIL_ROWS``)."""
    total = int(cur.execute("SELECT count(*) FROM search_words").fetchall()[0][0])
    sorted_rows = int(cur.execute("SELECT sorted_rows FROM search_meta").fetchall()[0][0])
    tail = total - sorted_rows
    return tail >= MIN_TAIL_ROWS and tail >= TAIL_SHARE * sorted_rows


def compact(cur: duckdb.DuckDBPyConnection) -> None:
    """Rewrite ``search_words`` sorted by word, so a search reads only its word's row groups."""
    cur.execute("CREATE TABLE _search_words_sorted AS SELECT * FROM search_words ORDER BY term, search_key")
    cur.execute("DROP TABLE search_words")
    cur.execute("ALTER TABLE _search_words_sorted RENAME TO search_words")
    cur.execute("UPDATE search_meta SET sorted_rows = (SELECT count(*) FROM search_words)")


def term_postings_sql() -> str:
    """(term, rowids) for every word of ``search_words``: the read-only server's in-memory index."""
    return (
        "SELECT w.term, list(e.rowid) AS rowids FROM search_words w "
        "JOIN events e ON e.search_key = w.search_key GROUP BY w.term"
    )
