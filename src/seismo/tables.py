"""Terminal tables that fit the terminal: essential columns whole, the others kept while there is room.

A table is declared as ``Col`` objects. Essential columns (a date, an event type, actor codes, an
id) are never dropped, wrapped or cut: they get the width of their widest value. Optional columns
are added in priority order while the table still fits the console width; a flexible column (an
evidence sentence, a title) takes what is left and wraps, or is dropped when less than its
``min_width`` is left. So ``COLUMNS=80 seismo events`` shows whole dates, types, actor codes and
event ids, and wider terminals add the evidence, the mode, the place and the quantity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from rich.table import Table
from rich.text import Text

# rich's default box: one border character per column plus one, and one space of padding each side
_PER_COLUMN = 3
_EDGE = 1


@dataclass(frozen=True)
class Col:
    """One column: ``essential`` columns are always shown whole; others by ``priority`` (lower first)."""

    name: str
    essential: bool = False
    priority: int = 0
    flexible: bool = False  # takes the remaining width and wraps
    min_width: int = 12  # a flexible column narrower than this is dropped
    max_width: int | None = None  # a flexible column never grows past this
    wrap: bool = True  # a flexible column wraps its long cells, else cuts them with "…"
    justify: Literal["left", "right"] = "left"


Cell = str | Text
WRAPPED_CAP = 12  # a wrappable cell (a Text without no_wrap) in an essential column counts at most this wide


def fit_table(title: str, columns: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int) -> Table:
    """A rich Table of ``rows`` with the columns that fit ``width`` characters, in declared order.

    Cells of essential columns are plain strings (never cut) or ``Text`` without ``no_wrap``
    (an unresolved actor's name, say), which may wrap past ``WRAPPED_CAP`` characters.
    """
    natural = [max([len(c.name), *(_cell_width(row[i], c.essential) for row in rows)])
               for i, c in enumerate(columns)]
    floor = [min(c.min_width, natural[i]) if c.flexible else natural[i] for i, c in enumerate(columns)]
    keep = {i for i, c in enumerate(columns) if c.essential}
    used = _EDGE + sum(floor[i] + _PER_COLUMN for i in keep)
    for i in sorted((i for i, c in enumerate(columns) if not c.essential), key=lambda i: columns[i].priority):
        if used + floor[i] + _PER_COLUMN <= width:
            keep.add(i)
            used += floor[i] + _PER_COLUMN
    widths = _grow_flexible(columns, keep, natural, floor, max(0, width - used))
    table = Table(title=title)
    for i, col in enumerate(columns):
        if i in keep:
            cut = col.flexible and not col.wrap
            table.add_column(col.name, width=widths[i], justify=col.justify, no_wrap=cut,
                             overflow="ellipsis" if cut else "fold")
    for row in rows:
        table.add_row(*(row[i] for i in range(len(columns)) if i in keep))
    return table


def _grow_flexible(columns: Sequence[Col], keep: set[int], natural: list[int], floor: list[int],
                   spare: int) -> list[int]:
    """Share the spare width among the kept flexible columns, evenly, none past its natural width."""
    widths = list(floor)
    flexible = [i for i in sorted(keep) if columns[i].flexible]
    while spare > 0 and flexible:
        share = max(1, spare // len(flexible))
        for i in list(flexible):
            cap = min(natural[i], columns[i].max_width or natural[i])
            grow = min(share, cap - widths[i], spare)
            widths[i] += grow
            spare -= grow
            if widths[i] >= cap:
                flexible.remove(i)
    return widths


def _cell_width(cell: Cell, essential: bool) -> int:
    text = cell.plain if isinstance(cell, Text) else cell
    longest = max((len(line) for line in text.splitlines()), default=0)
    if essential and isinstance(cell, Text) and not cell.no_wrap:
        return min(longest, WRAPPED_CAP)
    return longest
