"""Accuracy evaluation: scoring the coder against annotated data.

``articles``: ``seismo eval FOLDER`` on annotated real-news articles (text + YAML pairs, the format
of docs/annotation.md): one-to-one matching, per-field agreement by evidence sentence, a review
file. ``phenomena``: the phenomenon suite (tests/phenomena, generated cases per coder
mechanism). ``scoring``: the JSONL gold sets and the PETRARCH records (``goldsets`` reads them,
``quality`` holds the metrics); ``expected``: the lenient must/should/must_not matcher; ``gate``: the
pinned figures of ``tests/eval_baseline.json``; ``render``: every report as rich tables and Markdown.
"""

from seismo.evaluation.articles import (
    code_cases,
    evaluate_article_folder,
    field_agreement,
    locate_evidence,
    score_article,
)
from seismo.evaluation.gold import ArticleCase, GoldItem, read_article_folder
from seismo.evaluation.matching import max_matching
from seismo.evaluation.report import (
    FIELDS,
    ArticleScore,
    ArticleSetReport,
    EvidenceProblem,
    ItemOutcome,
    Tally,
    Violation,
)

__all__ = [
    "FIELDS",
    "ArticleCase",
    "ArticleScore",
    "ArticleSetReport",
    "EvidenceProblem",
    "GoldItem",
    "ItemOutcome",
    "Tally",
    "Violation",
    "code_cases",
    "evaluate_article_folder",
    "field_agreement",
    "locate_evidence",
    "max_matching",
    "read_article_folder",
    "score_article",
]
