"""Surnames shared by several people, and surnames the builder blocks as common words.

An undated surname prefers heads of state or government, then the most prominent person
(people.prominence); a title + surname ("President Bush") names the holder of that kind of
office near the event date even when the bare surname ("bush") is a common word.
"""

from __future__ import annotations

import datetime as dt

from seismo.kb import KnowledgeBase
from seismo.kb.loader import titled_surname
from seismo.kb.people import prominence
from seismo.kb.records import Person, Role

D = dt.date


def _role(role: str, start: dt.date, end: dt.date | None = None) -> Role:
    return Role(country="XXX", role=role, title="", agent="GOV", start=start, end=end)


def test_undated_obama_is_the_us_president_and_the_namesakes_are_named(kb: KnowledgeBase):
    found = kb.resolve_phrase("Obama")
    assert found is not None and found.ambiguous
    assert found.actor.code == "USAGOV", found.reason
    assert "Obama Asue" in found.reason and "Obama Nfubea" in found.reason
    assert "most prominent" in found.reason


def test_prominence_counts_terms_then_an_early_wikidata_item():
    one_term_early = Person("Q76", "A B", [_role("HOS", D(2009, 1, 1))])
    one_term_late = Person("Q602837", "C B", [_role("HOG", D(2016, 1, 1))])
    two_terms = Person("Q999999", "D B", [_role("HOG", D(2001, 1, 1)), _role("FM", D(1990, 1, 1))])
    ranked = sorted([one_term_late, one_term_early, two_terms], key=prominence, reverse=True)
    assert [p.pid for p in ranked] == ["Q999999", "Q76", "Q602837"]
    hand = Person("hand:x-b", "X B", [_role("HOG", D(2020, 1, 1))])
    assert prominence(hand) < prominence(one_term_late)  # no Wikidata id: least known


def test_title_and_blocked_surname_name_the_office_holder(kb: KnowledgeBase):
    for on in (None, D(2005, 3, 1)):
        found = kb.resolve_phrase("President Bush", on)
        assert found is not None and found.actor.code == "USAGOV", found
        assert "George W. Bush" in found.reason
    assert kb.resolve_phrase("Bush", D(2005, 3, 1)) is None  # a common word alone
    assert kb.resolve_phrase("bush", D(2005, 3, 1)) is None


def test_title_must_name_an_office_the_person_held_near_the_date(kb: KnowledgeBase):
    wrong_office = kb.resolve_phrase("Defence Minister Bush", D(2005, 3, 1))
    assert wrong_office is None or "George W. Bush" not in wrong_office.reason
    too_late = kb.resolve_phrase("President Bush", D(2030, 1, 1))
    assert too_late is None or "George W. Bush" not in too_late.reason


def test_running_text_titled_surname_but_not_the_common_word(kb: KnowledgeBase):
    text = "President Bush spoke at the ranch. The bush behind him caught fire."
    found = kb.find_actor_mentions(text, D(2005, 3, 1))
    assert [(text[s:e], r.actor.code) for s, e, r in found] == [("President Bush", "USAGOV")]


def test_other_titles_and_surnames(kb: KnowledgeBase):
    assert kb.resolve_phrase("Chancellor Merkel", D(2010, 3, 1)).actor.code == "DEUGOV"
    assert kb.resolve_phrase("Prime Minister Modi", D(2016, 3, 1)).actor.code == "INDGOV"


def test_titled_surname_only_for_office_holders_without_that_alias():
    bush = Person("Q207", "George W. Bush", [_role("HOS", D(2001, 1, 1))])
    assert titled_surname(bush, {"George W. Bush", "George Bush"}) == "Bush"
    assert titled_surname(bush, {"George W. Bush", "Bush"}) is None  # already an alias
    assert titled_surname(Person("Q1", "Madonna", [_role("HOS", D(2001, 1, 1))]), set()) is None
    junior = Person("Q2", "Ann Field", [_role("MINISTER", D(2001, 1, 1))])
    assert titled_surname(junior, set()) is None  # no title names that office
