"""Triggers the coder used to miss (issue 13 items 2 and 6), on invented sentences: event nouns received or
coming from someone, verbs mined from CAMEO patterns, infinitive targets of stated intentions, accidents."""

from __future__ import annotations

from coding_helpers import asserted, code_text

from seismo.models import Modality


def _codes(event):
    return (event.source.code if event.source else None, event.target.code if event.target else None)


def test_received_event_noun_is_addressed_to_the_receiver(tmp_path):
    events = asserted(code_text(tmp_path, "The Kenyan plan drew criticism from Uganda."), "ACCUSE")
    assert [(e.source.country, e.target.country) for e in events] == [("UGA", "KEN")]


def test_receiving_is_no_stance_of_the_giver(tmp_path):
    events = code_text(tmp_path, "Ukraine could receive help from Poland.")
    assert not asserted(events)
    assert any(e.type == "AID" and e.modality is Modality.HYPOTHETICAL for e in events)


def test_event_noun_coming_from_its_authors(tmp_path):
    events = asserted(code_text(tmp_path, "Condemnation came from Germany and France on Monday."), "ACCUSE")
    assert sorted(e.source.country for e in events) == ["DEU", "FRA"]


def test_mined_verbs(tmp_path):
    crack = asserted(code_text(tmp_path, "Kenyan police cracked down on protesters in Nairobi on Monday."))
    assert [(e.type, *_codes(e)) for e in crack] == [("COERCE", "KENCOP", "KENCVL")]
    levy = asserted(code_text(tmp_path, "The United States levied new sanctions against Iran on Monday."))
    assert [(e.type, e.source.country, e.target.country) for e in levy] == [("SANCTION", "USA", "IRN")]
    coup = asserted(code_text(tmp_path, "The Chilean military overthrew President Salvador Allende in 1973."))
    assert [(e.type, e.source.code) for e in coup] == [("ASSAULT", "CHLMIL")]
    # like "ordered an investigation": the instructed act is coded as done (the annotated dev reading)
    order = asserted(code_text(tmp_path, "The Ukrainian president instructed the army to investigate the leak."))
    assert sorted(e.type for e in order) == ["ACCUSE", "REQUEST"]


def test_speaking_out_against_an_act_accuses_its_author(tmp_path):
    text = ("The United States killed the general in an airstrike on Friday. "
            "The Iraqi prime minister spoke out against the attack.")
    events = [e for e in asserted(code_text(tmp_path, text), "ACCUSE")]
    assert [(e.source.code, e.target.country) for e in events] == [("IRQGOV", "USA")]


def test_troops_leaving_a_country_withdraw(tmp_path):
    events = asserted(code_text(tmp_path, "Kenyan troops left Somalia in 2011."))
    assert [(e.type, e.mode, e.source.code) for e in events] == [("RETREAT", "withdraw", "KENMIL")]
    assert not asserted(code_text(tmp_path, "The soldiers left the base on Monday."))


def test_surrender_to_someone(tmp_path):
    events = asserted(code_text(tmp_path, "Rebel fighters surrendered to Colombian troops on Monday."))
    assert [(e.type, *_codes(e)) for e in events] == [("RETREAT", "COLREB", "COLMIL")]


def test_second_object_parsed_as_apposition(tmp_path):
    events = asserted(code_text(tmp_path, "The president of Kenya granted the jailed journalist a full pardon."))
    assert [(e.type, e.trigger) for e in events] == [("CONCEDE", "pardon")]


def test_stated_intention_targets_the_helped_country(tmp_path):
    events = asserted(code_text(tmp_path, "Japan vowed on Monday to help Kenya rebuild its roads."))
    assert [(e.type, e.source.country, e.target.country) for e in events] == [("AGREE", "JPN", "KEN")]


def test_an_accident_toll_is_no_act(tmp_path):
    assert not code_text(tmp_path, "A bus carrying pilgrims crashed in Nepal on Monday and killed 12 people.")
    events = asserted(code_text(tmp_path, "Troops stormed the village in Nepal on Monday, killing 12 people."))
    assert events and all(e.type == "ASSAULT" for e in events)


def test_reported_event_noun_is_asserted_without_the_reporter_as_party(tmp_path):
    events = asserted(code_text(tmp_path, "Kenyan police reported clashes between rebels and soldiers near "
                                           "Garissa on Monday."))
    assert [(e.type, *_codes(e)) for e in events] == [("ASSAULT", "KENREB", "KENMIL")]


def test_protesters_named_by_an_unknown_common_noun_are_the_place_people(tmp_path):
    events = asserted(code_text(tmp_path, "Several conservative groups gathered on Saturday in Nairobi for a rally."))
    assert [(e.type, e.source.code) for e in events] == [("PROTEST", "KENCVL")]
    assert not code_text(tmp_path, "The storm hit Nairobi on Monday.")


def test_ruling_whose_complement_copula_is_coordinated(tmp_path):
    events = asserted(code_text(tmp_path, "On Friday, a federal judge in Texas ruled the federal government's "
                                           "practice of registering only men for the draft is unconstitutional."))
    assert [(e.type, e.source.code, e.target.country) for e in events] == [("SANCTION", "USAJUD", "USA")]


def test_agentless_passive_request_is_the_authorities(tmp_path):
    text = "Kenya announced a curfew on Monday. Residents were asked to stay indoors."
    events = asserted(code_text(tmp_path, text), "REQUEST")
    assert [e.source.code for e in events] == ["KENGOV"]


def test_designation_as_terrorist_and_joint_operations(tmp_path):
    events = asserted(code_text(tmp_path, "The United States designated the Houthis as a terrorist organization."))
    assert [(e.type, e.source.country) for e in events] == [("SANCTION", "USA")]
    events = asserted(code_text(tmp_path, "Kenyan troops attacked the camp in cooperation with Ugandan forces."),
                       "COOPERATE")
    assert [_codes(e) for e in events] == [("KENMIL", "UGAMIL")]


def test_an_attack_by_no_one_named_is_on_the_place(tmp_path):
    events = asserted(code_text(tmp_path, "Twin bombings on Sunday struck a cathedral in Jolo, Philippines."))
    assert [(e.type, e.source, e.target.code) for e in events] == [("ASSAULT", None, "PHL")]
    text = "A gas explosion destroyed a block of flats in Kazan on Monday, killing 12 residents."
    assert not code_text(tmp_path, text)


def test_from_names_who_objects_or_threatens(tmp_path):
    events = asserted(code_text(tmp_path, "The decision prompted objections from Kenyan lawmakers."))
    assert [(e.type, e.source.code) for e in events] == [("ACCUSE", "KENLEG")]
    events = asserted(code_text(tmp_path, "Ethiopia received threats from Eritrea on Monday."))
    assert [(e.type, e.source.country, e.target.country) for e in events] == [("THREATEN", "ERI", "ETH")]
    events = asserted(code_text(tmp_path, "The withdrawal of Kenyan troops from Somalia began on Monday."))
    assert [(e.type, e.source.code, e.target.country) for e in events] == [("RETREAT", "KENMIL", "SOM")]


def test_coming_out_for_or_against(tmp_path):
    against = asserted(code_text(tmp_path, "Kenya has come out against the Ugandan plan."))
    support = asserted(code_text(tmp_path, "Kenya came out in support of the Ugandan plan on Monday."))
    assert [e.type for e in against] == ["REJECT"] and [e.type for e in support] == ["SUPPORT"]


def test_wanting_an_actor_to_act_requests_it(tmp_path):
    events = asserted(code_text(tmp_path, "Israel wants Hamas to release the hostages."), "REQUEST")
    assert [(e.source.code, e.target.code) for e in events] == [("ISRGOV", "PSEREB")]


def test_wanting_to_act_oneself_or_a_commentators_wish_requests_nothing(tmp_path):
    for text in ("Iran wants to meet Kenya on Friday.", "Analysts want Kenya to cut taxes."):
        assert not asserted(code_text(tmp_path, text), "REQUEST"), text


def test_raising_a_matter_with_someone_consults_them(tmp_path):
    text = "British Foreign Secretary Dominic Raab raised the issue with the American ambassador on Friday."
    events = asserted(code_text(tmp_path, text), "CONSULT")
    assert [(e.source.country, e.target.code) for e in events] == [("GBR", "USAGOV")]


def test_raising_money_or_taxes_with_someone_consults_no_one(tmp_path):
    for text in ("Kenya raised taxes with the support of the IMF.",
                 "Kenyan President Ruto raised two billion dollars with the help of China."):
        assert not asserted(code_text(tmp_path, text), "CONSULT"), text
