"""The committed data files match the build script and their manifest.

The reproducibility test needs the shared sources (../shared/kb next to the repository) and is
skipped where they are absent; the manifest test needs nothing but the committed files.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from seismo.kb import DATA_DIR

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "kb"
GENERATED = [
    "countries.csv",
    "agents.yaml",
    "people.csv",
    "cities.tsv",
    "regions.tsv",
    "group_people.yaml",
    "MANIFEST.yaml",
]
HAND = [
    "countries_extra.yaml",
    "agents_curated.yaml",
    "institutions.yaml",
    "groups.yaml",
    "igos.yaml",
    "areas.yaml",
    "chunk_words.yaml",
    "people_updates.csv",
    "people_aliases.csv",
    "SOURCES.md",
]


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_kb", REPO / "scripts" / "build_kb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_manifest_matches_files() -> None:
    manifest = yaml.safe_load((DATA_DIR / "MANIFEST.yaml").read_text(encoding="utf-8"))
    assert manifest["version"] >= 1
    for name, info in manifest["files"].items():
        data = (DATA_DIR / name).read_bytes()
        assert hashlib.sha256(data).hexdigest() == info["sha256"], (
            f"{name} edited by hand? rebuild it"
        )
        assert len(data) == info["bytes"]


def test_all_data_files_present_and_small() -> None:
    for name in GENERATED + HAND:
        assert (DATA_DIR / name).is_file(), name
    total = sum(p.stat().st_size for p in DATA_DIR.iterdir() if p.is_file())
    assert total < 5_000_000


@pytest.mark.skipif(
    not SHARED.is_dir(), reason="shared knowledge sources (../shared/kb) not available"
)
def test_build_is_reproducible(tmp_path: Path) -> None:
    _build_module().build(SHARED, tmp_path)
    for name in GENERATED:
        assert (tmp_path / name).read_bytes() == (DATA_DIR / name).read_bytes(), (
            f"{name} differs from a fresh build: run scripts/build_kb.py and commit the result"
        )
