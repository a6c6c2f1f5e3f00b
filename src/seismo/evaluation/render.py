"""Every evaluation report as rich tables (terminal) and Markdown (docs/accuracy.md).

Gold sets and PETRARCH records (``seismo.evaluation.scoring``) and annotated article sets
(``seismo.evaluation.articles``) share the figure/value table, so ``seismo eval`` prints them alike.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from rich.table import Table

from seismo.evaluation.quality import NONE, general_kind
from seismo.evaluation.report import FIELDS, ArticleSetReport, Tally
from seismo.evaluation.scoring import GoldSetReport, PetrarchReport

TOP_ERRORS = 10


def _pct(x: float) -> str:
    return f"{x:.3f}"


def gold_summary_rows(report: GoldSetReport) -> list[tuple[str, str]]:
    rows = [("records", str(report.records))]
    if (
        report.negatives == report.records
    ):  # a no-event set: only the false-positive share means much
        rows.append(
            (
                "share coded with an asserted event (false positives)",
                _pct(report.false_positive_share),
            )
        )
        return rows
    d = report.dyad
    rows += [
        (
            "relevance P / R / F1",
            f"{_pct(report.relevance.precision)} / {_pct(report.relevance.recall)} / "
            f"{_pct(report.relevance.f1)}",
        ),
        ("event-type recall", _pct(report.type_recall)),
        (
            "event-type micro P / R / F1",
            f"{_pct(report.type_micro.precision)} / {_pct(report.type_micro.recall)} / "
            f"{_pct(report.type_micro.f1)}",
        ),
        ("event-type macro-F1", _pct(report.type_macro_f1)),
        (f"quad-class accuracy ({report.quad_records} records)", _pct(report.quad_accuracy)),
        ("dyad P / R / F1", f"{_pct(d.precision)} / {_pct(d.recall)} / {_pct(d.f1)}"),
    ]
    if report.contexts is not None:
        c = report.contexts
        rows.append(("context micro P / R / F1 (gold's vocabulary)",
                     f"{_pct(c.precision)} / {_pct(c.recall)} / {_pct(c.f1)}"))
    if report.contexts_all is not None:
        c = report.contexts_all
        rows.append(("context micro P / R / F1 (every context)",
                     f"{_pct(c.precision)} / {_pct(c.recall)} / {_pct(c.f1)}"))
    if report.negatives:
        rows.append(
            (
                f"false-positive share ({report.negatives} no-event records)",
                _pct(report.false_positive_share),
            )
        )
    return rows


def petrarch_summary_rows(report: PetrarchReport) -> list[tuple[str, str]]:
    dropped = sum(report.dropped.values())
    rows = [
        ("records", str(report.records)),
        ("left out (not scorable at the PLOVER level)", str(dropped)),
    ]
    rows += [(f"  {reason}", str(n)) for reason, n in report.dropped.most_common()]
    rows += [
        (
            f"right PLOVER type + source + target ({report.event_records} records)",
            f"{_pct(report.type_actor_accuracy)} ({report.type_actor_correct})",
        ),
        (
            "right source + target, any type",
            f"{_pct(report.actor_accuracy)} ({report.actor_correct})",
        ),
    ]
    if report.reading_accuracy is not None:
        rows.append(
            (
                "right type + source + target, PLOVER reading of the verb-file codes",
                f"{_pct(report.reading_accuracy)} ({report.reading_correct})",
            )
        )
    rows += [
        (
            f"no-event records coded with no event ({report.noevent_records})",
            f"{_pct(report.noevent_accuracy)} ({report.noevent_correct})",
        ),
    ]
    return rows


def top_errors(kinds: Counter[str], n: int = TOP_ERRORS) -> list[tuple[str, int]]:
    return kinds.most_common(n)


def general_errors(kinds: Counter[str]) -> list[tuple[str, int]]:
    general: Counter[str] = Counter()
    for kind, count in kinds.items():
        general[general_kind(kind)] += count
    return general.most_common()


def confusion_labels(report: GoldSetReport) -> tuple[list[str], list[str]]:
    rows = sorted(report.confusion)
    cols = [*sorted({c for counts in report.confusion.values() for c in counts} - {NONE}), NONE]
    return rows, cols


# ---------------------------------------------------------------------------------------------
# rich


def _kv_table(title: str, rows: Sequence[tuple[str, str]]) -> Table:
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for k, v in rows:
        table.add_row(k, v)
    return table


def gold_tables(report: GoldSetReport, confusion: bool = True) -> list[Table]:
    tables = [
        _kv_table(
            f"{report.name}: {report.records} records, {report.seconds:.1f} s",
            gold_summary_rows(report),
        )
    ]
    if report.per_type and report.negatives < report.records:
        per_type = Table(title="per type (record level)", title_justify="left")
        for col in ("type", "gold", "coded", "P", "R", "F1"):
            per_type.add_column(col, justify="left" if col == "type" else "right")
        for t, p in report.per_type.items():
            per_type.add_row(
                t, str(p.support), str(p.tp + p.fp), _pct(p.precision), _pct(p.recall), _pct(p.f1)
            )
        tables.append(per_type)
    if report.per_context:
        tables.append(context_table(report))
    if confusion and report.confusion and report.negatives < report.records:
        rows, cols = confusion_labels(report)
        matrix = Table(title="confusion: gold type (rows) x first coded type", title_justify="left")
        matrix.add_column("gold")
        for c in cols:
            matrix.add_column(c[:4], justify="right")
        for r in rows:
            matrix.add_row(r, *[str(report.confusion[r].get(c, "")) for c in cols])
        tables.append(matrix)
    tables.append(_error_table(report.error_kinds))
    return tables


def context_rows(report: GoldSetReport) -> list[tuple[str, ...]]:
    """Per PLOVER context: gold, coded, P, R, F1."""
    return [(c, str(p.support), str(p.tp + p.fp), _pct(p.precision), _pct(p.recall), _pct(p.f1))
            for c, p in report.per_context.items()]  # fmt: skip


def context_table(report: GoldSetReport) -> Table:
    table = Table(title="per PLOVER context (record level)", title_justify="left")
    for col in ("context", "gold", "coded", "P", "R", "F1"):
        table.add_column(col, justify="left" if col == "context" else "right")
    for row in context_rows(report):
        table.add_row(*row)
    return table


def _error_table(kinds: Counter[str]) -> Table:
    table = Table(title=f"most common errors (top {TOP_ERRORS})", title_justify="left")
    table.add_column("error")
    table.add_column("count", justify="right")
    for kind, n in top_errors(kinds):
        table.add_row(kind, str(n))
    return table


def petrarch_tables(report: PetrarchReport) -> list[Table]:
    return [
        _kv_table(
            f"PETRARCH-2 unit tests (PLOVER level), {report.seconds:.1f} s",
            petrarch_summary_rows(report),
        ),
        _error_table(report.error_kinds),
    ]


# ---------------------------------------------------------------------------------------------
# rich, annotated article sets


def _of(value: float, numerator: int, denominator: int) -> str:
    return f"{value:.3f} ({numerator}/{denominator})"


def summary_rows(report: ArticleSetReport, ids: bool = True) -> list[tuple[str, str]]:
    """``ids=False`` counts the rejected articles instead of naming them (a held-out set)."""
    t = report.tally()
    rows = [("articles annotated / in the folder",
             f"{len(report.scores)} / {len(report.scores) + len(report.not_annotated)}")]
    if not t.articles:
        return [*rows, ("figures", "none yet: no file lists a must, should or must_not item")]
    rows += [
        ("must recall", _of(t.must_recall, t.must_found, t.must)),
        ("should recall", _of(t.should_recall, t.should_found, t.should)),
        ("precision (asserted events matching a must/should item, one-to-one)",
         _of(t.precision, t.produced_matched, t.produced)),
        ("must_not violations", str(t.violations)),
        ("gold items aligned to a coded event in their sentence", str(t.aligned)),
        ("gold items with nothing coded in their sentence", str(t.nothing_coded)),
        ("evidence not found in the article text", str(t.evidence_missing)),
    ]
    rejected = [s.case.id for s in report.scores if s.rejected]
    if rejected:
        rows.append(("articles the reader rejected (items count as missed)",
                     ", ".join(rejected) if ids else str(len(rejected))))
    return rows


def field_table(t: Tally) -> Table:
    table = Table(title="per field, gold items aligned to a coded event", title_justify="left")
    for col in ("field", "listed", "agree", "accuracy"):
        table.add_column(col, justify="left" if col == "field" else "right")
    for f in FIELDS:
        table.add_row(f, str(t.field_listed[f]), str(t.field_agree[f]), f"{t.field_accuracy(f):.3f}")
    return table


def article_table(report: ArticleSetReport) -> Table:
    table = Table(title="per article", title_justify="left")
    for col in ("article", "must", "should", "coded", "matched", "P", "must_not", "no evidence"):
        table.add_column(col, justify="left" if col == "article" else "right")
    for s in report.scores:
        t = s.tally()
        table.add_row(s.case.id + (" (rejected)" if s.rejected else ""), f"{t.must_found}/{t.must}",
                      f"{t.should_found}/{t.should}", str(t.produced), str(t.produced_matched),
                      f"{t.precision:.3f}", str(t.violations), str(t.evidence_missing))
    return table


def detail_tables(report: ArticleSetReport) -> list[Table]:
    """The must_not violations and the evidence strings not found, one row each."""
    tables = []
    violations = [(s.case.id, v) for s in report.scores for v in s.violations]
    if violations:
        table = Table(title=f"must_not violations ({len(violations)})", title_justify="left")
        for col in ("article", "must_not", "coded event"):
            table.add_column(col)
        for article, v in violations:
            table.add_row(article, v.rule, v.detail)
        tables.append(table)
    problems = [p for s in report.scores for p in s.evidence_problems]
    if problems:
        table = Table(title=f"evidence not found ({len(problems)})", title_justify="left")
        for col in ("article", "item", "evidence", "where"):
            table.add_column(col)
        for p in problems:
            table.add_row(p.article, p.item, p.evidence, p.where)
        tables.append(table)
    return tables


def _shown(folder: Path) -> Path:
    """The folder relative to the working directory when it is below it."""
    try:
        return folder.resolve().relative_to(Path.cwd())
    except ValueError:
        return folder


def article_set_tables(report: ArticleSetReport, per_article: bool = False, detail: bool = True) -> list[Table]:
    """The summary and per-field tables; per-article rows and the detail lists when asked.

    ``detail=False`` gives aggregate rows only, naming no article (the held-out ``test/`` split).
    """
    title = f"{report.name}: real-news articles ({_shown(report.folder)}), {report.seconds:.1f} s"
    tables = [_kv_table(title, summary_rows(report, ids=detail))]
    if not report.tally().articles:
        return tables
    tables.append(field_table(report.tally()))
    if per_article:
        tables.append(article_table(report))
    if detail:
        tables += detail_tables(report)
    return tables


# ---------------------------------------------------------------------------------------------
# Markdown


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]], right: bool = True) -> str:
    align = ["---"] + [("---:" if right else "---")] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def gold_markdown(report: GoldSetReport, title: str) -> str:
    parts = [f"### {title}", "", _md_table(["figure", "value"], gold_summary_rows(report))]
    if report.negatives < report.records and report.per_type:
        rows = [
            (t, p.support, p.tp + p.fp, _pct(p.precision), _pct(p.recall), _pct(p.f1))
            for t, p in report.per_type.items()
        ]
        parts += [
            "",
            "Per type (record level):",
            "",
            _md_table(
                ["type", "gold", "coded", "P", "R", "F1"], [tuple(map(str, r)) for r in rows]
            ),
        ]
        below = [t for t, p in report.per_type.items() if p.support and p.f1 < 0.5]
        if below:
            parts += ["", f"Types below 0.5 F1: {', '.join(below)}."]
        if report.per_context:
            parts += ["", "Per PLOVER context (record level; docs/contexts.md):", "",
                      _md_table(["context", "gold", "coded", "P", "R", "F1"], context_rows(report))]
        rows_c, cols = confusion_labels(report)
        matrix = [[r, *[str(report.confusion[r].get(c, "")) for c in cols]] for r in rows_c]
        parts += [
            "",
            "<details><summary>Confusion matrix (gold type x first coded type)</summary>",
            "",
            _md_table(["gold", *cols], matrix),
            "",
            "</details>",
        ]
    parts += [
        "",
        "Most common errors:",
        "",
        _md_table(["error", "count"], [(k, str(n)) for k, n in top_errors(report.error_kinds)]),
    ]
    return "\n".join(parts)


def petrarch_markdown(report: PetrarchReport, title: str) -> str:
    return "\n".join(
        [
            f"### {title}",
            "",
            _md_table(["figure", "value"], petrarch_summary_rows(report)),
            "",
            "Most common errors:",
            "",
            _md_table(["error", "count"], [(k, str(n)) for k, n in top_errors(report.error_kinds)]),
        ]
    )


# ---------------------------------------------------------------------------------------------
# docs/accuracy.md

BEGIN, END = (
    "<!-- eval:begin (generated by `make eval`; edit outside these markers) -->",
    "<!-- eval:end -->",
)
TARGETS = {
    ("plover_gsr", "type_recall"): ">= 0.85",
    ("plover_gsr", "type_micro_f1"): ">= 0.75",
    ("plover_gsr", "type_macro_f1"): ">= 0.70",
    ("plover_gsr", "dyad_f1"): ">= 0.60",
    ("nonevents", "false_positive_share"): "<= 0.10",
    ("petrarch", "type_actor_accuracy"): ">= 0.85",
    ("petrarch", "noevent_accuracy"): ">= 0.90",
}
SET_TITLES = {
    "plover_gsr": "PLOVER gold-standard records (plover_gsr.jsonl, 322 sentences)",
    "nonevents": "Non-event news sentences (tests/gold/nonevents.jsonl)",
    "petrarch": "PETRARCH-2 unit-test records (PLOVER level)",
}


def summary_markdown(figures: dict[str, dict[str, float]], pinned: dict[str, Any]) -> str:
    rows = []
    for name, values in figures.items():
        for figure, value in values.items():
            pin = (pinned.get(name) or {}).get(figure)
            target = TARGETS.get((name, figure), "")
            met = "" if not target else ("yes" if _meets(value, target) else "no")
            rows.append(
                (name, figure, f"{value:.3f}", "" if pin is None else f"{pin:.3f}", target, met)
            )
    return _md_table(
        ["set", "figure", "value", "pinned (tests/eval_baseline.json)", "target", "met"], rows
    )


def _meets(value: float, target: str) -> bool:
    op, number = target.split()
    return value >= float(number) if op == ">=" else value <= float(number)


def accuracy_section(
    reports: dict[str, Any],
    figures: dict[str, dict[str, float]],
    pinned: dict[str, Any],
    coder: str,
    model: str,
) -> str:
    parts = [
        BEGIN,
        "",
        f"Coder `{coder}`, spaCy model `{model}`. All figures count asserted events only.",
        "",
        "## Summary",
        "",
        summary_markdown(figures, pinned),
        "",
    ]
    for name, report in reports.items():
        title = SET_TITLES.get(name, name)
        md = (
            petrarch_markdown(report, title)
            if isinstance(report, PetrarchReport)
            else gold_markdown(report, title)
        )
        parts += [md, ""]
        kinds = general_errors(report.error_kinds)
        if kinds:
            parts += ["Errors by kind: " + "; ".join(f"{k} {n}" for k, n in kinds) + ".", ""]
    parts.append(END)
    return "\n".join(parts)


def splice(document: str, section: str) -> str:
    """Replace the generated section of ``document`` (between the markers), or append it."""
    if BEGIN in document and END in document:
        head, _, rest = document.partition(BEGIN)
        _, _, tail = rest.partition(END)
        return head + section + tail
    return document.rstrip() + "\n\n" + section + "\n"
