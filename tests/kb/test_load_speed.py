"""The cached knowledge base loads with the garbage collector paused and stays frozen (issue 15, speed6)."""

from __future__ import annotations

import gc
import pickle
from pathlib import Path

import pytest

import seismo.kb as kbmod
from seismo.kb.records import PERSON, Entry


def test_an_entry_pickles_as_its_fields() -> None:
    entry = Entry(PERSON, "a target", ("Title", "any"), weak=True, layer=2, titled=True)
    cls, fields = entry.__reduce__()  # the generic frozen-dataclass state reads fields() per object: slow at 100k
    assert cls is Entry and fields == (PERSON, "a target", ("Title", "any"), True, 2, True)
    back = pickle.loads(pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL))
    assert (back.kind, back.target, back.shape, back.weak, back.layer, back.titled) == fields


def test_a_load_pauses_collection_and_freezes_what_it_built() -> None:
    frozen, enabled_inside = gc.get_freeze_count(), []
    with kbmod._kept_for_good():
        enabled_inside.append(gc.isenabled())
        tables = [{"alias": [n]} for n in range(1000)]
    assert enabled_inside == [False] and gc.isenabled()
    assert gc.get_freeze_count() >= frozen + len(tables)  # left out of every later collection


def test_a_failed_load_freezes_nothing_and_restores_collection() -> None:
    frozen = gc.get_freeze_count()
    with pytest.raises(ValueError), kbmod._kept_for_good():
        raise ValueError("truncated cache")
    # nothing newly frozen; a frozen object that dies meanwhile (another test's thread) may lower the count
    assert gc.isenabled() and gc.get_freeze_count() <= frozen


def test_a_load_keeps_collection_off_where_the_caller_turned_it_off() -> None:
    gc.disable()
    try:
        with kbmod._kept_for_good():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_cached_tables_load_as_they_were_compiled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEISMO_CACHE_DIR", str(tmp_path))
    compiled = kbmod._compile_and_cache(())  # writes the cache file
    loaded = kbmod.load_compiled(())
    assert loaded is not None
    key = next(k for k, bucket in compiled.actor_table.entries.items() if any(e.kind == PERSON for e in bucket))
    before = [(e.kind, e.shape, e.weak, e.layer, e.titled) for e in compiled.actor_table.entries[key]]
    after = [(e.kind, e.shape, e.weak, e.layer, e.titled) for e in loaded.actor_table.entries[key]]
    assert before == after and len(loaded.actor_table.entries) == len(compiled.actor_table.entries)


def test_a_knowledge_base_with_user_files_is_never_frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loaded again and again (tests, a server reloading its files), frozen KBs would leak their cycles: only
    the shipped one is frozen, once per process."""
    monkeypatch.setenv("SEISMO_CACHE_DIR", str(tmp_path / "cache"))
    assert not kbmod._freezes((tmp_path / "user.yaml",))
    frozen = gc.get_freeze_count()
    for n in range(2):
        user = tmp_path / f"user{n}.yaml"
        user.write_text("actors:\n  - {name: Velgaard Front, code: NORREB, country: NOR, agent: REB}\n",
                        encoding="utf-8")
        kbmod.load_kb([user])
    assert gc.get_freeze_count() == frozen
