"""Date-finder gates (issue 15): a gate never skips a pattern that would match, so gating finds the same dates.

Checked on every sentence of the dev articles, on the date expressions of test_dates.py, on their
upper-cased and case-folding variants, and on generated strings of date words and odd characters.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from seismo.coding import date_finder
from seismo.coding.date_gates import either, first_words, passes, sentence_words, words
from seismo.coding.date_words import MONTH_NUM, WEEKDAYS

TESTS = Path(__file__).resolve().parent
DEV = TESTS.parent / "gold" / "articles" / "dev"
# Shapes each pattern matches, including the edges of its gate's words ("daytime", "14th", "\u017fince" with a long s).
EDGES = [
    "On 2020-01-05 and after 9/11 and 26/11.", "Sept. 5, 2019", "on Monday, March 3rd 2020", "the 5th of May",
    "mid-March", "in early 2019", "\u017fince 1999", "the end of 2020", "Tuesday evening of last week",
    "YE\u017fTERDAY",
    "later today", "tonight", "last night", "early next month", "over the past weekend", "two weeks ago",
    "three fortnights later", "in two daytime", "in 3 years' time", "in 5 daystime", "in the coming days",
    "the day before", "later that day", "on the 14th, when", "on the 1st and", "ON THE 2ND.", "Theresa May 5",
    "\u0130N 2020", "In \u0131999", "a wee\u212a ago", "the same week", "in recent months", "\u0663 days ago",
]  # fmt: skip


def _sentences() -> list[str]:
    found = []
    for path in sorted(DEV.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").splitlines():
            found += [s for s in re.split(r"(?<=[.!?])\s+", paragraph) if s.strip()]
    return found


def _test_date_strings() -> list[str]:
    tree = ast.parse((TESTS / "test_dates.py").read_text(encoding="utf-8"))
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _variants(text: str) -> list[str]:
    fold = str.maketrans({"s": "\u017f", "i": "\u0131", "k": "\u212a"})
    return [text, text.upper(), text.lower(), text.title(), text.translate(fold), text.replace("I", "\u0130")]


CORPUS = [v for t in _sentences() + _test_date_strings() + EDGES for v in _variants(t)]


def _ungated(text: str) -> tuple[date_finder.DateMention, ...]:
    """What ``date_finder._find`` returned before gating: every pattern run."""
    spans = sorted({m.span() for finder, _ in date_finder._FINDERS for m in finder.finditer(text)},
                   key=lambda span: (span[0], -span[1]))  # fmt: skip
    mentions: list[date_finder.DateMention] = []
    for start, end in spans:
        if mentions and start < mentions[-1].end:
            continue
        if text.startswith("May", start) and date_finder._NAME_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        mentions.append(date_finder.DateMention(start, end, text[start:end]))
    return tuple(mentions)


def test_no_gate_skips_a_pattern_that_matches() -> None:
    misses, matched = [], set()
    for text in CORPUS:
        found = sentence_words(text)
        for i, (finder, gate) in enumerate(date_finder._FINDERS):
            if finder.search(text):
                matched.add(i)
                if not passes(gate, found):
                    misses.append((i, text))
    assert misses == []
    assert matched == set(range(len(date_finder._FINDERS)))  # every pattern was put to the test


def test_gated_finder_finds_what_the_ungated_one_does() -> None:
    assert len(CORPUS) > 5000
    assert [date_finder._find.__wrapped__(t) for t in CORPUS] == [_ungated(t) for t in CORPUS]


def test_gates_skip_most_pattern_runs_on_news_sentences() -> None:
    sentences = _sentences()
    runs = sum(passes(gate, sentence_words(s)) for s in sentences for _, gate in date_finder._FINDERS)
    assert runs < 0.4 * len(sentences) * len(date_finder._FINDERS)


_PIECES = [*WEEKDAYS, *MONTH_NUM, "May", "March", "Sept.", "-", "/", "'", ",", ".", " ", "  ", "\n",
           "on", "the", "in", "since", "last", "this", "next", "early", "mid", "of", "ago", "later", "time", "weekend",
           "day", "days", "week", "fortnight", "months", "year", "two", "a few", "today", "tonight", "night",
           "st", "th", "1", "9", "14", "2020", "1999", "\u017f", "\u0131", "\u0130", "\u212a", "\u0663", "x",
           "é"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_gates_hold_on_generated_strings(text: str) -> None:
    for variant in _variants(text):
        assert date_finder._find.__wrapped__(variant) == _ungated(variant)


def test_gate_helpers() -> None:
    found = sentence_words("On the 14TH, \u017fince mid-May")
    assert found >= {"on", "the", "1", "4", "th", "since", "mid", "-", "may"}
    assert first_words(["9/11", "ve day"]) == {"9", "ve"} and first_words(["9/11", "#!"]) is None
    assert either(words("-"), None) == () and either(words("-"), words("a")) == (frozenset({"-", "a"}),)
    assert passes((), frozenset()) and not passes((words("a"), words("b")), frozenset({"a"}))
