"""Issue 13, the argument failures of the ``tests/phenomena/arguments.yaml`` families: a passive verb whose subject
is an event noun, a document noun that is the object of the verb reading it, the noun of an asylum rule's
for-phrase, and a relation's with-phrase the parser hangs on the verb.

Invented sentences through the real pipeline (``code_text``), published on Friday 2023-03-10.
"""

from __future__ import annotations

import pytest
from coding_helpers import asserted, dyad_codes

pytestmark = pytest.mark.slow


def _countries(events, type_: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of each asserted event of one type."""
    return {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in asserted(events, type_)}


# --- a passive verb whose subject is an event noun: the noun is what was acted on, the by-phrase who acted ----


def test_talks_boycotted_by_lawmakers_are_their_protest(code) -> None:
    events = code("Talks with Malawi were boycotted by Zambian senators on Monday.")
    assert _countries(events, "PROTEST") == {("ZMB", "MWI")}


def test_a_raid_condemned_by_a_country_is_its_accusation(code) -> None:
    """The passive's agent condemns; the raid's author is blamed, not the posts it hit (PLOVER ACCUSE:
    "criticize ... responsible parties"; arguments.yaml harm_nouns)."""
    events = code("The raid by Malawian troops on Tanzanian border posts was condemned by Zambia on Monday.")
    assert ("ZMB", "MWI") in _countries(events, "ACCUSE")


def test_a_condemned_raid_does_not_blame_the_posts_it_hit(code) -> None:
    events = code("The raid on Tanzanian border posts was condemned by Zambia on Monday.")
    accusations = _countries(events, "ACCUSE")
    assert {s for s, _ in accusations} == {"ZMB"}
    assert not any(t == "TZA" for _, t in accusations)


def test_an_attack_that_killed_keeps_the_attackers(code) -> None:
    """The boundary: an event noun that is the acting subject still gives the verb its source."""
    events = code("An attack by Zambian troops killed five Malawian villagers on Monday.")
    assert "ZMB" in {s for s, _ in _countries(events, "ASSAULT")}


# --- a document noun is no issuer's when it is the object of the verb reading it -----------------------------


def test_welcoming_an_announcement_by_a_country_supports_that_country(code) -> None:
    events = code("The Zambian president welcomed the announcement by Malawi on Monday that its troops would leave.")
    assert _countries(events, "SUPPORT") == {("ZMB", "MWI")}


def test_welcoming_an_announcement_is_not_aimed_at_oneself(code) -> None:
    events = code("Zambia welcomed the announcement on Monday.")
    assert not any(s and s == t for s, t in dyad_codes(asserted(events, "SUPPORT")))


def test_a_statement_issued_earlier_is_still_its_issuers(code) -> None:
    """The boundary: the issuer rule still reads a document noun issued in an earlier sentence."""
    events = code("The Zambian ministry issued a statement on Monday. The statement condemned Malawi.")
    assert ("ZMB", "MWI") in _countries(events, "ACCUSE")


# --- asylum asked for in a country, the place hung on the noun of the for-phrase ------------------------------


def test_asylum_asked_for_in_a_country_is_asked_of_it(code) -> None:
    events = code("A Malawian colonel has asked for political asylum in Zambia, his lawyer said on Monday.")
    assert {t for _, t in _countries(events, "REQUEST")} == {"ZMB"}


def test_asylum_applied_for_in_a_country_is_asked_of_it(code) -> None:
    events = code("Forty Malawian sailors applied for asylum in Zambia on Monday.")
    assert {t for _, t in _countries(events, "REQUEST")} == {"ZMB"}


# --- a relation's with-phrase hung on the verb after a fronted phrase ------------------------------------------


def test_a_fronted_day_leaves_the_relation_partner_the_target(code) -> None:
    events = code("On Monday, Zambia froze military cooperation with Malawi.")
    assert _countries(events, "SANCTION") == {("ZMB", "MWI")}


def test_a_fronted_place_leaves_the_trade_partner_the_target(code) -> None:
    events = code("In a surprise move on Monday, the Zambian government suspended all trade with Malawi.")
    assert _countries(events, "SANCTION") == {("ZMB", "MWI")}



def test_co_mediators_are_not_each_others_partners(code) -> None:
    """'Egypt and Qatar mediated talks between Israel and Hamas': each mediates; they did not consult each other."""
    pairs = _countries(code("Egypt and Qatar mediated talks between Israel and Sudan on Monday."), "CONSULT")
    assert ("EGY", "QAT") not in pairs and ("QAT", "EGY") not in pairs
    assert {s for s, _ in pairs} == {"EGY", "QAT"}
