"""Issue 15, item 3: where ``seismo ingest`` spends its time beyond the parse (cProfile, one process).

Profiles ``seismo.pipeline.ingest`` of N articles of the benchmark corpus (``bench/corpus.py``) into a
fresh store, after the model, KB and coder are loaded, and writes the top functions by own time and
by cumulative time to ``bench/results/NAME.txt``, with a summary of the main stages (parse, coding,
store, reading the inputs, stories) as shares of the total. The profiler's clock is this process's
CPU time, so a busy machine does not inflate whatever function was running when the process waited.

    python bench/profile_ingest.py [--n 200] [--name profile-ingest]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import build_corpus  # noqa: E402

from seismo.config import Settings  # noqa: E402
from seismo.pipeline import ingest  # noqa: E402
from seismo.store import Store  # noqa: E402

# (stage, file:function suffix) whose cumulative time is reported
STAGES = [
    ("parse (nlp.pipe)", "language.py", "pipe"),
    ("coding (Coder.code)", "coder.py", "code"),
    ("store (add_documents)", "store.py", "add_documents"),
    ("read inputs", "pipeline.py", "split_inputs"),
    ("syndication (find_copies)", "syndication.py", "find_copies"),
    ("stories", "pipeline.py", "_refresh_stories"),
]


def write_inputs(n: int, folder: Path) -> str:
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for a in build_corpus(n):
            out.write(json.dumps({"id": a.doc_id, "text": a.text, "title": a.title,
                                  "published": a.published.isoformat() if a.published else None}) + "\n")
    return str(path)


def stage_times(stats: pstats.Stats) -> dict[str, float]:
    out: dict[str, float] = {}
    for (path, _line, fn), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        for stage, file, name in STAGES:
            if fn == name and path.endswith(file):
                out[stage] = max(out.get(stage, 0.0), ct)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--name", default="profile-ingest")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="seismo-prof-"))
    inputs = write_inputs(args.n, tmp)
    warm = tmp / "warm.jsonl"
    warm.write_text("".join(Path(inputs).read_text(encoding="utf-8").splitlines(keepends=True)[:2]))
    with Store.open(tmp / "warm.duckdb") as store:
        ingest([str(warm)], Settings(), store)  # model, KB, coder, near-duplicate code loaded
    prof = cProfile.Profile(time.process_time)  # CPU time: the neighbours' load does not count
    with Store.open(tmp / "run.duckdb") as store:
        cpu = time.process_time()
        prof.enable()
        report = ingest([inputs], Settings(), store)
        prof.disable()
        cpu = time.process_time() - cpu
    stats = pstats.Stats(prof)
    total = sum(tt for (_cc, _nc, tt, _ct, _c) in stats.stats.values())  # type: ignore[attr-defined]
    stages = stage_times(stats)
    summary = [f"articles {args.n}, added {report.added}, events {report.events_added}, "
               f"CPU {cpu:.1f} s under the profiler (own CPU times sum to {total:.1f} s), "
               f"load average {os.getloadavg()[0]:.1f}", ""]
    summary += [f"{stage:28s} {ct:7.2f} s  {100 * ct / total:5.1f} %" for stage, ct in stages.items()]
    own, cum = io.StringIO(), io.StringIO()
    pstats.Stats(prof, stream=own).sort_stats("tottime").print_stats(40)
    pstats.Stats(prof, stream=cum).sort_stats("cumulative").print_stats(60)
    text = ("## stages (cumulative, profiled)\n\n" + "\n".join(summary) + "\n\n## top by own time\n\n"
            + own.getvalue() + "\n\n## top by cumulative time\n\n" + cum.getvalue())
    out = HERE / "results" / f"{args.name}.txt"
    out.write_text(text.replace(str(HERE.parent) + "/", "").replace(sys.prefix + "/", ""))
    print("\n".join(summary))


if __name__ == "__main__":
    main()
