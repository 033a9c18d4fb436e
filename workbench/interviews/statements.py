"""Editing captured statements: text, kind, severity, quote, follow-up, order, deletion, suggestions.

Each edit is one transaction and returns what its undo needs: the statement before and after, the
neighbour it swapped with, or a full snapshot of a deleted row that :func:`restore_statement` puts
back with the same id (so evidence links and positions survive undo).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.interviews.capture import MAX_STATEMENT_CHARS, StatementRead
from workbench.interviews.tx import write_transaction
from workbench.store import audit, models, versioning
from workbench.store.enums import KINDS
from workbench.store.project import Project

log = logging.getLogger(__name__)

EDITABLE = ("text", "kind", "severity", "is_quote", "is_followup", "guide_question_id", "speaker")


@dataclass(frozen=True)
class StatementEdit:
    """A statement before and after one edit."""

    before: StatementRead
    after: StatementRead


@dataclass(frozen=True)
class DeletedStatement:
    """Everything needed to put a deleted statement back exactly as it was."""

    values: dict[str, Any]
    card_ids: tuple[int, ...]

    @property
    def id(self) -> int:
        """The id the statement had (and gets back on restore)."""
        return int(self.values["id"])


def _get(session: Session, statement_id: int) -> models.Statement:
    row = session.get(models.Statement, statement_id)
    if row is None:
        raise InputError(f"There is no statement {statement_id}; it may have been deleted.")
    return row


def _check(field: str, value: Any) -> Any:
    if field not in EDITABLE:
        raise InputError(f"The field {field!r} of a statement cannot be edited.")
    if field == "text":
        value = str(value).strip()
        if not value:
            raise InputError("A statement cannot be empty; delete it instead.")
        if len(value) > MAX_STATEMENT_CHARS:
            raise InputError(f"A statement is limited to {MAX_STATEMENT_CHARS:,} characters.")
    if field == "kind" and value is not None and value not in KINDS:
        raise InputError(f"Unknown kind {value!r}; use one of {', '.join(KINDS)}.")
    if field == "severity" and value is not None and value not in (1, 2, 3):
        raise InputError("Severity is 1 (low), 2 (medium) or 3 (high).")
    return value


def list_statements(project: Project, *, interview_id: int) -> list[StatementRead]:
    """The statements of an interview in order."""
    with project.session() as session:
        rows = session.exec(
            select(models.Statement).where(models.Statement.interview_id == interview_id)
            .order_by(models.Statement.position, models.Statement.id)  # type: ignore[arg-type]
        ).all()
        return [StatementRead.of(r) for r in rows]


def update_statement(project: Project, *, statement_id: int, expected: StatementRead | None = None,
                     **fields: Any) -> StatementEdit:
    """Change some editable fields of a statement; returns it before and after (undo sets ``before``).

    ``expected`` is the statement as the user saw it: if anyone saved a different value of one of
    these fields since (or deleted the statement), nothing is written and a
    :class:`~workbench.store.versioning.StaleRecordError` says who changed what. Fields the user does
    not change may differ (a colleague's tag and your correction of the text both stay). Without it
    (the CLI, undo and redo) the values are written over what is saved.
    """
    if not fields:
        raise InputError("Nothing to change.")
    checked = {name: _check(name, value) for name, value in fields.items()}
    with write_transaction(project) as session:
        row = session.get(models.Statement, statement_id, with_for_update=True)  # row lock on PostgreSQL
        if expected is not None and not versioning.is_overwriting():
            _refuse_if_changed(session, row, expected, checked)
        if row is None:
            raise InputError(f"There is no statement {statement_id}; it may have been deleted.")
        before = StatementRead.of(row)
        for name, value in checked.items():
            setattr(row, name, value)
        if "kind" in checked and checked["kind"] != before.kind:
            row.source = "manual"
        row.updated_at = models.utcnow()
        session.flush()
        changed = {k for k in checked if getattr(before, k) != checked[k]}
        if changed:
            audit.record(session, who=project.user, entity="statement", entity_id=statement_id, action="update",
                         before={k: getattr(before, k) for k in changed}, after={k: checked[k] for k in changed})
        return StatementEdit(before=before, after=StatementRead.of(row))


def _refuse_if_changed(session: Session, row: models.Statement | None, seen: StatementRead,
                       yours: dict[str, Any]) -> None:
    """Raise StaleRecordError if a field the user is changing was saved with another value since ``seen``."""
    current = None if row is None else StatementRead.of(row)
    if current is not None and all(getattr(current, k) == getattr(seen, k) for k in yours):
        return
    trail = [e for e in audit.entries(session, entity="statement", entity_id=seen.id)
             if seen.updated_at is None or e.at.replace(tzinfo=None) >= seen.updated_at.replace(tzinfo=None)]
    editors = [versioning.Editor(who=e.who, at=e.at, action=e.action) for e in reversed(trail)][-1:]
    changes = [] if current is None else [
        versioning.FieldChange(field=k, base=getattr(seen, k), theirs=getattr(current, k), yours=v, you_changed=True)
        for k, v in yours.items() if getattr(current, k) != getattr(seen, k)]
    raise versioning.StaleRecordError(entity="statement", entity_id=seen.id, expected_version=0,
                                      current_version=None if current is None else 0, changes=changes,
                                      editors=editors, yours=yours)


def restore_fields(project: Project, *, before: StatementRead, only: Iterable[str] | None = None) -> StatementRead:
    """Undo of an edit: put the editable fields (and the source) back as they were.

    ``only``: just these fields (the ones the undone action changed), so that a colleague's later
    change of another field of the statement stays; the source goes back with the kind.
    """
    names = EDITABLE if only is None else tuple(n for n in EDITABLE if n in set(only))
    with write_transaction(project) as session:
        row = _get(session, before.id)
        for name in names:
            setattr(row, name, getattr(before, name))
        if only is None or "kind" in names:
            row.source = before.source
            row.suggestion_state = before.suggestion_state
        row.updated_at = models.utcnow()
        session.flush()
        return StatementRead.of(row)


def set_text(project: Project, *, statement_id: int, text: str) -> StatementEdit:
    """Correct what a statement says."""
    return update_statement(project, statement_id=statement_id, text=text)


def set_kind(project: Project, *, statement_id: int, kind: str | None) -> StatementEdit:
    """Tag a statement as job, pain, gain, other, or clear the tag (None)."""
    return update_statement(project, statement_id=statement_id, kind=kind)


def set_severity(project: Project, *, statement_id: int, severity: int | None) -> StatementEdit:
    """Severity of a pain or importance of a job/gain: 1..3, or None."""
    return update_statement(project, statement_id=statement_id, severity=severity)


def set_quote(project: Project, *, statement_id: int, is_quote: bool) -> StatementEdit:
    """Mark a statement as the partner's verbatim words."""
    return update_statement(project, statement_id=statement_id, is_quote=is_quote)


def set_followup(project: Project, *, statement_id: int, is_followup: bool) -> StatementEdit:
    """Mark a statement as needing a follow-up."""
    return update_statement(project, statement_id=statement_id, is_followup=is_followup)


def move_statement(project: Project, *, statement_id: int, direction: int) -> int | None:
    """Swap a statement with its neighbour above (-1) or below (+1); returns the neighbour's id or None."""
    if direction not in (-1, 1):
        raise InputError("A statement moves one place up (-1) or down (+1).")
    with write_transaction(project) as session:
        row = _get(session, statement_id)
        cond = (models.Statement.position < row.position) if direction < 0 else (models.Statement.position > row.position)
        order = models.Statement.position.desc() if direction < 0 else models.Statement.position.asc()  # type: ignore[attr-defined]
        other = session.exec(
            select(models.Statement).where(models.Statement.interview_id == row.interview_id, cond).order_by(order)
        ).first()
        if other is None:
            return None
        row.position, other.position = other.position, row.position
        return other.id


def delete_statement(project: Project, *, statement_id: int) -> DeletedStatement:
    """Delete a statement; the returned snapshot lets undo put it back with the same id."""
    with write_transaction(project) as session:
        row = _get(session, statement_id)
        values = {c.name: getattr(row, c.name) for c in models.Statement.__table__.columns}  # type: ignore[attr-defined]
        cards = session.exec(select(models.Evidence.card_id).where(models.Evidence.statement_id == statement_id)).all()
        session.delete(row)
        return DeletedStatement(values=values, card_ids=tuple(cards))


def restore_statement(project: Project, *, deleted: DeletedStatement) -> StatementRead:
    """Put a deleted statement back (same id, position and evidence links)."""
    with write_transaction(project) as session:
        if session.get(models.Statement, deleted.id) is not None:
            raise InputError(f"Statement {deleted.id} exists already.")
        if session.get(models.Interview, deleted.values["interview_id"]) is None:
            raise InputError("The interview of that statement was deleted.")
        row = models.Statement(**deleted.values)
        session.add(row)
        session.flush()
        for card_id in deleted.card_ids:
            if session.get(models.Card, card_id) is not None:
                session.add(models.Evidence(card_id=card_id, statement_id=deleted.id))
        session.flush()
        return StatementRead.of(row)


# ----------------------------------------------------------------- suggestions (the NLP slot)
def untagged_statements(project: Project, *, interview_id: int) -> list[StatementRead]:
    """Statements with no kind yet, in order: the review list after the interview."""
    return [s for s in list_statements(project, interview_id=interview_id) if s.kind is None]


def store_suggestions(project: Project, suggestions: list[tuple[int, str, float]]) -> int:
    """Remember suggested kinds ``(statement id, kind, score)`` for statements still untagged."""
    stored = 0
    with write_transaction(project) as session:
        for statement_id, kind, score in suggestions:
            row = session.get(models.Statement, statement_id)
            if row is None or row.kind is not None or kind not in KINDS:
                continue
            row.suggested_kind, row.suggested_score = kind, float(score)
            if row.suggestion_state not in ("accepted", "rejected"):
                row.suggestion_state = None
            stored += 1
    return stored


def accept_suggestion(project: Project, *, statement_id: int) -> StatementEdit:
    """Take the suggested kind: kind set, source "suggested", suggestion_state "accepted"."""
    with write_transaction(project) as session:
        row = _get(session, statement_id)
        if row.suggested_kind is None:
            raise InputError("That statement has no suggestion to accept.")
        before = StatementRead.of(row)
        row.kind, row.source, row.suggestion_state = row.suggested_kind, "suggested", "accepted"
        row.confidence = row.suggested_score
        row.updated_at = models.utcnow()
        session.flush()
        return StatementEdit(before=before, after=StatementRead.of(row))


def reject_suggestion(project: Project, *, statement_id: int) -> StatementEdit:
    """Turn a suggestion down: the statement stays untagged, suggestion_state "rejected"."""
    with write_transaction(project) as session:
        row = _get(session, statement_id)
        if row.suggested_kind is None:
            raise InputError("That statement has no suggestion to reject.")
        before = StatementRead.of(row)
        row.suggestion_state = "rejected"
        row.updated_at = models.utcnow()
        session.flush()
        return StatementEdit(before=before, after=StatementRead.of(row))


def acceptance_rate(project: Project, *, interview_id: int | None = None) -> tuple[int, int]:
    """(accepted, decided) suggestions, for one interview or the whole project."""
    query = select(models.Statement.suggestion_state).where(
        models.Statement.suggestion_state.in_(("accepted", "rejected"))  # type: ignore[union-attr]
    )
    if interview_id is not None:
        query = query.where(models.Statement.interview_id == interview_id)
    with project.session() as session:
        states = session.exec(query).all()
    return sum(1 for s in states if s == "accepted"), len(states)


def delete_statements(project: Project, *, statement_ids: list[int]) -> int:
    """Delete several statements in one transaction (undo of an import); returns how many were there."""
    deleted = 0
    with write_transaction(project) as session:
        for statement_id in statement_ids:
            row = session.get(models.Statement, statement_id)
            if row is not None:
                session.delete(row)
                deleted += 1
    return deleted
