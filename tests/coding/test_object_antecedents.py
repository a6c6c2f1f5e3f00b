"""Issue 13 item 3, arguments: an object pronoun ('it', a relative 'which') takes its antecedent, so that the
trigger's sense rules and the judged act's doer read the noun it stands for (``coding/antecedents.py``).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, code_text

from seismo.coding.antecedents import object_antecedents
from seismo.nlp.pipeline import load_pipeline

pytestmark = pytest.mark.slow



def _antecedents(text: str, pronoun: str) -> list[str]:
    doc = load_pipeline()(text)
    token = next(t for t in reversed(doc) if t.lower_ == pronoun)
    return [t.lemma_.lower() for t in object_antecedents(token)]


# --- what the pronoun stands for -----------------------------------------------------------------------

def test_it_takes_the_subject_noun_of_the_previous_sentence() -> None:
    assert _antecedents("A curfew was imposed in the capital last week. The council voted to lift it on Monday.",
                        "it") == ["curfew"]


def test_it_never_takes_its_own_clause_subject() -> None:
    """'the council voted to lift it': the council does not lift itself."""
    assert _antecedents("The council voted to lift it on Monday.", "it") == []


def test_it_before_a_complement_names_nothing() -> None:
    """'made it clear that': the pronoun looks ahead to the clause, not back to the ban."""
    assert _antecedents("The ban was announced on Sunday. The minister made it clear that talks would go on.",
                        "it") == []


def test_which_takes_the_noun_and_the_noun_its_phrase_modifies() -> None:
    assert _antecedents("The union sent the mayor a proposal for the strike, which he rejected.",
                        "which") == ["strike", "proposal"]


# --- the sense rules read the antecedent ----------------------------------------------------------------

def test_lifting_it_lifts_the_restriction_named_before(code) -> None:
    events = code("The Peruvian government imposed a curfew in Lima on Monday. "
                  "The Peruvian cabinet voted to lift it on Thursday.")
    assert asserted(events, "CONCEDE")


def test_postponing_it_postpones_the_election_named_before(code) -> None:
    events = code("Bolivia was due to hold its presidential election on Sunday, "
                  "but the Bolivian president postponed it on Wednesday, citing the floods.")
    assert any(e.mode == "restrict" for e in asserted(events, "COERCE"))


def test_it_for_a_person_noun_does_not_lift(code) -> None:
    """Without a restriction before it, 'lift it' stays uncoded."""
    events = code("The Peruvian president visited the flooded town on Monday. "
                  "The Peruvian army lifted it out of the mud on Thursday.")
    assert not asserted(events, "CONCEDE")


# --- the judged act read through the relative pronoun ----------------------------------------------------

def test_rejecting_a_plan_targets_whoever_sent_it(code) -> None:
    events = code("The Kenyan government sent the Ugandan government a plan for the border talks, "
                  "which Ugandan officials rejected on Monday.")
    assert {e.target.code if e.target else None for e in asserted(events, "REJECT")} == {"KENGOV"}


def test_him_stands_for_a_role_holder_named_before(tmp_path):
    """'expelled the German ambassador, accusing him of ...': one holder of a personal role (titles.yaml
    speaker_heads) is a person an object 'him' can stand for."""
    events = code_text(tmp_path, "Venezuela expelled the German ambassador on Wednesday, accusing him of interfering "
                                 "in its internal affairs.")
    assert [(e.source.country, e.target.country if e.target else None) for e in asserted(events, "ACCUSE")] \
        == [("VEN", "DEU")]


def test_a_person_whose_given_name_is_a_capital_is_no_government(tmp_path):
    """'Sofia Ivanova', 'Kabul Ahmed': the tagger's PERSON over the whole name; the capital is only the given name."""
    events = asserted(code_text(tmp_path, "Belarusian police detained Sofia Ivanova in Minsk on Sunday."), "COERCE")
    assert events and all(e.target is None or e.target.country != "BGR" for e in events)
