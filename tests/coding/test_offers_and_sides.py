"""Two argument slips found in an invented Juba-2016 story: 'forces backing Machar' tells whose side the forces are
on (no SUPPORT event), and 'offered to send troops' offers the troops, it is not aimed at them. Also: an invited
guest is the target ('invited Putin to Berlin', ``guest_verbs``), offered condolences are no offer, and whom the
partners of an agreement agree to act against is no partner (``trigger_parties._hostile_acts``)."""

from __future__ import annotations

import datetime as dt

from coding_helpers import asserted, code_text


def test_a_participle_of_allegiance_on_a_noun_is_no_event(tmp_path):
    events = asserted(code_text(tmp_path, "Forces backing Riek Machar attacked the town on Friday."))
    assert [e.type for e in events] == ["ASSAULT"]
    militias = asserted(code_text(tmp_path, "Militias supporting the government burned three villages on Monday."))
    assert "SUPPORT" not in {e.type for e in militias}
    backing = asserted(code_text(tmp_path, "Russia said it was backing Maduro."))
    assert [e.type for e in backing] == ["SUPPORT"]  # a clause of its own still tells the act


def test_what_an_offer_sends_is_not_its_target(tmp_path):
    events = asserted(code_text(tmp_path, "Kenya offered to send troops to help restore order."), "AGREE")
    assert [(e.source.code, e.target) for e in events] == [("KENGOV", None)]  # was KENMIL, its own troops
    named = asserted(code_text(tmp_path, "Kenya offered to send troops to Somalia."), "AGREE")
    assert [e.target.country for e in named] == ["SOM"]


def test_an_invited_leader_is_the_target_not_the_venue(tmp_path) -> None:
    events = code_text(tmp_path, "Merkel invited Putin to Berlin for talks on Monday.", dt.date(2019, 5, 14))
    assert {(e.source.code, e.target.code) for e in asserted(events, "AGREE")} == {("DEUGOV", "RUSGOV")}


def test_offered_condolences_is_no_agreement(tmp_path) -> None:
    events = code_text(tmp_path, "Putin offered condolences to the victims' families in a telegram to Sri Lanka's "
                                 "president.", dt.date(2019, 5, 14))
    assert not asserted(events, "AGREE"), [(e.type, e.trigger) for e in events]


def test_a_third_party_acted_against_is_no_partner_of_an_agreement(tmp_path) -> None:
    events = asserted(code_text(tmp_path, "NATO leaders agreed at their summit in Brussels to label China a security "
                                          "challenge.", dt.date(2021, 6, 14)), "AGREE")
    assert [e.target for e in events] == [None], [(e.source.code, e.target and e.target.code) for e in events]


def test_partners_fighting_terrorism_fight_no_one_among_themselves(tmp_path) -> None:
    events = code_text(tmp_path, "France and Germany agreed to fight terrorism together.", dt.date(2021, 6, 14))
    assert [e.type for e in events] == ["AGREE"], [(e.type, e.modality) for e in events]


def test_working_with_a_named_partner_is_cooperation(tmp_path) -> None:
    events = code_text(tmp_path, "Britain said it would work with the new Zimbabwean government.",
                       dt.date(2017, 11, 22))
    assert ("GBRGOV", "ZWEGOV") in {(e.source.code, e.target.code) for e in asserted(events, "AGREE")}, events
    assert not asserted(code_text(tmp_path, "She worked with children in Nairobi.", dt.date(2017, 11, 22)))


def test_support_for_an_operation_against_a_foe_supports_no_foe(tmp_path) -> None:
    day = dt.date(2014, 5, 23)
    events = code_text(tmp_path, "Kenya pledged to support the military operation against al-Shabaab.", day)
    assert not [e for e in events if e.type in ("AGREE", "SUPPORT") and e.target is not None], events
    vowed = code_text(tmp_path, "Ukraine's president-elect Petro Poroshenko vowed to continue the military operation "
                                "in the east.", day)
    assert [e.target for e in asserted(vowed, "AGREE")] == [None], vowed
