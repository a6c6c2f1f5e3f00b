"""analysis.browse and analysis.why: the reads behind the dashboard's lists, map and event "why"."""

from __future__ import annotations

import datetime as dt

from helpers import document, event
from hypothesis import given
from hypothesis import strategies as st

from seismo.analysis.browse import (
    count_documents,
    count_stories,
    dated_only,
    documents_where,
    list_documents,
    located_events,
    newest_first,
)
from seismo.analysis.why import event_why, modality_why
from seismo.models import Evidence, Location, Modality
from seismo.store import EventFilter, Store


@given(st.integers(0, 60).flatmap(lambda total: st.tuples(st.just(total), st.integers(0, total))),
       st.integers(1, 7))  # fmt: skip
def test_newest_first_reads_dated_rows_backwards_then_undated_ones(totals: tuple[int, int], size: int) -> None:
    total, dated = totals
    order: list[int] = []
    for page in range(1, max(1, -(-total // size)) + 1):
        for offset, limit, backwards in newest_first(total, dated, page, size):
            assert 0 < limit <= size
            rows = list(range(offset, offset + limit))
            order += reversed(rows) if backwards else rows
    assert order == [*range(dated - 1, -1, -1), *range(dated, total)]


def _store_with_places(store: Store) -> None:
    kyiv = Location(name="Kyiv", country="UKR", lat=50.45, lon=30.52)
    docs = [
        document("d1", [event("d1", 0, "ASSAULT", "RUSMIL", "UKR", dt.date(2024, 3, 1), location=kyiv)]),
        document("d2", [event("d2", 0, "ASSAULT", "RUSMIL", "UKR", dt.date(2024, 3, 3), location=kyiv),
                        event("d2", 1, "CONSULT", "USAGOV", "RUSGOV", None)]),
        document("d3", [event("d3", 0, "ACCUSE", "UKR", "RUSGOV", dt.date(2024, 3, 2),
                              location=Location(name="nowhere", country="UKR"))]),
    ]  # fmt: skip
    store.add_documents(docs)


def test_located_events_are_the_latest_with_coordinates(store: Store) -> None:
    _store_with_places(store)
    points, located = located_events(store, EventFilter())
    assert located == 2 and [p.event_id for p in points] == ["d2-e0", "d1-e0"]
    assert (points[0].lat, points[0].lon, points[0].quad_class, points[0].source) == (50.45, 30.52, 4, "RUSMIL")
    points, located = located_events(store, EventFilter(until=dt.date(2024, 3, 2)), limit=5)
    assert located == 1 and points[0].event_id == "d1-e0"


def test_story_counts_and_dated_only(store: Store) -> None:
    _store_with_places(store)
    assert count_stories(store, EventFilter()) == 4
    assert count_stories(store, dated_only(EventFilter())) == 3
    assert store.count_events(dated_only(EventFilter(type="CONSULT"))) == 0


def test_documents_filter_on_words_of_title_or_text_and_dates(store: Store) -> None:
    _store_with_places(store)
    everything = documents_where()
    assert count_documents(store, everything) == 3
    assert [d.doc_id for d in list_documents(store, everything, 2, 0)] == ["d1", "d2"]  # same day: by id
    assert [d.doc_id for d in list_documents(store, documents_where(q="title d3"), 10, 0)] == ["d3"]
    assert count_documents(store, documents_where(q="d2w7")) == 1  # a word of the text
    assert count_documents(store, documents_where(q="d2w")) == 0  # words, not parts of words
    assert count_documents(store, documents_where(until=dt.date(2024, 1, 1))) == 0


def test_modality_cues_are_words_of_the_rules_in_the_sentence() -> None:
    sentence = "Russia did not attack Kyiv, officials denied, but it could strike if talks fail."
    why = modality_why(event("d", 0, "ASSAULT", evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                             modality=Modality.NEGATED, trigger="attack"))  # fmt: skip
    found = {(c.word, c.modality.value) for c in why.cues}
    assert {("not", "negated"), ("denied", "denied"), ("could", "hypothetical"), ("if", "hypothetical"),
            ("fail", "negated")} <= found  # fmt: skip
    assert why.modality is Modality.NEGATED and "not counted" in why.meaning and why.trigger == "attack"


def test_event_why_reads_the_actors_with_the_knowledge_base(store: Store) -> None:
    _store_with_places(store)
    why = event_why(store, store.events(EventFilter(doc_id="d1"))[0])
    source, target = why.actors
    assert (source.role, source.name, source.code, source.kb_code, source.from_name) == (
        "source", "Russian forces", "RUSMIL", "RUSMIL", True)  # fmt: skip
    assert "MIL" in (source.kb_reason or "")
    assert (target.code, target.kb_code, target.from_name) == ("UKR", "UKR", True)
    assert why.explanation.counted and why.explanation.story_id


def test_a_directive_is_a_cue_of_the_act_it_asks_for() -> None:
    sentence = "The president ordered the army to withdraw from the capital."
    why = modality_why(event("d", 0, "RETREAT", evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
                             modality=Modality.HYPOTHETICAL, trigger="withdraw"))  # fmt: skip
    assert ("ordered", "hypothetical", "directive_verbs") in {(c.word, c.modality.value, c.rule) for c in why.cues}
