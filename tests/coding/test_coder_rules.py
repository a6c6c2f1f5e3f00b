"""Coder rules on short sentences: modality, stance events, attribution, arguments, dates, places, quantities.

Each test codes a tiny text with the real parser and dictionaries and checks one documented rule
(docs/coding.md). The spaCy model loads once per module.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from seismo.config import Settings
from seismo.models import Article, Event, Modality
from seismo.nlp.pipeline import load_pipeline
from seismo.pipeline import get_coder

pytestmark = pytest.mark.slow

PUBLISHED = dt.date(2023, 7, 20)  # a Thursday: "Wednesday" = 2023-07-19, "Tuesday" = 2023-07-18

Code = Callable[..., list[Event]]


@pytest.fixture(scope="module")
def code() -> Code:
    settings = Settings()
    nlp = load_pipeline(settings.model)
    coder = get_coder(settings)

    def run(text: str, published: dt.date | None = PUBLISHED, dateline: str | None = None) -> list[Event]:
        article = Article(doc_id=Article.hash_text(text), text=text, published=published, dateline=dateline)
        return coder.code(nlp(text), article)

    return run


def _of(events: list[Event], type_: str, modality: Modality | None = None) -> list[Event]:
    return [e for e in events if e.type == type_ and (modality is None or e.modality is modality)]


def _one(events: list[Event], type_: str, modality: Modality = Modality.ASSERTED) -> Event:
    found = _of(events, type_, modality)
    assert len(found) == 1, [(e.type, e.modality.value, e.trigger) for e in events]
    return found[0]


# --- modality ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "modality"), [
    ("Russia attacked Ukraine on Tuesday.", Modality.ASSERTED),
    ("Russia did not attack Ukraine on Tuesday.", Modality.NEGATED),
    ("Russia could attack Ukraine.", Modality.HYPOTHETICAL),
    ("Russia will attack Ukraine.", Modality.FUTURE),
    ("Moscow denied that Russian troops had attacked Ukraine.", Modality.DENIED),
    ("If Russia attacks Ukraine, NATO will respond.", Modality.HYPOTHETICAL),
])
def test_modality_of_short_sentences(code: Code, text: str, modality: Modality):
    assault = _of(code(text), "ASSAULT")
    assert assault, text
    assert assault[0].modality is modality


def test_future_date_makes_an_asserted_form_future(code: Code):
    events = code("Germany delivers tanks to Ukraine on Monday, July 24.")
    assert all(e.modality is not Modality.ASSERTED for e in _of(events, "AID"))


# --- stance events: announced acts are verbal acts now ---------------------------------------------


def test_announced_cooperation_is_agree(code: Code):
    events = code("Portugal will support Turkey's bid, the Portuguese foreign minister said on Tuesday.")
    agree = _one(events, "AGREE")
    assert agree.source.country == "PRT" and agree.source.agent == "GOV"
    assert agree.date == dt.date(2023, 7, 18)
    assert _one(events, "SUPPORT", Modality.FUTURE)


def test_announced_conflict_is_threaten(code: Code):
    events = code("Belarus said it could suspend its participation in the EU's partnership programme.")
    threat = _one(events, "THREATEN")
    assert threat.source.country == "BLR"
    assert threat.target is not None and threat.target.igo == "EU"  # the owner named inside the object


def test_possible_cooperation_promises_nothing(code: Code):
    """'could meet' says a meeting is possible: no AGREE (a promise), while 'could suspend' still threatens."""
    events = code("Chile could meet Peru halfway on the border dispute, the Chilean foreign minister said on Tuesday.")
    assert not [e for e in events if e.type == "AGREE"]
    assert _one(code("Chile will meet Peru on Friday, the Chilean foreign minister said on Tuesday."), "AGREE")


def test_refused_cooperation_is_reject(code: Code):
    events = code("Syria said it will not release the prisoners.")
    assert _one(events, "REJECT").source.country == "SYR"


def test_obligation_stated_by_another_is_request(code: Code):
    events = code("Russia said on Tuesday that Sudan must release the detained pilots.")
    request = _one(events, "REQUEST")
    assert (request.source.country, request.target.country) == ("RUS", "SDN")


def test_no_stance_for_someone_elses_act_or_a_condition(code: Code):
    other = code("South Korea's spy agency said North Korea could attack the South.")
    assert not _of(other, "THREATEN")  # the speaker is not the one who would act
    conditional = code("Iran will respond if Israel attacks its nuclear sites.")
    assert not [e for e in _of(conditional, "THREATEN") if e.source and e.source.country == "ISR"]


# --- attribution ---------------------------------------------------------------------------------


def test_reporting_verb_attributes_the_event(code: Code):
    event = _one(code("Russian troops shelled Kharkiv on Tuesday, Ukraine's military said."), "ASSAULT")
    assert event.attributed_to is not None and event.attributed_to.country == "UKR"


@pytest.mark.parametrize("text", [
    "The United States said it was concerned about the ruling, and the European Union called on Chile to free the men.",
    "Peru said on Monday it was concerned about the ruling, and Brazil called on Chile to free the men.",
])
def test_a_clause_with_its_own_subject_after_and_is_not_the_reporters(code: Code, text: str):
    event = _one(code(text), "REQUEST")
    assert event.source is not None and (event.source.country == "BRA" or event.source.igo == "EU"), event.source
    assert event.attributed_to is None, event.attributed_to


def test_according_to_attributes_the_event(code: Code):
    event = _one(code("Russian troops shelled Kharkiv on Tuesday, according to the Ukrainian military."), "ASSAULT")
    assert event.attributed_to is not None and event.attributed_to.country == "UKR"


def test_spokesperson_speaks_for_the_organisation(code: Code):
    text = ("Iraq's foreign ministry said on Wednesday that Turkish strikes had killed three people. "
            "A spokesperson also condemned the strikes.")
    accuse = [e for e in _of(code(text), "ACCUSE") if e.trigger == "condemned"]
    assert accuse and accuse[0].source.country == "IRQ"


# --- arguments: control, coordination, passives, compounds ------------------------------------------


def test_control_subject_acts(code: Code):
    event = _one(code("Syria says it is willing to withdraw its troops from Lebanon."), "AGREE")
    assert event.source.country == "SYR"


def test_coordinated_subjects_share_the_event(code: Code):
    events = _of(code("Kenya and Uganda condemned the attack on Tuesday."), "ACCUSE")
    assert {e.source.country for e in events} == {"KEN", "UGA"}


def test_passive_with_agent(code: Code):
    event = _one(code("Three soldiers were killed by Russian troops on Tuesday."), "ASSAULT")
    assert event.source.country == "RUS"


def test_compound_modifiers_make_two_actors(code: Code):
    text = "North Korea fired missiles on Tuesday, a day after U.S. and South Korean forces began joint exercises."
    event = _one(code(text), "COOPERATE")
    assert {event.source.country, event.target.country} == {"USA", "KOR"}


def test_utterance_noun_issuer_is_the_speaker(code: Code):
    text = "The Kurdistan Workers' Party issued a statement demanding that Turkey release its leader."
    assert _one(code(text), "REQUEST").target.country == "TUR"


def test_non_actor_subject_is_no_event(code: Code):
    assert not _of(code("The storm attacked the coast on Tuesday."), "ASSAULT")


def test_violent_instrument_subject_is_an_event(code: Code):
    event = _one(code("A roadside bomb killed three Iraqi soldiers near Basra on Sunday."), "ASSAULT")
    assert event.target is not None and event.target.country == "IRQ"


# --- actors from discourse ---------------------------------------------------------------------------


def test_bare_title_resolves_to_the_last_holder(code: Code):
    text = ("French President Emmanuel Macron arrived in Mali on Monday. "
            "The President condemned the attack on Tuesday.")
    accuse = _one(code(text), "ACCUSE")
    assert accuse.source.country == "FRA" and accuse.source.agent == "GOV"


def test_plural_pronoun_takes_the_last_group(code: Code):
    events = code("The Fijian rebels said they will release the prime minister on the weekend.")
    assert any(e.source and e.source.country == "FJI" for e in _of(events, "AGREE"))


def test_written_nationality_beats_a_name_lookup(code: Code):
    agree = _of(code("Portugal will support the plan, Portuguese President Mario Soares said."), "AGREE")
    assert agree and agree[0].attributed_to is not None and agree[0].attributed_to.country == "PRT"


def test_country_only_source_of_a_verbal_act_is_its_government(code: Code):
    event = _one(code("Kenya condemned the attack on Tuesday."), "ACCUSE")
    assert event.source.code == "KENGOV"


def test_sector_only_actor_belongs_to_the_home_country(code: Code):
    text = "Kenya's opposition called for new protests. Police arrested 40 protesters on Wednesday."
    event = _one(code(text), "COERCE")
    assert event.source.country == "KEN" and event.source.agent == "COP"


def test_the_dateline_alone_gives_no_home_country(code: Code):
    """A dateline says where the reporter filed: NAIROBI does not make the police Kenyan."""
    event = _one(code("Police arrested 40 protesters on Wednesday.", dateline="NAIROBI"), "COERCE")
    assert event.source.country is None


def test_the_dateline_counts_when_the_lede_names_its_country(code: Code):
    text = "Kenya and Uganda traded accusations. Police arrested 40 protesters on Wednesday."
    assert _one(code(text, dateline="KAMPALA"), "COERCE").source.country == "UGA"
    assert _one(code(text, dateline="NAIROBI"), "COERCE").source.country == "KEN"


# --- dates -----------------------------------------------------------------------------------------


def test_date_inherits_within_a_paragraph_but_not_across(code: Code):
    text = ("Russian forces shelled Kharkiv on Tuesday. Russian troops also attacked Izium.\n\n"
            "Russian troops attacked Kupiansk.")
    events = _of(code(text), "ASSAULT")
    izium = next(e for e in events if "Izium" in e.evidence.sentence)
    kupiansk = next(e for e in events if "Kupiansk" in e.evidence.sentence)
    assert izium.date == dt.date(2023, 7, 18) and izium.date_text.startswith("(context)")
    assert (kupiansk.date, kupiansk.date_precision) == (PUBLISHED, "published")  # not the other paragraph's


# --- places and quantities ---------------------------------------------------------------------------


def test_location_from_in_phrase(code: Code):
    event = _one(code("Kenyan police fired tear gas in Nairobi on Wednesday."), "ASSAULT")
    assert event.location is not None and event.location.country == "KEN"


def test_location_from_the_city_of(code: Code):
    event = _one(code("The RSF shelled the city of El Fasher on Thursday."), "ASSAULT")
    assert event.location is not None and event.location.country == "SDN"


def test_quantity_on_mobilize(code: Code):
    event = _one(code("Kenya deployed 5,000 police officers in Nairobi on Tuesday."), "MOBILIZE")
    assert event.quantity is not None and event.quantity.value == 5000


def test_quantity_on_assault(code: Code):
    event = _one(code("Russian missiles killed 12 civilians in Kharkiv on Tuesday."), "ASSAULT")
    assert event.quantity is not None and event.quantity.value == 12


# --- sentence-level merge ----------------------------------------------------------------------------


def test_one_event_per_act_in_a_sentence(code: Code):
    events = _of(code("The RSF shelled the city of El Fasher on Thursday, killing 12 civilians."), "ASSAULT")
    assert len(events) == 1
    merged = events[0]
    assert merged.date == dt.date(2023, 7, 20) and merged.quantity is not None and merged.quantity.value == 12


# --- lexical repairs ---------------------------------------------------------------------------------


def test_mislemmatised_verb_still_triggers(code: Code):
    assert _of(code("Angry activists from the Fatah Party have staged rallies in Gaza."), "PROTEST")


def test_event_noun_after_a_travel_verb(code: Code):
    assert _of(code("Iraqi President Saddam Hussein arrived in Amman on a visit on Wednesday."), "CONSULT")


# --- targets the clause does not name directly (docs/coding.md "Second-choice targets") ---------------


def _target_country(event: Event) -> str | None:
    return event.target.country if event.target is not None else None


@pytest.mark.parametrize(("text", "type_", "country"), [
    ("Japan halted economic aid to Serbia on Tuesday.", "SANCTION", "SRB"),  # complement of the object
    ("Albania denounced Serbia's crackdown on protesters.", "ACCUSE", "SRB"),  # owner of the object
    ("Serbia suspended mediation efforts with Croatia.", "SANCTION", "HRV"),  # complement of a generic head
    ("Pakistan threatened to break off diplomatic relations with Costa Rica.", "THREATEN", "CRI"),  # act in xcomp
    ("Israel refused to meet Jordan's foreign minister.", "REJECT", "JOR"),
    ("The United States speeded up the withdrawal of its forces from Panama.", "RETREAT", "PAN"),  # not the force
    ("Sweden pledged to send 20 million dollars of aid for Chad.", "AGREE", "TCD"),  # complement of the measure
    ("France deployed extra warships for a blockade against Libya.", "MOBILIZE", "LBY"),  # inside an adjunct
    ("Canada conceded to demands from Denmark.", "CONCEDE", "DNK"),
])
def test_governed_targets(code: Code, text: str, type_: str, country: str):
    assert _target_country(_one(code(text), type_)) == country


def test_own_forces_are_a_last_choice_target(code: Code):
    event = _one(code("Syria has again offered its troops to Lebanon's President Elias Hrawi."), "AGREE")
    assert _target_country(event) == "LBN"


def test_place_is_the_recipient_of_a_material_act(code: Code):
    visit = _one(code("Iraqi President Saddam Hussein arrived in Amman on a visit on Wednesday."), "CONSULT")
    assert _target_country(visit) == "JOR"


def test_second_choice_targets_never_make_a_sourceless_event(code: Code):
    events = code("Dozens were wounded in the besieged Bosnian town of Gorazde on Friday.")
    assert not [e for e in events if e.modality is Modality.ASSERTED and e.source is None and e.target is not None
                and e.target.agent is None]


def test_a_date_does_not_block_the_clause_subject_target(code: Code):
    event = _one(code("Greece on Monday demanded that Turkey withdraw its ships."), "REQUEST")
    assert _target_country(event) == "TUR"


def test_denied_clause_subject_is_not_the_target(code: Code):
    reject = _one(code("Moscow denied that Russian missiles hit the building."), "REJECT")
    assert reject.target is None
    request = _one(code("Ankara demanded that Sweden extradite the suspects."), "REQUEST")
    assert _target_country(request) == "SWE"


# --- naming is not phoning; names are not places; attempts are attacks ---------------------------------


@pytest.mark.parametrize("text", [
    "Germany criticised the Russian decision, calling it 'a step backwards'.",
    "Biden called Putin a war criminal.",
])
def test_call_with_a_complement_is_not_a_phone_call(code: Code, text: str):
    assert not _of(code(text), "CONSULT")


def test_call_without_complement_is_a_phone_call(code: Code):
    assert _of(code("Biden called Putin on Tuesday."), "CONSULT", Modality.ASSERTED)


def test_place_word_inside_a_longer_name_is_no_location(code: Code):
    events = code("Belarus will suspend its participation in the EU's Eastern Partnership programme.")
    assert events and all(e.location is None or e.location.country != "FJI" for e in events)


def test_attempted_assassination_is_an_asserted_assault(code: Code):
    event = _one(code("Rebels attempted to assassinate the president of Chad on Monday."), "ASSAULT")
    assert event.mode == "targeted"
    assert not _of(code("Rebels did not try to kill the governor."), "ASSAULT", Modality.ASSERTED)


# --- event nouns behind measures and generic heads -----------------------------------------------------


def test_event_noun_behind_a_generic_head(code: Code):
    events = _of(code("Arab League chief Chadli Klibi launched a mediation effort between Syria and Lebanon."),
                 "CONSULT", Modality.ASSERTED)
    assert {_target_country(e) for e in events} == {"SYR", "LBN"}  # one event per pair (docs/annotation.md)


def test_event_noun_behind_a_measure(code: Code):
    events = code("French warships on Monday launched 10 days of naval exercises in the Mediterranean.")
    assert _of(events, "MOBILIZE", Modality.ASSERTED)


def test_consensus_is_agreement(code: Code):
    assert _of(code("Israel and the Palestinians reached a consensus on water resources."), "AGREE",
               Modality.ASSERTED)


def test_refused_act_is_not_asserted(code: Code):
    events = code("Israel refused to meet Jordan's foreign minister.")
    assert _of(events, "REJECT", Modality.ASSERTED)
    assert not _of(events, "CONSULT", Modality.ASSERTED)


# --- round 3 ------------------------------------------------------------------------------------


def test_crowd_blocking_roads_is_a_protest(code: Code):
    text = "Hundreds of supporters of the opposition leader blocked roads in Nairobi on Tuesday."
    event = _one(code(text), "PROTEST")
    assert event.mode == "obstruct"
    assert event.source is not None and event.source.agent == "CVL"


def test_rebels_blocking_transport_is_a_protest(code: Code):
    event = _one(code("Rebels in Mali blocked transport into Bamako on Tuesday."), "PROTEST")
    assert event.source is not None and event.source.code == "MLIREB"


def test_forcing_an_organisation_out_is_an_expulsion(code: Code):
    event = _one(code("Jakarta forced the UN refugee agency out of the country."), "SANCTION")
    assert event.mode == "expel" and event.target is not None and event.target.igo


def test_forcing_people_out_is_a_deportation(code: Code):
    event = _one(code("The army forced out more than 1,000 refugees from their homes in Jenin."), "COERCE")
    assert event.mode == "deport"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The administration declared on Tuesday that China must drop barriers to U.S. exports.", "USA", "CHN"),
    ("Britain said on Friday that the Sudanese government must reach an agreement with the rebels.", "GBR", "SDN"),
])
def test_obligation_said_of_another_actor_is_a_request(code: Code, text: str, source: str, target: str):
    event = _one(code(text, dateline="WASHINGTON" if "administration" in text else None), "REQUEST")
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize("text", [
    "Analysts said the central bank of Brazil must raise interest rates.",
    "Russia said it must defend its borders.",
    "Russia said Sudan must not return the helicopter if asked.",
])
def test_obligation_without_a_request(code: Code, text: str):
    assert not _of(code(text), "REQUEST", Modality.ASSERTED)


def test_rebels_are_not_their_governments_side(code: Code):
    event = _one(code("Rwandan rebels announced that the Rwandan government must agree to constitutional changes."),
                 "REQUEST")
    assert event.source is not None and event.source.agent == "REB"
    assert event.target is not None and event.target.code == "RWAGOV"


def test_sector_takes_the_country_of_its_place(code: Code):
    event = _one(code("Britain said the rebels in Darfur must reach an agreement."), "REQUEST")
    assert event.target is not None and event.target.code == "SDNREB"


@pytest.mark.parametrize(("text", "type_", "source", "target"), [
    ("Palestinian riots against Israeli military policies are still continuing.", "PROTEST", "PSECVL", "ISR"),
    ("Talks between Serbia and Kosovo resumed in Brussels.", "CONSULT", "SRB", "XKX"),
    ("Fierce clashes between Sudanese troops and rebels broke out in Darfur on Monday.", "ASSAULT", "SDN", "SDN"),
])
def test_event_noun_subject_of_a_happening_verb(code: Code, text: str, type_: str, source: str, target: str):
    event = _one(code(text), type_)
    assert event.source is not None and (event.source.code or "").startswith(source)
    assert event.target is not None and event.target.country == target


def test_business_event_noun_subject_is_no_event(code: Code):
    assert not code("The company's talks with its lenders over a new credit facility are continuing.")


def test_agentless_sector_victims_take_the_place_country(code: Code):
    event = _one(code("Three soldiers were killed by an IED in Helmand province on Tuesday."), "ASSAULT")
    assert event.source is None
    assert event.target is not None and event.target.code == "AFGMIL"


def test_european_community_is_the_eu(code: Code):
    event = _one(code("European Community foreign ministers demanded the withdrawal of Serbian forces from Bosnia."),
                 "REQUEST")
    assert event.source is not None and event.source.igo == "EU"


# --- round 4: domestic targets and demand/refugee verbs ------------------------------------------


def test_domestic_protest_targets_own_government(code: Code):
    event = _one(code("Egyptian demonstrators rioted in the streets on Monday."), "PROTEST")
    assert event.source.country == "EGY"
    assert event.target is not None and event.target.code == "EGYGOV"


def test_domestic_police_coercion_targets_own_civilians(code: Code):
    event = _one(code("Turkish police prevented the demonstration on Monday."), "COERCE")
    assert event.target is not None and event.target.code == "TURCVL"


def test_named_protest_target_is_kept(code: Code):
    event = _one(code("Thousands of Iraqis protested against the United States on Friday."), "PROTEST")
    assert event.target is not None and event.target.country == "USA"


def test_refusing_to_meet_demands_is_reject(code: Code):
    events = code("The U.S. said it would not meet the hostage-takers' demands.")
    assert _of(events, "REJECT", Modality.ASSERTED)
    assert not _of(events, "CONSULT", Modality.ASSERTED)


def test_accepting_refugees_is_aid(code: Code):
    event = _one(code("Jordan accepted 5,000 refugees from Syria on Monday."), "AID")
    assert event.source.country == "JOR"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("The Democratic People's Republic of Korea accused the United States of provocations.", "PRK", "USA"),
    ("China accused the Democratic People's Republic of Korea of violating the agreement.", "CHN", "PRK"),
    ("The Kingdom of Saudi Arabia accused the Islamic Republic of Iran of sabotage.", "SAU", "IRN"),
    ("The Democratic Republic of the Congo accused Rwanda of backing the rebels.", "COD", "RWA"),
])
def test_a_states_formal_name_runs_through_its_of_complement(code: Code, text: str, source: str, target: str):
    """'People's Republic' alone reads as civilians and 'of Korea' as a place: the whole name is the state."""
    event = _one(code(text), "ACCUSE")
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target
