"""Whom a person pronoun and a ranked name stand for: the person in focus, the rank no part of the name.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted

pytestmark = pytest.mark.slow


def _target_codes(events, type_: str) -> set[str | None]:
    return {e.target.code if e.target else None for e in asserted(events, type_)}


def test_he_takes_the_object_of_the_sentence_before_over_an_older_subject(code) -> None:
    events = code("Omar Haddad, a Jordanian lawmaker, visited Cairo on Monday.\n\n"
                  "Last year the Egyptian authorities named Karim Aziz, a Jordanian activist, as a suspect. "
                  "He was later sanctioned by the Egyptian government.")
    assert _target_codes(events, "SANCTION") == {"JORCVL"}


def test_he_keeps_the_subject_of_its_own_paragraph(code) -> None:
    events = code("Omar Haddad, a Jordanian lawmaker, met Karim Aziz, an Egyptian diplomat, in Cairo on Monday. "
                  "He later accused the Egyptian government of hiding the talks.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"JORLEG"}


def test_a_surname_the_tagger_reads_as_a_place_is_still_a_person(code) -> None:
    """'Soleimani' alone is tagged LOC by the small model; the document named him as a person before."""
    events = code("United States military forces killed Qasem Soleimani, head of Iran's Quds Force, on Thursday. "
                  "In 2007, the United States government labeled Soleimani as a terrorist and levied sanctions "
                  "against him.")
    assert _target_codes(events, "SANCTION") == {"IRNMIL"}


def test_a_military_rank_before_a_name_is_the_military(code) -> None:
    events = code("Colombian General Andres Vilar accused the Venezuelan government of arming rebels on Monday.")
    assert {e.source.code for e in asserted(events, "ACCUSE") if e.source} == {"COLMIL"}


def test_the_rank_is_no_part_of_the_name(code) -> None:
    """'General Haddad' is the Omar Haddad introduced before, not a second person sharing his surname."""
    events = code("Omar Haddad, head of the Peruvian air force, arrived in Santiago on Monday. "
                  "General Haddad praised the Chilean government for its help.")
    assert {e.source.code for e in asserted(events, "SUPPORT") if e.source} == {"PERMIL"}
