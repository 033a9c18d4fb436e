"""How long the window freezes during each long job: the longest gap in the UI event loop.

A fresh process (so which libraries are already loaded does not depend on the other benches) with
a QApplication runs each job the way the app runs it, on a copy of the large project, while the
:class:`workbench.ui.heartbeat.Heartbeat` ticks every 5 ms inside a running event loop. The heap is
frozen after the project opens, as the app does once its window has painted.

- import: 3,000 partners from a cp1251 CSV through ``run_with_progress`` (a plain task, as the
  capabilities, survey and REFI-QDA imports run), then through the partners screen's ``run_import``
  with the screen listening to the app's changes as in the main window, so the gap also holds the
  table's reload the import sets off (rows read in the import's thread, the model reset in the UI
  thread) and 100 ms after it, when the new rows paint;
- the partners table's reload on its own: the UI thread's part after an import, and the user's path
  after an undo: Delete one partner on the screen, then Ctrl+Z (the undo's service call in a thread
  while the event loop runs, the 6,500 partners read by the screen's reader task, the model reset
  in the UI thread, 100 ms of painting after), and the same reload timed from the end of the undo's
  service call;
- classification: the ``classify`` job in the worker process, as capture's "Suggest kinds" runs it;
- clustering: the ``cluster`` job in the worker process, as the canvas's "Suggest Cards" runs it;
- export: the VPC workbook in the pre-started worker process, as File > Export;
- charts: the segments screen's three matplotlib charts in the worker process, and the charts
  export there.

Rows marked "for comparison" time a path the app no longer takes (the partners read in the UI
thread, classification, clustering, the workbook and the charts in a thread) to show what moving
them bought; they have no goal. The other jobs (backlog, program and REFI-QDA exports, the other
imports, the gap analysis) are in ``bench_jobs.py``.

The goal bounds the value: at most 16 ms (one frame at 60 Hz), never above 50 ms.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

GOAL_MS = 16
#: rows that time a path the app no longer takes, kept to show what the change bought: no goal, no "met"
COMPARISON = " [for comparison, not the app's path]"


def _csv(path: Path, rows: int, word: str = "Гамма") -> None:
    lines = ["Компания;Город;Сайт;Сотрудников;Клиентов"]
    lines += [f"ООО «{word} {i}»;Казань;{word.lower()}{i}.ru;{i % 300};{i % 900}" for i in range(rows)]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))


def _child(workdir: Path) -> list[dict[str, Any]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from _large import copy_of, large_project
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from workbench.ui.heartbeat import Heartbeat
    from workbench.ui.procworker import ProcessWorker, run_in_worker, temp_glob
    from workbench.ui.tasks import run_with_progress

    app = QApplication.instance() or QApplication([])
    window = QMainWindow()
    window.resize(1024, 700)
    window.show()
    db = copy_of(large_project(), workdir, "large.wbp")
    from workbench.store.project import open_project

    project = open_project(db, backup=False)
    worker = ProcessWorker()
    assert worker.wait_ready(120), "worker did not start"
    rows: list[dict[str, Any]] = []

    def run(name: str, start, settle_ms: int = 0, comparison: bool = False) -> None:  # type: ignore[no-untyped-def]
        loop = QEventLoop()
        outcome: dict[str, Any] = {}
        for _ in range(20):  # let the window settle before measuring
            app.processEvents()
        gc.collect()  # a row does not pay for the garbage an earlier row left (its own, after it ends, it does)
        beat = Heartbeat()
        beat.start()
        t0 = time.perf_counter()
        task = start(lambda r: (outcome.setdefault("ok", r), loop.quit()),
                     lambda m: (outcome.setdefault("error", m), loop.quit()))
        task.cancelled.connect(loop.quit)
        QTimer.singleShot(600_000, loop.quit)
        if not task.done:
            loop.exec()
        if settle_ms:  # keep beating while what the job's end set off paints
            QTimer.singleShot(settle_ms, loop.quit)
            loop.exec()
        gap, seconds = beat.stop(), time.perf_counter() - t0
        note = f"ms (job {seconds:.1f} s)" if "error" not in outcome else f"ms FAILED: {outcome['error']}"
        rows.append({"name": f"UI gap during {name}" + (COMPARISON if comparison else ""), "value": gap,
                     "baseline": None, "ratio": None, "goal": None if comparison else GOAL_MS, "unit": note,
                     "goal_of": "value"})

    csv = workdir / "partners.csv"
    _csv(csv, 3000)
    from workbench.partners import scoring
    from workbench.partners.importer import import_partners

    def import_and_rescore(state):  # type: ignore[no-untyped-def]
        report = import_partners(project, csv, segment="Bench", progress=state.progress)
        scoring.rescore_partners(project)
        return report

    from workbench.ui.tasks import freeze_heap

    freeze_heap()  # as the app does once its window has painted
    run("import (3,000 partners, a plain task as the other imports run; start-up heap frozen as in the app)",
        lambda ok, err: run_with_progress(window, "import", import_and_rescore, ok, err))

    # The partners screen's own import (the heap frozen first, then the thread), listening to the app's
    # changes as in the main window: the import's end reloads the table with the rows read in its thread.
    from workbench.ops import Changes
    from workbench.settings import Settings
    from workbench.ui.context import AppContext
    from workbench.ui.partners.screen import OFFTHREAD_ROWS, PartnersScreen

    ctx = AppContext(project, Settings(language="ru"))
    screen = PartnersScreen(ctx)
    window.setCentralWidget(screen)
    ctx.changed.connect(screen.refresh)  # as the main window does
    screen.ensure_loaded()
    csv2 = workdir / "partners2.csv"
    _csv(csv2, 3000, "Дельта")

    def screen_import(ok, err):  # type: ignore[no-untyped-def]
        task = screen.run_import(csv2, segment="Bench 2")
        task.finished.connect(ok)
        task.failed.connect(lambda message, _user: err(message))
        return task

    run("import (3,000 partners, partners screen's path: heap frozen, thread, then the table's reload)",
        screen_import, settle_ms=100)
    screen.offthread_rows = 10**9  # every reload read in the UI thread, as before the reader task
    t0 = time.perf_counter()
    screen.refresh(Changes(partners=True, segments=True))
    app.processEvents()
    rows.append({"name": f"partners table reload, partners read in the UI thread (as every reload did before the "
                         f"reader task; {screen.model.rowCount():,} partners){COMPARISON}",
                 "value": (time.perf_counter() - t0) * 1000, "baseline": None, "ratio": None, "goal": None,
                 "unit": "ms", "goal_of": "value"})
    screen.offthread_rows = OFFTHREAD_ROWS
    from workbench.ui.partners.reader import read_table

    screen.prefetched = read_table(project, screen.model.sort_state())  # what the import's thread reads now
    t0 = time.perf_counter()
    screen.refresh(Changes(partners=True, segments=True))
    app.processEvents()
    rows.append({"name": f"partners table reload after the import, partners read in its thread (the UI thread's "
                         f"part; {screen.model.rowCount():,} partners)",
                 "value": (time.perf_counter() - t0) * 1000, "baseline": None, "ratio": None, "goal": GOAL_MS,
                 "unit": "ms", "goal_of": "value"})

    # The user's path after an undo: Delete one partner on the screen, then Ctrl+Z. The undo's service call
    # runs in the UI thread; the reload it sets off reads the partners in the screen's reader task.
    def delete_one() -> int:
        victim = screen.model.partner(screen.model.rowCount() // 2).id
        screen.select_ids([victim])
        screen.delete_selected()
        while screen.reader is not None:  # the reload after the delete lands before the undo is timed
            app.processEvents()
        return victim

    def undo_delete(ok, err):  # type: ignore[no-untyped-def]
        ctx.undo_stack.undo()
        task = screen.reader
        assert task is not None, "the undo did not start a reader"
        task.finished.connect(ok)
        task.failed.connect(lambda message, _user: err(message))
        return task

    victim = delete_one()
    run(f"Ctrl+Z of a Delete on the partners screen (the undo's service call in a thread while the window "
        f"paints, then the table's reload: reader task, model reset; {screen.model.rowCount() + 1:,} partners)",
        undo_delete,
        settle_ms=100)
    assert screen.model.row_of(victim) is not None, "the undone partner is not back in the table"

    victim = delete_one()
    for _ in range(20):
        app.processEvents()
    beat, loop = Heartbeat(), QEventLoop()
    ctx.undo_stack.undo()
    beat.start()  # from the end of the undo's service call: the reload's part alone
    reader = screen.reader
    assert reader is not None, "the undo did not start a reader"
    reader.finished.connect(lambda _read: QTimer.singleShot(100, loop.quit))  # 100 ms more: the rows paint
    loop.exec()
    rows.append({"name": f"UI gap during the partners table reload after that undo (reader task, model reset in "
                         f"the UI thread, 100 ms of painting; {screen.model.rowCount():,} partners)",
                 "value": beat.stop(), "baseline": None, "ratio": None, "goal": GOAL_MS, "unit": "ms",
                 "goal_of": "value"})
    assert screen.model.row_of(victim) is not None, "the undone partner is not back in the table"

    from sqlalchemy import text as sql

    with project.engine.connect() as conn:
        texts = [r[0] for r in conn.execute(sql("SELECT text FROM statement ORDER BY id LIMIT 2000"))]
        segment_id = conn.execute(sql(
            "SELECT b.segment_id FROM statement s JOIN interview i ON i.id = s.interview_id "
            "JOIN partner p ON p.id = i.partner_id JOIN segment g ON g.id = p.segment_id "
            "JOIN board b ON b.segment_id = g.id GROUP BY b.segment_id ORDER BY count(*) DESC LIMIT 1")).scalar()
    from workbench.nlp import api

    for label in ("first run, loads the model", "warm"):
        run(f"classification (2,000 statements, thread as before, {label})", lambda ok, err: run_with_progress(
            window, "classify", lambda s: api.classify(texts, progress=lambda d, t: s.progress(d, t),
                                                       cancelled=lambda: s.cancelled), ok, err), comparison=True)

    run("classification (2,000 statements, worker process as capture's Suggest kinds now, loads the model there)", lambda ok, err: run_in_worker(
        window, "classify", "classify", ok, err, worker=worker, texts=texts))

    from workbench.vpc.clusters import clustering_available, suggest_clusters

    if clustering_available() and segment_id is not None:
        run("clustering (largest segment, thread as before)", lambda ok, err: run_with_progress(
            window, "cluster", lambda s: suggest_clusters(project, segment_id, progress=lambda d, t: s.progress(d, t),
                                                          cancelled=lambda: s.cancelled), ok, err), comparison=True)
        run("clustering (largest segment, worker process as the canvas's Suggest Cards now)",
            lambda ok, err: run_in_worker(window, "cluster", "cluster", ok, err, worker=worker, db=str(db),
                                          segment_id=segment_id))

    out = workdir / "vpc.xlsx"
    run("export VPC workbook (worker process)", lambda ok, err: run_in_worker(
        window, "export", "vpc_workbook", ok, err, worker=worker, temp_globs=(temp_glob(out),), db=str(db),
        output=str(out), lang="ru"))

    def export_in_thread(state):  # type: ignore[no-untyped-def]
        from workbench.reports.vpc_workbook import export_vpc_workbook

        return export_vpc_workbook(project, workdir / "vpc-thread.xlsx", lang="ru")

    run("export VPC workbook (thread, for comparison)", lambda ok, err: run_with_progress(
        window, "export", export_in_thread, ok, err), comparison=True)

    from workbench.partners.charts import render_all
    from workbench.partners.segments import compute_scores

    scores = compute_scores(project)
    labels = {k: k for k in ("fit", "size", "access", "urgency")}
    run("charts (segments screen, thread as before)", lambda ok, err: run_with_progress(
        window, "charts", lambda s: render_all(scores, labels, fmt="png", dpi=110, size=(6, 4)), ok, err), comparison=True)

    run("charts (segments screen, worker process as it draws now)", lambda ok, err: run_in_worker(
        window, "charts", "segment_charts", ok, err, worker=worker, scores=scores, labels=labels, dpi=110,
        size=(6, 4)))

    import importlib.util

    if importlib.util.find_spec("workbench.reports.charts") is not None:
        folder = workdir / "charts"
        folder.mkdir()
        run("charts export (worker process)", lambda ok, err: run_in_worker(
            window, "charts", "charts", ok, err, worker=worker, db=str(db), output=str(folder), lang="ru"))
    worker.shutdown()
    project.close()
    return rows


def in_fresh_process(script: str) -> list[dict]:
    """The rows ``script``'s ``_child`` returns when it runs as ``script --child FOLDER`` in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WORKBENCH_HOME": str(Path(tmp) / "home")}
        done = subprocess.run([sys.executable, script, "--child", tmp], capture_output=True, text=True, env=env,
                              timeout=1800)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "child failed")
        return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main(child, measure) -> None:  # type: ignore[no-untyped-def]
    """``script --child FOLDER`` prints the child's rows as JSON; ``script`` alone prints ``measure()``'s rows."""
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]))))
    else:
        for row in measure():
            print(row)


def measure() -> list[dict]:
    """Rows: the longest UI gap during each long job, measured in a fresh process."""
    return in_fresh_process(__file__)


if __name__ == "__main__":
    main(_child, measure)
