"""Optimistic locking for records people edit at the same time (partners, cards, backlog items).

A save names the version the user read. The row is locked (``SELECT ... FOR UPDATE`` on
PostgreSQL), its version compared, and the change written with ``version = version + 1`` and
``WHERE version = :expected``, so of two people who read version 1 exactly one wins; the other gets
a :class:`StaleRecordError` (a :class:`~workbench.errors.StaleEditError`) that says which fields the
other person changed, their value and yours, who changed it and when (from the audit trail). Every
successful save writes an audit entry in the same transaction.

What the user may do next is offered by the stale dialog: reload, :func:`overwrite`, or
:func:`keep_both` (save theirs as it is and yours as a new copy).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import inspect as sa_inspect
from sqlalchemy import select, update
from sqlmodel import Session, SQLModel

from workbench.errors import InputError, StaleEditError
from workbench.store import audit
from workbench.store.models import utcnow

log = logging.getLogger(__name__)

#: columns a caller may never set through ``changes``: they are the bookkeeping of this module
PROTECTED = frozenset({"id", "version", "created_at", "updated_at", "updated_by"})

_OVERWRITING: ContextVar[bool] = ContextVar("workbench_overwriting", default=False)


@contextmanager
def overwriting() -> Iterator[None]:
    """Within this block every versioned save writes over whatever is saved now.

    Used when the user chose **Overwrite** in the stale dialog, and for undo and redo: an undo puts
    back the user's own earlier values, so it is an overwrite of the fields that action changed
    (still locked, versioned and audited; a record someone deleted stays deleted).
    """
    token = _OVERWRITING.set(True)
    try:
        yield
    finally:
        _OVERWRITING.reset(token)


def is_overwriting() -> bool:
    """True inside :func:`overwriting`."""
    return _OVERWRITING.get()


@dataclass(frozen=True)
class FieldChange:
    """One field someone else changed since you read the record."""

    field: str
    base: Any  # what you read (None when the trail does not say)
    theirs: Any  # what is saved now
    yours: Any  # what you tried to save (None if you did not touch this field)
    you_changed: bool

    @property
    def conflicts(self) -> bool:
        """True if you both changed this field to different values."""
        return self.you_changed and self.theirs != self.yours


@dataclass(frozen=True)
class Editor:
    """Who saved a version after yours, and when."""

    who: str
    at: datetime
    action: str


class StaleRecordError(StaleEditError):
    """A save was refused because someone else saved the record since it was read."""

    def __init__(self, *, entity: str, entity_id: int, expected_version: int, current_version: int | None,
                 changes: list[FieldChange], editors: list[Editor], yours: dict[str, Any]) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.current_version = current_version  # None: the record was deleted
        self.changes = changes
        self.editors = editors
        self.yours = dict(yours)
        super().__init__(self._message())

    @property
    def deleted(self) -> bool:
        """True if the record no longer exists."""
        return self.current_version is None

    @property
    def last_editor(self) -> Editor | None:
        """The newest of the other saves, if the audit trail knows it."""
        return self.editors[-1] if self.editors else None

    def _message(self) -> str:
        who = self.last_editor
        thing = self.entity.replace("_", " ")
        when = f" at {who.at:%Y-%m-%d %H:%M} UTC" if who else ""
        if self.deleted:
            by = f" by {who.who}" if who else ""
            return f"This {thing} was deleted{by}{when}; your change was not saved."
        names = ", ".join(c.field for c in self.changes) or "it"
        author = who.who if who and who.who else "Someone else"
        return (f"{author} saved this {thing}{when} since you opened it (changed {names}); "
                "your change was not saved. Reload, overwrite, or keep both.")


def table_of(model: type[SQLModel]) -> str:
    """The entity name of a model: its table name."""
    return str(model.__tablename__)


def _columns(model: type[SQLModel]) -> set[str]:
    return {c.key for c in sa_inspect(model).columns}


def _row_values(session: Session, model: type[SQLModel], entity_id: int, *, lock: bool) -> dict[str, Any] | None:
    table = model.__table__  # type: ignore[attr-defined]
    query = select(table).where(table.c.id == entity_id)
    if lock:
        query = query.with_for_update()  # row lock on PostgreSQL; SQLite serialises writers anyway
    row = session.execute(query).mappings().first()
    return dict(row) if row is not None else None


def _check_changes(model: type[SQLModel], changes: dict[str, Any]) -> None:
    known = _columns(model)
    bad = sorted(k for k in changes if k not in known or k in PROTECTED)
    if bad:
        raise InputError(f"Cannot save {', '.join(bad)} on {table_of(model)}: not an editable field.")


def _stale(session: Session, model: type[SQLModel], entity_id: int, expected: int,
           current: dict[str, Any] | None, yours: dict[str, Any]) -> StaleRecordError:
    entity = table_of(model)
    trail = audit.entries_since(session, entity=entity, entity_id=entity_id, version=expected)
    editors = [Editor(who=e.who, at=e.at, action=e.action) for e in trail]
    changes: list[FieldChange] = []
    if current is not None:
        base: dict[str, Any] = {}
        for entry in trail:  # the first 'before' of each field is what you read
            for name, value in entry.before.items():
                base.setdefault(name, value)
        if trail:  # the trail says which fields they changed
            names = [n for n in base if n not in PROTECTED and n in current]
        else:  # saved without an audit entry: all we can show is where yours differs from what is saved
            names = [n for n in yours if audit.to_json_value(current.get(n)) != audit.to_json_value(yours[n])]
        for name in names:
            changes.append(FieldChange(
                field=name, base=base.get(name), theirs=audit.to_json_value(current[name]),
                yours=audit.to_json_value(yours[name]) if name in yours else None, you_changed=name in yours))
    return StaleRecordError(entity=entity, entity_id=entity_id, expected_version=expected,
                            current_version=None if current is None else int(current["version"]),
                            changes=changes, editors=editors, yours=yours)


def read_version(session: Session, model: type[SQLModel], entity_id: int) -> int | None:
    """The saved version of a record, or None if it does not exist."""
    row = _row_values(session, model, entity_id, lock=False)
    return None if row is None else int(row["version"])


def save_versioned(session: Session, model: type[SQLModel], entity_id: int, expected_version: int | None,
                   changes: dict[str, Any], who: str, *, action: str = "update") -> int:
    """Save ``changes`` to a record read at ``expected_version`` and return its new version.

    Raises :class:`StaleRecordError` if anyone saved it since (nothing is written then) and
    :class:`~workbench.errors.InputError` for a field that does not exist or is bookkeeping. Writes an
    audit entry with the changed fields' before and after values. The caller commits.
    ``expected_version=None`` (or :func:`overwriting`) saves over whatever is there now.
    """
    _check_changes(model, changes)
    current = _row_values(session, model, entity_id, lock=True)
    if current is not None and (expected_version is None or is_overwriting()):
        expected_version = int(current["version"])
    if current is None or int(current["version"]) != expected_version:
        raise _stale(session, model, entity_id, expected_version or 0, current, changes)
    table = model.__table__  # type: ignore[attr-defined]
    values: dict[str, Any] = dict(changes)
    columns = _columns(model)
    if "updated_at" in columns:
        values["updated_at"] = utcnow()
    if "updated_by" in columns:
        values["updated_by"] = who
    result = session.execute(
        update(table)
        .where(table.c.id == entity_id, table.c.version == expected_version)
        .values(**values, version=table.c.version + 1)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]  # raced between the read and the write
        raise _stale(session, model, entity_id, expected_version,
                     _row_values(session, model, entity_id, lock=False), changes)
    new_version = expected_version + 1
    changed = {k: v for k, v in changes.items() if audit.to_json_value(current[k]) != audit.to_json_value(v)}
    audit.record(session, who=who, entity=table_of(model), entity_id=entity_id, action=action,
                 before={**{k: current[k] for k in changed}, "version": expected_version},
                 after={**changed, "version": new_version})
    return new_version


def overwrite(session: Session, model: type[SQLModel], entity_id: int, changes: dict[str, Any], who: str) -> int:
    """Save your values over whatever is saved now (the user chose Overwrite); the new version.

    Still versioned: if a third save lands between reading and writing, this raises again.
    """
    version = read_version(session, model, entity_id)
    if version is None:
        raise _stale(session, model, entity_id, 0, None, changes)
    return save_versioned(session, model, entity_id, version, changes, who)


def keep_both(session: Session, model: type[SQLModel], entity_id: int, changes: dict[str, Any], who: str,
              *, title_suffix: str = " (copy)") -> int:
    """Leave the other person's save as it is and save yours as a new record; the new record's id.

    The copy takes every column of the saved record, then your changes; a ``title`` (or ``name``)
    gets ``title_suffix`` so the two can be told apart. Links to other records are not copied.
    """
    _check_changes(model, changes)
    current = _row_values(session, model, entity_id, lock=False)
    if current is None:
        raise _stale(session, model, entity_id, 0, None, changes)
    values = {k: v for k, v in current.items() if k != "id"}
    values.update(changes)
    for label in ("title", "name"):
        if label in values and isinstance(values[label], str):
            values[label] = values[label] + title_suffix
            break
    now = utcnow()
    values.update(version=1, **{k: v for k, v in (("created_at", now), ("updated_at", now), ("updated_by", who))
                                if k in values})
    row = model(**values)
    session.add(row)
    session.flush()
    new_id = int(row.id)  # type: ignore[attr-defined]
    audit.record(session, who=who, entity=table_of(model), entity_id=new_id, action="keep_both",
                 before={"copied_from": entity_id}, after={**changes, "version": 1})
    return new_id


def guard(session: Session, model: type[SQLModel], entity_id: int, expected_version: int | None,
          yours: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """Lock a record the caller is about to change through the ORM and check it is still at the version read.

    Returns its saved values (None if it is gone and no version was expected). Raises
    :class:`StaleRecordError` if it changed (or was deleted) since ``expected_version``; with
    ``expected_version=None`` or inside :func:`overwriting` only locks. The caller bumps the version
    and audits (see :func:`record_update`).
    """
    current = _row_values(session, model, entity_id, lock=True)
    if expected_version is None or is_overwriting():
        return current
    if current is None or int(current["version"]) != expected_version:
        raise _stale(session, model, entity_id, expected_version, current, dict(yours or {}))
    return current


def guard_many(session: Session, model: type[SQLModel], entity_ids: list[int],
               expected_versions: dict[int, int]) -> dict[int, dict[str, Any]]:
    """:func:`guard` for many records, a few hundred per query: their saved values by id (the missing ones
    left out), locked; :class:`StaleRecordError` for the first one not at its expected version."""
    table = model.__table__  # type: ignore[attr-defined]
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(entity_ids), 500):
        part = entity_ids[start:start + 500]
        query = select(table).where(table.c.id.in_(part)).order_by(table.c.id).with_for_update()
        found.update((int(row["id"]), dict(row)) for row in session.execute(query).mappings())
    if not is_overwriting():
        for entity_id in entity_ids:
            expected = expected_versions.get(entity_id)
            current = found.get(entity_id)
            if expected is not None and (current is None or int(current["version"]) != expected):
                raise _stale(session, model, entity_id, expected, current, {})
    return found


def record_deleted_many(session: Session, model: type[SQLModel], rows: list[dict[str, Any]], who: str) -> None:
    """:func:`record_deleted` for many records (``rows``: what each held) in one statement."""
    audit.record_many(session, who=who, entity=table_of(model), action="delete",
                      entries=[(int(r["id"]), {k: v for k, v in r.items() if k != "id"}, {}) for r in rows])


def record_update(session: Session, model: type[SQLModel], entity_id: int, before: dict[str, Any],
                  after: dict[str, Any], who: str, *, action: str = "update") -> None:
    """Audit a change made through the ORM: only the fields whose value differs, plus both versions."""
    changed = [k for k in after if k not in PROTECTED
               and audit.to_json_value(before.get(k)) != audit.to_json_value(after[k])]
    audit.record(session, who=who, entity=table_of(model), entity_id=entity_id, action=action,
                 before={**{k: before.get(k) for k in changed}, "version": before.get("version")},
                 after={**{k: after[k] for k in changed}, "version": after.get("version")})


def record_deleted(session: Session, model: type[SQLModel], entity_id: int, values: dict[str, Any],
                   who: str) -> None:
    """Audit the deletion of a record (``values``: what it held)."""
    audit.record(session, who=who, entity=table_of(model), entity_id=entity_id, action="delete",
                 before={k: v for k, v in values.items() if k != "id"}, after={})


def delete_versioned(session: Session, model: type[SQLModel], entity_id: int, expected_version: int | None,
                     who: str) -> None:
    """Delete a record read at ``expected_version``; :class:`StaleRecordError` if it changed since."""
    current = guard(session, model, entity_id, expected_version)
    if current is None:
        return
    table = model.__table__  # type: ignore[attr-defined]
    session.execute(table.delete().where(table.c.id == entity_id, table.c.version == current["version"]))
    record_deleted(session, model, entity_id, current, who)


def record_created(session: Session, model: type[SQLModel], entity_id: int, values: dict[str, Any],
                   who: str) -> None:
    """Audit the creation of a record (call after the insert is flushed)."""
    audit.record(session, who=who, entity=table_of(model), entity_id=entity_id, action="create",
                 before={}, after={**values, "version": 1})


def record_restored(session: Session, model: type[SQLModel], entity_id: int, version: int, who: str) -> None:
    """Audit a deleted record put back (by undo)."""
    audit.record(session, who=who, entity=table_of(model), entity_id=entity_id, action="restore",
                 before={}, after={"version": version})


def record_restored_many(session: Session, model: type[SQLModel], restored: list[tuple[int, int]], who: str) -> None:
    """:func:`record_restored` for many records (``(id, version)`` each) in one statement."""
    audit.record_many(session, who=who, entity=table_of(model), action="restore",
                      entries=[(entity_id, {}, {"version": version}) for entity_id, version in restored])


def _keep_both_models() -> dict[str, type[SQLModel]]:
    from workbench.store import models

    return {"card": models.Card, "backlog_item": models.BacklogItem}


def can_keep_both(error: StaleRecordError) -> bool:
    """True if a copy of the record makes sense (cards and backlog items; not partners, not deletions)."""
    return error.entity in _keep_both_models() and not error.deleted and bool(error.yours)


def keep_both_copy(project: Any, error: StaleRecordError, who: str) -> int:
    """The stale dialog's **Keep both**: a new record with your values next to theirs; its id."""
    model = _keep_both_models().get(error.entity)
    if model is None or not can_keep_both(error):
        raise InputError(f"A {error.entity.replace('_', ' ')} cannot be kept twice; reload or overwrite instead.")
    yours = {k: v for k, v in error.yours.items() if k in _columns(model) and k not in PROTECTED}
    with project.transaction() as session:
        return keep_both(session, model, error.entity_id, yours, who)
