"""Start-up to a painted, loaded window against a bare PySide6 QMainWindow, run side by side.

Three rows per project: the first thing painted (the splash with the project's name, before the
database layer loads); the main window painted with its first screen loaded; and the floor, the bare
window importing the database layer (SQLAlchemy, SQLModel, the tables) before it shows, which no
start-up that loads that layer before its first paint can beat. Runs on the demo and on the large
project (``demo --scale 10``). The app's bytecode is compiled first, as an installed app has it
(``make bytecode``; the bare window's PySide6 is compiled too).
"""

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

# the bare window again, importing the database layer (SQLAlchemy, SQLModel and the tables) before it
# shows: the least any start-up that loads the database layer before its first paint can take
FLOOR = BARE.replace("app = QApplication([])", "app = QApplication([])\nimport workbench.store.project")

APP = """
import sys, time
t0 = float(sys.argv[1])
import workbench.app as wa
code = wa.run_gui(sys.argv[2], smoke=True)
# the main window painted with its first screen loaded; the splash painted before the database layer loaded
print(wa.STARTUP_MARKS["window"] - t0)
print(wa.STARTUP_MARKS.get("splash", wa.STARTUP_MARKS["window"]) - t0)
raise SystemExit(code)
"""


def _time(script: str, *args: str) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script, repr(time.time()), *args], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    return [float(line) for line in out.strip().splitlines()[:2]]


def _rows(label: str, db: str, rounds: int) -> list[dict]:
    bare, loaded, splash, floor = [], [], [], []
    for _ in range(rounds):
        bare.append(_time(BARE)[0])
        window, first = _time(APP, db)
        loaded.append(window)
        splash.append(first)
        floor.append(_time(FLOOR)[0])
    b, a, s = statistics.median(bare), statistics.median(loaded), statistics.median(splash)
    f = statistics.median(floor)
    return [
        {"name": f"start-up to painted, loaded window ({label})", "value": a * 1000, "baseline": b * 1000,
         "ratio": a / b, "goal": 1.5, "unit": "ms"},
        {"name": f"start-up to first paint, the splash ({label})", "value": s * 1000, "baseline": b * 1000,
         "ratio": s / b, "goal": 1.5, "unit": "ms"},
        {"name": f"bare window that imports the database layer first (the floor for the loaded window; {label})",
         "value": f * 1000, "baseline": b * 1000, "ratio": f / b, "goal": None, "unit": "ms"},
    ]


def measure(rounds: int = 5, db: str | None = None) -> list[dict]:
    """Median start-up on the demo and the large project vs a bare QMainWindow, alternating runs."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from _large import ROOT, copy_of, large_project

    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0", str(ROOT / "workbench")], check=True,
                   capture_output=True, timeout=300)

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKBENCH_HOME", tmp)
        if db is None:
            db = str(Path(tmp) / "demo.wbp")
            subprocess.run([sys.executable, "-m", "workbench", "demo", db, "--force"], check=True,
                           capture_output=True, timeout=300)
        rows = _rows("demo", db, rounds)
        rows += _rows("large, scale 10", str(copy_of(large_project(), Path(tmp), "large.wbp")), rounds)
    return rows


if __name__ == "__main__":
    for row in measure():
        print(row)
