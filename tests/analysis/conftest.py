"""Fixtures for analysis tests: real DuckDB files in tmp_path (dedup state survives reopening)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from seismo.store import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "seismo.duckdb"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    with Store.open(db_path) as s:
        yield s
