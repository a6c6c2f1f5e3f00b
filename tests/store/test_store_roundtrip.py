"""Insert-then-read returns exactly what went in (sqlite-utils' test_hypothesis pattern)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_helpers import make_doc, make_event

from seismo.models import (
    Actor,
    Article,
    CodedDocument,
    Event,
    Evidence,
    Location,
    Modality,
    Quantity,
)
from seismo.store import EventFilter, Store
from seismo.store.rows import EVENT_COLUMNS, event_to_row, row_to_event

INT32 = st.integers(min_value=-(2**31), max_value=2**31 - 1)
FLOATS = st.floats(allow_nan=False)  # NaN never equals itself; infinities are kept
text = st.text()  # any unicode, including NUL and astral characters
maybe_text = st.none() | text


def actors() -> st.SearchStrategy[Actor | None]:
    actor = st.builds(
        Actor, name=text, code=maybe_text, country=maybe_text, agent=maybe_text, igo=maybe_text
    )
    return st.none() | actor


events = st.builds(
    Event,
    event_id=text,
    doc_id=st.just("doc"),
    type=text,
    mode=maybe_text,
    cameo=maybe_text,
    goldstein=st.none() | FLOATS,
    quad_class=st.none() | INT32,
    modality=st.sampled_from(Modality),
    source=actors(),
    target=actors(),
    attributed_to=actors(),
    date=st.none() | st.dates(),
    date_text=maybe_text,
    date_precision=st.none() | st.sampled_from(["day", "week", "month", "year"]),
    location=st.none()
    | st.builds(
        Location, name=text, country=maybe_text, lat=st.none() | FLOATS, lon=st.none() | FLOATS
    ),
    quantity=st.none() | st.builds(Quantity, value=FLOATS, unit=maybe_text),
    evidence=st.builds(Evidence, sentence=text, start=INT32, end=INT32),
    mentions=st.lists(st.builds(Evidence, sentence=text, start=INT32, end=INT32), max_size=3),
    trigger=maybe_text,
    published=st.none() | st.dates(),
    outlet=maybe_text,
    coder_version=text,
)

articles = st.builds(
    Article,
    doc_id=st.just("doc"),
    text=text,
    title=maybe_text,
    url=maybe_text,
    outlet=maybe_text,
    published=st.none() | st.dates(),
    dateline=maybe_text,
    source=maybe_text,
    content_hash=text.filter(bool),
)


@pytest.fixture(scope="module")
def shared_store() -> Iterator[Store]:
    """One store for all examples: each example replaces document "doc" wholesale."""
    with Store.open(":memory:") as s:
        yield s


@settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles, evs=st.lists(events, max_size=5, unique_by=lambda e: e.event_id))
def test_documents_and_events_round_trip(
    shared_store: Store, article: Article, evs: list[Event]
) -> None:
    shared_store.add_documents([CodedDocument(article=article, events=evs)], replace=True)
    assert shared_store.document("doc") == article
    got = shared_store.events(EventFilter(doc_id="doc", all_modalities=True))
    assert sorted(got, key=lambda e: e.event_id) == sorted(evs, key=lambda e: e.event_id)


@given(event=events)
def test_row_mapping_is_inverse(event: Event) -> None:
    row = dict(zip(EVENT_COLUMNS, event_to_row(event), strict=True))
    assert row_to_event(row) == event


def test_fully_populated_and_minimal_events(store: Store) -> None:
    full = make_event("a", 0, attributed_to=Actor(name="officials", code="UKRGOV"))
    minimal = Event(
        event_id="min", doc_id="a", type="CONSULT", evidence=Evidence(sentence="", start=0, end=0)
    )
    store.add_documents([make_doc("a", [full, minimal])])
    assert store.events() == [full, minimal]


def test_empty_strings_stay_distinct_from_none(store: Store) -> None:
    event = make_event(
        "a",
        0,
        mode="",
        source=Actor(name=""),
        location=Location(name=""),
        quantity=Quantity(value=0),
    )
    store.add_documents([make_doc("a", [event])])
    assert store.events() == [event]
