"""Write transactions that never fail with "database is locked" when two writers meet on SQLite.

A deferred SQLite transaction that reads first and writes later fails at once (SQLITE_BUSY, no
waiting) if another connection committed in between: in capture mode the writer thread and the UI
thread (tagging, moving, the current question) do exactly that. Taking the write lock with the
transaction's first statement lets SQLite's busy timeout wait for the other writer instead, like
``BEGIN IMMEDIATE``. On PostgreSQL row locks do this job and the helper does nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import text
from sqlmodel import Session

from workbench.store.project import Project


def take_write_lock(session: Session) -> None:
    """Make the current transaction a writer now (SQLite), so later reads see the latest commit."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE change_counter SET value = value WHERE id = 1"))


@contextmanager
def write_transaction(project: Project) -> Iterator[Session]:
    """:meth:`Project.transaction` that holds the write lock from its first statement."""
    with project.transaction() as session:
        take_write_lock(session)
        yield session
