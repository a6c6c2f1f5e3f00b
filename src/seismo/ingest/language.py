"""A cheap, dependency-free "is this English?" check.

seismo's dictionaries and model are English-only, so a German or Russian
article would be coded as noise. Running a real language identifier would add
a dependency and a model; two ratios are enough to catch the common cases:

* the share of letters that are Latin script (Cyrillic, Arabic, CJK fail it);
* the share of alphabetic tokens that are common English function words
  (English news runs at 35-50 %; German, French or Spanish at a few percent).

Short texts are not judged: twenty words say too little.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("english_words.txt")
MIN_WORDS = 20
MIN_LATIN_RATIO = 0.7
MIN_FUNCTION_RATIO = 0.12

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    """The word list from ``english_words.txt`` (``#`` starts a comment)."""
    lines = WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def non_english_reason(text: str) -> str | None:
    """Why ``text`` does not look English, or None when it does (or is too short to tell)."""
    tokens = _TOKEN.findall(text)
    if len(tokens) < MIN_WORDS:
        return None
    latin = latin_ratio(text)
    if latin < MIN_LATIN_RATIO:
        return f"only {latin:.0%} of letters are Latin script"
    words = english_function_words()
    hits = sum(1 for token in tokens if token.lower().replace("\u2019", "'") in words)
    share = hits / len(tokens)
    if share < MIN_FUNCTION_RATIO:
        return f"only {share:.0%} of words are common English words"
    return None


def latin_ratio(text: str) -> float:
    """Share of alphabetic characters that belong to the Latin script."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    latin = sum(1 for ch in letters if ch.isascii() or _is_latin(ch))
    return latin / len(letters)


@lru_cache(maxsize=4096)
def _is_latin(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith("LATIN")
