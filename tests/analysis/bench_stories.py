"""Time ``build_stories`` on synthetic events: ``python tests/analysis/bench_stories.py 200000``.

Rows are generated in DuckDB straight into the tables (coding is not what is measured):
40 countries x 3 agents, 16 types, a year of dates, 80% day / 10% week / 5% month /
5% undated precision, half the events without a location, two events per document.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from seismo.analysis.stories import build_stories
from seismo.store import Store

TYPES = [
    "CONSULT",
    "AGREE",
    "COOPERATE",
    "ASSAULT",
    "ACCUSE",
    "PROTEST",
    "THREATEN",
    "AID",
    "SUPPORT",
    "REQUEST",
    "REJECT",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "RETREAT",
    "CONCEDE",
]

FILL = """
INSERT INTO documents (doc_id, content_hash, outlet, published, text, ingested_at)
SELECT 'd' || i, 'h' || i, 'outlet' || (i % 50), DATE '2024-01-01' + CAST(i % 365 AS INTEGER),
       'text', now()::TIMESTAMP
FROM range(?) t(i)
---
INSERT INTO events BY NAME
SELECT 'e' || i AS event_id, 'd' || (i // 2) AS doc_id,
       (?::VARCHAR[])[1 + CAST(hash(i, 1) % 16 AS INTEGER)] AS "type",
       -3.0 AS goldstein, 3 AS quad_class, 'asserted' AS modality,
       'C' || (hash(i, 2) % 40) || (['GOV', 'MIL', ''])[1 + CAST(hash(i, 3) % 3 AS INTEGER)]
           AS source_code,
       'C' || (hash(i, 2) % 40) AS source_country, 'x' AS source_name,
       'C' || (hash(i, 4) % 40) || (['GOV', 'MIL', ''])[1 + CAST(hash(i, 5) % 3 AS INTEGER)]
           AS target_code,
       'C' || (hash(i, 4) % 40) AS target_country, 'y' AS target_name,
       CASE WHEN hash(i, 6) % 20 = 0 THEN NULL
            ELSE DATE '2024-01-01' + CAST((i // 2) % 365 AS INTEGER) END AS "date",
       CASE WHEN hash(i, 6) % 20 = 0 THEN NULL WHEN hash(i, 6) % 20 < 3 THEN 'week'
            WHEN hash(i, 6) % 20 = 3 THEN 'month' ELSE 'day' END AS date_precision,
       CASE WHEN hash(i, 7) % 2 = 0 THEN 'C' || (hash(i, 4) % 40) END AS location_country,
       's' AS evidence_sentence, 0 AS evidence_start, 1 AS evidence_end, 'bench' AS coder_version
FROM range(?) t(i);
"""


def main(n_events: int) -> None:
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.duckdb") as store:
        docs_sql, events_sql = FILL.split("---")
        store.query(docs_sql, [n_events // 2 + 1])
        store.query(events_sql, [TYPES, n_events])
        for run in (1, 2):
            start = time.perf_counter()
            n = build_stories(store)
            elapsed = time.perf_counter() - start
            print(f"run {run}: {n_events} events -> {n} stories in {elapsed:.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
