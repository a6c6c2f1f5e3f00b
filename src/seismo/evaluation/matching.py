"""One-to-one matching of gold items to produced events (maximum bipartite matching).

Kuhn's augmenting-path algorithm: gold items are tried in the order given, and an augmenting path
never unmatches a gold item, so the items given first (``must`` before ``should``) keep the largest
number matched that any maximum matching allows. Articles have tens of items and events, so the
O(V·E) bound is nothing.
"""

from __future__ import annotations

from collections.abc import Sequence


def max_matching(edges: Sequence[Sequence[int]], n_right: int) -> dict[int, int]:
    """``edges[i]`` lists the right vertices (events) gold item ``i`` may take; returns item -> event.

    The matching is maximum, and among maximum matchings it matches as many of the first items as
    possible (items are augmented in index order).
    """
    owner: list[int | None] = [None] * n_right  # event -> item

    def augment(item: int, seen: set[int]) -> bool:
        for event in edges[item]:
            if event in seen:
                continue
            seen.add(event)
            holder = owner[event]
            if holder is None or augment(holder, seen):
                owner[event] = item
                return True
        return False

    for item in range(len(edges)):
        augment(item, set())
    return {item: event for event, item in enumerate(owner) if item is not None}
