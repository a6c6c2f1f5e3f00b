"""scripts/field_errors.py sorts source/target disagreements into kinds, as totals (safe on held-out folders)."""

from __future__ import annotations

from eval_helpers import load_script

from seismo.models import Actor


def _module():
    return load_script("field_errors")


def _kind():
    return _module().kind


def test_disagreements_are_sorted_into_kinds() -> None:
    kind = _kind()
    police = Actor(name="police", code="KENCOP", country="KEN", agent="COP")
    assert kind(None, {"country": "KEN"}) == "none coded"
    assert kind(Actor(name="Abu Dhabi Media"), {"country": "ARE"}) == "actor with no code"
    assert kind(police, {"country": "UGA", "agent": "COP"}) == "wrong country"
    assert kind(police, {"country": ["KEN", "UGA"], "agent": ["GOV", "MIL"]}) == "wrong sector"
    assert kind(police, {"country": "UGA", "agent": "GOV"}) == "wrong country and sector"
    assert kind(police, {"country": "KEN", "agent": "COP", "name": "Kenyan police"}) == "other (name, IGO)"


def test_must_items_are_counted_under_their_first_gold_type() -> None:
    import collections
    from types import SimpleNamespace

    tally_item = _module().tally_item
    by_type: dict = collections.defaultdict(collections.Counter)
    item = lambda t: SimpleNamespace(spec={"type": t})  # noqa: E731
    tally_item(by_type, SimpleNamespace(item=item(["AGREE", "SUPPORT"]), found=True, aligned=0, nothing_coded=False))
    tally_item(by_type, SimpleNamespace(item=item("AGREE"), found=False, aligned=2, nothing_coded=False))
    tally_item(by_type, SimpleNamespace(item=item("AGREE"), found=False, aligned=None, nothing_coded=True))
    assert by_type["AGREE"] == {"total": 3, "found": 1, "aligned": 1, "nothing": 1}
    assert "SUPPORT" not in by_type


def test_place_and_date_disagreements_are_sorted_into_kinds() -> None:
    import datetime as dt

    from seismo.models import Location

    module = _module()
    kabul = Location(name="Kabul", country="AFG")
    assert module.place_kind(None, {"country": "AFG"}) == "none coded"
    assert module.place_kind(kabul, {"country": "PAK", "name": "Quetta"}) == "wrong country"
    assert module.place_kind(kabul, {"country": ["PAK", "AFG"], "name": "Kandahar"}) == "right country, other place"
    published = dt.date(2019, 9, 17)
    assert module.date_kind(None, "2019-09-15", published) == "none coded"
    assert module.date_kind(published, "2019-09-15", published) == "publication day coded"
    assert module.date_kind(dt.date(2019, 9, 14), ["2019-09-15", "2019-09-16"], published) == "off by 1 day"
    assert module.date_kind(dt.date(2019, 9, 10), "2019-09-15", published) == "off by 2-7 days"
    assert module.date_kind(dt.date(2019, 8, 1), "2019-09-15", published) == "off by more than a week"
    assert module.date_kind(dt.date(2019, 8, 1), "2019-09", published) == "other (gold month or year)"
