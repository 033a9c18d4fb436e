"""Plain read objects of the canvas: what the UI, the exporters and other packages see.

Frozen dataclasses, never ORM rows, so the UI never touches the session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from workbench.store.enums import FIT_TARGET_ZONE, PROFILE_ZONES, VALUE_MAP_ZONES

# The card kind a zone holds, as named by the theme's colours and the labels.
ZONE_KIND: dict[str, str] = {
    "jobs": "job", "pains": "pain", "gains": "gain",
    "products": "product", "relievers": "reliever", "creators": "creator",
}
# A fit link goes from a value-map zone to the profile zone it addresses; the reverse for lookups.
FIT_SOURCE_ZONE: dict[str, str] = {target: source for source, target in FIT_TARGET_ZONE.items()}
# What "importance" means in each zone: jobs by importance, pains by severity, gains by relevance.
IMPORTANCE_MEANING: dict[str, str] = {
    "jobs": "importance", "pains": "severity", "gains": "relevance",
    "products": "importance", "relievers": "importance", "creators": "importance",
}
IMPORTANCE_LEVELS = (1, 2, 3)
SEVERE = 3


@dataclass(frozen=True)
class SegmentRef:
    """A segment and its board (the board id is None until the first card is made)."""

    id: int
    name: str
    board_id: int | None
    cards: int


@dataclass(frozen=True)
class CardRead:
    """A card as drawn: its place in the zone's order, evidence counts and fit links."""

    id: int
    board_id: int
    zone: str
    title: str
    description: str
    importance: int
    pillar: str | None
    manual_rank: int | None
    rank: int  # 1-based position in the zone's displayed order
    auto_score: float
    statements: int
    partners: int
    linked_ids: tuple[int, ...]  # cards on the other end of fit links
    version: int

    @property
    def kind(self) -> str:
        """job, pain, gain, product, reliever or creator."""
        return ZONE_KIND[self.zone]

    @property
    def in_value_map(self) -> bool:
        """True for products, relievers and creators."""
        return self.zone in VALUE_MAP_ZONES

    @property
    def in_profile(self) -> bool:
        """True for jobs, pains and gains."""
        return self.zone in PROFILE_ZONES


@dataclass(frozen=True)
class FitResult:
    """How well the value map addresses the profile (see :func:`workbench.vpc.fit.board_fit`)."""

    score: float  # 0..1, rank-weighted share of the top pains and gains addressed
    top_pains: int
    top_gains: int
    addressed_pains: int
    addressed_gains: int
    unaddressed_pains: tuple[CardRead, ...]  # severe pains no reliever addresses, rank order
    unaddressed_gains: tuple[CardRead, ...]  # important gains no creator addresses, rank order

    @property
    def percent(self) -> int:
        """The score as a whole percentage."""
        return round(self.score * 100)


@dataclass(frozen=True)
class BoardRead:
    """A segment's board: cards per zone in rank order, and the fit."""

    board_id: int | None
    segment_id: int
    segment_name: str
    title: str
    zones: dict[str, tuple[CardRead, ...]]
    fit: FitResult
    links: tuple[tuple[int, int], ...] = field(default=())  # (source card, target card)

    def cards(self) -> list[CardRead]:
        """Every card, zone by zone."""
        return [card for zone in self.zones.values() for card in zone]

    def card(self, card_id: int) -> CardRead | None:
        """A card by id."""
        for zone in self.zones.values():
            for card in zone:
                if card.id == card_id:
                    return card
        return None

    @property
    def card_count(self) -> int:
        """How many cards the board holds."""
        return sum(len(zone) for zone in self.zones.values())


@dataclass(frozen=True)
class QuoteRead:
    """A statement with who said it, when and who asked: evidence or a candidate for it."""

    statement_id: int
    text: str
    kind: str | None
    severity: int | None
    interview_id: int
    partner_id: int
    partner: str
    interviewer: str
    date: datetime | None
    cards: int = 0  # how many cards of the board it already stands behind
