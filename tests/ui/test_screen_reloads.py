"""Segments, program and interviews reload in a reader task: right data after a change, read off the UI thread,
the latest reload wins, the selection stays, and "Loading…" shows until the first read."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool

from workbench.backlog import program
from workbench.interviews import planning
from workbench.ops import Changes
from workbench.partners.segments import set_segment_scoring


@dataclass
class Case:
    """How to build a screen, change what it shows through a service, and read the change back from the screen."""

    module: str
    cls: str
    reader: str  # the reader function's name in the screen's module
    change: Callable[[Any], Changes]  # makes a change through a service, returns what changed
    shown: Callable[[Any], Any]  # what the screen shows that the change is about
    expected: Callable[[Any], Any]  # that value as the service reads it now
    loading: Callable[[Any], bool]  # the screen says "Loading…"


def _segment_target(screen: Any) -> Any:
    return {f.segment_id: f.target for f in screen.funnel_model._rows}


def _change_segment(project: Any) -> Changes:
    from workbench.partners.segments import funnels

    first = funnels(project)[0]
    set_segment_scoring(project, segment_id=first.segment_id, target=first.target + 7)
    return Changes(segments=True)


def _program_statuses(screen: Any) -> Any:
    return {e.id: e.status for c in screen.columns for e in c.elements_model._rows}


def _change_program(project: Any) -> Changes:
    element = program.program_structure(project)[0].elements[0]
    program.update_element(project, element.id, {"status": "have" if element.status != "have" else "missing"})
    return Changes(program=True)


def _interview_ids(screen: Any) -> Any:
    return sorted(r.id for r in screen.model.rows())


def _change_interviews(project: Any) -> Changes:
    partner = planning.partner_choices(project)[3]
    planning.plan_interview(project, partner_id=partner.id, interviewer="Reload test",
                            planned_at=datetime.now(UTC) + timedelta(days=3))
    return Changes(interviews=True)


CASES = {
    "segments": Case("workbench.ui.segments.screen", "SegmentsScreen", "read_segments", _change_segment,
                     _segment_target,
                     lambda p: {f.segment_id: f.target for f in __import__(
                         "workbench.partners.segments", fromlist=["funnels"]).funnels(p)},
                     lambda s: s.stack.currentWidget() is s.loading and s.loading.text() == "Loading…"),
    "program": Case("workbench.ui.program.screen", "ProgramScreen", "read_program", _change_program,
                    _program_statuses,
                    lambda p: {e.id: e.status for g in program.program_structure(p) for e in g.elements},
                    lambda s: s.pages.currentWidget() is s.loading and s.loading.text() == "Loading…"),
    "interviews": Case("workbench.ui.interviews.screen", "InterviewsScreen", "read_interviews", _change_interviews,
                       _interview_ids, lambda p: sorted(r.id for r in planning.list_interviews(p)),
                       lambda s: s.count_label.text() == "Loading…" and s.model.rowCount() == 0),
}


def _build(qtbot, make_ctx, project, case: Case):  # type: ignore[no-untyped-def]
    import importlib

    ctx = make_ctx(project)
    screen = getattr(importlib.import_module(case.module), case.cls)(ctx)
    qtbot.addWidget(screen)
    screen.resize(1440, 900)
    screen.show()
    ctx.changed.connect(screen.refresh)  # as the main window does for the screen in view
    return screen


def _applied(screen: Any) -> list[Any]:
    """Record every read the screen shows (wrapping its UI-thread part of a reload)."""
    seen: list[Any] = []
    apply = screen._apply

    def spy(read: Any) -> None:
        seen.append(read)
        apply(read)

    screen._apply = spy
    return seen


@pytest.fixture(params=list(CASES))
def case(request) -> Case:  # type: ignore[no-untyped-def]
    """One of the three screens."""
    yield CASES[request.param]
    QThreadPool.globalInstance().waitForDone(15_000)  # no reader outlives the test


def test_a_change_shows_read_off_the_ui_thread(qtbot, make_ctx, demo_project, case: Case) -> None:  # type: ignore[no-untyped-def]
    """After a change and its notice the screen shows what the service reads, read in a worker thread."""
    screen = _build(qtbot, make_ctx, demo_project, case)
    screen.ensure_loaded()
    qtbot.waitUntil(lambda: screen.last_read is not None and screen.reader is None, timeout=15_000)
    before = case.shown(screen)
    assert before == case.expected(demo_project)
    screen.ctx.notify(case.change(demo_project))
    assert screen.reader is not None  # the reload runs in a task: nothing read in the notice itself
    qtbot.waitUntil(lambda: screen.reader is None, timeout=15_000)
    assert case.shown(screen) == case.expected(demo_project) != before
    assert screen.last_read.thread_id != threading.get_ident()


def test_a_newer_reload_supersedes_one_in_flight(qtbot, make_ctx, demo_project, case: Case, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A read that began before a change is never shown: the screen reads again and shows only the newer one."""
    import importlib

    module = importlib.import_module(case.module)
    real = getattr(module, case.reader)
    release, started = threading.Event(), threading.Event()
    calls: list[int] = []

    def slow_first(*args: Any, **kwargs: Any) -> Any:
        read = real(*args, **kwargs)
        calls.append(1)
        if len(calls) == 1:  # the first read is done before the change below, then waits
            started.set()
            release.wait(15)
        return read

    monkeypatch.setattr(module, case.reader, slow_first)
    screen = _build(qtbot, make_ctx, demo_project, case)
    seen = _applied(screen)
    screen.ensure_loaded()
    qtbot.waitUntil(started.is_set, timeout=15_000)
    assert case.loading(screen)  # the first read is in flight: the screen says so, the window is not frozen
    changes = case.change(demo_project)
    screen.ctx.notify(changes)  # supersedes the first read
    screen.ctx.notify(changes)
    release.set()
    qtbot.waitUntil(lambda: screen.reader is None and bool(seen), timeout=15_000)
    qtbot.wait(50)
    assert len(calls) == 2 and len(seen) == 1  # read twice, the stale read dropped, shown once
    assert case.shown(screen) == case.expected(demo_project)


def test_interviews_selection_stays_over_a_reload(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """The selected interview is still selected after a reload that added another interview."""
    screen = _build(qtbot, make_ctx, demo_project, CASES["interviews"])
    screen.ensure_loaded()
    qtbot.waitUntil(lambda: screen.last_read is not None, timeout=15_000)
    screen.table.selectRow(4)
    chosen = screen.selected_id()
    screen.ctx.notify(_change_interviews(demo_project))
    qtbot.waitUntil(lambda: screen.reader is None and screen.model.rowCount() == 34, timeout=15_000)
    assert screen.selected_id() == chosen


def test_segments_and_program_keep_their_current_item(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """The segment and the program element chosen stay chosen after a reload."""
    segments = _build(qtbot, make_ctx, demo_project, CASES["segments"])
    segments.ensure_loaded()
    qtbot.waitUntil(lambda: segments.last_read is not None, timeout=15_000)
    segments.scores_view.selectRow(1)
    second = segments.scores_model.score(1).segment_id
    assert segments._segment_id == second
    segments.ctx.notify(_change_segment(demo_project))
    qtbot.waitUntil(lambda: segments.reader is None, timeout=15_000)
    assert segments._segment_id == second
    assert segments.scores_view.selectionModel().selectedRows()[0].row() == segments.scores_model.row_of(second)

    screen = _build(qtbot, make_ctx, demo_project, CASES["program"])
    screen.ensure_loaded()
    qtbot.waitUntil(lambda: screen.last_read is not None, timeout=15_000)
    element = screen.columns[2].elements_model.element(1)
    screen.select_element(element.id)
    screen.ctx.notify(_change_program(demo_project))
    qtbot.waitUntil(lambda: screen.reader is None, timeout=15_000)
    assert screen._current is not None and screen._current.id == element.id
    assert screen.columns[2].elements.currentIndex().row() == 1


def test_interviews_model_patches_rows_like_a_reset(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """Planned and deleted interviews are inserted and removed row by row; the rows end as a reset would leave them."""
    from dataclasses import replace

    from workbench.ui.models.interviews import InterviewTableModel, prepare_interviews

    def interview(n: int) -> Any:
        return planning.InterviewRead(
            id=n, partner_id=n, partner_name=f"P{n}", segment_id=1, segment_name="S", guide_id=None,
            interviewer="I", planned_at=datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=n), started_at=None,
            ended_at=None, mode="call", status="planned", summary="", next_steps="", draft_text="",
            current_question_id=None, jobs=0, pains=0, gains=0, total=0, untagged=0)

    model = InterviewTableModel()
    qtmodeltester.check(model)
    rows = [interview(n) for n in range(10)]
    model.apply(prepare_interviews(rows))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    inserted: list[int] = []
    model.rowsInserted.connect(lambda _p, first, _last: inserted.append(first))
    newer = [interview(20), *rows[:3], replace(rows[4], jobs=3), *rows[5:8], interview(21), *rows[8:]]
    model.apply(prepare_interviews(newer))  # one removed (3), two planned, one count changed
    assert resets == [] and inserted == [0, 8]
    assert model.rows() == newer and [model.index(n, 0).data() for n in range(len(newer))] == [r.partner_name
                                                                                            for r in newer]
    assert model.index(4, 5).data() == 3 and model.row_of(21) == 8
    model.apply(prepare_interviews(list(reversed(newer))))  # another order: a reset
    assert resets == [1] and model.rows() == list(reversed(newer))
    qtmodeltester.check(model)


def test_reader_tasks_do_not_pile_up(qtbot, make_ctx, demo_project, case: Case) -> None:  # type: ignore[no-untyped-def]
    """Each reload's task is deleted once it is done: many reloads leave no task children on the screen."""
    from workbench.ui.tasks import Task

    screen = _build(qtbot, make_ctx, demo_project, case)
    screen.ensure_loaded()
    for _ in range(5):
        qtbot.waitUntil(lambda: screen.reader is None, timeout=15_000)
        screen.ctx.notify(Changes.everything())
    qtbot.waitUntil(lambda: screen.reader is None, timeout=15_000)
    qtbot.waitUntil(lambda: screen.findChildren(Task) == [], timeout=10_000)


def test_program_opens_an_element_asked_for_before_its_first_read(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Navigating to a program element while the screen still reads selects it once read."""
    wanted = program.program_structure(demo_project)[1].elements[2]
    screen = _build(qtbot, make_ctx, demo_project, CASES["program"])
    screen.ensure_loaded()
    screen.open_item(wanted.id)
    assert screen.reader is not None
    qtbot.waitUntil(lambda: screen.reader is None and screen.last_read is not None, timeout=15_000)
    assert screen._current is not None and screen._current.id == wanted.id


def test_interviews_sort_by_a_header_holds_over_a_reload(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Sorting by a column (the model sorts its own rows) orders the table, and a reload keeps that order."""
    from PySide6.QtCore import Qt

    screen = _build(qtbot, make_ctx, demo_project, CASES["interviews"])
    screen.ensure_loaded()
    qtbot.waitUntil(lambda: screen.last_read is not None, timeout=15_000)
    dates = [screen.proxy.index(n, 2).data() for n in range(screen.proxy.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first, as the screen opens
    screen.table.sortByColumn(8, Qt.SortOrder.DescendingOrder)  # most statements first
    totals = [screen.proxy.index(n, 8).data() for n in range(screen.proxy.rowCount())]
    assert totals == sorted(totals, reverse=True) and totals[0] > totals[-1]
    screen.ctx.notify(_change_interviews(demo_project))
    qtbot.waitUntil(lambda: screen.reader is None and screen.model.rowCount() == 34, timeout=15_000)
    totals = [screen.proxy.index(n, 8).data() for n in range(screen.proxy.rowCount())]
    assert totals == sorted(totals, reverse=True) and totals[-1] == 0
    screen.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [screen.proxy.index(n, 0).data() for n in range(screen.proxy.rowCount())]
    assert names == sorted(names)
