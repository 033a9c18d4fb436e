"""Start-up to a painted, loaded window against a bare PySide6 QMainWindow, run side by side.

Two rows per project, both from the app's own start (``run_gui(db, smoke=True)``):

- the window painted with the project loaded: the main window, its navigation and menus, and the
  project's partners in the partners table's order, read through plain sqlite3 before the database
  layer loads (``workbench.ui.firstpaint``); the goal row;
- the project open for real (SQLAlchemy, SQLModel, migrations checked, the partners screen built and
  loaded through the services) and painted: from here every key and menu works. No goal of its own:
  the database layer's import alone is 4-5x a bare window.

Runs on the demo and on the large project (``demo --scale 10``). The app's bytecode is compiled
first, as an installed app has it (``make bytecode``; the bare window's PySide6 is compiled too).
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

APP = """
import sys, time
t0 = float(sys.argv[1])
import workbench.app as wa
code = wa.run_gui(sys.argv[2], smoke=True)
# the window painted with the project's partners; the project open and its first screen painted
print(wa.STARTUP_MARKS["window"] - t0)
print(wa.STARTUP_MARKS["loaded"] - t0)
raise SystemExit(code)
"""


def _time(script: str, *args: str) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script, repr(time.time()), *args], capture_output=True, text=True,
                         env=env, timeout=120, check=True).stdout
    return [float(line) for line in out.strip().splitlines()[:2]]


def _rows(label: str, db: str, rounds: int) -> list[dict]:
    """Each round starts a bare window and the app back to back; a ratio is the median of the rounds'
    own ratios, so that a slower spell of a shared machine (both runs of a round slow) cancels out."""
    bare, painted, loaded = [], [], []
    for _ in range(rounds):
        bare.append(_time(BARE)[0])
        window, ready = _time(APP, db)
        painted.append(window)
        loaded.append(ready)
    b = statistics.median(bare)
    rows = []
    for times, name, goal in (
        (painted, f"start-up to painted, loaded window: the project's partners ({label})", 1.5),
        (loaded, f"start-up to the project open, its first screen painted and usable ({label})", None),
    ):
        ratio = statistics.median(t / base for t, base in zip(times, bare, strict=True))
        rows.append({"name": name, "value": statistics.median(times) * 1000, "baseline": b * 1000,
                     "ratio": ratio, "goal": goal, "unit": "ms"})
    return rows


def measure(rounds: int = 9, db: str | None = None) -> list[dict]:
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
