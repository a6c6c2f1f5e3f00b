"""Story events: reports of one real-world event merge; different events stay apart."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from helpers import DAY, document, event, located, three_reports_and_a_copy

from seismo.analysis import build_stories, ensure_stories, stories
from seismo.errors import AnalysisError
from seismo.models import CodedDocument
from seismo.store import EventFilter, Store


def build(store: Store, docs: list[CodedDocument]) -> list:
    store.add_documents(docs)
    build_stories(store)
    return stories(store)


def test_three_reports_and_a_syndicated_copy_make_one_story_with_three_sources(
    store: Store,
) -> None:
    [story] = build(store, three_reports_and_a_copy())
    assert story.n_sources == 3
    assert story.n_events == 3
    assert sorted(story.doc_ids) == ["ap-1", "bbc-1", "reuters-1"]
    assert story.outlets == ["AP", "BBC", "Partner Site", "Reuters"]  # the copy's outlet carried it too
    assert story.first_reported == DAY
    assert story.doc_ids[-1] == "ap-1"  # earliest report first; AP published a day later
    assert story.type == "CONSULT" and story.date == DAY and story.date_precision == "day"
    assert story.source is not None and story.target is not None
    assert {story.source.code, story.target.code} == {"USAGOV", "RUSGOV"}
    copy = store.query("SELECT duplicate_of FROM documents WHERE doc_id = 'partner-1'")
    assert copy == [{"duplicate_of": "reuters-1"}]


def test_copy_ingested_in_a_later_run_still_counts_once(db_path: Path) -> None:
    *originals, copy = three_reports_and_a_copy()
    with Store.open(db_path) as store:
        build(store, originals)
    with Store.open(db_path) as store:
        [story] = build(store, [copy])
        assert story.n_sources == 3 and "partner-1" not in story.doc_ids


def test_events_a_week_apart_stay_apart(store: Store) -> None:
    later = DAY + dt.timedelta(days=7)
    found = build(store, [document("a", [event("a")]), document("b", [event("b", date=later)])])
    assert sorted(s.date for s in found) == [DAY, later]
    assert all(s.n_sources == 1 for s in found)


def test_different_targets_stay_apart(store: Store) -> None:
    found = build(
        store, [document("a", [event("a")]), document("b", [event("b", target="FRAGOV")])]
    )
    assert len(found) == 2


def test_reversed_actors_merge_only_for_symmetric_types(store: Store) -> None:
    docs = [
        document("a", [event("a", type_="ASSAULT", source="RUSMIL", target="UKRMIL")]),
        document("b", [event("b", type_="ASSAULT", source="UKRMIL", target="RUSMIL")]),
        document("c", [event("c", type_="AGREE", source="RUSGOV", target="USAGOV")]),
        document("d", [event("d", type_="AGREE", source="USAGOV", target="RUSGOV")]),
    ]
    found = build(store, docs)
    by_type = {t: [s.n_sources for s in found if s.type == t] for t in ("ASSAULT", "AGREE")}
    assert by_type == {"ASSAULT": [1, 1], "AGREE": [2]}


def test_different_location_countries_stay_apart_but_unknown_location_joins(store: Store) -> None:
    docs = [
        document(
            "a",
            [event("a", type_="ASSAULT", source="RUSMIL", target="UKR", location=located("UKR"))],
        ),
        document(
            "b",
            [event("b", type_="ASSAULT", source="RUSMIL", target="UKR", location=located("UKR"))],
        ),
        document(
            "c",
            [event("c", type_="ASSAULT", source="RUSMIL", target="UKR", location=located("RUS"))],
        ),
        document("d", [event("d", type_="ASSAULT", source="RUSMIL", target="UKR")]),
    ]
    found = sorted(build(store, docs), key=lambda s: -s.n_sources)
    assert [(s.location_country, s.n_sources) for s in found] == [("UKR", 3), ("RUS", 1)]
    assert "d" in found[0].doc_ids  # no location: joins the most reported country


def test_week_precision_report_joins_one_day_story_and_never_bridges_two(store: Store) -> None:
    monday, tuesday = DAY - dt.timedelta(days=1), DAY
    docs = [
        document("mon1", [event("mon1", date=monday)]),
        document("mon2", [event("mon2", date=monday)]),
        document("tue", [event("tue", date=tuesday)]),
        document("week", [event("week", date=DAY + dt.timedelta(days=2), date_precision="week")]),
        document("next", [event("next", date=DAY + dt.timedelta(days=7), date_precision="week")]),
    ]
    found = sorted(build(store, docs), key=lambda s: (s.date, -s.n_sources))
    assert [(s.date, sorted(s.doc_ids)) for s in found] == [
        (monday, ["mon1", "mon2", "week"]),  # the best story of that week: most sources
        (tuesday, ["tue"]),
        (DAY + dt.timedelta(days=7), ["next"]),  # another ISO week
    ]
    assert found[0].date_precision == "day" and found[-1].date_precision == "week"


def test_undated_events_merge_by_publication_date_within_two_days(store: Store) -> None:
    docs = [
        document("dated", [event("dated")]),
        document("near", [event("near", date=None)], published=DAY + dt.timedelta(days=2)),
        document("far", [event("far", date=None)], published=DAY + dt.timedelta(days=3)),
        document("nopub", [event("nopub", date=None)], published=None),
    ]
    found = build(store, docs)
    groups = sorted(sorted(s.doc_ids) for s in found)
    assert groups == [["dated", "near"], ["far"], ["nopub"]]


def test_publication_dated_report_joins_the_explicitly_dated_story(store: Store) -> None:
    """'met on Monday' (published Tuesday) and an undated 'met' dated on publication a day or two later:
    one story, dated by the explicit report; a report published three days later stays apart."""
    monday = DAY - dt.timedelta(days=1)
    on_pub = {"date_precision": "published"}
    docs = [
        document("explicit", [event("explicit", date=monday)]),
        document("pub1", [event("pub1", date=DAY + dt.timedelta(days=1), **on_pub)],
                 published=DAY + dt.timedelta(days=1)),
        document("pub2", [event("pub2", source="RUSGOV", target="USAGOV", date=DAY + dt.timedelta(days=2),
                                **on_pub)], published=DAY + dt.timedelta(days=2)),
        document("later", [event("later", date=DAY + dt.timedelta(days=4), **on_pub)],
                 published=DAY + dt.timedelta(days=4)),
    ]
    found = sorted(build(store, docs), key=lambda s: s.date)
    assert [(s.date, s.date_precision, sorted(s.doc_ids)) for s in found] == [
        (monday, "day", ["explicit", "pub1", "pub2"]),
        (DAY + dt.timedelta(days=4), "published", ["later"]),
    ]


def test_publication_dated_reports_alone_make_a_story_dated_on_publication(store: Store) -> None:
    on_pub = {"date_precision": "published"}
    docs = [
        document("a", [event("a", **on_pub)]),
        document("b", [event("b", date=DAY + dt.timedelta(days=1), **on_pub)], published=DAY + dt.timedelta(days=1)),
        document("c", [event("c", source=None, target=None, **on_pub)]),
    ]
    found = build(store, docs)
    assert sorted((s.date, s.date_precision, s.n_sources) for s in found) == [
        (DAY, "published", 1), (DAY, "published", 2)]  # fmt: skip
    assert stories(store, EventFilter(since=DAY, until=DAY))  # dated stories pass date filters


def test_events_without_actor_codes_are_stories_of_their_own(store: Store) -> None:
    docs = [document(k, [event(k, source=None, target=None, type_="ASSAULT")]) for k in ("a", "b")]
    assert [s.n_sources for s in build(store, docs)] == [1, 1]


def test_two_mentions_in_one_document_are_one_source(store: Store) -> None:
    [story] = build(store, [document("a", [event("a", 0), event("a", 1)])])
    assert story.n_sources == 1 and story.n_events == 2


def test_non_asserted_events_are_not_in_stories(store: Store) -> None:
    found = build(store, [document("a", [event("a", modality="negated")])])
    assert found == []


def test_every_counted_event_is_in_exactly_one_story(store: Store) -> None:
    build(
        store,
        [*three_reports_and_a_copy(), document("x", [event("x", 0), event("x", 1, date=None)])],
    )
    members = store.query("SELECT event_id, count(*) AS n FROM story_members GROUP BY event_id")
    assert {m["n"] for m in members} == {1}
    assert len(members) == store.count_events()


def test_rebuild_is_idempotent(store: Store) -> None:
    first = build(
        store, [*three_reports_and_a_copy(), document("b", [event("b", target="FRAGOV")])]
    )
    members = store.query("SELECT * FROM story_members ORDER BY event_id")
    assert build_stories(store) == len(first)
    assert stories(store) == first
    assert store.query("SELECT * FROM story_members ORDER BY event_id") == members


def test_story_id_is_a_hash_of_the_earliest_report(store: Store) -> None:
    [story] = build(store, three_reports_and_a_copy())
    assert story.event_ids[0] == "bbc-1-e0"  # published first (tie on date: smaller event id)
    assert story.story_id == hashlib.sha256(b"bbc-1-e0").hexdigest()[:16]


def test_stories_filters(store: Store) -> None:
    later = DAY + dt.timedelta(days=3)
    assault = event("x", type_="ASSAULT", source="RUSMIL", target="UKR", date=later)
    build(store, [*three_reports_and_a_copy(), document("x", [assault])])
    assert [s.type for s in stories(store, EventFilter(type="assault"))] == ["ASSAULT"]
    assert [s.type for s in stories(store, EventFilter(country="USA"))] == ["CONSULT"]
    assert [s.type for s in stories(store, EventFilter(actor="RUSM"))] == ["ASSAULT"]
    assert len(stories(store, EventFilter(since=DAY + dt.timedelta(days=1)))) == 1
    assert len(stories(store, EventFilter(doc_id="ap-1"))) == 1
    assert len(stories(store, min_sources=2)) == 1
    assert len(stories(store, EventFilter(limit=1, offset=1))) == 1


def test_stale_stories_rebuild_on_write_and_refuse_read_only(db_path: Path) -> None:
    with Store.open(db_path) as store:
        build(store, three_reports_and_a_copy())
        store.add_documents([document("new", [event("new", target="FRAGOV")])])
        assert not store.stories_current()
    with Store.open(db_path, read_only=True) as store, pytest.raises(AnalysisError) as info:
        stories(store)
    assert str(info.value).startswith("A003 ") and "seismo stories --rebuild" in str(info.value)
    with Store.open(db_path) as store:
        ensure_stories(store)
        assert store.stories_current() and len(stories(store)) == 2


def test_empty_store_has_no_stories(db_path: Path) -> None:
    Store.open(db_path).close()
    with Store.open(db_path, read_only=True) as store:
        assert stories(store) == []
