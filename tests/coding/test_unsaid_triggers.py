"""Gold items with nothing coded in their sentence (issue 13 items 2 and 6), on invented sentences: phone calls
told with 'on the phone', labels that accuse (naming verbs and words of judgements.yaml), doubts on authority,
tightened security, court rulings and bail, custody, crowds of protesters gathering, a plea, goods whose lemma
the tagger cut short, a count renamed by a name, a protest told 'by' its means. Each with the word sense
that must stay no event."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _kinds(events):
    return [(e.type, e.mode, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in events]


def test_spoke_on_the_phone_with_is_a_phone_call(tmp_path):
    events = asserted(code_text(tmp_path, "Kenyan President William Ruto spoke on the phone with Ugandan President "
                                          "Yoweri Museveni."), "CONSULT")
    assert [(e.mode, e.source.code, e.target.code) for e in events] == [("phone", "KENGOV", "UGAGOV")]


def test_spoke_on_the_radio_is_no_call(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan president spoke on the radio on Monday."), "CONSULT")


def test_naming_as_terrorists_accuses_each_named_group(tmp_path):
    events = asserted(code_text(tmp_path, "The Turkish president named the YPG and the PKK as terrorists."), "ACCUSE")
    assert events and all(e.source.code == "TURGOV" for e in events)  # judgements.yaml: 'name' is a naming verb


def test_naming_as_envoy_is_no_accusation(tmp_path):
    events = code_text(tmp_path, "The Kenyan president named the former minister as his special envoy to Sudan.")
    assert not asserted(events, "ACCUSE")


def test_characterizing_an_attack_as_a_violation_accuses(tmp_path):
    events = asserted(code_text(tmp_path, "The Iraqi foreign ministry characterized the Turkish strike as a "
                                          "violation of Iraqi sovereignty."), "ACCUSE")
    assert [(e.mode, e.source.code) for e in events] == [("disapprove", "IRQGOV")]


def test_describing_a_city_is_no_accusation(tmp_path):
    assert not asserted(code_text(tmp_path, "The Kenyan minister described Nairobi as a vibrant city."), "ACCUSE")


def test_questioning_authority_is_criticism_questioning_a_suspect_is_not(tmp_path):
    doubt = asserted(code_text(tmp_path, "The Kenyan opposition leader questioned the president's authority to "
                                         "close the border."), "ACCUSE")
    assert [e.mode for e in doubt] == ["disapprove"]
    assert not asserted(code_text(tmp_path, "Kenyan police questioned the suspect on Monday."), "ACCUSE")


def test_tightened_security_mobilizes_police_tightened_rules_do_not(tmp_path):
    events = asserted(code_text(tmp_path, "Belarusian police tightened security around the parliament in Minsk."))
    assert [(e.type, e.mode) for e in events] == [("MOBILIZE", "police")]
    measures = asserted(code_text(tmp_path, "The Belarusian government stepped up security measures in Minsk."))
    assert [(e.type, e.mode) for e in measures] == [("MOBILIZE", "police")]
    assert not asserted(code_text(tmp_path, "The Belarusian bank tightened its lending rules."), "MOBILIZE")


def test_ruling_against_is_a_court_sanction_a_ruling_on_is_not(tmp_path):
    events = asserted(code_text(tmp_path, "A Kenyan High Court judge issued a ruling against the interior minister."))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("SANCTION", "convict", "KENJUD")]
    assert not asserted(code_text(tmp_path, "A Kenyan High Court judge issued a ruling on the land dispute."),
                        "SANCTION")


def test_setting_bail_holds_the_accused_setting_a_date_does_not(tmp_path):
    events = asserted(code_text(tmp_path, "A Kenyan judge set bail at one million shillings for the opposition "
                                          "leader."), "COERCE")
    assert [e.source.code for e in events] == ["KENJUD"]
    assert not asserted(code_text(tmp_path, "A Kenyan judge set a date for the hearing."), "COERCE")


def test_held_in_custody_is_an_arrest_held_in_high_regard_is_not(tmp_path):
    events = asserted(code_text(tmp_path, "The journalist was held in isolation by Kenyan police."), "COERCE")
    assert [(e.mode, e.source.code) for e in events] == [("arrest", "KENCOP")]
    assert not asserted(code_text(tmp_path, "The Kenyan minister is held in high regard."), "COERCE")


def test_protesters_gathering_demonstrate_residents_gathering_do_not(tmp_path):
    events = asserted(code_text(tmp_path, "Thousands of protesters gathered outside the parliament in Kyiv."),
                      "PROTEST")
    assert [(e.mode, e.source.code) for e in events] == [("demo", "UKRCVL")]
    assert not asserted(code_text(tmp_path, "Residents of Kyiv gathered to watch the fireworks."), "PROTEST")


def test_a_plea_to_someone_is_a_request(tmp_path):
    events = asserted(code_text(tmp_path, "The Kenyan opposition made a plea to the president on Monday."), "REQUEST")
    assert [e.source.country for e in events] == ["KEN"]


def test_doses_delivered_are_aid_whatever_the_lemmatizer_says(tmp_path):
    events = asserted(code_text(tmp_path, "UNICEF delivered 100,000 doses of vaccine to Samoa on Monday."), "AID")
    assert [e.target.country for e in events] == ["WSM"]


def test_a_count_renamed_by_a_name_is_one_actor_not_a_tally(tmp_path):
    one = asserted(code_text(tmp_path, "One of these groups, the Syrian Democratic Forces, opposed the withdrawal."),
                   "REJECT")
    assert [e.source.country for e in one] == ["SYR"]
    assert not asserted(code_text(tmp_path, "Two Kenyan senators opposed the withdrawal."), "REJECT")


def test_protested_by_a_means_is_the_protesters_act(tmp_path):
    """The parser reads 'protested' as a participle and 'by blocking' as its agent; a gerund names no agent."""
    crowd = asserted(code_text(tmp_path, "Kenyan opposition supporters protested by blocking roads in Nairobi."))
    assert ("PROTEST", "demo", "KENCVL") in {(e.type, e.mode, e.source.code) for e in crowd}
    members = asserted(code_text(tmp_path, 'Members of the Kenyan parliament protested by shouting "shame!" during '
                                           "the budget speech."))
    assert [(e.type, e.source.code) for e in members] == [("ACCUSE", "KENLEG")]  # a legislature's protest
