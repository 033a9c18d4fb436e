"""Read models for leadership exports, straight from the store with SQL.

Every export (workbook, charts, brief, REFI-QDA) reads through this one layer, so that swapping a
simple local computation for the canvas/backlog/partners services is a one-line change here.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from workbench.store.project import Project

_EVIDENCE_SQL = """
SELECT s.name AS segment, c.title AS card, st.kind AS kind, st.text AS quote,
       p.name AS partner, COALESCE(i.started_at, i.planned_at, i.created_at) AS date,
       i.interviewer AS interviewer
FROM evidence e
JOIN card c ON c.id = e.card_id
JOIN board b ON b.id = c.board_id
JOIN segment s ON s.id = b.segment_id
JOIN statement st ON st.id = e.statement_id
JOIN interview i ON i.id = st.interview_id
JOIN partner p ON p.id = i.partner_id
ORDER BY s.name, COALESCE(c.manual_rank, c.rank, 1000000), c.id, st.id
"""


@dataclass(frozen=True)
class EvidenceRow:
    """One statement standing behind one card, with who said it and when."""

    segment: str
    card: str
    kind: str
    quote: str
    partner: str
    date: str
    interviewer: str


def evidence_rows(project: Project) -> list[EvidenceRow]:
    """All evidence rows of the project, by segment and card rank (one SQL query)."""
    with project.session() as session:
        rows = session.connection().execute(text(_EVIDENCE_SQL)).all()
    return [
        EvidenceRow(r.segment, r.card, r.kind or "", r.quote, r.partner, str(r.date or "")[:10], r.interviewer or "")
        for r in rows
    ]
