"""Boilerplate removal: share bars, newsletter pleas, "Related Posts" lists.

The patterns live in ``boilerplate.yaml`` (data, not code) so users can extend
them without touching seismo. Removal works on whole lines only and never
edits inside a line, so every kept line is a verbatim piece of the input and
evidence offsets stay meaningful.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DEFAULT_FILE = Path(__file__).with_name("boilerplate.yaml")
_KEYS = ("trailing", "anywhere", "sections")
_SHORT_LINE = 150  # link titles under a "Related" header are shorter than this
_MAX_LINKS = 20


@dataclass(frozen=True)
class Boilerplate:
    """Compiled boilerplate patterns, by where they apply."""

    trailing: tuple[re.Pattern[str], ...]
    anywhere: tuple[re.Pattern[str], ...]
    sections: tuple[re.Pattern[str], ...]


def load_boilerplate(extra: Sequence[Path] = ()) -> Boilerplate:
    """Load the bundled patterns plus any extra YAML files (same keys)."""
    return _load(tuple(extra))


@lru_cache(maxsize=8)
def _load(extra: tuple[Path, ...]) -> Boilerplate:
    found: dict[str, list[re.Pattern[str]]] = {key: [] for key in _KEYS}
    for path in (DEFAULT_FILE, *extra):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in _KEYS:
            found[key].extend(re.compile(p, re.IGNORECASE) for p in data.get(key) or [])
    return Boilerplate(**{key: tuple(value) for key, value in found.items()})


def strip_boilerplate(text: str, rules: Boilerplate | None = None) -> str:
    """Drop boilerplate lines from ``text`` (lines separated by "\\n")."""
    rules = rules or load_boilerplate()
    lines = text.split("\n")
    lines = _cut_sections(lines, rules.sections)
    lines = [line for line in lines if not _matches(line, rules.anywhere)]
    lines = _drop_trailing(lines, rules.trailing)
    return "\n".join(lines)


def is_boilerplate_line(line: str, rules: Boilerplate | None = None) -> bool:
    """True when the line is boilerplate wherever it stands (or at the end of a text)."""
    rules = rules or load_boilerplate()
    return _matches(line, rules.anywhere) or _matches(line, rules.trailing)


def _matches(line: str, patterns: Iterable[re.Pattern[str]]) -> bool:
    stripped = line.strip()
    return bool(stripped) and any(p.fullmatch(stripped) for p in patterns)


def _drop_trailing(lines: list[str], patterns: Sequence[re.Pattern[str]]) -> list[str]:
    """Pop blank and boilerplate lines off the end until a content line is reached."""
    end = len(lines)
    while end and (not lines[end - 1].strip() or _matches(lines[end - 1], patterns)):
        end -= 1
    return lines[:end]


def _cut_sections(lines: list[str], patterns: Sequence[re.Pattern[str]]) -> list[str]:
    """Cut a "Related Posts" style header and the link list after it.

    The cut happens only when what follows the header looks like a list of
    links: a few short lines, shorter in total than the text before the
    header. Otherwise only the header line goes, so an article is never cut
    in half by a stray "Read more" line.
    """
    for index, line in enumerate(lines):
        if not _matches(line, patterns):
            continue
        before, rest = lines[:index], lines[index + 1 :]
        if _looks_like_link_list(rest, before):
            return before
        return before + _cut_sections(rest, patterns)
    return lines


def _looks_like_link_list(rest: list[str], before: list[str]) -> bool:
    items = [item.strip() for item in rest if item.strip()]
    return (
        len(items) <= _MAX_LINKS
        and all(len(item) <= _SHORT_LINE for item in items)
        and sum(map(len, items)) < sum(len(line.strip()) for line in before)
    )
