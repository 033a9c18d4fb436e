"""The partner row as the table and the CLI see it, and its read through plain ``sqlite3``.

No ORM here: the window shows the partners of the project it opens before the database layer has
loaded (:mod:`workbench.ui.firstpaint`), through :func:`read_partners` on a read-only connection;
:func:`workbench.partners.service.list_partners` reads the same rows through SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
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


#: the columns of the partners table, in order
TABLE_COLUMNS: tuple[str, ...] = (
    "profile_rank", "name", "segment", "city", "employees", "clients", "level", "research_status",
    "profile_score", "website",
)
#: the table's columns that hold numbers (right-aligned)
NUMERIC_COLUMNS = frozenset({"profile_rank", "employees", "clients", "profile_score"})


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


def read_partners(con: sqlite3.Connection) -> list[PartnerRead]:
    """Every partner, by id, as :func:`~workbench.partners.service.list_partners` reads them.

    Raises ``sqlite3.Error`` when the file is not a project of this schema (a missing table or column).
    """
    names = {row[0]: row[1] for row in con.execute("SELECT id, name FROM segment")}
    rows = con.execute(f"SELECT {', '.join(READ_FIELDS)} FROM partner ORDER BY id").fetchall()
    out = []
    for row in rows:
        values = dict(zip(READ_FIELDS, row, strict=True))
        out.append(PartnerRead(segment=names.get(values["segment_id"] or -1, ""), **values))
    return out
