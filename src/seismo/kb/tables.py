"""Alias tables: key -> entries, with a prefix set so a longest-match scan stops early."""

from __future__ import annotations

from collections.abc import Iterable

from seismo.kb.records import CAPITAL, KIND_RANK, PERSON, Entry
from seismo.kb.text import ANY, TITLE, UPPER, Token, case_ok, key_and_shape

# Words stripped from the front of aliases and skipped before a mention ("the U.S.", "some troops").
DETERMINERS = frozenset(
    [
        "the",
        "a",
        "an",
        "some",
        "several",
        "many",
        "few",
        "most",
        "all",
        "both",
        "other",
        "these",
        "those",
        "this",
        "that",
        "its",
        "their",
        "his",
        "her",
        "our",
        "any",
        "numerous",
        "various",
        "dozens",
        "hundreds",
        "thousands",
        "tens",
        "scores",
        "millions",
        "more",
        "than",
        "at",
        "least",
        "about",
        "around",
        "nearly",
        "over",
        "up",
        "to",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "of",
    ]
)


JOINED = frozenset({"", "-"})  # gaps an alias may span
_ARTICLE_KINDS = frozenset({CAPITAL, "place"})  # places.PLACE: names that may keep "The"


class AliasTable:
    """Maps alias keys to entries; a higher layer replaces what lower layers put under a key."""

    def __init__(self) -> None:
        self.entries: dict[str, list[Entry]] = {}
        self.prefixes: set[str] = set()

    def add(
        self,
        alias: str,
        entry_kind: str,
        target: object,
        *,
        layer: int,
        weak: bool = False,
        titled: bool = False,
    ) -> None:
        keys, full_shape = key_and_shape(alias)
        if entry_kind == PERSON and len(keys) > 1 and keys[0] in DETERMINERS:
            # "Tô Lâm" folds to "to lam": a name's first word is no determiner. The full name is
            # kept (find_chunks tries it before skipping "To"); the rest is only a surname.
            self._add_key(keys, full_shape, entry_kind, target, layer, weak, titled)
            keys, full_shape, weak = keys[1:], full_shape[1:], True
        if entry_kind in _ARTICLE_KINDS and len(keys) == 2 and keys[0] == "the":
            # "The Valley", "The Bridge": one word after "The" names a place only with its article
            # ("Thames Valley Police" is no Anguillan force); the article may be lower case.
            full_shape = (ANY, *full_shape[1:])
        else:
            while len(keys) > 1 and keys[0] in DETERMINERS:
                keys.pop(0)
        if keys:
            self._add_key(keys, full_shape, entry_kind, target, layer, weak, titled)

    def _add_key(
        self,
        keys: list[str],
        full_shape: tuple[str, ...],
        entry_kind: str,
        target: object,
        layer: int,
        weak: bool,
        titled: bool,
    ) -> None:
        key = " ".join(keys)
        shape = full_shape[-len(keys) :]
        entry = Entry(entry_kind, target, shape, weak, layer, titled)
        bucket = self.entries.setdefault(key, [])
        if bucket and bucket[0].layer < layer:
            bucket.clear()
        elif bucket and bucket[0].layer > layer:
            return
        for n, old in enumerate(bucket):
            if old.target is target and old.kind == entry_kind:
                bucket[n] = Entry(
                    entry_kind,
                    target,
                    _loosest(old.shape, shape),
                    old.weak and weak,
                    layer,
                    old.titled and titled,
                )
                break
        else:
            bucket.append(entry)
        for i in range(1, len(keys)):
            self.prefixes.add(" ".join(keys[:i]))

    def add_many(
        self,
        aliases: Iterable[str],
        entry_kind: str,
        target: object,
        *,
        layer: int,
    ) -> None:
        for alias in aliases:
            if alias and alias.strip():
                self.add(alias, entry_kind, target, layer=layer)

    def finish(self) -> None:
        """Drop surname aliases that collide with a non-person name; order entries by kind."""
        for bucket in self.entries.values():
            if any(e.kind != PERSON for e in bucket):
                bucket[:] = [e for e in bucket if not (e.kind == PERSON and e.weak)]
            bucket.sort(key=lambda e: KIND_RANK[e.kind])

    def longest(
        self, tokens: list[Token], i: int, kinds: frozenset[str] | None = None
    ) -> tuple[int, list[Entry]]:
        """Longest alias starting at token ``i`` whose case rules hold: (end index, entries)."""
        first = tokens[i].key
        if first not in self.entries and first not in self.prefixes:
            return i, []  # most words start no alias: asked of every word of every sentence scanned
        best_end, best = i, []
        key = ""
        for j in range(i, len(tokens)):
            if j > i and tokens[j].gap not in JOINED:
                break
            key = tokens[j].key if j == i else f"{key} {tokens[j].key}"
            found = self.entries.get(key)
            if found:
                ok = [
                    e
                    for e in found
                    if (kinds is None or e.kind in kinds) and case_ok(tokens, i, e.shape)
                ]
                if ok:
                    best_end, best = j + 1, ok
            if key not in self.prefixes:
                break
        return best_end, best


def _loosest(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """Per token, the more permissive case rule: ANY < TITLE < UPPER."""
    order = {ANY: 0, TITLE: 1, UPPER: 2}
    return tuple(x if order[x] <= order[y] else y for x, y in zip(a, b, strict=True))
