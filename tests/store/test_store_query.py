"""Reading events: every EventFilter field, the documented order, paging and counting."""

from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError
from store_helpers import make_doc, make_event

from seismo.models import Actor, Modality
from seismo.store import EventFilter, Store

D = dt.date


@pytest.fixture
def filled(store: Store) -> Store:
    """Two documents whose events differ in one dimension each; ids name what they test."""
    rus = Actor(name="Russia", code="RUS", country="RUS")
    rusmil = Actor(name="Russian army", code="RUSMIL", country="RUS", agent="MIL")
    ukr = Actor(name="Ukraine", code="UKRGOV", country="UKR", agent="GOV")
    usa = Actor(name="United States", code="USAGOV", country="USA", agent="GOV")
    nato = Actor(name="NATO", code="IGOWSTNAT", igo="NATO")
    a_events = [
        make_event("a", 0, event_id="jan-assault", date=D(2024, 1, 10), source=rusmil, target=ukr),
        make_event("a", 1, event_id="feb-protest", type="PROTEST", date=D(2024, 2, 1), source=ukr,
                   target=None),
        make_event("a", 2, event_id="undated", date=None, source=usa, target=rus),
        make_event("a", 3, event_id="negated", date=D(2024, 1, 15), source=rus, target=ukr,
                   modality=Modality.NEGATED),
        make_event("a", 4, event_id="future", type="AID", date=D(2024, 3, 1), source=usa,
                   target=ukr, modality=Modality.FUTURE),
    ]
    b_events = [
        make_event("b", 0, event_id="b-jan-same-day", date=D(2024, 1, 10), source=nato, target=rus),
        make_event("b", 1, event_id="b-mar-aid", type="AID", date=D(2024, 3, 1), source=usa,
                   target=ukr),
    ]
    store.add_documents([make_doc("b", b_events), make_doc("a", a_events)])
    return store


def ids(store: Store, **filters: object) -> list[str]:
    return [e.event_id for e in store.events(EventFilter(**filters))]


def test_default_is_asserted_in_order(filled: Store) -> None:
    # date ascending (nulls last), then doc_id, then evidence start, then event_id
    assert ids(filled) == ["jan-assault", "b-jan-same-day", "feb-protest", "b-mar-aid", "undated"]
    assert filled.events() == filled.events(EventFilter())


def test_order_ties_broken_by_evidence_then_event_id(store: Store) -> None:
    events = [
        make_event("a", 0, event_id="z-first-offset"),
        make_event("a", 1, event_id="b-same-offset"),
        make_event("a", 1, event_id="a-same-offset"),
    ]
    store.add_documents([make_doc("a", events)])
    assert ids(store) == ["z-first-offset", "a-same-offset", "b-same-offset"]


def test_all_modalities(filled: Store) -> None:
    got = ids(filled, all_modalities=True)
    assert got == [
        "jan-assault", "b-jan-same-day", "negated", "feb-protest",
        "future", "b-mar-aid", "undated",
    ]  # fmt: skip


def test_modality_list(filled: Store) -> None:
    assert ids(filled, modality=["negated", "future"]) == ["negated", "future"]
    assert ids(filled, modality=["NEGATED"]) == ["negated"]
    assert ids(filled, modality=["future"], all_modalities=True) == ["future"]
    assert ids(filled, modality=[]) == []


def test_unknown_modality_rejected() -> None:
    with pytest.raises(ValidationError):
        EventFilter(modality=["maybe"])


def test_date_precision_list(store: Store) -> None:
    events = [
        make_event("a", 0, event_id="explicit"),
        make_event("a", 1, event_id="on-publication", date=D(2024, 3, 5), date_text=None,
                   date_precision="published"),
        make_event("a", 2, event_id="weekly", date_precision="week"),
    ]
    store.add_documents([make_doc("a", events)])
    assert ids(store, date_precision=["published"]) == ["on-publication"]
    assert ids(store, date_precision=["DAY", "week"]) == ["explicit", "weekly"]
    assert [e.date_precision for e in store.events(EventFilter(date_precision=["published"]))] == ["published"]
    with pytest.raises(ValidationError):
        EventFilter(date_precision=["publshed"])


def test_since_until_exclude_undated(filled: Store) -> None:
    assert ids(filled, since=D(2024, 2, 1)) == ["feb-protest", "b-mar-aid"]
    assert ids(filled, until=D(2024, 1, 10)) == ["jan-assault", "b-jan-same-day"]
    assert ids(filled, since=D(2024, 1, 11), until=D(2024, 2, 28)) == ["feb-protest"]


def test_type_case_insensitive(filled: Store) -> None:
    assert ids(filled, type="aid") == ["b-mar-aid"]
    assert ids(filled, type="AID", all_modalities=True) == ["future", "b-mar-aid"]
    assert ids(filled, type="Protest") == ["feb-protest"]


def test_actor_exact_or_prefix_on_source_or_target(filled: Store) -> None:
    assert ids(filled, actor="RUSMIL") == ["jan-assault"]
    assert ids(filled, actor="RUS") == ["jan-assault", "b-jan-same-day", "undated"]
    assert ids(filled, actor="rus") == ids(filled, actor="RUS")
    assert ids(filled, actor="IGO") == ["b-jan-same-day"]
    assert ids(filled, actor="MIL") == []  # prefix, not substring
    assert ids(filled, actor="RUS%") == []  # LIKE wildcards are plain characters


def test_country_source_or_target(filled: Store) -> None:
    assert ids(filled, country="USA") == ["b-mar-aid", "undated"]
    assert ids(filled, country="rus") == ["jan-assault", "b-jan-same-day", "undated"]
    assert ids(filled, country="RU") == []  # exact


def test_doc_id(filled: Store) -> None:
    assert ids(filled, doc_id="b") == ["b-jan-same-day", "b-mar-aid"]
    assert ids(filled, doc_id="missing") == []


def test_filters_combine(filled: Store) -> None:
    assert ids(filled, country="UKR", type="assault", since=D(2024, 1, 1)) == ["jan-assault"]
    assert ids(filled, doc_id="a", actor="USA", all_modalities=True) == ["future", "undated"]


def test_limit_offset_and_count(filled: Store) -> None:
    every = ids(filled)
    assert ids(filled, limit=2) == every[:2]
    assert ids(filled, limit=2, offset=2) == every[2:4]
    assert ids(filled, offset=4) == every[4:]
    assert ids(filled, limit=0) == []
    assert filled.count_events() == 5
    assert filled.count_events(EventFilter(limit=1, offset=1)) == 5  # paging ignored
    assert filled.count_events(EventFilter(all_modalities=True)) == 7
    assert filled.count_events(EventFilter(actor="RUS", since=D(2024, 1, 1))) == 2


def test_negative_paging_rejected() -> None:
    with pytest.raises(ValidationError):
        EventFilter(limit=-1)
    with pytest.raises(ValidationError):
        EventFilter(offset=-1)


def test_values_are_bound_not_formatted(filled: Store) -> None:
    hostile = "x' OR '1'='1"
    for field in ("type", "actor", "country", "doc_id"):
        assert ids(filled, **{field: hostile}) == []
    assert filled.count_events() == 5


def test_events_round_trip_fully(filled: Store) -> None:
    stored = {e.event_id: e for e in filled.events(EventFilter(all_modalities=True))}
    assert stored["negated"].source == Actor(name="Russia", code="RUS", country="RUS")
    assert stored["b-jan-same-day"].source is not None
    assert stored["b-jan-same-day"].source.igo == "NATO"
    assert stored["feb-protest"].target is None
    assert stored["future"].modality is Modality.FUTURE
