"""The attribute ruler's patterns applied by table look-up instead of spaCy's ``Matcher`` (issue 15).

The English models' ``attribute_ruler`` maps each fine tag to its POS and morphology and fixes some
words' lemmas ("gets" -> get, "'s" after "let" -> us): 179 patterns run by a ``Matcher`` on every
token, about a sixth of the parse's CPU. Every one of those patterns is a fixed run of tokens
tested on TAG, LOWER, DEP or IS_SPACE, so ``AttributeTable`` indexes them by their first token's tag
or word and tests only the few that can match; each token then gets its matching patterns'
attributes merged in pattern order (later patterns win, as in the ruler), set with spaCy's own
``set_token_attrs``. The tests a pattern's first token needs depend on that token's (TAG, LOWER, DEP,
IS_SPACE) row alone, so they are kept per distinct row (bounded: ``_FIRST_MAX``) and a word seen before
with the same tag and relation costs one dictionary look-up. The tokens come out identical
(``tests/nlp/test_attributes.py`` compares every token attribute over whole articles). A ruler with
patterns this class cannot read (operators, other attributes) is left in place by ``replace_attribute_ruler``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

_ATTRS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}  # columns of the feature array
_COLUMNS = [TAG, LOWER, DEP, IS_SPACE]
_FIRST_MAX = 1 << 16  # distinct (tag, word, relation, space) rows kept by AttributeTable._first_of


class Unsupported(ValueError):
    """A pattern uses something the table does not implement: keep spaCy's ruler."""


def _check(attr: str, value: Any, strings: Any) -> Callable[[Sequence[int]], bool]:
    col = _ATTRS.get(attr)
    if col is None:
        raise Unsupported(attr)
    if attr == "IS_SPACE":
        if not isinstance(value, bool):
            raise Unsupported(value)
        want = int(value)
        return lambda row: row[col] == want
    if isinstance(value, str):
        h = strings.add(value)
        return lambda row: row[col] == h
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            hs = frozenset(strings.add(v) for v in arg)
            return lambda row: row[col] in hs
        if op == "NOT_IN":
            hs = frozenset(strings.add(v) for v in arg)
            return lambda row: row[col] not in hs
        if op == "REGEX":
            rx = re.compile(arg)
            return lambda row: bool(rx.search(strings[row[col]]))
    raise Unsupported(value)


class AttributeTable:
    """Pipeline component: the AttributeRuler's patterns, matched by index instead of a Matcher."""

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        self.attrs = list(ruler.attrs)
        self.indices = list(ruler.indices)
        # (group, [checks per token]) per pattern, indexed by the first token's TAG or LOWER value; the
        # check the index already made is left out, so a tag-map pattern has none
        self.by_tag: dict[int, list[tuple[int, list]]] = {}
        self.by_lower: dict[int, list[tuple[int, list]]] = {}
        self.other: list[tuple[int, list]] = []
        for group, spec in enumerate(ruler.patterns):
            for pattern in spec["patterns"]:
                if not pattern or any("OP" in tok for tok in pattern):
                    raise Unsupported(pattern)
                first = pattern[0]
                key = "TAG" if _indexable(first.get("TAG")) else "LOWER" if _indexable(first.get("LOWER")) else None
                checks = [[_check(a, v, strings) for a, v in tok.items() if not (k == 0 and a == key)]
                          for k, tok in enumerate(pattern)]
                if key is None:
                    self.other.append((group, checks))
                    continue
                index = self.by_tag if key == "TAG" else self.by_lower
                value = first[key]
                for v in ([value] if isinstance(value, str) else value["IN"]):
                    index.setdefault(strings.add(v), []).append((group, checks))
        self._merged: dict[tuple[int, ...], dict] = {}
        self._first: dict[tuple[int, ...], tuple[tuple[int, ...], list]] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = list(map(tuple, doc.to_array(_COLUMNS).tolist()))
        n, first = len(rows), self._first
        found: list[tuple[int, ...]] = []  # per token: the one-token patterns' groups (sorted)
        extra: dict[int, set[int]] = {}  # target token -> longer patterns' groups
        for i, row in enumerate(rows):
            hit = first.get(row)
            if hit is None:
                hit = self._first_of(row)
            found.append(hit[0])
            for group, checks in hit[1]:  # longer patterns whose first token matches: test the rest
                end = i + len(checks)
                if end > n or not all(c(rows[i + k]) for k, tok in enumerate(checks) if k for c in tok):
                    continue
                extra.setdefault(self._target(group, i, end), set()).add(group)
        for i, groups in enumerate(found):
            if i in extra:
                groups = tuple(sorted(extra[i].union(groups)))
            if groups:
                set_token_attrs(doc[i], self._attrs_of(groups))
        return doc

    def _first_of(self, row: tuple[int, ...]) -> tuple[tuple[int, ...], list]:
        """Which patterns match from a token with these (TAG, LOWER, DEP, IS_SPACE) values: the groups of the
        one-token patterns, and the longer patterns whose first token matches. Kept per distinct row (bounded):
        the same tagged word needs the same tests, and testing every indexed pattern per token was most of the
        component's time."""
        singles: set[int] = set()
        longer = []
        for entries in (self.by_tag.get(row[0]), self.by_lower.get(row[1]), self.other):
            for group, checks in entries or ():
                if not all(c(row) for c in checks[0]):
                    continue
                if len(checks) > 1:
                    longer.append((group, checks))
                else:
                    self._target(group, 0, 1)  # the pattern's index must name its one token
                    singles.add(group)
        hit = (tuple(sorted(singles)), longer)
        if len(self._first) >= _FIRST_MAX:
            self._first.clear()
        self._first[row] = hit
        return hit

    def _target(self, group: int, i: int, end: int) -> int:
        """The token a match at ``[i, end)`` sets: the pattern's index, from the end when negative."""
        index = self.indices[group]
        target = (end + index) if index < 0 else i + index
        if not i <= target < end:
            raise ValueError(f"attribute pattern {group}: index {index} outside its match")
        return target

    def _attrs_of(self, groups: tuple[int, ...]) -> dict:
        """The attributes of these groups merged in group order: later patterns win, as in the ruler."""
        merged = self._merged.get(groups)
        if merged is None:
            merged = {}
            for group in groups:
                merged.update(self.attrs[group])
            self._merged[groups] = merged
        return merged


def _indexable(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, dict) and list(value) == ["IN"])


@Language.factory("seismo_attribute_table")
def make_attribute_table(nlp: Language, name: str) -> AttributeTable:
    """Built from the pipeline's ``attribute_ruler`` (see ``replace_attribute_ruler``)."""
    return AttributeTable(nlp.get_pipe("attribute_ruler"))


def replace_attribute_ruler(nlp: Language) -> bool:
    """Swap the pipeline's ``attribute_ruler`` for an ``AttributeTable`` of its patterns, if it can."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    try:
        nlp.add_pipe("seismo_attribute_table", before="attribute_ruler")
    except Unsupported:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
