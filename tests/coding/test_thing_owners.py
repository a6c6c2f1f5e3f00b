"""Recipients of acts aimed at a thing: who owns or put forward the law, plan or policy condemned or rejected
(``recipients.object_owner``), and the clause subject when the parser hangs a name on the verb too.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, target_codes

from seismo.coding.antecedents import object_antecedents
from seismo.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.slow



# --- the owner named around the object -----------------------------------------------------------------

def test_the_subject_of_a_relative_clause_on_the_object_owns_it(code) -> None:
    assert target_codes(code("Britain rejected the plan Russia had proposed on Monday."), "REJECT") == {"RUSGOV"}


def test_the_by_agent_of_a_participle_on_the_object_made_it(code) -> None:
    events = code("The European Union criticised the sanctions imposed by the United States on Monday.")
    assert target_codes(events, "ACCUSE") == {"USAGOV"}


def test_a_light_verbs_against_phrase_is_the_event_nouns_object(code) -> None:
    events = code("Kenyan lawyers filed a lawsuit against the ban that the Kenyan government announced on Monday.")
    assert target_codes(events, "ACCUSE") == {"KENGOV"}


def test_a_relative_pronoun_subject_names_no_owner(code) -> None:
    """'the attack that killed 12 people': 'that' is the attack itself, no one who made it."""
    events = code("The Kenyan president condemned the attack that killed 12 people on Monday.")
    assert target_codes(events, "ACCUSE") <= {None}


# --- a pronoun's thing belongs to whoever put it forward ----------------------------------------------

def test_it_names_the_thing_its_proposer_announced(code) -> None:
    events = code("Iran announced a new law on Monday. The European Union condemned it on Tuesday.")
    assert target_codes(events, "ACCUSE") == {"IRNGOV"}


def test_which_names_the_thing_its_proposer_put_forward(code) -> None:
    events = code("Malaysia has maintained a policy of turning away boats, which the United Nations has criticised.")
    assert target_codes(events, "ACCUSE") == {"MYSGOV"}


def test_a_relative_clause_hung_on_a_day_stands_for_the_verbs_object() -> None:
    doc = load_pipeline()("Russia proposed a peace plan on Monday, which Ukraine rejected.")
    which = next(t for t in doc if t.lower_ == "which")
    assert [t.lemma_ for t in object_antecedents(which)] == ["plan"]


# --- two subjects on one verb -------------------------------------------------------------------------

def test_a_name_set_off_by_commas_is_not_the_clause_subject(code) -> None:
    """'According to the mayor, Dee Margo, police were investigating': the parser hangs the name on the verb too;
    the police act."""
    events = code("According to the governor, Johnson Sakaja, Kenyan police arrested the opposition leader on Monday.")
    assert {e.source.code for e in asserted(events, "COERCE") if e.source} == {"KENCOP"}


def test_whose_marks_the_owner_of_the_thing_attacked(code) -> None:
    events = code("A Kenyan journalist whose car was attacked by police filed a complaint on Monday.")
    assert target_codes(events, "ASSAULT") == {"KENMED"}


def test_whose_marks_the_owner_of_the_homes_shelled(code) -> None:
    events = code("Kenyan villagers whose homes were shelled by Somali militants fled on Monday.")
    assert target_codes(events, "ASSAULT") == {"KENCVL"}


def test_whose_reaches_through_a_reported_passive(code) -> None:
    events = code("Protesters carried pictures of a Kenyan student whose eye was said to have been injured by police.")
    assert target_codes(events, "ASSAULT") == {"KENEDU"}
