"""Bounded load test of the seismo server: ``make loadtest`` (not part of ``make test``).

1. Builds (or reuses) a store of 100,000 synthetic events: 25,000 hand-built documents of
   four events each, written with ``Store.add_documents`` (the real write path, MinHash
   signatures included) and the story tables built, as ``seismo serve`` needs them.
2. Starts ``python -m seismo serve`` on a free 127.0.0.1 port (a real uvicorn process).
3. Runs 20 concurrent clients (``httpx.AsyncClient``) for 5,000 requests in all, drawn
   with a fixed seed: 50% ``/api/events`` with random filters, 30% ``/api/timeseries``
   (every grouping, for a country and/or a date window of 7-90 days, as the dashboard
   asks: a series of all 870 dyads over two years is an export of 57,200 rows, not an
   interactive query) and 20% the dashboard ``/`` page, plain or filtered. It stops by
   itself after ``--max-seconds`` even if requests remain.
4. Reports throughput and p50/p95/p99 latency per route, the errors (non-200 answers,
   timeouts, connection failures), the answers served from the server's response cache,
   the CPU seconds of server and clients and the server's peak memory, as a table and in
   ``bench/results/loadtest.json``;
   exits 1 if there was an error or a route's p99 is above the target (250 ms), unless
   ``--report-only``.

    python bench/loadtest.py [--events 100000] [--requests 5000] [--clients 20] [--rebuild]
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import json
import os
import platform
import random
import resource
import socket
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from seismo import __version__
from seismo.analysis.stories import ensure_stories
from seismo.kb.loader import DATA_DIR as KB_DATA
from seismo.models import Actor, Article, CodedDocument, Event, Evidence, Location
from seismo.store import Store

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "loadtest.json"
STORE_DIR = ROOT / "build" / "loadtest"
TARGET_P99_MS = 250.0
EVENTS_PER_DOC = 4
SEED = 8
START = dt.date(2023, 1, 1)
DAYS = 730

COUNTRIES = ["RUS", "UKR", "USA", "CHN", "IND", "PAK", "ISR", "LBN", "IRN", "IRQ", "SYR", "TUR",
             "SDN", "TCD", "ETH", "ERI", "KEN", "SOM", "NGA", "MLI", "FRA", "DEU", "GBR", "POL",
             "BLR", "VEN", "COL", "MEX", "PRK", "KOR"]  # fmt: skip
AGENTS = ["GOV", "MIL", "REB", "CVL", "POL"]
TYPES = {  # PLOVER type: (quad class, Goldstein-like score)
    "CONSULT": (1, 1.0), "AGREE": (1, 4.0), "SUPPORT": (1, 3.0), "REQUEST": (1, -0.5),
    "COOPERATE": (2, 6.0), "AID": (2, 7.0), "CONCEDE": (2, 5.0), "RETREAT": (2, 5.0),
    "ACCUSE": (3, -2.0), "REJECT": (3, -4.0), "THREATEN": (3, -6.0), "SANCTION": (3, -8.0),
    "PROTEST": (4, -6.5), "MOBILIZE": (4, -7.0), "COERCE": (4, -7.5), "ASSAULT": (4, -10.0),
}  # fmt: skip
WORDS = ["officials", "said", "the", "ministry", "border", "talks", "forces", "capital", "region",
         "statement", "on", "Monday", "after", "week", "government", "envoy", "council", "troops",
         "reported", "according", "sources", "agency", "security", "meeting", "press", "near",
         "villages", "convoy", "ceasefire", "delegation", "spokesman", "overnight", "residents"]  # fmt: skip


# -- 1. the store ------------------------------------------------------------------------------


def _capitals() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon) of the capital, from the knowledge base's country table."""
    with (KB_DATA / "countries.csv").open(encoding="utf-8") as f:
        return {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(f) if r["lat"] and r["lon"]}


CAPITALS = _capitals()


def _location(rng: random.Random, country: str) -> Location | None:
    """Half the events happen at one of 500 places, each within a few degrees of the country's capital
    (the same draws of ``rng`` as before places had coordinates, so the rest of the store is unchanged)."""
    if not rng.random() < 0.5:
        return None
    place = rng.randrange(500)
    lat, lon = CAPITALS[country]
    jitter = random.Random(place)
    return Location(name=f"Place {place}", country=country, lat=round(lat + jitter.uniform(-2, 2), 3),
                    lon=round(lon + jitter.uniform(-3, 3), 3))  # fmt: skip


def synthetic_documents(n_docs: int, seed: int = SEED) -> list[CodedDocument]:
    """Deterministic documents; every event's evidence is a real sentence of its text."""
    rng = random.Random(seed)
    docs = []
    for i in range(n_docs):
        doc_id = f"load-{i:06d}"
        published = START + dt.timedelta(days=rng.randrange(DAYS))
        sentences, specs = [], []
        for n in range(EVENTS_PER_DOC):
            source, target = rng.sample(COUNTRIES, 2)
            type_ = rng.choice(list(TYPES))
            filler = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
            sentences.append(f"Report {i}.{n}: {source} and {target} {type_.lower()} {filler}.")
            specs.append((source, target, type_))
        text = " ".join(sentences)
        article = Article(doc_id=doc_id, text=text, title=f"Synthetic report {i}",
                          outlet=f"Outlet {i % 40}", published=published,
                          url=f"https://news.example/{doc_id}", content_hash=Article.hash_text(text))  # fmt: skip
        events, offset = [], 0
        for n, (sentence, (source, target, type_)) in enumerate(zip(sentences, specs, strict=True)):
            quad, goldstein = TYPES[type_]
            day = published - dt.timedelta(days=rng.randrange(3))
            events.append(Event(
                event_id=f"{doc_id}-{n}", doc_id=doc_id, type=type_, quad_class=quad,
                goldstein=goldstein, cameo=f"{rng.randint(1, 20):02d}",
                source=Actor(name=source, code=source + rng.choice(AGENTS), country=source),
                target=Actor(name=target, code=target + rng.choice(AGENTS), country=target),
                date=day, date_precision=rng.choice(["day"] * 8 + ["week", "month"]),
                location=_location(rng, target),
                evidence=Evidence(sentence=sentence, start=offset, end=offset + len(sentence)),
                trigger=type_.lower(), published=published, outlet=article.outlet, coder_version="loadtest",
                modality="asserted" if rng.random() < 0.9 else "negated",
            ))  # fmt: skip
            offset += len(sentence) + 1
        docs.append(CodedDocument(article=article, events=events))
    return docs


def build_store(path: Path, n_events: int, rebuild: bool) -> dict[str, Any]:
    """Write the store unless a complete one is already there; return what it took."""
    n_docs = n_events // EVENTS_PER_DOC
    if path.exists() and not rebuild:
        with Store.open(path) as store:
            counts = store.query("SELECT count(*) AS n, count(location_lat) AS located FROM events")[0]
            found = int(counts["n"])
            if found == n_docs * EVENTS_PER_DOC and counts["located"]:  # (stores before the map had no coordinates)
                ensure_stories(store)
                return {"reused": True, "events": found}
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    docs = synthetic_documents(n_docs)
    generated = time.monotonic()
    with Store.open(path) as store:
        for first in range(0, len(docs), 2500):
            store.add_documents(docs[first : first + 2500])
            print(f"  stored {min(first + 2500, len(docs))}/{len(docs)} documents", flush=True)
        written = time.monotonic()
        ensure_stories(store)
        stories = int(store.query("SELECT count(*) AS n FROM stories")[0]["n"])
    done = time.monotonic()
    return {"reused": False, "events": n_docs * EVENTS_PER_DOC, "documents": n_docs,
            "stories": stories, "generate_s": round(generated - started, 1),
            "write_s": round(written - generated, 1), "stories_s": round(done - written, 1)}  # fmt: skip


# -- 2. the server ----------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int, workers: int = 1, cache: bool = True) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEISMO_")}
    if not cache:
        env["SEISMO_SERVER_RESPONSE_CACHE_MB"] = "0"
    proc = subprocess.Popen(
        [sys.executable, "-m", "seismo", "serve", "--db", str(db), "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=ROOT,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode() if proc.stderr else ''}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not answer /api/health within 120 s")


# -- 3. the load ------------------------------------------------------------------------------


def plan(n: int, seed: int = SEED) -> list[tuple[str, str, dict[str, str]]]:
    """(route label, path, query) for every request, reproducible from the seed."""
    rng = random.Random(seed)

    def window() -> dict[str, str]:
        first = START + dt.timedelta(days=rng.randrange(DAYS - 90))
        return {"since": first.isoformat(), "until": (first + dt.timedelta(days=rng.choice([7, 30, 90]))).isoformat()}

    requests: list[tuple[str, str, dict[str, str]]] = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            q: dict[str, str] = {"limit": str(rng.choice([20, 50, 100]))}
            for key, make in (
                ("country", lambda: rng.choice(COUNTRIES)),
                ("type", lambda: rng.choice(list(TYPES))),
                ("actor", lambda: rng.choice(COUNTRIES) + rng.choice(["", "GOV", "MIL"])),
            ):
                if rng.random() < 0.4:
                    q[key] = make()
            if rng.random() < 0.5:
                q.update(window())
            if rng.random() < 0.1:
                q["all_modalities"] = "true"
            requests.append(("/api/events", "/api/events", q))
        elif roll < 0.8:  # as the dashboard asks: for a country, a date window or both
            q = {"interval": rng.choice(["day", "week"]), "by": rng.choice(["quad", "type", "dyad", "country"])}
            scope = rng.choice(["country", "window", "both"])
            if scope in ("country", "both"):
                q["country"] = rng.choice(COUNTRIES)
            if scope in ("window", "both"):
                q.update(window())
            if rng.random() < 0.3:
                q["raw"] = "true"
            requests.append(("/api/timeseries", "/api/timeseries", q))
        else:
            q = {}
            if rng.random() < 0.5:
                q["country"] = rng.choice(COUNTRIES)
            if rng.random() < 0.5:
                q.update(window())
            if rng.random() < 0.3:
                q["interval"] = "day"
            requests.append(("/ (dashboard)", "/", q))
    return requests  # fmt: skip


@dataclass
class LoadResult:
    latencies: dict[str, list[float]]  # ms per answered request, by route
    errors: dict[str, list[str]]
    hits: dict[str, int]  # answers served from the server's response cache (X-Seismo-Cache: hit)
    wall: float


async def run_load(base: str, requests: list[tuple[str, str, dict[str, str]]], clients: int,
                   max_seconds: float) -> LoadResult:  # fmt: skip
    """Fire the requests from ``clients`` workers; latencies (ms) and errors per route."""
    queue: asyncio.Queue[tuple[str, str, dict[str, str]]] = asyncio.Queue()
    for item in requests:
        queue.put_nowait(item)
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, list[str]] = defaultdict(list)
    hits: dict[str, int] = defaultdict(int)  # answers the server took from its response cache
    deadline = time.monotonic() + max_seconds

    ready = asyncio.Barrier(clients + 1)

    async def client() -> None:
        async with httpx.AsyncClient(base_url=base, timeout=30) as http:
            # set-up is not load: build the client and open its connection before the clock starts
            await http.get("/api/health")
            await ready.wait()
            while not queue.empty() and time.monotonic() < deadline:
                label, path, query = queue.get_nowait()
                started = time.perf_counter()
                try:
                    response = await http.get(path, params=query)
                    await response.aread()
                    status = response.status_code
                except httpx.HTTPError as exc:
                    errors[label].append(f"{type(exc).__name__}: {exc}")
                    continue
                elapsed = (time.perf_counter() - started) * 1000
                latencies[label].append(elapsed)
                hits[label] += response.headers.get("x-seismo-cache") == "hit"
                if status != 200:
                    errors[label].append(f"HTTP {status} for {path}?{httpx.QueryParams(query)}")

    tasks = [asyncio.create_task(client()) for _ in range(clients)]
    try:
        await asyncio.wait_for(ready.wait(), 60)
    except TimeoutError:
        raise SystemExit("the clients could not reach the server within 60 s") from None
    started = time.monotonic()
    await asyncio.gather(*tasks)
    return LoadResult(latencies, errors, hits, time.monotonic() - started)


# -- 4. the report ----------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low, high = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def summarize(result: LoadResult) -> dict[str, Any]:
    latencies, errors, wall = result.latencies, result.errors, result.wall
    routes = {}
    for label in sorted(set(latencies) | set(errors)):
        values = latencies.get(label, [])
        routes[label] = {
            "requests": len(values) + sum(1 for e in errors.get(label, []) if not e.startswith("HTTP")),
            "errors": len(errors.get(label, [])),
            "throughput_rps": round(len(values) / wall, 1) if wall else 0.0,
            "p50_ms": round(percentile(values, 50), 1), "p95_ms": round(percentile(values, 95), 1),
            "p99_ms": round(percentile(values, 99), 1), "max_ms": round(max(values, default=float("nan")), 1),
            "mean_ms": round(statistics.fmean(values), 1) if values else None,
            "cache_hits": result.hits.get(label, 0),
            "error_examples": errors.get(label, [])[:5],
        }  # fmt: skip
    everything = [v for values in latencies.values() for v in values]
    total = {
        "requests": sum(r["requests"] for r in routes.values()),
        "errors": sum(r["errors"] for r in routes.values()),
        "wall_s": round(wall, 2), "throughput_rps": round(len(everything) / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(everything, 50), 1), "p95_ms": round(percentile(everything, 95), 1),
        "p99_ms": round(percentile(everything, 99), 1),
        "cache_hits": sum(result.hits.values()),
    }  # fmt: skip
    return {"routes": routes, "total": total}


def print_table(summary: dict[str, Any]) -> None:
    header = (
        f"{'route':<18}{'requests':>9}{'errors':>8}{'cached':>8}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
        f"{'max ms':>9}"
    )
    print(header)
    print("-" * len(header))
    rows = [*summary["routes"].items(), ("all", {**summary["total"], "max_ms": float("nan")})]
    for label, r in rows:
        print(f"{label:<18}{r['requests']:>9}{r['errors']:>8}{r['cache_hits']:>8}{r['throughput_rps']:>8.1f}"
              f"{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}{r['p99_ms']:>9.1f}{r['max_ms']:>9.1f}")  # fmt: skip


def _cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def _process_tree(pid: int) -> list[int]:
    """The process and its live descendants (``seismo serve --workers N`` works in child processes)."""
    try:
        children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]  # fmt: skip
    except OSError:
        return [pid]
    return [pid, *(p for child in children for p in _process_tree(child))]


def _process_cpu(pid: int) -> float:
    """User + system CPU seconds of a running process tree (Linux /proc; NaN elsewhere)."""
    try:
        stats = [Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split() for p in _process_tree(pid)]
    except OSError:
        return float("nan")
    return sum(int(f[11]) + int(f[12]) for f in stats) / os.sysconf("SC_CLK_TCK")


def _peak_memory_mb(pid: int) -> float:
    """Peak resident memory (VmHWM) of a process tree, summed, in MB (Linux; NaN elsewhere)."""
    try:
        statuses = [Path(f"/proc/{p}/status").read_text() for p in _process_tree(pid)]
    except OSError:
        return float("nan")
    return sum(int(line.split()[1]) / 1024 for text in statuses for line in text.splitlines()
               if line.startswith("VmHWM:"))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=5000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--max-seconds", type=float, default=600.0, help="stop the load after this long")
    parser.add_argument("--workers", type=int, default=1, help="server processes (seismo serve --workers)")
    parser.add_argument("--no-response-cache", action="store_true", help="serve every request afresh")
    parser.add_argument("--db", type=Path, default=None, help="store to build or reuse")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the store even if it exists")
    parser.add_argument("--report-only", action="store_true", help="exit 0 even if a target is missed")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args(argv)

    db = args.db or STORE_DIR / f"events-{args.events}.duckdb"
    print(f"store {db} ({args.events} events)", flush=True)
    build = build_store(db, args.events, args.rebuild)
    print(f"  {build}", flush=True)
    port = free_port()
    load_before = os.getloadavg()[0]  # another job on the machine slows the server down: say so
    server = start_server(db, port, args.workers, cache=not args.no_response_cache)
    try:
        requests = plan(args.requests)
        print(f"load: {len(requests)} requests from {args.clients} clients on 127.0.0.1:{port}", flush=True)
        client_cpu, server_cpu = _cpu_seconds(resource.RUSAGE_SELF), _process_cpu(server.pid)
        result = asyncio.run(
            run_load(f"http://127.0.0.1:{port}", requests, args.clients, args.max_seconds)
        )
        client_cpu = _cpu_seconds(resource.RUSAGE_SELF) - client_cpu
        server_cpu = _process_cpu(server.pid) - server_cpu
        server_mb = _peak_memory_mb(server.pid)
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
    summary = summarize(result)
    print_table(summary)
    unfinished = len(requests) - summary["total"]["requests"]
    missed = [label for label, r in summary["routes"].items() if not r["p99_ms"] <= TARGET_P99_MS]
    ok = summary["total"]["errors"] == 0 and not missed and unfinished == 0
    where = str(db.relative_to(ROOT) if db.is_relative_to(ROOT) else db)
    result = {
        "what": "bench/loadtest.py: seismo serve under 20 concurrent clients",
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seismo": __version__, "python": platform.python_version(), "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "loadavg_1min": {"before": round(load_before, 2), "after": round(os.getloadavg()[0], 2)},
        "store": {"path": where, **build},
        "server": {"workers": args.workers, "response_cache": not args.no_response_cache},
        "load": {"requests": len(requests), "clients": args.clients, "max_seconds": args.max_seconds,
                 "unfinished": unfinished, "seed": SEED},
        # CPU seconds per request: what the server costs, apart from the load generator beside it
        "server_peak_rss_mb": round(server_mb),
        "cpu_s": {"server": round(server_cpu, 1), "clients": round(client_cpu, 1),
                  "server_ms_per_request": round(server_cpu * 1000 / max(1, summary["total"]["requests"]), 2)},
        "target": {"p99_ms": TARGET_P99_MS, "errors": 0}, "met": ok, "routes_over_target": missed,
        **summary,
    }  # fmt: skip
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    verdict = (
        "met" if ok else f"MISSED (errors {summary['total']['errors']}, over p99 {missed}, unfinished {unfinished})"
    )
    print(f"target p99 < {TARGET_P99_MS:.0f} ms per route and 0 errors: {verdict}; written to {args.output}")
    return 0 if ok or args.report_only else 1


if __name__ == "__main__":
    sys.exit(main())
