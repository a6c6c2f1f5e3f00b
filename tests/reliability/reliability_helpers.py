"""Shared pieces of the reliability tests: a small news corpus and store comparisons.

The corpus is deterministic (same files, same order, same text on every machine) so a
clean ingest and an interrupted-then-resumed one must end with identical stores.
"""

from __future__ import annotations

import os
import random
import resource
import signal
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = "2024-03-05"
BATCH = {"SEISMO_BATCH_SIZE": "4"}  # 40 documents: 10 batch transactions per ingest


@dataclass
class CleanRun:
    """The reference store: the corpus ingested once, uninterrupted."""

    corpus: Path
    db: Path
    rows: dict[str, list[Any]]
    seconds: float


def ingest_args(corpus: Path, db: Path) -> list[str]:
    return ["ingest", str(corpus), "--db", str(db), "--published", PUBLISHED, "-q"]


_PAIRS = [
    ("Russian", "Russia", "Ukraine", "Kharkiv"), ("Ukrainian", "Ukraine", "Russia", "Belgorod"),
    ("Israeli", "Israel", "Lebanon", "Tyre"), ("Indian", "India", "Pakistan", "Lahore"),
    ("Turkish", "Turkey", "Iraq", "Duhok"), ("Sudanese", "Sudan", "Chad", "Adre"),
    ("Chinese", "China", "Taiwan", "Kinmen"), ("Ethiopian", "Ethiopia", "Eritrea", "Zalambessa"),
]  # fmt: skip
_TEMPLATES = [
    "{adj} forces shelled {city} on Monday, killing {n} people, officials said.",
    "The president of {a} met the foreign minister of {b} in Geneva on Tuesday.",
    "{a} accused {b} of violating the ceasefire near {city} on Wednesday.",
    "{adj} troops withdrew from positions near {city} on Thursday after talks.",
    "{a} imposed new sanctions on {b} on Friday over the attack on {city}.",
]
_FILLER = [
    "Residents described a tense night as emergency crews worked until dawn.",
    "Diplomats in the region urged both sides to show restraint.",
    "The ministry said it would publish a fuller account later in the week.",
    "Analysts said the move could complicate efforts to reopen border crossings.",
    "Local media reported long queues at the remaining checkpoints.",
    "Aid groups warned that supplies of fuel and medicine were running low.",
]


def write_corpus(directory: Path, n: int = 40, seed: int = 8) -> list[Path]:
    """``n`` short English news files (plus one empty file that is rejected) in ``directory``."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        adj, a, b, city = _PAIRS[i % len(_PAIRS)]
        template = _TEMPLATES[(i // len(_PAIRS)) % len(_TEMPLATES)]
        lead = template.format(adj=adj, a=a, b=b, city=city, n=i + 2)
        filler = " ".join(rng.sample(_FILLER, 3))
        text = f"{a} and {b}: report {i}\n\n{lead} {filler}\n\nThe report number is {i}.\n"
        path = directory / f"doc{i:03d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    (directory / "empty.txt").write_text("   \n", encoding="utf-8")  # a rejection (I002)
    return paths


def seismo(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120, input: bytes | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m seismo ARGS`` to completion (text output)."""
    return subprocess.run(
        [sys.executable, "-m", "seismo", *args], capture_output=True, text=True,
        env=cli_env(env), timeout=timeout, cwd=ROOT,
        **({"input": input.decode("utf-8", "surrogateescape")} if input is not None else {}),
    )  # fmt: skip


def cli_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SEISMO_")}
    env["COLUMNS"] = "200"
    env.update(extra or {})
    return env


# -- comparing whole stores -----------------------------------------------------------------

# Per table: the columns that identify the data (timestamps of when a write happened differ
# between two runs by construction and are left out).
VOLATILE = {"documents": {"ingested_at"}, "rejections": {"seen_at"}, "stories_meta": {"built_at"}}
TABLES = ("documents", "events", "rejections", "doc_minhash", "stories", "story_members")


def snapshot(db: Path | str, tables: Sequence[str] = TABLES) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of ``tables`` (volatile columns left out), sorted, for equality checks."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        result = {}
        for table in tables:
            columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            keep = [c for c in columns if c not in VOLATILE.get(table, set())]
            select = ", ".join(f'"{c}"' for c in keep)
            rows = con.execute(f"SELECT {select} FROM {table}").fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        con.close()


def diff_snapshots(expected: dict[str, list[Any]], actual: dict[str, list[Any]]) -> list[str]:
    """Human-readable differences: missing and extra rows per table (empty when equal)."""
    problems = []
    for table, rows in expected.items():
        got = actual.get(table, [])
        if rows == got:
            continue
        want_set, got_set = {repr(r) for r in rows}, {repr(r) for r in got}
        problems.append(
            f"{table}: expected {len(rows)} rows, got {len(got)}; "
            f"{len(want_set - got_set)} missing, {len(got_set - want_set)} unexpected"
        )
    return problems


# -- fuzzing --------------------------------------------------------------------------------

FUZZ_COUNTS: dict[str, int] = {}  # cases run per fuzz target, printed at the end of the session


class Hang(BaseException):
    """A parser call ran past its hard time limit."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise Hang in the main thread if the block runs longer than ``seconds`` (SIGALRM)."""

    def expire(signum: int, frame: object) -> None:
        raise Hang(f"no result after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
