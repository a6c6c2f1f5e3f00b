"""Conduct idioms on event verbs and names read as modals (invented sentences; coding/idiom_frames.py,
coding/false_negations.repair_false_modals)."""

from __future__ import annotations

from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]


def test_stabbed_a_country_in_the_back_is_a_condemnation(code: Code):
    events = code("Erdogan said the United States had stabbed Turkey in the back.")
    assert not asserted(events, "ASSAULT")
    condemned = [e for e in asserted(events, "ACCUSE") if e.target is not None and e.target.country == "USA"]
    assert condemned and condemned[0].source is not None and condemned[0].source.country == "TUR"


def test_stabbing_a_person_in_the_back_is_an_attack(code: Code):
    assert asserted(code("Militants stabbed a soldier in the back in Kano on Monday."), "ASSAULT")
    assert asserted(code("A police officer was stabbed in the back by a militant in Paris on Monday."), "ASSAULT")


def test_negotiating_in_bad_faith_tells_no_talks(code: Code):
    events = code("Russia is negotiating in bad faith, the Ukrainian foreign minister said on Monday.")
    assert not asserted(events, "CONSULT")
    assert [e for e in asserted(events, "ACCUSE") if e.target is not None and e.target.country == "RUS"]


def test_negotiating_in_good_faith_is_still_talks(code: Code):
    events = code("Russia and Ukraine negotiated in Istanbul on Monday.")
    assert asserted(events, "CONSULT")


def test_can_tho_is_a_city_not_a_modal(code: Code):
    for text in ("Authorities in Can Tho detained three activists on Monday.",
                 "Can Tho police arrested 20 protesters on Monday."):
        events = asserted(code(text), "COERCE")
        assert events and events[0].source is not None and events[0].source.country == "VNM", text


def test_a_modal_before_a_bare_verb_stays_a_modal(code: Code):
    events = code("Police can arrest protesters without a warrant, the court ruled on Monday.")
    assert not [e for e in asserted(events, "COERCE") if e.trigger == "arrest"]
