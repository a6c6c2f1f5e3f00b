"""Article noise: captions, photo credits, bylines, reporting credits and embedded social posts.

Such text is *marked*, not removed: ``find_noise`` returns character spans of ``Article.text`` and the
later stages skip them (the coder codes no event and remembers no actor there, the story's country is
read without them, the parser starts a sentence at their edges). Removing them would be simpler, but a
credit often sits inside a kept line ("... on Friday. (Additional reporting by Jane Doe)"), and cutting
inside a line would rewrite the text that evidence offsets point into; a wrong pattern would also
lose text for good, while a mark can be fixed and the stored article re-coded. docs/ingest.md says more.

The patterns live in ``noise.yaml`` (data, not code); ``load_noise`` adds users' YAML files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DEFAULT_FILE = Path(__file__).with_name("noise.yaml")
_SCOPES = ("line", "line_end", "inline")
POST_CHARS = 280  # a paragraph above a post's signature line is the post when it is no longer than this
_SIGN = ("\u2014", "\u2013", "-")  # a signature line starts with a dash

Rule = tuple[str, re.Pattern[str]]  # (kind, pattern)


@dataclass(frozen=True)
class Noise:
    """A span of text that is not coded: ``text[start:end]`` is a caption, credit, byline or post."""

    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class NoiseRules:
    """Compiled noise patterns, by scope (see ``noise.yaml``)."""

    line: tuple[Rule, ...]
    line_end: tuple[Rule, ...]
    inline: tuple[Rule, ...]


def load_noise(extra: Sequence[Path] = ()) -> NoiseRules:
    """The bundled patterns plus any extra YAML files (same keys)."""
    return _load(tuple(extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> NoiseRules:
    found: dict[str, list[Rule]] = {scope: [] for scope in _SCOPES}
    for path in (DEFAULT_FILE, *extra):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for scope in _SCOPES:
            for kind, patterns in (data.get(scope) or {}).items():
                suffix = r"\Z" if scope == "line_end" else ""
                found[scope].extend((kind, re.compile(f"(?:{p}){suffix}")) for p in patterns or [])
    return NoiseRules(**{scope: tuple(rules) for scope, rules in found.items()})


def line_kind(line: str, rules: NoiseRules | None = None) -> str | None:
    """The noise kind of a whole line (caption, byline, ...), or None when the line is content."""
    rules = rules or load_noise()
    stripped = line.strip()
    if not stripped:
        return None
    for kind, pattern in rules.line:
        if pattern.fullmatch(stripped):
            return kind
    for kind, pattern in rules.line_end:
        if pattern.search(stripped):
            return kind
    return None


def find_noise(text: str, rules: NoiseRules | None = None) -> list[Noise]:
    """Noise spans of ``text``, sorted and not overlapping: whole lines, then pieces of kept lines."""
    rules = rules or load_noise()
    lines = list(_lines(text))
    kinds = [line_kind(text[start:end], rules) for start, end in lines]
    _mark_posts(text, lines, kinds)
    spans = [Noise(*_strip(text, start, end), kind) for (start, end), kind in zip(lines, kinds, strict=True)
             if kind is not None]
    for (start, end), kind in zip(lines, kinds, strict=True):
        if kind is None:
            spans.extend(_inline(text, start, end, rules))
    return _merged(sorted(spans, key=lambda n: (n.start, -n.end)))


def noise_spans(text: str, rules: NoiseRules | None = None) -> list[tuple[int, int]]:
    """``find_noise`` as (start, end) pairs, for ``within_noise``.

    Kept for the last texts asked (bounded, texts under ``_KEPT_CHARS``): the parser's boundary component
    (``nlp.components``) and then the coder ask for the same article's spans with the same rules, and every
    pattern over every line costs about a millisecond per article (issue 15)."""
    rules = rules or load_noise()
    if len(text) > _KEPT_CHARS:
        return _spans(text, rules)
    return list(_kept_spans(text, rules))


_KEPT_CHARS = 100_000


def _spans(text: str, rules: NoiseRules) -> list[tuple[int, int]]:
    return [(n.start, n.end) for n in find_noise(text, rules)]


@lru_cache(maxsize=64)
def _kept_spans(text: str, rules: NoiseRules) -> tuple[tuple[int, int], ...]:
    return tuple(_spans(text, rules))


def within_noise(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``[start, end)`` lies inside one noise span."""
    return any(a <= start and end <= b for a, b in spans)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _mark_posts(text: str, lines: list[tuple[int, int]], kinds: list[str | None]) -> None:
    """An embedded post's signature line ("— Name (@handle) date") makes the post's text noise too.

    The post is the lines above the signature in its paragraph; when the signature stands alone (an
    extractor puts each block in its own paragraph), the paragraph just above it, if post-sized.
    """
    paragraphs: list[list[int]] = [[]]
    for i, (start, end) in enumerate(lines):
        if text[start:end].strip():
            paragraphs[-1].append(i)
        elif paragraphs[-1]:
            paragraphs.append([])
    for number, paragraph in enumerate(paragraphs):
        for position, i in enumerate(paragraph):
            if kinds[i] != "social" or not text[lines[i][0]:lines[i][1]].lstrip().startswith(_SIGN):
                continue
            post = paragraph[:position]
            if not post and number > 0:
                above = paragraphs[number - 1]
                post = above if sum(lines[k][1] - lines[k][0] for k in above) <= POST_CHARS else []
            for k in post:
                kinds[k] = "social"


def _merged(spans: list[Noise]) -> list[Noise]:
    """Overlapping inline matches ("(Photo by X)" fits two patterns) become one span."""
    out: list[Noise] = []
    for span in spans:
        if out and span.start < out[-1].end:
            last = out[-1]
            out[-1] = Noise(last.start, max(last.end, span.end), last.kind)
        else:
            out.append(span)
    return out


def _inline(text: str, start: int, end: int, rules: NoiseRules) -> Iterator[Noise]:
    line = text[start:end]
    for kind, pattern in rules.inline:
        for match in pattern.finditer(line):
            yield Noise(start + match.start(), start + match.end(), kind)
