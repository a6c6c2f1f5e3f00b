"""A march by a crowd counted in a free relative ('what police estimated at 15,000 Georgians rallied') has the
crowd as its doer and its count (nlp/subjects.py, ``seismo_estimated_subjects``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "count", "country"), [
    ("On Sunday, what police estimated at 15,000 Georgians rallied outside parliament in Tbilisi.", 15000, "GEO"),
    ("Yesterday, what organizers estimated at 1.2 million Chileans, about a tenth of the country's population, "
     "marched through central Santiago.", 1200000, "CHL"),
])
def test_the_counted_crowd_marches(tmp_path: Path, text: str, count: int, country: str) -> None:
    events = asserted(code_text(tmp_path, text), "PROTEST")
    assert events and all(e.quantity and e.quantity.value == count for e in events), events
    assert all(e.source and e.source.country == country for e in events), events
