"""Incremental story rebuilds (issue 15): redoing only the changed keys gives the full rebuild's rows.

Random stores on real DuckDB files: documents are added, replaced (events changed or removed) and
copied (near-duplicates, whose outlets count in the original's story); after each round the
incremental build must equal a full build of the same store, row for row.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from pathlib import Path
from typing import Any

import pytest
from tests.analysis.helpers import DAY, document, event, located

from seismo.analysis.stories import build_stories
from seismo.models import CodedDocument
from seismo.store import Store

TYPES = ("CONSULT", "AGREE", "ASSAULT", "ACCUSE")
CODES = (None, "USAGOV", "RUSGOV", "RUSMIL", "UKR")
st = importlib.import_module("seismo.analysis.stories")  # the package exports a function of that name
PRECISIONS = ("day", "day", "week", "month", "year", "published", None)


def _event(rng: random.Random, doc_id: str, n: int) -> Any:
    precision = rng.choice(PRECISIONS)
    date = None if precision is None else DAY + dt.timedelta(days=rng.randint(-20, 20))
    fields: dict[str, Any] = {"date_precision": precision}
    if rng.random() < 0.4:
        fields["location"] = located(rng.choice(("UKR", "RUS", "FRA")))
    if rng.random() < 0.1:
        fields["modality"] = "hypothetical"
    return event(doc_id, n, rng.choice(TYPES), rng.choice(CODES), rng.choice(CODES), date, **fields)


def _doc(rng: random.Random, doc_id: str, text: str | None = None) -> CodedDocument:
    events = [_event(rng, doc_id, n) for n in range(rng.randint(0, 4))]
    published = None if rng.random() < 0.1 else DAY + dt.timedelta(days=rng.randint(-10, 10))
    return document(doc_id, events, text=text, outlet=f"Outlet{rng.randint(0, 5)}", published=published)


def _round(rng: random.Random, store: Store, stored: dict[str, str], start: int, n: int) -> None:
    """Add ``n`` new documents, replace a few stored ones, and copy a few (near-duplicates)."""
    batch = [_doc(rng, f"d{i}") for i in range(start, start + n)]
    olds = sorted(stored)
    for doc_id in rng.sample(olds, min(3, len(olds))):
        batch.append(_doc(rng, doc_id))  # new text and events: replaced, old events removed
    for i, doc_id in enumerate(rng.sample(olds, min(2, len(olds)))):
        batch.append(_doc(rng, f"copy{start}-{i}", text=stored[doc_id]))  # same text: a near-duplicate
    store.add_documents(batch)
    stored.update({d.article.doc_id: d.article.text for d in batch})


def _rows(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    stories = store.query("SELECT * FROM stories ORDER BY story_id")
    members = store.query("SELECT * FROM story_members ORDER BY event_id")
    rounded = [
        tuple(round(v, 9) if isinstance(v, float) else v for v in row.values()) for row in stories
    ]
    return rounded, [tuple(row.values()) for row in members]


@pytest.mark.parametrize("seed", range(6))
def test_incremental_equals_full(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    monkeypatch.setattr(st, "FULL_REBUILD_SHARE", 10.0)  # never fall back: exercise the key path
    rng = random.Random(seed)
    stored: dict[str, str] = {}
    with Store.open(tmp_path / "s.duckdb") as store:
        _round(rng, store, stored, 0, 40)
        build_stories(store)
        for r in range(1, 5):
            _round(rng, store, stored, 100 * r, rng.randint(1, 8))
            assert not store.stories_current()
            assert store.query("SELECT count(*) AS n FROM story_changes")[0]["n"] > 0
            build_stories(store, full=False)
            assert store.stories_current()
            assert store.query("SELECT count(*) AS n FROM story_changes")[0]["n"] == 0
            incremental = _rows(store)
            build_stories(store)
            assert _rows(store) == incremental
        members = store.query("SELECT count(*) AS n FROM story_members")[0]["n"]
        eligible = store.query(
            "SELECT count(*) AS n FROM events e JOIN documents d USING (doc_id) "
            "WHERE e.modality = 'asserted' AND d.duplicate_of IS NULL"
        )[0]["n"]
        assert members == eligible


def test_incremental_keeps_other_stories(store: Store) -> None:
    """Only the changed key's stories are rewritten: the others keep their rows (and ids)."""
    store.add_documents([document("a", [event("a")]), document("b", [event("b", type_="ASSAULT")])])
    build_stories(store)
    store.add_documents([document("c", [event("c", type_="ASSAULT")])])
    assert {r["type"] for r in store.query("SELECT * FROM story_changes")} == {"ASSAULT"}
    before = store.query("SELECT story_id FROM stories WHERE type = 'CONSULT'")
    build_stories(store, full=False)
    assert store.query("SELECT story_id FROM stories WHERE type = 'CONSULT'") == before
    assert store.query("SELECT n_sources FROM stories WHERE type = 'ASSAULT'") == [{"n_sources": 2}]


def test_changes_not_logged_before_first_build(store: Store) -> None:
    """Without a build there is nothing to update: the next build is a full one, the log stays empty."""
    store.add_documents([document("a", [event("a")])])
    assert store.query("SELECT count(*) AS n FROM story_changes") == [{"n": 0}]
    assert build_stories(store, full=False) == 1


def test_large_change_falls_back_to_full(store: Store) -> None:
    store.add_documents([document("a", [event("a")])])
    build_stories(store)
    store.add_documents([document(f"n{i}", [event(f"n{i}", type_="ASSAULT")]) for i in range(5)])
    assert build_stories(store, full=False) == 2
    assert store.stories_current()


def test_imported_stale_stories_rebuild_in_full(tmp_path: Path) -> None:
    """An export carries stories_meta but not the change log: stale imported stories get a full build."""
    from seismo.store.transfer import export_store, import_store

    with Store.open(tmp_path / "a.duckdb") as store:
        store.add_documents([document("a", [event("a")])])
        build_stories(store)
        store.add_documents([document("b", [event("b", type_="ASSAULT")])])  # stories now stale
        export_store(store, tmp_path / "export")
    with Store.open(tmp_path / "b.duckdb") as store:
        import_store(store, tmp_path / "export")
        assert store.query("SELECT count(*) AS n FROM stories_meta") == [{"n": 0}]
        assert build_stories(store, full=False) == 2
