"""Stage 5, analysis: story events, counts, trends, alerts and exports over a Store.

Counts, trends and alerts use story events (one per real-world event) by default;
``raw=True`` gives per-report rows. Everything here reads the store except
``build_stories``/``ensure_stories``, which rewrite the story tables.
"""

from seismo.analysis.alerts import alerts
from seismo.analysis.counts import (
    dyads,
    parse_dyad,
    sparkline,
    timeseries,
    trend_lines,
    trend_table,
)
from seismo.analysis.explain import explain_event, explanation_lines
from seismo.analysis.export import export
from seismo.analysis.models import (
    Alert,
    Comparison,
    DyadRow,
    Explanation,
    KeyCheck,
    Story,
    TimeseriesRow,
    Trend,
    TrendRow,
)
from seismo.analysis.plot import plot_trend
from seismo.analysis.stories import build_stories, ensure_stories, stories

__all__ = [
    "Alert",
    "Comparison",
    "DyadRow",
    "Explanation",
    "KeyCheck",
    "Story",
    "TimeseriesRow",
    "Trend",
    "TrendRow",
    "alerts",
    "build_stories",
    "dyads",
    "ensure_stories",
    "explain_event",
    "explanation_lines",
    "export",
    "parse_dyad",
    "plot_trend",
    "sparkline",
    "stories",
    "timeseries",
    "trend_lines",
    "trend_table",
]
