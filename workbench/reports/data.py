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


_SEGMENT_SQL = """
SELECT s.id AS segment_id, s.name AS segment, b.id AS board_id,
       (SELECT COUNT(*) FROM interview i JOIN partner p ON p.id = i.partner_id
         WHERE p.segment_id = s.id AND i.status = 'done') AS interviews_done
FROM segment s LEFT JOIN board b ON b.segment_id = s.id
ORDER BY s.name
"""
_TOP_PAINS_SQL = """
SELECT c.title FROM card c WHERE c.board_id = :board AND c.zone = 'pains'
ORDER BY COALESCE(c.manual_rank, c.rank, 1000000), c.id LIMIT 3
"""


@dataclass(frozen=True)
class SegmentSummary:
    """One segment's line on the Summary sheet."""

    segment: str
    fit: float  # 0..1, from workbench.vpc.fit.board_fit
    interviews_done: int
    top_pains: tuple[str, ...]


def segment_summaries(project: Project) -> list[SegmentSummary]:
    """Segments ranked by fit (then interviews); fit comes from the canvas service ``board_fit``."""
    from workbench.vpc.fit import board_fit

    out: list[SegmentSummary] = []
    with project.session() as session:
        conn = session.connection()
        for r in conn.execute(text(_SEGMENT_SQL)).all():
            pains: tuple[str, ...] = ()
            fit = 0.0
            if r.board_id is not None:
                fit = board_fit(session, r.board_id).score
                pains = tuple(t for (t,) in conn.execute(text(_TOP_PAINS_SQL), {"board": r.board_id}).all())
            out.append(SegmentSummary(r.segment, fit, int(r.interviews_done or 0), pains))
    out.sort(key=lambda s: (-s.fit, -s.interviews_done, s.segment))
    return out


_CARDS_SQL = """
SELECT c.id, c.zone, c.title FROM card c WHERE c.board_id = :board
ORDER BY COALESCE(c.manual_rank, c.rank, 1000000), c.id
"""
_LINKS_SQL = """
SELECT f.source_card_id, f.target_card_id FROM fit_link f JOIN card c ON c.id = f.source_card_id
WHERE c.board_id = :board
"""


@dataclass(frozen=True)
class FitMatrix:
    """Relievers/creators (rows) against pains/gains (columns) of one segment's board."""

    segment: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    links: frozenset[tuple[int, int]]  # (row index, column index) pairs that are linked


def fit_matrices(project: Project) -> list[FitMatrix]:
    """One fit matrix per segment with a board, rows and columns in rank order."""
    out: list[FitMatrix] = []
    with project.session() as session:
        conn = session.connection()
        boards = conn.execute(text(
            "SELECT s.name, b.id FROM segment s JOIN board b ON b.segment_id = s.id ORDER BY s.name")).all()
        for name, board_id in boards:
            cards = conn.execute(text(_CARDS_SQL), {"board": board_id}).all()
            rows = [c for c in cards if c.zone in ("relievers", "creators")]
            cols = [c for c in cards if c.zone in ("pains", "gains")]
            row_ix = {c.id: i for i, c in enumerate(rows)}
            col_ix = {c.id: i for i, c in enumerate(cols)}
            links = frozenset(
                (row_ix[s], col_ix[t]) for s, t in conn.execute(text(_LINKS_SQL), {"board": board_id}).all()
                if s in row_ix and t in col_ix)
            out.append(FitMatrix(name, tuple(c.title for c in rows), tuple(c.title for c in cols), links))
    return out
