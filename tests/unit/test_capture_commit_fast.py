"""Capture mode's Enter (commit_line) writes exactly what the ORM path it replaced wrote, durably, in one transaction."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import DateTime, event, select, text
from sqlmodel import Session

from workbench.errors import InputError, WorkbenchError
from workbench.interviews import planning
from workbench.interviews.capture import StatementRead, add_statement_in, commit_line, parse_kind_prefix
from workbench.interviews.tx import write_transaction
from workbench.store import models as m
from workbench.store.project import DiskFullError, open_project

# Columns whose values depend on the clock (compared for presence and order, not equality).
CLOCK = {"statement": ("created_at", "updated_at", "time_offset_s"), "interview": ("started_at",),
         "change_counter": ("changed_at",)}
# StatementRead fields that depend on the clock.
CLOCK_READ = ("time_offset_s", "updated_at")


def orm_commit_line(project: Any, *, interview_id: int, line: str, kind: str | None = None,
                    severity: int | None = None, is_quote: bool = False, is_followup: bool = False,
                    guide_question_id: int | None = None, next_draft: str = "") -> StatementRead:
    """The ORM unit-of-work path commit_line used before, kept here as the reference it must match."""
    prefixed, line_text = parse_kind_prefix(line)
    with write_transaction(project) as session:
        interview = session.get(m.Interview, interview_id)
        if interview is None:
            raise InputError(f"There is no interview {interview_id} in this project.")
        if interview.started_at is None:
            interview.started_at = m.utcnow()
        if interview.status == "planned":
            interview.status = "in_progress"
        interview.draft_text = next_draft
        if guide_question_id is not None:
            interview.current_question_id = guide_question_id
        row = add_statement_in(
            session, interview_id=interview_id, text=line_text, kind=kind or prefixed, user=project.user,
            guide_question_id=guide_question_id, severity=severity, is_quote=is_quote, is_followup=is_followup,
        )
        return StatementRead.of(row)


def dump(project: Any, *, every_time: bool = False) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table ordered by primary key, clock columns masked (``every_time``: all timestamps)."""
    out: dict[str, list[dict[str, Any]]] = {}
    with Session(project.engine) as session:
        for model in m.ALL_TABLES:
            table = model.__table__  # type: ignore[attr-defined]
            masked = set(CLOCK.get(table.name, ()))
            if every_time:
                masked |= {c.name for c in table.columns if isinstance(getattr(c.type, "impl", c.type), DateTime)}
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).mappings().all()
            out[table.name] = [{k: ("<clock>" if k in masked and v is not None else v) for k, v in r.items()}
                               for r in rows]
    return out


def script(project: Any, interview_id: int, question_id: int, commit: Any) -> list[StatementRead]:
    """The same sequence of Enters, with every option commit_line takes."""
    return [
        commit(project, interview_id=interview_id, line="боль: выплаты раз в месяц", severity=2),
        commit(project, interview_id=interview_id, line="  первая мысль  ", next_draft="недописан"),
        commit(project, interview_id=interview_id, line="нужен кабинет", kind="gain", is_quote=True),
        commit(project, interview_id=interview_id, line="Job: follow up", is_followup=True,
               guide_question_id=question_id),
        commit(project, interview_id=interview_id, line="after the question moved"),
        commit(project, interview_id=interview_id, line="pain: " + "длинная строка " * 500, severity=3),
    ]


def _without_clock(read: StatementRead) -> dict[str, Any]:
    return {k: v for k, v in read.__dict__.items() if k not in CLOCK_READ}


@pytest.fixture
def twins(demo_path: Path, tmp_path: Path) -> Any:
    """Two identical copies of the demo project with a newly planned interview: (old, new, interview, question)."""
    first = open_project(demo_path, backup=False)
    partner = planning.partner_choices(first)[0]
    iv = planning.plan_interview(first, partner_id=partner.id, interviewer="Anna", planned_at=None)
    with first.session() as s:
        question = s.execute(select(m.GuideQuestion.id).where(m.GuideQuestion.guide_id == iv.guide_id)
                             .order_by(m.GuideQuestion.position).offset(2).limit(1)).scalar_one()
    first.close()
    other = tmp_path / "twin.wbp"
    shutil.copyfile(demo_path, other)
    old, new = open_project(demo_path, backup=False), open_project(other, backup=False)
    yield old, new, iv.id, question
    old.close()
    new.close()


def test_writes_exactly_what_the_orm_path_wrote(twins: Any) -> None:
    """The same Enters on twin projects leave every table identical (clock columns aside) and return the same reads."""
    old, new, interview_id, question = twins
    assert dump(old) == dump(new)
    old_reads = script(old, interview_id, question, orm_commit_line)
    new_reads = script(new, interview_id, question, commit_line)
    assert [_without_clock(r) for r in new_reads] == [_without_clock(r) for r in old_reads]
    assert dump(new) == dump(old)
    with new.session() as s:
        iv = s.get(m.Interview, interview_id)
        rows = s.execute(select(m.Statement).where(m.Statement.interview_id == interview_id)
                         .order_by(m.Statement.position)).scalars().all()
        assert iv.status == "in_progress" and iv.current_question_id == question and iv.draft_text == ""
        assert [r.position for r in rows] == list(range(6))
        assert rows[0].created_at == iv.started_at  # the first line starts the interview
        offsets = [r.time_offset_s for r in rows]
        assert offsets == sorted(offsets) and offsets[0] == 0.0
        assert [r.guide_question_id for r in rows] == [None, None, None, question, question, question]
        # what commit_line returned is what a reader of the project gets back
        assert [StatementRead.of(r) for r in rows] == new_reads


def test_each_enter_bumps_the_change_counter_once(twins: Any) -> None:
    """Other windows and team members learn of each line: one counter bump per Enter, as before."""
    old, new, interview_id, question = twins
    before = dump(new)["change_counter"][0]["value"]
    script(new, interview_id, question, commit_line)
    assert dump(new)["change_counter"][0]["value"] == before + 6
    assert dump(old)["change_counter"][0]["value"] == before
    script(old, interview_id, question, orm_commit_line)
    assert dump(old)["change_counter"][0]["value"] == before + 6


def test_a_done_interview_stays_done_and_keeps_its_start(demo_project: Any) -> None:
    """A line added to a finished interview neither reopens it nor moves its start."""
    with demo_project.session() as s:
        iv = s.execute(select(m.Interview).where(m.Interview.status == "done").order_by(m.Interview.id)).scalars().first()
        last = s.execute(text("SELECT max(position) FROM statement WHERE interview_id = :i"), {"i": iv.id}).scalar()
    read = commit_line(demo_project, interview_id=iv.id, line="gain: one more thought")
    with demo_project.session() as s:
        again = s.get(m.Interview, iv.id)
        assert (again.status, again.started_at) == ("done", iv.started_at)
    assert read.position == last + 1 and read.kind == "gain"
    assert read.time_offset_s == pytest.approx((read.updated_at - iv.started_at).total_seconds())


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"interview_id": 999_999, "line": "x"}, "There is no interview 999999"),
    ({"line": "   "}, "cannot be empty"),
    ({"line": "x", "kind": "wish"}, "Unknown kind"),
    ({"line": "x", "severity": 5}, "Severity is 1"),
    ({"line": "x" * 20_001}, "limited to 20,000"),
])
def test_refused_lines_change_nothing(twins: Any, kwargs: dict[str, Any], message: str) -> None:
    """A refused line gives the same one-line message as before and leaves the project exactly as it was."""
    old, new, interview_id, _question = twins
    args = {"interview_id": interview_id, "next_draft": "", **kwargs}
    with pytest.raises(InputError, match=message) as new_error:
        commit_line(new, **args)
    with pytest.raises(InputError) as old_error:
        orm_commit_line(old, **args)
    assert str(new_error.value) == str(old_error.value)
    assert dump(new) == dump(old)
    with new.session() as s:
        assert s.get(m.Interview, interview_id).status == "planned"


def test_a_line_shown_saved_is_on_disk(demo_path: Path) -> None:
    """When commit_line returns, another connection (another process after a crash) already sees the line."""
    project = open_project(demo_path, backup=False)
    try:
        read = commit_line(project, interview_id=1, line="pain: survives a crash", next_draft="half")
        conn = sqlite3.connect(demo_path)
        row = conn.execute("SELECT text, kind, position FROM statement WHERE id = ?", (read.id,)).fetchone()
        draft = conn.execute("SELECT draft_text FROM interview WHERE id = 1").fetchone()[0]
        conn.close()
    finally:
        project.close()
    assert row == ("survives a crash", "pain", read.position) and draft == "half"


def test_a_failure_mid_enter_rolls_back_the_draft_too(demo_project: Any) -> None:
    """The draft is cleared in the same transaction as the insert: if the insert fails, the draft stays."""
    with demo_project.transaction() as s:
        s.get(m.Interview, 1).draft_text = "typed but not sent"

    def refuse(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO STATEMENT"):
            raise sqlite3.OperationalError("simulated failure")

    event.listen(demo_project.engine, "before_cursor_execute", refuse)
    try:
        with pytest.raises(Exception, match="simulated failure"):
            commit_line(demo_project, interview_id=1, line="lost")
    finally:
        event.remove(demo_project.engine, "before_cursor_execute", refuse)
    with demo_project.session() as s:
        assert s.get(m.Interview, 1).draft_text == "typed but not sent"
        assert s.execute(text("SELECT count(*) FROM statement WHERE text = 'lost'")).scalar() == 0


def test_full_disk_is_a_clear_message_and_keeps_earlier_lines(demo_path: Path) -> None:
    """When SQLite cannot grow the file, Enter says the disk is full; lines saved before stay and the file is sound."""
    project = open_project(demo_path, backup=False)
    try:
        saved = commit_line(project, interview_id=1, line="pain: saved before the disk filled up")

        def cap(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

        project.engine.dispose()
        event.listen(project.engine, "connect", cap)
        with pytest.raises(DiskFullError) as caught:
            for n in range(200):
                commit_line(project, interview_id=1, line=f"gain: {n} " + "x" * 15_000)
        assert isinstance(caught.value, WorkbenchError) and "disk is full" in str(caught.value)
    finally:
        project.close()
    conn = sqlite3.connect(demo_path)
    assert conn.execute("SELECT text FROM statement WHERE id = ?", (saved.id,)).fetchone() == (
        "saved before the disk filled up",)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
