"""``seismo plot``: a PNG of a dyad's or country's trend (matplotlib, Agg, no display needed).

Uses ``matplotlib.figure.Figure`` with the Agg canvas directly rather than pyplot, so
plotting keeps no global state and works in a server thread or a headless CI box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from seismo.analysis.counts import Interval, trend_table
from seismo.analysis.models import Trend
from seismo.errors import AnalysisError, Errors
from seismo.store import EventFilter, Store

if TYPE_CHECKING:  # matplotlib is imported only when a plot is drawn (A006 if missing)
    from matplotlib.figure import Figure


def plot_trend(
    store: Store,
    output: Path | str,
    dyad: str | None = None,
    country: str | None = None,
    interval: Interval = "week",
    raw: bool = False,
    filters: EventFilter | None = None,
) -> Trend:
    """Draw cooperation/conflict bars and the net Goldstein line to ``output``; return the data."""
    trend = trend_table(
        store, dyad=dyad, country=country, interval=interval, raw=raw, filters=filters
    )
    if not trend.rows:
        raise AnalysisError(Errors.A005.format(what=trend.key), "A005")
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError:
        raise AnalysisError(Errors.A006, "A006") from None
    figure = Figure(figsize=(10, 4.5), dpi=100)
    FigureCanvasAgg(figure)
    _draw(figure, trend)
    output = Path(output)
    try:
        figure.savefig(output, format="png")
    except OSError as exc:
        raise AnalysisError(
            Errors.A007.format(path=output, detail=exc.strerror or exc), "A007"
        ) from None
    return trend


def _draw(figure: Figure, trend: Trend) -> None:
    """Stacked bars (cooperation below, conflict above, the rest on top) and a score line."""
    ax = figure.add_subplot(1, 1, 1)
    periods = np.array([r.period for r in trend.rows], dtype="datetime64[D]")
    coop = [r.n_coop for r in trend.rows]
    conflict = [r.n_conflict for r in trend.rows]
    other = [r.count - r.n_coop - r.n_conflict for r in trend.rows]
    # A week's bar spans Monday to Saturday from its period start; a day's is centred.
    bars = {"width": 6, "align": "edge"} if trend.interval == "week" else {"width": 0.8}
    ax.bar(periods, coop, **bars, color="#4c9a5f", label="cooperation (quad 1-2)")
    ax.bar(periods, conflict, **bars, bottom=coop, color="#c8553d", label="conflict (quad 3-4)")
    base = [c + k for c, k in zip(coop, conflict, strict=True)]
    ax.bar(periods, other, **bars, bottom=base, color="#bbbbbb", label="unclassified")
    ax.set_ylim(0, max(r.count for r in trend.rows) * 1.35 + 0.5)  # headroom for the legend
    unit = "events" if trend.raw else "stories"
    ax.set_ylabel(f"{unit} per {trend.interval}")
    ax.set_title(f"{trend.key}: {unit} per {trend.interval}")
    score = ax.twinx()
    score.plot(
        periods,
        [r.goldstein for r in trend.rows],
        color="#333333",
        marker=".",
        label="net Goldstein",
    )
    score.axhline(0, color="#999999", linewidth=0.5)
    score.set_ylabel("net Goldstein score")
    handles, labels = ax.get_legend_handles_labels()
    more_handles, more_labels = score.get_legend_handles_labels()
    ax.legend(handles + more_handles, labels + more_labels, loc="upper left", fontsize="small")
    figure.autofmt_xdate()
    figure.tight_layout()
