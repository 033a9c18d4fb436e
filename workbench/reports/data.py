"""Read models for leadership exports: what the workbook, the charts and the brief show.

Everything comes from the services that the screens use (segment scoring, the canvas board and its
fit, the backlog, the program structure), plus one SQL query for the evidence table, so an export
never tells a different story from the app. Nothing here writes to the project.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import text

from workbench.store.enums import PILLARS
from workbench.store.project import Project

Progress = Callable[[int, int], None]

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
ORDER BY s.name, CASE c.zone WHEN 'jobs' THEN 0 WHEN 'pains' THEN 1 WHEN 'gains' THEN 2 ELSE 3 END,
         COALESCE(c.manual_rank, c.rank, 1000000), c.id, st.id
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
    """All evidence rows of the project, by segment, zone (jobs, pains, gains) and card rank (one SQL query)."""
    with project.session() as session:
        rows = session.connection().execute(text(_EVIDENCE_SQL)).all()
    return [
        EvidenceRow(r.segment, r.card, r.kind or "", r.quote, r.partner, str(r.date or "")[:10], r.interviewer or "")
        for r in rows
    ]


_DONE_SQL = """
SELECT p.segment_id, COUNT(*) FROM interview i JOIN partner p ON p.id = i.partner_id
WHERE i.status = 'done' GROUP BY p.segment_id
"""


@dataclass(frozen=True)
class SegmentView:
    """A segment as leadership sees it: score and rank, fit, interviews, and its canvas."""

    segment_id: int
    name: str
    rank: int  # 1 = best score
    score: float  # 0..100, segment scoring
    fit: float  # 0..1, the canvas's own fit (workbench.vpc.fit)
    interviews_done: int
    partners: int
    values: dict[str, float]  # scoring criterion -> 0..1
    points: dict[str, float]  # scoring criterion -> points of the 100
    board: object  # workbench.vpc.reads.BoardRead
    top_pains: tuple[str, ...] = field(default=())
    unaddressed_pains: tuple[str, ...] = field(default=())

    def zone(self, name: str) -> tuple:  # type: ignore[type-arg]
        """The board's cards of one zone in rank order (CardRead objects)."""
        return tuple(self.board.zones.get(name, ()))  # type: ignore[attr-defined]


def segment_views(project: Project, *, top: int = 3) -> list[SegmentView]:
    """Every segment ranked by its score (the segment scoring), with its board and fit."""
    from sqlmodel import select

    from workbench.partners.segments import compute_scores
    from workbench.store import models
    from workbench.vpc.board import board_id_for, load_board_in
    from workbench.vpc.fit import fit_of
    from workbench.vpc.reads import BoardRead

    boards = {}
    with project.session() as session:  # what load_board reads, for every segment in one session
        done = {sid: int(n) for sid, n in session.connection().execute(text(_DONE_SQL)).all()}
        for segment_id, name in session.exec(select(models.Segment.id, models.Segment.name)).all():
            board_id = board_id_for(session, segment_id)
            zones, links = load_board_in(session, board_id) if board_id is not None else ({}, ())
            boards[segment_id] = BoardRead(board_id=board_id, segment_id=segment_id, segment_name=name,
                                           title=name, zones=dict(zones), fit=fit_of(zones), links=links)
    # the scores take the fits just read instead of loading every board again
    scores = compute_scores(project, board_fits={sid: b.fit.score for sid, b in boards.items()})
    out = []
    for s in scores:
        board = boards[s.segment_id]
        pains = board.zones.get("pains", ())
        out.append(SegmentView(
            segment_id=s.segment_id, name=s.name, rank=s.rank, score=s.score, fit=board.fit.score,
            interviews_done=done.get(s.segment_id, 0), partners=s.partners, values=dict(s.values),
            points=dict(s.points), board=board, top_pains=tuple(c.title for c in pains[:top]),
            unaddressed_pains=tuple(c.title for c in board.fit.unaddressed_pains)))
    return out


@dataclass(frozen=True)
class FitMatrix:
    """Relievers/creators (rows) against pains/gains (columns) of one segment's board."""

    segment: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    links: frozenset[tuple[int, int]]  # (row index, column index) pairs that are linked


def fit_matrix(view: SegmentView) -> FitMatrix:
    """The fit matrix of a segment's board, rows and columns in the canvas's rank order."""
    rows = [*view.zone("relievers"), *view.zone("creators")]
    cols = [*view.zone("pains"), *view.zone("gains")]
    col_ix = {c.id: i for i, c in enumerate(cols)}
    links = frozenset((i, col_ix[t]) for i, c in enumerate(rows) for t in c.linked_ids if t in col_ix)
    return FitMatrix(view.name, tuple(c.title for c in rows), tuple(c.title for c in cols), links)


def fit_matrices(project: Project) -> list[FitMatrix]:
    """One fit matrix per segment that has a board, best-scored segment first."""
    return [fit_matrix(v) for v in segment_views(project) if v.board.board_id is not None]  # type: ignore[attr-defined]


def backlog_items(project: Project) -> list:  # type: ignore[type-arg]
    """The backlog in priority order (rejected last), as ``BacklogItemRead`` objects."""
    from workbench.backlog.service import list_items
    from workbench.reports.backlog_export import ranked

    return ranked(list_items(project))


def backlog_by_pillar(items: list) -> dict[str, dict[str, int]]:  # type: ignore[type-arg]
    """Items per pillar and status: {pillar: {status: count}} (every pillar present)."""
    out: dict[str, dict[str, int]] = {p: {} for p in PILLARS}
    for item in items:
        bucket = out.setdefault(item.pillar, {})
        bucket[item.status] = bucket.get(item.status, 0) + 1
    return out


@dataclass(frozen=True)
class LeadershipData:
    """Everything the leadership exports show, read once."""

    segments: list[SegmentView]
    evidence: list[EvidenceRow]
    backlog: list  # type: ignore[type-arg]
    program: list  # type: ignore[type-arg]  # workbench.backlog.program.PillarGroup, by pillar


def read_all(project: Project, *, progress: Progress | None = None, steps: int = 4) -> LeadershipData:
    """Read segments, evidence, backlog and program; ``progress(done, steps)`` after each."""
    from workbench.backlog.program import program_structure

    tick = progress or (lambda _d, _t: None)
    segments = segment_views(project)
    tick(1, steps)
    evidence = evidence_rows(project)
    tick(2, steps)
    backlog = backlog_items(project)
    tick(3, steps)
    program = program_structure(project)
    tick(4, steps)
    return LeadershipData(segments, evidence, backlog, program)


def project_language(project: Project, lang: str | None) -> str:
    """``lang`` if it is "ru" or "en"; otherwise the project's language (Russian unless it says English)."""
    if lang in ("ru", "en"):
        return lang  # type: ignore[return-value]
    return "en" if project.get_meta("lang", "ru") == "en" else "ru"
