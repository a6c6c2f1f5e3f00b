"""A sentence-opening 'he'/'she' continues the main-clause subject of the sentence before, a named person the
knowledge base may not know, not the subject of a clause inside it (pronouns.continued_person). Invented people."""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _accusers(events):
    return {e.source.name for e in asserted(events, "ACCUSE") if e.source is not None}


def test_he_is_the_speaker_not_the_person_in_the_reported_clause(code):
    events = code("Peruvian army chief General Tomas Quispe told reporters on Monday that Rosa Villca had fled. "
                  "He accused the Bolivian government of sheltering her.")
    accused = asserted(events, "ACCUSE")
    assert accused and all(e.source and e.source.code == "PERMIL" for e in accused), accused


def test_she_after_a_known_leader_in_the_reported_clause_is_the_speaker(code):
    events = code("Kenyan opposition figure Amina Wekesa said on Monday that William Ruto had called her. "
                  "She accused the Ugandan government of arming the militias.")
    assert "Ruto" not in " ".join(_accusers(events)), asserted(events, "ACCUSE")


def test_a_sentence_whose_main_subject_is_no_person_leaves_the_latest_person(code):
    events = code("Peruvian police said on Monday that General Tomas Quispe had fled. "
                  "He accused the Bolivian government of sheltering him.")
    assert not [e for e in asserted(events, "ACCUSE") if e.source and e.source.agent == "COP"], events
