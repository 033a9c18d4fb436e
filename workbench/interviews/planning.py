"""Interviews as a whole: planning, listing with counts, starting, finishing, summary and draft.

Every function is one user action in one transaction and returns plain read objects; the UI and the
CLI never see ORM rows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func
from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.interviews.guides import install_builtin_guides
from workbench.interviews.tx import write_transaction
from workbench.store import models
from workbench.store.enums import INTERVIEW_MODES, INTERVIEW_STATUSES
from workbench.store.project import Project

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class InterviewRead:
    """An interview with its partner, segment and the counts of what was said."""

    id: int
    partner_id: int
    partner_name: str
    segment_id: int | None
    segment_name: str
    guide_id: int | None
    interviewer: str
    planned_at: datetime | None
    started_at: datetime | None
    ended_at: datetime | None
    mode: str
    status: str
    summary: str = ""
    next_steps: str = ""
    draft_text: str = ""
    current_question_id: int | None = None
    jobs: int = 0
    pains: int = 0
    gains: int = 0
    total: int = 0
    untagged: int = 0

    @property
    def date(self) -> datetime | None:
        """The date to show: when it happened, else when it is planned."""
        return self.started_at or self.planned_at or None


@dataclass(frozen=True)
class PartnerChoice:
    """A partner to plan an interview with."""

    id: int
    name: str
    segment_name: str


def _count(kind: str | None):  # type: ignore[no-untyped-def]
    cond = models.Statement.kind.is_(None) if kind is None else models.Statement.kind == kind  # type: ignore[union-attr]
    return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)


def _query():  # type: ignore[no-untyped-def]
    s, i, p, g = models.Statement, models.Interview, models.Partner, models.Segment
    return (
        select(i, p.name, g.id, g.name, _count("job"), _count("pain"), _count("gain"),
               func.count(s.id), _count(None))
        .join(p, p.id == i.partner_id)
        .outerjoin(g, g.id == p.segment_id)
        .outerjoin(s, s.interview_id == i.id)
        .group_by(i.id, p.name, g.id, g.name)
    )


def _read(row: tuple) -> InterviewRead:  # type: ignore[type-arg]
    iv, partner_name, seg_id, seg_name, jobs, pains, gains, total, untagged = row
    assert iv.id is not None
    return InterviewRead(
        id=iv.id, partner_id=iv.partner_id, partner_name=partner_name, segment_id=seg_id,
        segment_name=seg_name or "", guide_id=iv.guide_id, interviewer=iv.interviewer,
        planned_at=iv.planned_at, started_at=iv.started_at, ended_at=iv.ended_at, mode=iv.mode,
        status=iv.status, summary=iv.summary, next_steps=iv.next_steps, draft_text=iv.draft_text,
        current_question_id=iv.current_question_id, jobs=int(jobs), pains=int(pains), gains=int(gains),
        total=int(total), untagged=int(untagged),
    )


def read_interview_in(session: Session, interview_id: int) -> InterviewRead:
    """The read object of one interview within the caller's session."""
    row = session.exec(_query().where(models.Interview.id == interview_id)).first()
    if row is None:
        raise InputError(f"There is no interview {interview_id} in this project.")
    return _read(row)


def get_interview(project: Project, *, interview_id: int) -> InterviewRead:
    """One interview with its counts."""
    with project.session() as session:
        return read_interview_in(session, interview_id)


def list_interviews(
    project: Project,
    *,
    segment_id: int | None = None,
    status: str | None = None,
    interviewer: str | None = None,
) -> list[InterviewRead]:
    """Interviews with partner, segment and counts, newest first; the filters narrow the list."""
    query = _query()
    if segment_id is not None:
        query = query.where(models.Partner.segment_id == segment_id)
    if status:
        query = query.where(models.Interview.status == status)
    if interviewer:
        query = query.where(models.Interview.interviewer == interviewer)
    with project.session() as session:
        rows = [_read(r) for r in session.exec(query).all()]
    far = datetime.min.replace(tzinfo=None)
    rows.sort(key=lambda r: ((r.date.replace(tzinfo=None) if r.date else far), r.id), reverse=True)
    return rows


def interviewers(project: Project) -> list[str]:
    """The distinct interviewer names, for the filter."""
    with project.session() as session:
        names = session.exec(select(models.Interview.interviewer).distinct()).all()
    return sorted(n for n in names if n)


def partner_choices(project: Project) -> list[PartnerChoice]:
    """Partners by name with their segment, for the plan dialog."""
    p, g = models.Partner, models.Segment
    with project.session() as session:
        rows = session.exec(select(p.id, p.name, g.name).outerjoin(g, g.id == p.segment_id).order_by(p.name)).all()
    return [PartnerChoice(id=r[0], name=r[1], segment_name=r[2] or "") for r in rows]


def _default_guide(session: Session) -> int | None:
    lang = session.get(models.ProjectMeta, "language")
    wanted = "partner_program_en" if lang is not None and lang.value == "en" else "partner_program_ru"
    install_builtin_guides(session)
    row = session.exec(select(models.InterviewGuide).where(models.InterviewGuide.builtin_key == wanted)).first()
    return row.id if row else None


def plan_interview(
    project: Project,
    *,
    partner_id: int,
    interviewer: str,
    planned_at: datetime | None,
    guide_id: int | None = None,
    mode: str = "call",
) -> InterviewRead:
    """Plan an interview with a partner (the project's built-in guide unless one is given)."""
    if mode not in INTERVIEW_MODES:
        raise InputError(f"Unknown interview mode {mode!r}; use one of {', '.join(INTERVIEW_MODES)}.")
    with write_transaction(project) as session:
        partner = session.get(models.Partner, partner_id)
        if partner is None:
            raise InputError(f"There is no partner {partner_id} in this project.")
        if guide_id is not None and session.get(models.InterviewGuide, guide_id) is None:
            raise InputError(f"There is no interview guide {guide_id} in this project.")
        row = plan_interview_in(session, partner, interviewer=interviewer.strip(), planned_at=planned_at, mode=mode,
                                guide_id=guide_id if guide_id is not None else _default_guide(session),
                                user=project.user)
        assert row.id is not None
        return read_interview_in(session, row.id)


def plan_interview_in(session: Session, partner: models.Partner, *, interviewer: str, planned_at: datetime | None,
                      mode: str, guide_id: int | None, user: str) -> models.Interview:
    """Within ``session``: a planned interview with ``partner``, who becomes "scheduled" if still a
    candidate or invited (the move recorded in the research-status history); flushed, so it has its id."""
    row = models.Interview(partner_id=partner.id or 0, interviewer=interviewer, planned_at=planned_at, mode=mode,
                           guide_id=guide_id, status="planned")
    session.add(row)
    if partner.research_status in ("candidate", "invited"):
        partner.research_status = "scheduled"
        partner.version += 1
        session.add(models.PartnerStatusChange(partner_id=partner.id or 0, status="scheduled", who=user))
    session.flush()
    return row


def delete_interview(project: Project, *, interview_id: int) -> None:
    """Remove an interview and its statements (used to undo planning one)."""
    with write_transaction(project) as session:
        row = session.get(models.Interview, interview_id)
        if row is None:
            raise InputError(f"There is no interview {interview_id} in this project.")
        for st in session.exec(select(models.Statement).where(models.Statement.interview_id == interview_id)):
            session.delete(st)
        session.delete(row)


def _get(session: Session, interview_id: int) -> models.Interview:
    row = session.get(models.Interview, interview_id)
    if row is None:
        raise InputError(f"There is no interview {interview_id} in this project.")
    return row


def start_interview(project: Project, *, interview_id: int) -> InterviewRead:
    """Mark an interview as in progress; the clock for time offsets starts now (once)."""
    with write_transaction(project) as session:
        row = _get(session, interview_id)
        if row.started_at is None:
            row.started_at = models.utcnow()
        row.status = "in_progress"
        row.version += 1
        session.flush()
        return read_interview_in(session, interview_id)


def finish_interview(project: Project, *, interview_id: int) -> InterviewRead:
    """Mark an interview as done (it keeps its notes; summary and review follow)."""
    with write_transaction(project) as session:
        row = _get(session, interview_id)
        now = models.utcnow()
        if row.started_at is None:
            row.started_at = now
        row.ended_at = now
        row.status = "done"
        row.version += 1
        session.flush()
        return read_interview_in(session, interview_id)


def set_status(project: Project, *, interview_id: int, status: str) -> str:
    """Set the status directly (undo of start/finish); returns the previous status."""
    if status not in INTERVIEW_STATUSES:
        raise InputError(f"Unknown status {status!r}; use one of {', '.join(INTERVIEW_STATUSES)}.")
    with write_transaction(project) as session:
        row = _get(session, interview_id)
        before = row.status
        row.status = status
        if status != "done":
            row.ended_at = None
        row.version += 1
        return before


def set_summary(project: Project, *, interview_id: int, summary: str, next_steps: str) -> tuple[str, str]:
    """Store the summary and next steps; returns the previous pair (for undo)."""
    with write_transaction(project) as session:
        row = _get(session, interview_id)
        before = (row.summary, row.next_steps)
        row.summary, row.next_steps = summary, next_steps
        row.version += 1
        return before


def save_draft(project: Project, *, interview_id: int, text: str) -> None:
    """Keep the line being typed, so that a crash loses nothing."""
    with write_transaction(project) as session:
        _get(session, interview_id).draft_text = text


def set_current_question(project: Project, *, interview_id: int, question_id: int | None) -> None:
    """Remember which guide question the conversation is on."""
    with write_transaction(project) as session:
        _get(session, interview_id).current_question_id = question_id
