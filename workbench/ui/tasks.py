"""Long work off the UI thread: a plain function with a progress/cancel state, run in a worker.

After Orange's ``TaskState``: the function takes a :class:`TaskState`, reports progress and checks
``state.cancelled``; it is tested without a window. The UI shows a progress dialog with Cancel.

Progress does not travel as one queued signal per call. The worker only stores the latest value;
the task's timer in the UI thread takes it every :data:`PROGRESS_INTERVAL_MS` and emits
``progress`` once. Two reasons, both measured with the heartbeat: every queued call is a Python
slot the UI thread must get the GIL for (about 5 ms each while the worker computes, so 15 calls
queued behind one another froze the window for 50 ms); and a worker that lets go of the GIL for an
instant every few milliseconds (a signal emit every 200 rows) keeps resetting CPython's switch
timer, so the UI thread waiting for the GIL never asks for it and starves (70 ms at a 3,000-row
import).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMainWindow, QProgressDialog, QWidget

from workbench.errors import WorkbenchError
from workbench.store.gilshare import SHARE_PAUSE_S, share_the_gil
from workbench.ui.errortext import error_text

log = logging.getLogger(__name__)

#: a job that froze the window longer than this is logged at INFO (the goal is 16 ms, never above 50)
FREEZE_LOG_MS = 50
#: how often the UI takes the latest progress of a running task (20 updates a second is smooth enough)
PROGRESS_INTERVAL_MS = 50
#: CPython's GIL switch interval while a task runs (the default is 5 ms); see :func:`_switch_faster`
TASK_SWITCH_INTERVAL_S = 0.001

#: while a task runs, its database statements step aside for the UI thread at least this often
TASK_SHARE_EVERY_S = 0.008
#: while a task runs, a full garbage collection waits for this many collections of the middle generation
#: (the default is 10): in practice none happens until the last task ends
TASK_GEN2_THRESHOLD = 1_000_000

_running = 0
_saved_interval: float | None = None
_saved_thresholds: tuple[int, int, int] | None = None
_running_lock = threading.Lock()


def _switch_faster(running: bool) -> None:
    """Shorten the GIL switch interval and hold off full garbage collections while any task runs, and put
    both back after the last one.

    Each event the UI thread handles in Python (a timer tick, a paint of a Python widget) must get the
    GIL from a worker that is computing; it waits up to the switch interval for it, and an event loop
    turn often needs it two or three times: 10-17 ms of frozen window per turn at the default 5 ms,
    5-7 ms at 1 ms (measured with the heartbeat against a pure-Python worker). A worker that lets go
    of the GIL for an instant more often than the interval (an SQLite statement, a signal) resets
    the UI thread's wait and can starve it: at 1 ms that takes a release at least every millisecond,
    at 5 ms one every 5 ms is enough. The interval only matters when two threads want the GIL, so
    the worker loses next to nothing.
    """
    global _running, _saved_interval, _saved_thresholds
    with _running_lock:
        if running:
            _running += 1
            if _running == 1:
                _saved_interval = sys.getswitchinterval()
                sys.setswitchinterval(min(_saved_interval, TASK_SWITCH_INTERVAL_S))
                # No full collections while a task runs: each one walks everything made since the heap
                # was frozen, the task's own growing working set included, with the GIL held (38, 76
                # and 97 ms of frozen window in one gap analysis at the large project). Young
                # collections go on; reference counting frees the rest as usual.
                _saved_thresholds = gc.get_threshold()
                gc.set_threshold(_saved_thresholds[0], _saved_thresholds[1], TASK_GEN2_THRESHOLD)
                share_the_gil(TASK_SHARE_EVERY_S)  # a task's many small statements must not starve the UI
        elif _running > 0:
            _running -= 1
            if _running == 0 and _saved_interval is not None:
                sys.setswitchinterval(_saved_interval)
                _saved_interval = None
            if _running == 0 and _saved_thresholds is not None:
                gc.set_threshold(*_saved_thresholds)
                _saved_thresholds = None
                share_the_gil(0.0)


#: how often a frequent task (a table reload) freezes the heap: what was made since the last freeze is little
FREEZE_EVERY_S = 30.0
_last_freeze = float("-inf")


def freeze_heap(every_s: float = 0.0) -> None:
    """Call before a task that makes thousands of objects: a full garbage collection they set off then
    scans only the objects made since the last freeze, not the whole app.

    A full collection holds the GIL while it scans every object the app holds (60-110 ms at the large
    project, measured in a worker reading 6,500 partners), and that freezes the window wherever it runs.
    Objects alive now are long-lived; frozen, they are skipped. This costs a young collection now (a
    few ms). Cyclic garbage already in the oldest generation is frozen with them and never freed, so
    a task run often passes ``every_s`` (e.g. :data:`FREEZE_EVERY_S`) to freeze at most that often;
    in between, a full collection scans only what was made since the last freeze, which is quick.
    """
    global _last_freeze
    now = time.monotonic()
    if now - _last_freeze < every_s:
        return
    _last_freeze = now
    gc.collect(1)
    gc.freeze()


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskState:
    """Progress and cancellation shared between a task and the UI."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        #: called with every progress report, in the worker's thread (a task leaves it None: the UI polls)
        self.progress_cb: Callable[[int, int, str], None] | None = None
        self._latest: tuple[int, int, str] | None = None
        self._reports = 0
        self._stepped_aside = time.perf_counter()

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop.

        Called often from the task's loops, it also steps aside for a moment every
        :data:`TASK_SHARE_EVERY_S`: code that lets go of the GIL very often (SQLite, parts of spaCy) and
        takes it straight back keeps restarting the UI thread's wait for it, which then never gets a
        turn (700 ms of frozen window matching a 3,000-row survey round); a short sleep hands it over.
        """
        if self._cancel.is_set():
            raise Cancelled
        now = time.perf_counter()
        if now - self._stepped_aside >= TASK_SHARE_EVERY_S and threading.current_thread() is not threading.main_thread():
            self._stepped_aside = now
            time.sleep(SHARE_PAUSE_S)

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress (thread-safe and cheap: the value is kept, the UI takes the latest now and then)."""
        self.check()
        self._latest = (done, total, text)  # one assignment: atomic under the GIL
        self._reports += 1
        if self.progress_cb is not None:
            self.progress_cb(done, total, text)

    @property
    def reports(self) -> int:
        """How many times the task reported progress."""
        return self._reports

    def take_progress(self) -> tuple[int, int, str] | None:
        """The latest progress not taken yet (done, total, text), or None when there is none new."""
        latest, self._latest = self._latest, None
        return latest


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(str, bool)  # message, is it a user-facing error
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], state: TaskState, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.state, self.signals = fn, state, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        _switch_faster(True)
        try:
            self._run()
        finally:
            _switch_faster(False)

    def _run(self) -> None:
        try:
            result = self.fn(self.state)
        except Cancelled:
            _tell(self.signals.cancelled)
        except WorkbenchError as exc:
            _tell(self.signals.failed, str(exc), True)
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged with traceback
            log.error("task failed:\n%s", traceback.format_exc())
            _tell(self.signals.failed, f"{type(exc).__name__}: {exc}", False)
        else:
            if self.state.cancelled:
                _tell(self.signals.cancelled)
            else:
                _tell(self.signals.finished, result)


def _tell(signal: Any, *args: Any) -> None:
    """Emit from the worker; a task whose app has quit meanwhile has no one left to tell."""
    try:
        signal.emit(*args)
    except RuntimeError:  # the signals' object went with the application
        log.debug("a task ended after its application had gone")


class Task(QObject):
    """A running task; keep a reference until it finishes."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)
    cancelled = Signal()

    def __init__(self, fn: Callable[[TaskState], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TaskState()
        # Owned by the application and deleted in this thread once the task has ended: the worker holds
        # it too, and a Python-owned one whose last reference went in the worker was destroyed there, in
        # the wrong thread (a crash in 1 of 8 runs when a screen deleted its finished reader task at once).
        self._signals = _Signals(QCoreApplication.instance())
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._fn = fn
        self.done = False
        #: how many progress updates reached the UI (at most one per PROGRESS_INTERVAL_MS)
        self.progress_updates = 0
        self._poll = QTimer(self)
        self._poll.setInterval(PROGRESS_INTERVAL_MS)
        self._poll.timeout.connect(self._deliver_progress)
        #: the longest freeze of the window while it ran, when run with :func:`show_progress`
        self.longest_gap_ms: float | None = None

    def start(self, pool: QThreadPool | None = None, *, freeze_every_s: float = FREEZE_EVERY_S) -> Task:
        """Start in the global thread pool, the heap frozen first (what exists now outlives the task, and a
        full collection the task sets off then skips it) unless it was frozen less than ``freeze_every_s``
        ago: often-run tasks (table reads) freeze at most that often, a job the user starts every time."""
        freeze_heap(freeze_every_s)
        self._poll.start()
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._fn, self.state, self._signals))
        return self

    @Slot()
    def _deliver_progress(self) -> None:
        latest = self.state.take_progress()
        if latest is not None and not self.done:
            self.progress_updates += 1
            self.progress.emit(*latest)

    def _end(self) -> None:
        self.done = True
        self._poll.stop()
        self._signals.deleteLater()  # in this thread, after the worker's last emit (it has been delivered)

    def cancel(self) -> None:
        """Ask the task to stop."""
        self.state.cancel()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self._end()
        self.finished.emit(result)

    @Slot(str, bool)
    def _on_failed(self, message: str, user_error: bool) -> None:
        self._end()
        self.failed.emit(error_text(message) if user_error else message, user_error)

    @Slot()
    def _on_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()



class Reads:
    """A screen's reloads read in tasks, and only the newest read shown.

    ``start(read, again)`` runs ``read`` (plain data, no Qt) in a task and hands its result to ``apply``
    in the UI thread. A reload asked for while one reads supersedes it: that read is dropped when it
    ends and ``again`` (the owner's reload) runs once more, so a burst of changes costs one extra read.
    A read that fails is logged and its message goes to ``failed``.
    """

    def __init__(self, owner: QObject, apply: Callable[[Any], None], failed: Callable[[str], None], what: str) -> None:
        self._owner, self._apply, self._failed, self._what = owner, apply, failed, what
        #: the read on its way, if any
        self.task: Task | None = None
        self._requests = 0

    def start(self, read: Callable[[], Any], again: Callable[[], object]) -> Task:
        """Read in a task, unless a read is on its way: that one is then read again when it ends."""
        self._requests += 1
        if self.task is not None:
            return self.task
        requests = self._requests
        task = Task(lambda _state: read(), self._owner)
        task.finished.connect(lambda value: self._done(task, requests, again, value))
        task.failed.connect(lambda message, _user: self._done(task, requests, again, None, message))
        self.task = task
        return task.start()

    def bump(self) -> None:
        """Something newer than the read on its way is shown: drop that read's result and read again."""
        self._requests += 1

    def drop(self) -> None:
        """Forget the read on its way (the caller has read and shown the data itself)."""
        self._requests += 1
        self.task = None

    def _done(self, task: Task, requests: int, again: Callable[[], object], value: Any, message: str = "") -> None:
        task.deleteLater()  # one task per read: none piles up as the owner's children
        if task is not self.task or not shiboken6.isValid(self._owner):
            return
        self.task = None
        if requests != self._requests:  # something changed after this read began: read again
            again()
            return
        if message:
            log.warning("reading %s failed: %s", self._what, message)
            self._failed(message)
            return
        self._apply(value)


class _ReleaseWhenActive(QObject):
    """Lets a window's screens paint again once the window is active after a modal task.

    The dialog's going is reported a moment after it closes: released before that, the screens would
    repaint twice (once when let go, once more for the window turning active).
    """

    def __init__(self, central: QWidget) -> None:
        super().__init__(central)
        self._central = central
        self._done = False
        central.window().installEventFilter(self)
        QTimer.singleShot(RELEASE_AFTER_MS, self.release)  # another app may have the focus by then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._central.window() and event.type() == QEvent.Type.WindowActivate:
            QTimer.singleShot(0, self.release)  # after the activation has reached every widget, unpainted
        return False

    def release(self) -> None:
        if self._done or not shiboken6.isValid(self) or not shiboken6.isValid(self._central):
            return
        self._done = True
        self._central.window().removeEventFilter(self)
        if int(self._central.property("paintHolds") or 0) == 0:  # no task took the hold again meanwhile
            self._central.setUpdatesEnabled(True)
        self.deleteLater()


#: the longest the screens wait for the window to be active again after a task before they paint
RELEASE_AFTER_MS = 1000


class _HoldWhenShown(QObject):
    """Holds the window's screens (:func:`_hold_paint`) when a task's dialog first shows."""

    def __init__(self, dialog: QWidget, parent: QWidget | None) -> None:
        super().__init__(dialog)
        self._parent = parent
        #: what :func:`_release_paint` lets go: None until the dialog has shown
        self.central: QWidget | None = None
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and self.central is None:
            # before the window turns inactive under the dialog: that change is what repaints the screens
            self.central = _hold_paint(self._parent)
        return False


def _hold_paint(parent: QWidget | None) -> QWidget | None:
    """Keep the window's screens as they are painted while a modal task runs; returns what to release.

    The window cannot be used meanwhile, yet it repaints (when the dialog comes up it turns inactive),
    and every cell of a table asks its Python model, each call waiting for the GIL from the computing
    worker: 220-370 ms of frozen window when a survey round import's dialog appeared over the partners
    table at the large project (21 ms with the table's painting held). Held, the screens keep what
    they show until the task ends and the window is active again; they then repaint once.
    """
    window = parent.window() if parent is not None else None
    central = window.centralWidget() if isinstance(window, QMainWindow) else None
    if central is None:
        return None
    holds = int(central.property("paintHolds") or 0)
    central.setProperty("paintHolds", holds + 1)
    if holds == 0:
        central.setUpdatesEnabled(False)
    return central


def _release_paint(central: QWidget | None) -> None:
    if central is None or not shiboken6.isValid(central):
        return
    holds = max(int(central.property("paintHolds") or 0) - 1, 0)
    central.setProperty("paintHolds", holds)
    if holds == 0:
        if central.window().isActiveWindow():
            central.setUpdatesEnabled(True)
        else:
            _ReleaseWhenActive(central)


def show_progress(
    parent: QWidget,
    title: str,
    task: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
) -> QProgressDialog:
    """A modal progress dialog with Cancel for ``task`` (a :class:`Task` or anything with its signals).

    The window's screens are held (:func:`_hold_paint`) from the moment the dialog shows: a job that
    ends before its dialog comes up (within 300 ms, or an export that reports no progress) turns no
    window inactive, and holding the screens for it would only cost a full repaint at its end (25 ms
    for the backlog screen).

    ``task`` has the signals ``progress(int, int, str)``, ``finished(object)``, ``failed(str, bool)``,
    ``cancelled()`` and a ``cancel()`` method. While it runs a :class:`Heartbeat` measures the
    longest freeze of the window; it is left on the task as ``longest_gap_ms``.
    """
    from workbench.ui.heartbeat import Heartbeat

    dialog = QProgressDialog(title, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(400)  # room for the title in Russian, which runs longer
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    heartbeat = Heartbeat(task)
    heartbeat.start()
    hold = _HoldWhenShown(dialog, parent)

    def _progress(done: int, total: int, text: str) -> None:
        if total and done >= total and not dialog.isVisible():
            return  # the dialog would come up at 100 % only to close: two needless repaints of the window
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def _finish() -> None:
        task.longest_gap_ms = heartbeat.stop()
        # a frame is 16 ms; a longer freeze is worth knowing about when someone reads the log
        level = logging.INFO if task.longest_gap_ms > FREEZE_LOG_MS else logging.DEBUG
        log.log(level, "%s: the window froze for at most %.0f ms", title, task.longest_gap_ms)
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
        _release_paint(hold.central)

    task.progress.connect(_progress)
    task.finished.connect(lambda result: (_finish(), on_done(result)))
    task.failed.connect(lambda message, _user: (_finish(), on_error(message) if on_error else None))
    task.cancelled.connect(_finish)
    dialog.canceled.connect(task.cancel)
    return dialog


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[[TaskState], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
) -> Task:
    """Run ``fn`` in a worker thread with a modal progress dialog that has Cancel."""
    task = Task(fn, parent)
    show_progress(parent, title, task, on_done, on_error)
    return task.start(freeze_every_s=0.0)
