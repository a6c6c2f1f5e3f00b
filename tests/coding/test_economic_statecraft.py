"""Economic statecraft found probing invented wire copy (lane probe-z): trade bans and export controls are
sanctions, not repression; shutting a country out of a payments network, suspending its trade preferences and
taking countermeasures against it reduce relations; an amount of goods under an event noun names no party."""

from __future__ import annotations

from coding_helpers import asserted, code_text


def _pairs(tmp_path, text: str, kind: str) -> list[tuple]:
    return [
        (e.mode, e.source.code, e.target.code if e.target else None) for e in asserted(code_text(tmp_path, text), kind)
    ]


def test_an_import_ban_on_a_country_is_a_sanction(tmp_path):
    for text in (
        "Canada banned imports of Peruvian copper on Monday.",
        "Canada imposed an import ban on Peruvian copper on Monday.",
    ):
        assert _pairs(tmp_path, text, "SANCTION") == [("discontinue", "CANGOV", "PERGOV")], text
        assert not _pairs(tmp_path, text, "COERCE"), text
    assert not _pairs(tmp_path, "Canada banned the sale of fireworks on Monday.", "SANCTION")


def test_export_restrictions_and_controls_are_sanctions(tmp_path):
    text = "Norway tightened export restrictions on Chile on Monday."
    assert _pairs(tmp_path, text, "SANCTION") == [("discontinue", "NORGOV", "CHLGOV")]
    text = "Norway tightened export controls on Chilean firms on Monday."
    assert [m for m, _, _ in _pairs(tmp_path, text, "SANCTION")] == ["discontinue"]
    assert not _pairs(tmp_path, "Norway tightened passport controls at its airports on Monday.", "SANCTION")


def test_cutting_a_country_off_from_a_network_is_a_sanction(tmp_path):
    text = "The European Union cut Peru off from the SWIFT payments network on Monday."
    assert _pairs(tmp_path, text, "SANCTION") == [("discontinue", "IGOEUREEC", "PERGOV")]
    assert not _pairs(tmp_path, "The storm cut the town off from the rest of the region on Monday.", "SANCTION")


def test_suspending_trade_preferences_for_a_country_targets_it(tmp_path):
    text = "Japan suspended trade preferences for Bolivia on Monday."
    assert _pairs(tmp_path, text, "SANCTION") == [("discontinue", "JPNGOV", "BOLGOV")]


def test_countermeasures_taken_are_a_sanction_and_vowed_ones_no_act(tmp_path):
    text = "Bolivia announced countermeasures against Chile on Monday."
    assert [(s, t) for _, s, t in _pairs(tmp_path, text, "SANCTION")] == [("BOLGOV", "CHLGOV")]
    assert not _pairs(tmp_path, "Bolivia said it could take countermeasures against Chile.", "SANCTION")


def test_an_amount_of_goods_under_an_event_noun_names_the_goods_country(tmp_path):
    text = "Peru retaliated with tariffs on $40 billion of Chilean goods on Monday."
    assert [(s, t) for _, s, t in _pairs(tmp_path, text, "SANCTION")] == [("PERGOV", "CHLGOV")]


def test_scrapping_or_removing_tariffs_and_sanctions_eases_them(tmp_path):
    for text in (
        "Chile scrapped tariffs on Peruvian sugar on Monday.",
        "Chile removed sanctions on Peru on Monday.",
    ):
        assert [e.source.code[:3] for e in asserted(code_text(tmp_path, text), "RETREAT")] == ["CHL"], text
    assert not asserted(code_text(tmp_path, "Chile scrapped the new stadium plan on Monday."), "RETREAT")


def test_an_asset_freeze_imposed_is_a_sanction(tmp_path):
    text = "Norway imposed an asset freeze on three Bolivian firms on Monday."
    assert [s for _, s, _ in _pairs(tmp_path, text, "SANCTION")] == ["NORGOV"]
    assert not _pairs(tmp_path, "Norway imposed a hiring freeze on Monday.", "SANCTION")


def test_placing_a_company_on_a_list_is_a_sanction(tmp_path):
    text = "The United States placed Huawei on its entity list on Monday."
    assert [s for _, s, _ in _pairs(tmp_path, text, "SANCTION")] == ["USAGOV"]
    assert not _pairs(tmp_path, "The magazine placed Huawei on its list of top employers on Monday.", "SANCTION")
    # a rule of 'put' lets no mined CAMEO pattern in ("put off a decision" reduces no relations)
    assert not _pairs(tmp_path, "The cabinet put off a decision on the budget until next week.", "SANCTION")
