"""The partners table's columns, and its first rows read through plain ``sqlite3``.

No ORM and no dataclasses here: the window shows the first partners of the project it opens before
the database layer has loaded (:mod:`workbench.ui.firstpaint`), through :func:`read_first_rows` on a
read-only connection; :func:`workbench.partners.service.list_partners` reads the same partners
through SQLAlchemy, and :func:`workbench.partners.rows.order_by` puts them in the same order.
"""

from __future__ import annotations

import sqlite3
from typing import Any

#: the columns of the partners table, in order
TABLE_COLUMNS: tuple[str, ...] = (
    "profile_rank", "name", "segment", "city", "employees", "clients", "level", "research_status",
    "profile_score", "website",
)
#: the table's columns that hold numbers (right-aligned)
NUMERIC_COLUMNS = frozenset({"profile_rank", "employees", "clients", "profile_score"})

_FIRST_ROWS = (
    "SELECT " + ", ".join("COALESCE(s.name, '')" if c == "segment" else f"p.{c}" for c in TABLE_COLUMNS)
    + " FROM partner AS p LEFT JOIN segment AS s ON s.id = p.segment_id"
    " ORDER BY p.profile_rank IS NULL, p.profile_rank, p.id LIMIT ?"
)


def read_first_rows(con: sqlite3.Connection, limit: int) -> tuple[list[tuple[Any, ...]], int]:
    """The :data:`TABLE_COLUMNS` of the first ``limit`` partners in the table's opening order (by rank,
    unranked last, then by id), and how many partners there are in all.

    Raises ``sqlite3.Error`` when the file is not a project of this schema (a missing table or column).
    """
    rows = con.execute(_FIRST_ROWS, (limit,)).fetchall()
    total = con.execute("SELECT COUNT(*) FROM partner").fetchone()[0]
    return rows, int(total)
