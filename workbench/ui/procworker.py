"""The UI side of the export worker: a pre-started child process that runs jobs with progress and Cancel.

openpyxl and matplotlib hold the GIL for 150-280 ms at a time, so an export in a thread freezes the
window; here it runs in :mod:`workbench.jobs.worker`, a separate interpreter spawned (``python -m``, never a
fork of a process running Qt) after the window has painted, so its imports cost neither start-up
nor the first export. Messages go over a socket pair; a timer polls it while a job runs.

Cancel terminates the child and starts a fresh one: exports write under a temporary name and rename
at the end, so nothing half-written is left under the real name, and the leftover temporary file
is removed here.
"""

from __future__ import annotations

import itertools
import logging
import os
import socket
import subprocess
import sys
import time
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from workbench.errors import WorkbenchError
from workbench.ui.errortext import error_text

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

log = logging.getLogger(__name__)

#: how often the pipe is read while a job runs
POLL_MS = 15


class WorkerError(WorkbenchError):
    """The worker process could not be started or stopped working."""


class _Child:
    """A worker started as ``python -m workbench.jobs.worker``: a fresh interpreter (never a fork of Qt).

    ``multiprocessing``'s spawn would also re-run the parent's main script in the child, which starts
    a second app when that script has no ``if __name__ == "__main__"`` guard (``python main.py``).
    """

    def __init__(self, popen: subprocess.Popen[bytes]) -> None:
        self.popen = popen
        self.pid = popen.pid

    @property
    def exitcode(self) -> int | None:
        return self.popen.poll()

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    def join(self, timeout: float | None = None) -> None:
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pass

    def terminate(self) -> None:
        if self.is_alive():
            self.popen.terminate()

    def kill(self) -> None:
        if self.is_alive():
            self.popen.kill()


def _launch(preload: bool) -> tuple[_Child, Connection]:
    """Start the worker interpreter with one end of a socket pair as its message pipe."""
    from multiprocessing.connection import Connection

    ours, theirs = socket.socketpair()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    argv = [sys.executable, "-m", "workbench.jobs.worker", str(theirs.fileno())]
    if not preload:
        argv.append("--no-preload")
    try:
        popen = subprocess.Popen(argv, pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL,
                                 close_fds=True)
    except BaseException:
        ours.close()
        raise
    finally:
        theirs.close()
    return _Child(popen), Connection(ours.detach())


class ProcessJob(QObject):
    """A job running in the worker process; the same signals as :class:`workbench.ui.tasks.Task`."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str, bool)
    cancelled = Signal()

    def __init__(self, worker: ProcessWorker, job_id: int, name: str, temp_globs: tuple[Path, ...]) -> None:
        super().__init__(worker)
        self.worker, self.job_id, self.name = worker, job_id, name
        self.temp_globs = temp_globs
        self.started_at = time.time()
        self.done = False
        self.longest_gap_ms: float | None = None

    @property
    def waiting(self) -> bool:
        """True while the job waits in the queue for another one to end (cancelling it then is cheap)."""
        return not self.done and self.worker._job is not self

    def cancel(self) -> None:
        """Stop the job now: the worker process is terminated and a fresh one started."""
        if not self.done:
            self.worker.cancel(self)

    def _end(self) -> None:
        self.done = True

    def remove_leftovers(self) -> list[Path]:
        """Delete temporary files a killed export left (``.NAME.*.part`` beside its output)."""
        removed = []
        for pattern in self.temp_globs:
            for path in pattern.parent.glob(pattern.name):
                try:
                    if path.stat().st_mtime >= self.started_at - 1:
                        path.unlink()
                        removed.append(path)
                except OSError:
                    log.warning("could not remove %s", path)
        return removed


class ProcessWorker(QObject):
    """One pre-started worker process running one job at a time."""

    #: the worker has imported its libraries and waits for jobs
    ready = Signal()

    def __init__(self, parent: QObject | None = None, *, preload: bool = True) -> None:
        super().__init__(parent)
        self._preload = preload
        self._process: _Child | None = None
        self._conn: Connection | None = None
        self._job: ProcessJob | None = None
        self._queue: deque[tuple[ProcessJob, dict[str, Any]]] = deque()
        self._ids = itertools.count(1)
        self.is_ready = False
        self.pid: int | None = None
        self.warm_seconds: float | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # ------------------------------------------------------------------ life cycle
    @property
    def running(self) -> bool:
        """True while the child process is alive."""
        return self._process is not None and self._process.is_alive()

    @property
    def busy(self) -> bool:
        """True while a job runs."""
        return self._job is not None

    @property
    def queued(self) -> int:
        """How many jobs wait for the one running."""
        return len(self._queue)

    def start(self) -> None:
        """Start the child process if it is not running (it warms up in the background)."""
        if self.running:
            return
        try:
            self._process, self._conn = _launch(self._preload)
        except OSError as exc:
            raise WorkerError(QCoreApplication.translate(
                "ProcessWorker", "The export worker could not be started: %1").replace("%1", str(exc))) from exc
        self.is_ready = False
        self.pid = self._process.pid
        self._timer.start()

    def start_later(self, delay_ms: int = 0) -> None:
        """Start the child once the event loop is idle again (after the window has painted)."""
        QTimer.singleShot(delay_ms, self._start_quietly)

    def _start_quietly(self) -> None:
        try:
            self.start()
        except WorkerError as exc:  # the first export tries again and shows the message
            log.warning("%s", exc)

    def wait_ready(self, timeout_s: float = 60.0) -> bool:
        """Block until the worker has warmed up (for tests and benchmarks; the UI never waits)."""
        self.start()
        deadline = time.monotonic() + timeout_s
        while not self.is_ready and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            self._poll()
            time.sleep(0.005)
        return self.is_ready

    def shutdown(self) -> None:
        """Stop the child (politely, then by force)."""
        self._timer.stop()
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self.is_ready = False
        waiting = [entry[0] for entry in self._queue]
        self._queue.clear()
        if self._job is not None:
            job, self._job = self._job, None
            job._end()
            job.remove_leftovers()
            job.cancelled.emit()
        for job in waiting:
            job._end()
            job.cancelled.emit()
        if conn is not None:
            try:
                conn.send(("quit",))
            except (OSError, ValueError):
                pass
            conn.close()
        if process is not None:
            process.join(0.5)
            if process.is_alive():
                process.terminate()
                process.join(2)
            if process.is_alive():
                process.kill()
                process.join(1)

    # ------------------------------------------------------------------ jobs
    def submit(self, name: str, temp_globs: tuple[Path, ...] = (), **kwargs: Any) -> ProcessJob:
        """Run job ``name`` of :data:`workbench.jobs.worker.JOBS` with ``kwargs`` (picklable).

        Jobs run one at a time in the order submitted; one submitted while another runs waits.
        """
        self.start()
        job = ProcessJob(self, next(self._ids), name, temp_globs)
        if self._job is not None:
            self._queue.append((job, kwargs))
            return job
        if not self._send(job, kwargs):
            raise WorkerError(QCoreApplication.translate("ProcessWorker", "The export worker stopped; try again."))
        return job

    def _send(self, job: ProcessJob, kwargs: dict[str, Any]) -> bool:
        if self._conn is None:
            self.start()
        assert self._conn is not None
        try:
            self._conn.send(("run", job.job_id, job.name, kwargs))
        except (OSError, ValueError):
            log.warning("could not send job %s to the worker", job.name)
            self._kill()
            self.start_later(0)
            return False
        job.started_at = time.time()
        self._job = job
        self._timer.start()
        return True

    def _next(self) -> None:
        """Send the next waiting job, if any (the child is started if it is not running)."""
        while self._job is None and self._queue:
            job, kwargs = self._queue.popleft()
            try:
                sent = self._send(job, kwargs)
            except WorkerError as exc:
                job._end()
                job.failed.emit(str(exc), False)
                continue
            if not sent:
                job._end()
                job.failed.emit(QCoreApplication.translate("ProcessWorker", "The export worker stopped; try again."),
                                False)

    def cancel(self, job: ProcessJob) -> None:
        """Drop a waiting job; for the running one, terminate the child, remove its temporary files
        and start a fresh child (which then takes the next waiting job)."""
        for entry in list(self._queue):
            if entry[0] is job:
                self._queue.remove(entry)
                job._end()
                job.cancelled.emit()
                return
        if self._job is not job:
            return
        self._job = None
        job._end()
        self._kill()
        job.remove_leftovers()
        job.cancelled.emit()
        if self._queue:
            self._next()
        else:
            self.start_later(0)

    def _kill(self) -> None:
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self.is_ready = False
        if process is not None and process.is_alive():
            process.terminate()
            process.join(2)
            if process.is_alive():
                process.kill()
                process.join(1)
        if conn is not None:
            conn.close()

    def _restart(self) -> None:
        self._kill()
        self.start_later(0)

    def _poll(self) -> None:
        conn = self._conn
        if conn is None:
            self._timer.stop()
            return
        try:
            while conn.poll():
                self._handle(conn.recv())
                if self._conn is not conn:
                    return
        except (EOFError, OSError):
            self._died()
            return
        if self._job is None and self.is_ready:
            self._timer.stop()  # idle: nothing to read until the next job

    def _died(self) -> None:
        code = self._process.exitcode if self._process is not None else None
        log.warning("export worker exited (code %s)", code)
        job, self._job = self._job, None
        self._kill()
        self._timer.stop()
        if job is not None:
            job._end()
            job.remove_leftovers()
            job.failed.emit(QCoreApplication.translate(
                "ProcessWorker", "The export stopped unexpectedly (the worker process exited). Try again."), False)
            if self._queue:
                self._next()
            else:
                self.start_later(0)

    def _handle(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "ready":
            _, self.pid, self.warm_seconds = message
            self.is_ready = True
            log.debug("export worker %s ready in %.2f s", self.pid, self.warm_seconds)
            self.ready.emit()
            return
        job = self._job
        if job is None or message[1] != job.job_id:
            return  # a message from a job already cancelled
        if kind == "progress":
            _, _id, done, total, text = message
            job.progress.emit(done, total, text)
        elif kind == "done":
            self._job = None
            job._end()
            job.finished.emit(message[2])
            self._next()
        elif kind == "failed":
            self._job = None
            job._end()
            job.failed.emit(error_text(message[2]) if message[3] else message[2], bool(message[3]))
            self._next()


_shared: ProcessWorker | None = None


def shared_worker() -> ProcessWorker:
    """The app's one worker process (created on first use, started by :meth:`ProcessWorker.start_later`)."""
    global _shared
    if _shared is None:
        _shared = ProcessWorker(QCoreApplication.instance())
    return _shared


def temp_glob(output: Path) -> Path:
    """The temporary files an atomic write of ``output`` uses (see ``workbench.reports.safety``)."""
    return output.parent / f".{output.name}.*.part"


def run_in_worker(
    parent: QWidget,
    title: str,
    name: str,
    on_done: Any,
    on_error: Any = None,
    *,
    worker: ProcessWorker | None = None,
    temp_globs: tuple[Path, ...] = (),
    **kwargs: Any,
) -> ProcessJob:
    """Run job ``name`` in the worker process with a modal progress dialog that has Cancel."""
    from workbench.ui.tasks import show_progress

    job = (worker or shared_worker()).submit(name, temp_globs, **kwargs)
    show_progress(parent, title, job, on_done, on_error)
    return job


def export_in_worker(parent: QWidget, title: str, name: str, db: str, output: Path, on_done: Any,
                     on_error: Any, **kwargs: Any) -> ProcessJob | None:
    """Write ``output`` with job ``name`` on the project at ``db`` in the worker process: a progress dialog
    with Cancel, the file under its name only when complete (Cancel removes the temporary one). A worker
    that cannot start is told to ``on_error`` in the user's language; None then."""
    from workbench.ui.errortext import error_text

    try:
        return run_in_worker(parent, title, name, on_done, on_error, temp_globs=(temp_glob(output),), db=db,
                             output=str(output), **kwargs)
    except WorkerError as exc:
        on_error(error_text(exc))
        return None
