"""Values derived from the stored data, kept until a write changes the store's data version.

The server answers many reads between writes; aggregates over every event (alerts, store
counts, a dashboard page) cost the same each time, so they are computed once per data
version. Concurrent askers for the same missing value wait for one computation instead of
each starting their own.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class VersionMemo:
    """A small LRU of (data version, key) -> value, safe to share between threads."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._values: OrderedDict[Hashable, Any] = OrderedDict()
        self._pending: dict[Hashable, threading.Lock] = {}

    def get(self, version: Hashable, key: Hashable, compute: Callable[[], T]) -> T:
        """The value for ``key`` at ``version``, computed (once) if it is not held."""
        full = (version, key)
        with self._lock:
            if full in self._values:
                self._values.move_to_end(full)
                return self._values[full]  # type: ignore[no-any-return]
            pending = self._pending.setdefault(full, threading.Lock())
        with pending:
            with self._lock:
                if full in self._values:
                    return self._values[full]  # type: ignore[no-any-return]
            try:
                value = compute()
            except BaseException:
                with self._lock:
                    self._pending.pop(full, None)
                raise
            with self._lock:
                self._values[full] = value
                self._pending.pop(full, None)
                while len(self._values) > self.size:
                    self._values.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._values.clear()
