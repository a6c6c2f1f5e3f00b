"""Crash safety: ``kill -9`` a real ingest at random moments, re-run it, lose and double nothing.

Each worker runs chains on a fresh database: start ``python -m seismo ingest``, SIGKILL it at
a random moment, start the same command again, kill it again... until a run is allowed to
finish; the finished store must equal the clean run's, row for row (documents, events,
rejections, MinHash signatures, stories and their members), and pass ``seismo check``.

Kill moments come in two kinds, chosen at random with a fixed seed:
- "early": a random delay from start (interpreter start, opening and migrating the file,
  storing rejections, loading spaCy);
- "write": after the k-th change of the DuckDB write-ahead log seen in this run (k random),
  plus a random few milliseconds, so kills land between and inside batch transactions, in
  the story rebuild, the checkpoint at close and process exit.

Two workers run side by side (spaCy loads in ~3 s per process) to keep the test near a minute.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from reliability_helpers import (
    BATCH,
    ROOT,
    CleanRun,
    cli_env,
    diff_snapshots,
    ingest_args,
    seismo,
    snapshot,
)

from seismo.store.check import check_database

pytestmark = pytest.mark.slow

KILLS_PER_WORKER = 12  # 24 crash points in all (the issue asks for 20+)
MAX_KILLS_PER_CHAIN = 5
WORKERS = 2
SEED = 20240305
TIME_BUDGET = 240.0  # seconds; a safety net, the test normally needs ~60


@dataclass
class WorkerStats:
    kills: int = 0
    early_kills: int = 0
    write_kills: int = 0
    chains: int = 0
    completed_runs: int = 0
    problems: list[str] = field(default_factory=list)
    kill_points: list[str] = field(default_factory=list)


def _wal_size(db: Path) -> int:
    try:
        return db.with_name(db.name + ".wal").stat().st_size
    except FileNotFoundError:
        return -1


def _start(corpus: Path, db: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as err:
        return subprocess.Popen(
            [sys.executable, "-m", "seismo", *ingest_args(corpus, db)],
            stdout=subprocess.DEVNULL, stderr=err, env=cli_env(BATCH), cwd=ROOT,
            start_new_session=True,
        )  # fmt: skip


def _kill(proc: subprocess.Popen[bytes]) -> bool:
    """SIGKILL the run's process group; True if it was still running (a real crash point)."""
    if proc.poll() is not None:
        return False
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    return proc.returncode == -signal.SIGKILL


def _run_once(corpus: Path, db: Path, log: Path, rng: random.Random, kill: bool) -> tuple[str, str]:
    """One run; returns ("killed", where) or ("finished", return code)."""
    proc = _start(corpus, db, log)
    started = time.monotonic()
    if not kill:
        proc.wait(timeout=120)
        return "finished", str(proc.returncode)
    if rng.random() < 0.4:
        delay = rng.uniform(0.05, 2.5)
        while proc.poll() is None and time.monotonic() - started < delay:
            time.sleep(0.005)
        where = f"early@{delay:.2f}s"
    else:
        target = rng.randint(1, 14)  # WAL changes: rejections, 10 batches, stories, close
        seen, last = 0, _wal_size(db)
        while proc.poll() is None and seen < target and time.monotonic() - started < 60:
            size = _wal_size(db)
            if size != last:
                seen, last = seen + 1, size
            time.sleep(0.002)
        time.sleep(rng.uniform(0, 0.08))
        where = f"write@wal-change-{target}"
    if _kill(proc):
        return "killed", where
    proc.wait(timeout=120)
    return "finished", str(proc.returncode)


def _worker(n: int, clean: CleanRun, tmp: Path, deadline: float) -> WorkerStats:
    rng = random.Random(SEED + n)
    stats = WorkerStats()
    log = tmp / f"worker{n}.log"
    while stats.kills < KILLS_PER_WORKER and time.monotonic() < deadline:
        db = tmp / f"w{n}-chain{stats.chains}.duckdb"
        stats.chains += 1
        in_chain = 0
        while True:
            kill = in_chain < MAX_KILLS_PER_CHAIN and stats.kills < KILLS_PER_WORKER and time.monotonic() < deadline
            outcome, detail = _run_once(clean.corpus, db, log, rng, kill)
            if outcome == "killed":
                stats.kills += 1
                in_chain += 1
                stats.kill_points.append(detail)
                if detail.startswith("early"):
                    stats.early_kills += 1
                else:
                    stats.write_kills += 1
                continue
            stats.completed_runs += 1
            if detail != "0":
                stats.problems.append(f"{db.name}: run exited {detail}: {log.read_text()[-500:]}")
            _compare(clean, db, stats)
            break
    return stats


def _compare(clean: CleanRun, db: Path, stats: WorkerStats) -> None:
    """The finished store equals the clean one and passes every invariant."""
    problems = diff_snapshots(clean.rows, snapshot(db))
    stats.problems += [f"{db.name}: {p}" for p in problems]
    report = check_database(db)
    stats.problems += [f"{db.name}: check: {v}" for v in report.violations]


def test_kill_9_at_random_points_loses_and_doubles_nothing(clean_run: CleanRun, tmp_path: Path) -> None:
    deadline = time.monotonic() + TIME_BUDGET
    with ThreadPoolExecutor(WORKERS) as pool:
        futures = [pool.submit(_worker, n, clean_run, tmp_path, deadline) for n in range(WORKERS)]
        results = [f.result() for f in futures]
    kills = sum(r.kills for r in results)
    problems = [p for r in results for p in r.problems]
    summary = (
        f"{kills} kills ({sum(r.early_kills for r in results)} early, "
        f"{sum(r.write_kills for r in results)} during writes) over "
        f"{sum(r.chains for r in results)} chains, {sum(r.completed_runs for r in results)} "
        f"completed runs compared: {[p for r in results for p in r.kill_points]}"
    )
    print(summary)
    assert not problems, "\n".join(problems)
    assert kills >= 20, summary
    assert sum(r.write_kills for r in results) >= 8, summary


def test_rerun_of_a_finished_ingest_adds_nothing(clean_run: CleanRun) -> None:
    before = snapshot(clean_run.db)
    result = seismo(*ingest_args(clean_run.corpus, clean_run.db)[:-1], env=BATCH)
    assert result.returncode == 0, result.stderr
    assert "0 added, 0 updated, 40 already stored" in result.stderr
    assert diff_snapshots(before, snapshot(clean_run.db)) == []
