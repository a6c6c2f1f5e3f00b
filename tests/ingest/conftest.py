"""Fixtures for the ingest tests: clean settings and a file writer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from seismo.config import Settings


@pytest.fixture
def settings() -> Settings:
    """Settings with the ingest knobs pinned, whatever SEISMO_* variables are set."""
    return Settings(
        published=None, outlet=None, allow_private=False, max_input_bytes=20 * 1024 * 1024
    )


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, str | bytes], Path]:
    """Write text (str, UTF-8) or bytes to ``tmp_path / name`` and return the path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write
