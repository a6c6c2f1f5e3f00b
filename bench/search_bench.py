"""Search benchmark (issue 14): ``q`` over 1M synthetic events with news-like evidence and titles.

Reuses ``store_bench``'s synthetic events (skewed types and countries over 11 years) and gives
each event an evidence sentence and each document a title drawn from a news vocabulary (Zipf
weighted) with names of known frequency mixed in ("soleimani" in 0.02% of events, "kharkiv" in
0.5%, "ceasefire" 3%, "military" 15%, "said" 45%). Then one page of ``/api/events`` (100 events
and the total, as ``api.queries`` serves it) is timed for 40 searches (80 on the index), alone and with a country,
a date range or a type, on each path a request can take:

- ``sql``: the DuckDB filter (the CLI, a writable server, any store without the in-memory index),
  with one DuckDB thread per query (the server's setting) and with all cores (the CLI's);
- ``index``: a read-only server's in-memory index (``EventSnapshot``, built at start-up; the
  page's rows are then read from DuckDB by row id when their JSON is not held in memory).

    python bench/search_bench.py [N_EVENTS]      # default 1,000,000; writes bench/results/search-1m.json
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from store_bench import COUNTRIES, EVENTS_PER_DOC, START, synthetic_documents, synthetic_events  # noqa: E402

from seismo.api.queries import events_page, events_page_from_snapshot  # noqa: E402
from seismo.coding.lexicon import load_lexicon  # noqa: E402
from seismo.store import EventFilter, Store  # noqa: E402
from seismo.store.snapshot import EventSnapshot  # noqa: E402
from seismo.store.store import _insert_arrow  # noqa: E402

HEAD = [
    "the", "of", "to", "and", "in", "a", "on", "said", "that", "for", "with", "was", "by", "as", "at", "from",
    "his", "has", "have", "after", "it", "were", "an", "is", "government", "forces", "military", "officials",
    "security", "people", "minister", "president", "police", "attack", "talks", "border", "city", "troops",
    "statement", "state", "army", "killed", "country", "week", "spokesman", "region", "rebels", "leaders",
    "foreign", "capital", "defence", "ministry", "agency", "report", "election", "protesters", "aid",
    "refugees", "sanctions",
]
NAMES = {"soleimani": 0.0002, "kharkiv": 0.005, "ceasefire": 0.03, "military": 0.15, "said": 0.45}
SEARCHES = ["Soleimani", "Kharkiv", "ceasefire", "military", "said", "kharkiv military", "said ceasefire",
            "Soleimani said", "w1234", "nowhere"]  # fmt: skip


def vocabulary(size: int = 30_000) -> list[str]:
    """Real head words, then made-up ones ("w1234") for the long tail of a news vocabulary."""
    return HEAD + [f"w{i}" for i in range(size - len(HEAD))]


def sentences(n: int, words: int, rng: np.random.Generator, names: bool) -> list[str]:
    vocab = vocabulary()
    weights = 1.0 / np.arange(1, len(vocab) + 1) ** 1.05
    picks = rng.choice(len(vocab), size=(n, words), p=weights / weights.sum())
    extra = {name: rng.random(n) < share for name, share in NAMES.items()} if names else {}
    out = []
    for i in range(n):
        row = [vocab[j] for j in picks[i]]
        row += [name.capitalize() for name, has in extra.items() if has[i]]
        out.append(" ".join(row).capitalize() + ".")
    return out


def build(db: Path, n_events: int) -> dict[str, Any]:
    rng = np.random.default_rng(14)
    t = time.perf_counter()
    events = synthetic_events(n_events)
    evidence = sentences(n_events, 22, rng, names=True)
    events = events.set_column(events.schema.get_field_index("evidence_sentence"), "evidence_sentence",
                               pa.array(evidence))  # fmt: skip
    events = events.set_column(events.schema.get_field_index("evidence_end"), "evidence_end",
                               pa.array([len(s) for s in evidence], pa.int32()))  # fmt: skip
    docs = synthetic_documents(n_events // EVENTS_PER_DOC)
    docs = docs.set_column(docs.schema.get_field_index("title"), "title",
                           pa.array(sentences(docs.num_rows, 9, rng, names=False)))  # fmt: skip
    generated = time.perf_counter() - t
    with Store.open(db) as store, store._transaction() as cur:
        _insert_arrow(cur, "documents", docs)
        _insert_arrow(cur, "events", events)
    return {"n_events": n_events, "generate_s": round(generated, 1),
            "mean_evidence_chars": round(statistics.mean(len(s) for s in evidence), 1)}


def searches(seed: int = 3) -> list[EventFilter]:
    rng = random.Random(seed)
    types = sorted(load_lexicon().types)
    found = []
    for q in SEARCHES:
        since = START + dt.timedelta(days=rng.randrange(3600))
        found += [EventFilter(q=q), EventFilter(q=q, country=rng.choice(COUNTRIES[:10])),
                  EventFilter(q=q, since=since, until=since + dt.timedelta(days=365)),
                  EventFilter(q=q, type=rng.choice(types))]
    return found  # 40 requests


def timed(page: Any, filters: list[EventFilter]) -> dict[str, Any]:
    page(filters[0])  # warm-up
    times, totals = [], []
    for f in filters:
        t = time.perf_counter()
        totals.append(page(f))
        times.append(time.perf_counter() - t)
    ms = sorted(x * 1000 for x in times)
    return {"p50_ms": round(statistics.median(ms), 1), "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 1),
            "max_ms": round(ms[-1], 1), "n": len(ms), "mean_total": round(statistics.mean(totals))}


def run(n_events: int) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="seismo-search-bench-"))
    db = workdir / "search.duckdb"
    out: dict[str, Any] = {"machine": f"{platform.machine()}, {os.cpu_count()} cores", **build(db, n_events)}
    filters = searches()
    with Store.open(db, read_only=True) as store:
        for threads, name in ((1, "sql_1_thread"), (0, "sql_all_cores")):
            store.configure_for_serving(threads) if threads else store._con.execute("RESET threads")
            out[name] = timed(lambda f: events_page(store, f, None, 100).total, filters)
        store.configure_for_serving(1)
        t = time.perf_counter()
        snapshot = EventSnapshot.build(store, 0, index_only=True)
        assert snapshot is not None
        out["index_build_s"] = round(time.perf_counter() - t, 1)
        out["index_mb"] = round(snapshot.index_bytes / 2**20, 1)
        out["index"] = timed(lambda f: events_page_from_snapshot(snapshot, f, None, 100, store)[1], filters * 2)
    db.unlink(missing_ok=True)
    out["load_average_1m_at_end"] = round(os.getloadavg()[0], 1)  # a shared machine: others' work counts too
    return out


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    result = run(n)
    print(json.dumps(result, indent=1))
    if n == 1_000_000:
        (HERE / "results" / "search-1m.json").write_text(json.dumps(result, indent=1) + "\n")
