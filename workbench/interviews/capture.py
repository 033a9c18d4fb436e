"""Capturing statements: one committed statement per line, durable before it is acknowledged."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.interviews.tx import write_transaction
from workbench.store import models
from workbench.store.enums import KIND_PREFIXES, KINDS
from workbench.store.project import Project
from workbench.store.team import lock_for_append

log = logging.getLogger(__name__)

_PREFIX = re.compile(r"^\s*([A-Za-zА-Яа-яЁё]+)\s*:\s*(.*)$", re.DOTALL)
MAX_STATEMENT_CHARS = 20_000


@dataclass(frozen=True)
class StatementRead:
    """A statement as the UI and the CLI see it."""

    id: int
    interview_id: int
    text: str
    position: int
    kind: str | None
    severity: int | None
    time_offset_s: float | None
    source: str
    guide_question_id: int | None
    is_quote: bool
    is_followup: bool
    speaker: str
    suggested_kind: str | None = None
    suggested_score: float | None = None
    suggestion_state: str | None = None
    updated_at: datetime | None = None

    @classmethod
    def of(cls, row: models.Statement) -> StatementRead:
        """The read object of a row."""
        assert row.id is not None
        return cls(
            id=row.id, interview_id=row.interview_id, text=row.text, position=row.position,
            kind=row.kind, severity=row.severity, time_offset_s=row.time_offset_s, source=row.source,
            guide_question_id=row.guide_question_id, is_quote=row.is_quote, is_followup=row.is_followup,
            speaker=row.speaker, suggested_kind=row.suggested_kind, suggested_score=row.suggested_score,
            suggestion_state=row.suggestion_state, updated_at=row.updated_at,
        )


def parse_kind_prefix(line: str) -> tuple[str | None, str]:
    """Split a leading ``pain:``/``боль:``-style tag off a line: (kind or None, the rest)."""
    match = _PREFIX.match(line)
    if match:
        kind = KIND_PREFIXES.get(match.group(1).lower())
        if kind is not None:
            return kind, match.group(2).strip()
    return None, line.strip()


def _offset(interview: models.Interview, at: datetime) -> float | None:
    if interview.started_at is None:
        return None
    started = interview.started_at
    return max(0.0, (at - started).total_seconds())


def add_statement_in(
    session: Session,
    *,
    interview_id: int,
    text: str,
    kind: str | None = None,
    user: str = "",
    guide_question_id: int | None = None,
    source: str = "manual",
    speaker: str = "",
    severity: int | None = None,
    is_quote: bool = False,
    is_followup: bool = False,
) -> models.Statement:
    """Append a statement to an interview within the caller's transaction."""
    if kind is not None and kind not in KINDS:
        raise InputError(f"Unknown kind {kind!r}; use one of {', '.join(KINDS)}.")
    text = text.strip()
    if not text:
        raise InputError("A statement cannot be empty.")
    if severity is not None and severity not in (1, 2, 3):
        raise InputError("Severity is 1 (low), 2 (medium) or 3 (high).")
    if len(text) > MAX_STATEMENT_CHARS:
        raise InputError(f"A statement is limited to {MAX_STATEMENT_CHARS:,} characters.")
    interview = session.get(models.Interview, interview_id)
    if interview is None:
        raise InputError(f"There is no interview {interview_id} in this project.")
    lock_for_append(session, interview_id)
    now = models.utcnow()
    last = session.exec(
        select(func.max(models.Statement.position)).where(models.Statement.interview_id == interview_id)
    ).one()
    row = models.Statement(
        interview_id=interview_id, text=text, kind=kind, position=(last + 1) if last is not None else 0,
        time_offset_s=_offset(interview, now), source=source, created_by=user, speaker=speaker,
        guide_question_id=guide_question_id if guide_question_id is not None else interview.current_question_id,
        severity=severity, is_quote=is_quote, is_followup=is_followup, created_at=now, updated_at=now,
    )
    session.add(row)
    session.flush()
    return row


def add_statement(project: Project, *, interview_id: int, line: str, **kwargs: object) -> StatementRead:
    """Commit one typed line as a statement (a leading kind prefix tags it) and return it once durable."""
    kind, text = parse_kind_prefix(line)
    if "kind" in kwargs and kwargs["kind"] is not None:
        kind = str(kwargs.pop("kind"))
    kwargs.pop("kind", None)
    with write_transaction(project) as session:
        row = add_statement_in(session, interview_id=interview_id, text=text, kind=kind,
                               user=project.user, **kwargs)  # type: ignore[arg-type]
        read = StatementRead.of(row)
    return read


def commit_line(
    project: Project,
    *,
    interview_id: int,
    line: str,
    kind: str | None = None,
    severity: int | None = None,
    is_quote: bool = False,
    is_followup: bool = False,
    guide_question_id: int | None = None,
    next_draft: str = "",
) -> StatementRead:
    """Capture mode's Enter: commit the line and clear the draft in one transaction.

    A typed prefix tags the line unless ``kind`` is given. A planned interview starts with its first
    line, so the time offsets count from then. ``next_draft`` is what the editor holds after the
    line (normally empty), so a crash right after this commit never restores the line twice.
    """
    prefixed, text = parse_kind_prefix(line)
    with write_transaction(project) as session:
        interview = session.get(models.Interview, interview_id)
        if interview is None:
            raise InputError(f"There is no interview {interview_id} in this project.")
        if interview.started_at is None:
            interview.started_at = models.utcnow()
        if interview.status == "planned":
            interview.status = "in_progress"
        interview.draft_text = next_draft
        if guide_question_id is not None:
            interview.current_question_id = guide_question_id
        row = add_statement_in(
            session, interview_id=interview_id, text=text, kind=kind or prefixed, user=project.user,
            guide_question_id=guide_question_id, severity=severity, is_quote=is_quote, is_followup=is_followup,
        )
        return StatementRead.of(row)
