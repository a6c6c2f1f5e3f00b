"""A place name held in several countries takes the story's country (``story_countries``, ``kb.preferring``)."""

from __future__ import annotations

import pytest

from seismo.models import Event

pytestmark = pytest.mark.slow


def _countries(events: list[Event], type_: str) -> set[str | None]:
    return {e.location.country for e in events if e.type == type_ and e.location is not None}


def test_a_lebanese_story_places_tripoli_in_lebanon(code) -> None:
    events = code("Lebanese troops clashed with gunmen on Tuesday, the Lebanese army said. "
                  "Police arrested six men in Tripoli on Wednesday.")
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and _countries(events, "COERCE") == {"LBN"}
    assert all(e.source is not None and e.source.country == "LBN" for e in arrests)


def test_a_pakistani_story_places_punjab_in_pakistan(code) -> None:
    events = code("Pakistan's army said it had killed four militants near the border. "
                  "Police in Punjab arrested twelve protesters on Monday.")
    arrests = [e for e in events if e.type == "COERCE"]
    assert arrests and all(e.source is not None and e.source.country == "PAK" for e in arrests)
    assert "IND" not in _countries(events, "COERCE")
    assert any("IND" in (e.source.reason or "") for e in arrests if e.source is not None)  # the reason says why


def test_a_story_with_no_other_country_keeps_the_first_place(code) -> None:
    events = code("Police arrested twelve protesters in Tripoli on Monday.")
    assert _countries(events, "COERCE") == {"LBY"}


def test_the_capital_of_another_country_is_no_government_in_a_lebanese_story(code) -> None:
    events = code("Lebanon's prime minister condemned the clashes on Tuesday. "
                  "Gunmen attacked Tripoli on Sunday, killing three soldiers.")
    codes = {a.code for e in events for a in (e.source, e.target) if a is not None}
    assert codes and "LBYGOV" not in codes and not any((c or "").startswith("LBY") for c in codes)


def test_a_capital_whose_country_the_story_names_keeps_its_government(code) -> None:
    """A British story that names the US: 'Washington' is the US government, not the English town of the
    name (a capital's own country, established by more than the capital's name, keeps its reading)."""
    events = code("Britain summoned the US ambassador on Monday over the trade dispute. "
                  "Washington rejected the British protest on Tuesday.")
    rejects = [e for e in events if e.type == "REJECT"]
    assert rejects and all(e.source is not None and e.source.code == "USAGOV" for e in rejects)
