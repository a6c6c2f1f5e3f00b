"""Fixtures for store tests: real DuckDB stores, in memory and in tmp_path files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from seismo.store import Store


@pytest.fixture
def store() -> Iterator[Store]:
    with Store.open(":memory:") as s:
        yield s


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "seismo.duckdb"
