"""The audit trail: who changed which record, when, from what to what.

Every versioned save (:mod:`workbench.store.versioning`) writes one :class:`~workbench.store.models.AuditEntry`
in the same transaction as the change, so the trail can never disagree with the data. Entities are
named by their table (``partner``, ``card``, ``backlog_item``); ``before`` and ``after`` hold only the
fields that changed, plus ``version``.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, select

from workbench.store.models import AuditEntry, utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AuditRead:
    """One entry of the audit trail, as the UI shows it."""

    id: int
    at: datetime
    who: str
    entity: str
    entity_id: int | None
    action: str
    before: dict[str, Any]
    after: dict[str, Any]

    @property
    def fields(self) -> list[str]:
        """The fields this entry changed, in a stable order (``version`` left out)."""
        names = dict.fromkeys([*self.before, *self.after])
        return [n for n in names if n != "version"]


def to_json_value(value: Any) -> Any:
    """A value as JSON can hold it (dates as ISO text)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _dumps(values: dict[str, Any]) -> str:
    return json.dumps({k: to_json_value(v) for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def _loads(text: str) -> dict[str, Any]:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        log.warning("unreadable audit JSON: %.80s", text)
        return {}
    return value if isinstance(value, dict) else {}


def record(session: Session, *, who: str, entity: str, entity_id: int | None, action: str,
           before: dict[str, Any] | None = None, after: dict[str, Any] | None = None) -> None:
    """Add one audit entry to the session's transaction (the caller commits)."""
    session.add(AuditEntry(at=utcnow(), who=who, entity=entity, entity_id=entity_id, action=action,
                           before_json=_dumps(before or {}), after_json=_dumps(after or {})))


def record_many(session: Session, *, who: str, entity: str, action: str,
                entries: list[tuple[int | None, dict[str, Any], dict[str, Any]]]) -> None:
    """Add many audit entries of one action (``(entity_id, before, after)`` each) in one statement: the
    same rows :func:`record` adds one by one, without building an ORM object per entry."""
    if not entries:
        return
    at = utcnow()
    session.execute(AuditEntry.__table__.insert(), [  # type: ignore[attr-defined]
        {"at": at, "who": who, "entity": entity, "entity_id": entity_id, "action": action,
         "before_json": _dumps(before), "after_json": _dumps(after)} for entity_id, before, after in entries])


def _read(row: AuditEntry) -> AuditRead:
    assert row.id is not None
    return AuditRead(id=row.id, at=row.at, who=row.who, entity=row.entity, entity_id=row.entity_id,
                     action=row.action, before=_loads(row.before_json), after=_loads(row.after_json))


def entries(session: Session, *, entity: str, entity_id: int, limit: int = 500) -> list[AuditRead]:
    """The trail of one record, newest first."""
    rows = session.exec(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(col(AuditEntry.id).desc())
        .limit(limit)
    ).all()
    return [_read(r) for r in rows]


def entries_since(session: Session, *, entity: str, entity_id: int, version: int) -> list[AuditRead]:
    """The entries that moved a record past ``version``, oldest first."""
    found = [e for e in entries(session, entity=entity, entity_id=entity_id)
             if int(e.before.get("version", 0) or 0) >= version or e.action == "delete"]
    return list(reversed(found))


def history(project: Any, *, entity: str, entity_id: int, limit: int = 500) -> list[AuditRead]:
    """The audit trail of one record, newest first (a read-only service for the audit dialog)."""
    with project.session() as session:
        return entries(session, entity=entity, entity_id=entity_id, limit=limit)
