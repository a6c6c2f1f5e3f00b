"""Article-evaluation reports as rich tables (the style of ``seismo.evaluation.eval_render``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.table import Table

from seismo.evaluation.report import FIELDS, ArticleSetReport, Tally


def _of(value: float, numerator: int, denominator: int) -> str:
    return f"{value:.3f} ({numerator}/{denominator})"


def summary_rows(report: ArticleSetReport) -> list[tuple[str, str]]:
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
        rows.append(("articles the reader rejected (items count as missed)", ", ".join(rejected)))
    return rows


def _kv_table(title: str, rows: Sequence[tuple[str, str]]) -> Table:
    table = Table(title=title, title_justify="left", show_header=False)
    table.add_column("figure")
    table.add_column("value", justify="right")
    for k, v in rows:
        table.add_row(k, v)
    return table


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

    ``detail=False`` gives aggregate rows only (the held-out ``test/`` split).
    """
    title = f"{report.name}: real-news articles ({_shown(report.folder)}), {report.seconds:.1f} s"
    tables = [_kv_table(title, summary_rows(report))]
    if not report.tally().articles:
        return tables
    tables.append(field_table(report.tally()))
    if per_article:
        tables.append(article_table(report))
    if detail:
        tables += detail_tables(report)
    return tables
