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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import TypeVar

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


def score(zone: str, importance: int, partners: int, links: int) -> float:
    """The evidence-based score from plain values: distinct partners × weight (value map: + links)."""
    weight = max(1, min(3, importance))
    if zone in VALUE_MAP_ZONES:
        return float(weight * (partners + links))
    return float(weight * partners)


def auto_score(item: Rankable) -> float:
    """The evidence-based score: distinct partners × severity/importance (value map: + links)."""
    return score(item.zone, item.importance, item.partners, item.links)


def sort_key(score_: float, importance: int, statements: int, title: str, card_id: int) -> tuple[float, int, int, str, int]:
    """The automatic order's key: higher score, then higher weight, more statements, title, id."""
    return (-score_, -importance, -statements, title.casefold(), card_id)


def _auto_key(item: Rankable) -> tuple[float, int, int, str, int]:
    return sort_key(auto_score(item), item.importance, item.statements, item.title, item.id)


T = TypeVar("T")


def arrange(entries: Iterable[tuple[tuple[float, int, int, str, int], int | None, T]]) -> list[T]:
    """Payloads in displayed order from ``(sort key, manual rank, payload)`` entries.

    Automatic order by key, with manually ranked entries pinned at their position (ties between
    pinned entries go to the automatic order). Each key is computed once by the caller.
    """
    ranked = sorted(entries, key=itemgetter(0))
    result = [payload for _key, manual, payload in ranked if manual is None]
    pinned = sorted(((manual, pos, payload) for pos, (_key, manual, payload) in enumerate(ranked) if manual is not None),
                    key=itemgetter(0, 1))
    for manual, _pos, payload in pinned:
        result.insert(max(0, min(manual - 1, len(result))), payload)
    return result


def order(items: Sequence[Rankable]) -> list[Rankable]:
    """The zone's displayed order: automatic, with manually ranked cards pinned at their position."""
    return arrange((_auto_key(item), item.manual_rank, item) for item in items)


def moved_order(ids: Sequence[int], card_id: int, position: int) -> list[int]:
    """The ids in ``ids`` with ``card_id`` moved to 0-based ``position`` (clamped)."""
    rest = [i for i in ids if i != card_id]
    position = max(0, min(position, len(rest)))
    return [*rest[:position], card_id, *rest[position:]]
