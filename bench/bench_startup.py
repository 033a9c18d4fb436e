"""Start-up to a painted, loaded window against a bare PySide6 QMainWindow, run side by side."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
w = QMainWindow(); w.resize(1440, 900)
class W(QMainWindow):
    def paintEvent(self, e):
        super().paintEvent(e)
        print(time.time() - t0); QTimer.singleShot(0, app.quit)
w = W(); w.resize(1440, 900); w.show()
app.exec()
"""

APP = """
import sys, time
t0 = float(sys.argv[1])
from workbench.app import run_gui
import workbench.ui.main_window as mw
orig = mw.MainWindow.paintEvent
def paint(self, e):
    first = not self._painted
    orig(self, e)
    if first:
        print(time.time() - t0)
mw.MainWindow.paintEvent = paint
raise SystemExit(run_gui(sys.argv[2], smoke=True))
"""


def _time(script: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script, repr(time.time()), *args], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    return float(out.strip().splitlines()[0])


def measure(rounds: int = 5, db: str | None = None) -> list[dict]:
    """Median start-up of the app on the demo project vs a bare QMainWindow, alternating runs."""
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKBENCH_HOME", tmp)
        if db is None:
            db = str(Path(tmp) / "demo.wbp")
            subprocess.run([sys.executable, "-m", "workbench", "demo", db, "--force"], check=True,
                           capture_output=True, timeout=300)
        bare, app = [], []
        for _ in range(rounds):
            bare.append(_time(BARE))
            app.append(_time(APP, db))
    b, a = statistics.median(bare), statistics.median(app)
    return [{"name": "start-up to painted window (demo)", "value": a * 1000, "baseline": b * 1000,
             "ratio": a / b, "goal": 1.5, "unit": "ms"}]


if __name__ == "__main__":
    for row in measure():
        print(row)
