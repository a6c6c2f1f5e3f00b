"""Probe lane i (issue 13): what the coder missed on fresh wire copy about diplomacy (expulsions, recalls,
border clashes, summits).

Invented sentences, each for a general mechanism: a head of mission whose title takes several words ("high
commissioner", "chargé d'affaires") is an envoy to the verb rules that name envoys; withdrawing diplomats from a
country is a sanction, as recalling them is; downgrading relations and restricting a state's trade are sanctions;
a recipient counted as two ("urged both sides", "spoke to the two leaders") names the two states of the latest
act between two states; declaring diplomats "persona non grata" expels them, the Latin phrase's parse rebuilt as
an object and an object complement.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

from seismo.coding.verb_roles import object_lemma
from seismo.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.slow


def _object_of(sentence: str):
    doc = load_pipeline()(sentence)
    return next(t for t in doc if t.dep_ == "dobj")


@pytest.mark.parametrize("sentence", ["Ghana recalled its high commissioner on Sunday.",
                                      "Peru summoned the chargé d'affaires on Sunday.",
                                      "Peru summoned the chargé d\u2019affaires on Sunday."])
def test_a_title_of_several_words_is_read_as_an_envoy(sentence):
    assert object_lemma(_object_of(sentence)) == "envoy"


def test_a_single_word_object_keeps_its_lemma():
    assert object_lemma(_object_of("Kenya recalled its commissioners on Sunday.")) == "commissioner"


def test_recalling_a_high_commissioner_is_a_sanction_on_the_host(code):
    events = asserted(code("Malawi recalled its high commissioner to Zambia on Sunday."), "SANCTION")
    assert dyad_codes(events) == {("MWIGOV", "ZMBGOV")}


def test_summoning_a_charge_d_affaires_is_a_rebuke_of_his_state(code):
    events = asserted(code("The Uruguayan foreign ministry summoned Paraguay's chargé d'affaires on Sunday."),
                      "ACCUSE")
    assert dyad_codes(events) == {("URYGOV", "PRYGOV")}


def test_withdrawing_diplomats_from_a_country_is_a_sanction_not_a_retreat(code):
    events = code("Norway withdrew 12 diplomats from Iran on Sunday.")
    assert dyad_codes(asserted(events, "SANCTION")) == {("NORGOV", "IRNGOV")}
    assert not asserted(events, "RETREAT")


def test_troops_withdrawing_still_retreat(code):
    assert asserted(code("Ethiopian troops withdrew from the town on Sunday."), "RETREAT")


def test_downgrading_ties_with_a_state_is_a_sanction(code):
    events = asserted(code("Morocco downgraded its diplomatic ties with Sweden on Sunday."), "SANCTION")
    assert dyad_codes(events) == {("MARGOV", "SWEGOV")}


def test_restricting_exports_to_a_state_is_a_sanction(code):
    events = asserted(code("Indonesia restricted exports of nickel to Australia on Sunday."), "SANCTION")
    assert dyad_codes(events) == {("IDNGOV", "AUSGOV")}


@pytest.mark.parametrize("sentence", ["A ratings agency downgraded the Brazilian bank's outlook on Sunday.",
                                      "The Chilean government restricted the sale of fireworks on Sunday.",
                                      "The city council summoned the police commissioner on Sunday."])
def test_the_same_verbs_outside_diplomacy_are_no_sanction(code, sentence):
    events = code(sentence)
    assert not asserted(events, "SANCTION") and not asserted(events, "ACCUSE"), events


def test_a_recipient_counted_as_two_names_the_two_states_at_odds(code):
    events = asserted(code("Eritrean soldiers clashed with Ethiopian soldiers near the border on Sunday. The Kenyan "
                           "president urged both sides to respect the truce."), "REQUEST")
    assert dyad_codes(events) == {("KENGOV", "ERIGOV"), ("KENGOV", "ETHGOV")}


def test_an_act_with_an_organisation_is_passed_over(code):
    events = asserted(code("Sudanese troops clashed with Chadian troops on Sunday. Chad asked the African Union to "
                           "intervene. The Egyptian foreign minister spoke to the two leaders on Monday."), "CONSULT")
    assert dyad_codes(events) == {("EGYGOV", "SDNGOV"), ("EGYGOV", "TCDGOV")}


def test_them_after_a_noun_counted_as_two_stands_for_the_two_states(code):
    events = asserted(code("Eritrean soldiers clashed with Ethiopian soldiers on Sunday. The Kenyan president met "
                           "the two foreign ministers and urged them to respect the truce."), "REQUEST")
    assert dyad_codes(events) == {("KENGOV", "ERIGOV"), ("KENGOV", "ETHGOV")}

def test_a_party_speaking_to_both_sides_keeps_its_own_reading(code):
    events = code("Sudanese troops clashed with Chadian troops on Sunday. Chad urged both sides to respect the truce.")
    assert not any(e.target is not None and e.target.code == "SDNGOV" and e.source is not None
                   and e.source.code == "TCDGOV" and e.type == "REQUEST" for e in asserted(events)), events


@pytest.mark.parametrize("sentence", ["Chile declared a Bolivian diplomat persona non grata on Sunday.",
                                      "Chile declared three Bolivian diplomats persona non grata on Sunday.",
                                      "Chile declared the Bolivian consul persona non grata on Sunday."])
def test_the_latin_complement_is_rebuilt_as_object_and_complement(sentence):
    doc = load_pipeline()(sentence)
    declared = next(t for t in doc if t.lemma_ == "declare")
    persona = next(t for t in doc if t.lower_ == "persona")
    assert persona.head == declared and persona.dep_ == "oprd" and persona.pos_ == "NOUN"
    assert [c.lemma_ for c in declared.children if c.dep_ == "dobj"] in (["diplomat"], ["consul"])


def test_a_passive_declaration_keeps_its_by_phrase_as_the_agent():
    doc = load_pipeline()("The Bolivian consul was declared persona non grata by Chile on Sunday.")
    declared = next(t for t in doc if t.lemma_ == "declare")
    assert [g.text for c in declared.children if c.dep_ == "agent" for g in c.children] == ["Chile"]


@pytest.mark.parametrize("sentence", ["Chile declared a Bolivian diplomat persona non grata on Sunday.",
                                      "The Bolivian consul was declared persona non grata by Chile on Sunday."])
def test_declaring_a_diplomat_persona_non_grata_expels_him(code, sentence):
    events = asserted(code(sentence), "SANCTION")
    assert [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None) for e in events] \
        == [("expel", "CHLGOV", "BOLGOV")]


def test_a_court_declaring_a_law_unconstitutional_rules_against_it(code):
    events = asserted(code("The Chilean Supreme Court declared the decree unconstitutional on Sunday."), "SANCTION")
    assert [e.mode for e in events] == ["convict"]


def test_kicking_out_diplomats_expels_them(code):
    events = asserted(code("Latvia kicked out three Belarusian diplomats on Sunday."), "SANCTION")
    assert [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None) for e in events] \
        == [("expel", "LVAGOV", "BLRGOV")]


def test_closing_an_embassy_abroad_is_a_sanction_on_the_host(code):
    events = asserted(code("Lithuania closed its embassy in Minsk on Sunday."), "SANCTION")
    assert dyad_codes(events) == {("LTUGOV", "BLRGOV")}


@pytest.mark.parametrize("sentence", ["Ghana vetoed a draft resolution condemning Togo on Sunday.",
                                      "A resolution calling for a truce in Sudan was blocked by Ghana on Sunday."])
def test_a_vetoed_text_makes_no_call(code, sentence):
    events = code(sentence)
    assert not asserted(events, "ACCUSE") and not asserted(events, "REQUEST"), events


def test_an_adopted_text_still_calls(code):
    assert asserted(code("The Security Council adopted a resolution calling for a truce in Sudan on Sunday."),
                    "REQUEST")


@pytest.mark.parametrize("sentence", ["Norway provided $20 million in humanitarian aid to Yemen on Sunday.",
                                      "Norway sent $20 million in aid to Yemen on Sunday."])
def test_a_sum_in_aid_is_aid_to_its_recipient(code, sentence):
    events = asserted(code(sentence), "AID")
    assert [(e.source.country if e.source else None, e.target.country if e.target else None) for e in events] \
        == [("NOR", "YEM")]


def test_a_pledged_sum_in_aid_names_its_recipient(code):
    events = asserted(code("Norway pledged 200 million euros in humanitarian aid for Yemen."), "AGREE")
    assert dyad_codes(events) == {("NORGOV", "YEMGOV")}


def test_the_for_phrase_of_a_pledged_sum_names_its_recipient(code):
    events = asserted(code("Norway pledged $40 million for Yemen on Sunday."), "AGREE")
    assert dyad_codes(events) == {("NORGOV", "YEMGOV")}


def test_blocking_a_resolution_rejects_it(code):
    events = asserted(code("Ghana blocked a Security Council resolution on Sunday."), "REJECT")
    assert [e.source.code if e.source else None for e in events] == ["GHAGOV"]
