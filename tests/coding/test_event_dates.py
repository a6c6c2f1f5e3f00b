"""Event dates on whole files through the real pipeline (issue 13, item 8).

Each case is a file ``Test headline\\n\\nTEXT\\n`` coded with ``split_inputs`` + ``code_articles``,
published on Friday 2023-03-10 unless it says otherwise (docs/dates.md, "Event dates").
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from coding_helpers import asserted, code_text

from seismo.config import Settings
from seismo.models import Event, Modality
from seismo.pipeline import code_articles, split_inputs

pytestmark = pytest.mark.slow

FRIDAY = dt.date(2023, 3, 10)


def _code(tmp_path: Path, text: str, published: dt.date = FRIDAY) -> list[Event]:
    return code_text(tmp_path, text, published)



def _show(events: list[Event]) -> list[tuple]:
    return [(e.type, e.modality.value, e.date, e.date_precision, e.date_text, e.trigger) for e in events]


def test_future_weekday_resolves_forward(tmp_path: Path):
    events = _code(tmp_path, "Erdogan will meet Putin in Sochi on Monday, his office said on Friday.")
    consult = [e for e in events if e.type == "CONSULT"]
    assert consult and all(e.modality is Modality.FUTURE for e in consult), _show(events)
    assert consult[0].date == dt.date(2023, 3, 13) and consult[0].date_precision == "day"
    assert all(e.date != dt.date(2023, 3, 6) for e in events), _show(events)  # never the past Monday


def test_context_date_stops_at_a_single_newline(tmp_path: Path):
    text = ("Russian forces shelled Kharkiv on Tuesday.\n"
            "The war began years earlier, and in 2016 the armies fought over Donbas. "
            "Russian troops attacked Ukrainian positions near Avdiivka.")
    events = asserted(_code(tmp_path, text), "ASSAULT")
    avdiivka = [e for e in events if "Avdiivka" in e.evidence.sentence]
    assert avdiivka, _show(events)
    assert all(e.date != dt.date(2023, 3, 7) for e in avdiivka), _show(avdiivka)
    assert all(not (e.date_text or "").startswith("(context) on Tuesday") for e in avdiivka)


def test_context_date_still_carries_within_a_paragraph(tmp_path: Path):
    text = "Russian forces shelled Kharkiv on Tuesday. Russian troops also attacked Izium."
    izium = [e for e in asserted(_code(tmp_path, text), "ASSAULT") if "Izium" in e.evidence.sentence]
    assert izium and izium[0].date == dt.date(2023, 3, 7), _show(izium)
    assert izium[0].date_text.startswith("(context)")


def test_named_anniversary_is_not_a_relative_date(tmp_path: Path):
    events = _code(tmp_path, "Al Qaeda launched the Sept. 11 attacks against the United States.",
                   published=dt.date(2020, 3, 1))
    assault = asserted(events, "ASSAULT")
    assert assault, _show(events)
    assert all(e.date in (None, dt.date(2001, 9, 11)) for e in assault), _show(assault)
    assert assault[0].date == dt.date(2001, 9, 11) and assault[0].date_precision == "day"


def test_named_date_dates_only_its_own_noun(tmp_path: Path):
    text = "Iran rejected the March 28 deadline set by the United States."
    events = _code(tmp_path, text)
    reject = asserted(events, "REJECT")
    assert reject, _show(events)
    assert reject[0].date == FRIDAY and reject[0].date_precision == "published", _show(reject)


def test_weekday_of_last_week(tmp_path: Path):
    events = asserted(_code(tmp_path, "Russia attacked Ukraine on Thursday last week."), "ASSAULT")
    assert events and events[0].date == dt.date(2023, 3, 2) and events[0].date_precision == "day", _show(events)


@pytest.mark.parametrize(("when", "date", "precision"), [
    ("last week", dt.date(2023, 2, 27), "week"),
    ("this week", dt.date(2023, 3, 6), "week"),
    ("last month", dt.date(2023, 2, 1), "month"),
    ("earlier this month", dt.date(2023, 3, 1), "month"),
])
def test_vague_periods_keep_their_precision(tmp_path: Path, when: str, date: dt.date, precision: str):
    events = asserted(_code(tmp_path, f"Israeli troops raided a refugee camp in Jenin {when}."), "COERCE")
    assert events and (events[0].date, events[0].date_precision) == (date, precision), _show(events)


def test_undated_asserted_event_gets_the_publication_date(tmp_path: Path):
    events = _code(tmp_path, "Israeli troops raided a refugee camp in Jenin.")
    coerce = asserted(events, "COERCE")
    assert coerce, _show(events)
    assert (coerce[0].date, coerce[0].date_precision, coerce[0].date_text) == (FRIDAY, "published", None)


def test_every_asserted_event_has_a_date(tmp_path: Path):
    text = ("Russian forces shelled Kharkiv on Tuesday.\n\n"
            "Ukraine accused Russia of war crimes. Germany will send tanks to Ukraine next month.")
    events = _code(tmp_path, text)
    assert all(e.date is not None for e in events if e.modality is Modality.ASSERTED), _show(events)
    assert all(e.date_precision != "published" for e in events if e.modality is not Modality.ASSERTED)


def test_unknown_publication_date_leaves_undated_events_undated(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_text("Test headline\n\nIsraeli troops raided a refugee camp in Jenin.\n", encoding="utf-8")
    settings = Settings()
    articles, _ = split_inputs([str(path)], settings)
    events = next(code_articles(articles, settings)).events
    assert events and all(e.date is None and e.date_precision is None for e in events), _show(events)


def test_a_relative_clauses_date_is_not_the_main_clauses(tmp_path: Path):
    text = "Iran, whose president took office in 2015, accused the United States of sabotage."
    accuse = asserted(_code(tmp_path, text), "ACCUSE")
    assert accuse and all(e.date != dt.date(2015, 1, 1) for e in accuse), _show(accuse)


def test_the_event_noun_refers_back_to_an_earlier_dated_event(tmp_path: Path):
    text = ("On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso.\n\n"
            "Six Mexican nationals were killed in the attack, Mexico said.")
    # "the attack" names the shooting: the document pass merges the two mentions into one event
    # (coding/references.py); kept apart, the second takes the first one's date. Either way no ASSAULT
    # falls on the publication day.
    assaults = asserted(_code(tmp_path, text), "ASSAULT")
    assert assaults and all(e.date == dt.date(2023, 3, 4) for e in assaults), _show(assaults)
    separate = [e for e in assaults if "Mexican" in e.evidence.sentence]
    assert all(e.date_text == "(same event) On Saturday morning" for e in separate), _show(separate)


def test_an_event_noun_with_its_own_description_is_another_event(tmp_path: Path):
    text = ("On Saturday morning, a gunman shot shoppers at a Walmart store in El Paso.\n\n"
            "Six Mexican nationals were killed in the attack on the consulate, Mexico said.")
    killed = [e for e in asserted(_code(tmp_path, text), "ASSAULT") if "Mexican" in e.evidence.sentence]
    assert killed and killed[0].date_precision == "published", _show(killed)


def test_a_date_told_from_another_event_reads_from_the_last_day_named(tmp_path: Path):
    text = ("Thousands of protesters marched in Kyiv on Wednesday.\n"
            "Russian troops had attacked Kharkiv the day before, Ukraine said.")
    kharkiv = [e for e in asserted(_code(tmp_path, text), "ASSAULT") if "Kharkiv" in e.evidence.sentence]
    assert kharkiv and (kharkiv[0].date, kharkiv[0].date_precision) == (dt.date(2023, 3, 7), "day"), _show(kharkiv)


def test_time_after_comma_escapes_the_bound_before_it(tmp_path: Path):
    events = _code(tmp_path, "In the aftermath of the vote on Monday, yesterday, Russian troops shelled Kharkiv.")
    assault = asserted(events, "ASSAULT")
    assert assault and assault[0].date == dt.date(2023, 3, 9), _show(events)


def test_bounded_time_alone_does_not_date_the_clause(tmp_path: Path):
    events = _code(tmp_path, "In the aftermath of the vote on Monday, Russian troops shelled Kharkiv.")
    assault = asserted(events, "ASSAULT")
    assert assault and assault[0].date_precision == "published", _show(events)


def test_possessive_year_names_its_noun(tmp_path: Path):
    events = _code(tmp_path, "Putin announced yesterday that Russian troops were deploying to Minsk for this "
                             "year's parade.")
    mobilize = asserted(events, "MOBILIZE")
    assert mobilize and mobilize[0].date == dt.date(2023, 3, 9), _show(events)


def test_shift_reads_from_the_anchor_event_in_the_sentence(tmp_path: Path):
    events = _code(tmp_path, "Russian troops shelled Kharkiv two days after the court convicted him on Tuesday.")
    assault = asserted(events, "ASSAULT")
    assert assault and assault[0].date == dt.date(2023, 3, 9) and assault[0].date_precision == "day", _show(events)
    sanction = asserted(events, "SANCTION")
    assert all(e.date == dt.date(2023, 3, 7) for e in sanction), _show(events)


def test_shift_with_anchor_noun_day(tmp_path: Path):
    events = _code(tmp_path, "Police arrested Navalny a day after the vote on Monday.")
    coerce = asserted(events, "COERCE")
    assert coerce and coerce[0].date == dt.date(2023, 3, 7), _show(events)


STABBED = "Yesterday, ISIS militants stabbed Indonesia's security minister Wiranto.\n\n"


def test_a_sentence_about_the_event_told_before_carries_its_day_into_the_paragraph(tmp_path: Path):
    text = STABBED + ("Wiranto suffered two deep wounds in the attack, his doctors said. "
                      "The local police chief was also injured by the militants.")
    injured = [e for e in asserted(_code(tmp_path, text), "ASSAULT") if e.trigger == "injured"]
    assert injured and (injured[0].date, injured[0].date_precision) == (dt.date(2023, 3, 9), "day"), _show(injured)


def test_a_sentence_after_the_event_told_before_carries_no_day(tmp_path: Path):
    text = STABBED + ("A statement was released after the attack, his doctors said. "
                      "The local police chief was also injured by the militants.")
    injured = [e for e in asserted(_code(tmp_path, text), "ASSAULT") if e.trigger == "injured"]
    assert injured and injured[0].date_precision == "published", _show(injured)


def test_a_sentence_about_the_event_told_before_with_a_time_of_its_own_carries_no_day(tmp_path: Path):
    text = STABBED + ("The death toll from the attack rose to four this week, his doctors said. "
                      "The local police chief was also injured by the militants.")
    injured = [e for e in asserted(_code(tmp_path, text), "ASSAULT") if e.trigger == "injured"]
    assert injured and injured[0].date_precision == "published", _show(injured)


def test_hour_shift_counts_full_days_from_the_anchor_event(tmp_path: Path):
    events = _code(tmp_path, "Police arrested the opposition leader 48 hours after the vote on Monday.")
    coerce = asserted(events, "COERCE")
    assert coerce and (coerce[0].date, coerce[0].date_precision) == (dt.date(2023, 3, 8), "day"), _show(events)


def test_hour_shift_reads_from_the_day_named_before_across_paragraphs(tmp_path: Path):
    events = _code(tmp_path, "Protesters marched in Kiev on Wednesday.\n\nTwo hours later, police arrested dozens of "
                             "protesters.")
    coerce = asserted(events, "COERCE")
    assert coerce and (coerce[0].date, coerce[0].date_precision) == (dt.date(2023, 3, 8), "day"), _show(events)


def test_hour_shift_without_a_day_stays_on_publication(tmp_path: Path):
    coerce = asserted(_code(tmp_path, "Police arrested the opposition leader hours after the vote."), "COERCE")
    assert coerce and coerce[0].date_precision == "published", _show(coerce)


def test_quoted_day_counts_from_the_reporting_verbs_day(tmp_path: Path):
    events = _code(tmp_path, '"Yesterday, Russian troops attacked Kharkiv," the Ukrainian foreign minister said on '
                             'Monday.')
    assault = asserted(events, "ASSAULT")
    assert assault and (assault[0].date, assault[0].date_precision) == (dt.date(2023, 3, 5), "day"), _show(events)


def test_quoted_day_counts_from_the_day_the_paragraph_introduced_the_speaker(tmp_path: Path):
    events = _code(tmp_path, 'The Ukrainian foreign minister spoke to reporters on Monday. "Today, Russian troops '
                             'attacked Kharkiv," he said.')
    assault = asserted(events, "ASSAULT")
    assert assault and (assault[0].date, assault[0].date_precision) == (dt.date(2023, 3, 6), "day"), _show(events)


def test_quoted_day_of_an_undated_speech_counts_from_publication(tmp_path: Path):
    events = _code(tmp_path, 'The Ukrainian foreign minister spoke to reporters on Monday.\n\n"Yesterday, Russian '
                             'troops attacked Kharkiv," he said.')
    assault = asserted(events, "ASSAULT")
    assert assault and assault[0].date == dt.date(2023, 3, 9), _show(events)


def test_a_day_outside_the_quote_stays_the_reporters(tmp_path: Path):
    events = _code(tmp_path, "Russian troops attacked Kharkiv yesterday, the Ukrainian foreign minister said "
                             "on Monday.")
    assault = asserted(events, "ASSAULT")
    assert assault and assault[0].date == dt.date(2023, 3, 9), _show(events)


def test_an_act_at_an_event_takes_the_event_day(tmp_path: Path):
    events = _code(tmp_path, "Kenyan police arrested 40 protesters at Sunday's rally in Nairobi.")
    coerce = asserted(events, "COERCE")
    assert coerce and (coerce[0].date, coerce[0].date_precision) == (dt.date(2023, 3, 5), "day"), _show(events)


def test_by_before_a_gerund_is_how_not_a_deadline(tmp_path: Path):
    events = _code(tmp_path, "Kenyan lawmakers protested by shouting and holding signs during Monday's final session.")
    accuse = asserted(events, "ACCUSE")
    assert accuse and accuse[0].date == dt.date(2023, 3, 6), _show(events)


def test_quoted_day_of_an_undated_speech_counts_from_the_paragraphs_day(tmp_path: Path):
    events = _code(tmp_path, 'Russian troops shelled Izium on Tuesday. "Yesterday, Russian troops attacked Kharkiv," '
                             'the Ukrainian foreign minister said.')
    kharkiv = [e for e in asserted(events, "ASSAULT") if "Kharkiv" in e.evidence.sentence]
    assert kharkiv and kharkiv[0].date == dt.date(2023, 3, 6), _show(events)


def test_quoted_day_counts_from_the_speakers_last_dated_act(tmp_path: Path):
    events = _code(tmp_path, 'On Monday, the Ukrainian foreign minister accused Russia of war crimes.\n\n'
                             '"Today, Russian troops attacked Kharkiv," the Ukrainian foreign minister said.')
    assault = asserted(events, "ASSAULT")
    assert assault and (assault[0].date, assault[0].date_precision) == (dt.date(2023, 3, 6), "day"), _show(events)


def test_quoted_day_of_another_speaker_stays_on_publication(tmp_path: Path):
    events = _code(tmp_path, 'On Monday, the Ukrainian foreign minister accused Russia of war crimes.\n\n'
                             '"Today, Russian troops attacked Kharkiv," the Polish president said.')
    assault = asserted(events, "ASSAULT")
    assert assault and assault[0].date == FRIDAY, _show(events)


def test_the_following_week_reads_from_the_day_named_before(tmp_path: Path):
    events = _code(tmp_path, "Ugandan troops shelled Busia on Wednesday, February 22. The following week, Kenyan "
                             "troops attacked Ugandan positions near Tororo.")
    kenyan = [e for e in asserted(events, "ASSAULT") if "Tororo" in e.evidence.sentence]
    assert kenyan and (kenyan[0].date, kenyan[0].date_precision) == (dt.date(2023, 2, 27), "week"), _show(events)


def test_a_day_put_first_dates_the_sentences_other_undated_clause(tmp_path: Path):
    events = _code(tmp_path, "On Monday, Kenyan police arrested the opposition leader; the Kenyan president praised "
                             "the police.")
    praised = asserted(events, "SUPPORT")
    assert praised and (praised[0].date, praised[0].date_text) == (dt.date(2023, 3, 6), "(context) On Monday"), \
        _show(events)


def test_a_day_put_first_does_not_date_an_act_in_a_relative_clause(tmp_path: Path):
    events = _code(tmp_path, "On Monday, Kenyan troops shelled Busia in response to a Ugandan airstrike that killed a "
                             "Kenyan general.")
    killed = [e for e in asserted(events, "ASSAULT") if e.trigger == "killed"]
    assert killed and killed[0].date_precision == "published", _show(events)


def test_the_introduced_speakers_own_act_takes_the_speakers_day(tmp_path: Path):
    events = _code(tmp_path, "The Kenyan president spoke to reporters in Nairobi on Tuesday. He called on Uganda to "
                             "withdraw its troops.")
    called = asserted(events, "REQUEST")
    assert called and called[0].date == dt.date(2023, 3, 7), _show(events)


def test_another_actors_act_does_not_take_the_speakers_day(tmp_path: Path):
    events = _code(tmp_path, "The Kenyan president spoke to reporters in Nairobi on Tuesday. Ugandan troops shelled "
                             "Busia.")
    shelled = asserted(events, "ASSAULT")
    assert shelled and shelled[0].date_precision == "published", _show(events)


def test_a_later_sentence_tells_the_day_of_the_event_before(tmp_path: Path):
    events = _code(tmp_path, "Kenyan troops shelled Kismayo, killing 12 civilians. The attack took place on Monday.")
    assault = asserted(events, "ASSAULT")
    assert assault and all((e.date, e.date_text) == (dt.date(2023, 3, 6), "(same event) on Monday") for e in assault), \
        _show(events)


def test_a_later_day_does_not_replace_the_days_an_event_has(tmp_path: Path):
    events = _code(tmp_path, "Kenyan troops shelled Busia on Wednesday. The attack came on Monday, officials said.")
    assault = asserted(events, "ASSAULT")
    assert assault and assault[0].date == dt.date(2023, 3, 8), _show(events)


def test_a_day_after_follow_is_not_the_events(tmp_path: Path):
    events = _code(tmp_path, "Uganda expelled two Kenyan diplomats. The expulsion followed a row over fishing rights "
                             "on Tuesday.")
    expelled = asserted(events, "SANCTION")
    assert expelled and expelled[0].date_precision == "published", _show(events)


def test_the_last_time_an_act_happened_is_the_predicates_date(tmp_path: Path):
    events = _code(tmp_path, "The last time the Kenyan government banned the newspaper was during the state of "
                             "emergency declared by President Moi back in 1982.")
    banned = asserted(events, "COERCE")
    assert banned and (banned[0].date, banned[0].date_precision) == (dt.date(1982, 1, 1), "year"), _show(events)


MARCH = "Kenyan opposition supporters marched in Nairobi on Wednesday. "


def test_shift_from_an_event_never_told_stays_unresolved(tmp_path: Path):
    """'two days before the election': an election the text never told; the last day named is not its day."""
    coerce = asserted(_code(tmp_path, MARCH + "Kenyan police arrested the opposition leader two days before the "
                                              "election."), "COERCE")
    assert coerce and coerce[0].date != dt.date(2023, 3, 6), _show(coerce)
    assert coerce[0].date_precision == "published", _show(coerce)


def test_shift_from_an_event_told_before_reads_from_the_last_day_named(tmp_path: Path):
    coerce = asserted(_code(tmp_path, MARCH + "Kenyan police arrested the opposition leader two days after the "
                                              "march."), "COERCE")
    assert coerce and (coerce[0].date, coerce[0].date_precision) == (dt.date(2023, 3, 10), "day"), _show(coerce)


def test_a_time_set_off_after_a_verb_is_that_verbs(tmp_path: Path):
    """'which rejected, the day before the march, an appeal': the parser hangs the time far back on the protest."""
    events = _code(tmp_path, MARCH + "Thousands of Kenyans protested in Nairobi, some outside the Supreme Court, "
                                     "which rejected, the day before the march, an appeal by the opposition.")
    reject = asserted(events, "REJECT")
    assert reject and reject[0].date == dt.date(2023, 3, 7), _show(events)
    assert reject[0].target is not None and reject[0].target.agent == "OPP", _show(events)  # the shifted object
    # the paragraph's day, not Tuesday (the protest of the same crowd and day merges with the march told before it)
    protest = asserted(events, "PROTEST")
    assert protest and all(e.date == dt.date(2023, 3, 8) for e in protest), _show(events)


def test_at_the_time_is_the_time_named_last(tmp_path: Path):
    events = _code(tmp_path, "The Kenyan parliament rejected the budget on March 3.\n\n"
                             "At the time, the Kenyan president called for new elections.")
    request = asserted(events, "REQUEST")
    assert request and (request[0].date, request[0].date_precision) == (dt.date(2023, 3, 3), "day"), _show(events)


def test_at_this_time_is_no_time_told_before(tmp_path: Path):
    events = _code(tmp_path, "The Kenyan parliament rejected the budget on March 3.\n\n"
                             "At this time, the Kenyan president is calling for new elections.")
    assert all(e.date != dt.date(2023, 3, 3) for e in events if e.type == "REQUEST"), _show(events)


def test_a_planned_day_is_no_day_of_the_paragraph(tmp_path: Path):
    """'were expected to withdraw on March 3': nothing is told to have happened then."""
    events = _code(tmp_path, "Kenyan troops were expected to withdraw from Somalia on March 3. The Kenyan president "
                             "called for calm.")
    request = asserted(events, "REQUEST")
    assert request and request[0].date != dt.date(2023, 3, 3), _show(events)


def test_a_plan_told_in_the_past_reads_its_day_back(tmp_path: Path):
    """'were due to withdraw on Monday' in a Friday story: the Monday just gone, not the coming one."""
    events = _code(tmp_path, "Kenyan troops were due to withdraw from Somalia on Monday.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and retreat[0].date == dt.date(2023, 3, 6), _show(events)


def test_a_plan_told_in_the_present_still_reads_forward(tmp_path: Path):
    events = _code(tmp_path, "Kenyan troops are due to withdraw from Somalia on Monday.")
    retreat = [e for e in events if e.type == "RETREAT"]
    assert retreat and retreat[0].date == dt.date(2023, 3, 13), _show(events)


def test_a_since_clause_keeps_its_day_from_the_act_it_bounds(tmp_path: Path):
    """'had struck 150 targets since the war began on Monday': Monday starts the span; the strikes are not dated on
    it (the path up from the date passes 'began', not 'since'). An after-clause's day is left as it was."""
    text = "The Kenyan army said it had struck 150 targets in Somalia since the war began on Monday."
    struck = [e for e in asserted(_code(tmp_path, text), "ASSAULT") if e.trigger == "struck"]
    assert struck and all(e.date != dt.date(2023, 3, 6) for e in struck), _show(struck)


def test_relative_clause_in_an_event_takes_the_events_day(tmp_path: Path):
    """'an ambush on Monday in which rebels killed nine soldiers': the killing happened in the ambush, on Monday."""
    events = _code(tmp_path, "The talks collapsed after an ambush on Monday in which rebels killed nine soldiers.")
    assault = [e for e in asserted(events) if e.trigger == "killed"]
    assert assault and assault[0].date == dt.date(2023, 3, 6), _show(events)


def test_act_in_an_event_a_past_year_names_is_dated_that_year(tmp_path: Path):
    """'annexed the region in a 2008 referendum': the year the event noun carries, not the story's day."""
    events = _code(tmp_path, "Armenia annexed the enclave in a 2008 referendum, the minister recalled on Tuesday.")
    annexed = [e for e in asserted(events) if e.trigger == "annexed"]
    assert annexed and annexed[0].date == dt.date(2008, 1, 1) and annexed[0].date_precision == "year", _show(events)


def test_a_day_in_a_would_clause_dates_the_act_to_come_not_the_vow(tmp_path: Path):
    """'vowed that he would return on January 10': the day is the return's; the vow was made on the day of the
    story, and the paragraph's next sentence does not inherit the day either."""
    events = _code(tmp_path, "The Kenyan opposition leader vowed that he would come back to Nairobi on January 10. "
                             "The opposition leader urged Kenyans to continue their protests.")
    assert all(e.date != dt.date(2023, 1, 10) for e in asserted(events)), _show(events)
    assert {e.type for e in asserted(events)} >= {"AGREE", "REQUEST"}, _show(events)


def test_an_after_clause_without_a_day_is_no_later_than_its_clause(tmp_path: Path):
    events = _code(tmp_path, "The interior minister of Kenya resigned on Tuesday after protesters stormed parliament.")
    assert {e.date for e in asserted(events, "ASSAULT")} == {dt.date(2023, 3, 7)}


def test_an_after_clause_with_its_own_day_keeps_it(tmp_path: Path):
    events = _code(tmp_path, "Kenyan troops withdrew on Tuesday after rebels attacked their base on 3 January.")
    assert {e.date for e in asserted(events, "ASSAULT")} == {dt.date(2023, 1, 3)}


def test_a_before_clause_takes_no_day_of_its_clause(tmp_path: Path):  # a guard: 'before' says it came later
    events = _code(tmp_path, "Kenyan troops withdrew on Tuesday before rebels attacked their base.")
    assert dt.date(2023, 3, 7) not in {e.date for e in asserted(events, "ASSAULT")}
