"""The phenomenon suite through the real pipeline: no phenomenon's pass rate may drop below its pin.

Pins live in tests/eval_baseline.json (section ``phenomena``; tolerance: the file's ``tolerance``).
A rate that rises is fine: ``python -m seismo.evaluation.phenomena --update`` pins it, and
``--failures`` shows every failing case with what was coded (docs/phenomena.md).
"""

from __future__ import annotations

import pytest

from seismo.evaluation.phenomena import BASELINE, MIN_CASES, SuiteReport, run_phenomena
from seismo.evaluation.phenomena_cli import compare_rates, read_pins

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def report() -> SuiteReport:
    return run_phenomena()


def test_no_phenomenon_drops_below_its_pin(report: SuiteReport) -> None:
    pins, tolerance = read_pins(BASELINE)
    drops, rises = compare_rates(report.rates, pins, tolerance)
    for change in rises:  # shown with `pytest -s`; pin them with --update
        print(f"ROSE {change}")
    assert not drops, "pass rates fell below their pins (python -m seismo.evaluation.phenomena --failures):\n" + (
        "\n".join(f"  {c}" for c in drops))


def test_every_case_is_read_and_coded(report: SuiteReport) -> None:
    rejected = [r for p in report.phenomena for r in p.results if r.rejected]
    assert not rejected, [(r.case.phenomenon, r.rejected) for r in rejected]
    assert all(p.cases >= MIN_CASES for p in report.phenomena)


def test_the_table_has_a_row_per_phenomenon_with_an_example_failure(report: SuiteReport) -> None:
    from seismo.evaluation.phenomena import phenomena_rows, phenomena_table

    rows = phenomena_rows(report)
    assert [r["name"] for r in rows] == [p.name for p in report.phenomena]
    for row in rows:
        assert (row["example"] is None) == (row["passed"] == row["cases"])
    assert phenomena_table(report).count("\n") == len(rows) + 2
