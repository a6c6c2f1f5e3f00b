"""seismo watch: incremental, resumable and bounded (the ingest call is faked: no model)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import seismo.scale
from seismo.config import Settings
from seismo.pipeline import IngestReport
from seismo.scale.watch import WatchState, pending_items, watch, watch_cycle


@pytest.fixture
def calls(monkeypatch) -> list[list[str]]:
    seen: list[list[str]] = []

    def fake_ingest(inputs, settings, store, progress=None, scale=None) -> IngestReport:
        seen.append(sorted(inputs))
        return IngestReport(added=len(inputs), events_added=2 * len(inputs))

    monkeypatch.setattr(seismo.scale, "ingest", fake_ingest)
    return seen


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "inbox"
    d.mkdir()
    for name in ("a.txt", "b.txt"):
        (d / name).write_text(f"Article {name}", encoding="utf-8")
    return d


def settings(tmp_path: Path) -> Settings:
    return Settings(db=tmp_path / "w.duckdb")


def test_only_new_or_changed_files_are_ingested(folder, tmp_path, calls) -> None:
    s = settings(tmp_path)
    state = WatchState.load(tmp_path / "state.json", str(folder))
    assert watch_cycle(str(folder), s, state).added == 2
    assert watch_cycle(str(folder), s, state).inputs == 0
    (folder / "c.txt").write_text("Article c", encoding="utf-8")
    (folder / "a.txt").write_text("Article a, updated", encoding="utf-8")
    watch_cycle(str(folder), s, state)
    assert calls[-1] == [str(folder / "a.txt"), str(folder / "c.txt")]


def test_state_survives_a_restart(folder, tmp_path, calls) -> None:
    s = settings(tmp_path)
    watch(str(folder), s, 0.0, once=True, state_path=tmp_path / "state.json")
    reports = watch(str(folder), s, 0.0, once=True, state_path=tmp_path / "state.json")
    assert [r.inputs for r in reports] == [0]
    assert WatchState.load(tmp_path / "state.json", str(folder)).cycles == 2


def test_cycles_are_bounded_and_work_off_a_backlog(folder, tmp_path, calls) -> None:
    for i in range(5):
        (folder / f"n{i}.txt").write_text(f"Article {i}", encoding="utf-8")
    slept: list[float] = []
    reports = watch(str(folder), settings(tmp_path), 60.0, max_cycles=4, max_items=3,
                    state_path=tmp_path / "s.json", sleep=slept.append)
    assert [r.inputs for r in reports] == [3, 3, 1, 0]
    assert len(slept) == 1  # no sleeping while a backlog is left


def test_vanished_files_are_forgotten(folder, tmp_path, calls) -> None:
    state = WatchState.load(tmp_path / "state.json", str(folder))
    watch_cycle(str(folder), settings(tmp_path), state)
    os.remove(folder / "b.txt")
    pending_items(str(folder), state, 10)
    assert list(state.seen) == [str(folder / "a.txt")]


def test_a_feed_or_url_is_read_every_cycle(tmp_path, calls) -> None:
    state = WatchState.load(tmp_path / "state.json", "https://example.org/feed.xml")
    assert pending_items("https://example.org/feed.xml", state, 10) == (["https://example.org/feed.xml"], {})
