"""Long work off the UI thread: a plain function with a progress/cancel state, run in a worker.

After Orange's ``TaskState``: the function takes a :class:`TaskState`, reports progress and checks
``state.cancelled``; it is tested without a window. The UI shows a progress dialog with Cancel.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.errors import WorkbenchError
from workbench.ui.errortext import error_text

log = logging.getLogger(__name__)

#: a job that froze the window longer than this is logged at INFO (the goal is 16 ms, never above 50)
FREEZE_LOG_MS = 50


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class TaskState:
    """Progress and cancellation shared between a task and the UI."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.progress_cb: Callable[[int, int, str], None] | None = None

    @property
    def cancelled(self) -> bool:
        """True once the user asked to stop."""
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the task to stop at its next check."""
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, text: str = "") -> None:
        """Report progress (thread-safe: delivered to the UI through a queued signal)."""
        self.check()
        if self.progress_cb is not None:
            self.progress_cb(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)  # message, is it a user-facing error
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], state: TaskState, signals: _Signals) -> None:
        super().__init__()
        self.fn, self.state, self.signals = fn, state, signals
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn(self.state)
        except Cancelled:
            self.signals.cancelled.emit()
        except WorkbenchError as exc:
            self.signals.failed.emit(str(exc), True)
        except Exception as exc:  # noqa: BLE001 - reported to the user, logged with traceback
            log.error("task failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}", False)
        else:
            if self.state.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


class Task(QObject):
    """A running task; keep a reference until it finishes."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)
    cancelled = Signal()

    def __init__(self, fn: Callable[[TaskState], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TaskState()
        self._signals = _Signals()
        self._signals.progress.connect(self.progress, Qt.ConnectionType.QueuedConnection)
        self._signals.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self.state.progress_cb = self._signals.progress.emit
        self._fn = fn
        self.done = False
        #: the longest freeze of the window while it ran, when run with :func:`show_progress`
        self.longest_gap_ms: float | None = None

    def start(self, pool: QThreadPool | None = None) -> Task:
        """Start in the global thread pool."""
        (pool or QThreadPool.globalInstance()).start(_Runnable(self._fn, self.state, self._signals))
        return self

    def cancel(self) -> None:
        """Ask the task to stop."""
        self.state.cancel()

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.done = True
        self.finished.emit(result)

    @Slot(str, bool)
    def _on_failed(self, message: str, user_error: bool) -> None:
        self.done = True
        self.failed.emit(error_text(message) if user_error else message, user_error)

    @Slot()
    def _on_cancelled(self) -> None:
        self.done = True
        self.cancelled.emit()


def show_progress(
    parent: QWidget,
    title: str,
    task: Any,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None] | None = None,
) -> QProgressDialog:
    """A modal progress dialog with Cancel for ``task`` (a :class:`Task` or anything with its signals).

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

    def _progress(done: int, total: int, text: str) -> None:
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
    return task.start()
