"""Hyphenated given names kept as one token: 'Moon Jae-in', 'Kim Jong-un', 'Prayut Chan-o-cha', 'Han Duck-soo'.

The tokenizer splits a word at every hyphen between letters, so the parser sees "Jae", "-", "in" and hangs the
pieces anywhere: "Moon Jae-in met Xi Jinping in Beijing" had no subject ("in" read as a preposition) and coded
nothing; "Prayut Chan-o-cha praised X" made the hyphen and "cha" two subjects; "endorsed his former rival, Han
Duck-soo" hung the name on the verb as an adverb and lost the target. Romanised Korean, Chinese and Thai given
names share one shape: a capitalised syllable, then short lower-case syllables after hyphens. Kept whole, the name
parses as any name does ("Moon Jae-in" a compound and its head).

English words of the same shape are left split: compounds with a common first part ("Anti-war", "Self-rule",
"Multi-word") or last part ("Serb-held", "Two-day", "Long-term").
"""

from __future__ import annotations

import re
from collections.abc import Callable

NAME_SHAPE = re.compile(r"^[A-Z][a-z]{1,4}(?:-[a-z]{1,4})+$")
ENGLISH_FIRST = frozenset({
    "all", "anti", "bi", "co", "cold", "cross", "de", "dual", "eight", "ex", "far", "five", "four", "full",
    "half", "hard", "high", "hot", "inter", "intra", "long", "low", "mega", "mid", "mini", "multi", "near",
    "nine", "non", "one", "over", "post", "pre", "pro", "re", "self", "semi", "seven", "six", "sub", "ten",
    "three", "top", "trans", "tri", "twin", "two", "ultra", "under", "vice", "war", "well", "year",
})
ENGLISH_LAST = frozenset({
    "back", "born", "day", "days", "down", "fire", "free", "held", "led", "left", "like", "line", "made", "off",
    "old", "only", "out", "owned", "run", "side", "term", "time", "up", "war", "way", "wide", "year",
})


def is_hyphenated_name(word: str) -> bool:
    """True for 'Jae-in', 'Chan-o-cha', 'Duck-soo'; False for 'Anti-war', 'Serb-held', 'Two-day'."""
    if not NAME_SHAPE.match(word):
        return False
    parts = word.lower().split("-")
    return parts[0] not in ENGLISH_FIRST and parts[-1] not in ENGLISH_LAST


def with_names(token_match: Callable[[str], object] | None) -> Callable[[str], object]:
    """The tokenizer's ``token_match`` extended with hyphenated names (``token_match`` sees one whitespace-
    delimited string, its prefixes and suffixes stripped: "(Jae-in)" and "Jae-in's" keep the name whole)."""
    def match(text: str) -> object:
        return (token_match is not None and token_match(text)) or is_hyphenated_name(text)
    return match
