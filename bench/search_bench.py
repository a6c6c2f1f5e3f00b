"""Search benchmark (issue 14): ``q`` over 1M synthetic events with news-like evidence and titles.

Reuses ``store_bench``'s synthetic events (skewed types and countries over 11 years) and gives
each event an evidence sentence and each document a title drawn from a news vocabulary (Zipf
weighted) with names of known frequency mixed in ("soleimani" in 0.02% of events, "kharkiv" in
0.5%, "ceasefire" 3%, "military" 15%, "said" 45%). The store is built once into ``build/``
(bulk insert, then the word index ``search_words`` built as the migration builds it) and reused.

Then one page of ``/api/events`` (100 events and the total, as ``api.queries`` serves it) is timed
for 200 searches (50 queries: the names above, common, middling and rare words, two- and
three-word phrases; each alone and with a country, a date range or a type) on each path:

- ``index_1_thread`` / ``index_all_cores``: the DuckDB store's word index (``store.search``), as a
  writable server (one DuckDB thread per query) and the CLI (all cores) run it;
- ``memory``: a read-only server's in-memory index (``EventSnapshot``, loaded from the same table);
- ``scan_*``: the text scan that the index replaced (``where_clause(indexed=False)``, still used
  for Parquet parts), on the first 40 searches: the "before" numbers;
- ``no_search_1_thread``: the same 40 pages without ``q``, the floor any DuckDB page pays.

Each path reports wall-clock p50/p95/p99 and this process's CPU time per page: the machine may be
shared, and the load average (printed) inflates wall time but not CPU time.

    python bench/search_bench.py [N_EVENTS] [--out NAME]   # default 1,000,000 -> bench/results/search-1m.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

HERE = Path(__file__).resolve().parent
BUILD = HERE.parent / "build"
sys.path.insert(0, str(HERE))

from store_bench import COUNTRIES, EVENTS_PER_DOC, START, synthetic_documents, synthetic_events  # noqa: E402

import seismo.store.filters as filters_module  # noqa: E402
from seismo.api.queries import events_page, events_page_from_snapshot  # noqa: E402
from seismo.coding.lexicon import load_lexicon  # noqa: E402
from seismo.store import EventFilter, Store, search  # noqa: E402
from seismo.store.migrations import migrations, schema_version  # noqa: E402
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
SCAN_SEARCHES = 40  # the scan takes ~1 s a page: the first 40 searches (SEARCHES x 4 filters) for "before"


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
    """Bulk-insert the synthetic store and build its word index as the migration does."""
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
    db.unlink(missing_ok=True)
    with Store.open(db) as store:
        with store._transaction() as cur:
            _insert_arrow(cur, "documents", docs)
            _insert_arrow(cur, "events", events)
        t = time.perf_counter()
        with store._transaction() as cur:
            search.index_events(cur)
            search.compact(cur)
        indexed = time.perf_counter() - t
    return {"generate_s": round(generated, 1), "index_build_s": round(indexed, 1),
            "mean_evidence_chars": round(statistics.mean(len(s) for s in evidence), 1)}


def ensure_store(n_events: int) -> tuple[Path, dict[str, Any]]:
    """The benchmark store under build/, built on first use (or when its schema is not current)."""
    db = BUILD / f"search-bench-{n_events}.duckdb"
    if db.exists():
        with Store.open(db, read_only=True) as store:
            current = schema_version(store._con) == migrations.latest
            n = store.count_events(EventFilter(all_modalities=True, include_duplicates=True)) if current else 0
        if n == n_events:
            return db, {"store": "reused"}
    BUILD.mkdir(exist_ok=True)
    return db, {"store": "built", **build(db, n_events)}


def queries(rng: random.Random) -> list[str]:
    """The 10 named searches, then 40 more: common, middling and rare words, 2- and 3-word phrases."""
    vocab = vocabulary()
    common, middling, rare = HEAD[20:], vocab[200:2000], vocab[5000:]
    more = [rng.choice(common) for _ in range(8)] + [rng.choice(middling) for _ in range(8)]
    more += [rng.choice(rare) for _ in range(8)]
    more += [f"{rng.choice(common)} {rng.choice(middling)}" for _ in range(6)]
    more += [f"{rng.choice(list(NAMES))} {rng.choice(common)}" for _ in range(5)]
    more += [f"{rng.choice(common)} {rng.choice(common)} {rng.choice(middling)}" for _ in range(5)]
    return SEARCHES + more


def searches(seed: int = 3) -> list[EventFilter]:
    """Each query alone and with a country, a one-year date range or a type: 200 requests."""
    rng = random.Random(seed)
    types = sorted(load_lexicon().types)
    found = []
    for q in queries(rng):
        since = START + dt.timedelta(days=rng.randrange(3600))
        found += [EventFilter(q=q), EventFilter(q=q, country=rng.choice(COUNTRIES[:10])),
                  EventFilter(q=q, since=since, until=since + dt.timedelta(days=365)),
                  EventFilter(q=q, type=rng.choice(types))]
    return found


def _pcts(values: list[float], prefix: str = "") -> dict[str, float]:
    ms = sorted(x * 1000 for x in values)
    at = lambda p: round(ms[min(len(ms) - 1, round(p * (len(ms) - 1)))], 1)  # noqa: E731
    return {f"{prefix}p50_ms": at(0.5), f"{prefix}p95_ms": at(0.95), f"{prefix}p99_ms": at(0.99)}


def timed(page: Callable[[EventFilter], int], filters: list[EventFilter]) -> dict[str, Any]:
    """Wall-clock and CPU time of ``page`` per filter, and the totals it found (compared across paths)."""
    page(filters[0])  # warm-up
    wall, cpu, totals = [], [], []
    for f in filters:
        t, c = time.perf_counter(), time.process_time()
        totals.append(page(f))
        wall.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    return {**_pcts(wall), "max_ms": round(max(wall) * 1000, 1), **_pcts(cpu, "cpu_"), "n": len(wall),
            "totals": totals, "load_average_1m": round(os.getloadavg()[0], 1)}


def scanning(store: Store, f: EventFilter) -> int:
    """``events_page`` with the search done by scanning the text (the path before the index)."""
    plain = filters_module.where_clause
    filters_module.where_clause = lambda f, indexed=True, also="": plain(f, False, also)
    try:
        return events_page(store, f, None, 100).total
    finally:
        filters_module.where_clause = plain


def run(n_events: int) -> dict[str, Any]:
    db, built = ensure_store(n_events)
    out: dict[str, Any] = {"machine": f"{platform.machine()}, {os.cpu_count()} cores", "n_events": n_events,
                           **built, "db_mb": round(db.stat().st_size / 2**20, 1)}
    found = searches()
    with Store.open(db, read_only=True) as store:
        out["search_words_rows"] = store.query("SELECT count(*) AS n FROM search_words")[0]["n"]
        store.configure_for_serving(1)
        out["index_1_thread"] = timed(lambda f: events_page(store, f, None, 100).total, found)
        out["no_search_1_thread"] = timed(lambda f: events_page(store, f.model_copy(update={"q": None}), None,
                                                                100).total, found[:SCAN_SEARCHES])  # fmt: skip
        out["scan_1_thread"] = timed(lambda f: scanning(store, f), found[:SCAN_SEARCHES])
        store._con.execute("RESET threads")
        out["index_all_cores"] = timed(lambda f: events_page(store, f, None, 100).total, found)
        out["scan_all_cores"] = timed(lambda f: scanning(store, f), found[:SCAN_SEARCHES])
        store.configure_for_serving(1)
        t = time.perf_counter()
        snapshot = EventSnapshot.build(store, 0, index_only=True)
        assert snapshot is not None
        out["memory_build_s"] = round(time.perf_counter() - t, 1)
        out["memory_mb"] = round(snapshot.index_bytes / 2**20, 1)
        out["memory"] = timed(lambda f: events_page_from_snapshot(snapshot, f, None, 100, store)[1], found)
    first = {name: out[name].pop("totals")[:SCAN_SEARCHES] for name in
             ("index_1_thread", "index_all_cores", "scan_1_thread", "scan_all_cores", "memory")}  # fmt: skip
    out["same_totals_as_scan"] = all(totals == first["scan_1_thread"] for totals in first.values())
    out["no_search_1_thread"].pop("totals")
    return out


def summary(result: dict[str, Any]) -> str:
    lines = [f"{'path':<20} {'p50':>7} {'p95':>7} {'p99':>7}   cpu p50/p95/p99   load   n"]
    for name, r in result.items():
        if isinstance(r, dict) and "p95_ms" in r:
            lines.append(f"{name:<20} {r['p50_ms']:>7} {r['p95_ms']:>7} {r['p99_ms']:>7}   "
                         f"{r['cpu_p50_ms']}/{r['cpu_p95_ms']}/{r['cpu_p99_ms']}   {r['load_average_1m']}   {r['n']}")
    return "\n".join(lines)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n_events", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--out", help="results file name under bench/results (default search-1m.json at 1M)")
    args = parser.parse_args()
    result = run(args.n_events)
    print(json.dumps(result, indent=1))
    print(summary(result))
    name = args.out or ("search-1m.json" if args.n_events == 1_000_000 else None)
    if name:
        (HERE / "results" / name).write_text(json.dumps(result, indent=1) + "\n")
