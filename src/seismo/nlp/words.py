"""The nlp stage's word lists (``nlp/data/words.yaml``): data, not code, and read by the coding stage as well.

The parse repairs run before coding and cannot read ``coding/dictionaries`` (imports run one way,
tests/test_architecture.py); a list both stages need lives here, once, and coding reads it from here.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

WORDS_FILE = Path(__file__).parent / "data" / "words.yaml"


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    raw = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8")) or {}
    return {str(name): frozenset(str(w).lower() for w in words) for name, words in raw.items()}


def prepositional_participles() -> frozenset[str]:
    """Participles that work as prepositions: 'following', 'regarding', 'involving' ..."""
    return _lists()["prepositional_participles"]
