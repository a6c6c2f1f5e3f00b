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
    event = _one(code("Police arrested 40 protesters on Wednesday.", dateline="NAIROBI"), "COERCE")
    assert event.source.country == "KEN" and event.source.agent == "COP"


# --- dates -----------------------------------------------------------------------------------------


def test_date_inherits_within_a_paragraph_but_not_across(code: Code):
    text = ("Russian forces shelled Kharkiv on Tuesday. Russian troops also attacked Izium.\n\n"
            "Russian troops attacked Kupiansk.")
    events = _of(code(text), "ASSAULT")
    izium = next(e for e in events if "Izium" in e.evidence.sentence)
    kupiansk = next(e for e in events if "Kupiansk" in e.evidence.sentence)
    assert izium.date == dt.date(2023, 7, 18) and izium.date_text.startswith("(context)")
    assert kupiansk.date is None


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
