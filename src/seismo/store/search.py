"""Word search over an event's evidence sentence and its document's title (``EventFilter.q``).

Semantics: ``q`` is split into words (runs of letters and digits, any case); an event matches
when every word is a word of its evidence sentence or of its document's title. "Soleimani"
matches "Soleimani's" (the apostrophe ends the word) but not "Soleimanis".

Words of the stored text are cut by DuckDB (``regexp_extract_all`` over ``lower()``) in both
places that search: the SQL filter here, which scans (about a second per million events per
core), and the term index of a read-only server (``snapshot.EventSnapshot``), built with the
same expression, so the two cannot disagree on what a word is. The query's own words are cut
once, in Python, by ``query_terms``, and passed to both as bound parameters.

DuckDB's full-text extension (``fts``) is not bundled in the Python wheel and would have to be
downloaded, which an offline install cannot do; so seismo keeps its own index.
"""

from __future__ import annotations

import re
from typing import Any

MAX_TERMS = 10
MAX_QUERY_CHARS = 200
WORD = r"[\pL\pN]+"  # DuckDB (RE2): letters and digits of any script
_PY_WORD = re.compile(r"[^\W_]+")  # the same in Python: letters and digits, not "_"

EVIDENCE_WORDS = f"regexp_extract_all(lower(evidence_sentence), '{WORD}')"
TITLE_WORDS = f"regexp_extract_all(lower(coalesce(title, '')), '{WORD}')"


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


def search_condition(terms: list[str]) -> tuple[str, list[Any]]:
    """SQL over ``events`` (and ``documents`` for titles): every term is a word of one of them.

    ``contains`` runs first, a cheap filter; a regular expression then keeps whole words only
    ("sole" is in "soleimani", not a word of it). A word of ``regexp_extract_all(x, WORD)`` is
    exactly a match of the term between non-word characters or the ends, so this is the same
    test as the index's (and ~4 times cheaper than listing every word of every sentence).
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


def term_postings_sql() -> str:
    """(term, rowids) for every word of every event's evidence and title: the read-only server's index."""
    return (
        "SELECT term, list(DISTINCT r) AS rowids FROM ("
        f"SELECT e.rowid AS r, unnest(list_concat({EVIDENCE_WORDS.replace('evidence', 'e.evidence')}, "
        "coalesce(t.words, []))) AS term FROM events e "
        f"LEFT JOIN (SELECT doc_id, {TITLE_WORDS} AS words FROM documents) t ON t.doc_id = e.doc_id"
        ") GROUP BY term"
    )
