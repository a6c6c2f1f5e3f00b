"""A known town as an attack's object is where it hit whatever entity type the recogniser gives it
(``coding.object_places``); a speaker's own place is not the attack's: invented sentences through the real pipeline."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "name"), [
    ("Ukrainian Foreign Minister Dmytro Kuleba said in Brussels on Monday that Russia attacked Kharkiv overnight.",
     "Kharkiv"),
    ("Russian forces attacked Kherson overnight.", "Kherson"),
    ("Syrian forces shelled Idlib overnight.", "Idlib"),
    ("Brazilian forces attacked Novi Sad overnight.", "Novi Sad"),
])
def test_the_attacked_town_is_the_place(code, text: str, name: str) -> None:
    found = asserted(code(text), "ASSAULT")
    assert found and found[0].location is not None and found[0].location.name == name, found


def test_a_town_name_an_organisation_bears_is_no_place(code) -> None:
    found = asserted(code("Russian hackers attacked Google on Monday."), "ASSAULT")
    assert all(e.location is None or e.location.name != "Topeka" for e in found), found
