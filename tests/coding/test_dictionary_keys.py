"""The hand-written dictionaries hold each key once per mapping.

YAML keeps the last of two equal keys without a word, so a second entry for a verb ('challenge' written by two
changes) silently drops the first one's senses. Checked on every YAML file the coder and the knowledge base read.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2] / "src" / "seismo"
FILES = sorted([*(ROOT / "coding" / "dictionaries").glob("*.yaml"), *(ROOT / "kb" / "data").glob("*.yaml")])


class _StrictLoader(yaml.SafeLoader):
    """A loader that records the keys a mapping repeats."""

    repeated: ClassVar[list[str]] = []


def _mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
    loader.repeated.extend(str(k) for k, n in Counter(map(str, keys)).items() if n > 1)
    return loader.construct_mapping(node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_no_key_is_written_twice_in_one_mapping(path: Path) -> None:
    _StrictLoader.repeated = []
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    assert _StrictLoader.repeated == [], f"{path.name}: keys written twice: {_StrictLoader.repeated}"


def test_the_check_finds_a_repeated_key() -> None:
    _StrictLoader.repeated = []
    yaml.load("verbs:\n  challenge: [a]\n  challenge: [b]\n", Loader=_StrictLoader)
    assert _StrictLoader.repeated == ["challenge"]
