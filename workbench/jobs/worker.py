"""The child side of the export worker: a loop that runs named jobs and reports over a pipe.

The parent starts it as ``python -m workbench.jobs.worker FD`` (never a ``fork``: the parent runs
Qt), so the child is a fresh interpreter that imports nothing of Qt; FD is its end of a socket pair. It imports openpyxl and matplotlib at once
(that is the point of starting it early), then waits for jobs.

Messages, parent to child: ``("run", job_id, name, kwargs)`` and ``("quit",)``.
Child to parent: ``("ready", pid, seconds_spent_warming)``, ``("progress", job_id, done, total, text)``,
``("done", job_id, result)``, ``("failed", job_id, message, is_user_error)``.

Cancelling a job means terminating this process: every export writes under a temporary name and
renames at the end, so a killed export never leaves a half-written file under the real name.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

#: modules imported when the worker starts, so that the first export does not pay for them
WARM_MODULES = (
    "openpyxl",
    "matplotlib.figure",
    "matplotlib.backends.backend_agg",
    "workbench.store.project",
    "workbench.reports.vpc_workbook",
    "workbench.reports.charts",
    "workbench.reports.brief",
    "matplotlib.backends.backend_pdf",
)

#: how much lower the worker's CPU priority is than the app's (POSIX ``nice``)
NICENESS = 5

#: how often progress goes over the pipe at most (the last step always goes)
PROGRESS_EVERY_S = 0.05


def _accepts_progress(fn: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def _call(fn: Callable[..., Any], *args: Any, progress: Progress, **kwargs: Any) -> Any:
    """Call an export function, passing ``progress`` only if it takes one."""
    if _accepts_progress(fn):
        kwargs["progress"] = progress
    return fn(*args, **kwargs)


def _open(db: str):  # type: ignore[no-untyped-def]
    from workbench.store.project import open_project

    # The app holds the project's lock and has already migrated and backed it up: only read here.
    return open_project(db, migrate=False, lock=False, backup=False)


def job_vpc_workbook(progress: Progress, *, db: str, output: str, lang: str = "ru") -> str:
    """The VPC workbook (.xlsx) of the project at ``db`` written to ``output``."""
    from workbench.reports.vpc_workbook import export_vpc_workbook

    project = _open(db)
    try:
        return str(_call(export_vpc_workbook, project, output, lang=lang, progress=progress))
    finally:
        project.close()


def _report_function(module_name: str, *names: str) -> Callable[..., Any]:
    from workbench.errors import WorkbenchError

    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise WorkbenchError("This export is not available in this version of the app.") from exc
    for name in names:
        fn = getattr(module, name, None)
        if callable(fn):
            return fn  # type: ignore[no-any-return]
    raise WorkbenchError("This export is not available in this version of the app.")


def job_charts(progress: Progress, *, db: str, output: str, lang: str = "ru") -> Any:
    """The charts (PNG and SVG) of the project at ``db`` written into the folder ``output``."""
    fn = _report_function("workbench.reports.charts", "export_charts", "write_charts")
    project = _open(db)
    try:
        return _result(_call(fn, project, Path(output), lang=lang, progress=progress))
    finally:
        project.close()


def job_briefs(progress: Progress, *, db: str, output: str, lang: str = "ru") -> Any:
    """One PDF brief per segment of the project at ``db`` written into the folder ``output``."""
    fn = _report_function("workbench.reports.brief", "export_brief", "export_briefs")
    project = _open(db)
    try:
        return _result(_call(fn, project, Path(output), lang=lang, progress=progress))
    finally:
        project.close()


def job_segment_charts(progress: Progress, *, scores: list[Any], labels: dict[str, str], fmt: str = "png",
                       dpi: int = 110, size: tuple[float, float] | None = None) -> dict[str, bytes]:
    """The segments screen's three charts (``partners.charts.render_all``) as image bytes."""
    from workbench.partners.charts import render_all

    result = render_all(scores, labels, fmt=fmt, dpi=dpi, size=size)
    progress(1, 1)
    return result


def job_segment_chart_file(progress: Progress, *, key: str, scores: list[Any], labels: dict[str, str], output: str,
                           fmt: str = "png", dpi: int = 200) -> str:
    """One of the segments screen's charts (``partners.charts.CHARTS[key]``) written to ``output``."""
    from workbench.partners.charts import CHARTS
    from workbench.reports.safety import atomic_path

    data = CHARTS[key](scores, labels, fmt=fmt, dpi=dpi)
    target = Path(output)
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)
    progress(1, 1)
    return str(target)


def job_classify(progress: Progress, *, texts: list[str], lang: str = "auto") -> list[tuple[str, float]]:
    """Kind suggestions for ``texts`` (``nlp.api.classify``) as ``(label, score)`` in input order.

    spaCy loads here on first use. Plain tuples, so that reading the answer does not import the NLP
    package into the app.
    """
    from workbench.nlp import api

    return [(s.label, s.score) for s in api.classify(texts, lang, progress=progress)]


def job_cluster(progress: Progress, *, db: str, segment_id: int, min_size: int = 2) -> list[dict[str, Any]]:
    """Card suggestions for a segment of the project at ``db`` (``vpc.clusters.suggest_clusters``).

    spaCy loads here on first use. Each suggestion goes back as a plain dict of its fields (strings,
    ints and tuples), so that reading the answer does not import the NLP package into the app.
    """
    from dataclasses import asdict

    from workbench.vpc.clusters import suggest_clusters

    project = _open(db)
    try:
        return [asdict(c) for c in suggest_clusters(project, segment_id, min_size=min_size, progress=progress)]
    finally:
        project.close()


def _export_as(progress: Progress, export: Callable[..., Any], db: str, output: str, fmt: str,
               lang: str | None) -> str:
    project = _open(db)
    try:
        path = str(export(project, output, fmt, lang=lang))
    finally:
        project.close()
    progress(1, 1)
    return path


def job_backlog_export(progress: Progress, *, db: str, output: str, fmt: str, lang: str | None = None) -> str:
    """The backlog of the project at ``db`` written to ``output`` as xlsx, csv, jira or md."""
    from workbench.reports.backlog_export import export_backlog

    return _export_as(progress, export_backlog, db, output, fmt, lang)


def job_program_export(progress: Progress, *, db: str, output: str, fmt: str, lang: str | None = None) -> str:
    """The program structure of the project at ``db`` written to ``output`` as xlsx, md or pdf."""
    from workbench.reports.program_export import export_program

    return _export_as(progress, export_program, db, output, fmt, lang)


def job_qdpx_export(progress: Progress, *, db: str, output: str) -> dict[str, Any]:
    """The project at ``db`` written to ``output`` as a REFI-QDA project; what was written, as a plain dict."""
    from dataclasses import asdict

    from workbench.reports.qdpx import export_qdpx_summary

    project = _open(db)
    try:
        summary = export_qdpx_summary(project, output, progress=progress)
    finally:
        project.close()
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(summary).items()}


def job_spin(progress: Progress, *, seconds: float = 1.0, steps: int = 20) -> int:
    """Keep one core busy for ``seconds`` in ``steps`` (a load test of the worker and its Cancel)."""
    count = 0
    for step in range(steps):
        until = time.perf_counter() + seconds / steps
        while time.perf_counter() < until:
            count += 1
        progress(step + 1, steps)
    return count


def job_probe(progress: Progress) -> dict[str, Any]:
    """What the worker is: its pid and which libraries it has loaded (Qt must not be among them)."""
    progress(1, 1)
    loaded = sorted(m for m in ("PySide6", "shiboken6", "openpyxl", "matplotlib", "sqlalchemy") if m in sys.modules)
    return {"pid": os.getpid(), "modules": loaded}


def _result(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [str(v) if isinstance(v, Path) else v for v in value]
    if isinstance(value, dict):
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in value.items()}
    return value


JOBS: dict[str, Callable[..., Any]] = {
    "vpc_workbook": job_vpc_workbook,
    "charts": job_charts,
    "briefs": job_briefs,
    "segment_charts": job_segment_charts,
    "segment_chart_file": job_segment_chart_file,
    "classify": job_classify,
    "cluster": job_cluster,
    "backlog_export": job_backlog_export,
    "program_export": job_program_export,
    "qdpx_export": job_qdpx_export,
    "spin": job_spin,
    "probe": job_probe,
}


def warm() -> float:
    """Import the heavy libraries the jobs need; return the seconds it took."""
    started = time.perf_counter()
    for name in WARM_MODULES:
        try:
            if importlib.util.find_spec(name) is None:
                continue
            importlib.import_module(name)
        except ImportError:  # a missing optional library fails the job that needs it, with a message
            log.warning("worker could not preload %s", name)
    return time.perf_counter() - started


def _run_one(conn: Connection, job_id: int, name: str, kwargs: dict[str, Any]) -> None:
    from workbench.errors import WorkbenchError

    last = [0.0]

    def progress(done: int, total: int, text: str = "") -> None:
        now = time.perf_counter()
        if done >= total or now - last[0] >= PROGRESS_EVERY_S:
            last[0] = now
            conn.send(("progress", job_id, int(done), int(total), str(text)))

    fn = JOBS.get(name)
    try:
        if fn is None:
            raise WorkbenchError(f"Unknown job {name!r}.")
        result = fn(progress, **kwargs)
    except WorkbenchError as exc:
        conn.send(("failed", job_id, str(exc), True))
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which shows and logs it
        detail = traceback.format_exc()
        log.error("job %s failed:\n%s", name, detail)
        conn.send(("failed", job_id, f"{type(exc).__name__}: {exc}", False))
    else:
        conn.send(("done", job_id, result))


def serve(conn: Connection, *, preload: bool = True) -> None:
    """The worker's main loop: warm up, then run jobs until told to quit or the parent goes away."""
    if hasattr(os, "nice"):
        try:
            os.nice(NICENESS)  # when the cores are busy, the window's process gets them first
        except OSError:
            pass
    spent = warm() if preload else 0.0
    conn.send(("ready", os.getpid(), spent))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the app has gone: nothing left to do
            return
        if not message or message[0] == "quit":
            return
        if message[0] == "run":
            _, job_id, name, kwargs = message
            _run_one(conn, job_id, name, kwargs)


def main(conn: Connection, preload: bool = True) -> None:
    """Serve on ``conn`` until the parent says quit or goes away."""
    try:
        serve(conn, preload=preload)
    except (BrokenPipeError, ConnectionResetError, EOFError):
        pass
    finally:
        conn.close()


if __name__ == "__main__":  # python -m workbench.jobs.worker FD [--no-preload]
    from multiprocessing.connection import Connection as _Connection

    main(_Connection(int(sys.argv[1])), preload="--no-preload" not in sys.argv[2:])
