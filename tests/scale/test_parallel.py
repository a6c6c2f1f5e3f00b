"""--workers N: the same coded documents, in the same order, as one process; one store writer."""

from __future__ import annotations

import pytest

from seismo.scale import ScaleOptions, code_articles, ingest
from seismo.store import EventFilter, Store

pytestmark = pytest.mark.slow


def dump(docs) -> list[dict]:
    return [d.model_dump() for d in docs]


def test_two_workers_code_exactly_like_one_process(sample_articles, small_settings) -> None:
    one = dump(code_articles(sample_articles, small_settings))
    two = dump(code_articles(sample_articles, small_settings, ScaleOptions(workers=2)))
    assert two == one
    assert sum(len(d["events"]) for d in one) > 50


def test_two_workers_with_the_filter_match_one_process_with_it(sample_articles, small_settings) -> None:
    one = dump(code_articles(sample_articles, small_settings, ScaleOptions(candidate_filter=True)))
    two = dump(code_articles(sample_articles, small_settings, ScaleOptions(workers=2, candidate_filter=True)))
    assert two == one


def test_ingest_with_workers_stores_the_same_rows(inputs_with_copies, small_settings) -> None:
    everything = EventFilter(all_modalities=True, include_duplicates=True)
    results = []
    for workers in (1, 2):
        with Store.open(":memory:") as store:
            report = ingest(inputs_with_copies, small_settings, store, scale=ScaleOptions(workers=workers))
            assert report.copies_carried == 2
            results.append((report.added, report.events_added, [e.model_dump() for e in store.events(everything)],
                            [d.doc_id for d in store.documents()]))
    assert results[0] == results[1]
    assert results[0][0] > 10 and results[0][1] > 50
