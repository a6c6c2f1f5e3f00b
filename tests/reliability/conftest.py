"""Fixtures for the reliability tests: one small corpus and one clean, uninterrupted ingest of it.

The clean run is a real ``python -m seismo ingest`` subprocess (spaCy and all); its store is
the reference every interrupted or concurrent run must end up equal to.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "api"))  # the real-server helper, api_helpers.LiveServer

from reliability_helpers import BATCH, CleanRun, ingest_args, seismo, snapshot, write_corpus


@pytest.fixture(scope="session")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> CleanRun:
    """The corpus ingested once, uninterrupted, with 4 documents per batch."""
    import time

    base = tmp_path_factory.mktemp("clean")
    corpus = base / "corpus"
    write_corpus(corpus)
    db = base / "clean.duckdb"
    started = time.monotonic()
    result = seismo(*ingest_args(corpus, db), env=BATCH)
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    rows = snapshot(db)
    assert len(rows["documents"]) == 40 and len(rows["events"]) > 40
    assert len(rows["rejections"]) == 1
    return CleanRun(corpus, db, rows, seconds)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say how many fuzz cases ran, per target (the issue asks for 10,000+ in CI)."""
    from reliability_helpers import FUZZ_COUNTS

    if FUZZ_COUNTS:
        total = sum(FUZZ_COUNTS.values())
        parts = ", ".join(f"{name} {n}" for name, n in sorted(FUZZ_COUNTS.items()))
        terminalreporter.write_line(f"reliability fuzzing: {total} cases ({parts})")
