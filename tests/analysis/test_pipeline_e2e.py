"""End to end through ``seismo.pipeline.ingest`` with real text and the spaCy model (slow).

Acceptance 1 of issue 6 on the real pipeline: three differently worded reports of one call
and a syndicated copy ingested in a later run make one story with three sources.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seismo.analysis import stories
from seismo.config import Settings
from seismo.pipeline import ingest
from seismo.store import Store

pytestmark = pytest.mark.slow

REUTERS = (
    "WASHINGTON (Reuters) - U.S. President Joe Biden spoke with Russian President Vladimir Putin "
    "by phone on Tuesday, the White House said. The call lasted just under an hour. Aides "
    "described the tone as direct and businesslike. Markets in New York were little changed "
    "after the news, and traders said attention had already turned to inflation figures due "
    "later in the week. The White House did not say whether another call was planned."
)
REPORTS = {
    "reuters": REUTERS,
    "ap": (
        "MOSCOW (AP) - Russian President Vladimir Putin held a telephone call with U.S. President "
        "Joe Biden on Tuesday, the Kremlin said. Kremlin aide Yuri Ushakov told reporters the "
        "tone was calm."
    ),
    "bbc": (
        "LONDON (BBC) - The American president, Joe Biden, phoned Vladimir Putin on Tuesday. "
        "Few details were given by either side."
    ),
}
COPY = "By Reuters staff. " + REUTERS + " (Reporting by the Washington bureau; editing by the desk)"


def write(folder: Path, texts: dict[str, str]) -> list[str]:
    folder.mkdir()
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return [str(folder / f"{name}.txt") for name in texts]


def test_three_reports_and_a_later_copy_make_one_story(tmp_path: Path) -> None:
    settings = Settings(db=tmp_path / "seismo.duckdb", published=dt.date(2024, 3, 5))
    with Store.open(settings.db) as store:
        assert ingest(write(tmp_path / "run1", REPORTS), settings, store).added == 3
    with Store.open(settings.db) as store:
        assert ingest(write(tmp_path / "run2", {"partner": COPY}), settings, store).added == 1
        calls = [s for s in stories(store) if s.type == "CONSULT"]
        assert len(calls) == 1
        [call] = calls
        assert call.n_sources == 3
        assert {call.source.code, call.target.code} == {"USAGOV", "RUSGOV"}  # type: ignore[union-attr]
        assert call.outlets == ["AP", "BBC", "Reuters"]
        assert call.date == dt.date(2024, 3, 5)
        copies = store.query(
            "SELECT doc_id, duplicate_of FROM documents WHERE duplicate_of IS NOT NULL"
        )
        assert len(copies) == 1 and copies[0]["duplicate_of"] in call.doc_ids
        assert copies[0]["doc_id"] not in call.doc_ids
