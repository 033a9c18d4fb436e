"""Opening the large project (``demo --scale 10``) to a painted window with its first screen loaded.

Runs the app's own start (``run_gui(db, smoke=True)``: settings, project open with its checks,
QApplication, main window, the partners screen loaded from the services) in a fresh process and
times it to the first paint; the peak resident memory of that process (``VmHWM`` from
``/proc/self/status``; ``ru_maxrss`` would carry over the peak of the forking bench process) is the
memory row. The baseline is a bare PySide6 QMainWindow in a fresh process, run alternately. The
median of the rounds is reported; the first round also takes the automatic backup on open.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ROUNDS = 5

APP = """
import sys, time
t0 = float(sys.argv[1])
import workbench.app as wa
code = wa.run_gui(sys.argv[2], smoke=True)
print(wa.STARTUP_MARKS["loaded"] - t0)  # the project open and the partners screen painted
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
raise SystemExit(code)
"""

BARE = """
import sys, time
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication([])
class W(QMainWindow):
    def paintEvent(self, e):
        super().paintEvent(e)
        print(time.time() - t0, flush=True); QTimer.singleShot(0, app.quit)
w = W(); w.resize(1440, 900); w.show()
app.exec()
print(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM:")))
"""


def _run(script: str, home: Path, *args: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(home)}
    out = subprocess.run([sys.executable, "-c", script, repr(time.time()), *args], capture_output=True, text=True,
                         env=env, timeout=300, check=True).stdout.split()
    return float(out[0]), float(out[-1]) / 1024  # seconds, MB (VmHWM is in KiB)


def measure() -> list[dict]:
    """Rows: open the large project to a loaded window (s) and its peak memory (MB), vs a bare window."""
    from _large import copy_of, large_project

    with tempfile.TemporaryDirectory() as tmp:
        db = copy_of(large_project(), Path(tmp), "large.wbp")
        home = Path(tmp) / "home"
        ours, bare = [], []
        for _ in range(ROUNDS):
            bare.append(_run(BARE, home))
            ours.append(_run(APP, home, str(db)))
    t, m = statistics.median(o[0] for o in ours), max(o[1] for o in ours)
    bt, bm = statistics.median(b[0] for b in bare), max(b[1] for b in bare)
    return [
        {"name": "open the large project to a loaded window (scale 10)", "value": t, "baseline": bt,
         "ratio": t / bt, "goal": 1.5, "unit": "s", "goal_of": "value"},
        {"name": "peak memory opening the large project (VmHWM)", "value": m, "baseline": bm,
         "ratio": m / bm, "goal": None, "unit": "MB"},
    ]


if __name__ == "__main__":
    for row in measure():
        print(row)
