"""seismo's knowledge base: actors (countries, people with dated roles, institutions, IGOs, agent
nouns) and places, compiled from the versioned files in ``seismo/kb/data``.

    from seismo.kb import load_kb
    kb = load_kb()
    kb.resolve_phrase("Russia's Defense Ministry", date(2022, 3, 1)).actor.code   # 'RUSMIL'
    kb.find_actor_mentions("Kyiv said Russian troops shelled Kharkiv.", date(2022, 3, 1))
    kb.place("Kiev")                                                              # Kyiv, UKR

``load_kb(extra=[path, ...])`` adds user YAML files (``actors:`` and ``places:`` lists, the schema
of ``data/institutions.yaml``) that add to or override the shipped entries; a malformed file
raises ``KnowledgeError`` (K001). Loading is cached per set of extra files (and their mtimes).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from seismo.kb.base import KnowledgeBase
from seismo.kb.loader import DATA_DIR, compile_kb
from seismo.kb.records import Resolution

__all__ = ["DATA_DIR", "KnowledgeBase", "Resolution", "load_kb"]


def load_kb(extra: Sequence[Path | str] = ()) -> KnowledgeBase:
    """The knowledge base with the shipped data plus ``extra`` user files (cached)."""
    key = tuple((str(Path(p).resolve()), _mtime(Path(p))) for p in extra)
    return _load(key)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1  # missing: compile_kb reports it as K001


@lru_cache(maxsize=8)
def _load(key: tuple[tuple[str, int], ...]) -> KnowledgeBase:
    return KnowledgeBase(compile_kb(tuple(Path(p) for p, _ in key)))
