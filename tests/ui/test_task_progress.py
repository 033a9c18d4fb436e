"""Task progress reaches the UI at most once per interval, with the latest value, never one signal per call."""

from __future__ import annotations

import time

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.ui.tasks import PROGRESS_INTERVAL_MS, Task, TaskState, run_with_progress


def test_thousands_of_reports_reach_the_ui_as_a_few_updates_ending_with_the_last(qtbot) -> None:
    """5,000 progress calls in a worker arrive as at most one update per interval, the last one included."""
    seen: list[tuple[int, int, str]] = []

    def work(state: TaskState) -> str:
        for i in range(5000):
            state.progress(i + 1, 5000, "rows")
            if i % 500 == 0:
                time.sleep(0.01)  # about 0.1 s of work, so the UI polls a few times while it runs
        time.sleep(0.2)  # quiet at the end: the last value must still be shown
        return "done"

    task = Task(work)
    task.progress.connect(lambda *args: seen.append(args))
    started = time.perf_counter()
    task.start()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    elapsed_ms = (time.perf_counter() - started) * 1000
    assert task.state.reports == 5000
    assert seen and seen[-1] == (5000, 5000, "rows")
    assert len(seen) == task.progress_updates <= elapsed_ms / PROGRESS_INTERVAL_MS + 2
    assert [done for done, _total, _text in seen] == sorted(done for done, _total, _text in seen)


def test_progress_dialog_follows_the_polled_progress(qtbot) -> None:
    """run_with_progress's dialog shows the latest value and its text while the worker runs."""
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    release: list[bool] = []

    def work(state: TaskState) -> int:
        state.progress(3, 4, "Reading rows")
        deadline = time.perf_counter() + 5
        while not release and time.perf_counter() < deadline:
            time.sleep(0.01)
        return 7

    task = run_with_progress(parent, "Working", work, results.append)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.value() == 3 and dialog.maximum() == 4, timeout=5000)
    assert dialog.labelText() == "Reading rows"
    release.append(True)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert results == [7]


def test_state_without_a_task_keeps_the_latest_report() -> None:
    """A bare TaskState (a function tested without a window) keeps the latest report until taken."""
    state = TaskState()
    state.progress(1, 10)
    state.progress(2, 10, "two")
    assert state.take_progress() == (2, 10, "two")
    assert state.take_progress() is None
    assert state.reports == 2


def test_the_gil_switches_faster_while_a_task_runs_and_as_before_after(qtbot) -> None:
    """Inside a task the GIL switch interval is 1 ms (the UI thread waits less for it); afterwards it is restored."""
    import sys

    from workbench.ui.tasks import TASK_SWITCH_INTERVAL_S

    before = sys.getswitchinterval()
    task = Task(lambda _state: sys.getswitchinterval())
    got: list[float] = []
    task.finished.connect(got.append)
    task.start()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    qtbot.waitUntil(lambda: sys.getswitchinterval() == before, timeout=5000)
    assert got == [pytest.approx(min(before, TASK_SWITCH_INTERVAL_S))]


def test_no_full_garbage_collection_runs_while_a_task_runs(qtbot) -> None:
    """A task making thousands of reference cycles sets off young collections only; the thresholds come back after."""
    import gc

    before = gc.get_threshold()
    seen: list[tuple[int, int]] = []  # (generation collected, full-collection threshold at the time)

    def watch(phase: str, info: dict) -> None:  # type: ignore[type-arg]
        if phase == "start":
            seen.append((info["generation"], gc.get_threshold()[2]))

    def churn(_state: object) -> tuple[int, int, int]:
        keep = []
        for i in range(200_000):
            a: list = []
            a.append(a)  # a cycle: only the collector frees it
            if i % 10 == 0:
                keep.append(a)
        return gc.get_threshold()

    gc.callbacks.append(watch)
    try:
        task = Task(churn)
        got: list = []
        task.finished.connect(got.append)
        task.start()
        qtbot.waitUntil(lambda: task.done, timeout=30_000)
    finally:
        gc.callbacks.remove(watch)
    qtbot.waitUntil(lambda: gc.get_threshold() == before, timeout=5000)
    assert got and got[0][2] > 1000  # the full-collection threshold was out of reach during the task
    during = [generation for generation, threshold in seen if threshold > 1000]
    assert during and 0 in during and 2 not in during


def test_the_window_behind_a_modal_task_keeps_its_picture_until_the_task_ends(qtbot) -> None:
    """Once a task's dialog is up the main window's screens do not repaint (each table cell would wait for the
    GIL from the worker); a task that ends before its dialog shows holds nothing; two tasks at once hold it
    once; after the last one ends they paint again as soon as the window is active, and at the latest a
    second later."""
    import threading

    from PySide6.QtWidgets import QLabel, QMainWindow

    from workbench.ui.tasks import RELEASE_AFTER_MS, run_with_progress

    window = QMainWindow()
    window.setCentralWidget(QLabel("screens"))
    qtbot.addWidget(window)
    window.show()
    quick = run_with_progress(window, "quick", lambda _s: "done", lambda _r: None)
    assert window.centralWidget().updatesEnabled()  # no dialog yet: nothing to hold the screens for
    qtbot.waitUntil(lambda: quick.done, timeout=10_000)
    assert window.centralWidget().updatesEnabled()

    release = threading.Event()
    done: list[str] = []

    def slow(state) -> None:  # type: ignore[no-untyped-def]
        state.progress(1, 10, "working")  # progress at work: its dialog comes up after 300 ms
        release.wait(10)

    first = run_with_progress(window, "one", slow, lambda _r: done.append("one"))
    qtbot.waitUntil(lambda: not window.centralWidget().updatesEnabled(), timeout=5000)
    second = run_with_progress(window, "two", lambda _s: "quick", lambda _r: done.append("two"))
    qtbot.waitUntil(lambda: second.done, timeout=10_000)
    assert not window.centralWidget().updatesEnabled()  # the first still runs
    release.set()
    qtbot.waitUntil(lambda: first.done, timeout=10_000)
    qtbot.waitUntil(lambda: window.centralWidget().updatesEnabled(), timeout=RELEASE_AFTER_MS + 2000)
    assert sorted(done) == ["one", "two"]


def test_the_screens_paint_again_once_the_window_is_active_not_before(qtbot) -> None:
    """A task that ends while its dialog still has the focus leaves the screens held until the window is
    active again, so they repaint once, not twice (once when let go, once more for the activation)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

    from workbench.ui.tasks import _hold_paint, _release_paint

    window = QMainWindow()
    window.setCentralWidget(QLabel("screens"))
    qtbot.addWidget(window)
    window.show()
    other = QDialog(window)
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow(), timeout=5000)
    central = _hold_paint(window)
    _release_paint(central)
    assert not window.centralWidget().updatesEnabled()  # the window is not active yet
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    # well before the one-second fallback: it was the activation that let them paint
    qtbot.waitUntil(lambda: window.centralWidget().updatesEnabled(), timeout=300)
