"""``seismo watch``: keep ingesting what appears in a folder or a feed, incrementally and resumably.

Each cycle opens the store, ingests what is new and closes it again (so readers can open the file
between cycles). A folder's files are remembered by path, size and modification time in a small
JSON state file next to the database; a file is ingested again only when it changes, and at most
``max_items`` files per cycle, so a large backlog is worked off over several bounded cycles. A feed
(or any URL) is re-read every cycle: the store already skips documents it holds with the same
content hash, before any parsing. The state is saved after every cycle: a watcher that is stopped
and started again resumes where it was; a cycle cut short is redone, which the store makes harmless.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from seismo.config import Settings
from seismo.ingest.files import walk
from seismo.scale.options import ScaleOptions

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
MAX_ITEMS = 500


def parse_every(value: str) -> float:
    """'30s', '5m', '1h', '1d' or plain seconds -> seconds."""
    match = _EVERY.match(value.lower())
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"invalid interval {value!r}; use e.g. 30s, 5m, 1h")
    return float(match.group(1)) * _UNITS[match.group(2)]


@dataclass
class WatchState:
    """What a watcher has ingested from one source; persisted as JSON."""

    path: Path
    source: str
    seen: dict[str, str] = field(default_factory=dict)  # file -> "size:mtime_ns"
    cycles: int = 0

    @classmethod
    def load(cls, path: Path, source: str) -> WatchState:
        data: dict[str, Any] = {}
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8")).get("sources", {}).get(source, {})
        return cls(path, source, dict(data.get("seen", {})), int(data.get("cycles", 0)))

    def save(self) -> None:
        """Atomic write (temp file + rename), keeping other sources' entries."""
        whole: dict[str, Any] = {"sources": {}}
        if self.path.exists():
            whole = json.loads(self.path.read_text(encoding="utf-8"))
        whole.setdefault("sources", {})[self.source] = {"seen": self.seen, "cycles": self.cycles}
        tmp = self.path.with_name(self.path.name + ".tmp")
        tmp.write_text(json.dumps(whole, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)


def default_state_path(settings: Settings) -> Path:
    return Path(f"{settings.db}.watch.json")


def _fingerprint(path: Path) -> str:
    st = path.stat()
    return f"{st.st_size}:{st.st_mtime_ns}"


def pending_items(source: str, state: WatchState, max_items: int) -> tuple[list[str], dict[str, str]]:
    """Inputs to ingest this cycle and the fingerprints to record once they are stored."""
    path = Path(source)
    if not path.is_dir():
        return [source], {}  # a feed, URL or single file: the store's hashes make the re-read cheap
    current = {str(p): _fingerprint(p) for p in walk(path)}
    for gone in set(state.seen) - set(current):
        del state.seen[gone]  # bounded: only files that still exist are remembered
    todo = [p for p, fp in current.items() if state.seen.get(p) != fp][:max_items]
    return todo, {p: current[p] for p in todo}


@dataclass
class CycleReport:
    cycle: int
    inputs: int
    added: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    events_added: int = 0
    asserted_added: int = 0


def watch_cycle(source: str, settings: Settings, state: WatchState, scale: ScaleOptions | None = None,
                max_items: int = MAX_ITEMS) -> CycleReport:
    """One incremental pass: ingest what is new since the last cycle, then save the state."""
    from seismo.scale import ingest
    from seismo.store import Store

    todo, fingerprints = pending_items(source, state, max_items)
    state.cycles += 1
    report = CycleReport(state.cycles, len(todo))
    if todo:
        with Store.open(settings.db) as store:
            done = ingest(todo, settings, store, scale=scale)
        report.added, report.updated, report.skipped = done.added, done.updated, done.skipped
        report.rejected, report.events_added = len(done.rejections), done.events_added
        report.asserted_added = done.asserted_added
        state.seen.update(fingerprints)  # rejected files too: they are retried only when they change
    state.save()
    return report


def watch(source: str, settings: Settings, every: float, *, once: bool = False,
          max_cycles: int | None = None, state_path: Path | None = None, scale: ScaleOptions | None = None,
          max_items: int = MAX_ITEMS, on_cycle: Callable[[CycleReport], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> list[CycleReport]:
    """Run cycles every ``every`` seconds until ``once``/``max_cycles`` stops it (or Ctrl-C)."""
    state = WatchState.load(state_path or default_state_path(settings), source)
    reports: list[CycleReport] = []
    limit = 1 if once else max_cycles
    while True:
        started = time.monotonic()
        report = watch_cycle(source, settings, state, scale, max_items)
        reports.append(report)
        if on_cycle:
            on_cycle(report)
        if limit is not None and len(reports) >= limit:
            return reports
        backlog = report.inputs >= max_items  # more waiting: go on without sleeping
        if not backlog:
            sleep(max(0.0, every - (time.monotonic() - started)))
