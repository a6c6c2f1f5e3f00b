"""A verb with no place shares that of an event verb joined after it with no subject of its own
(``places._later_conjunct_place``): one crowd, one scene, so the two PROTESTs of 'set fire to tyres and blocked the
highway into Caracas' are placed alike and merge; a goal the joined verb moves to ('withdrew into Chad') places nothing.

Invented sentences through the real pipeline (``code_text``).
"""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_a_riot_shares_the_place_of_the_blockade_joined_to_it(tmp_path) -> None:
    events = code_text(tmp_path, "Protesters set fire to tyres and blocked the highway into Quito on Tuesday.")
    riots = [e for e in asserted(events, "PROTEST") if e.mode == "riot"]
    assert riots and all(e.location is not None and e.location.country == "ECU" for e in riots), events


def test_a_goal_of_withdrawal_does_not_place_the_attack(tmp_path) -> None:
    events = code_text(tmp_path, "Rebels attacked the convoy and withdrew into Chad on Tuesday.")
    attacks = asserted(events, "ASSAULT")
    assert attacks and all(e.location is None or e.location.country != "TCD" for e in attacks), events
