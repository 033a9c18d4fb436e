"""Notes typed while the team server is down are kept locally and sent, in order, when it is back."""

from __future__ import annotations

from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url
from sqlmodel import select

from tests.team.seed import seed
from workbench.store import models as m
from workbench.store.outbox import Outbox, send_note, server_key


def _admin(pg_url: str, sql: str) -> None:
    url = make_url(pg_url)
    with psycopg.connect(host=url.host, port=url.port, user=url.username, dbname="postgres", autocommit=True) as c:
        c.execute(sql)


def _outage(pg_url: str, down: bool) -> None:
    """Take the project's database away from every client (as a server restart would), or give it back."""
    name = make_url(pg_url).database
    _admin(pg_url, f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {"false" if down else "true"}')
    if down:
        _admin(pg_url, f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")


def _texts(project: object, interview_id: int) -> list[str]:
    with project.session() as s:  # type: ignore[attr-defined]
        rows = s.exec(select(m.Statement).where(m.Statement.interview_id == interview_id)
                      .order_by(m.Statement.position, m.Statement.id)).all()
        return [r.text for r in rows]


def test_notes_typed_during_an_outage_are_sent_in_order_when_back(pg_project, pg_url, tmp_path: Path) -> None:
    """Three notes queued while the server is down survive a failed flush and arrive in order afterwards."""
    ids = seed(pg_project)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    _outage(pg_url, down=True)
    try:
        for line in ("first", "pain: second, a pain", "third"):
            outbox.put(pg_project.url, interview_id=ids.interview_id, line=line, user="anna")
        result = outbox.flush(pg_project)
        assert (result.sent, result.left) == (0, 3) and result.error
        assert outbox.pending(pg_project.url)[0].last_error
    finally:
        _outage(pg_url, down=False)
    assert Outbox(tmp_path / "outbox.sqlite").count(pg_project.url) == 3  # kept on disk, a new app sees them
    result = outbox.flush(pg_project)
    assert (result.sent, result.left, result.error) == (3, 0, "")
    assert _texts(pg_project, ids.interview_id) == ["first", "second, a pain", "third"]
    with pg_project.session() as s:
        kinds = [r.kind for r in s.exec(select(m.Statement).order_by(m.Statement.id)).all()]
    assert kinds == [None, "pain", None] and outbox.count(pg_project.url) == 0


def test_a_note_is_never_sent_twice(pg_project, tmp_path: Path) -> None:
    """Sending a note whose commit already reached the server (crash before the local delete) adds nothing."""
    ids = seed(pg_project)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    note = outbox.put(pg_project.url, interview_id=ids.interview_id, line="said once", user="anna")
    send_note(pg_project, note)
    assert outbox.flush(pg_project).sent == 1
    assert _texts(pg_project, ids.interview_id) == ["said once"]


def test_outbox_is_keyed_by_server_and_interview(tmp_path: Path) -> None:
    """Notes for another server or interview are kept apart, and the key never holds the password."""
    outbox = Outbox(tmp_path / "outbox.sqlite")
    a = "postgresql+psycopg://anna:secret@db1:5432/team"
    outbox.put(a, interview_id=1, line="x", user="anna")
    outbox.put(a, interview_id=2, line="y", user="anna")
    outbox.put("postgresql+psycopg://anna@db2/team", interview_id=1, line="z", user="anna")
    assert [n.line for n in outbox.pending(a, 2)] == ["y"] and outbox.count(a) == 2
    assert "secret" not in server_key(a)


def test_a_refused_note_stops_the_flush_and_is_kept(pg_project, tmp_path: Path) -> None:
    """A note for an interview that no longer exists is kept with its reason, and the ones after wait behind it."""
    ids = seed(pg_project)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    outbox.put(pg_project.url, interview_id=ids.interview_id + 999, line="lost interview", user="anna")
    outbox.put(pg_project.url, interview_id=ids.interview_id, line="after it", user="anna")
    result = outbox.flush(pg_project)
    assert (result.sent, result.left) == (0, 2) and "no interview" in result.error
    assert _texts(pg_project, ids.interview_id) == []
