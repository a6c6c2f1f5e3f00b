"""The coding tests' shared fixture: ``code`` runs an invented text through the real pipeline (``code_text``).

A test module sets the publication date its sentences are told against with a module-level ``PUBLISHED``
(default: Friday 2023-03-10, the issue-table rows' date); a test may pass another one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from coding_helpers import FRIDAY, code_text

from seismo.models import Event


@pytest.fixture
def code(tmp_path: Path, request: pytest.FixtureRequest) -> Callable[..., list[Event]]:
    default = getattr(request.module, "PUBLISHED", FRIDAY)

    def run(text: str, published: dt.date = default) -> list[Event]:
        return code_text(tmp_path, text, published)

    return run
