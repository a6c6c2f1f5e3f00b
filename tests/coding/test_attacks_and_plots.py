"""Hostages seized by armed groups, and plots foiled before they were carried out (invented sentences)."""

from __future__ import annotations

from collections.abc import Callable

from coding_helpers import asserted

from seismo.models import Event

Code = Callable[..., list[Event]]


def test_militants_seizing_hostages_abduct_them(code: Code):
    events = code("Islamist militants seized 30 hostages at a gas plant in southern Algeria on Wednesday.")
    assert [e for e in asserted(events, "ASSAULT") if e.mode == "abduct"]
    assert not asserted(events, "COERCE")


def test_gunmen_seizing_engineers_abduct_them(code: Code):
    events = code("Gunmen seized two Chinese engineers near Kano on Monday.")
    assert [e for e in asserted(events, "ASSAULT") if e.mode == "abduct"]


def test_rebels_seizing_a_city_or_police_seizing_drugs_abduct_no_one(code: Code):
    for text in ("Taliban fighters seized the provincial capital of Kunduz on Monday.",
                 "Police seized 20 kilograms of heroin in Lagos on Monday."):
        assert not [e for e in code(text) if e.mode == "abduct"], text


def test_a_foiled_plot_to_bomb_is_no_bombing(code: Code):
    events = code("Belgian police foiled a plot to bomb a train station in Brussels on Monday.")
    assert not asserted(events, "ASSAULT")


def test_a_thwarted_plan_to_attack_is_no_attack(code: Code):
    events = code("Kenyan security forces thwarted a plan to attack the US embassy in Nairobi on Monday.")
    assert not asserted(events, "ASSAULT")


def test_a_suicide_car_bomber_is_no_bomber_aircraft(code: Code):
    events = code("A suicide car bomber struck a police checkpoint in Kabul on Saturday, killing eight policemen.")
    attacks = asserted(events, "ASSAULT")
    assert attacks and all(e.source is None or e.source.agent != "MIL" for e in attacks)
