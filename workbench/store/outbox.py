"""Notes typed while the team server is down: kept in a local SQLite outbox, sent in order when it is back.

The outbox is one small SQLite file in the app data folder (``outbox.sqlite``), written with
``synchronous=FULL`` so a note the user saw accepted survives a crash. Each note is keyed by the
server (its URL without the password) and the interview. :meth:`Outbox.flush` sends the pending notes
of one server oldest first, each in its own transaction on the server, and deletes a note only
after the server committed it; it stops at the first failure, so order is kept and nothing is lost.
A note is never sent twice: before inserting, the send checks whether the same person's same line
already reached that interview after the note was queued (the case of a crash between the server's
commit and the outbox's delete).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS note (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    server TEXT NOT NULL,
    interview_id INTEGER NOT NULL,
    line TEXT NOT NULL,
    kind TEXT,
    severity INTEGER,
    is_quote INTEGER NOT NULL DEFAULT 0,
    is_followup INTEGER NOT NULL DEFAULT 0,
    guide_question_id INTEGER,
    user TEXT NOT NULL DEFAULT '',
    typed_at TEXT NOT NULL,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS ix_note_server ON note (server, id);
"""


@dataclass(frozen=True)
class PendingNote:
    """A note waiting for the server."""

    id: int
    server: str
    interview_id: int
    line: str
    kind: str | None
    severity: int | None
    is_quote: bool
    is_followup: bool
    guide_question_id: int | None
    user: str
    typed_at: datetime
    last_error: str


@dataclass(frozen=True)
class FlushResult:
    """What a flush did: how many notes reached the server, how many wait, and why it stopped."""

    sent: int
    left: int
    error: str = ""


Sender = Callable[[Any, PendingNote], object]


def server_key(url: str) -> str:
    """The outbox key of a server: its URL without the password."""
    return make_url(url).render_as_string(hide_password=True)


def default_path() -> Path:
    """The outbox file in the app data folder."""
    from workbench.settings import app_dirs

    data, _config = app_dirs()
    data.mkdir(parents=True, exist_ok=True)
    return data / "outbox.sqlite"


class Outbox:
    """The local outbox of one app instance (thread-safe: every call opens its own connection)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        with self._connect() as conn:
            conn.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=10)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        return conn

    def put(self, url: str, *, interview_id: int, line: str, user: str, kind: str | None = None,
            severity: int | None = None, is_quote: bool = False, is_followup: bool = False,
            guide_question_id: int | None = None) -> PendingNote:
        """Keep a note for later; it is on disk when this returns."""
        typed_at = datetime.now(UTC)
        with self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO note (server, interview_id, line, kind, severity, is_quote, is_followup, "
                "guide_question_id, user, typed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (server_key(url), interview_id, line, kind, severity, int(is_quote), int(is_followup),
                 guide_question_id, user, typed_at.isoformat()))
            note_id = int(cur.lastrowid or 0)
        conn.close()
        return self._get(note_id)

    def _get(self, note_id: int) -> PendingNote:
        found = self._select("WHERE id = ?", (note_id,))
        return found[0]

    def _select(self, where: str, params: tuple[Any, ...]) -> list[PendingNote]:
        conn = self._connect()
        try:
            rows = conn.execute(
                "SELECT id, server, interview_id, line, kind, severity, is_quote, is_followup, guide_question_id, "
                f"user, typed_at, last_error FROM note {where} ORDER BY id", params).fetchall()
        finally:
            conn.close()
        return [PendingNote(id=r[0], server=r[1], interview_id=r[2], line=r[3], kind=r[4], severity=r[5],
                            is_quote=bool(r[6]), is_followup=bool(r[7]), guide_question_id=r[8], user=r[9],
                            typed_at=datetime.fromisoformat(r[10]), last_error=r[11]) for r in rows]

    def pending(self, url: str, interview_id: int | None = None) -> list[PendingNote]:
        """The notes waiting for a server (optionally of one interview), oldest first."""
        if interview_id is None:
            return self._select("WHERE server = ?", (server_key(url),))
        return self._select("WHERE server = ? AND interview_id = ?", (server_key(url), interview_id))

    def count(self, url: str) -> int:
        """How many notes wait for a server."""
        conn = self._connect()
        try:
            return int(conn.execute("SELECT COUNT(*) FROM note WHERE server = ?", (server_key(url),)).fetchone()[0])
        finally:
            conn.close()

    def _delete(self, note_id: int) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM note WHERE id = ?", (note_id,))
        conn.close()

    def _note_error(self, note_id: int, error: str) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE note SET last_error = ? WHERE id = ?", (error[:500], note_id))
        conn.close()

    def flush(self, project: Any, *, send: Sender | None = None,
              cancelled: Callable[[], bool] | None = None) -> FlushResult:
        """Send the notes waiting for ``project``'s server, oldest first; stop at the first failure.

        A note the server refuses for good (its interview was deleted, say) is also stopped at, with
        its reason in ``last_error`` and in the result, so the user can decide; nothing is dropped.
        """
        sender = send or send_note
        sent = 0
        notes = self.pending(project.url)
        for note in notes:
            if cancelled is not None and cancelled():
                break
            try:
                sender(project, note)
            except Exception as exc:  # noqa: BLE001 - any failure keeps the note; the reason is shown
                reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                log.info("outbox stopped at note %s: %s", note.id, reason)
                self._note_error(note.id, reason)
                return FlushResult(sent=sent, left=len(notes) - sent, error=reason)
            self._delete(note.id)
            sent += 1
        return FlushResult(sent=sent, left=len(notes) - sent)


def _already_sent(session: Any, note: PendingNote) -> Any:
    from sqlmodel import col, select

    from workbench.interviews.capture import parse_kind_prefix
    from workbench.store import models

    _prefixed, text = parse_kind_prefix(note.line)
    return session.exec(
        select(models.Statement).where(
            models.Statement.interview_id == note.interview_id, models.Statement.text == text.strip(),
            models.Statement.created_by == note.user, col(models.Statement.created_at) >= note.typed_at)
        .order_by(col(models.Statement.id))
    ).first()


def find_sent(project: Any, note: PendingNote) -> Any:
    """The statement a note became on the server (a StatementRead), or None if it has not arrived."""
    from workbench.interviews.capture import StatementRead

    with project.session() as session:
        row = _already_sent(session, note)
        return None if row is None else StatementRead.of(row)


def send_note(project: Any, note: PendingNote) -> Any:
    """Append one pending note to its interview on the server, unless it already arrived; its StatementRead.

    Like capture's Enter, the first line starts a planned interview.
    """
    from workbench.interviews.capture import StatementRead, add_statement_in, parse_kind_prefix
    from workbench.store import models
    from workbench.store.team import lock_for_append

    prefixed, text = parse_kind_prefix(note.line)
    with project.transaction() as session:
        lock_for_append(session, note.interview_id)
        already = _already_sent(session, note)
        if already is not None:
            return StatementRead.of(already)
        interview = session.get(models.Interview, note.interview_id)
        if interview is not None and interview.started_at is None:
            interview.started_at = note.typed_at
        if interview is not None and interview.status == "planned":
            interview.status = "in_progress"
        row = add_statement_in(session, interview_id=note.interview_id, text=text, kind=note.kind or prefixed,
                               user=note.user, severity=note.severity, is_quote=note.is_quote,
                               is_followup=note.is_followup, guide_question_id=note.guide_question_id)
        return StatementRead.of(row)
