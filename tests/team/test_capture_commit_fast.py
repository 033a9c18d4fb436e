"""Capture mode's Enter on a real PostgreSQL server: the same rows as the ORM path it replaced, and others hear of it."""

from __future__ import annotations

import os
import threading
from typing import Any

from sqlalchemy import select

from tests.team.seed import seed
from tests.team.workers import type_lines
from tests.unit.test_capture_commit_fast import _without_clock, dump, orm_commit_line, script
from workbench.interviews.capture import StatementRead, commit_line
from workbench.store import models as m
from workbench.store.project import create_project, open_project
from workbench.store.team import ChangeWatcher


def _twin(project: Any) -> tuple[int, int]:
    """Seed a project with an interview on a guide; (interview id, a question id)."""
    ids = seed(project)
    with project.transaction() as s:
        guide = m.InterviewGuide(name="Partner discovery")
        s.add(guide)
        s.flush()
        question = m.GuideQuestion(guide_id=guide.id, section="Payouts", text="How do payouts work?")
        s.add(question)
        s.get(m.Interview, ids.interview_id).guide_id = guide.id
        s.flush()
        return ids.interview_id, int(question.id)  # type: ignore[arg-type]


def test_writes_exactly_what_the_orm_path_wrote_on_postgresql(pg_project, pg_server) -> None:  # type: ignore[no-untyped-def]
    """The same Enters on twin team databases leave every table identical (timestamps aside: seeded apart)."""
    other = create_project(pg_server.create_database(f"wb_capture_twin_{os.getpid()}"), user="anna")
    try:
        interview_id, question = _twin(pg_project)
        assert _twin(other) == (interview_id, question)
        assert dump(pg_project, every_time=True) == dump(other, every_time=True)
        old_reads = script(other, interview_id, question, orm_commit_line)
        new_reads = script(pg_project, interview_id, question, commit_line)
        assert [_without_clock(r) for r in new_reads] == [_without_clock(r) for r in old_reads]
        assert dump(pg_project, every_time=True) == dump(other, every_time=True)
        with pg_project.session() as s:
            iv = s.get(m.Interview, interview_id)
            rows = s.execute(select(m.Statement).where(m.Statement.interview_id == interview_id)
                             .order_by(m.Statement.position)).scalars().all()
            assert iv.status == "in_progress" and iv.started_at == rows[0].created_at
            assert iv.started_at.tzinfo is not None
            assert [StatementRead.of(r) for r in rows] == new_reads
    finally:
        other.close()


def test_a_line_typed_by_one_person_wakes_the_others(pg_project, pg_url) -> None:  # type: ignore[no-untyped-def]
    """Enter bumps the change counter and sends NOTIFY: another person's window is told, the typist's is not."""
    interview_id, _question = _twin(pg_project)
    boris = open_project(pg_url, user="boris")
    theirs = ChangeWatcher(boris.engine, pg_url)
    mine = ChangeWatcher(pg_project.engine, pg_url)
    try:
        assert theirs.wait(0.2) is False and mine.wait(0.2) is False
        commit_line(pg_project, interview_id=interview_id, line="pain: payouts are late")
        assert theirs.wait(5.0) is True
        assert mine.wait(0.5) is False
    finally:
        theirs.close()
        mine.close()
        boris.close()


def test_three_people_typing_into_one_interview_get_unique_positions(pg_project, pg_url) -> None:  # type: ignore[no-untyped-def]
    """Enter's interview update holds the row lock until commit: 3 x 25 concurrent lines get positions 0..74 exactly."""
    interview_id, _question = _twin(pg_project)
    errors: list[BaseException] = []

    def run(user: str) -> None:
        try:
            type_lines(pg_url, user, interview_id, 25)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(u,)) for u in ("anna", "boris", "vera")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    with pg_project.session() as s:
        rows = s.execute(select(m.Statement).where(m.Statement.interview_id == interview_id)).scalars().all()
    assert sorted(r.position for r in rows) == list(range(75))
    for user in ("anna", "boris", "vera"):
        mine = sorted((r for r in rows if r.created_by == user), key=lambda r: r.position)
        assert [r.text for r in mine] == [f"{user} line {i}" for i in range(25)]
