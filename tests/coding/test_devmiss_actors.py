"""Mechanisms behind real-news misses (lane devmiss-actors), on invented sentences: a government withdrawing its
own bill gives in (CONCEDE), not giving in to demands refuses them (REJECT), a court's finding against a state's
act is aimed at the state's government, and an agentless refusal of a visa or entry is the entered state's."""

from __future__ import annotations

from coding_helpers import asserted, code_text, target_codes


def source_codes(events, type_):
    """The source code of each asserted event of one type (None for an event without a source)."""
    return {e.source.code if e.source else None for e in asserted(events, type_)}


def test_withdrawing_an_own_bill_concedes(tmp_path):
    events = code_text(tmp_path, "The Kenyan president withdrew the controversial finance bill on Monday.")
    assert asserted(events, "CONCEDE")
    assert not asserted(events, "SANCTION")
    events = code_text(tmp_path, "On Tuesday, the Kenyan government said it will withdraw a proposed bill that "
                                 "would have taxed mobile money.")
    assert asserted(events, "AGREE") and not asserted(events, "THREATEN")
    events = code_text(tmp_path, "The Kenyan government withdrew its ambassador from Uganda on Monday.")
    assert asserted(events, "SANCTION")  # a diplomat withdrawn stays a sanction


def test_not_acceding_to_demands_refuses_them(tmp_path):
    events = code_text(tmp_path, "The Kenyan minister did not accede to the strikers' demands for higher pay.")
    assert source_codes(events, "REJECT") == {"KENGOV"}
    events = code_text(tmp_path, "The Kenyan minister acceded to the strikers' demands for higher pay.")
    assert not asserted(events, "REJECT")


def test_court_finding_against_a_state_act_is_aimed_at_the_government(tmp_path):
    events = code_text(tmp_path, "Kenya's Supreme Court found the prorogation to be unlawful on Monday.")
    assert target_codes(events, "SANCTION") == {"KENGOV"}
    events = code_text(tmp_path, "Uganda's High Court ruled against the postponement of the election on Friday.")
    assert target_codes(events, "SANCTION") == {"UGAGOV"}
    events = code_text(tmp_path, "A Kenyan court convicted the man of fraud on Monday.")
    assert "KENGOV" not in target_codes(events, "SANCTION")  # a person's conviction names no state act


def test_agentless_refusal_of_entry_is_the_entered_state(tmp_path):
    events = code_text(tmp_path, "Ten Afghan students were twice denied visas to enter the United States.")
    assert source_codes(events, "REJECT") == {"USAGOV"}
    events = code_text(tmp_path, "The Afghan journalist was refused entry into Israel on Monday.")
    assert source_codes(events, "REJECT") == {"ISRGOV"}
    events = code_text(tmp_path, "The Syrian family was denied asylum by the German authorities.")
    assert source_codes(events, "REJECT") == {"DEUGOV"}  # a named agent keeps its place
    events = code_text(tmp_path, "The Syrian refugees were denied food.")
    assert not source_codes(events, "REJECT") - {None}


def test_saving_people_is_a_rescue_and_an_elided_count_shares_the_object(tmp_path):
    events = code_text(tmp_path, "The Indonesian Navy saved 200 migrants off the coast of Aceh on Friday.")
    assert source_codes(events, "AID") == {"IDNMIL"}
    events = code_text(tmp_path, "On Friday, Indonesian fishermen rescued 700 migrants, and the Indonesian Navy "
                                 "reportedly saved 200 more.")
    assert source_codes(events, "AID") == {"IDNCVL", "IDNMIL"}
    for text in ("Kenya saved the peace deal on Monday.", "Kenya saved 200 million shillings on fuel imports."):
        assert not asserted(code_text(tmp_path, text), "AID"), text


def test_role_held_until_a_past_day_is_a_former_one(tmp_path):
    events = code_text(tmp_path, "John Smith, who was the Kenyan finance minister until December, criticized the "
                                 "decision on Monday.")
    assert source_codes(events, "ACCUSE") == {"KENELI"}
    events = code_text(tmp_path, "John Smith, who is the Kenyan finance minister, criticized the decision on Monday.")
    assert source_codes(events, "ACCUSE") == {"KENGOV"}
