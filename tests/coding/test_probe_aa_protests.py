"""Lane probe-aa, invented wire copy on protests and their policing (Khartoum, Minsk, Nairobi, Bangkok 2019-2020):
a mass arrest told by 'rounded up', a crowd dispersed (with a crowd-control weapon or without), a purpose that
restates its clause's act ('fired tear gas to disperse', 'took to the streets to protest') and 'protested his
innocence', which is no protest."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def test_rounded_up_demonstrators_is_a_mass_arrest(tmp_path):
    events = code_text(tmp_path, "Sudanese security forces rounded up hundreds of demonstrators in Khartoum on Monday.")
    arrests = [e for e in asserted(events, "COERCE") if e.mode == "arrest"]
    assert [(e.source.country, e.target.code) for e in arrests] == [("SDN", "SDNCVL")]


def test_rounded_up_figures_are_no_arrest(tmp_path):
    assert not asserted(code_text(tmp_path, "Kenyan officials rounded up the figures on Monday."), "COERCE")


def test_crowd_dispersed_with_tear_gas_is_crowd_control(tmp_path):
    events = asserted(code_text(tmp_path, "Kenyan police dispersed the crowd with tear gas in Nairobi on Tuesday."))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("ASSAULT", "crowd-control", "KENCOP")]


def test_crowd_dispersed_without_a_weapon_is_restricted(tmp_path):
    events = asserted(code_text(tmp_path, "Thai police dispersed the protesters outside parliament on Monday."))
    assert [(e.type, e.mode, e.target.code) for e in events] == [("COERCE", "restrict", "THACVL")]


def test_a_crowd_that_disperses_is_no_event(tmp_path):
    assert not asserted(code_text(tmp_path, "The crowd dispersed peacefully after the speech in Nairobi."))


def test_tear_gas_fired_to_disperse_is_one_assault_on_the_purpose_day(tmp_path):
    text = "Police fired tear gas to disperse thousands of demonstrators in Khartoum on Sunday."
    events = asserted(code_text(tmp_path, text))
    assert [(e.type, e.mode, str(e.date)) for e in events] == [("ASSAULT", "crowd-control", "2023-03-05")]


def test_took_to_the_streets_to_protest_is_one_protest(tmp_path):
    text = ("Tens of thousands of people took to the streets of Minsk on Sunday to protest against the election "
            "result.")
    events = asserted(code_text(tmp_path, text))
    assert [(e.type, e.source.code, str(e.date)) for e in events] == [("PROTEST", "BLRCVL", "2023-03-05")]


def test_arrest_to_stop_a_march_keeps_its_purpose_apart(tmp_path):
    text = "Belarusian police arrested the organisers to stop the march in Minsk on Monday."
    assert [e.mode for e in asserted(code_text(tmp_path, text), "COERCE")] == ["arrest"]


def test_protested_his_innocence_is_no_protest(tmp_path):
    for text in ("The former minister protested his innocence in court in Nairobi on Tuesday.",
                 "The Iranian foreign minister protested his innocence."):
        assert not asserted(code_text(tmp_path, text)), text


def test_police_broke_up_a_demonstration(tmp_path):
    text = "Zimbabwean police broke up a demonstration by opposition supporters in Harare on Wednesday."
    assert [(e.type, e.mode) for e in asserted(code_text(tmp_path, text))] == [("COERCE", "restrict")]
    text = "Zimbabwean riot police broke up the rally with tear gas in Harare on Wednesday."
    assert [(e.type, e.mode) for e in asserted(code_text(tmp_path, text))] == [("ASSAULT", "crowd-control")]


def test_a_couple_breaking_up_is_no_event(tmp_path):
    assert not asserted(code_text(tmp_path, "The couple broke up last year."))


def test_an_organised_or_nationwide_strike_is_a_walkout(tmp_path):
    for text in ("Trade unions organised a nationwide strike in France on Thursday.",
                 "Nigerian doctors began an indefinite strike on Monday over unpaid salaries."):
        events = asserted(code_text(tmp_path, text))
        assert [(e.type, e.mode) for e in events] == [("PROTEST", "strike")], text


def test_labour_unions_are_labour(tmp_path):
    events = asserted(code_text(tmp_path, "Labour unions staged a general strike in Buenos Aires on Wednesday."))
    assert [e.source.code for e in events] == ["ARGLAB"]


def test_a_crowd_gathered_to_demand_protests(tmp_path):
    text = "Thousands assembled in central Khartoum on Thursday to demand civilian rule."
    events = asserted(code_text(tmp_path, text))
    assert [(e.type, e.source.code, str(e.date), e.location.name) for e in events] == \
        [("PROTEST", "SDNCVL", "2023-03-09", "Khartoum")]


def test_ministers_gathered_to_demand_still_request(tmp_path):
    text = "European foreign ministers gathered in Brussels on Monday to demand a ceasefire."
    assert [e.type for e in asserted(code_text(tmp_path, text))] == ["REQUEST"]


def test_baton_charged_students_is_crowd_control(tmp_path):
    for text, code in (("Riot police baton-charged students outside the university in Bangkok on Friday.", "THACOP"),
                       ("Indian police lathi-charged protesters in New Delhi on Monday.", "INDCOP")):
        events = asserted(code_text(tmp_path, text))
        assert [(e.type, e.mode, e.source.code) for e in events] == [("ASSAULT", "crowd-control", code)], text


def test_scattered_with_tear_gas_is_crowd_control(tmp_path):
    text = "Police scattered the protesters with tear gas in Dhaka on Monday."
    assert [(e.type, e.mode) for e in asserted(code_text(tmp_path, text))] == [("ASSAULT", "crowd-control")]
    assert not asserted(code_text(tmp_path, "The rebels scattered into the hills."))


def test_the_place_of_a_purpose_places_the_police(tmp_path):
    text = "Police fired tear gas to disperse thousands of demonstrators in Khartoum on Sunday."
    assert [e.source.code for e in asserted(code_text(tmp_path, text))] == ["SDNCOP"]


def test_the_place_of_a_complement_does_not_place_the_subject(tmp_path):
    text = "Rebel leaders agreed to attend peace talks in Doha next week."
    agreements = asserted(code_text(tmp_path, text), "AGREE")
    assert "QAT" not in {e.source.country for e in agreements if e.trigger == "agreed"}


def test_burning_tyres_is_a_violent_protest(tmp_path):
    for text in ("Demonstrators set fire to tyres in the streets of Port-au-Prince on Monday.",
                 "Haitian protesters burned tyres outside the presidential palace in Port-au-Prince on Monday."):
        events = asserted(code_text(tmp_path, text))
        assert [(e.type, e.mode, e.source.code) for e in events] == [("PROTEST", "riot", "HTICVL")], text


def test_arson_of_a_building_stays_destruction(tmp_path):
    events = asserted(code_text(tmp_path, "Rioters set fire to a police station in Khartoum on Tuesday."))
    assert [(e.type, e.mode) for e in events] == [("ASSAULT", "destroy")]


def test_the_day_a_rally_is_planned_for_does_not_date_its_ban(tmp_path):
    events = asserted(code_text(tmp_path, "Thai police banned the student rally planned for Saturday in Bangkok."))
    assert [(e.type, str(e.date)) for e in events] == [("COERCE", "2023-03-10")]  # not the Saturday before
