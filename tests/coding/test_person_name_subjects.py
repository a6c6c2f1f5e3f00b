"""A known person's surname that the tagger reads as an adverb still does the act (lane mend4)."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def test_a_surname_read_as_an_adverb_is_the_doer(code) -> None:
    events = asserted(code("Swedish Prime Minister Stefan Löfven met Erna Solberg in Oslo on Monday. Löfven "
                           "criticised Russia."), "ACCUSE")
    assert [(e.source.country, e.target.country) for e in events] == [("SWE", "RUS")]


def test_a_given_name_read_as_a_verb_joins_the_name(code) -> None:
    events = asserted(code("Prayut Chan-o-cha criticised Peru on Friday."), "ACCUSE")
    assert [(e.source.country, e.target.country) for e in events] == [("THA", "PER")]
