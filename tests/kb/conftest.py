"""Shared fixtures: the knowledge base as shipped (no ../shared needed)."""

from __future__ import annotations

import pytest

from seismo.kb import KnowledgeBase, load_kb


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def people_kb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> KnowledgeBase:
    """The shipped knowledge base plus the test module's ``PEOPLE`` (a user KB file of invented people)."""
    path = tmp_path_factory.mktemp("kb") / "people.yaml"
    path.write_text(request.module.PEOPLE, encoding="utf-8")
    return load_kb([path])
