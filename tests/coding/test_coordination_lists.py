"""Coordinated parties the parser splits oddly (issue 13 item 1, from an invented Caracas-2019 story): a list whose
tail hangs on its second item ('Canada, Brazil, Colombia and Argentina'), a 'they' that stands for a coordinated
subject ('Russia, China and Turkey said they backed Maduro'), and police coercing unnamed people at home."""

from __future__ import annotations

import datetime as dt

from coding_helpers import asserted, code_text


def test_every_item_of_a_list_parsed_as_apposition_and_conjuncts_acts(tmp_path):
    events = asserted(code_text(tmp_path, "Canada, Brazil, Colombia and Argentina recognized Guaido on Wednesday."))
    assert sorted(e.source.country for e in events) == ["ARG", "BRA", "CAN", "COL"]


def test_they_after_a_coordinated_speaker_is_every_speaker(tmp_path):
    events = asserted(code_text(tmp_path, "Russia, China and Turkey said they backed Maduro."), "SUPPORT")
    assert sorted(e.source.country for e in events) == ["CHN", "RUS", "TUR"]


def test_police_coercing_unnamed_people_at_home_act_on_their_own_people(tmp_path):
    events = asserted(code_text(tmp_path, "Police in Kano, Nigeria arrested 12 men on Monday."))
    assert [(e.type, e.target.code) for e in events] == [("COERCE", "NGACVL")]  # was the town, NGA(Kano)


def test_two_people_of_one_code_meeting_are_two_parties(tmp_path):
    """'Kiir and Machar were meeting': the president and his vice president are both SSDGOV, and still meet each
    other (merge.distinct_people); 'Salva Kiir' and 'Kiir' are the president (people_aliases.csv)."""
    text = ("Troops loyal to President Salva Kiir clashed with forces of First Vice President Riek Machar in Juba on "
            "Friday.\n\nThe clashes came as Kiir and Machar were meeting at the presidential compound.")
    events = asserted(code_text(tmp_path, text, published=dt.date(2016, 7, 12)), "CONSULT")
    assert [(e.source.name, e.target.name if e.target else None) for e in events] == [("Kiir", "Machar")]
