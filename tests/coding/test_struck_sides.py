"""The victims of a participle clause belong to the side its clause acts on (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]


def test_victims_of_a_strike_are_of_the_side_struck(code: Code):
    events = code("Sudanese forces shelled Chadian positions on Friday, killing six civilians.")
    targets = {e.target.code for e in asserted(events, "ASSAULT") if e.target is not None}
    assert "TCDCVL" in targets and "SDNCVL" not in targets


def test_a_place_in_the_clause_still_decides(code: Code):
    events = code("Sudanese forces shelled Chadian positions on Friday, killing six civilians in Khartoum.")
    targets = {e.target.code for e in asserted(events, "ASSAULT") if e.target is not None}
    assert "TCDCVL" not in targets


def test_victims_of_a_strike_on_a_named_place_are_of_its_country(code: Code):
    events = code("Ethiopian jets bombed Asmara on Friday, killing nine civilians.")
    targets = {e.target.code for e in asserted(events, "ASSAULT") if e.target is not None}
    assert "ERICVL" in targets and "ETHCVL" not in targets



def test_a_side_struck_that_only_the_story_places_decides_nothing(code: Code):
    # 'police' has the story's country only because no place in its clause or paragraph gives one
    # (DocumentContext.at_home): the victims are placed by the story, not by what the strike hit
    events = code("Kenyan officials met on Thursday in Nairobi.\n\n"
                  "Gunmen attacked police on Friday, killing six civilians.")
    victims = [e.target for e in asserted(events, "ASSAULT") if e.target is not None and e.target.agent == "CVL"]
    assert victims and all("the story's main country" in (v.reason or "") for v in victims)
    assert not any("what the clause it hangs from acts on" in (v.reason or "") for v in victims)
