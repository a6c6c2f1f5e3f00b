"""The background paragraph of wire copy (issue 13): a tally across a war is no event of the publication day
(coding/tallies.py), and an outbreak of fighting or war between A and B is an ASSAULT between them dated by
its own time (events._subject_noun_trigger, nominal._light_trigger, event_dates.event_date). Invented sentences."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import asserted, code_text, dyad_codes

pytestmark = pytest.mark.slow

SUNDAY = dt.date(2021, 3, 14)
LEAD = "Ethiopian troops shelled the town of Humera on Friday, residents said.\n\n"


def _count(tmp_path: Path, text: str, type_: str = "ASSAULT", trigger: str = "killed"):
    events = [e for e in asserted(code_text(tmp_path, LEAD + text, SUNDAY), type_) if e.trigger == trigger]
    assert events, text
    return events


@pytest.mark.parametrize("text, span", [
    ("Ethiopian troops have killed thousands of people in the conflict.", "in the conflict"),
    ("Ethiopian troops have killed more than 5,000 people since the war began in 2019.",
     "since the war began in 2019"),
    ("Ethiopian troops have killed hundreds of people since fighting erupted.", "since fighting erupted"),
    ("Ethiopian troops have killed hundreds of rebels since the start of the insurgency.",
     "since the start of the insurgency"),
])
def test_a_tally_across_a_war_has_no_day(tmp_path: Path, text: str, span: str):
    for event in _count(tmp_path, text):
        assert (event.date, event.date_precision, event.date_text) == (None, None, f"(background) {span}"), event


def test_a_tally_of_arrests_since_the_protests_began_has_no_day(tmp_path: Path):
    text = "Ethiopian police have arrested more than 800 people since the protests began in 2019."
    for event in _count(tmp_path, text, "COERCE", "arrested"):
        assert (event.date, event.date_text) == (None, "(background) since the protests began in 2019"), event


@pytest.mark.parametrize("text, day", [
    ("Ethiopian troops have killed 12 rebels in Humera since Friday.", dt.date(2021, 3, 12)),
    ("Ethiopian troops have killed 12 rebels in the conflict on Friday.", dt.date(2021, 3, 12)),
])
def test_a_count_of_the_last_days_keeps_its_day(tmp_path: Path, text: str, day: dt.date):
    events = asserted(code_text(tmp_path, text, SUNDAY), "ASSAULT")
    assert events and all(e.date == day for e in events), events


def test_a_tally_is_not_the_news_act_told_again(tmp_path: Path):
    text = "Ethiopian troops have killed thousands of people in the conflict."
    events = asserted(code_text(tmp_path, LEAD + text, SUNDAY), "ASSAULT")
    shelled = [e for e in events if e.trigger == "shelled"]
    assert shelled and shelled[0].quantity is None and shelled[0].date == dt.date(2021, 3, 12), events


def test_a_simple_past_in_a_war_is_not_a_tally(tmp_path: Path):
    events = asserted(code_text(tmp_path, "Ethiopian troops killed 12 rebels in the war.", SUNDAY), "ASSAULT")
    assert events and all(e.date == SUNDAY for e in events), events


@pytest.mark.parametrize("text", [
    "Fighting erupted in March 2019 between Ethiopian troops and Eritrean troops.",
    "War broke out between Ethiopia and Eritrea in March 2019.",
    "The conflict erupted in March 2019 between Ethiopia and Eritrea.",
    "Fighting between Ethiopian troops and Eritrean troops erupted in March 2019.",
])
def test_an_outbreak_between_two_sides_is_an_assault_dated_by_its_own_time(tmp_path: Path, text: str):
    events = asserted(code_text(tmp_path, LEAD + text, SUNDAY), "ASSAULT")
    outbreak = [e for e in events if e.date == dt.date(2019, 3, 1)]
    assert outbreak, events
    assert {frozenset(p) for p in dyad_codes(outbreak)} <= {frozenset({"ETHMIL", "ERIMIL"}),
                                                            frozenset({"ETHGOV", "ERIGOV"}),
                                                            frozenset({"ETH", "ERI"})}, outbreak
    assert all(e.date_precision == "month" for e in outbreak), outbreak


@pytest.mark.parametrize("text, date, date_text", [
    ("War broke out between Ethiopia and Eritrea, and thousands were killed.", None, "(background) War broke out"),
    ("War broke out between Ethiopia and Eritrea on Saturday.", dt.date(2021, 3, 13), "on Saturday"),
])
def test_a_war_breaking_out_without_a_time_of_its_own_is_background(tmp_path: Path, text: str, date, date_text):
    events = [e for e in asserted(code_text(tmp_path, text, SUNDAY), "ASSAULT") if e.trigger == "War"]
    assert events and all((e.date, e.date_text) == (date, date_text) for e in events), events


def test_war_is_no_event_without_an_outbreak(tmp_path: Path):
    text = "The war in the north continued, and Ethiopia declared a state of emergency."
    events = asserted(code_text(tmp_path, text, SUNDAY), "ASSAULT")
    assert not [e for e in events if e.trigger and e.trigger.lower() == "war"], events
