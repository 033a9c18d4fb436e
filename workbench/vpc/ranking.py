"""Order within a zone: an automatic rank from the evidence, with a manual override.

The method ranks jobs by importance, pains by severity and gains by relevance; all three are kept
in ``Card.importance`` (1 low, 2 medium, 3 high) and read by the zone. The automatic score is the
number of distinct partners behind a card times that weight: a pain three partners raised with
high severity outranks one a single partner called critical. Value-map cards have no interview
evidence of their own as a rule, so they score by importance times (partners + profile cards they
address). Ties go to the higher weight, then more statements, then the title.

A manual rank (``Card.manual_rank``, 1-based) pins a card at that position; the other cards keep
their automatic order around the pinned ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workbench.store.enums import VALUE_MAP_ZONES


@dataclass(frozen=True)
class Rankable:
    """What ranking needs to know about a card."""

    id: int
    zone: str
    title: str
    importance: int
    partners: int
    statements: int
    links: int
    manual_rank: int | None


def auto_score(item: Rankable) -> float:
    """The evidence-based score: distinct partners × severity/importance (value map: + links)."""
    weight = max(1, min(3, item.importance))
    if item.zone in VALUE_MAP_ZONES:
        return float(weight * (item.partners + item.links))
    return float(weight * item.partners)


def _auto_key(item: Rankable) -> tuple[float, int, int, str, int]:
    return (-auto_score(item), -item.importance, -item.statements, item.title.casefold(), item.id)


def order(items: Sequence[Rankable]) -> list[Rankable]:
    """The zone's displayed order: automatic, with manually ranked cards pinned at their position."""
    automatic = sorted((i for i in items if i.manual_rank is None), key=_auto_key)
    auto_pos = {item.id: pos for pos, item in enumerate(sorted(items, key=_auto_key))}
    pinned = sorted((i for i in items if i.manual_rank is not None),
                    key=lambda i: (i.manual_rank, auto_pos[i.id]))
    result = list(automatic)
    for item in pinned:
        assert item.manual_rank is not None
        result.insert(max(0, min(item.manual_rank - 1, len(result))), item)
    return result


def moved_order(ids: Sequence[int], card_id: int, position: int) -> list[int]:
    """The ids in ``ids`` with ``card_id`` moved to 0-based ``position`` (clamped)."""
    rest = [i for i in ids if i != card_id]
    position = max(0, min(position, len(rest)))
    return [*rest[:position], card_id, *rest[position:]]
