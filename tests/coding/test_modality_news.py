"""Modality on news wording (issue 13, even-half review): asserted acts read as hypothetical and the reverse,
on invented sentences. Each test names the mechanism it pins."""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, code_text

from seismo.models import Modality

OCT_2019 = dt.date(2019, 10, 10)


def test_a_participle_describing_a_request_noun_is_the_request(tmp_path):
    text = ("On Tuesday, Kenya's foreign minister joined the calls by African diplomats asking Ethiopia "
            "to release the detained journalists.")
    events = code_text(tmp_path, text)
    assert [e.trigger for e in asserted(events, "REQUEST")] == ["asking"]
    assert not [e for e in asserted(events) if e.type != "REQUEST"]  # the release is only asked for
    for text in ("There were fears surrounding Russian troops attacking Kharkiv.",  # a noun of fear
                 "Russia unveiled a plan involving troops attacking Kharkiv."):  # a participle as preposition
        assert not asserted(code_text(tmp_path, text), "ASSAULT")


def test_a_clause_the_parser_hangs_under_a_later_that_clause_keeps_its_own_reading(tmp_path):
    text = ('"I vow that this parliament will be open and fair; that we will seek to work with every party in '
            'this house," the speaker of Kenya\'s National Assembly told lawmakers on Thursday.')
    assert [e.trigger for e in asserted(code_text(tmp_path, text), "AGREE")] == ["vow"]


def test_not_until_asserts_the_act_on_the_named_time(tmp_path):
    events = code_text(tmp_path, "The Chilean president did not meet the Peruvian president until January.")
    meeting = asserted(events, "CONSULT")
    assert len(meeting) == 1 and meeting[0].date == dt.date(2023, 1, 1)
    events = code_text(tmp_path, "The Chilean president has not met the Peruvian president until now.")
    assert not asserted(events, "CONSULT")
    events = code_text(tmp_path, "The Chilean president did not meet the Peruvian president on Monday.")
    assert not asserted(events, "CONSULT")


def test_an_announced_request_is_the_request(tmp_path):
    text = ("Brazil's foreign minister said on Wednesday the Brazilian government would pressure the Argentine "
            "government to extradite the suspects.")
    events = code_text(tmp_path, text)
    request = asserted(events, "REQUEST")
    assert [(e.source.country, e.target.country) for e in request] == [("BRA", "ARG")]
    assert request[0].date == dt.date(2023, 3, 8)
    assert not asserted(events, "AGREE") and len(asserted(events)) == 1  # the extradition is not asserted
    assert not any(e.type == "REQUEST" and e.modality is not Modality.ASSERTED for e in events)


def test_a_plan_or_another_sides_forecast_of_a_request_is_no_request(tmp_path):
    events = code_text(tmp_path, "Brazil plans to ask Argentina to extradite the suspects.")
    assert not asserted(events, "REQUEST")
    text = "Argentine intelligence officials said Brazil would pressure Argentina to extradite the suspects."
    assert not asserted(code_text(tmp_path, text), "REQUEST")


def test_two_known_people_of_one_government_make_two_requests(tmp_path):
    text = ("On Monday, Chancellor Angela Merkel asked Russia to free the detained activists. "
            "Foreign Minister Heiko Maas urged Russia to reconsider.")
    events = asserted(code_text(tmp_path, text, published=OCT_2019), "REQUEST")
    assert sorted(e.trigger for e in events) == ["asked", "urged"]


def test_a_modal_of_another_subject_is_no_stance_of_the_clause_actor(tmp_path):
    text = "The treaty would let citizens visiting Ghana, including students, vote in Nigerian elections."
    assert not asserted(code_text(tmp_path, text), "AGREE")  # the treaty's 'would', not the visitors'
    text = "The agreement would allow Kenyan troops stationed in Somalia to be withdrawn."
    assert not asserted(code_text(tmp_path, text), "AGREE")
    text = "Kenya said on Monday it would withdraw its troops from Somalia."
    assert asserted(code_text(tmp_path, text), "AGREE")  # the act's own 'would': Kenya's stated intention


def test_a_negation_does_not_reach_a_conjunct_set_off_by_a_contrast_word(tmp_path):
    for text in ("Kenyan police did not release the Somali protesters, however, and arrested two Somali journalists.",
                 "Kenyan police did not release the Somali protesters but arrested two Somali journalists.",
                 "Kenyan police did not release the Somali protesters and instead detained two Somali journalists."):
        events = code_text(tmp_path, text)
        assert [e.source.country for e in asserted(events, "COERCE")] == ["KEN"], text
        assert not asserted(events, "RETREAT"), text  # the release stays negated


def test_a_negation_does_not_reach_a_conjunct_with_its_own_tense(tmp_path):
    text = "The Kenyan army did not attack Somali villages on Monday and withdrew from the border."
    events = code_text(tmp_path, text)
    assert [e.trigger for e in asserted(events)] == ["withdrew"]


def test_a_shared_auxiliary_carries_the_negation_to_both_conjuncts(tmp_path):
    events = code_text(tmp_path, "Kenyan troops did not attack or threaten Somali soldiers on Monday.")
    assert not asserted(events)
    assert {e.modality for e in events} == {Modality.NEGATED}


def test_a_contrasted_plan_keeps_its_stance(tmp_path):
    text = "Kenya did not sign the treaty with Somalia, however, and plans to impose sanctions on Somalia."
    events = code_text(tmp_path, text)
    assert [(e.type, e.source.country, e.target.country) for e in asserted(events)] == [("THREATEN", "KEN", "SOM")]


@pytest.mark.parametrize("text", ["The European Union held off on imposing sanctions on Russia on Monday.",
                                  "Kenya put off signing the peace deal with Somalia on Monday."])
def test_holding_off_on_an_act_is_not_doing_it(tmp_path, text):
    assert not asserted(code_text(tmp_path, text))


def test_a_claim_the_speaker_condemns_is_denied(tmp_path):
    events = code_text(tmp_path, "The Kenyan defence ministry condemned claims that its troops had shelled Kismayo.")
    assert not asserted(events, "ASSAULT")
    assert {e.modality for e in events if e.type == "ASSAULT"} == {Modality.DENIED}
    assert asserted(events, "ACCUSE")  # the condemnation itself is told


def test_condemning_an_act_keeps_the_act(tmp_path):  # a guard: only a claim, report or allegation is disputed
    events = code_text(tmp_path, "The Kenyan opposition condemned the army for shelling Kismayo.")
    assert asserted(events, "ASSAULT")


def test_a_to_infinitive_on_a_ranked_noun_is_no_second_act(tmp_path):
    text = "The House impeached Trump on Wednesday, making him the third president in history to be impeached."
    events = code_text(tmp_path, text, dt.date(2019, 12, 19))
    assert len(asserted(events, "ACCUSE")) == 1


def test_a_purpose_infinitive_is_unaffected_by_ranks(tmp_path):  # a guard
    events = code_text(tmp_path, "Kenya sent its first battalion to Somalia on Monday.")
    assert asserted(events, "MOBILIZE")
