"""The partner row as the table and the CLI see it, and the table's order (no ORM here)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from workbench.store import models


@dataclass(frozen=True)
class PartnerRead:
    """A partner as the table and the CLI see it."""

    id: int
    name: str
    segment_id: int | None
    segment: str
    city: str
    region: str
    website: str
    employees: int | None
    clients: int | None
    level: str
    certification: str
    ecosystems: str
    authority_rank: int | None
    technical_capability: int | None
    community_authority: int | None
    similar_experience: int | None
    research_status: str
    profile_score: float | None
    profile_rank: int | None
    notes: str
    version: int

    @classmethod
    def of(cls, row: models.Partner, segment: str = "") -> PartnerRead:
        """The read object of a row."""
        assert row.id is not None
        return cls(
            id=row.id, name=row.name, segment_id=row.segment_id, segment=segment, city=row.city,
            region=row.region, website=row.website, employees=row.employees, clients=row.clients,
            level=row.level, certification=row.certification, ecosystems=row.ecosystems,
            authority_rank=row.authority_rank, technical_capability=row.technical_capability,
            community_authority=row.community_authority, similar_experience=row.similar_experience,
            research_status=row.research_status, profile_score=row.profile_score,
            profile_rank=row.profile_rank, notes=row.notes, version=row.version,
        )


def order_by(rows: Sequence[PartnerRead], name: str, *, descending: bool = False) -> list[int]:
    """Row positions ordered by the field ``name`` (then by id), blanks last in either direction."""
    present: list[int] = []
    blank: list[int] = []
    for i, row in enumerate(rows):
        value = getattr(row, name)
        (blank if value is None or value == "" else present).append(i)

    def key(i: int) -> tuple[Any, int]:
        value = getattr(rows[i], name)
        return (value.casefold() if isinstance(value, str) else value, rows[i].id)

    present.sort(key=key, reverse=descending)
    return present + blank


#: the partner table's columns a :class:`PartnerRead` holds (the segment's name comes from its table)
READ_FIELDS = tuple(f for f in PartnerRead.__dataclass_fields__ if f != "segment")
