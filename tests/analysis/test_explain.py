"""explain_event: which keys matched or differed, and why an event is or is not counted."""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import DAY, document, event, three_reports_and_a_copy

from seismo.analysis import build_stories, explain_event, explanation_lines
from seismo.errors import AnalysisError
from seismo.models import Actor, Evidence
from seismo.store import Store


@pytest.fixture
def built(store: Store) -> Store:
    store.add_documents(
        [
            *three_reports_and_a_copy(),
            document("later", [event("later", date=DAY + dt.timedelta(days=7))], outlet="Later"),
            document("neg", [event("neg", modality="negated")]),
        ]
    )
    build_stories(store)
    return store


def test_merged_event_lists_the_matching_keys(built: Store) -> None:
    explanation = explain_event(built, "ap-1-e0")
    assert explanation.counted and explanation.n_sources == 3 and explanation.rule == "day"
    merged = {c.event_id: c for c in explanation.comparisons if c.merged}
    assert set(merged) == {"reuters-1-e0", "bbc-1-e0"}
    actors = next(c for c in merged["reuters-1-e0"].checks if c.key == "actors")
    assert actors.matched and "swapped, CONSULT is symmetric" in actors.detail
    assert all(c.matched for comp in merged.values() for c in comp.checks)


def test_kept_apart_event_names_the_key_that_differed(built: Store) -> None:
    explanation = explain_event(built, "later-e0")
    assert explanation.n_sources == 1
    apart = [c for c in explanation.comparisons if not c.merged]
    assert {c.event_id for c in apart} == {"reuters-1-e0", "ap-1-e0", "bbc-1-e0"}
    for comparison in apart:
        failed = [c.key for c in comparison.checks if not c.matched]
        assert failed == ["date"]
    lines = explanation_lines(explanation)
    assert lines[0] == "event later-e0 (document later): counted"
    assert any(line.startswith("  x date: 2024-03-12 (day) vs 2024-03-05 (day)") for line in lines)


def test_event_of_a_near_duplicate_says_which_document_it_copies(built: Store) -> None:
    explanation = explain_event(built, "partner-1-e0")
    assert not explanation.counted and explanation.story_id is None
    assert explanation.duplicate_of == "reuters-1"
    assert explanation.duplicate_similarity is not None and explanation.duplicate_similarity >= 0.8
    assert "near-duplicate of reuters-1" in explanation.reasons[0]


def test_non_asserted_event_is_not_counted(built: Store) -> None:
    explanation = explain_event(built, "neg-e0")
    assert not explanation.counted
    assert explanation.reasons[0].startswith("modality is negated")


def test_an_event_told_twice_lists_the_folded_mention(store: Store) -> None:
    again = Evidence(sentence="The talks lasted three hours.", start=40, end=69)
    store.add_documents([document("told", [event("told", mentions=[again])])])
    explanation = explain_event(store, "told-e0")
    assert explanation.counted
    assert any("told 2 times" in r and "The talks lasted three hours." in r for r in explanation.reasons)


def test_week_report_compatible_with_two_stories_explains_the_choice(store: Store) -> None:
    monday = DAY - dt.timedelta(days=1)
    store.add_documents(
        [
            document("mon1", [event("mon1", date=monday)]),
            document("mon2", [event("mon2", date=monday)]),
            document("tue", [event("tue")]),
            document("week", [event("week", date=DAY, date_precision="week")]),
        ]
    )
    explanation = explain_event(store, "week-e0")  # stories are built on demand when writable
    assert explanation.rule == "week"
    tuesday = next(c for c in explanation.comparisons if c.event_id == "tue-e0")
    assert not tuesday.merged and tuesday.note is not None and "best story" in tuesday.note
    date_check = next(c for c in tuesday.checks if c.key == "date")
    assert date_check.matched and "compared by week" in date_check.detail


def test_publication_dated_report_is_compared_by_publication(store: Store) -> None:
    tomorrow = DAY + dt.timedelta(days=1)
    store.add_documents([
        document("explicit", [event("explicit", date=DAY - dt.timedelta(days=1))]),
        document("pub", [event("pub", date=tomorrow, date_precision="published")], published=tomorrow),
    ])  # fmt: skip
    explanation = explain_event(store, "pub-e0")
    assert explanation.rule == "undated" and explanation.n_sources == 2
    [merged] = [c for c in explanation.comparisons if c.merged]
    date_check = next(c for c in merged.checks if c.key == "date")
    assert date_check.matched and date_check.detail.startswith("no date of its own: published")


def test_unknown_event_is_a_coded_error(built: Store) -> None:
    with pytest.raises(AnalysisError) as info:
        explain_event(built, "nope")
    assert (
        str(info.value)
        == "A001 no event with id 'nope'; list ids with `seismo events --format jsonl`"
    )


def test_explanation_says_which_evidence_decided_each_actor(store: Store) -> None:
    """Issue 13: the coder's reason for each actor code is stored and shown by explain."""
    police = Actor(name="Police officers", code="NGACOP", country="NGA", agent="COP",
                   reason="agent noun only: sector COP; country NGA from 'Lagos' in the same clause")
    johnson = Actor(name="Carlos Johnson", code="NGACVL", country="NGA", agent="CVL",
                    reason="a person the knowledge base does not know, described as 'a shopkeeper'")
    store.add_documents([document("lagos", [event("lagos", type_="ASSAULT", source=None, target=None)
                                            .model_copy(update={"source": police, "target": johnson})])])
    stored = store.events()[0]
    assert stored.source == police and stored.target == johnson  # the reasons survive the store
    explanation = explain_event(store, "lagos-e0")
    assert explanation.actors == [
        f"source 'Police officers' -> NGACOP: {police.reason}",
        f"target 'Carlos Johnson' -> NGACVL: {johnson.reason}",
    ]
    lines = explanation_lines(explanation)
    assert "actors:" in lines and f"  - source 'Police officers' -> NGACOP: {police.reason}" in lines
