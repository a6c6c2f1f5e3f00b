"""A summons to protest: the summoner protests to the envoy summoned; the envoy protests nothing."""

from __future__ import annotations

from coding_helpers import asserted, dyad_codes


def test_summoner_protests_not_the_envoy(code):
    events = asserted(code("Austria summoned the Turkish ambassador to protest."), "ACCUSE")
    assert ("AUTGOV", "TURGOV") in dyad_codes(events)
    assert not any(e.source and e.source.code == "TURGOV" for e in events)


def test_envoy_summoned_to_explain_keeps_his_own_act(code):
    events = asserted(code("Israel summoned the Spanish ambassador to explain."), "ACCUSE")
    assert dyad_codes(events) == {("ISRGOV", "ESPGOV")}


def test_summons_read_as_relative_clause(code):
    text = "The Chinese foreign ministry summoned the Italian ambassador on Wednesday to protest."
    events = asserted(code(text), "ACCUSE")
    assert dyad_codes(events) == {("CHNGOV", "ITAGOV")}
