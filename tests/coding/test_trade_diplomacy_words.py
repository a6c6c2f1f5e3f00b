"""Trade and diplomatic wording found coding invented wire copy (issue 13), on invented sentences: raising a
tariff, regretting another's decision, vowing countermeasures and recalling an envoy from a host."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _pairs(tmp_path, text: str, kind: str) -> list[tuple]:
    return [
        (e.mode, e.source.code, e.target.code if e.target else None) for e in asserted(code_text(tmp_path, text), kind)
    ]


def test_raising_a_tariff_imposes_it(tmp_path):
    text = "Mexico raised tariffs on Brazilian sugar to 30 percent on Monday."
    assert [(s, t) for _, s, t in _pairs(tmp_path, text, "SANCTION")] == [("MEXGOV", "BRAGOV")]
    assert not _pairs(tmp_path, "The Mexican central bank raised interest rates on Monday.", "SANCTION")


def test_regretting_another_states_decision_disapproves_of_it(tmp_path):
    text = "Mexico imposed tariffs on Brazilian sugar on Monday. Brazil said it regretted the decision."
    assert _pairs(tmp_path, text, "ACCUSE") == [("disapprove", "BRAGOV", "MEXGOV")]
    assert _pairs(tmp_path, "The Brazilian president regretted the loss of life on Monday.", "ACCUSE") == []


def test_vowing_countermeasures_is_a_threat(tmp_path):
    text = "Mexico raised tariffs on Brazilian sugar on Monday. Brazil vowed to take countermeasures."
    assert [s for _, s, _ in _pairs(tmp_path, text, "THREATEN")] == ["BRAGOV"]
    assert not _pairs(tmp_path, text, "AGREE")


def test_an_envoy_recalled_to_or_from_a_host_targets_the_host(tmp_path):
    for text in (
        "Portugal recalled its ambassador to Luanda on Monday.",
        "Portugal recalled its envoy from Luanda on Monday.",
    ):
        assert _pairs(tmp_path, text, "SANCTION") == [("withdraw", "PRTGOV", "AGOGOV")], text


def test_a_ministry_named_by_a_plover_stem_keeps_its_possessive_country(tmp_path):
    """'Energy Ministry' was only the stem 'energy minist' in agents.yaml: the name fell apart to 'Ministry'."""
    text = (
        "Peru raised tariffs on Chilean copper on Monday. Peruvian officials said Peruvian mines were hurt. "
        "Chile's Energy Ministry condemned the move."
    )
    assert [e.source.code for e in asserted(code_text(tmp_path, text), "ACCUSE")] == ["CHLGOV"]


def test_tariffs_on_an_amount_of_goods_target_the_goods_country(tmp_path):
    """'tariffs on $3 billion of Korean cars': the amount is a partitive; its of-complement names the target."""
    text = "Vietnam imposed tariffs on $3 billion of Korean cars on Monday."
    assert [(s, t) for _, s, t in _pairs(tmp_path, text, "SANCTION")] == [("VNMGOV", "KORGOV")]
