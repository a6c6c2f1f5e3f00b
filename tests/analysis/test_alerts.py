"""Escalation alerts: robust z-score of the daily conflict score against its trailing window."""

from __future__ import annotations

import datetime as dt

from helpers import document, event

from seismo.analysis import alerts
from seismo.models import Actor, CodedDocument
from seismo.store import Store

START = dt.date(2024, 1, 1)


def clashes(day: dt.date, n: int, source: str = "RUS", target: str = "UKR") -> list[CodedDocument]:
    """``n`` distinct ASSAULT stories on ``day`` (distinct target units, so none merge)."""
    docs = []
    for k in range(n):
        doc_id = f"{source}{target}-{day.isoformat()}-{k}"
        ev = event(doc_id, type_="ASSAULT", source=None, target=None, date=day)
        ev = ev.model_copy(
            update={
                "source": Actor(name=f"{source} forces", code=f"{source}MIL", country=source),
                "target": Actor(
                    name=f"{target} unit {k}", code=f"{target}U{k:02d}", country=target
                ),
            }
        )
        docs.append(document(doc_id, [ev], published=day))
    return docs


def series(store: Store, per_day: list[int], **kwargs: str) -> None:
    docs = [
        d for i, n in enumerate(per_day) for d in clashes(START + dt.timedelta(days=i), n, **kwargs)
    ]
    store.add_documents(docs)


def test_escalation_after_a_flat_baseline_fires(store: Store) -> None:
    series(store, [2] * 30 + [15] * 3)
    found = alerts(store)
    escalation = START + dt.timedelta(days=30)
    dyad = [a for a in found if a.kind == "dyad"]
    assert {a.key for a in dyad} == {"RUS-UKR"}
    first = min(dyad, key=lambda a: a.day)
    assert first.day == escalation
    assert first.value == 15 * 9.0 and first.baseline_median == 18.0
    assert first.robust_z > 3.5 and first.n_events == 28 * 2 + 15
    assert "RUS-UKR: conflict score 135.0 on 2024-01-31" in first.message
    assert {a.key for a in found if a.kind == "country"} == {"RUS", "UKR"}


def test_flat_noisy_series_does_not_fire(store: Store) -> None:
    series(store, [1, 2, 3, 2] * 9)
    assert alerts(store, since=START) == []


def test_min_count_keeps_a_one_off_from_firing(store: Store) -> None:
    series(store, [1] * 40, source="FRA", target="DEU")  # the store covers the window
    series(store, [0] * 35 + [3])
    assert alerts(store) == []
    series(store, [0] * 36 + [6], source="BLR", target="POL")
    fired = {(a.kind, a.key) for a in alerts(store)}
    assert ("dyad", "BLR-POL") in fired and ("dyad", "RUS-UKR") not in fired


def test_no_alert_before_the_data_covers_a_window(store: Store) -> None:
    series(store, [0] * 10 + [15] * 3)  # a baseline of 10 days is no baseline
    assert alerts(store, since=START) == []


def test_since_limits_the_days_reported(store: Store) -> None:
    series(store, [2] * 30 + [15] * 3)
    assert alerts(store, since=START + dt.timedelta(days=40)) == []
    days = {a.day for a in alerts(store, since=START)}
    assert min(days) == START + dt.timedelta(days=30)
    late = alerts(store, since=START + dt.timedelta(days=32))
    assert {a.day for a in late} <= {START + dt.timedelta(days=32)}


def test_raw_rows_count_every_report(store: Store) -> None:
    series(store, [2] * 30)
    # a big story reported by 12 outlets: one story, twelve reports
    day = START + dt.timedelta(days=30)
    docs = [
        document(
            f"wire{k}",
            [event(f"wire{k}", type_="ASSAULT", source="RUSMIL", target="UKR", date=day)],
            published=day,
        )
        for k in range(12)
    ]
    store.add_documents(docs)
    assert not [a for a in alerts(store) if a.day == day and a.key == "RUS-UKR"]
    assert [a for a in alerts(store, raw=True) if a.day == day and a.key == "RUS-UKR"]


def test_alert_history_answers_every_since_like_a_fresh_scoring(store: Store) -> None:
    """The server scores every day once per data version and picks days per request."""
    from seismo.analysis.alerts import alert_history

    series(store, [2] * 30 + [15] * 3 + [2] * 20 + [20] * 2)
    series(store, [1] * 40 + [9] * 2, source="IND", target="PAK")
    history = alert_history(store)
    assert len({a.day for a in history.alerts}) >= 3  # escalations on several days
    assert history.since(None) == alerts(store)
    days = sorted({a.day for a in history.alerts})
    for since in [START, days[0], days[1], days[-1], days[-1] + dt.timedelta(days=1), dt.date(2030, 1, 1)]:
        assert history.since(since) == alerts(store, since=since), since


def test_alert_history_of_an_empty_store_is_empty(store: Store) -> None:
    from seismo.analysis.alerts import alert_history

    history = alert_history(store)
    assert history.alerts == [] and history.last_day is None and history.since(START) == []
