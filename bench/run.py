"""`make bench`: seismo's throughput against bare spaCy, the candidate filter, scaling, and the store.

Every measured case runs in a fresh child process (``--case JSON``), so its peak memory (sum of
RSS over the child and its workers, sampled every 0.2 s) and its model load are its own. Throughput
is timed after the model is loaded in the child; process pools (seismo ``--workers``, spaCy
``n_process``) start inside the timed part, as they do for a user. CPU seconds (user + system of
the child and its workers) are reported beside wall time: on a shared 2-core machine the wall
clock also counts other people's work, the CPU seconds do not.

    python bench/run.py [--name NAME] [--small 150] [--n1k 1000] [--n10k 10000] [--cap 240] [--cap10k 120]

Writes ``bench/results/NAME.json`` and prints a summary table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import psutil  # noqa: E402

RESULTS = HERE / "results"


# -- one case, in a child process -------------------------------------------------------------

class TreeCpu(threading.Thread):
    """CPU seconds of this process and all its descendants (pool workers are grandchildren under a
    fork server, which ``os.times`` does not see), sampled every 0.1 s per pid."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.me = psutil.Process()
        self.base: dict[int, float] = {}
        self.last: dict[int, float] = {}
        self.stop = threading.Event()
        self._poll(first=True)

    def _poll(self, first: bool = False) -> None:
        try:
            procs = [self.me, *self.me.children(recursive=True)]
        except psutil.Error:
            return
        for p in procs:
            try:
                t = p.cpu_times()
            except psutil.Error:
                continue
            used = t.user + t.system
            if first:
                self.base[p.pid] = used
            self.last[p.pid] = used

    def run(self) -> None:
        while not self.stop.wait(0.1):
            self._poll()

    def total(self) -> float:
        self.stop.set()
        self._poll()
        return sum(v - self.base.get(pid, 0.0) for pid, v in self.last.items())


def _cpu_start() -> TreeCpu:
    cpu = TreeCpu()
    cpu.start()
    return cpu


def case_bare(spec: dict[str, Any]) -> dict[str, Any]:
    """Bare spaCy: the stock model (``spacy.load``) over the texts with nlp.pipe, same model, batch size and
    process count. ``"pipeline": "seismo"`` parses with seismo's own pipeline instead (its tokenizer cases,
    attribute table and components, no coder): the baseline the ratios used before 2026-12-08 (docs/scaling.md)."""
    import spacy
    from corpus import build_corpus, word_count

    from seismo.config import Settings
    from seismo.nlp import load_pipeline
    from seismo.pipeline import PARSE_BATCH

    articles = build_corpus(spec["corpus"], mixed=spec.get("mixed", False))[: spec["n"]]
    nlp = load_pipeline() if spec.get("pipeline") == "seismo" else spacy.load(Settings().model)
    list(nlp.pipe([a.text for a in articles[:4]]))
    cap, done = spec.get("cap", 1e9), 0
    cpu, t0 = _cpu_start(), time.perf_counter()
    for _doc in nlp.pipe((a.text for a in articles), batch_size=PARSE_BATCH, n_process=spec["workers"]):
        done += 1
        if time.perf_counter() - t0 > cap:
            break
    wall = time.perf_counter() - t0
    return {"articles": done, "words": word_count(articles[:done]), "wall_s": wall, "cpu_s": cpu.total(),
            "capped": done < len(articles)}


def case_filterparse(spec: dict[str, Any]) -> dict[str, Any]:
    """The filter's parse alone (no coding): what skipping non-candidate sentences saves."""
    from corpus import build_corpus, word_count

    from seismo.coding.filter import FilterStats, parse_filtered
    from seismo.coding.prefilter import prefilter
    from seismo.nlp import load_pipeline
    from seismo.pipeline import PARSE_BATCH

    articles = build_corpus(spec["corpus"], mixed=spec.get("mixed", False))[: spec["n"]]
    nlp = load_pipeline()
    filt = prefilter(nlp)  # what --candidate-filter uses
    list(parse_filtered(nlp, [a.text for a in articles[:4]], filt=filt))
    stats = FilterStats()
    cpu, t0 = _cpu_start(), time.perf_counter()
    done = sum(1 for _ in parse_filtered(nlp, (a.text for a in articles), PARSE_BATCH, filt, stats))
    wall = time.perf_counter() - t0
    share = {"candidate_share": stats.candidates / max(1, stats.sentences),
             "parsed_char_share": stats.parsed_chars / max(1, stats.chars)}
    return {"articles": done, "words": word_count(articles), "wall_s": wall, "cpu_s": cpu.total(),
            "filter": {**vars(stats), **{k: round(v, 3) for k, v in share.items()}}, "capped": False}


def case_seismo(spec: dict[str, Any]) -> dict[str, Any]:
    """seismo: parse + code + store (one writer, batches of 32) + story rebuild, as ``ingest`` does."""
    from corpus import build_corpus, word_count

    from seismo.analysis.stories import ensure_stories
    from seismo.config import Settings
    from seismo.scale import ScaleOptions, code_articles
    from seismo.store import Store

    articles = build_corpus(spec["corpus"], mixed=spec.get("mixed", False))[: spec["n"]]
    settings = Settings()
    if spec["workers"] == 1 and not spec.get("dask"):  # pool and Dask workers load their own; one process
        list(code_articles(articles[:2], settings, ScaleOptions(candidate_filter=spec["filter"])))  # here, untimed
    scale = ScaleOptions(workers=spec["workers"], dask_local=spec.get("dask", 0), candidate_filter=spec["filter"])
    db = Path(tempfile.mkdtemp(prefix="seismo-bench-")) / "bench.duckdb"
    cap, done, n_events, asserted, keys = spec.get("cap", 1e9), 0, 0, 0, []
    cpu, t0 = _cpu_start(), time.perf_counter()
    with Store.open(db) as store:
        batch = []
        stream = code_articles(articles, settings, scale)
        for coded in stream:
            batch.append(coded)
            if len(batch) >= settings.batch_size:
                store.add_documents(batch)
                done, batch = done + len(batch), []
                if time.perf_counter() - t0 > cap:
                    stream.close()
                    break
        if batch:
            store.add_documents(batch)
            done += len(batch)
        t1 = time.perf_counter()
        ensure_stories(store)
        stories_s = time.perf_counter() - t1
        for row in store.query("SELECT event_id, modality, evidence_start, evidence_end FROM events"):
            n_events += 1
            asserted += row["modality"] == "asserted"
            keys.append([row["event_id"], row["evidence_start"], row["evidence_end"]])
    wall = time.perf_counter() - t0
    out = {"articles": done, "words": word_count(articles[:done]), "wall_s": wall, "cpu_s": cpu.total(),
           "events": n_events, "asserted_events": asserted, "stories_s": stories_s,
           "capped": done < len(articles)}
    if spec.get("keys"):
        Path(spec["keys"]).write_text(json.dumps(keys))
    return out


def case_store(spec: dict[str, Any]) -> dict[str, Any]:
    from store_bench import run_store_bench

    return run_store_bench(spec["n_events"], spec.get("queries", 50))


def case_recall(spec: dict[str, Any]) -> dict[str, Any]:
    from recall import recall_report

    return recall_report()


def case_profile(spec: dict[str, Any]) -> dict[str, Any]:
    from profile_coding import profile_coding

    return profile_coding(spec["n"], Path(spec["out"]), spec.get("filter", False))


def case_growth(spec: dict[str, Any]) -> dict[str, Any]:
    from scaling import case_growth as growth

    return growth(spec)


CASES = {"bare": case_bare, "filterparse": case_filterparse, "seismo": case_seismo, "store": case_store,
         "recall": case_recall, "profile": case_profile, "growth": case_growth}


# -- orchestration ---------------------------------------------------------------------------

class TreeMemory(threading.Thread):
    """Peak of the summed RSS (and PSS, where readable) of a process and its descendants."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.proc, self.every = psutil.Process(pid), every
        self.peak_rss = self.peak_pss = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            rss = pss = 0
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
            except psutil.Error:
                return
            for p in procs:
                try:
                    info = p.memory_full_info()
                    rss += info.rss
                    pss += getattr(info, "pss", info.rss)
                except psutil.Error:
                    continue
            self.peak_rss, self.peak_pss = max(self.peak_rss, rss), max(self.peak_pss, pss)
            self.stop.wait(self.every)


def run_case(spec: dict[str, Any], timeout: float = 900) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--case", json.dumps(spec)]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, cwd=HERE.parent)
    mem = TreeMemory(proc.pid)
    mem.start()
    out, _ = proc.communicate(timeout=timeout)
    mem.stop.set()
    mem.join()
    if proc.returncode != 0:
        raise RuntimeError(f"case {spec} failed with exit code {proc.returncode}")
    result = json.loads(out.strip().splitlines()[-1])
    result.update(spec=spec, peak_rss_mb=round(mem.peak_rss / 2**20), peak_pss_mb=round(mem.peak_pss / 2**20),
                  process_s=round(time.perf_counter() - started, 1))
    return _rates(result)


def _rates(r: dict[str, Any]) -> dict[str, Any]:
    if "articles" in r and r.get("wall_s"):
        r["articles_per_s"] = round(r["articles"] / r["wall_s"], 2)
        r["words_per_s"] = round(r["words"] / r["wall_s"])
        r["words_per_cpu_s"] = round(r["words"] / r["cpu_s"]) if r.get("cpu_s") else None
        r["articles_per_cpu_s"] = round(r["articles"] / r["cpu_s"], 3) if r.get("cpu_s") else None
        r["articles_500w_per_s"] = round(r["words"] / 500 / r["wall_s"], 2)
        if "events" in r:
            r["events_per_s"] = round(r["events"] / r["wall_s"], 1)
        for k in ("wall_s", "cpu_s", "stories_s"):
            if k in r:
                r[k] = round(r[k], 2)
    return r


def _ratio(a: dict[str, Any], b: dict[str, Any]) -> dict[str, float | None]:
    return {"wall": round(a["articles_per_s"] / b["articles_per_s"], 3),
            "cpu": round(a["articles_per_cpu_s"] / b["articles_per_cpu_s"], 3)
            if a.get("articles_per_cpu_s") and b.get("articles_per_cpu_s") else None}


def _overlap(full_path: str, filt_path: str) -> dict[str, Any]:
    full = {k[0]: k[1:] for k in json.loads(Path(full_path).read_text())}
    filt = {k[0]: k[1:] for k in json.loads(Path(filt_path).read_text())}
    both = set(full) & set(filt)
    return {"events_unfiltered": len(full), "events_filtered": len(filt), "found_by_both": len(both),
            "recall": round(len(both) / len(full), 4) if full else None,
            "filtered_only": len(set(filt) - set(full)),
            "evidence_offset_mismatches": sum(1 for k in both if full[k] != filt[k])}



def machine() -> dict[str, Any]:
    return {"cpus": os.cpu_count(), "cpu": platform.processor() or platform.machine(),
            "memory_gb": round(psutil.virtual_memory().total / 2**30, 1), "python": platform.python_version(),
            "load_avg_at_start": [round(x, 2) for x in os.getloadavg()]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--case", help=argparse.SUPPRESS)
    ap.add_argument("--name", default="bench-2core")
    ap.add_argument("--small", type=int, default=150, help="articles for the 1-process ratio cases")
    ap.add_argument("--n1k", type=int, default=1000)
    ap.add_argument("--n10k", type=int, default=10000)
    ap.add_argument("--cap", type=float, default=200, help="seconds at most per 1k case")
    ap.add_argument("--cap10k", type=float, default=120, help="seconds at most for the 10k case")
    ap.add_argument("--store-events", type=int, default=1_000_000)
    ap.add_argument("--ratios", type=int, default=0, metavar="ROUNDS",
                    help="only the seismo/bare ratios: ROUNDS interleaved bare/seismo pairs with 1 process "
                         "(--small articles) and with 2 (--n2 articles), medians of the pairs' CPU and wall ratios")
    ap.add_argument("--n2", type=int, default=300, help="articles for the 2-process pairs of --ratios")
    args = ap.parse_args(argv)
    if args.case:
        spec = json.loads(args.case)
        print(json.dumps(CASES[spec["kind"]](spec)))
        return 0
    if args.ratios:
        return ratios_only(args)
    return orchestrate(args)


def ratios_only(args: argparse.Namespace) -> int:
    """Interleaved pairs (bare, seismo, bare, seismo...) so both see the same neighbours on a shared
    machine; each pair gives a ratio, the median of the pairs is reported (CPU seconds and wall)."""
    import statistics

    t_start = time.perf_counter()
    res: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                           "method": "interleaved bare/seismo pairs, ratio per pair, median", "pairs": {}}
    plans = {"w1": (args.small, 1), "w2": (args.n2, 2)}
    for key, (n, workers) in plans.items():
        pairs = []
        for r in range(args.ratios):
            pair = {}
            for kind in ("bare", "seismo"):
                spec = {"kind": kind, "corpus": args.n1k, "n": n, "workers": workers}
                if kind == "seismo":
                    spec["filter"] = False
                print(f"[{time.perf_counter() - t_start:6.0f}s] {key} round {r + 1} {kind} ...", flush=True)
                pair[kind] = run_case(spec)
            pair["ratio"] = _ratio(pair["seismo"], pair["bare"])
            pair["load_avg"] = [round(x, 2) for x in os.getloadavg()]
            pairs.append(pair)
        res["pairs"][key] = pairs
        res[f"seismo_vs_bare_{key}"] = {
            "cpu": round(statistics.median(p["ratio"]["cpu"] for p in pairs), 3),
            "wall": round(statistics.median(p["ratio"]["wall"] for p in pairs), 3),
            "seismo_articles_500w_per_s": round(statistics.median(
                p["seismo"]["articles_500w_per_s"] for p in pairs), 2),
            "seismo_articles_per_cpu_s": round(statistics.median(
                p["seismo"]["articles_per_cpu_s"] for p in pairs), 3),
            "bare_articles_per_cpu_s": round(statistics.median(p["bare"]["articles_per_cpu_s"] for p in pairs), 3),
            "articles": n, "workers": workers}
        print(json.dumps({key: res[f"seismo_vs_bare_{key}"]}), flush=True)
    res["total_s"] = round(time.perf_counter() - t_start, 1)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{args.name}.json"
    path.write_text(json.dumps(res, indent=1, default=str) + "\n")
    print(f"wrote {path.relative_to(HERE.parent)} in {res['total_s']} s")
    return 0


def orchestrate(args: argparse.Namespace) -> int:
    from report import print_table, summarize

    t_start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="seismo-bench-keys-"))
    res: dict[str, Any] = {"machine": machine(), "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "cases": {}}
    plan: list[tuple[str, dict[str, Any]]] = [
        ("bare_small_w1", {"kind": "bare", "corpus": args.n1k, "n": args.small, "workers": 1}),
        ("filterparse_small_w1", {"kind": "filterparse", "corpus": args.n1k, "n": args.small, "workers": 1}),
        ("seismo_small_w1", {"kind": "seismo", "corpus": args.n1k, "n": args.small, "workers": 1, "filter": False}),
        ("filter_small_w1", {"kind": "seismo", "corpus": args.n1k, "n": args.small, "workers": 1, "filter": True}),
        ("seismo_small_w2", {"kind": "seismo", "corpus": args.n1k, "n": args.small, "workers": 2, "filter": False}),
        ("bare_mixed_w1", {"kind": "bare", "corpus": args.n1k, "n": args.small, "workers": 1, "mixed": True}),
        ("filterparse_mixed_w1", {"kind": "filterparse", "corpus": args.n1k, "n": args.small, "workers": 1,
                                  "mixed": True}),
        ("seismo_mixed_w1", {"kind": "seismo", "corpus": args.n1k, "n": args.small, "workers": 1, "filter": False,
                             "mixed": True, "keys": str(tmp / "mixed_full.json")}),
        ("filter_mixed_w1", {"kind": "seismo", "corpus": args.n1k, "n": args.small, "workers": 1, "filter": True,
                             "mixed": True, "keys": str(tmp / "mixed_filt.json")}),
        ("bare_1k_w2", {"kind": "bare", "corpus": args.n1k, "n": args.n1k, "workers": 2, "cap": args.cap}),
        ("seismo_1k_w2", {"kind": "seismo", "corpus": args.n1k, "n": args.n1k, "workers": 2, "filter": False,
                          "cap": args.cap, "keys": str(tmp / "full.json")}),
        ("filter_1k_w2", {"kind": "seismo", "corpus": args.n1k, "n": args.n1k, "workers": 2, "filter": True,
                          "cap": args.cap, "keys": str(tmp / "filt.json")}),
        ("filter_10k_w2", {"kind": "seismo", "corpus": args.n10k, "n": args.n10k, "workers": 2, "filter": True,
                           "cap": args.cap10k}),
        ("recall", {"kind": "recall"}),
        ("store", {"kind": "store", "n_events": args.store_events}),
    ]
    for name, spec in plan:
        print(f"[{time.perf_counter() - t_start:6.0f}s] {name} ...", flush=True)
        res["cases"][name] = run_case(spec)
    c = res["cases"]
    res["ratios"] = {
        "seismo_vs_bare_w1": _ratio(c["seismo_small_w1"], c["bare_small_w1"]),
        "seismo_vs_bare_w2": _ratio(c["seismo_1k_w2"], c["bare_1k_w2"]),
        "filterparse_vs_bare_w1": _ratio(c["filterparse_small_w1"], c["bare_small_w1"]),
        "filter_vs_bare_w1": _ratio(c["filter_small_w1"], c["bare_small_w1"]),
        "filterparse_vs_bare_mixed_w1": _ratio(c["filterparse_mixed_w1"], c["bare_mixed_w1"]),
        "filter_vs_bare_mixed_w1": _ratio(c["filter_mixed_w1"], c["bare_mixed_w1"]),
        "seismo_vs_bare_mixed_w1": _ratio(c["seismo_mixed_w1"], c["bare_mixed_w1"]),
        "filter_vs_bare_w2": _ratio(c["filter_1k_w2"], c["bare_1k_w2"]),
        "seismo_w2_vs_w1": _ratio(c["seismo_small_w2"], c["seismo_small_w1"]),
    }
    c["recall"]["corpus_1k"] = _overlap(str(tmp / "full.json"), str(tmp / "filt.json"))
    c["recall"]["mixed_corpus"] = _overlap(str(tmp / "mixed_full.json"), str(tmp / "mixed_filt.json"))
    if res["ratios"]["seismo_vs_bare_w1"]["cpu"] < 0.85 or res["ratios"]["filter_vs_bare_w1"]["cpu"] < 1.5:
        out = RESULTS / f"{args.name}-profile.txt"
        print(f"[{time.perf_counter() - t_start:6.0f}s] profile -> {out} ...", flush=True)
        res["profile"] = run_case({"kind": "profile", "n": 40, "out": str(out)})
    res["total_s"] = round(time.perf_counter() - t_start, 1)
    res["summary"] = summarize(res)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{args.name}.json"
    path.write_text(json.dumps(res, indent=1, default=str) + "\n")
    print_table(res)
    print(f"\nwrote {path.relative_to(HERE.parent)} in {res['total_s']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
