"""The UI heartbeat: it measures how long the event loop stalls, and long jobs keep that short."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from workbench.ui.heartbeat import Heartbeat
from workbench.ui.tasks import run_with_progress

#: generous: the goal is 16 ms, but this 2-core machine runs other tests at the same time
GAP_BOUND_MS = 250


def _csv(path: Path, rows: int) -> None:
    lines = ["Компания;Город;Сайт;Сотрудников;Клиентов"]
    lines += [f"ООО «Бета {i}»;Казань;beta{i}.ru;{i % 300};{i % 900}" for i in range(rows)]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))


def test_idle_loop_beats_at_its_interval(qtbot) -> None:
    """With nothing running, the longest gap stays near the 5 ms interval and ticks keep coming."""
    beat = Heartbeat()
    beat.start()
    qtbot.wait(300)
    gap = beat.stop()
    assert beat.ticks >= 10
    assert 3 <= gap < GAP_BOUND_MS
    assert not beat.running


def test_a_blocked_loop_shows_as_a_long_gap(qtbot) -> None:
    """A slot that blocks the loop for 150 ms is measured as a gap of at least 150 ms."""
    beat = Heartbeat()
    beat.start()
    QTimer.singleShot(20, lambda: time.sleep(0.15))
    qtbot.wait(300)
    assert beat.stop() >= 150


def test_import_in_a_thread_keeps_the_loop_beating(qtbot, empty_project, tmp_path: Path) -> None:
    """Importing 3,000 partners through run_with_progress leaves the UI gap under 250 ms and records it on the task."""
    from workbench.partners.importer import import_partners

    path = tmp_path / "partners.csv"
    _csv(path, 3000)
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []

    def work(state):  # type: ignore[no-untyped-def]
        return import_partners(empty_project, path, segment="Bench", progress=state.progress)

    beat = Heartbeat()
    beat.start()
    task = run_with_progress(parent, "Importing", work, results.append, lambda m: results.append(m))
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    gap = beat.stop()
    assert results and getattr(results[0], "added", 0) == 3000, results
    assert gap < GAP_BOUND_MS
    assert task.longest_gap_ms is not None and task.longest_gap_ms < GAP_BOUND_MS


def test_partners_screen_import_freezes_the_heap_and_keeps_the_loop_beating(qtbot, make_ctx, empty_project,
                                                                            tmp_path: Path) -> None:
    """The partners screen imports 3,000 rows with the heap frozen first; the UI gap stays under 250 ms."""
    import gc

    from workbench.ui.partners.screen import PartnersScreen

    path = tmp_path / "partners.csv"
    _csv(path, 3000)
    screen = PartnersScreen(make_ctx(empty_project))
    qtbot.addWidget(screen)
    screen.ctx.changed.connect(screen.refresh)
    screen.show()
    screen.ensure_loaded()
    frozen_before = gc.get_freeze_count()
    beat = Heartbeat()
    beat.start()
    task = screen.run_import(path, segment="Bench")
    qtbot.waitUntil(lambda: task.done, timeout=120_000)
    gap = beat.stop()
    assert gc.get_freeze_count() > frozen_before
    assert screen.model.rowCount() == 3000
    assert gap < GAP_BOUND_MS and task.longest_gap_ms is not None and task.longest_gap_ms < GAP_BOUND_MS


def test_segments_screen_draws_its_charts_in_the_worker_process(qtbot, make_ctx, demo_project) -> None:
    """The segments screen's charts come from the worker process as pixmaps, and the UI gap stays under 250 ms."""
    from workbench.ui.procworker import ProcessJob, shared_worker
    from workbench.ui.segments.screen import SegmentsScreen

    assert shared_worker().wait_ready(120)
    screen = SegmentsScreen(make_ctx(demo_project))
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    screen.ensure_loaded()
    qtbot.waitUntil(lambda: screen.last_read is not None, timeout=15_000)  # the segments are read in a task
    beat = Heartbeat()
    beat.start()
    screen._chart_timer.stop()
    screen._draw_charts()
    job = screen._chart_task
    assert isinstance(job, ProcessJob)
    qtbot.waitUntil(lambda: job.done and not screen.chart_pixmap("bubble").isNull(), timeout=60_000)
    gap = beat.stop()
    assert screen.chart_pixmap("bars").width() > 200 and set(screen._chart_bytes) == {"bars", "radar", "bubble"}
    assert gap < GAP_BOUND_MS


def test_suggest_kinds_classifies_in_the_worker_process_with_the_same_answers(qtbot, make_ctx,
                                                                              demo_project) -> None:
    """Suggest kinds runs in the worker process, stores what the classifier says here, and the UI gap stays short."""
    from workbench.interviews import planning
    from workbench.interviews import statements as st_service
    from workbench.ui.capture.review import ReviewPanel, classifier
    from workbench.ui.procworker import ProcessJob, shared_worker

    classify = classifier()
    if classify is None:
        pytest.skip("the NLP package has no classify()")
    interview = max(planning.list_interviews(demo_project),
                    key=lambda iv: len(st_service.list_statements(demo_project, interview_id=iv.id)))
    statements = st_service.list_statements(demo_project, interview_id=interview.id)[:30]
    for st in statements:
        if st.kind is not None:
            st_service.set_kind(demo_project, statement_id=st.id, kind=None)
    rows = st_service.untagged_statements(demo_project, interview_id=interview.id)
    assert len(rows) >= 30
    expected = {r.id: (s.label, s.score) for r, s in zip(rows, classify([r.text for r in rows]), strict=True)}
    assert shared_worker().wait_ready(120)
    panel = ReviewPanel(make_ctx(demo_project))
    qtbot.addWidget(panel)
    panel.show()
    panel.set_interview(planning.get_interview(demo_project, interview_id=interview.id))
    beat = Heartbeat()
    beat.start()
    panel.suggest()
    assert isinstance(panel._task, ProcessJob)
    qtbot.waitUntil(lambda: all(s.suggested_kind for s in st_service.untagged_statements(
        demo_project, interview_id=interview.id)), timeout=120_000)
    qtbot.waitUntil(lambda: panel._task.done, timeout=10_000)
    gap = beat.stop()
    stored = {s.id: (s.suggested_kind, s.suggested_score)
              for s in st_service.untagged_statements(demo_project, interview_id=interview.id)}
    assert stored.keys() == expected.keys()
    assert all(stored[i][0] == expected[i][0] and abs(stored[i][1] - expected[i][1]) < 1e-9 for i in expected)
    assert gap < GAP_BOUND_MS


def test_segments_screen_redrawn_quickly_keeps_the_worker_and_shows_the_last_drawing(qtbot, make_ctx,
                                                                                     demo_project) -> None:
    """Four redraws in a row: the waiting ones are dropped, the worker is not restarted, the last one shows."""
    from workbench.ui.procworker import shared_worker
    from workbench.ui.segments.screen import SegmentsScreen

    worker = shared_worker()
    assert worker.wait_ready(120)
    pid = worker.pid
    screen = SegmentsScreen(make_ctx(demo_project))
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    screen.ensure_loaded()
    qtbot.waitUntil(lambda: screen.last_read is not None, timeout=15_000)  # the segments are read in a task
    screen._chart_timer.stop()
    jobs, ends = [], {}
    for n in range(4):
        screen._draw_charts()
        jobs.append(screen._chart_task)
        jobs[-1].finished.connect(lambda _r, n=n: ends.setdefault(n, "finished"))
        jobs[-1].cancelled.connect(lambda n=n: ends.setdefault(n, "cancelled"))
    qtbot.waitUntil(lambda: all(j.done for j in jobs) and not screen.chart_pixmap("radar").isNull(), timeout=60_000)
    assert ends == {0: "finished", 1: "cancelled", 2: "cancelled", 3: "finished"}
    assert worker.pid == pid and worker.running
    assert worker.queued == 0 and not worker.busy
    assert set(screen._chart_bytes) == {"bars", "radar", "bubble"}


def test_suggest_cards_clusters_in_the_worker_process_with_the_same_clusters(qtbot, make_ctx, demo_project,
                                                                             monkeypatch) -> None:
    """Suggest Cards clusters in the worker process, shows the clusters found here, and the UI gap stays short."""
    from sqlalchemy import text as sql

    from workbench.ui.canvas import clusters_dialog
    from workbench.ui.canvas.screen import CanvasScreen
    from workbench.ui.procworker import ProcessJob, shared_worker
    from workbench.vpc.clusters import clustering_available, suggest_clusters

    if not clustering_available():
        pytest.skip("the NLP package has no cluster()")
    with demo_project.engine.connect() as conn:
        segment_ids = [r[0] for r in conn.execute(sql("SELECT segment_id FROM board ORDER BY segment_id"))]
    expected, segment_id = max(((suggest_clusters(demo_project, s), s) for s in segment_ids), key=lambda p: len(p[0]))
    assert expected, "the demo has statements to cluster"
    shown: list[clusters_dialog.ClustersDialog] = []
    monkeypatch.setattr(clusters_dialog.ClustersDialog, "exec", lambda self: shown.append(self) or 0)
    assert shared_worker().wait_ready(120)
    screen = CanvasScreen(make_ctx(demo_project))
    qtbot.addWidget(screen)
    screen.show()
    screen.ensure_loaded()
    screen.set_segment(segment_id)
    beat = Heartbeat()
    beat.start()
    job = clusters_dialog.start_suggestions(screen)
    assert isinstance(job, ProcessJob)
    qtbot.waitUntil(lambda: bool(shown), timeout=120_000)
    gap = beat.stop()
    assert shown[0].clusters == expected
    assert gap < GAP_BOUND_MS


def test_partners_screen_reads_the_imported_partners_in_the_import_thread(qtbot, make_ctx, empty_project,
                                                                          tmp_path: Path, monkeypatch) -> None:
    """After an import the table shows every partner, read in the import's thread, not in the UI thread."""
    import threading

    from workbench.partners import service
    from workbench.ui.partners.screen import PartnersScreen

    real = service.list_partners
    readers: list[threading.Thread] = []

    def recording(project):  # type: ignore[no-untyped-def]
        readers.append(threading.current_thread())
        return real(project)

    path = tmp_path / "partners.csv"
    _csv(path, 500)
    screen = PartnersScreen(make_ctx(empty_project))
    qtbot.addWidget(screen)
    screen.ctx.changed.connect(screen.refresh)
    screen.show()
    screen.ensure_loaded()
    monkeypatch.setattr(service, "list_partners", recording)
    task = screen.run_import(path, segment="Bench")
    qtbot.waitUntil(lambda: task.done and screen.model.rowCount() == 500, timeout=120_000)
    assert readers and all(t is not threading.main_thread() for t in readers)
    assert screen.prefetched is None
    assert {p.name for p in screen.model.partners()} == {p.name for p in real(empty_project)}
    screen.ctx.undo_stack.undo()  # 500 partners count as a large table: the reload after it reads in a task too
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=10_000)
    assert readers[-1] is not threading.main_thread()
