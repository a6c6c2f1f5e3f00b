"""The metrics of seismo.evaluation.quality on hand-made predictions (no model)."""

from __future__ import annotations

import pytest
from eval_helpers import ce, gold

from seismo.evaluation import quality as q


def test_prf_zero_denominators_are_zero() -> None:
    p = q.PRF(0, 0, 0)
    assert (p.precision, p.recall, p.f1) == (0.0, 0.0, 0.0)
    assert q.PRF(1, 1, 0).f1 == pytest.approx(2 * 0.5 * 1 / 1.5)


def test_relevance_counts_asserted_events_only() -> None:
    pairs = [
        (gold(["AGREE"]), [ce("AGREE")]),  # tp
        (gold(["ASSAULT"]), [ce("ASSAULT", modality="negated")]),  # fn: not asserted
        (gold([]), [ce("PROTEST")]),  # fp
        (gold([]), []),  # tn
        (gold(None), [ce("AGREE")]),  # relevance unknown: skipped
    ]
    p = q.relevance_prf(pairs)
    assert (p.tp, p.fp, p.fn) == (1, 1, 1)
    assert p.precision == p.recall == 0.5


def test_type_micro_pools_set_counts() -> None:
    pairs = [
        (gold(["AGREE"]), [ce("AGREE"), ce("CONSULT")]),  # tp1 fp1
        (gold(["REQUEST"]), [ce("ACCUSE")]),  # fp1 fn1
        (gold(["ASSAULT"]), [ce("ASSAULT"), ce("ASSAULT")]),  # duplicates count once: tp1
        (gold(None), [ce("REJECT")]),  # types unknown: skipped
    ]
    p = q.type_micro_prf(pairs)
    assert (p.tp, p.fp, p.fn) == (2, 2, 1)
    assert p.precision == 0.5
    assert p.recall == pytest.approx(2 / 3)


def test_type_recall_is_gold_type_among_coded_types() -> None:
    pairs = [
        (gold(["AGREE"]), [ce("CONSULT"), ce("AGREE")]),
        (gold(["ACCUSE"]), [ce("REJECT")]),
        (gold(["PROTEST"]), [ce("PROTEST", modality="future")]),
        (gold([]), [ce("AGREE")]),
    ]
    assert q.type_recall(pairs) == pytest.approx(1 / 3)


def test_per_type_and_macro_f1() -> None:
    pairs = [
        (gold(["AGREE"]), [ce("AGREE")]),
        (gold(["AGREE"]), [ce("REJECT")]),
        (gold(["REJECT"]), []),
    ]
    table = q.per_type_prf(pairs)
    assert list(table) == ["AGREE", "REJECT"]
    assert (table["AGREE"].tp, table["AGREE"].fp, table["AGREE"].fn) == (1, 0, 1)
    assert (table["REJECT"].tp, table["REJECT"].fp, table["REJECT"].fn) == (0, 1, 1)
    assert q.type_macro_f1(pairs) == pytest.approx((2 / 3 + 0.0) / 2)


def test_macro_f1_includes_types_only_predicted() -> None:
    pairs = [(gold(["AGREE"]), [ce("AGREE"), ce("SUPPORT")])]
    assert q.type_macro_f1(pairs) == pytest.approx(0.5)  # AGREE 1.0, SUPPORT 0.0


def test_quad_prefers_matching_type_then_most_frequent_then_zero() -> None:
    assert q.predicted_quad(["ASSAULT"], [ce("ACCUSE"), ce("ASSAULT")]) == 4
    assert q.predicted_quad(["AGREE"], [ce("ACCUSE"), ce("ASSAULT"), ce("REJECT")]) == 3
    assert q.predicted_quad(["AGREE"], [ce("ASSAULT"), ce("ACCUSE")]) == 4  # tie: earliest
    assert q.predicted_quad(["AGREE"], [ce("AGREE", modality="hypothetical")]) == 0
    pairs = [
        (gold(["AGREE"]), [ce("AGREE")]),
        (gold(["ASSAULT"]), [ce("ACCUSE")]),
        (gold([]), []),
        (gold(None), [ce("AGREE")]),
    ]
    assert q.quad_accuracy(pairs) == (pytest.approx(2 / 3), 3)


def test_dyad_match_rules() -> None:
    g = gold(["ASSAULT"], ("RUS",), ("UKR",)).events[0]  # type: ignore[index]
    assert q.dyad_matches(g, ce("ASSAULT", "RUS", "UKR"))
    assert not q.dyad_matches(g, ce("ASSAULT", "RUS", None))
    assert not q.dyad_matches(g, ce("ASSAULT", "UKR", "RUS"))
    assert not q.dyad_matches(g, ce("COERCE", "RUS", "UKR"))
    open_target = gold(["AGREE"], ("USA", "JOR"), ()).events[0]  # type: ignore[index]
    assert q.dyad_matches(open_target, ce("AGREE", "JOR", None))
    assert q.dyad_matches(open_target, ce("AGREE", "JOR", "USA"))  # no gold target: any target


def test_dyad_counts_precision_and_recall() -> None:
    pairs = [
        (
            gold(["AGREE"], ("USA", "JOR")),
            [ce("AGREE", "USA"), ce("AGREE", "JOR"), ce("AGREE", "JOR")],
        ),
        (gold(["ASSAULT"], ("RUS",), ("UKR",)), [ce("ASSAULT", "RUS"), ce("ACCUSE", "UKR", "RUS")]),
        (gold([]), [ce("PROTEST", "FRA")]),
        (gold(None), [ce("PROTEST", "FRA")]),  # no gold events: skipped
    ]
    d = q.dyad_counts(pairs)
    assert (d.gold_matched, d.gold_total) == (1, 2)
    assert (d.coded_matched, d.coded_total) == (2, 5)  # triples deduplicated per record
    assert d.recall == 0.5
    assert d.precision == pytest.approx(0.4)
    assert d.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)


def test_confusion_uses_first_asserted_type_and_none() -> None:
    pairs = [
        (gold(["AGREE"]), [ce("CONSULT", modality="future"), ce("SUPPORT"), ce("AGREE")]),
        (gold(["AGREE"]), []),
        (gold([]), [ce("ASSAULT")]),
    ]
    m = q.confusion_matrix(pairs)
    assert m["AGREE"] == {"SUPPORT": 1, q.NONE: 1}
    assert m[q.NONE] == {"ASSAULT": 1}


def test_false_positive_share() -> None:
    pairs = [
        (gold([]), [ce("ASSAULT")]),
        (gold([]), [ce("ASSAULT", modality="negated")]),
        (gold([]), []),
        (gold(["AGREE"]), []),
    ]
    assert q.false_positive_share(pairs) == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    ("label", "events", "kinds"),
    [
        (
            gold([]),
            [ce("ASSAULT"), ce("PROTEST")],
            [
                "false positive: ASSAULT coded on a non-event",
                "false positive: PROTEST coded on a non-event",
            ],
        ),
        (gold(["AGREE"]), [], ["missed: nothing coded"]),
        (gold(["AGREE"]), [ce("AGREE", modality="future")], ["missed: only future events coded"]),
        (gold(["REQUEST"]), [ce("ACCUSE")], ["type confusion: REQUEST coded as ACCUSE"]),
        (
            gold(["AGREE"], ("ISR",), ("USA",)),
            [ce("AGREE", "ISR"), ce("CONSULT", "ISR")],
            ["extra type: CONSULT", "target missing"],
        ),
        (
            gold(["ASSAULT"], ("RUS",), ("UKR",)),
            [ce("ASSAULT", "UKR", "RUS")],
            ["source/target swapped"],
        ),
        (
            gold(["ASSAULT"], ("RUS",), ("UKR",)),
            [ce("ASSAULT", "BLR", "UKR")],
            ["source wrong country"],
        ),
        (gold(["ASSAULT"], ("RUS",), ("UKR",)), [ce("ASSAULT", "RUS", "UKR")], []),
    ],
)
def test_error_kinds(label, events, kinds) -> None:  # type: ignore[no-untyped-def]
    assert q.error_kinds(label, events) == kinds
    assert all(
        q.general_kind(k)
        in {
            "false positive",
            "missed",
            "type confusion",
            "extra type",
            "target missing",
            "source/target swapped",
            "source wrong country",
        }
        for k in kinds
    )


@pytest.mark.parametrize(
    ("expected", "code", "name", "ok"),
    [
        ("ARN", "ARN", None, True),
        ("ARN", "ARNGOV", None, True),  # more specific coded actor
        ("CALGOV", "CAL", None, False),  # the expected agent is missing
        ("CALGOV", "CALGOV", None, True),
        ("ARNGOVFRM", "ARNGOV", None, True),  # first agent is what counts
        ("DNKMUSGOV", "DNKGOV", None, False),
        ("GON", "OSG", None, False),
        ("---GOV", "ARNGOV", None, True),  # no primary actor: any primary, same agent
        ("---GOV", "ARNMIL", None, False),
        ("ARN", None, None, False),
        ("", None, None, True),
        ('"THE MINISTRY OF MAGIC"', None, "the Ministry of Magic", True),
        ('"GRYFFINDOR HEAD MINERVA MCGONAGALL"', None, "Minerva McGonagall", True),
        ('"THE MINISTRY OF MAGIC"', None, "Gondor", False),
    ],
)
def test_actor_code_matches(expected: str, code: str | None, name: str | None, ok: bool) -> None:
    assert q.actor_code_matches(expected, code, name) is ok


def test_mirrored_petrarch_codings_are_one_requirement() -> None:
    x = q.ExpectedEvent("AGREE", "PHL", "FRA", "030")
    y = q.ExpectedEvent("AGREE", "FRA", "PHL", "030")
    z = q.ExpectedEvent("AGREE", "PHL", "CAF", "030")
    reqs = q.requirements([x, y, z])
    assert reqs == [(x, y), (z,)]
    assert q.requirement_met(reqs[0], [ce("AGREE", src_code="FRA", tgt_code="PHL")])
    assert not q.requirement_met(reqs[1], [ce("AGREE", src_code="FRA", tgt_code="PHL")])
    assert q.requirement_met(
        reqs[1], [ce("SUPPORT", src_code="PHLGOV", tgt_code="CAF")], actors_only=True
    )


def test_petrarch_error_kinds() -> None:
    x = q.ExpectedEvent("ASSAULT", "PRK", "KOR", "194")
    assert q.petrarch_error_kinds([x], []) == ["missed: nothing coded"]
    assert q.petrarch_error_kinds([x], [ce("THREATEN", src_code="PRK", tgt_code="KOR")]) == [
        "type confusion: ASSAULT coded as THREATEN"
    ]
    assert q.petrarch_error_kinds([x], [ce("ASSAULT", src_code="PRK")]) == ["target missing"]
    assert q.petrarch_error_kinds([x], [ce("ASSAULT", src_code="USA", tgt_code="KOR")]) == [
        "source wrong code"
    ]
    assert q.petrarch_error_kinds([x], [ce("ASSAULT", src_code="PRKMIL", tgt_code="KOR")]) == []
    assert q.petrarch_error_kinds([], [ce("ASSAULT")]) == [
        "false positive: ASSAULT coded on a no-event record"
    ]
