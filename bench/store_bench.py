"""Store benchmark: 1M synthetic events in DuckDB; bulk insert rate and query latency (p50/p95).

Two insert paths are timed: ``Store.add_documents`` (what ingest calls: pydantic models -> rows ->
Arrow, near-duplicate signatures, one transaction per batch) on a slice, and the store's Arrow bulk
path (``INSERT ... BY NAME SELECT`` from a registered Arrow table, as ``add_documents`` ends in) for
all the events. Then 50 ``Store.events`` queries with type + country + date filters and 50 dyad
time series (``analysis.counts.timeseries(by="dyad")``, as the dyad page asks, per-report counts).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from seismo.analysis.counts import timeseries
from seismo.coding import load_lexicon
from seismo.models import Actor, Article, CodedDocument, Event, Evidence, Modality
from seismo.store import EventFilter, Store
from seismo.store.rows import DOCUMENTS_SCHEMA, EVENTS_SCHEMA
from seismo.store.store import _insert_arrow

COUNTRIES = ["RUS", "UKR", "USA", "CHN", "IND", "PAK", "IRN", "IRQ", "ISR", "PSE", "SYR", "TUR", "GBR",
             "FRA", "DEU", "SDN", "SSD", "ETH", "KEN", "SOM", "NGA", "MLI", "BFA", "NER", "YEM", "SAU",
             "AFG", "MMR", "PRK", "KOR", "JPN", "VEN", "COL", "BRA", "MEX", "SRB", "BLR", "POL", "EGY",
             "LBY", "TCD", "COD", "CAF", "MOZ", "PHL", "IDN", "THA", "LBN", "JOR", "ARM", "AZE", "GEO"]
AGENTS = ["GOV", "MIL", "COP", "REB", "OPP", "CVL", None]
START = dt.date(2015, 1, 1)
DAYS = 11 * 365
EVENTS_PER_DOC = 10


def _weights(n: int, rng: np.random.Generator) -> np.ndarray:
    w = 1.0 / np.arange(1, n + 1) ** 0.8  # a few countries and types dominate, as in real data
    rng.shuffle(w)
    return w / w.sum()


def synthetic_events(n: int, seed: int = 7) -> pa.Table:
    """``n`` events with the store's columns: skewed types/countries, dates over 11 years."""
    rng = np.random.default_rng(seed)
    types = sorted(load_lexicon().types)
    t_idx = rng.choice(len(types), n, p=_weights(len(types), rng))
    src = rng.choice(len(COUNTRIES), n, p=_weights(len(COUNTRIES), rng))
    tgt = rng.choice(len(COUNTRIES), n, p=_weights(len(COUNTRIES), rng))
    agent = rng.choice(len(AGENTS), n)
    day = rng.integers(0, DAYS, n)
    lexicon = load_lexicon()
    cols: dict[str, Any] = {field.name: pa.nulls(n, field.type) for field in EVENTS_SCHEMA}
    src_codes = [COUNTRIES[s] + (AGENTS[a] or "") for s, a in zip(src, agent, strict=False)]
    cols.update({
        "event_id": pa.array([f"{i:016x}" for i in range(n)]),
        "doc_id": pa.array([f"doc{i // EVENTS_PER_DOC:08d}" for i in range(n)]),
        "type": pa.array([types[t] for t in t_idx]),
        "goldstein": pa.array([lexicon.types[types[t]].score for t in t_idx], pa.float64()),
        "quad_class": pa.array([lexicon.types[types[t]].quad for t in t_idx], pa.int32()),
        "modality": pa.array(np.where(rng.random(n) < 0.85, "asserted", "negated").tolist()),
        "source_name": pa.array(src_codes), "source_code": pa.array(src_codes),
        "source_country": pa.array([COUNTRIES[s] for s in src]),
        "target_name": pa.array([COUNTRIES[t] for t in tgt]), "target_code": pa.array([COUNTRIES[t] for t in tgt]),
        "target_country": pa.array([COUNTRIES[t] for t in tgt]),
        "date": pa.array([START + dt.timedelta(days=int(d)) for d in day], pa.date32()),
        "date_precision": pa.array(["day"] * n),
        "evidence_sentence": pa.array([f"Synthetic evidence sentence number {i}." for i in range(n)]),
        "evidence_start": pa.array(np.zeros(n, dtype=np.int32)),
        "evidence_end": pa.array(np.full(n, 40, dtype=np.int32)),
        "trigger": pa.array(["struck"] * n),
        "published": pa.array([START + dt.timedelta(days=int(d) + 1) for d in day], pa.date32()),
        "outlet": pa.array(["Bench Wire"] * n),
        "coder_version": pa.array(["bench"] * n),
    })
    return pa.table(cols, schema=EVENTS_SCHEMA)


def synthetic_documents(n_docs: int) -> pa.Table:
    now = dt.datetime(2026, 1, 1)
    ids = [f"doc{i:08d}" for i in range(n_docs)]
    return pa.table({
        "doc_id": pa.array(ids), "content_hash": pa.array([f"h{i:015d}" for i in range(n_docs)]),
        "title": pa.nulls(n_docs, pa.string()), "url": pa.nulls(n_docs, pa.string()),
        "outlet": pa.array(["Bench Wire"] * n_docs), "published": pa.nulls(n_docs, pa.date32()),
        "dateline": pa.nulls(n_docs, pa.string()), "source": pa.nulls(n_docs, pa.string()),
        "text": pa.array([f"Synthetic document {i}." for i in range(n_docs)]),
        "ingested_at": pa.array([now] * n_docs, pa.timestamp("us")),
    }, schema=DOCUMENTS_SCHEMA)


def model_documents(n_docs: int, offset: int, seed: int = 11) -> list[CodedDocument]:
    """CodedDocuments (pydantic models, as ingest produces them) for the add_documents path."""
    rng = random.Random(seed)
    types = sorted(load_lexicon().types)
    docs = []
    for d in range(offset, offset + n_docs):
        text = f"Synthetic model document {d} " + " ".join(rng.choice(COUNTRIES) for _ in range(40))
        article = Article(doc_id=f"mdoc{d:08d}", text=text, published=START, content_hash=Article.hash_text(text))
        events = [Event(event_id=f"m{d:08d}{k:04d}", doc_id=article.doc_id, type=rng.choice(types),
                        modality=Modality.ASSERTED, source=Actor(name="X", code=rng.choice(COUNTRIES),
                                                                 country=rng.choice(COUNTRIES)),
                        date=START + dt.timedelta(days=rng.randrange(DAYS)),
                        evidence=Evidence(sentence="Synthetic.", start=0, end=10), coder_version="bench")
                  for k in range(EVENTS_PER_DOC)]
        docs.append(CodedDocument(article=article, events=events))
    return docs


def _pcts(times: list[float]) -> dict[str, float]:
    ms = sorted(t * 1000 for t in times)
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2),
            "max_ms": round(ms[-1], 2), "n": len(ms)}


def _queries(store: Store, n: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    types = sorted(load_lexicon().types)
    ev_times, ts_times, rows = [], [], []
    for _ in range(n):
        since = START + dt.timedelta(days=rng.randrange(DAYS - 400))
        until = since + dt.timedelta(days=rng.choice((30, 90, 365)))
        f = EventFilter(type=rng.choice(types), country=rng.choice(COUNTRIES[:20]), since=since, until=until)
        t = time.perf_counter()
        found = store.events(f)
        ev_times.append(time.perf_counter() - t)
        rows.append(len(found))
        a, b = rng.sample(COUNTRIES[:20], 2)
        f2 = EventFilter(country=a, since=since, until=since + dt.timedelta(days=365))
        t = time.perf_counter()
        series = [r for r in timeseries(store, "week", "dyad", f2, raw=True) if r.key in (f"{a}-{b}", f"{b}-{a}")]
        ts_times.append(time.perf_counter() - t)
    return {"events_query": {**_pcts(ev_times), "mean_rows": round(statistics.mean(rows), 1)},
            "dyad_timeseries": _pcts(ts_times), "last_series_points": len(series)}


def run_store_bench(n_events: int = 1_000_000, n_queries: int = 50, model_docs: int = 2_000,
                    workdir: Path | None = None) -> dict[str, Any]:
    workdir = workdir or Path(tempfile.mkdtemp(prefix="seismo-store-bench-"))
    db = workdir / "store.duckdb"
    db.unlink(missing_ok=True)
    out: dict[str, Any] = {"n_events": n_events}
    t = time.perf_counter()
    events, docs = synthetic_events(n_events), synthetic_documents(n_events // EVENTS_PER_DOC)
    out["generate_s"] = round(time.perf_counter() - t, 2)
    with Store.open(db) as store:
        t = time.perf_counter()
        with store._transaction() as cur:  # the store's own bulk path, one transaction
            _insert_arrow(cur, "documents", docs)
            _insert_arrow(cur, "events", events)
        s = time.perf_counter() - t
        out["bulk_insert"] = {"seconds": round(s, 2), "events_per_s": round(n_events / s)}
        store.add_documents(model_documents(20, model_docs))  # warm-up: imports MinHash, builds the index
        batch = model_documents(model_docs, 0)
        t = time.perf_counter()
        for i in range(0, len(batch), 100):  # ingest's transactions: one per batch of documents
            store.add_documents(batch[i:i + 100])
        s = time.perf_counter() - t
        n = model_docs * EVENTS_PER_DOC
        out["add_documents"] = {"events": n, "seconds": round(s, 2), "events_per_s": round(n / s),
                                "docs_per_batch": 100}
        store.events(EventFilter(type="ASSAULT", country="RUS"))  # warm the caches once
        out.update(_queries(store, n_queries, seed=5))
    out["db_mb"] = round(db.stat().st_size / 2**20, 1)
    db.unlink(missing_ok=True)
    return out


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run_store_bench(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000), indent=1))
