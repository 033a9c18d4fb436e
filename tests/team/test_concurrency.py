"""Several people typing into one interview at once on a real PostgreSQL server: nothing is lost."""

from __future__ import annotations

import multiprocessing
import threading
from collections import Counter

from sqlmodel import select

from tests.team.seed import seed
from tests.team.workers import append_locked, type_lines
from workbench.interviews.capture import add_statement
from workbench.store import models as m
from workbench.store.project import open_project


def _statements(project: object, interview_id: int) -> list[m.Statement]:
    with project.session() as s:  # type: ignore[attr-defined]
        return list(s.exec(select(m.Statement).where(m.Statement.interview_id == interview_id)).all())


def _in_threads(worker: object, url: str, interview_id: int, count: int) -> None:
    errors: list[BaseException] = []

    def run(user: str) -> None:
        try:
            worker(url, user, interview_id, count)  # type: ignore[operator]
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(u,)) for u in ("anna", "boris", "vera")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors


def test_three_threads_typing_lose_nothing(pg_project, pg_url) -> None:
    """Three account managers (threads, own connections) commit 30 lines each through capture: all 90 kept, in order."""
    ids = seed(pg_project)
    _in_threads(type_lines, pg_url, ids.interview_id, 30)
    rows = _statements(pg_project, ids.interview_id)
    assert Counter(r.created_by for r in rows) == {"anna": 30, "boris": 30, "vera": 30}
    assert {r.text for r in rows} == {f"{u} line {i}" for u in ("anna", "boris", "vera") for i in range(30)}
    for user in ("anna", "boris", "vera"):  # each person's lines stay in the order they typed them
        mine = sorted((r for r in rows if r.created_by == user), key=lambda r: (r.position, r.id))
        assert [r.text for r in mine] == [f"{user} line {i}" for i in range(30)]


def test_append_lock_makes_positions_unique(pg_project, pg_url) -> None:
    """With lock_for_append in the appending transaction, 3 x 30 concurrent lines get positions 0..89 exactly."""
    ids = seed(pg_project)
    _in_threads(append_locked, pg_url, ids.interview_id, 30)
    rows = _statements(pg_project, ids.interview_id)
    assert len(rows) == 90
    assert sorted(r.position for r in rows) == list(range(90))


def test_three_processes_typing_lose_nothing(pg_project, pg_url) -> None:
    """Three separate app processes append 20 lines each into one interview: all 60 present, positions unique."""
    ids = seed(pg_project)
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(3) as pool:
        done = pool.starmap(append_locked, [(pg_url, u, ids.interview_id, 20) for u in ("anna", "boris", "vera")])
    assert done == [20, 20, 20]
    rows = _statements(pg_project, ids.interview_id)
    assert len(rows) == 60 and len({r.text for r in rows}) == 60
    assert sorted(r.position for r in rows) == list(range(60))


def test_plain_appends_never_conflict(pg_project, pg_url) -> None:
    """Appends without the capture screen's interview update are all kept too (positions may tie, order by id)."""
    ids = seed(pg_project)
    others = [open_project(pg_url, user=u) for u in ("boris", "vera")]
    try:
        def run(project: object, tag: str) -> None:
            for i in range(15):
                add_statement(project, interview_id=ids.interview_id, line=f"{tag} {i}")  # type: ignore[arg-type]

        threads = [threading.Thread(target=run, args=(p, p.user)) for p in [pg_project, *others]]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for p in others:
            p.close()
    assert len(_statements(pg_project, ids.interview_id)) == 45
