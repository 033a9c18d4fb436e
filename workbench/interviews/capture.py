"""Capturing statements: one committed statement per line, durable before it is acknowledged."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, bindparam, case, func, insert, update
from sqlalchemy import select as core_select
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.interviews.tx import write_transaction
from workbench.store import models
from workbench.store.enums import KIND_PREFIXES, KINDS
from workbench.store.project import Project, storage_error
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


def _checked(text: str, kind: str | None, severity: int | None) -> str:
    """The statement's text, stripped, once kind, text and severity are known to be acceptable."""
    if kind is not None and kind not in KINDS:
        raise InputError(f"Unknown kind {kind!r}; use one of {', '.join(KINDS)}.")
    text = text.strip()
    if not text:
        raise InputError("A statement cannot be empty.")
    if severity is not None and severity not in (1, 2, 3):
        raise InputError("Severity is 1 (low), 2 (medium) or 3 (high).")
    if len(text) > MAX_STATEMENT_CHARS:
        raise InputError(f"A statement is limited to {MAX_STATEMENT_CHARS:,} characters.")
    return text


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
    text = _checked(text, kind, severity)
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


# Capture mode's Enter runs for every typed line, so it skips the ORM's unit of work: two statements
# built once, compiled once per dialect by SQLAlchemy's cache, on one Core connection.
_IV = models.Interview.__table__
_ST = models.Statement.__table__

# Start the interview if it is planned, clear the draft, move to the current question; and hand back
# what the new statement needs. Being a write, it takes SQLite's write lock with the transaction's
# first statement (as write_transaction does) and the interview's row lock on PostgreSQL (as
# lock_for_append does), so concurrent appends to one interview still come out in commit order.
_START_LINE = (
    update(_IV)
    .where(_IV.c.id == bindparam("interview"))
    .values(
        started_at=func.coalesce(_IV.c.started_at, bindparam("now", type_=_IV.c.started_at.type)),
        status=case((_IV.c.status == "planned", "in_progress"), else_=_IV.c.status),
        draft_text=bindparam("draft", type_=_IV.c.draft_text.type),
        current_question_id=func.coalesce(bindparam("question", type_=Integer), _IV.c.current_question_id),
    )
    .returning(_IV.c.started_at, _IV.c.current_question_id)
)

# Append the statement after the interview's last one; every column is given, as the ORM gives them.
_APPEND = insert(_ST).values(
    position=core_select(func.coalesce(func.max(_ST.c.position) + 1, 0))
    .where(_ST.c.interview_id == bindparam("append_to"))
    .scalar_subquery()
).returning(_ST.c.id, _ST.c.position)


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
    kind = kind or prefixed
    now = models.utcnow()
    try:
        with project.engine.begin() as conn:
            started = conn.execute(_START_LINE, {"interview": interview_id, "now": now, "draft": next_draft,
                                                 "question": guide_question_id}).first()
            if started is None:
                raise InputError(f"There is no interview {interview_id} in this project.")
            text = _checked(text, kind, severity)
            started_at, question = started
            offset = None if started_at is None else max(0.0, (now - started_at).total_seconds())
            values = {
                "append_to": interview_id, "interview_id": interview_id, "text": text, "time_offset_s": offset,
                "kind": kind, "subtype": None, "severity": severity, "source": "manual", "confidence": None,
                "suggested_kind": None, "suggested_score": None, "suggestion_state": None,
                "guide_question_id": question, "speaker": "", "is_quote": is_quote, "is_followup": is_followup,
                "lang": None, "created_at": now, "updated_at": now, "created_by": project.user,
            }
            statement_id, position = conn.execute(_APPEND, values).one()
    except (OperationalError, DatabaseError) as exc:
        friendly = storage_error(exc)
        if friendly is not None:
            raise friendly from exc
        raise
    return StatementRead(
        id=statement_id, interview_id=interview_id, text=text, position=position, kind=kind, severity=severity,
        time_offset_s=offset, source="manual", guide_question_id=question, is_quote=is_quote,
        is_followup=is_followup, speaker="", updated_at=now,
    )
