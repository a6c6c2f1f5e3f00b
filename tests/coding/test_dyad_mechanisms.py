"""Argument and type mechanisms the PLOVER gold records showed wrong, each on invented sentences: a demand a
protest voices is that PROTEST (no second REQUEST), and the recipient of a gift is its target (not the
thing given).

Each sentence is invented for the mechanism and runs the real pipeline (``code_text``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from coding_helpers import asserted, dyad_codes

from seismo.models import Modality

pytestmark = pytest.mark.slow
PUBLISHED = dt.date(2016, 9, 10)





@pytest.mark.parametrize("sentence", [
    "Thousands of Chilean teachers marched in Valparaiso on Tuesday to demand higher salaries.",
    "Peruvian miners demonstrated near Arequipa on Monday, demanding that the government cancel the tax.",
    "Hundreds of Kenyan students rallied in Mombasa on Friday calling for cheaper tuition.",
    "Bolivian truck drivers went on strike on Thursday, joining farmers in demanding lower fuel prices.",
])
def test_a_demand_voiced_by_a_protest_is_the_protest(code, sentence):
    events = code(sentence)
    assert asserted(events, "PROTEST"), [(e.type, e.trigger) for e in events]
    assert not asserted(events, "REQUEST"), [(e.type, e.trigger) for e in events]


@pytest.mark.parametrize("sentence", [
    "Chilean protesters called for the resignation of the interior minister on Tuesday.",
    "The Kenyan teachers' union, which went on strike last month, demanded talks with the ministry on Friday.",
])
def test_a_demand_in_its_own_clause_stays_a_request(code, sentence):
    assert asserted(code(sentence), "REQUEST")


@pytest.mark.parametrize("sentence", [
    "Japan is providing military intelligence to Ghana, officials said on Monday.",
    "Canada donated army field hospitals to Peru on Friday.",
])
def test_the_recipient_of_a_gift_is_the_target_not_the_thing_given(code, sentence):
    events = asserted(code(sentence), "AID")
    targets = {e.target.country for e in events if e.target is not None}
    assert targets and targets <= {"GHA", "CHL", "PER"}, dyad_codes(events)


@pytest.mark.parametrize(("sentence", "target"), [
    ("Thousands of Bolivians staged a rally in La Paz on Friday to denounce Chile's claim to the coast.", "CHL"),
    ("Peruvian students rallied in Lima on Monday, calling for the expulsion of the Chilean ambassador.", "CHL"),
])
def test_a_protest_is_aimed_at_whom_its_purpose_names(code, sentence, target):
    events = asserted(code(sentence), "PROTEST")
    assert any(e.target is not None and e.target.country == target for e in events), dyad_codes(events)


@pytest.mark.parametrize(("sentence", "source"), [
    ("The Hungarians of southern Slovakia demanded more schools in their language on Monday.", "SVK"),
    ("The Russians of eastern Estonia protested against the new language law on Sunday.", "EST"),
])
def test_an_of_country_complement_gives_the_mention_its_country(code, sentence, source):
    events = [e for e in code(sentence) if e.modality is Modality.ASSERTED and e.source is not None]
    assert events and all(e.source.country == source for e in events), dyad_codes(events)


def test_a_state_name_with_of_keeps_its_own_country(code):
    events = asserted(code("Chile on Monday urged the Democratic Republic of the Congo to free the journalists."),
                       "REQUEST")
    assert any(e.target is not None and e.target.country == "COD" for e in events), dyad_codes(events)


@pytest.mark.parametrize(("sentence", "type_", "pair"), [
    ("Chile is opposed to the Peruvian proposal, a Chilean minister said on Tuesday.", "REJECT", ("CHLGOV", "PERGOV")),
    ("Ghana is opposed to Togo joining the trade pact, its foreign minister said on Monday.", "REJECT",
     ("GHAGOV", "TGOGOV")),
    ("The Chilean proposal was opposed by Peru on Monday.", "REJECT", ("PERGOV", "CHLGOV")),
])
def test_stative_participle_subject_is_the_actor(code, sentence, type_, pair):
    """'X is opposed to Y' names X's stance: X opposes Y (a real passive keeps its by-agent as the actor)."""
    assert pair in dyad_codes(asserted(code(sentence), type_))


def test_stative_commitment_keeps_its_holder(code):
    events = asserted(code("Ecuador is committed to cutting its tariffs, the trade minister said on Friday."), "AGREE")
    assert events and events[0].source is not None and events[0].source.code.startswith("ECU")


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Chile demanded the withdrawal of Peruvian troops from Bolivia on Monday.", ("CHLGOV", "PERMIL")),
    ("Chile demanded compensation from Bolivia on Monday.", ("CHLGOV", "BOLGOV")),
])
def test_event_noun_of_complement_beats_its_from_place(code, sentence, pair):
    """A demanded act's of-complement is whom it is about; its own from-phrase is where the act happens (a plain
    object keeps 'from X' as whom the demand is made of)."""
    assert dyad_codes(asserted(code(sentence), "REQUEST")) == {pair}


@pytest.mark.parametrize(("sentence", "type_", "pair"), [
    ("Chile complained to the United Nations on Tuesday over two Peruvian air raids.", "ACCUSE", ("CHLGOV", "PERGOV")),
    # a state named alone that protests objects through its government (phenomenon state_protests_a_move)
    ("Ghana protested on Friday about Togolese border raids.", "ACCUSE", ("GHAGOV", "TGOGOV")),
])
def test_grievance_is_aimed_at_the_owner_of_the_act(code, sentence, type_, pair):
    """A complaint about an act that names no one else is aimed at whoever did the act."""
    codes = dyad_codes(asserted(code(sentence), type_))
    assert any(s and s.startswith(pair[0]) and t == pair[1] for s, t in codes), codes


def test_grievance_about_a_thing_keeps_the_domestic_reading(code):
    events = asserted(code("Chilean students protested on Tuesday over the new tuition fees."), "PROTEST")
    assert events and all(e.target is None or e.target.code.startswith("CHL") for e in events)


def test_object_shifted_past_an_as_phrase_is_the_target(code):
    """'denounced as a crime Togo's treatment of refugees': the object moved after the as-phrase is still what
    is denounced, and its owner the target."""
    events = asserted(code("Ghana on Friday denounced as a crime Togo's treatment of refugees."), "ACCUSE")
    assert ("GHAGOV", "TGOGOV") in dyad_codes(events)
