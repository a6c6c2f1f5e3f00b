"""Shared fixtures: the knowledge base as shipped (no ../shared needed)."""

from __future__ import annotations

import pytest

from seismo.kb import KnowledgeBase, load_kb


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()
