"""GSR context scores (evaluation/context_score.py): old context names against today's, counted by hand."""

from __future__ import annotations

from seismo.evaluation.context_score import COMPARABLE, OLD_CONTEXTS, context_scores, gold_contexts
from seismo.evaluation.goldsets import GoldLabel, GoldRecord
from seismo.models import PLOVER_CONTEXTS, Event, Evidence


def record(rid: str, context: str | None) -> GoldRecord:
    return GoldRecord(id=rid, text="x", published=None, gold=GoldLabel(True, None, None, None),
                      meta={} if context is None else {"context": context})  # fmt: skip


def coded(*contexts: str) -> list[Event]:
    return [Event(event_id="e", doc_id="d", type="AGREE", contexts=list(contexts),
                  evidence=Evidence(sentence="x", start=0, end=1))]  # fmt: skip


def test_every_old_name_maps_into_todays_table() -> None:
    assert all(set(parts) <= set(PLOVER_CONTEXTS) for parts in OLD_CONTEXTS.values())
    assert OLD_CONTEXTS["historical"] == ()  # an auxiliary mode in the manual, not a topic


def test_an_old_name_today_split_is_met_by_any_of_its_parts() -> None:
    assert gold_contexts({"context": "military"}) == {"military"}
    assert gold_contexts({"context": "military"}, {"peacekeeping"}) == {"peacekeeping"}
    assert gold_contexts({"context": "resource, diplomatic"}, {"territory"}) == {"territory", "diplomatic"}
    assert gold_contexts({"context": "unknown"}) is None and gold_contexts({"context": ""}) is None
    assert gold_contexts({"context": "historical"}) == frozenset()  # scored: every coded context is extra
    assert gold_contexts({"context": "none"}) == frozenset()  # no context, not a context named "none"


def test_old_names_cover_what_cameo2plover_2021_moved_elsewhere() -> None:
    """0.5b1's "legal" took in imposing curfews and martial law (pro_autocracy in CAMEO2PLOVER-2021), its
    "rights" political freedoms (CAMEO2PLOVER-2021: "democracy")."""
    assert gold_contexts({"context": "legal"}, {"pro_autocracy"}) == {"pro_autocracy"}
    assert gold_contexts({"context": "rights"}, {"pro_democracy"}) == {"pro_democracy"}
    assert gold_contexts({"context": "rights"}, {"pro_autocracy"}) == {"rights_freedoms"}  # a miss


def test_scores_counted_by_hand() -> None:
    records = [record("a", "military"), record("b", "resource"), record("c", "diplomatic, military"),
               record("d", None), record("e", "historical"), record("f", "none")]  # fmt: skip
    events = {
        "a": coded("military", "peacekeeping"),  # one hit; peacekeeping is part of old "military": no extra
        "b": coded("diplomatic"),  # a miss (natural_resource) and an extra (diplomatic)
        "c": coded("diplomatic", "health"),  # a hit, a miss; health is no GSR name: counted in "all" only
        "d": coded("economic"),  # no gold context: not scored
        "e": coded("legal"),  # an extra
        "f": coded(),  # nothing coded where the coders saw no context: no miss
    }
    micro, everything, per = context_scores(records, events)
    assert (micro.tp, micro.fp, micro.fn) == (2, 2, 2)
    assert (everything.tp, everything.fp, everything.fn) == (2, 3, 2)
    assert "none" not in per
    assert (per["military"].tp, per["military"].fn) == (1, 1)
    assert per["natural_resource"].fn == 1 and per["diplomatic"].fp == 1 and per["legal"].fp == 1
    assert "peacekeeping" not in per and "health" in per and "health" not in COMPARABLE
