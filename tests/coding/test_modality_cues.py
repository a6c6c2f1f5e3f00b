"""Modality and word-sense cues on invented sentences (issue 13 items 6 and 7): acts that did not (yet) happen,
generic clauses, and readings of a verb that are no political event."""

from __future__ import annotations

from coding_helpers import asserted, code_text

from seismo.models import Modality


def test_yet_to_is_not_done(tmp_path):
    events = code_text(tmp_path, "Germany has yet to sign the agreement with Poland.")
    assert not [e for e in events if e.modality is Modality.ASSERTED]
    assert any(e.modality is Modality.NEGATED for e in events)


def test_a_subject_naming_nobody_negates_its_own_clause_only(tmp_path):
    events = code_text(tmp_path, "Israeli forces killed two militants near Jenin on Monday, "
                                 "and no Israeli soldiers were wounded.")
    assault = asserted(events, "ASSAULT")
    assert [e.trigger for e in assault] == ["killed"]
    assert any(e.trigger == "wounded" and e.modality is Modality.NEGATED for e in events)
    events = code_text(tmp_path, "None of the French soldiers was hurt when rebels attacked the base on Monday.")
    assert [e.trigger for e in asserted(events, "ASSAULT")] == ["attacked"]


def test_present_tense_when_clause_is_generic(tmp_path):
    events = code_text(tmp_path, "Residents said the army shells the valley whenever rebels attack a convoy.")
    assert not any(e.trigger == "attack" for e in asserted(events, "ASSAULT"))
    events = code_text(tmp_path, "When rebels attacked the convoy on Monday, the army shelled the valley.")
    assert any(e.trigger == "attacked" for e in asserted(events, "ASSAULT"))


def test_calling_a_state_for_a_candidate_is_no_request(tmp_path):
    assert not asserted(code_text(tmp_path, "The networks called Ohio for the Republican candidate."), "REQUEST")
    assert asserted(code_text(tmp_path, "The United Nations called for a ceasefire in Gaza."), "REQUEST")


def test_backtick_contraction_is_a_negation(tmp_path):
    events = code_text(tmp_path, "Kenyan officials can`t share the intelligence with Uganda.")
    assert not asserted(events, "COOPERATE")
    assert any(e.type == "COOPERATE" and e.modality is Modality.NEGATED for e in events)


def test_infinitive_coordinated_with_the_urging_verb_is_only_urged(tmp_path):
    events = code_text(tmp_path, "The Kenyan president urged citizens to stay calm and deny the rebels any support.")
    assert asserted(events, "REQUEST")
    assert not asserted(events, "REJECT")


def test_declining_to_comment_rejects_no_one(tmp_path):
    assert not code_text(tmp_path, "The Kenyan ministry declined to comment on Monday.")
    events = asserted(code_text(tmp_path, "Kenya declined the Somali request on Monday."), "REJECT")
    assert [(e.source.code, e.target.country) for e in events] == [("KENGOV", "SOM")]


def test_pleading_guilty_is_no_request(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan minister pleaded guilty to fraud on Monday."), "REQUEST")
    events = asserted(code_text(tmp_path, "Kenya pleaded with Uganda for help on Monday."), "REQUEST")
    assert [(e.source.code, e.target.country) for e in events] == [("KENGOV", "UGA")]


def test_a_past_clause_under_a_future_one_is_asserted(tmp_path):
    events = code_text(tmp_path, "Erdogan will visit the town where Syrian troops attacked Turkish soldiers in 2019.")
    assert [(e.source.code, e.target.code) for e in asserted(events, "ASSAULT")] == [("SYRMIL", "TURMIL")]
    events = code_text(tmp_path, "Russia plans to attack Kyiv next week.")
    assert not asserted(events, "ASSAULT")


def test_a_warning_about_the_warners_own_forces_is_a_threat(tmp_path):
    events = code_text(tmp_path, "Iran warned on Monday that its missiles will hit any ship that enters the strait.")
    assert [(e.type, e.source.code) for e in asserted(events, "THREATEN")] == [("THREATEN", "IRNGOV")]
    assert not asserted(code_text(tmp_path, "The WHO warned that the outbreak will spread."), "THREATEN")


def test_appears_to_hedges_the_act(code):
    """'appear to' and 'seem to' hedge as 'may have' does: the act is not told as done."""
    events = code("Kenyan rebels appear to have attacked the village on Monday. "
                  "The Kenyan army seems to have shelled the town on Monday.")
    assert not asserted(events, "ASSAULT")
    assert {e.modality for e in events if e.type == "ASSAULT"} == {Modality.HYPOTHETICAL}


def test_a_reputation_is_no_event(tmp_path) -> None:
    events = code_text(tmp_path, "Kenyan police are notorious for detaining journalists in Nairobi.")
    assert not [e for e in events if e.type == "COERCE" and e.modality is Modality.ASSERTED]


def test_a_past_reputation_is_no_event_either(tmp_path) -> None:
    text = "Kenyan soldiers were notorious for beating protesters in Nairobi."
    assert not [e for e in code_text(tmp_path, text) if e.type == "ASSAULT" and e.modality is Modality.ASSERTED]


def test_a_modal_perfect_is_a_guess_not_a_threat(tmp_path) -> None:
    events = code_text(tmp_path, "Ukrainian troops may have captured the village on Monday.")
    assert not [e for e in events if e.modality is Modality.ASSERTED]


def test_a_near_miss_did_not_happen(tmp_path) -> None:
    events = code_text(tmp_path, "Ukrainian troops nearly captured the village on Monday.")
    assert events and all(e.modality is Modality.NEGATED for e in events)


def test_a_believed_state_is_hedged_but_a_said_act_is_reported(tmp_path) -> None:
    believed = code_text(tmp_path, "Ukrainian troops are believed to be shelling the village.")
    assert believed and not asserted(believed, "ASSAULT")
    said = code_text(tmp_path, "Ukrainian troops were said to have shelled the village on Monday.")
    assert asserted(said, "ASSAULT")


def test_a_yes_no_question_asserts_nothing(tmp_path) -> None:
    events = code_text(tmp_path, '"Did Uganda attack us? No," the Kenyan minister said on Monday.')
    assert events and not [e for e in events if e.modality is Modality.ASSERTED]


def test_a_question_about_a_future_act_is_no_threat(tmp_path) -> None:
    assert not asserted(code_text(tmp_path, "Will Kenya send troops to Haiti?"))


def test_the_act_instead_of_which_another_was_done_did_not_happen(tmp_path) -> None:
    events = code_text(tmp_path, "Instead of attacking the town, Kenyan troops withdrew on Monday.")
    assert asserted(events, "RETREAT") and not asserted(events, "ASSAULT")


def test_stopping_short_of_sanctions_imposes_none(tmp_path) -> None:
    assert not asserted(code_text(tmp_path, "Kenya stopped short of imposing sanctions on Uganda."), "SANCTION")


def test_released_without_charge_is_no_accusation(tmp_path) -> None:
    events = code_text(tmp_path, "Kenyan police released the protesters without charging them.")
    assert asserted(events, "RETREAT") and not asserted(events, "ACCUSE")


def test_an_act_weighed_as_a_clause_subject_is_no_commitment(tmp_path):
    """'sending troops would start a war': the modal is the consequence's; nobody promised to send or rescue."""
    for text in ("Sergei Lavrov said sending troops to rescue the hostages would start a war.",
                 "The French president said sending aid to the rebels would be a mistake."):
        assert not [e for e in code_text(tmp_path, text) if e.modality is Modality.ASSERTED], text
    assert asserted(code_text(tmp_path, "Macron said that France would send aid to the rebels."), "AGREE")


def test_a_subject_naming_nobody_reaches_controlled_acts_and_stances(tmp_path):
    """'Neither X nor Y has agreed to attend the talks': nobody agreed, so nobody committed to the talks either."""
    for text in ("Neither Sudan nor Chad has agreed to attend the talks in Geneva.",
                 "Neither Kenya nor Uganda will send troops to Haiti."):
        assert not [e for e in code_text(tmp_path, text) if e.modality is Modality.ASSERTED], text
    sent = [e for e in code_text(tmp_path, "No Western government has agreed to send troops to Niger.")
            if e.trigger == "send"]
    assert sent and all(e.modality is Modality.NEGATED for e in sent)
    assert asserted(code_text(tmp_path, "Kenya has agreed to send troops to Haiti."), "AGREE")


def test_a_warning_told_in_the_past_tense_is_an_alarm_not_a_threat(tmp_path):
    """'warned that thousands of civilians were trapped': the warner announces no act of its own side."""
    text = "Sudanese aid groups warned on Monday that thousands of Sudanese civilians were trapped in El Fasher."
    assert not asserted(code_text(tmp_path, text), "THREATEN")
    assert asserted(code_text(tmp_path, "Iran warned on Monday that it would retaliate against any attack."),
                    "THREATEN")


def test_an_adverbial_clause_with_its_own_subject_and_past_tense_is_told_as_fact(tmp_path):
    """'urged restraint, while Bolivia accused Peru': the request governs its complement, not the while-clause."""
    text = ("The United States urged all sides to refrain from violence, while Bolivia's government accused "
            "Peruvian security forces of human rights abuses.")
    assert [e.trigger for e in asserted(code_text(tmp_path, text), "ACCUSE")] == ["accused"]
    events = code_text(tmp_path, "Kenya said it would retaliate if Somali militants attacked the border again.")
    assert not [e for e in events if e.trigger == "attacked" and e.modality is Modality.ASSERTED]


def test_a_charge_summed_up_after_a_comma_is_made_and_the_denial_answers_the_accuser(tmp_path):
    """'X accused Y of Z, a charge Y denies': the parser makes the accusation the denial's complement."""
    for text, accuser, denier in (
            ("Washington has also accused North Korea of shipping artillery shells to Moscow, a charge Pyongyang "
             "denies.", "USA", "PRK"),
            ("Kenya accused Uganda of arming the rebels, an allegation Kampala rejected on Monday.", "KEN", "UGA")):
        events = code_text(tmp_path, text)
        assert [(e.source.country, e.target.country) for e in asserted(events, "ACCUSE")] == [(accuser, denier)]
        assert [(e.source.country, e.target.country) for e in asserted(events, "REJECT")] == [(denier, accuser)]
    events = code_text(tmp_path, "Uganda denied that Kenya had arrested two Ugandan journalists.")
    assert not asserted(events, "COERCE")


def test_a_denial_opened_by_comma_which_answers_the_whole_claim(tmp_path):
    """'X accused Y of Z, which Y denies': a sentential relative clause; the denial is told as a fact, present
    tense or past, and it answers whoever made the claim, not the noun 'which' hangs on."""
    for text, accuser, denier in (
            ("Chile has accused Bolivia of hiding smugglers near the frontier, which La Paz denies.", "CHL", "BOL"),
            ("Kenya said Ugandan soldiers had crossed the border, which Kampala rejected.", "KEN", "UGA")):
        events = code_text(tmp_path, text)
        assert [(e.source.country, e.target.country) for e in asserted(events, "REJECT")] == [(denier, accuser)], \
            text
    events = code_text(tmp_path, "The ministers visited the museum, which the guides describe as old.")
    assert not asserted(events, "REJECT")


    """'Kenya told Uganda to withdraw its troops': the withdrawal is asked for, not told as done."""
    for text in ("Kenya told Uganda to withdraw its troops from the border.",
                 "Kenya warned Uganda to withdraw its troops from the border."):
        assert not asserted(code_text(tmp_path, text), "RETREAT"), text
    assert asserted(code_text(tmp_path, "Uganda withdrew its troops after Kenya told it to."), "RETREAT")
