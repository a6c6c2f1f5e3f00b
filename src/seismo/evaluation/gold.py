"""Annotated article folders: ``<id>.txt`` + ``<id>.yaml`` pairs in the format of docs/annotation.md.

The YAML names its text (``file:``), gives the publication date (``document.published``) and lists
``must``, ``should`` and ``must_not`` items. A file that lists no item at all is *not yet annotated*:
it is neither coded nor scored, so a folder of empty templates evaluates to nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from seismo.errors import InputError

Section = Literal["must", "should"]


class ArticleEvalErrors:
    """Message templates of the article-folder reader, by code (after ``EvalErrors.I101..I104``)."""

    I111 = "{path}: no <id>.yaml annotation files; pass a folder of text + YAML pairs (docs/annotation.md)"
    I112 = "{path}: not an annotation file ({detail}); see docs/annotation.md for the format"
    I113 = "{path}: the text file {name} named by `file:` does not exist; fix `file:` or add the text"
    I114 = "{path}: document.published {value!r} is not a date; write it as \"YYYY-MM-DD\""


@dataclass(frozen=True)
class GoldItem:
    """One ``must`` or ``should`` item; ``spec`` is the YAML mapping the matcher reads."""

    id: str
    section: Section
    spec: Mapping[str, Any]

    @property
    def evidence(self) -> str | None:
        value = self.spec.get("evidence")
        return None if value is None else str(value)

    @property
    def modality(self) -> str:
        return str(self.spec.get("modality", "asserted"))


@dataclass(frozen=True)
class ArticleCase:
    """One annotated article: where its text is and what a coder must, should and must not find."""

    id: str
    text_path: Path
    published: dt.date | None
    items: tuple[GoldItem, ...] = ()
    must_not: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)

    @property
    def annotated(self) -> bool:
        return bool(self.items or self.must_not)

    def section(self, name: Section) -> list[GoldItem]:
        return [i for i in self.items if i.section == name]


def _published(document: Mapping[str, Any], where: Path) -> dt.date | None:
    value = document.get("published")
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(ArticleEvalErrors.I114.format(path=where, value=value), "I114") from None


def _items(spec: Mapping[str, Any], section: Section, where: Path) -> list[GoldItem]:
    items = []
    for i, raw in enumerate(spec.get(section) or []):
        if not isinstance(raw, Mapping):
            detail = f"{section}[{i}] is not a mapping"
            raise InputError(ArticleEvalErrors.I112.format(path=where, detail=detail), "I112")
        items.append(GoldItem(id=str(raw.get("id", f"{section}-{i}")), section=section, spec=dict(raw)))
    return items


def read_article_case(path: Path) -> ArticleCase:
    """Read one ``<id>.yaml`` (its text is read later, by the coder's own reader)."""
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        detail = f"invalid YAML: {exc}".replace("\n", " ")
        raise InputError(ArticleEvalErrors.I112.format(path=path, detail=detail), "I112") from None
    if not isinstance(spec, Mapping):
        detail = "expected a mapping with file, document, must, should, must_not"
        raise InputError(ArticleEvalErrors.I112.format(path=path, detail=detail), "I112")
    text_path = path.parent / str(spec.get("file") or path.with_suffix(".txt").name)
    if not text_path.is_file():
        raise InputError(ArticleEvalErrors.I113.format(path=path, name=text_path.name), "I113")
    must_not = tuple(spec.get("must_not") or [])
    if not all(isinstance(m, Mapping) for m in must_not):
        detail = "every must_not item is a mapping"
        raise InputError(ArticleEvalErrors.I112.format(path=path, detail=detail), "I112")
    return ArticleCase(
        id=path.stem,
        text_path=text_path,
        published=_published(spec.get("document") or {}, path),
        items=tuple(_items(spec, "must", path) + _items(spec, "should", path)),
        must_not=tuple(dict(m) for m in must_not),
    )


HELD_OUT_MARKER = "HELD_OUT"


def is_held_out(folder: Path) -> bool:
    """A folder with a ``HELD_OUT`` file is read only as aggregate figures: no per-article rows, no must_not
    lines, no review file, so that no one develops against it by accident (docs/evaluation.md)."""
    return (Path(folder) / HELD_OUT_MARKER).is_file()


def read_article_folder(folder: Path, limit: int | None = None) -> list[ArticleCase]:
    """Every ``*.yaml`` of the folder, sorted by name (the first ``limit`` only when given)."""
    paths = sorted(Path(folder).glob("*.yaml"))
    if not paths:
        raise InputError(ArticleEvalErrors.I111.format(path=folder), "I111")
    return [read_article_case(p) for p in paths[:limit]]
