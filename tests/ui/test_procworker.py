"""The export worker process: real exports off the UI process, progress, errors, Cancel and crashes."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workbench.ui.heartbeat import Heartbeat
from workbench.ui.procworker import ProcessWorker, temp_glob

#: generous: the goal is 16 ms, but this 2-core machine runs other tests at the same time
GAP_BOUND_MS = 250


@pytest.fixture
def worker(qapp):  # type: ignore[no-untyped-def]
    """A started worker process, stopped after the test."""
    w = ProcessWorker()
    assert w.wait_ready(120), "the worker did not warm up"
    yield w
    w.shutdown()


def _wait(qtbot, job, signal_name: str, timeout: int = 60_000):  # type: ignore[no-untyped-def]
    """Wait for ``signal_name``; any other end of the job fails the test with what it said."""
    seen: dict[str, tuple] = {}
    for name in ("progress", "finished", "failed", "cancelled"):
        getattr(job, name).connect(lambda *args, n=name: seen.setdefault(n, args))
    ends = {"finished", "failed", "cancelled"} - {signal_name}
    qtbot.waitUntil(lambda: signal_name in seen or bool(ends & seen.keys()), timeout=timeout)
    assert signal_name in seen, f"expected {signal_name}, got {seen}"
    return seen[signal_name]


def test_probe_runs_in_a_separate_process_without_qt(qtbot, worker) -> None:
    """The worker is another process that has openpyxl and matplotlib loaded and no Qt at all."""
    job = worker.submit("probe")
    (result,) = _wait(qtbot, job, "finished")
    assert result["pid"] == worker.pid != os.getpid()
    assert "PySide6" not in result["modules"] and "shiboken6" not in result["modules"]
    assert {"openpyxl", "matplotlib"} <= set(result["modules"])


def test_vpc_workbook_export_in_worker_keeps_the_window_responsive(qtbot, worker, demo_path: Path,
                                                                   tmp_path: Path) -> None:
    """The VPC workbook is written by the worker, reads back with openpyxl, and the UI never stalls 250 ms."""
    out = tmp_path / "vpc.xlsx"
    beat = Heartbeat()
    beat.start()
    job = worker.submit("vpc_workbook", (temp_glob(out),), db=str(demo_path), output=str(out), lang="en")
    (result,) = _wait(qtbot, job, "finished")
    gap = beat.stop()
    assert Path(result) == out
    wb = load_workbook(out, read_only=True)
    assert "Evidence" in wb.sheetnames and "Summary" in wb.sheetnames
    assert sum(1 for _ in wb["Evidence"].iter_rows(values_only=True)) > 1
    assert beat.ticks > 0 and gap < GAP_BOUND_MS
    assert list(tmp_path.glob(".*.part")) == []


def test_export_into_missing_folder_fails_with_a_clear_message(qtbot, worker, demo_path: Path, tmp_path: Path) -> None:
    """A folder that does not exist gives a one-line user message, and the worker keeps serving."""
    out = tmp_path / "nowhere" / "vpc.xlsx"
    job = worker.submit("vpc_workbook", db=str(demo_path), output=str(out))
    message, user_error = _wait(qtbot, job, "failed")
    assert user_error and "does not exist" in message and "\n" not in message
    assert not out.exists()
    again = worker.submit("probe")
    _wait(qtbot, again, "finished")


def test_cancel_kills_the_child_removes_the_temp_file_and_starts_a_fresh_worker(qtbot, worker, tmp_path: Path) -> None:
    """Cancel terminates the busy child at once, deletes the half-written temp file and a new child serves."""
    out = tmp_path / "big.xlsx"
    job = worker.submit("spin", (temp_glob(out),), seconds=30, steps=300)
    old_pid = worker.pid
    _wait(qtbot, job, "progress")
    leftover = tmp_path / ".big.xlsx.abc123.part"  # what an atomic write killed half-way leaves
    leftover.write_bytes(b"PK half a zip")
    started = time.perf_counter()
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        job.cancel()
    assert time.perf_counter() - started < 3
    assert not leftover.exists() and not out.exists()
    with pytest.raises(ProcessLookupError):
        os.kill(old_pid, 0)
    qtbot.waitUntil(lambda: worker.running, timeout=10_000)
    probe = worker.submit("probe")
    (result,) = _wait(qtbot, probe, "finished")
    assert result["pid"] != old_pid


def test_a_worker_killed_from_outside_fails_the_job_and_is_replaced(qtbot, worker) -> None:
    """If the child dies mid-job the job fails with a message instead of hanging, and a new child starts."""
    job = worker.submit("spin", seconds=30, steps=300)
    _wait(qtbot, job, "progress")
    os.kill(worker.pid, signal.SIGKILL)
    message, user_error = _wait(qtbot, job, "failed", timeout=10_000)
    assert "stopped unexpectedly" in message and not user_error
    qtbot.waitUntil(lambda: worker.running, timeout=10_000)
    _wait(qtbot, worker.submit("probe"), "finished")


def test_jobs_wait_their_turn_and_a_waiting_job_cancels_without_a_kill(qtbot, worker) -> None:
    """A job submitted while another runs waits and then runs; cancelling a waiting one leaves the child alone."""
    order: list[str] = []
    first = worker.submit("spin", seconds=0.5, steps=5)
    dropped = worker.submit("spin", seconds=5, steps=5)
    second = worker.submit("probe")
    first.finished.connect(lambda _r: order.append("spin"))
    second.finished.connect(lambda _r: order.append("probe"))
    assert worker.queued == 2
    pid = worker.pid
    with qtbot.waitSignal(dropped.cancelled, timeout=1000):
        dropped.cancel()
    (result,) = _wait(qtbot, second, "finished")
    assert order == ["spin", "probe"] and result["pid"] == pid == worker.pid


def test_segment_charts_and_classification_run_in_the_worker(qtbot, worker, demo_project) -> None:
    """The segments screen's charts and kind suggestions can be made in the worker, off the UI process."""
    from workbench.partners.segments import CRITERIA, compute_scores

    scores = compute_scores(demo_project)
    charts = worker.submit("segment_charts", scores=scores, labels={c: c for c in CRITERIA}, dpi=80, size=(5, 3))
    found = worker.submit("classify", texts=["Долго ждём выплат по сделкам, это мешает", "Хотим больше лидов"])
    (images,) = _wait(qtbot, charts, "finished")
    assert set(images) == {"bars", "radar", "bubble"} and all(v.startswith(b"\x89PNG") for v in images.values())
    (suggestions,) = _wait(qtbot, found, "finished", timeout=120_000)
    assert len(suggestions) == 2 and all(label in {"job", "pain", "gain", "other"} for label, _ in suggestions)
def test_segment_charts_from_the_worker_are_the_bytes_drawn_here(qtbot, worker, demo_project) -> None:
    """The worker's segment_charts gives the very PNG bytes partners.charts.render_all gives in the app."""
    from workbench.partners.charts import render_all
    from workbench.partners.segments import CRITERIA, compute_scores

    scores = compute_scores(demo_project)
    labels = {c: c.title() for c in CRITERIA}
    job = worker.submit("segment_charts", scores=scores, labels=labels, fmt="png", dpi=80, size=(5, 3))
    (images,) = _wait(qtbot, job, "finished")
    assert images == render_all(scores, labels, fmt="png", dpi=80, size=(5, 3))


def test_segment_chart_file_writes_the_chart_atomically(qtbot, worker, demo_project, tmp_path: Path) -> None:
    """segment_chart_file writes one chart as PNG or SVG under its name and leaves no temporary file."""
    from workbench.partners.segments import CRITERIA, compute_scores

    scores = compute_scores(demo_project)
    for name, fmt, magic in (("c.png", "png", b"\x89PNG"), ("c.svg", "svg", b"<?xml")):
        out = tmp_path / name
        job = worker.submit("segment_chart_file", (temp_glob(out),), key="bubble", scores=scores,
                            labels={c: c for c in CRITERIA}, output=str(out), fmt=fmt, dpi=100)
        (result,) = _wait(qtbot, job, "finished")
        assert Path(result) == out and out.read_bytes().startswith(magic)
    assert list(tmp_path.glob(".*.part")) == []


def test_file_export_menu_exports_the_vpc_workbook_with_progress(qtbot, demo_window, tmp_path: Path) -> None:
    """File > Export holds the three exports; the workbook export runs in the worker, the screens painting
    until its dialog comes up, and reports in the status bar."""
    exports = demo_window.exports
    texts = [a.text() for a in demo_window.menu_export.actions()]
    assert exports.act_vpc.text() in texts and exports.act_charts.text() in texts and exports.act_briefs.text() in texts
    assert exports.act_vpc.text().replace("&", "").startswith("VPC Workbook")
    out = tmp_path / "from-menu"  # the suffix is added
    job = exports.export_vpc(out)
    assert job is not None
    # no dialog up yet (it comes after 300 ms of a job): the screens go on painting
    assert demo_window.centralWidget().updatesEnabled()
    _wait(qtbot, job, "finished")
    assert exports.last_result == str(tmp_path / "from-menu.xlsx")
    assert load_workbook(tmp_path / "from-menu.xlsx", read_only=True).sheetnames
    assert job.longest_gap_ms is not None and job.longest_gap_ms < GAP_BOUND_MS
    qtbot.waitUntil(lambda: "from-menu.xlsx" in demo_window.statusBar().currentMessage()
                    or exports.last_result is not None, timeout=2000)
    exports.worker.shutdown()


def test_file_export_error_shows_a_message_box(qtbot, demo_window, tmp_path: Path) -> None:
    """An export that fails shows a window-modal message saying why, and leaves no file."""
    exports = demo_window.exports
    job = exports.export_vpc(tmp_path / "missing" / "x.xlsx")
    assert job is not None
    _wait(qtbot, job, "failed")
    assert exports.error_box is not None and "does not exist" in exports.error_box.text()
    exports.error_box.close()
    exports.worker.shutdown()


def test_charts_and_briefs_export_in_the_worker(qtbot, worker, demo_path: Path, tmp_path: Path) -> None:
    """The charts (PNG and SVG) and the segment briefs (PDF) are written by the worker into a folder."""
    pytest.importorskip("workbench.reports.charts")
    pytest.importorskip("workbench.reports.brief")
    charts = tmp_path / "charts"
    (files,) = _wait(qtbot, worker.submit("charts", (charts / ".*.part",), db=str(demo_path), output=str(charts),
                                          lang="en"), "finished")
    assert files and all(Path(f).stat().st_size > 0 for f in files)
    assert {Path(f).suffix for f in files} == {".png", ".svg"}
    briefs = tmp_path / "briefs"
    (pdfs,) = _wait(qtbot, worker.submit("briefs", (briefs / ".*.part",), db=str(demo_path), output=str(briefs),
                                         lang="ru"), "finished")
    assert pdfs and all(Path(p).read_bytes().startswith(b"%PDF") for p in pdfs)
    assert list(charts.glob(".*.part")) == [] and list(briefs.glob(".*.part")) == []


def test_backlog_program_and_qdpx_exports_run_in_the_worker(qtbot, worker, demo_path: Path, tmp_path: Path) -> None:
    """The backlog (xlsx), the program structure (xlsx) and the REFI-QDA project are written by the worker,
    with the window's heartbeat staying alive; a bad format fails with a clear message."""
    import zipfile

    beat = Heartbeat()
    beat.start()
    (backlog,) = _wait(qtbot, worker.submit("backlog_export", (temp_glob(tmp_path / "b.xlsx"),), db=str(demo_path),
                                            output=str(tmp_path / "b.xlsx"), fmt="xlsx", lang="ru"), "finished")
    (program,) = _wait(qtbot, worker.submit("program_export", db=str(demo_path), output=str(tmp_path / "p.xlsx"),
                                            fmt="xlsx", lang="en"), "finished")
    (summary,) = _wait(qtbot, worker.submit("qdpx_export", db=str(demo_path), output=str(tmp_path / "r.qdpx")),
                       "finished")
    gap = beat.stop()
    assert load_workbook(backlog).worksheets[0].title == "Бэклог"
    assert load_workbook(program).worksheets[0]["A1"].value
    assert summary["path"] == str(tmp_path / "r.qdpx") and summary["sources"] == 29
    assert "project.qde" in zipfile.ZipFile(summary["path"]).namelist()
    assert gap < GAP_BOUND_MS
    (message, user_error) = _wait(qtbot, worker.submit("backlog_export", db=str(demo_path),
                                                       output=str(tmp_path / "b.doc"), fmt="doc"), "failed")
    assert user_error and "Unknown format" in message


def test_worker_starts_from_a_script_without_a_main_guard(tmp_path: Path) -> None:
    """A script with no __main__ guard (like main.py) gets one worker, not a second run of itself."""
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "import os, sys\n"
        "print('script ran', os.getpid(), flush=True)\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from workbench.ui.procworker import ProcessWorker\n"
        "w = ProcessWorker(preload=False)\n"
        "assert w.wait_ready(60)\n"
        "job = w.submit('probe'); out = []\n"
        "job.finished.connect(out.append)\n"
        "while not out: app.processEvents()\n"
        "print('child', out[0]['pid'] != os.getpid(), flush=True)\n"
        "w.shutdown()\n", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("script ran") == 1 and "child True" in done.stdout
