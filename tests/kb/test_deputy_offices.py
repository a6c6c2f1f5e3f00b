"""A deputy's office keeps its country: "Chile's deputy ambassador" is CHLGOV (the modifier broke the chunk)."""

from __future__ import annotations

import datetime as dt

import pytest

from seismo.kb import KnowledgeBase

ON = dt.date(2024, 5, 2)


@pytest.mark.parametrize(("written", "code"), [
    ("Chile's deputy ambassador", "CHLGOV"), ("Peru's deputy foreign minister", "PERGOV"),
    ("Japan's vice foreign minister", "JPNGOV"), ("Ghana's deputy finance minister", "GHAGOV"),
])
def test_a_deputy_office_keeps_the_possessor_country(kb: KnowledgeBase, written: str, code: str) -> None:
    found = kb.resolve_phrase(written, ON)
    assert found is not None and found.actor.code == code


def test_deputy_alone_names_no_one(kb: KnowledgeBase) -> None:
    assert kb.resolve_phrase("the deputy", ON) is None


def test_a_sector_noun_before_a_named_group_describes_it(kb: KnowledgeBase) -> None:
    """'Sudan's paramilitary Rapid Support Forces' is the RSF (REB), not the Sudanese military."""
    found = kb.resolve_phrase("Sudan's paramilitary Rapid Support Forces", ON)
    assert found is not None and found.actor.code == "SDNREB"


def test_the_african_unions_security_organ_is_not_the_uns(kb: KnowledgeBase) -> None:
    found = kb.resolve_phrase("the African Union's Peace and Security Council", ON)
    assert found is not None and found.actor.igo == "AU"
    security = kb.resolve_phrase("the Security Council", ON)
    assert security is not None and security.actor.code == "IGOUNO"


@pytest.mark.parametrize("written", ["Marine Delacroix", "Jordan Whitfield", "Chad Okonkwo"])
def test_a_given_name_that_is_also_an_alias_starts_a_persons_name(kb: KnowledgeBase, written: str) -> None:
    """'Marine Le Pen' was the military, 'Jordan Bardella' the kingdom of Jordan."""
    found = kb.resolve_phrase(written, ON)
    assert found is None or (found.actor.agent != "MIL" and found.actor.country not in ("JOR", "TCD"))


@pytest.mark.parametrize(("written", "code"), [
    ("U.S. Marine Sgt. Dale Ortiz", "USAMIL"), ("Jordan", "JOR"), ("Chad", "TCD"), ("the Marines", None),
])
def test_the_aliases_still_read_before_a_rank_or_alone(kb: KnowledgeBase, written: str, code: str | None) -> None:
    found = kb.resolve_phrase(written, ON)
    assert found is not None and (code is None or found.actor.code == code)
