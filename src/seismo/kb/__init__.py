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

import gc
import hashlib
import os
import pickle
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from seismo import __version__
from seismo.kb.base import KnowledgeBase
from seismo.kb.loader import DATA_DIR, compile_kb
from seismo.kb.records import Resolution

__all__ = ["DATA_DIR", "KnowledgeBase", "Resolution", "load_kb"]

CACHE_FORMAT = 4  # bump when the compiled classes change shape (code changes are in the key already)


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
    extra = tuple(Path(p) for p, _ in key)
    return load_compiled(extra) or _compile_and_cache(extra)


def _code_files() -> list[Path]:
    """The knowledge base's own modules: the code that compiles the tables is part of the cache key."""
    return sorted(Path(__file__).parent.glob("*.py"))


def _cache_file(extra: tuple[Path, ...]) -> Path | None:
    """Compiled tables are cached on disk, keyed by the content of every data and user file and of the code
    that compiles them (a changed loader never reads tables an older one pickled)."""
    root = os.environ.get("SEISMO_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "seismo")
    digest = hashlib.sha256(f"{__version__}:{CACHE_FORMAT}".encode())
    try:
        for path in [*_code_files(), *sorted(DATA_DIR.iterdir()), *extra]:
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    except OSError:
        return None  # a missing user file: compile_kb reports it as K001
    return Path(root) / f"kb-{digest.hexdigest()[:24]}.pickle"


def load_compiled(extra: tuple[Path, ...]) -> KnowledgeBase | None:
    """The cached compiled KB (actors and places), or None when absent or unreadable."""
    path = _cache_file(extra)
    if path is None or not path.is_file():
        return None
    try:
        with path.open("rb") as fh, _kept_for_good(_freezes(extra)):
            compiled, places = pickle.load(fh)  # our own cache file, written below
    except Exception:  # a stale or truncated cache is rebuilt, never fatal
        return None
    kb = KnowledgeBase(compiled)
    kb._places = places
    return kb


_frozen_once: list[bool] = []  # the process froze its shipped knowledge base (``_kept_for_good``)


def _freezes(extra: tuple[Path, ...]) -> bool:
    """Only the first load of the shipped knowledge base is frozen: it lives as long as the process. A KB with
    user files may be loaded many times (tests, a server reloading them); frozen, each one's reference cycles
    would never be collected once it left the cache (memory grew by a KB per load)."""
    return not extra and not _frozen_once


@contextmanager
def _kept_for_good(freeze: bool = True, pause: bool = True) -> Iterator[None]:
    """Build the tables with the cyclic garbage collector paused, then freeze them (``gc.freeze``) if asked.

    A load builds ~370k containers and nothing else: every collection it would trigger (the oldest
    generation more than once, over the whole growing heap) finds no garbage. The shipped knowledge base
    lives as long as the process (``_load`` is cached), so after its load no collection needs to walk it
    again: frozen, it is left out of every later one (and a forked worker does not copy its pages to mark
    them). Whatever else was alive at that moment is frozen with it (the collector cannot freeze less).
    ``pause=False`` (a compile, which makes garbage as it goes) leaves the collector running."""
    enabled = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()  # not after a failed load: its pieces are garbage
            _frozen_once.append(True)
    finally:
        if enabled:
            gc.enable()


def _compile_and_cache(extra: tuple[Path, ...]) -> KnowledgeBase:
    # a compile makes much short-lived garbage (parsed YAML, CSV rows): the collector stays on, or the peak
    # memory of a process that compiles several knowledge bases grows by hundreds of MB
    with _kept_for_good(_freezes(extra), pause=False):
        kb = KnowledgeBase(compile_kb(extra))
        kb._place_index()  # built now (pickled below), not on the first place asked
    path = _cache_file(extra)
    if path is None:
        return kb
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump((kb._c, kb._place_index()), fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent processes never read a half-written cache
    except (OSError, pickle.PicklingError, RecursionError):
        pass  # read-only home, etc.: the KB still works, only without the cache
    return kb
