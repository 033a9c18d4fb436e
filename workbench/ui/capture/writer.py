"""The capture writer: one thread that commits typed lines and drafts, so typing never waits for disk.

The screen puts jobs on a queue and goes on; the writer commits each in its own transaction
(:func:`workbench.interviews.capture.commit_line` opens its own session) and signals back. A line
is shown as saved only when :attr:`CaptureWriter.saved` arrives, i.e. after the commit returned.
Jobs run strictly in order, so a draft saved after a line never brings that line back.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from workbench.errors import WorkbenchError
from workbench.interviews.capture import commit_line
from workbench.interviews.planning import save_draft
from workbench.store.project import Project

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LineJob:
    """A typed line to commit; ``token`` ties the answer to the pending row on screen."""

    token: int
    interview_id: int
    line: str
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DraftJob:
    """The text being typed, to keep on pause."""

    interview_id: int
    text: str


class _Bridge(QObject):
    saved = Signal(int, object)
    failed = Signal(int, str)
    draft_saved = Signal(int)


class CaptureWriter(QObject):
    """Commits capture jobs in a background thread, in order; emits on the UI thread."""

    #: (token, StatementRead) once a line is durable
    saved = Signal(int, object)
    #: (token, message) when a line could not be saved (it stays on screen, unsaved)
    failed = Signal(int, str)
    #: interview id whose draft is now durable
    draft_saved = Signal(int)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._queue: queue.Queue[LineJob | DraftJob | None] = queue.Queue()
        self._bridge = _Bridge()
        q = Qt.ConnectionType.QueuedConnection
        self._bridge.saved.connect(self.saved, q)
        self._bridge.failed.connect(self.failed, q)
        self._bridge.draft_saved.connect(self.draft_saved, q)
        self._cond = threading.Condition()
        self._pending = 0
        self._thread = threading.Thread(target=self._run, name="capture-writer", daemon=True)
        self._thread.start()

    def submit(self, job: LineJob | DraftJob) -> None:
        """Queue a job; returns at once."""
        with self._cond:
            self._pending += 1
        self._queue.put(job)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every queued job is committed (used on close and in tests)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._pending == 0, timeout)

    @property
    def busy(self) -> bool:
        """True while jobs are queued or being committed."""
        with self._cond:
            return self._pending > 0

    def stop(self, timeout: float = 10.0) -> None:
        """Finish the queued jobs and end the thread."""
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join(timeout)

    def _done(self, count: int = 1) -> None:
        with self._cond:
            self._pending -= count
            self._cond.notify_all()

    def _run(self) -> None:
        backlog: deque[LineJob | DraftJob | None] = deque()
        while True:
            job = backlog.popleft() if backlog else self._queue.get()
            if job is None:
                return
            while True:
                try:
                    backlog.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            nxt = backlog[0] if backlog else None
            if isinstance(job, DraftJob) and isinstance(nxt, DraftJob) and nxt.interview_id == job.interview_id:
                self._done()  # a newer draft of the same interview follows: only that one matters
                continue
            try:
                self._do(job)
            except WorkbenchError as exc:
                if isinstance(job, LineJob):
                    self._bridge.failed.emit(job.token, str(exc))
            except Exception as exc:  # noqa: BLE001 - the line stays unsaved on screen; logged
                log.error("capture writer failed:\n%s", traceback.format_exc())
                if isinstance(job, LineJob):
                    self._bridge.failed.emit(job.token, f"{type(exc).__name__}: {exc}")
            finally:
                self._done()

    def _do(self, job: LineJob | DraftJob) -> None:
        if isinstance(job, LineJob):
            read = commit_line(self.project, interview_id=job.interview_id, line=job.line, **job.options)
            self._bridge.saved.emit(job.token, read)
        else:
            save_draft(self.project, interview_id=job.interview_id, text=job.text)
            self._bridge.draft_saved.emit(job.interview_id)
