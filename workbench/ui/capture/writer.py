"""The capture writer: one thread that commits typed lines and drafts, so typing never waits for disk.

The screen puts jobs on a queue and goes on; the writer commits each in its own transaction
(:func:`workbench.interviews.capture.commit_line` opens its own session) and signals back. A line
is shown as saved only when :attr:`CaptureWriter.saved` arrives, i.e. after the commit returned.
Jobs run strictly in order, so a draft saved after a line never brings that line back.

In a team project, a line the server cannot take because it cannot be reached goes to the local
:class:`~workbench.store.outbox.Outbox` (on disk when :attr:`CaptureWriter.kept_locally` arrives)
and is shown "kept locally" - never "saved". Later lines of that server follow it into the outbox
so the order is kept. Every few seconds (and before the next line) the writer sends the outbox;
each line that reaches the server is reported through :attr:`CaptureWriter.saved` as usual.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import traceback
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from workbench.errors import WorkbenchError
from workbench.interviews.capture import commit_line
from workbench.interviews.planning import save_draft
from workbench.store.project import Project

log = logging.getLogger(__name__)

#: how often the writer tries to send lines kept locally (seconds)
RETRY_SECONDS = 3.0
#: the start of the message of a line kept locally (the list shows it as "kept locally")
KEPT = "\u2191"  # an arrow up: waiting to be sent


def kept_message() -> str:
    """What a line kept in the outbox says."""
    return KEPT + " " + QCoreApplication.translate(
        "CaptureWriter", "The team server cannot be reached: the line is kept on this computer and will be sent "
        "when the server is back.")


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
    kept_locally = Signal(int, str)
    draft_saved = Signal(int)


class CaptureWriter(QObject):
    """Commits capture jobs in a background thread, in order; emits on the UI thread."""

    #: (token, StatementRead) once a line is durable
    saved = Signal(int, object)
    #: (token, message) when a line could not be saved (it stays on screen, unsaved)
    failed = Signal(int, str)
    #: (token, message) when the team server is unreachable and the line is kept in the local outbox
    kept_locally = Signal(int, str)
    #: interview id whose draft is now durable
    draft_saved = Signal(int)

    def __init__(self, project: Project, parent: QObject | None = None, *, outbox: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self._outbox = outbox  # made on first need, for a team project only
        self._kept: dict[int, Any] = {}  # token -> PendingNote waiting in the outbox
        self._kept_lock = threading.Lock()  # the UI thread adopts notes, the writer thread sends them
        self._adopted_tokens = itertools.count(-1, -1)  # tokens of notes left by an earlier session
        self._queue: queue.Queue[LineJob | DraftJob | None] = queue.Queue()
        self._bridge = _Bridge()
        q = Qt.ConnectionType.QueuedConnection
        self._bridge.saved.connect(self.saved, q)
        self._bridge.failed.connect(self.failed, q)
        self._bridge.kept_locally.connect(self.kept_locally, q)
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
            if backlog:
                job = backlog.popleft()
            elif self._team:
                try:
                    job = self._queue.get(timeout=RETRY_SECONDS)
                except queue.Empty:
                    if self._kept:
                        self._send_kept()
                    continue
            else:
                job = self._queue.get()
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
                if self._team and _unreachable(exc):
                    log.info("capture writer: team server unreachable: %s", exc)
                    if isinstance(job, LineJob):
                        self._bridge.failed.emit(job.token, _first_line(exc))
                    continue
                log.error("capture writer failed:\n%s", traceback.format_exc())
                if isinstance(job, LineJob):
                    self._bridge.failed.emit(job.token, f"{type(exc).__name__}: {exc}")
            finally:
                self._done()

    # ------------------------------------------------------------------ outbox (team projects)
    @property
    def _team(self) -> bool:
        return getattr(self.project, "path", None) is None

    @property
    def outbox(self) -> Any:
        """The local outbox (team projects)."""
        if self._outbox is None:
            from workbench.store.outbox import Outbox

            self._outbox = Outbox()
        return self._outbox

    @property
    def kept_count(self) -> int:
        """How many lines of this writer wait in the outbox."""
        return len(self._kept)

    def adopt(self, interview_id: int) -> list[tuple[int, Any]]:
        """The lines of an interview waiting in the outbox, with their tokens (notes an earlier session
        left there get new, negative tokens); the writer sends them and reports each as saved."""
        if not self._team:
            return []
        with self._kept_lock:
            tokens = {note.id: token for token, note in self._kept.items()}
            found = []
            for note in self.outbox.pending(self.project.url, interview_id):
                token = tokens.get(note.id)
                if token is None:
                    token = next(self._adopted_tokens)
                    self._kept[token] = note
                found.append((token, note))
        return found

    def _keep(self, job: LineJob) -> None:
        opts = job.options
        note = self.outbox.put(self.project.url, interview_id=job.interview_id, line=job.line, user=self.project.user,
                               kind=opts.get("kind"), severity=opts.get("severity"),
                               is_quote=bool(opts.get("is_quote")), is_followup=bool(opts.get("is_followup")),
                               guide_question_id=opts.get("guide_question_id"))
        with self._kept_lock:
            self._kept[job.token] = note
        self._bridge.kept_locally.emit(job.token, kept_message())

    def _send_kept(self) -> None:
        """Send the outbox; report each kept line that reached the server as saved."""
        from workbench.store.outbox import find_sent

        try:
            self.outbox.flush(self.project)
            waiting = {n.id for n in self.outbox.pending(self.project.url)}
            with self._kept_lock:
                kept = list(self._kept.items())
            for token, note in kept:
                if note.id in waiting:
                    continue
                read = find_sent(self.project, note)
                if read is not None:
                    with self._kept_lock:
                        self._kept.pop(token, None)
                    self._bridge.saved.emit(token, read)
        except Exception as exc:  # noqa: BLE001 - still unreachable: the lines stay kept
            log.info("outbox not sent yet: %s", _first_line(exc))

    def _commit(self, job: LineJob) -> None:
        if job.token in self._kept:  # already in the outbox (the screen retries failed lines)
            self._bridge.kept_locally.emit(job.token, kept_message())
            return
        if self._team and (self._kept or self.outbox.count(self.project.url)):
            self._send_kept()
            if self.outbox.pending(self.project.url, job.interview_id):
                self._keep(job)  # earlier lines still wait: this one goes after them
                return
        try:
            read = commit_line(self.project, interview_id=job.interview_id, line=job.line, **job.options)
        except Exception as exc:
            if not (self._team and _unreachable(exc)):
                raise
            log.info("team server unreachable, line kept locally: %s", _first_line(exc))
            self._keep(job)
            return
        self._bridge.saved.emit(job.token, read)

    def _do(self, job: LineJob | DraftJob) -> None:
        if isinstance(job, LineJob):
            self._commit(job)
        else:
            save_draft(self.project, interview_id=job.interview_id, text=job.text)
            self._bridge.draft_saved.emit(job.interview_id)


def _unreachable(exc: BaseException) -> bool:
    from workbench.store.team import is_unreachable

    return is_unreachable(exc)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
