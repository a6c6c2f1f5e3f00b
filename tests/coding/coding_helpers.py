"""Code one short text through the real pipeline, as a user's file is read (split_inputs + code_articles)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from seismo.config import Settings
from seismo.models import Event
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
