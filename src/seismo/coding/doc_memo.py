"""Per-document memos: what the coder reads from a parse once per document, not once per asker.

Several triggers of one sentence ask the same trigger-independent questions of it (where the knowledge base
names places in it, which words could be a place it does not know); a later document pass asks them again.
spaCy builds a new ``Span``/``Token`` object on every index and slice, so answering each time costs more than
the answer. A memo lives as long as its ``Doc`` (a weak key) and holds plain values only (token indices,
strings, knowledge-base records): a value that held a ``Span`` or a ``Token`` would keep its document alive.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

T = TypeVar("T")

_MEMOS: WeakKeyDictionary[Doc, dict[Hashable, object]] = WeakKeyDictionary()


def memo(doc: Doc, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()`` the first time ``key`` is asked of ``doc``, the same value after (never a spaCy object)."""
    table = _MEMOS.get(doc)
    if table is None:
        table = _MEMOS[doc] = {}
    if key not in table:
        table[key] = compute()
    return table[key]  # type: ignore[return-value]
