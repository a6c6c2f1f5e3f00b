"""Events the coder missed entirely (issue 13 items 1-2), on invented sentences: meetings told with 'have',
meals as meetings, court stays, postponed votes."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_had_talks_and_meetings_are_consultations(tmp_path):
    talks = asserted(code_text(tmp_path, "Kenya had talks with Uganda on Monday."), "CONSULT")
    assert [(e.source.country, e.target.country) for e in talks] == [("KEN", "UGA")]
    phone = asserted(code_text(tmp_path, "The Kenyan president had a phone conversation with the Ugandan president."))
    assert [(e.type, e.mode) for e in phone] == [("CONSULT", "phone")]


def test_no_meeting_had_is_no_meeting(tmp_path):
    events = code_text(tmp_path, "Kenya has had no meetings with Uganda.")
    assert not asserted(events, "CONSULT")


def test_a_meal_with_a_leader_is_a_meeting(tmp_path):
    events = asserted(code_text(tmp_path, "The French president had lunch with the Kenyan president on Sunday."))
    assert [(e.type, e.mode, e.source.country, e.target.country) for e in events] == [("CONSULT", "meet", "FRA", "KEN")]


def test_lunch_as_a_subject_is_no_meeting(tmp_path):
    assert not asserted(code_text(tmp_path, "Lunch was served to the Kenyan delegation."), "CONSULT")


def test_court_stay_is_a_concession(tmp_path):
    events = asserted(code_text(tmp_path, "The Kenyan High Court put a stay on the deportation order on Monday."))
    assert [e.type for e in events] == ["CONCEDE"]


def test_a_short_stay_is_no_event(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan minister enjoyed his stay in Paris."))


def test_postponed_vote_is_coercion_postponed_visit_is_not(tmp_path):
    vote = asserted(code_text(tmp_path, "The Kenyan government postponed the presidential election on Monday."))
    assert [(e.type, e.mode) for e in vote] == [("COERCE", "restrict")]
    visit = asserted(code_text(tmp_path, "The Kenyan government postponed the talks with Uganda on Monday."))
    assert "COERCE" not in [e.type for e in visit]


def test_declared_state_of_emergency_is_coercion(tmp_path):
    events = asserted(code_text(tmp_path, "The Kenyan president declared a state of emergency on Friday."))
    assert [(e.type, e.source.country) for e in events] == [("COERCE", "KEN")]


def test_a_state_of_a_place_is_no_emergency(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan president visited the state of Texas on Friday."), "COERCE")


def test_giving_goods_is_aid_but_their_shortage_is_not(tmp_path):
    events = asserted(code_text(tmp_path, "Kenya sent medicine to Uganda on Monday."))
    assert [(e.type, e.source.country, e.target.country) for e in events] == [("AID", "KEN", "UGA")]
    assert not asserted(code_text(tmp_path, "Medicine ran short in Uganda on Monday."))


def test_firing_into_a_country_is_an_attack(tmp_path):
    events = asserted(code_text(tmp_path, "South Korea fired dozens of rounds into North Korea on Monday."), "ASSAULT")
    assert [(e.source.country, e.target.country) for e in events] == [("KOR", "PRK")]


def test_firing_into_the_sea_or_the_air_is_no_attack(tmp_path):
    """A missile test into the sea and warning shots into the air hit no one (the missile is MOBILIZE weapons)."""
    assert not asserted(code_text(tmp_path, "Syria fired two missiles into the sea on Monday."), "ASSAULT")
    assert not asserted(code_text(tmp_path, "Kenyan police fired shots into the air on Monday."), "ASSAULT")
    assert asserted(code_text(tmp_path, "Syria fired two missiles into the sea on Monday."), "MOBILIZE")


def test_firing_toward_the_sea_is_no_attack(tmp_path):
    """'fired a missile toward the sea off its coast' is a test as 'into the sea' is."""
    events = code_text(tmp_path, "Iran fired a ballistic missile toward the sea off its southern coast on Monday.")
    assert not asserted(events, "ASSAULT") and asserted(events, "MOBILIZE")
