"""Code one short text through the real pipeline, as a user's file is read (split_inputs + code_articles)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from seismo.config import Settings
from seismo.models import Event, Modality
from seismo.pipeline import code_articles, split_inputs

FRIDAY = dt.date(2023, 3, 10)  # the issue-table rows' publication date


def code_text(tmp_path: Path, text: str, published: dt.date = FRIDAY) -> list[Event]:
    """The events of the file ``Test headline\\n\\nTEXT\\n`` published on ``published``."""
    path = tmp_path / "row.txt"
    path.write_text(f"Test headline\n\n{text}\n", encoding="utf-8")
    settings = Settings(published=published)
    articles, rejections = split_inputs([str(path)], settings)
    assert not rejections and len(articles) == 1, rejections
    return next(code_articles(articles, settings)).events


def asserted(events: list[Event], type_: str | None = None) -> list[Event]:
    """The asserted events (of one type, when given): what the event data count."""
    return [e for e in events if e.modality is Modality.ASSERTED and (type_ is None or e.type == type_)]


def dyad_codes(events: list[Event]) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of each event."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None) for e in events}


def target_codes(events: list[Event], type_: str) -> set[str | None]:
    """The target code of each asserted event of one type (None for an event without a target)."""
    return {e.target.code if e.target else None for e in asserted(events, type_)}
