"""Team mode: several people in one project on a PostgreSQL server.

Two things live here:

* **Change tracking.** :func:`track_changes` hooks an engine so that every transaction that wrote
  anything also bumps the single ``change_counter`` row, and on PostgreSQL sends
  ``NOTIFY workbench_changes`` with the new value. The bump happens inside the same transaction,
  so a change and its signal commit (or roll back) together. Services need do nothing.
* **Watching for other people's changes.** :class:`ChangeWatcher` waits (``LISTEN`` on PostgreSQL,
  a cheap poll of the counter on SQLite) and says when someone *else* committed something; the UI
  runs it off the UI thread (:mod:`workbench.ui.remote`).

It also turns "cannot connect" into a message a person can act on (:func:`unreachable_message`).
"""

from __future__ import annotations

import logging
import os
import threading
import time
import weakref
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine, make_url

log = logging.getLogger(__name__)

CHANNEL = "workbench_changes"
_WRITES = ("INSERT", "UPDATE", "DELETE")
_IGNORED_TABLES = ("change_counter", "alembic_version")


@dataclass
class Tracker:
    """What one engine (one open project in this process) committed: so we can ignore our own changes."""

    token: str
    local_values: deque[int] = field(default_factory=lambda: deque(maxlen=4096))
    lock: threading.Lock = field(default_factory=threading.Lock)

    def remember(self, value: int) -> None:
        """Note a counter value this process produced."""
        with self.lock:
            self.local_values.append(value)

    def is_local(self, value: int) -> bool:
        """True if this process produced that counter value."""
        with self.lock:
            return value in self.local_values


_trackers: weakref.WeakKeyDictionary[Engine, Tracker] = weakref.WeakKeyDictionary()


def is_team_url(db: str) -> bool:
    """True for a PostgreSQL URL (team mode)."""
    return "://" in db and make_url(db).get_backend_name() == "postgresql"


def tracker(engine: Engine) -> Tracker | None:
    """The change tracker of an engine, if :func:`track_changes` was called on it."""
    return _trackers.get(engine)


def _writes_data(statement: str) -> bool:
    head = statement.lstrip()[:6].upper()
    if head not in _WRITES:
        return False
    start = statement.lstrip()[:80].lower()
    return not any(name in start for name in _IGNORED_TABLES)


def track_changes(engine: Engine) -> Tracker:
    """Bump the change counter (and NOTIFY on PostgreSQL) in every transaction that wrote data; idempotent."""
    existing = _trackers.get(engine)
    if existing is not None:
        return existing
    found = Tracker(token=f"{os.getpid()}.{id(engine)}.{time.monotonic_ns()}")
    _trackers[engine] = found
    postgres = engine.dialect.name == "postgresql"

    @event.listens_for(engine, "after_cursor_execute")
    def _mark(conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, _many: bool) -> None:
        if _writes_data(statement):
            conn.info["wb_wrote"] = True

    @event.listens_for(engine, "rollback")
    def _forget(conn: Any) -> None:
        conn.info.pop("wb_wrote", None)

    @event.listens_for(engine, "commit")
    def _bump(conn: Any) -> None:
        if not conn.info.pop("wb_wrote", False):
            return
        try:
            value = conn.exec_driver_sql(
                "UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value").scalar()
        except Exception:  # noqa: BLE001 - a missing counter must never block a user's save
            log.warning("could not bump the change counter", exc_info=True)
            return
        if value is None:
            return
        found.remember(int(value))
        if postgres:
            conn.exec_driver_sql(f"SELECT pg_notify('{CHANNEL}', '{found.token}:{int(value)}')")

    return found


def read_counter(engine: Engine) -> int:
    """The change counter's value now."""
    with engine.connect() as conn:
        value = conn.execute(text("SELECT value FROM change_counter WHERE id = 1")).scalar()
    return int(value or 0)


def libpq_conninfo(url: str) -> str:
    """The libpq connection string for a ``postgresql+psycopg://`` URL."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class ChangeWatcher:
    """Waits for changes committed by *other* people (or other app windows) to a project.

    ``wait(timeout)`` blocks at most ``timeout`` seconds and returns True when something changed
    that this process did not write. Meant for a background thread; never call it on the UI thread.
    Raises :class:`OSError`/database errors when the server goes away, so the caller can say so and retry.
    """

    def __init__(self, engine: Engine, url: str, *, poll_interval: float = 2.0) -> None:
        self.engine = engine
        self.url = url
        self.poll_interval = poll_interval
        self.tracker = tracker(engine) or track_changes(engine)
        self._last = read_counter(engine)
        self._listen: Any = None
        if engine.dialect.name == "postgresql":
            import psycopg

            self._listen = psycopg.connect(libpq_conninfo(url), autocommit=True, connect_timeout=5)
            self._listen.execute(f"LISTEN {CHANNEL}")
            self._last = read_counter(engine)  # anything committed before LISTEN took effect

    def close(self) -> None:
        """Stop listening."""
        if self._listen is not None:
            self._listen.close()
            self._listen = None

    def wait(self, timeout: float) -> bool:
        """True if someone else committed a change within ``timeout`` seconds (or since the last call)."""
        if self._listen is not None:
            return self._wait_notify(timeout)
        return self._wait_poll(timeout)

    def _wait_notify(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        conn = self._listen
        while True:
            remaining = deadline - time.monotonic()
            foreign = False
            for note in conn.notifies(timeout=max(0.0, remaining), stop_after=1):
                token, _, value = note.payload.rpartition(":")
                if token != self.tracker.token:
                    foreign = True
                if value.isdigit():
                    self._last = max(self._last, int(value))
            if foreign:
                return True
            if time.monotonic() >= deadline:
                return False

    def _wait_poll(self, timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while True:
            value = read_counter(self.engine)
            if value > self._last:
                fresh = range(self._last + 1, value + 1)
                self._last = value
                if not all(self.tracker.is_local(v) for v in fresh):
                    return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(self.poll_interval, remaining))


def unreachable_message(url: str, reason: str) -> str:
    """A plain sentence for a team server that cannot be reached (never showing a password)."""
    parsed = make_url(url)
    where = f"{parsed.host or 'localhost'}:{parsed.port or 5432}"
    reason = reason.strip().splitlines()[0] if reason.strip() else "no answer"
    return (f"Cannot reach the team server at {where} (database '{parsed.database}'): {reason}. "
            "Check your network or VPN, or ask whoever runs the server whether it is up; nothing was changed.")


def is_unreachable(exc: BaseException) -> bool:
    """True if a database error means the server cannot be reached (as opposed to a bad query)."""
    msg = str(getattr(exc, "orig", None) or exc).lower()
    return any(s in msg for s in ("connection refused", "could not connect", "connection timed out",
                                  "server closed the connection", "connection failed", "timeout expired",
                                  "could not translate host name", "network is unreachable",
                                  "terminating connection", "consuming input failed", "no route to host"))




def lock_for_append(session: Any, interview_id: int) -> None:
    """Serialise appends to one interview so that their positions come out unique and in commit order.

    Call it in the appending transaction before computing ``max(position) + 1``: it takes the
    interview's row lock (``SELECT ... FOR UPDATE``) on PostgreSQL, so a second writer waits a few
    milliseconds for the first to commit and then sees its line. SQLite serialises writers anyway.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(text("SELECT id FROM interview WHERE id = :id FOR UPDATE"), {"id": interview_id})
