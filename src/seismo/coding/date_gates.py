"""Gates for the date finder: skip a pattern when the sentence lacks a word every match of it holds.

The finder (``seismo.coding.date_finder``) runs a dozen regexes over each sentence, and most sentences
name no date. Each pattern declares a gate next to it: a tuple of word sets, and a sentence passes
when it holds a word from every set. A word is a maximal ASCII letter run, a single digit or a
hyphen of the sentence, case-folded as ``re.IGNORECASE`` folds (it lets the long s, the dotless
i, the dotted capital I and the Kelvin sign match s, i, i, k). A gate may only name words that
each match of its pattern holds as such a run, so gating never changes what is found
(tests/coding/test_date_gates.py checks it on the dev articles' sentences).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["DIGITS", "Gate", "either", "first_words", "passes", "sentence_words", "words"]

Gate = tuple[frozenset[str], ...]
DIGITS = frozenset("0123456789")  # a date's ASCII day or year digits
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_TOKEN = re.compile(r"[a-z]+|[0-9]|-")


def sentence_words(text: str) -> frozenset[str]:
    """The words gates look up: letter runs, digits and hyphens of the case-folded ``text``."""
    return frozenset(_TOKEN.findall(text.translate(_FOLD).lower()))


def words(spaced: str | Iterable[str]) -> frozenset[str]:
    """A gate's word set from "a b c" or from a vocabulary (lowercased)."""
    return frozenset(w.lower() for w in (spaced.split() if isinstance(spaced, str) else spaced))


def first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The first word of each phrase; None (no gate possible) when one has no word."""
    firsts = [_TOKEN.search(p.translate(_FOLD).lower()) for p in phrases]
    return None if not all(firsts) else frozenset(m.group() for m in firsts if m)


def either(*groups: frozenset[str] | None) -> Gate:
    """A gate for a pattern of alternatives: a word of any group; none (always run) if a group is None."""
    return () if any(g is None for g in groups) else (frozenset().union(*groups),)  # type: ignore[arg-type]


def passes(gate: Gate, found: frozenset[str]) -> bool:
    """True when ``found`` holds a word from every set of ``gate`` (an empty gate always passes)."""
    return not any(map(found.isdisjoint, gate))  # no set without a word of ``found``; map: no frames
