"""A country's name before a river's feature names the river, not the country; the gazetteer knows the Niger Delta
(lane mend4: coding/place_names._river_feature_name, place_nouns.yaml river_features, kb/data/areas.yaml)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _locations(code, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.location.name, e.location.country) if e.location else (None, None)
            for e in asserted(code(text), "ASSAULT")]


def test_the_niger_delta_is_in_nigeria(code) -> None:
    assert _locations(code, "Militants attacked an oil pipeline in the Niger Delta on Monday.") == [
        ("Niger Delta", "NGA")]


def test_a_river_feature_is_not_the_country_of_its_name(code) -> None:
    for text in ("Rebels attacked a village in the Congo Basin on Monday.",
                 "Senegalese troops attacked a rebel boat on the Gambia River on Monday."):
        assert all(country not in ("COD", "COG", "GMB") for _, country in _locations(code, text)), text


def test_the_country_itself_is_still_a_place(code) -> None:
    assert _locations(code, "Gunmen attacked a convoy in Niger on Monday.") == [("Niger", "NER")]
