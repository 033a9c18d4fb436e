"""Statement commit latency (capture mode's Enter) against raw sqlite3 with the same settings.

Ours is ``workbench.interviews.capture.commit_line`` (what capture mode calls on Enter: one
transaction that takes the write lock, appends the statement and clears the draft) on a copy of the
large project. The baseline is raw ``sqlite3`` on another copy of the same file with the same pragmas
(WAL, synchronous=FULL, foreign keys, busy timeout): ``BEGIN IMMEDIATE``, the same max(position)
lookup, an INSERT of a statement row, the draft UPDATE, the change-counter bump and ``COMMIT``. The
bump is the same SQL every write transaction of ours runs before its commit
(:func:`workbench.store.team.track_changes`: how other windows and team members learn of the line), so
both sides write the same rows. The two run interleaved, one commit each in turn, so background load
hits both alike. Rows: p99 and median.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

N = 400


def _raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "busy_timeout=5000"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[98]


def measure() -> list[dict]:
    """Rows: commit p99 and median, ours vs raw sqlite3, on the large project."""
    from _large import copy_of, large_project

    from workbench.interviews.capture import commit_line
    from workbench.store.project import open_project

    source = large_project()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKBENCH_HOME", str(Path(tmp) / "home"))
        ours_path = copy_of(source, Path(tmp), "ours.wbp")
        bare_path = copy_of(source, Path(tmp), "bare.wbp")
        project = open_project(ours_path, backup=False)
        bare = _raw(bare_path)
        interview_id = bare.execute("SELECT id FROM interview ORDER BY id LIMIT 1").fetchone()[0]
        columns = [r[1] for r in bare.execute("PRAGMA table_info(statement)") if r[1] not in ("id", "text", "position")]
        insert = (f"INSERT INTO statement (text, position, {', '.join(columns)}) "
                  f"SELECT ?, ?, {', '.join(columns)} FROM statement WHERE interview_id = ? LIMIT 1")

        def bare_commit(i: int) -> None:
            bare.execute("BEGIN IMMEDIATE")
            last = bare.execute("SELECT max(position) FROM statement WHERE interview_id = ?", (interview_id,)).fetchone()[0]
            bare.execute(insert, (f"Боль: платёж {i} прошёл с задержкой", (last or 0) + 1, interview_id))
            bare.execute("UPDATE interview SET draft_text = '' WHERE id = ?", (interview_id,))
            bare.execute("UPDATE change_counter SET value = value + 1 WHERE id = 1 RETURNING value").fetchone()
            bare.execute("COMMIT")

        ours, theirs = [], []
        for i in range(10):  # warm both: first statements pay for page loads
            commit_line(project, interview_id=interview_id, line=f"боль: прогрев {i}")
            bare_commit(-i)
        for i in range(N):
            t0 = time.perf_counter()
            commit_line(project, interview_id=interview_id, line=f"боль: платёж {i} прошёл с задержкой")
            t1 = time.perf_counter()
            bare_commit(i)
            t2 = time.perf_counter()
            ours.append((t1 - t0) * 1000)
            theirs.append((t2 - t1) * 1000)
        project.close()
        bare.close()
    p99, bp99 = _p99(ours), _p99(theirs)
    med, bmed = statistics.median(ours), statistics.median(theirs)
    return [
        {"name": "statement commit p99 (capture Enter, large project)", "value": p99, "baseline": bp99,
         "ratio": p99 / bp99, "goal": 3, "unit": "ms"},
        {"name": "statement commit median (capture Enter, large project)", "value": med, "baseline": bmed,
         "ratio": med / bmed, "goal": None, "unit": "ms"},
    ]


if __name__ == "__main__":
    for row in measure():
        print(row)
