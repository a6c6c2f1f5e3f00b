"""Issue 13, GSR dyads: the argument mechanisms of ``test_dyad_arguments.py`` widened to their description, as
the phenomenon families in ``tests/phenomena/arguments.yaml`` measured them (other verbs of the same family,
coordinated modifiers, the kind of place in a verb's place phrase, a verb the lemmatizer cut short).

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

from seismo.nlp import load_pipeline

pytestmark = pytest.mark.slow


def _targets(events, type_: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in asserted(events, type_)}


# --- a verb the lemmatizer cuts short ("staged" -> "stag") still names the doer of the act --------------------


def test_staged_and_waged_keep_their_lemma() -> None:
    doc = load_pipeline()("The raids staged by the army were part of the war it waged and is still waging.")
    lemmas = {t.lower_: t.lemma_ for t in doc if t.pos_ == "VERB"}
    assert {w: lemmas.get(w) for w in ("staged", "waged", "waging")} == {
        "staged": "stage",
        "waged": "wage",
        "waging": "wage",
    }


def test_raids_staged_by_soldiers_are_theirs(code) -> None:
    events = code("Zambian officials condemned the raids staged by Malawian commandos on Monday.")
    assert _targets(events, "ACCUSE") == {"MWIMIL"}


# --- asylum is asked of the country it is sought in, whatever the verb ----------------------------------------


def test_asylum_requested_in_a_country_is_asked_of_it(code) -> None:
    events = code("Two Malawian pilots requested asylum in Zambia on Monday.")
    assert {t[:3] for t in _targets(events, "REQUEST") if t} == {"ZMB"}


def test_asylum_asked_for_at_an_embassy_is_asked_of_its_country(code) -> None:
    events = code("Three Malawian journalists asked for asylum at the Zambian embassy in Lilongwe on Monday.")
    assert {t[:3] for t in _targets(events, "REQUEST") if t} == {"ZMB"}


def test_help_asked_for_names_no_place_as_target(code) -> None:
    """The boundary: 'asked for help' keeps the plain rule (no place read as the one asked)."""
    events = code("The Zambian army asked for help in Lusaka on Monday.")
    assert asserted(events, "REQUEST") and not {t for t in _targets(events, "REQUEST") if t}


def test_assurances_sought_from_a_country_are_asked_of_it(code) -> None:
    events = code("Zambia sought guarantees from Malawi on Monday that Malawian troops would stay away.")
    assert _targets(events, "REQUEST") == {"MWIGOV"}


# --- coordinated kind words on a relation name no actor --------------------------------------------------------


def test_military_and_economic_ties_are_no_military(code) -> None:
    events = code("Zambia cut military and economic ties with Malawi on Monday.")
    assert _targets(events, "SANCTION") == {"MWIGOV"}


# --- a kind of place after its name, in the verb's place phrase, places the target ------------------------------


def test_villages_in_a_named_state_are_of_its_country(code) -> None:
    events = code("Malawian troops shelled villages in Borno state on Monday.")
    assert {t[:3] for t in _targets(events, "ASSAULT") if t} == {"NGA"}
