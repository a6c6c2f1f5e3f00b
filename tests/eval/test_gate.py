"""The accuracy quality gate: the comparison rules (fast) and the real figures against
tests/eval_baseline.json (slow: loads the model and codes the three sets, about 20 s, and the
annotated article folders tests/gold/articles/{dev,test})."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from seismo.config import Settings
from seismo.evaluation.gate import (
    GATED,
    HIGHER,
    LOWER,
    Change,
    evaluate_article_sets,
    evaluate_suite,
    gated_figures,
    read_baseline,
    regressions,
    update_baseline,
)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from evalsuite import ARTICLES, BASELINE, default_suite, missing  # noqa: E402

PINNED = {
    "tolerance": 0.01,
    "plover_gsr": {"type_recall": 0.50, "dyad_f1": 0.20},
    "nonevents": {"false_positive_share": 0.05},
}


def test_change_direction() -> None:
    assert Change("s", "f", 0.5, 0.4, HIGHER).worse == pytest.approx(0.1)
    assert Change("s", "f", 0.05, 0.08, LOWER).worse == pytest.approx(0.03)
    assert Change("s", "f", 0.05, 0.01, LOWER).worse < 0


def test_regressions_beyond_tolerance_only() -> None:
    ok = {
        "plover_gsr": {"type_recall": 0.495, "dyad_f1": 0.30},
        "nonevents": {"false_positive_share": 0.059},
    }
    assert regressions(ok, PINNED) == []
    bad = {
        "plover_gsr": {"type_recall": 0.48, "dyad_f1": 0.30},
        "nonevents": {"false_positive_share": 0.07},
    }
    assert [(c.set, c.figure) for c in regressions(bad, PINNED)] == [
        ("plover_gsr", "type_recall"),
        ("nonevents", "false_positive_share"),
    ]
    assert "lower is better" in str(regressions(bad, PINNED)[1])


def test_pinned_figure_must_be_measured() -> None:
    with pytest.raises(KeyError, match="dyad_f1"):
        regressions(
            {"plover_gsr": {"type_recall": 0.6}, "nonevents": {"false_positive_share": 0.0}}, PINNED
        )


def test_update_raises_pins_and_refuses_to_lower_them() -> None:
    better = {
        "plover_gsr": {"type_recall": 0.60, "dyad_f1": 0.25},
        "nonevents": {"false_positive_share": 0.02},
    }
    new, worse = update_baseline(better, PINNED)
    assert worse == []
    assert new["plover_gsr"]["type_recall"] == 0.60 and new["tolerance"] == 0.01
    slightly_worse = {
        "plover_gsr": {"type_recall": 0.60, "dyad_f1": 0.199},
        "nonevents": {"false_positive_share": 0.02},
    }
    new, worse = update_baseline(slightly_worse, PINNED)
    assert [c.figure for c in worse] == ["dyad_f1"]
    assert new == PINNED  # refused: unchanged
    new, worse = update_baseline(slightly_worse, PINNED, allow_regression=True)
    assert new["plover_gsr"]["dyad_f1"] == 0.199 and len(worse) == 1


def test_update_keeps_sections_it_does_not_gate() -> None:
    """Other suites pin their figures in the same file (tests/phenomena: ``phenomena``)."""
    better = {"plover_gsr": {"type_recall": 0.60, "dyad_f1": 0.25}, "nonevents": {"false_positive_share": 0.02}}
    new, _ = update_baseline(better, {**PINNED, "phenomena": {"passive_by": 0.5}})
    assert new["phenomena"] == {"passive_by": 0.5}


def test_baseline_file_pins_every_gated_figure() -> None:
    baseline = read_baseline(BASELINE)
    assert baseline["tolerance"] == 0.01
    for name, figures in GATED.items():
        assert set(baseline[name]) == set(figures), name
        for figure, value in baseline[name].items():
            if name.startswith("articles_") and value is None:  # not annotated yet: not checked
                continue
            assert value >= 0 and (figure.endswith("violations") or value <= 1.0), (name, figure)


ARTICLE_PINS = {
    "tolerance": 0.01,
    "articles_dev": {"must_recall": 0.40, "must_not_violations": 3, "precision": 0.50},
    "articles_test": {"must_recall": None, "must_not_violations": None, "precision": None},
}


def test_article_pins_recall_precision_tolerance_and_no_more_violations() -> None:
    ok = {"articles_dev": {"must_recall": 0.395, "must_not_violations": 3.0, "precision": 0.60},
          "articles_test": {}}
    assert regressions(ok, ARTICLE_PINS) == []
    one_more = {"articles_dev": {"must_recall": 0.40, "must_not_violations": 4.0, "precision": 0.50}}
    assert [c.figure for c in regressions(one_more, ARTICLE_PINS)] == ["must_not_violations"]
    worse = {"articles_dev": {"must_recall": 0.38, "must_not_violations": 2.0, "precision": 0.48}}
    assert [c.figure for c in regressions(worse, ARTICLE_PINS)] == ["must_recall", "precision"]
    lost = {"articles_dev": {}}  # pinned, then the annotations disappeared: an error, not a pass
    with pytest.raises(KeyError, match="must_recall"):
        regressions(lost, ARTICLE_PINS)


def test_article_sets_checked_apart_and_null_pins_kept() -> None:
    three_sets = {"plover_gsr": {"type_recall": 0.6, "dyad_f1": 0.3}, "nonevents": {"false_positive_share": 0}}
    assert regressions(three_sets, {**PINNED, **ARTICLE_PINS}) == []  # article sets not measured here
    dev = {"must_recall": 0.5, "must_not_violations": 2.0, "precision": 0.55}
    new, worse = update_baseline({"articles_test": {}, "articles_dev": dev}, ARTICLE_PINS)
    assert worse == []
    assert new["articles_test"] == ARTICLE_PINS["articles_test"]  # nothing measured: null pins stay
    assert new["articles_dev"] == dev
    new, worse = update_baseline({"articles_dev": {**dev, "must_not_violations": 4.0}}, ARTICLE_PINS)
    assert [c.figure for c in worse] == ["must_not_violations"] and new == ARTICLE_PINS  # refused


@pytest.mark.slow
def test_accuracy_has_not_regressed() -> None:
    suite = default_suite()
    if absent := missing(suite):
        pytest.skip(f"gold data not found: {absent} (set SEISMO_GOLD_DIR)")
    current = gated_figures(evaluate_suite(suite, Settings(kb=[], type_model=False)))
    failed = regressions(current, read_baseline(BASELINE))
    assert not failed, (
        "accuracy regressed:\n"
        + "\n".join(map(str, failed))
        + (
            "\nIf intended, run scripts/eval_gate.py --update --allow-regression "
            "and say why in the commit."
        )
    )


@pytest.mark.slow
def test_article_sets_have_not_regressed() -> None:
    """tests/gold/articles/{dev,test} against their pins. Articles with no annotated item are not coded,
    and a null pin is not checked, so this passes (quickly) until the annotations and pins land."""
    current = gated_figures(evaluate_article_sets(ARTICLES, Settings(kb=[], type_model=False)))
    assert set(current) == {"articles_dev", "articles_test"}
    failed = regressions(current, read_baseline(BASELINE))
    assert not failed, (
        "article accuracy regressed:\n"
        + "\n".join(map(str, failed))
        + "\nIf intended, run scripts/eval_gate.py --update --allow-regression and say why in the commit."
    )
