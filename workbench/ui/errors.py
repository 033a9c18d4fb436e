"""The safety net under every screen: an error nobody caught becomes a plain message, not a crash.

:func:`install_exception_hook` replaces ``sys.excepthook`` (which PySide calls for an exception that
escapes a slot, an event handler or a timer) and ``threading.excepthook`` (a Python thread). The user
sees one message box, never a traceback:

* a :class:`~workbench.errors.WorkbenchError`: its one-line message;
* a team server that cannot be reached: "Cannot reach the team server …; nothing was changed";
* anything else: a short sentence and where the details were written (the traceback goes to the log
  file ``workbench.log`` in the app's data folder, and to the usual log).

The app keeps running. While one such message is open, further errors are only logged (an error in
a paint handler would otherwise open a box per frame). It is installed by ``run_gui`` only: tests that
build windows directly keep pytest's own handling, so a failure in a test is never swallowed.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workbench.errors import WorkbenchError
from workbench.ui.errortext import error_text

log = logging.getLogger(__name__)

LOG_NAME = "workbench.log"

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_file() -> Path:
    """Where the details of unexpected errors are written (the app's data folder)."""
    from workbench.settings import app_dirs

    return app_dirs()[0] / LOG_NAME


def _attach_log_file(path: Path) -> Path | None:
    """Write WARNING and above of every logger to ``path`` too (once); None if it cannot be opened."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path.resolve():
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return path


def _project_url(target: Any) -> str | None:
    ctx = getattr(target, "ctx", None)
    project = getattr(ctx, "project", None)
    url = getattr(project, "url", None)
    return str(url) if url else None


def message_for(exc: BaseException, *, url: str | None = None, log_path: Path | None = None) -> str:
    """What the user is told about an error nobody caught (one or two plain sentences)."""
    from workbench.store.team import is_unreachable, unreachable_message

    if isinstance(exc, WorkbenchError):
        text = error_text(exc).strip()
        return text.splitlines()[0] if text else type(exc).__name__
    if is_unreachable(exc):
        reason = str(getattr(exc, "orig", None) or exc)
        if url and url.startswith("postgresql"):
            return error_text(unreachable_message(url, reason))
        return QCoreApplication.translate(
            "ErrorHook", "Cannot reach the team server. Check your network or VPN, or ask whoever runs "
            "the server whether it is up; nothing was changed.")
    where = str(log_path) if log_path is not None else QCoreApplication.translate("ErrorHook", "the log")
    return QCoreApplication.translate(
        "ErrorHook", "Something went wrong and this action may not have finished. The rest of your work "
        "is safe; details were written to the log (%1).").replace("%1", where)


class ErrorReporter(QObject):
    """Shows uncaught errors as message boxes, in the GUI thread, one box at a time."""

    raised = Signal(object, object, object)

    def __init__(self, target: QWidget | QApplication | None, log_path: Path | None) -> None:
        app = QApplication.instance()
        super().__init__(app)
        self._target = target if isinstance(target, QWidget) else None
        self.log_path = log_path
        self.box: QMessageBox | None = None
        self.skipped = 0
        self.previous: tuple[Any, Any] | None = None  # the hooks replaced by install_exception_hook
        self.raised.connect(self._report, Qt.ConnectionType.QueuedConnection)

    def hook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """The ``sys.excepthook``: report in the GUI thread (right away when called from it)."""
        try:
            app = QApplication.instance()
            if app is not None and threading.current_thread() is threading.main_thread():
                self._report(exc_type, exc, tb)
            else:
                self.raised.emit(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the safety net itself must never raise
            sys.__excepthook__(exc_type, exc, tb)

    def uninstall(self) -> None:
        """Put back the hooks this reporter replaced (when the app quits)."""
        if self.previous is None:
            return
        if sys.excepthook == self.hook:
            sys.excepthook = self.previous[0]
        if threading.excepthook == self.thread_hook:
            threading.excepthook = self.previous[1]
        self.previous = None

    def thread_hook(self, args: threading.ExceptHookArgs) -> None:
        """The ``threading.excepthook``: a Python thread's error, reported in the GUI thread."""
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def _report(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, (KeyboardInterrupt, SystemExit)):
            return
        try:
            if isinstance(exc, WorkbenchError):
                log.warning("not handled by the screen: %s", exc)
            else:
                log.error("uncaught error: %s", "".join(traceback.format_exception_only(exc_type, exc)).strip(),
                          exc_info=(exc_type, exc, tb))
            if self.box is not None and self.box.isVisible():
                self.skipped += 1  # one box at a time: the rest is in the log
                return
            self._show(message_for(exc, url=_project_url(self._target), log_path=self.log_path))
        except Exception:  # noqa: BLE001 - never crash the app while reporting a crash
            traceback.print_exception(exc_type, exc, tb)

    def _show(self, text: str) -> None:
        parent = self._target if self._target is not None and self._target.isVisible() else None
        if self.box is not None:
            self.box.deleteLater()
        box = QMessageBox(QMessageBox.Icon.Warning, "Workbench", text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("uncaughtErrorBox")
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.box = box
        self.skipped = 0
        box.open()  # not exec(): no nested event loop inside whatever failed


_REPORTER: ErrorReporter | None = None


def install_exception_hook(window_or_app: QWidget | QApplication) -> ErrorReporter:
    """Turn errors nobody caught into a message box over ``window_or_app`` and a log entry; returns the reporter.

    Replaces ``sys.excepthook`` and ``threading.excepthook`` until the app quits, then puts the
    previous ones back (so a run of the app inside a test leaves the test's own handling in place).
    """
    global _REPORTER
    reporter = ErrorReporter(window_or_app, _attach_log_file(log_file()))
    _REPORTER = reporter  # kept alive with the app
    reporter.previous = (sys.excepthook, threading.excepthook)
    sys.excepthook = reporter.hook
    threading.excepthook = reporter.thread_hook
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(reporter.uninstall)
    return reporter
