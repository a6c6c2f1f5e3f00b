"""Issue 13, targets: a one-sided statement, judgement or resignation takes the counterpart the story gives in the
sentence before (``coding.counterparts``): the doer of an act aimed at its source (the answer), the recipient of
its source's own statement (the continuation), and for an appeal the latest decision aimed at the appellant. One
clear candidate only; never a recipient the clause names but the coder could not resolve.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, target_codes

pytestmark = pytest.mark.slow


def test_a_refusal_answers_the_demand_of_the_sentence_before(code) -> None:
    events = code("Ecuador demanded on Wednesday that Colombia hand over the captured smugglers. Colombia refused.")
    assert target_codes(events, "REJECT") == {"ECUGOV"}
    reject = asserted(events, "REJECT")[0]
    assert "counterpart from the story" in (reject.target.reason or "")  # explain says why


def test_a_statement_goes_on_against_the_same_recipient(code) -> None:
    events = code("Latvia accused Belarus on Tuesday of pushing migrants across the border. "
                  "Latvia also threatened to retaliate.")
    assert target_codes(events, "THREATEN") == {"BLRGOV"}


def test_a_resignation_answers_the_one_who_turned_it_down(code) -> None:
    events = code("Zambian President Hakainde Hichilema on Thursday rejected the offer of Finance Minister "
                  "Situmbeko Musokotwane to leave office. Musokotwane had tendered his resignation on Tuesday.")
    resignations = [e for e in events if e.type == "RETREAT" and e.mode == "resign"]
    assert resignations and all(e.target is not None and e.target.code == "ZMBGOV" for e in resignations)
    assert "Hichilema" in (resignations[0].target.name or "")


def test_a_reaction_answers_the_ruling_against_the_government(code) -> None:
    events = code("The High Court of Malawi ruled against the government on Monday over the fuel levy. "
                  "A spokesman for the president expressed disappointment.")
    reactions = [e for e in asserted(events, "ACCUSE") if e.trigger == "expressed"]
    assert reactions and {e.target.code for e in reactions if e.target} == {"MWIJUD"}


def test_an_appeal_answers_the_ruling_paragraphs_before(code) -> None:
    events = code("The Constitutional Court of Malawi ruled against the government on Tuesday over the new "
                  "land law.\n\nFarmers' groups welcomed the decision.\n\n"
                  "The Malawian government said on Thursday it would appeal.")
    appeals = [e for e in events if e.trigger == "appeal"]
    assert appeals and {e.target.code for e in appeals if e.target} == {"MWIJUD"}


def test_no_counterpart_beyond_the_sentence_before_in_another_paragraph(code) -> None:
    events = code("Ecuador demanded on Wednesday that Colombia hand over the captured smugglers.\n\n"
                  "Trade between the two neighbours grew last year.\n\nColombia refused.")
    assert target_codes(events, "REJECT") <= {None}


def test_two_counterparts_in_the_sentence_before_are_no_evidence(code) -> None:
    events = code("Ecuador and Peru on Wednesday demanded that Colombia hand over the captured smugglers, and "
                  "Chile criticised Colombia over the border dispute. Colombia refused.")
    assert target_codes(events, "REJECT") <= {None}


def test_a_recipient_the_clause_names_is_not_replaced(code) -> None:
    """'urged local officials': the clause names whom it asks; the story's counterpart is not them."""
    events = code("Estonia accused Russia on Monday of jamming flights near the border. "
                  "Estonia also urged local officials to prepare shelters.")
    assert "RUSGOV" not in target_codes(events, "REQUEST")


def test_the_victims_of_ones_own_act_are_no_counterpart(code) -> None:
    """'Russian forces shelled a village. Moscow denied ...': a denial does not continue against the victims."""
    events = code("Sudanese troops shelled a market in El Fasher on Monday. "
                  "The Sudanese government denied targeting anyone.")
    assert target_codes(events, "REJECT") <= {None}


# --- the event's own sentence: an adjunct's act is answered, a coordinated statement goes on ------------------

def test_an_act_in_an_after_clause_is_answered(code) -> None:
    events = code("After Ethiopian troops shelled Eritrean border posts on Monday, Eritrea threatened to retaliate.")
    assert {e.target.country for e in asserted(events, "THREATEN") if e.target} == {"ETH"}


def test_a_coordinated_statement_goes_on_against_the_same_recipient(code) -> None:
    events = code("On Monday, Lithuania condemned Belarus over the border incident and demanded an apology.")
    assert target_codes(events, "REQUEST") == {"BLRGOV"}


def test_a_content_clause_act_is_not_answered(code) -> None:
    """'denied that its forces had shelled ...': the act the denial is about is the sentence pass's to read."""
    events = code("The Ethiopian government denied on Monday that its troops had shelled Eritrean border posts.")
    assert target_codes(events, "REJECT") <= {None}


def test_another_officials_statement_does_not_go_on_against_the_first_ones_recipient(code) -> None:
    events = code("The Catalan president demanded an amnesty for the prisoners. "
                  "Spain's prime minister urged calm.")
    assert target_codes(events, "REQUEST") <= {"ESPCVL", None}
    assert len([e for e in asserted(events, "REQUEST") if e.target is None]) == 1
