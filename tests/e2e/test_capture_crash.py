"""Zero loss, proven with real processes killed with SIGKILL in the middle of note-taking.

Every line a process acknowledged as saved ("saved <id>", printed only after the commit returned,
or after the real CaptureScreen marked the line saved) must be in the project after the kill, the
database must pass ``PRAGMA integrity_check``, and the capture screen must restore the draft.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workbench.interviews import planning

GUI_SCRIPT = r'''
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])
from workbench.settings import Settings
from workbench.store.project import open_project
from workbench.ui.context import AppContext
from workbench.ui.capture.screen import CaptureScreen

db, interview_id, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ctx = AppContext(open_project(db), Settings(language="en", theme="light"))
screen = CaptureScreen(ctx)
screen.resize(900, 600)
screen.show()
screen.ensure_loaded()
screen.open_item(interview_id)
print(f"opened {screen.model.rowCount()}", flush=True)
acked = set()

def report(*_args):
    for row in screen.model.rows():
        if row.saved and row.statement.id not in acked:
            acked.add(row.statement.id)
            print(f"saved {row.statement.id}", flush=True)

screen.model.dataChanged.connect(report)
counter = [0]

def type_line():
    counter[0] += 1
    QTest.keyClicks(screen.editor, f"line {counter[0]:04d} partner wants payouts twice a month")
    if counter[0] % 3 == 0:
        QTest.keyClick(screen.editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(screen.editor, Qt.Key.Key_Return)

def type_draft():
    QTest.keyClicks(screen.editor, "x")

if mode == "lines":
    timer = QTimer(); timer.timeout.connect(type_line); timer.start(15)
else:
    QTest.keyClicks(screen.editor, "unfinished thought")
    def on_draft(_iid):
        print("draft-saved", flush=True)
    screen.writer().draft_saved.connect(on_draft)
    timer = QTimer(); timer.timeout.connect(type_draft); timer.start(700)
app.exec()
'''


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _read_until(proc: subprocess.Popen[str], want: int, deadline: float, prefix: str = "saved ") -> list[str]:
    got: list[str] = []
    assert proc.stdout is not None
    while time.monotonic() < deadline and len([g for g in got if g.startswith(prefix)]) < want:
        line = proc.stdout.readline()
        if not line:
            break
        got.append(line.strip())
    return got


def _kill(proc: subprocess.Popen[str]) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert proc.returncode == -signal.SIGKILL


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _ids(path: Path, interview_id: int) -> set[int]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT id FROM statement WHERE interview_id = ?", (interview_id,))}


@pytest.fixture
def make_ctx(qapp):  # type: ignore[no-untyped-def]
    """An English AppContext for a project (as tests/ui/conftest.py gives the UI tests)."""
    from workbench.settings import Settings
    from workbench.ui import i18n, theme
    from workbench.ui.context import AppContext

    def _make(project):  # type: ignore[no-untyped-def]
        i18n.install_language("en")
        theme.apply_theme(qapp, "light")
        return AppContext(project, Settings(language="en", theme="light"))

    return _make


@pytest.fixture
def planned(demo_path: Path) -> tuple[Path, int]:
    """A copy of the demo project with a new planned interview."""
    from workbench.store.project import open_project

    project = open_project(demo_path)
    try:
        partner = planning.partner_choices(project)[0]
        iv = planning.plan_interview(project, partner_id=partner.id, interviewer="e2e", planned_at=None)
    finally:
        project.close()
    return demo_path, iv.id


def test_cli_notes_add_killed_mid_stream_loses_no_acknowledged_line(planned: tuple[Path, int]) -> None:
    """`workbench notes add` killed with SIGKILL mid-stream: every 'saved <id>' line is in the database."""
    path, interview_id = planned
    proc = subprocess.Popen(
        [sys.executable, "-m", "workbench", "notes", "add", "--db", str(path), "--interview", str(interview_id)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    assert proc.stdin is not None and proc.stdout is not None
    acked: list[int] = []
    deadline = time.monotonic() + 30
    for n in range(25):
        proc.stdin.write(f"боль: строка {n} — выплаты приходят раз в месяц\n")
        proc.stdin.flush()
        if n < 20:
            line = proc.stdout.readline().strip()
            assert line.startswith("saved "), line
            acked.append(int(line.split()[1]))
        assert time.monotonic() < deadline
    _kill(proc)  # five lines written but not awaited: the kill lands mid-stream
    assert _integrity(path) == "ok"
    stored = _ids(path, interview_id)
    assert set(acked) <= stored
    assert len(acked) == 20


def test_gui_capture_killed_mid_stream_keeps_saved_lines_and_draft(planned: tuple[Path, int], qtbot, make_ctx) -> None:  # type: ignore[no-untyped-def]
    """The real CaptureScreen in a process killed while typing: saved lines and the paused draft survive."""
    path, interview_id = planned
    cmd = [sys.executable, "-c", GUI_SCRIPT, str(path), str(interview_id)]
    proc = subprocess.Popen([*cmd, "lines"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=_env())
    got = _read_until(proc, 25, time.monotonic() + 30)
    _kill(proc)
    acked = {int(g.split()[1]) for g in got if g.startswith("saved ")}
    assert len(acked) >= 25, got[-5:]
    assert _integrity(path) == "ok"
    assert acked <= _ids(path, interview_id)

    proc = subprocess.Popen([*cmd, "draft"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                            env=_env())
    got = _read_until(proc, 2, time.monotonic() + 30, prefix="draft-saved")
    opened = next(g for g in got if g.startswith("opened "))
    assert int(opened.split()[1]) >= len(acked)  # the reopened screen shows every saved line
    assert sum(1 for g in got if g == "draft-saved") >= 2
    _kill(proc)
    assert _integrity(path) == "ok"

    from workbench.store.project import open_project
    from workbench.ui.capture.screen import CaptureScreen

    project = open_project(path)
    try:
        screen = CaptureScreen(make_ctx(project))
        qtbot.addWidget(screen)
        screen.open_item(interview_id)
        shown = {r.statement.id for r in screen.model.rows() if r.statement is not None}
        assert acked <= shown
        assert screen.editor.toPlainText().startswith("unfinished thought")
        assert all(r.saved for r in screen.model.rows())
        screen.shutdown()
    finally:
        project.close()
