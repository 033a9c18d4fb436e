"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand void Qt calls; the pinned version does not."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
import PySide6
app = QApplication([])
label = QLabel()
for i in range(200_000):
    label.setText("x")  # returns None: 6.12.0 loses a reference to None here
print("survived", PySide6.__version__)
"""


def test_two_hundred_thousand_void_qt_calls_survive() -> None:
    """200,000 QLabel.setText calls in one process finish without 'Fatal Python error: none_dealloc'."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("survived")
    major, minor = (int(x) for x in result.stdout.split()[1].split(".")[:2])
    assert (major, minor) < (6, 12)


def test_installed_pyside_is_pinned_below_6_12() -> None:
    """The project requires PySide6 below 6.12, and that is what is installed."""
    from importlib.metadata import requires, version

    assert any(r.startswith("PySide6") and "<6.12" in r for r in requires("workbench") or [])
    assert tuple(int(x) for x in version("PySide6").split(".")[:2]) < (6, 12)
