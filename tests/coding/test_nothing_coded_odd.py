"""Sentences where nothing was coded on unseen wire copy (issue 13, odd half), on invented sentences: a quote
told by a document after it ('"...," read the statement'), dismissive names for a proposal ("a non-starter"),
expectations voiced of another actor ("count on X to act"), entry conceded to an actor ("allowed the refugees
into the country") and protesters filling the streets (also through "who")."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _dyads(events, type_):
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in asserted(events, type_)]


def test_a_statement_after_the_quote_speaks_for_its_issuer(tmp_path):
    text = ('The Kenyan foreign ministry issued a statement on Monday. '
            '"We thank Uganda for its help," read the statement.')
    assert _dyads(code_text(tmp_path, text), "SUPPORT") == [("KEN", "UGA")]


def test_a_statement_from_a_body_speaks_for_the_body(tmp_path):
    text = '"We condemn the shelling by Uganda," read a statement from the Kenyan foreign ministry.'
    assert _dyads(code_text(tmp_path, text), "ACCUSE") == [("KEN", "UGA")]


def test_read_with_no_quote_names_no_speaker(tmp_path):
    text = "The Kenyan minister read the statement from Uganda aloud on Monday."
    assert not asserted(code_text(tmp_path, text), "SUPPORT")


def test_calling_a_proposal_a_non_starter_rejects_it(tmp_path):
    events = code_text(tmp_path, 'The Kenyan foreign minister called the proposal a "non-starter" on Monday.')
    assert _dyads(events, "REJECT") == [("KEN", None)]
    events = code_text(tmp_path, "The Kenyan president called the idea a waste of time on Monday.")
    assert _dyads(events, "REJECT") == [("KEN", None)]


def test_a_plan_said_to_be_a_non_starter_is_rejected_by_the_speaker(tmp_path):
    events = code_text(tmp_path, '"The Ugandan plan is a non-starter," the Kenyan foreign minister said.')
    assert _dyads(events, "REJECT") == [("KEN", "UGA")]


def test_a_match_called_a_waste_of_time_rejects_nothing(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan coach called the match a waste of time on Monday."), "REJECT")


def test_counting_on_an_actor_to_act_is_a_request(tmp_path):
    events = code_text(tmp_path, '"We count on Uganda to act with restraint," the Kenyan president said.')
    assert _dyads(events, "REQUEST") == [("KEN", "UGA")]
    events = code_text(tmp_path, "Kenya relies on Uganda to patrol the border.")
    assert _dyads(events, "REQUEST") == [("KEN", "UGA")]


def test_counting_on_revenue_asks_no_one(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan government is counting on tourism revenue this year."))
    assert not asserted(code_text(tmp_path, "Kenya relies on imports of grain from Uganda."), "REQUEST")


def test_letting_an_actor_into_the_country_concedes_entry(tmp_path):
    events = code_text(tmp_path, "The Kenyan president allowed the Ugandan refugees into the country on Monday.")
    assert _dyads(events, "CONCEDE") == [("KEN", "UGA")]
    events = code_text(tmp_path, "Kenya let the United Nations inspectors into the camp on Monday.")
    assert [e.target.igo for e in asserted(events, "CONCEDE")] == ["UN"]


def test_letting_cars_in_concedes_nothing(tmp_path):
    assert not asserted(code_text(tmp_path, "Kenya allowed cars into the city centre on Sunday."), "CONCEDE")


def test_protesters_filling_the_streets_demonstrate(tmp_path):
    events = code_text(tmp_path, "Thousands of Kenyan protesters filled the streets of Nairobi on Sunday.")
    assert [(e.mode, e.source.country) for e in asserted(events, "PROTEST")] == [("demo", "KEN")]


def test_a_relative_pronoun_subject_is_read_through_to_its_noun(tmp_path):
    text = "The Kenyan protesters, who gathered in central Nairobi on Monday, demand new elections."
    assert [(e.mode, e.source.country) for e in asserted(code_text(tmp_path, text), "PROTEST")] == [("demo", "KEN")]


def test_fans_filling_the_streets_are_no_protest(tmp_path):
    assert not asserted(code_text(tmp_path, "Kenyan fans filled the streets of Nairobi after the match."), "PROTEST")


def test_a_perfect_clause_under_a_noun_keeps_its_subject(tmp_path):
    text = "Kenya condemned the fact that Uganda has chosen to expel the Kenyan ambassador."
    assert _dyads(code_text(tmp_path, text), "SANCTION") == [("UGA", "KEN")]


def test_a_participle_modifying_a_noun_is_still_passive(tmp_path):
    events = code_text(tmp_path, "Two Ugandan reporters detained in Nairobi were released on Monday.")
    assert [e.target.country for e in asserted(events, "COERCE")] == ["UGA"]


def test_a_quote_closed_by_continued_is_its_speakers(tmp_path):
    text = '"We will not forget this. We thank Uganda for its help," Kenyan Foreign Minister Raychelle Omamo continued.'
    assert _dyads(code_text(tmp_path, text), "SUPPORT") == [("KEN", "UGA")]


def test_continued_after_an_earlier_quote_keeps_that_speaker(tmp_path):
    text = '"The talks went well," the Kenyan minister said. "We thank Uganda for the help," he continued.'
    assert _dyads(code_text(tmp_path, text), "SUPPORT") == [("KEN", "UGA")]


def test_fighting_that_continued_after_a_quote_is_no_speaker(tmp_path):
    text = '"We thank Uganda for the help." The fighting continued.'
    assert not asserted(code_text(tmp_path, text), "SUPPORT")


def test_a_clause_joined_by_a_comma_to_a_sentence_quote_introduces_it(tmp_path):
    text = ('Kenyan Foreign Minister Raychelle Omamo spoke on television on Monday, '
            '"I urge Uganda to release the journalists."')
    assert _dyads(code_text(tmp_path, text), "REQUEST") == [("KEN", "UGA")]


def test_a_quoted_phrase_after_a_comma_has_no_speaker(tmp_path):
    text = 'The Kenyan president reached the border on Monday, "we urge Uganda to talk" written on his banner.'
    assert not asserted(code_text(tmp_path, text), "REQUEST")


def test_entering_into_an_agreement_or_talks_is_the_act_named(tmp_path):
    events = code_text(tmp_path, "Kenya entered into an agreement with Uganda on Monday.")
    assert _dyads(events, "AGREE") == [("KEN", "UGA")]
    events = code_text(tmp_path, "Kenya entered into talks with Uganda on Monday.")
    assert _dyads(events, "CONSULT") == [("KEN", "UGA")]


def test_troops_entering_a_town_move_in(tmp_path):
    events = code_text(tmp_path, "Ugandan troops entered the Kenyan town of Busia on Monday.")
    assert [(e.mode, e.source.country) for e in asserted(events, "MOBILIZE")] == [("troops", "UGA")]


def test_entering_a_race_or_a_stadium_is_no_event(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan opposition leader entered the presidential race on Monday."))
    assert not asserted(code_text(tmp_path, "Kenyan fans entered the stadium on Monday."))


def test_making_a_rule_mandatory_coerces(tmp_path):
    events = code_text(tmp_path, "The Kenyan government made the wearing of masks compulsory on Monday.")
    assert [(e.mode, e.source.country) for e in asserted(events, "COERCE")] == [("restrict", "KEN")]
    assert not asserted(code_text(tmp_path, "The Kenyan delegation made a mandatory stop in Uganda."), "COERCE")


def test_promoting_a_campaign_supports_it(tmp_path):
    events = code_text(tmp_path, "The Kenyan president promoted the campaign for a new constitution on Monday.")
    assert [e.source.country for e in asserted(events, "SUPPORT")] == ["KEN"]
    assert not asserted(code_text(tmp_path, "The Kenyan colonel was promoted to general on Monday."))


def test_resisting_pressure_rejects_it_resisting_arrest_does_not(tmp_path):
    events = code_text(tmp_path, "The Kenyan government resisted pressure from Uganda to close the border.")
    assert _dyads(events, "REJECT") == [("KEN", "UGA")]
    assert not asserted(code_text(tmp_path, "The Kenyan suspect resisted arrest on Monday."), "REJECT")
