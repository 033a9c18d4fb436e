"""Wait for work that the caller needs done before it returns, without freezing the window.

Undo and redo must be finished when ``QUndoStack.undo()`` returns (the next undo, the screens'
reload and the tests rely on it), but undoing a 3,000-partner import or redoing the gap analysis
takes a second or more. :func:`run_blocking` runs the work in a thread and waits in a nested event
loop that keeps painting and ticking timers; keyboard and mouse input wait until it is done (so a
second Ctrl+Z cannot start while the first runs), and after a moment a small dialog says what runs.
To the caller it is an ordinary call: it returns the result or raises the exception.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QMetaObject, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

T = TypeVar("T")

#: how long the work may run before the dialog shows (shorter work shows nothing)
SHOW_AFTER_MS = 300


def run_blocking(fn: Callable[[], T], title: str = "") -> T:
    """Call ``fn`` in a worker thread and return its result (or raise its exception) once it is done.

    Outside the UI thread, or without an application, it simply calls ``fn``.
    """
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return fn()
    from workbench.ui.tasks import _switch_faster

    outcome: dict[str, object] = {}
    done = threading.Event()
    loop = QEventLoop()

    context = contextvars.copy_context()  # e.g. an undo's "overwrite what is saved" holds in the thread too

    def work() -> None:
        _switch_faster(True)  # the UI thread gets the GIL back sooner while the work computes
        try:
            outcome["value"] = context.run(fn)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below, as a plain call would raise it
            outcome["error"] = exc
        finally:
            _switch_faster(False)
            done.set()
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    dialog: list[QProgressDialog] = []

    def show_dialog() -> None:
        if done.is_set():
            return
        parent = QApplication.activeWindow() if isinstance(app, QApplication) else None
        box = QProgressDialog(title or QCoreApplication.translate("UndoStep", "Working…"), "", 0, 0, parent)
        box.setCancelButton(None)  # an undo cannot stop half-way
        box.setWindowTitle("Workbench")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setMinimumDuration(0)
        box.setMinimumWidth(360)
        box.show()
        dialog.append(box)

    thread = threading.Thread(target=work, name="undo-step", daemon=True)
    thread.start()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show_dialog)
    timer.start(SHOW_AFTER_MS)
    if not done.is_set():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    timer.stop()
    thread.join()
    for box in dialog:
        box.close()
        box.deleteLater()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["value"]  # type: ignore[return-value]
