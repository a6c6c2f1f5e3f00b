"""Fixtures for the scaling tests: the sample articles and the settings that code them."""

from __future__ import annotations

from pathlib import Path

import pytest

from seismo.config import Settings
from seismo.models import Article
from seismo.pipeline import split_inputs

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
SEED = ROOT.parent / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def sample_inputs() -> list[str]:
    """The repo's sample articles, plus the shared seed article when it is there."""
    return [str(EXAMPLES), *([str(SEED)] if SEED.exists() else [])]


@pytest.fixture(scope="session")
def small_settings() -> Settings:
    """Batches of 4 articles, so 13 articles make several chunks for the workers."""
    return Settings(batch_size=4, published=None, outlet=None, kb=[])


@pytest.fixture(scope="session")
def sample_articles(sample_inputs: list[str], small_settings: Settings) -> list[Article]:
    articles, rejections = split_inputs(sample_inputs, small_settings)
    assert not rejections
    return articles


@pytest.fixture(scope="session")
def inputs_with_copies(sample_inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The sample inputs plus two syndicated copies (byline and credit line added) of sample articles:
    ingest recognises them before the parse, so every path must carry the same events to them."""
    folder = tmp_path_factory.mktemp("copies")
    for path in sorted(EXAMPLES.glob("*.txt"))[:2]:
        text = path.read_text(encoding="utf-8")
        (folder / f"partner-{path.name}").write_text(f"By Partner staff\n\n{text}\n\nDistributed by Partner.\n",
                                                    encoding="utf-8")
    return [*sample_inputs, str(folder)]
