"""Running the app inside a process that goes on (as the tests do) leaves Qt as it found it.

The two tests run in this order: the second checks what the first run of the app left behind.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtWidgets import QApplication


def test_a_smoke_run_closes_its_window(qtbot, qapp, demo_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After run_gui returns, no main window is left open."""
    from workbench.app import run_gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert run_gui(str(demo_path), smoke=True) == 0
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]


def test_event_loops_after_a_run_of_the_app_run_their_full_time(qtbot) -> None:
    """No quit left posted by the run above: the next event loop does not end at once."""
    start = time.monotonic()
    qtbot.wait(300)
    assert time.monotonic() - start >= 0.25
