"""The app's side of project safety: the lock against a second window, and backups every few minutes.

:class:`AutoBackup` is started by the main window. It marks the project dirty on every change and,
every ``interval_ms`` (five minutes), backs a dirty project up in a worker thread through SQLite's
backup API (:func:`workbench.store.backup.backup_file`, reason ``periodic``), so the UI never waits on
the disk. A failed backup is said in the status bar; work goes on. It also holds the app lock of the
open project (:mod:`workbench.store.lock`), taken again whenever the project is replaced.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.tasks import Task, TaskState

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000


class AutoBackup(QObject):
    """Backs the open project up every few minutes while it changes, off the UI thread."""

    #: emitted with the new backup's path after a periodic backup
    backed_up = Signal(object)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = False
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)
        ctx.changed.connect(self._on_changed)
        ctx.project_replaced.connect(self._on_replaced)
        try:
            self.hold_lock()
        except WorkbenchError as exc:  # open in another window: say so where a person will see it
            if QGuiApplication.platformName() != "offscreen":
                QMessageBox.critical(None, "Workbench", error_text(exc))
            raise
        self.timer.start()

    def hold_lock(self) -> None:
        """Take the app lock of the open project (a second window on it is refused); idempotent."""
        self.ctx.project.take_lock()

    def _on_changed(self, changes: Changes) -> None:
        if changes.any():
            self.dirty = True

    def _on_replaced(self) -> None:
        self.dirty = False
        try:
            self.hold_lock()
        except Exception as exc:  # noqa: BLE001 - the project was opened without the lock; say so, go on
            log.warning("could not lock %s: %s", self.ctx.project.display_name, exc)

    def running(self) -> bool:
        """True while a backup is being written."""
        return self.task is not None and not self.task.done

    def tick(self) -> Task | None:
        """Back up now if the project changed since the last periodic backup; the task, or None."""
        path = self.ctx.project.path
        if not self.dirty or path is None or self.running():
            return None
        self.dirty = False

        def work(_state: TaskState) -> Path:
            from workbench.store.backup import backup_file

            return backup_file(path, "periodic")

        self.task = Task(work, self)
        self.task.finished.connect(self._on_done)
        self.task.failed.connect(self._on_failed)
        return self.task.start()

    def _on_done(self, result: object) -> None:
        log.info("periodic backup %s", result)
        self.backed_up.emit(result)

    def _on_failed(self, message: str, _user_error: bool) -> None:
        self.dirty = True  # try again at the next tick
        self.ctx.status.emit(QCoreApplication.translate("AutoBackup", "Automatic backup failed: %1").replace(
            "%1", message))

    def stop(self) -> None:
        """Stop the timer (the window is closing)."""
        self.timer.stop()
