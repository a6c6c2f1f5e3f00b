"""Publication-dated reports and explicitly dated ones of the same event make one story (real pipeline, slow).

The coder dates an event the text gives no date for on its article's publication (``date_precision:
published``, docs/dates.md); story building must still merge it with a report that names the day.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from seismo.analysis import stories
from seismo.config import Settings
from seismo.pipeline import ingest
from seismo.store import EventFilter, Store

pytestmark = pytest.mark.slow

TUESDAY = dt.date(2024, 3, 5)
EXPLICIT = ("WASHINGTON (Reuters) - U.S. President Joe Biden spoke with Russian President Vladimir Putin by "
            "phone on Monday, the White House said. The call lasted just under an hour.")
UNDATED = ("MOSCOW (AP) - Russian President Vladimir Putin held a telephone call with U.S. President Joe Biden, "
           "the Kremlin said. Kremlin aide Yuri Ushakov told reporters the tone was calm.")


def _ingest(store: Store, folder: Path, name: str, text: str, published: dt.date) -> None:
    folder.mkdir()
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    settings = Settings(db=store.path, published=published)
    assert ingest([str(folder / f"{name}.txt")], settings, store).added == 1


@pytest.mark.parametrize("days_later", [0, 1, 2])
def test_explicit_and_publication_dated_reports_are_one_story(tmp_path: Path, days_later: int) -> None:
    with Store.open(tmp_path / "seismo.duckdb") as store:
        _ingest(store, tmp_path / "a", "reuters", EXPLICIT, TUESDAY)
        _ingest(store, tmp_path / "b", "ap", UNDATED, TUESDAY + dt.timedelta(days=days_later))
        on_pub = store.events(EventFilter(date_precision=["published"], type="CONSULT"))
        assert on_pub and on_pub[0].date == TUESDAY + dt.timedelta(days=days_later)
        calls = [s for s in stories(store) if s.type == "CONSULT"]
        assert [(c.n_sources, c.date, c.date_precision) for c in calls] == [(2, dt.date(2024, 3, 4), "day")]
