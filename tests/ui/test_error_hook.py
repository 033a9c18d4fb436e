"""The safety net: an error nobody caught becomes one plain message box and a log entry; the app lives on."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy.exc import OperationalError

from workbench.errors import InputError
from workbench.ui import errors


@pytest.fixture
def reporter(qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """A window with the hook installed; the test's own hooks come back afterwards."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    made = errors.install_exception_hook(window)
    yield made
    made.uninstall()
    if made.box is not None:
        made.box.close()
        made.box.deleteLater()
    _drop_log_file()


def _drop_log_file() -> None:
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "baseFilename", "").endswith(errors.LOG_NAME)]:
        root.removeHandler(handler)
        handler.close()


def _raise(exc: BaseException):  # type: ignore[no-untyped-def]
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - the test hands it to the hook like Python would
        return type(caught), caught, caught.__traceback__


def _box_text(reporter, qtbot) -> str:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: reporter.box is not None and reporter.box.isVisible(), timeout=3000)
    return str(reporter.box.text())


def test_workbench_error_shows_its_one_line(reporter, qtbot, qapp) -> None:
    """A WorkbenchError nobody caught: a box with its first line only; the window stays open."""
    sys.excepthook(*_raise(InputError("There is no card 7; it may have been deleted.\nsecond line")))
    assert _box_text(reporter, qtbot) == "There is no card 7; it may have been deleted."
    assert reporter.box.icon() == QMessageBox.Icon.Warning
    assert reporter._target.isVisible() and qapp.closingDown() is False


def test_unreachable_server_is_said_plainly(reporter, qtbot) -> None:
    """A lost team server: 'Cannot reach the team server … nothing was changed', without the driver's text dump."""
    exc = OperationalError("SELECT 1", {}, Exception("connection refused\n\tIs the server running on that host?"))
    sys.excepthook(*_raise(exc))
    text = _box_text(reporter, qtbot)
    assert text.startswith("Cannot reach the team server") and text.endswith("nothing was changed.")
    assert "SELECT" not in text and "Traceback" not in text


def test_unexpected_error_is_logged_not_shown(reporter, qtbot) -> None:
    """Any other error: a short sentence naming the log file; the traceback is in that file, not in the box."""
    sys.excepthook(*_raise(ZeroDivisionError("division by zero in the ranking")))
    text = _box_text(reporter, qtbot)
    assert "details were written to the log" in text and str(errors.log_file()) in text
    assert "Traceback" not in text and "ZeroDivisionError" not in text
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = errors.log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and "ZeroDivisionError: division by zero in the ranking" in logged


def test_a_second_error_while_the_box_is_open_only_logs(reporter, qtbot) -> None:
    """Errors repeating (say, in a paint handler) open one box, not one per error."""
    sys.excepthook(*_raise(InputError("first")))
    first = reporter.box
    _box_text(reporter, qtbot)
    for _ in range(5):
        sys.excepthook(*_raise(RuntimeError("again")))
    assert reporter.box is first and reporter.box.text() == "first" and reporter.skipped == 5


def test_error_in_a_thread_is_shown_in_the_gui_thread(reporter, qtbot) -> None:
    """An error escaping a Python thread reaches the same box, shown by the GUI thread."""
    worker = threading.Thread(target=lambda: (_ for _ in ()).throw(InputError("The export folder is gone.")))
    worker.start()
    worker.join(5)
    assert _box_text(reporter, qtbot) == "The export folder is gone."


@pytest.mark.qt_no_exception_capture
def test_error_in_a_real_slot_is_caught(reporter, qtbot, qapp) -> None:
    """An exception escaping a real Qt slot (a timer) goes to the hook: a box, and the event loop keeps running."""
    ticks: list[int] = []

    def broken_slot() -> None:
        raise InputError("The card was deleted by someone else.")

    QTimer.singleShot(0, broken_slot)
    assert _box_text(reporter, qtbot) == "The card was deleted by someone else."
    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1], timeout=3000)


def test_uninstall_puts_the_previous_hooks_back(qtbot, monkeypatch) -> None:
    """When the app quits the hook steps aside, so tests after a run of the app keep pytest's handling."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = sys.excepthook
    window = QWidget()
    qtbot.addWidget(window)
    made = errors.install_exception_hook(window)
    assert sys.excepthook == made.hook
    made.uninstall()
    _drop_log_file()
    assert sys.excepthook is before


def test_unreachable_message_names_the_teams_server(qtbot, monkeypatch) -> None:
    """Over a window on a team project the message says which server (host:port, database) could not be reached."""
    from types import SimpleNamespace

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    window = QWidget()
    window.ctx = SimpleNamespace(project=SimpleNamespace(url="postgresql+psycopg://anna@db.example:5433/sales"))
    qtbot.addWidget(window)
    window.show()
    made = errors.install_exception_hook(window)
    try:
        sys.excepthook(*_raise(OperationalError("SELECT 1", {}, Exception("connection timed out"))))
        text = _box_text(made, qtbot)
    finally:
        made.uninstall()
        made.box.close()
        _drop_log_file()
    assert text.startswith("Cannot reach the team server at db.example:5433 (database 'sales')")
    assert "connection timed out" in text and text.endswith("nothing was changed.")


def test_run_gui_installs_the_hook_and_removes_it_on_quit(qtbot, qapp, demo_path, monkeypatch) -> None:
    """The app installs the safety net while it runs and puts the previous hook back when it quits."""
    from workbench.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    before = sys.excepthook
    during: list[object] = []

    def look() -> None:  # once the project is open (the window paints first, then installs the hook)
        if any(w.objectName() == "mainWindow" and w.isVisible() and not w.opening
               for w in QApplication.topLevelWidgets()):
            during.append(sys.excepthook)
        else:
            QTimer.singleShot(5, look)

    QTimer.singleShot(0, look)
    assert run_gui(str(demo_path), smoke=True) == 0
    _drop_log_file()
    assert during and getattr(during[0], "__self__", None).__class__ is errors.ErrorReporter
    assert sys.excepthook is before
