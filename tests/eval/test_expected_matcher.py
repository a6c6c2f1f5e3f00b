"""The lenient expected-events matcher (seismo.evaluation.expected): partial dates, unknown keys."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from seismo.evaluation.expected import check_expected, date_matches, event_matches
from seismo.models import Actor, Event, Evidence, Modality


def _event(date: dt.date | None, **kw: object) -> Event:
    return Event(
        event_id="e", doc_id="d", type="ASSAULT", date=date,
        source=Actor(name="Russian troops", code="RUSMIL", country="RUS", agent="MIL"),
        evidence=Evidence(sentence="s", start=0, end=1), **kw,  # type: ignore[arg-type]
    )


@pytest.mark.parametrize(
    ("wanted", "ok"),
    [
        ("2021-08-10", True),
        (dt.date(2021, 8, 10), True),  # an unquoted YAML date
        ("2021-08-11", False),
        ("2021-08", True),
        ("2021-09", False),
        ("2021", True),
        (2021, True),  # an unquoted YAML year is an int
        ("2020", False),
        ("202", False),  # not a year: no prefix match on 3 digits
        (["2020", "2021-08"], True),
        (["2021-08-09", "2021-08-11"], False),
    ],
)
def test_date_matches_day_month_year_and_lists(wanted: object, ok: bool) -> None:
    assert date_matches(dt.date(2021, 8, 10), wanted) is ok


def test_no_event_date_never_matches() -> None:
    assert not date_matches(None, "2021")


def test_partial_dates_from_yaml_and_unknown_keys() -> None:
    spec = yaml.safe_load(
        "type: ASSAULT\nsource: {country: RUS}\ndate: 2021\nevidence: troops fired\n"
        "note: a year only\nmode: firearms\nid: x\n"
    )
    assert spec["date"] == 2021
    assert not event_matches(_event(dt.date(2021, 3, 1)), spec)  # mode is checked
    assert event_matches(_event(dt.date(2021, 3, 1), mode="firearms"), spec)
    assert not event_matches(_event(dt.date(2022, 3, 1), mode="firearms"), spec)
    month = {"type": "ASSAULT", "date": "2021-03"}
    assert event_matches(_event(dt.date(2021, 3, 31)), month)
    assert not event_matches(_event(dt.date(2021, 4, 1)), month)


def test_full_dates_keep_exact_matching() -> None:
    report = check_expected(
        [_event(dt.date(2022, 2, 15)), _event(dt.date(2022, 2, 16), modality=Modality.FUTURE)],
        {"must": [{"id": "a", "type": "ASSAULT", "date": dt.date(2022, 2, 15)},
                  {"id": "b", "type": "ASSAULT", "date": "2022-02-14"}],
         "must_not": [{"date_after": "2022-02-15"}]},
    )
    assert report.missing == ["b"]
    assert report.forbidden == []  # the later event is future: not asserted


def test_location_name_may_be_a_list_of_acceptable_names() -> None:
    from seismo.evaluation.expected import place_matches
    from seismo.models import Location

    event = _event(None, location=Location(name="Kyiv", country="UKR", lat=50.45, lon=30.52))
    assert place_matches(event, {"name": ["Kiev", "Kyiv"]})
    assert not place_matches(event, {"name": ["Kharkiv", "Odesa"]})
    assert place_matches(event, {"country": "UKR", "name": "kyiv"})


@pytest.mark.parametrize(
    ("coded", "gold", "ok"),
    [
        ("Kandahār", "Kandahar", True),  # the gazetteer keeps diacritics, the article and the annotator do not
        ("São Paulo", "Sao Paulo", True),
        ("Kyiv", "Kiev", True),  # another name of the same gazetteer place
        ("Ar Raqqah", "Raqqa", True),
        ("Kyiv", "Kharkiv", False),
        ("Kandahār", "Kabul", False),
    ],
)
def test_location_names_compare_places_not_spellings(coded: str, gold: str, ok: bool) -> None:
    from seismo.evaluation.expected import place_matches
    from seismo.models import Location

    event = _event(None, location=Location(name=coded, country="XXX"))
    assert place_matches(event, {"name": gold}) is ok


def test_actor_name_must_not_forbids_acting_not_being_quoted() -> None:
    """An outlet may be who says so ("according to Reuters"); it must not be source or target."""
    reuters = Actor(name="Reuters", code=None)
    quoted = _event(None, modality=Modality.ASSERTED, attributed_to=reuters)
    acting = _event(None, modality=Modality.ASSERTED, target=reuters)
    spec = {"must_not": [{"actor_name": "Reuters"}]}
    assert check_expected([quoted], spec).ok
    assert not check_expected([acting], spec).ok
