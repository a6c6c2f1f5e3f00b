"""The compiled-KB disk cache is keyed by the data, the user files and the code that compiles them."""

from __future__ import annotations

from pathlib import Path

import pytest

import seismo.kb as kbmod


def test_a_changed_knowledge_base_module_changes_the_cache_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SEISMO_CACHE_DIR", str(tmp_path / "cache"))
    module = tmp_path / "loader.py"
    module.write_text("RULE = 1\n", encoding="utf-8")
    monkeypatch.setattr(kbmod, "_code_files", lambda: [module])
    before = kbmod._cache_file(())
    module.write_text("RULE = 2\n", encoding="utf-8")
    after = kbmod._cache_file(())
    assert before is not None and after is not None and before != after
    assert kbmod._cache_file(()) == after  # the same code and data: the same file


def test_the_key_reads_the_package_own_modules() -> None:
    names = {p.name for p in kbmod._code_files()}
    assert {"loader.py", "places.py", "records.py"} <= names
