"""Issue 15, item 4: the scaling curve. Articles/s and peak memory for 1 process, 2 processes (the pool)
and a 2-worker Dask ``LocalCluster`` on N articles, and ingest time per article as the store grows.

Every case runs in a fresh child process through ``bench/run.py``'s ``run_case`` (peak RSS/PSS summed over
the child and its workers, Dask's included; CPU seconds of the whole process tree). Cases:

* ``coding``: ``seismo.scale.code_articles`` + ``Store.add_documents`` + story rebuild on the first N
  articles of the benchmark corpus (``bench/corpus.py``), per path. The event ids and evidence offsets of
  every path are compared with the one-process run (``identical``: issue 15 asks for the same results).
* ``growth``: ``seismo.pipeline.ingest`` of the same N article files into a store already holding E events
  (built once with the store's Arrow bulk path, ``bench/search_bench.py``; synthetic events and documents).
  The parse and coding are done once beforehand and handed to ``ingest`` (its ``code`` hook), so the timed
  part is what can grow with the store: reading the inputs, the stored-hash query, the near-duplicate check,
  the writes and the story update (the stored stories are built, untimed, before the run, as in a working
  store, so the run updates only the stories its articles touch). Their time per article is reported beside
  the parse + coding time per article, and ``vs_empty`` is the total per article (parse + coding + the rest)
  against the empty store.

    python bench/scaling.py                          # 1k and 10k articles, stores of 0, 100k and 1M events
    python bench/scaling.py --sizes 200,1000 --stores 0,1000000 --name scaling-small

Writes ``bench/results/NAME.json`` (the case definitions with the results and the load average).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import RESULTS, machine, run_case  # noqa: E402

PATHS = {"w1": {"workers": 1}, "w2": {"workers": 2}, "dask2": {"workers": 1, "dask": 2}}


def plan(sizes: list[int], stores: list[int], growth_n: int, keys: Path) -> list[tuple[str, dict[str, Any]]]:
    cases = []
    for n in sizes:
        for path, how in PATHS.items():
            cases.append((f"coding_{n}_{path}", {"kind": "seismo", "corpus": n, "n": n, "filter": False,
                                                  **how, "keys": str(keys / f"{n}_{path}.json")}))
    for events in stores:
        cases.append((f"growth_{events}", {"kind": "growth", "n": growth_n, "store_events": events}))
    return cases


def case_growth(spec: dict[str, Any]) -> dict[str, Any]:
    """Ingest N pre-coded articles into a store of ``store_events`` events; time per article."""
    from corpus import build_corpus

    from seismo.config import Settings
    from seismo.pipeline import code_articles, ingest, split_inputs
    from seismo.store import Store

    settings = Settings()
    work = Path(tempfile.mkdtemp(prefix="seismo-growth-"))
    try:
        paths = []
        for i, article in enumerate(build_corpus(max(spec["n"], 1000))[: spec["n"]]):
            path = work / "in" / f"a{i:05d}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(article.text, encoding="utf-8")
            paths.append(str(path))
        articles, _ = split_inputs(paths, settings)
        list(code_articles(articles[:2], settings))  # the model loads untimed
        c0, t0 = time.process_time(), time.perf_counter()
        coded = {d.article.doc_id: d for d in code_articles(articles, settings)}
        code_cpu, code_wall = time.process_time() - c0, time.perf_counter() - t0
        db = work / "store.duckdb"
        open_s = 0.0
        if spec["store_events"]:
            from search_bench import ensure_store

            base, _ = ensure_store(spec["store_events"])
            shutil.copyfile(base, db)
            t = time.perf_counter()
            Store.open(db).close()
            open_s = time.perf_counter() - t
            with Store.open(db) as store:  # untimed: a working store's stories are current before a run
                from seismo.analysis.stories import ensure_stories

                ensure_stories(store)
        with Store.open(db) as store:
            c0, t0 = time.process_time(), time.perf_counter()
            report = ingest(paths, settings, store, code=lambda todo: (coded[a.doc_id] for a in todo))
            rest_cpu, rest_wall = time.process_time() - c0, time.perf_counter() - t0
        n = len(articles)
        return {"articles": n, "added": report.added, "events_added": report.events_added,
                "copies_carried": report.copies_carried, "store_open_s": round(open_s, 2),
                "parse_code_cpu_ms_per_article": round(code_cpu / n * 1000, 2),
                "parse_code_wall_ms_per_article": round(code_wall / n * 1000, 2),
                "rest_cpu_ms_per_article": round(rest_cpu / n * 1000, 2),
                "rest_wall_ms_per_article": round(rest_wall / n * 1000, 2),
                "load_average_1m": round(os.getloadavg()[0], 1)}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _same(a: Path, b: Path) -> dict[str, Any]:
    ka = {k[0]: k[1:] for k in json.loads(a.read_text())}
    kb = {k[0]: k[1:] for k in json.loads(b.read_text())}
    return {"events": len(ka), "identical": ka == kb, "only_in_first": len(set(ka) - set(kb)),
            "only_in_second": len(set(kb) - set(ka))}


def summarize(res: dict[str, Any], sizes: list[int], stores: list[int]) -> dict[str, Any]:
    c = res["cases"]
    out: dict[str, Any] = {"coding": {}, "growth": {}}
    for n in sizes:
        base = c[f"coding_{n}_w1"]
        out["coding"][n] = {path: {"articles_per_s": c[f"coding_{n}_{path}"].get("articles_per_s"),
                                   "articles_500w_per_s": c[f"coding_{n}_{path}"].get("articles_500w_per_s"),
                                   "articles_per_cpu_s": c[f"coding_{n}_{path}"].get("articles_per_cpu_s"),
                                   "peak_rss_mb": c[f"coding_{n}_{path}"]["peak_rss_mb"],
                                   "peak_pss_mb": c[f"coding_{n}_{path}"]["peak_pss_mb"],
                                   "speedup_vs_w1": round(c[f"coding_{n}_{path}"]["articles_per_s"]
                                                          / base["articles_per_s"], 2)}
                            for path in PATHS}
    empty = c.get("growth_0")
    for events in stores:
        g = c[f"growth_{events}"]
        total = g["parse_code_cpu_ms_per_article"] + g["rest_cpu_ms_per_article"]
        row = {"rest_cpu_ms_per_article": g["rest_cpu_ms_per_article"],
               "rest_wall_ms_per_article": g["rest_wall_ms_per_article"], "total_cpu_ms_per_article": round(total, 1)}
        if empty:
            # the same parse + coding cost on both sides: what differs is the part that touches the store
            ref = empty["parse_code_cpu_ms_per_article"] + empty["rest_cpu_ms_per_article"]
            row["vs_empty"] = round((g["parse_code_cpu_ms_per_article"] + g["rest_cpu_ms_per_article"]) / ref, 3)
            row["vs_empty_same_parse"] = round((empty["parse_code_cpu_ms_per_article"] + g["rest_cpu_ms_per_article"])
                                               / ref, 3)
        out["growth"][events] = row
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,10000", help="article counts for the coding cases")
    ap.add_argument("--stores", default="0,100000,1000000", help="store sizes (events) for the growth cases")
    ap.add_argument("--growth-n", type=int, default=200, help="articles ingested per growth case")
    ap.add_argument("--only", choices=["coding", "growth"], help="run one family of cases")
    ap.add_argument("--name", default="scaling")
    args = ap.parse_args()
    sizes = [int(x) for x in args.sizes.split(",") if x] if args.only != "growth" else []
    stores = [int(x) for x in args.stores.split(",") if x] if args.only != "coding" else []
    keys = Path(tempfile.mkdtemp(prefix="seismo-scaling-keys-"))
    res: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                           "cases": {}, "definitions": {}}
    t_start = time.perf_counter()
    for name, spec in plan(sizes, stores, args.growth_n, keys):
        print(f"[{time.perf_counter() - t_start:6.0f}s] {name} ...", flush=True)
        res["definitions"][name] = spec
        res["cases"][name] = run_case(spec, timeout=6 * 3600)
        res["cases"][name]["load_average_after"] = [round(x, 1) for x in os.getloadavg()]
    res["same_results"] = {f"{n}_{path}_vs_w1": _same(keys / f"{n}_{path}.json", keys / f"{n}_w1.json")
                           for n in sizes for path in PATHS if path != "w1"}
    res["summary"] = summarize(res, sizes, stores)
    res["total_s"] = round(time.perf_counter() - t_start, 1)
    path = RESULTS / f"{args.name}.json"
    path.write_text(json.dumps(res, indent=1, default=str) + "\n")
    print(json.dumps({"summary": res["summary"], "same_results": res["same_results"]}, indent=1))
    print(f"wrote {path.relative_to(HERE.parent)} in {res['total_s']} s")
    shutil.rmtree(keys, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
