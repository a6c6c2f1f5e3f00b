"""Criticism, blame and labels said in words (lane probe-o), on invented sentences."""

from __future__ import annotations

from pathlib import Path

from coding_helpers import asserted, code_text

from seismo.models import Event


def _codes(events: list[Event], type_: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the asserted events of one type."""
    return {(e.source.code if e.source else None, e.target.code if e.target else None)
            for e in asserted(events, type_)}


def test_a_group_without_a_country_can_be_blamed_by_a_speaker(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Indian officials said al-Qaeda was behind the attack.")
    assert ("INDGOV", "IMGREB") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Pakistani army said the bombing bore the hallmarks of al-Qaeda.")
    assert ("PAKMIL", "IMGREB") in _codes(events, "ACCUSE")


def test_linking_gunmen_to_a_group_accuses_it(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Kenyan police linked the gunmen to al-Shabaab.")
    assert ("KENCOP", "SOMREB") in _codes(events, "ACCUSE")


def test_a_label_folded_into_one_phrase_names_the_phrase_before_it(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Ugandan President Yoweri Museveni branded the opposition leaders traitors.")
    assert ("UGAGOV", "UGAOPP") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "Venezuelan President Hugo Chavez called opposition leaders puppets of Washington.")
    assert ("VENELI", "VENOPP") in _codes(events, "ACCUSE")
    assert not asserted(events, "CONSULT")  # a label, not a telephone call


def test_calling_people_without_a_label_is_still_a_call(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Iranian President Mahmoud Ahmadinejad called the opposition protesters.")
    assert not asserted(events, "ACCUSE")


def test_a_negated_label_is_no_accusation(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Zimbabwean President Robert Mugabe did not brand the opposition traitors.")
    assert not asserted(events, "ACCUSE")


def test_conspiring_and_undermining_efforts_are_allegations(tmp_path: Path) -> None:
    text = "Bolivian President Evo Morales said the US ambassador was conspiring against democracy."
    events = code_text(tmp_path, text)
    assert ("BOLELI", "USAGOV") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Afghan government said Pakistan was undermining peace efforts.")
    assert ("AFGGOV", "PAK") in _codes(events, "ACCUSE")


def test_interference_and_sabotage_condemn_the_author(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Venezuelan foreign ministry said the US report was an act of interference.")
    assert ("VENGOV", "USA") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "Bangladesh's prime minister said the opposition strike was sabotage.")
    assert ("BGDGOV", "BGDOPP") in _codes(events, "ACCUSE")


def test_a_splittist_label_condemns(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Chinese officials labelled the Dalai Lama a splittist.")
    assert asserted(events, "ACCUSE")


def test_a_separatist_stronghold_is_a_description(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Sri Lankan army described the area as a separatist stronghold.")
    assert not asserted(events, "ACCUSE")


def test_linking_through_a_relative_clause_or_with_accuses(tmp_path: Path) -> None:
    text = "Indian police on Saturday linked the gunmen who attacked a hotel in Chennai to al-Qaeda."
    assert ("INDCOP", "IMGREB") in _codes(code_text(tmp_path, text), "ACCUSE")
    events = code_text(tmp_path, "Kenyan police linked the suspects with al-Shabaab.")
    assert ("KENCOP", "SOMREB") in _codes(events, "ACCUSE")


def test_linking_two_things_accuses_no_one(tmp_path: Path) -> None:
    events = code_text(tmp_path, "The Kenyan minister linked the rise in crime with unemployment.")
    assert not asserted(events, "ACCUSE")


def test_bearing_full_responsibility_accuses_the_bearer(tmp_path: Path) -> None:
    text = "Hamas said the Israeli government bears full responsibility for the escalation."
    assert ("PSEREB", "ISRGOV") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Lebanese prime minister said Israel bore responsibility for the deaths."
    assert ("LBNGOV", "ISR") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_a_mandate_or_a_denied_responsibility_accuses_no_one(tmp_path: Path) -> None:
    text = "Kenyan officials said the Interior Ministry bears responsibility for border security."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")
    text = "Israel does not bear responsibility for the deaths, the Israeli foreign ministry said."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_a_regard_denied_condemns_and_a_regard_had_does_not(tmp_path: Path) -> None:
    text = "The Kenyan government said the Ugandan army had never shown any regard for civilians."
    assert ("KENGOV", "UGAMIL") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "Amnesty International said Israeli forces showed little regard for civilian life."
    assert ("NGOHRIAMN", "ISRMIL") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Indian prime minister said Pakistani officials had great respect for democracy."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_spreading_lies_and_playing_politics_are_allegations(tmp_path: Path) -> None:
    text = "The Russian foreign ministry said the Ukrainian government was spreading lies."
    assert ("RUSGOV", "UKRGOV") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Ugandan government said the opposition was playing politics with the lives of Ugandans."
    assert ("UGAGOV", "UGAOPP") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_to_blame_accuses_the_subject_and_makes_no_accusation_of_its_own(tmp_path: Path) -> None:
    text = "The Russian foreign ministry said the Ukrainian government was to blame for the violence."
    events = code_text(tmp_path, text)
    assert ("RUSGOV", "UKRGOV") in _codes(events, "ACCUSE")
    assert not [e for e in events if e.source and e.source.code == "UKRGOV"]  # no future blame by Kyiv
    text = "The Ugandan government said the opposition was not to blame for the violence."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_complicit_in_and_guilty_of_are_allegations(tmp_path: Path) -> None:
    text = "The Rwandan government said the French army was complicit in the genocide."
    events = code_text(tmp_path, text)
    assert ("RWAGOV", "FRAMIL") in _codes(events, "ACCUSE")
    assert asserted(events, "ACCUSE")[0].mode == "allege"


def test_in_breach_of_and_blood_on_hands_accuse(tmp_path: Path) -> None:
    text = "The Azerbaijani government said Armenia was in violation of the ceasefire."
    assert ("AZEGOV", "ARM") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Syrian opposition said President Bashar al-Assad had blood on his hands."
    assert ("SYROPP", "SYRGOV") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_neither_free_nor_fair_condemns_and_free_and_fair_does_not(tmp_path: Path) -> None:
    text = "European Union observers said the Ethiopian election was neither free nor fair."
    events = code_text(tmp_path, text)
    assert asserted(events, "ACCUSE") and not asserted(events, "SUPPORT")
    text = "The Kenyan president said the election was free and fair."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_a_passive_evaluation_judges_the_subject_or_the_doer(tmp_path: Path) -> None:
    text = "The Kenyan opposition said the election had been rigged by President Mwai Kibaki."
    assert ("KENOPP", "KENELI") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Zimbabwean opposition said the charges were fabricated."
    assert asserted(code_text(tmp_path, text), "ACCUSE")
    text = "The opposition said the vote was not rigged."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_politically_motivated_condemns_an_act_but_not_an_attack_motive(tmp_path: Path) -> None:
    text = "The Ugandan opposition said the verdict was politically motivated."
    assert asserted(code_text(tmp_path, text), "ACCUSE")
    text = "The Kenyan police said the attack was politically motivated."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_verbs_of_verbal_attack_accuse_an_actor(tmp_path: Path) -> None:
    events = code_text(tmp_path, "Venezuelan President Hugo Chavez blasted the Colombian government on Friday.")
    assert ("VENELI", "COLGOV") in _codes(events, "ACCUSE")
    events = code_text(tmp_path, "The Russian foreign minister upbraided the British ambassador.")
    assert ("RUSGOV", "GBRGOV") in _codes(events, "ACCUSE")


def test_blasting_a_door_or_rock_is_no_criticism(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "Police blasted through the door of the house."), "ACCUSE")
    assert not asserted(code_text(tmp_path, "Engineers blasted rock to build the tunnel."), "ACCUSE")


def test_critical_of_is_the_subjects_disapproval(tmp_path: Path) -> None:
    text = "The Japanese prime minister was sharply critical of China's military build-up."
    assert ("JPNGOV", "CHNMIL") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "He was sharply critical of the Chinese government, the Japanese prime minister's spokesman said."
    assert ("JPNGOV", "CHNGOV") in _codes(code_text(tmp_path, text), "ACCUSE")
    assert not asserted(code_text(tmp_path, "The coach was critical of the referee."), "ACCUSE")


def test_taking_issue_with_remarks_disapproves_of_their_author(tmp_path: Path) -> None:
    text = "The Indian foreign ministry took issue with the Pakistani president's remarks."
    assert ("INDGOV", "PAKGOV") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_a_dangerous_precedent_and_failing_the_people_accuse(tmp_path: Path) -> None:
    text = "The French president said the Russian move set a dangerous precedent."
    assert ("FRAGOV", "RUS") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Philippine opposition said President Gloria Arroyo had failed the Filipino people."
    assert ("PHLOPP", "PHLELI") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_criticism_came_in_for_or_met_with_is_addressed_to_the_subject(tmp_path: Path) -> None:
    text = "The Turkish government came in for criticism from the European Union."
    assert ("IGOEUREEC", "TURGOV") in _codes(code_text(tmp_path, text), "ACCUSE")
    events = code_text(tmp_path, "The Polish law was met with criticism from the European Commission.")
    assert ("IGOEUREEC", "POLGOV") in _codes(events, "ACCUSE")
    assert not asserted(events, "CONSULT")  # no meeting


def test_meeting_with_someone_is_still_a_meeting(tmp_path: Path) -> None:
    text = "Russian President Vladimir Putin met with Turkish President Recep Tayyip Erdogan on Monday."
    assert ("RUSGOV", "TURGOV") in _codes(code_text(tmp_path, text), "CONSULT")
    text = "The Kenyan president came to Kampala for talks."
    assert asserted(code_text(tmp_path, text), "CONSULT")


def test_charging_that_someone_did_wrong_accuses_them(tmp_path: Path) -> None:
    text = "The Kenyan opposition charged that President Mwai Kibaki had stolen the election."
    assert ("KENOPP", "KENELI") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Kenyan opposition charged that it had won the election."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_this_man_is_the_one_the_last_event_was_done_to(tmp_path: Path) -> None:
    text = ('Colombian police arrested FARC commander Simon Trinidad on Saturday. '
            '"For Colombia, this man is a terrorist," Colombian President Alvaro Uribe said.')
    assert ("COLELI", "COLPTY") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_this_man_with_no_story_before_accuses_no_one(tmp_path: Path) -> None:
    text = '"This man is a terrorist," Colombian President Alvaro Uribe said.'
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_passive_suspicion_and_a_group_linked_to_a_deed_accuse(tmp_path: Path) -> None:
    text = "Spanish officials said ETA was suspected of carrying out the bombing."
    assert ("ESPGOV", "ESPREB") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "Kenyan police said al-Shabaab was linked to the attack."
    assert ("KENCOP", "SOMREB") in _codes(code_text(tmp_path, text), "ACCUSE")
    assert not asserted(code_text(tmp_path, "A road linking Kabul to Kandahar was reopened."), "ACCUSE")


def test_a_pronoun_in_a_quote_is_the_one_it_was_said_of(tmp_path: Path) -> None:
    text = '"He is a dictator," the Kenyan opposition leader said of President Daniel arap Moi.'
    assert ("KENOPP", "KENELI") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = '"It is unacceptable," the Indian foreign minister said of the Pakistani shelling.'
    assert ("INDGOV", "PAK") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = '"He is a dictator," the Kenyan opposition leader said.'
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_claims_said_to_be_null_and_void_are_rejected(tmp_path: Path) -> None:
    text = "The Chinese foreign ministry said the Vietnamese claim to the islands was null and void."
    assert ("CHNGOV", "VNM") in _codes(code_text(tmp_path, text), "REJECT")


def test_an_act_that_wrongs_accuses_its_author(tmp_path: Path) -> None:
    text = "The European Commission said the Polish government's decision undermines the rule of law."
    assert ("IGOEUREEC", "POLGOV") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Kenyan minister said the rain undermined the road."
    assert not asserted(code_text(tmp_path, text), "ACCUSE")


def test_will_not_go_unpunished_threatens_the_authors(tmp_path: Path) -> None:
    text = ('Al-Shabaab gunmen attacked a hotel in Nairobi on Monday. '
            '"This attack will not go unpunished," the Kenyan president said.')
    assert ("KENGOV", "SOMREB") in _codes(code_text(tmp_path, text), "THREATEN")
    text = "The Kenyan president said the attack went unpunished."
    assert not asserted(code_text(tmp_path, text), "THREATEN")


def test_criticism_faced_or_a_rebuke_drawn_is_addressed_to_the_subject(tmp_path: Path) -> None:
    text = "The Egyptian government faced criticism from Human Rights Watch over the arrests."
    assert ("NGOHRI", "EGYGOV") in _codes(code_text(tmp_path, text), "ACCUSE")
    text = "The Israeli decision drew a sharp rebuke from the United States."
    assert ("USAGOV", "ISRGOV") in _codes(code_text(tmp_path, text), "ACCUSE")


def test_sanctions_faced_are_a_prospect_not_an_event(tmp_path: Path) -> None:
    assert not asserted(code_text(tmp_path, "Iran faces new sanctions from the European Union."), "SANCTION")
