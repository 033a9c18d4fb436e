"""Other people's changes appear without a restart; an outage is said plainly and notes typed in it are sent later.

:class:`RemoteUpdates` runs a :class:`~workbench.store.team.ChangeWatcher` in a background thread
for a team project (PostgreSQL: ``LISTEN``, so a colleague's save shows within a moment). When someone
else commits, it asks every view to reload (``ctx.changed`` with everything, debounced so a burst of
saves is one reload). When the server cannot be reached it says so in the status bar and retries;
when it is back it sends the notes kept in the local outbox (:mod:`workbench.store.outbox`) and says
how many went. Project files are not watched: the app lock keeps a second window out of them.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.ops import Changes
from workbench.ui.context import AppContext

log = logging.getLogger(__name__)

RETRY_SECONDS = (1.0, 2.0, 5.0, 10.0)


class RemoteUpdates(QObject):
    """Watches the open team project for changes by others, off the UI thread."""

    #: someone else committed a change (emitted from the worker; delivered on the UI thread)
    remote_changed = Signal()
    #: the server went away (False, reason) or came back (True, "")
    connection_changed = Signal(bool, str)
    #: notes kept during an outage were sent (how many, how many still wait, why it stopped)
    outbox_flushed = Signal(int, int, str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, debounce_ms: int = 300) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.online = True
        self._stop: threading.Event | None = None
        self._thread: threading.Thread | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(debounce_ms)
        self._debounce.timeout.connect(self._reload)
        self.remote_changed.connect(self._debounce.start)
        self.connection_changed.connect(self._on_connection)
        self.outbox_flushed.connect(self._on_flushed)
        ctx.project_replaced.connect(self.start)

    @property
    def running(self) -> bool:
        """True while a watcher thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Watch the current project (restarting for a new one); does nothing for a project file."""
        self.stop()
        project = self.ctx.project
        if project.path is not None:
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(project, self._stop), name="remote-updates",
                                        daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop watching and wait for the thread (at most a couple of seconds)."""
        if self._stop is not None:
            self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        self._thread = None
        self._stop = None
        self._debounce.stop()

    # ------------------------------------------------------------------ worker thread
    def _run(self, project: object, stop: threading.Event) -> None:
        from workbench.store.outbox import Outbox
        from workbench.store.team import ChangeWatcher, is_unreachable

        attempt = 0
        while not stop.is_set():
            watcher = None
            try:
                watcher = ChangeWatcher(project.engine, project.url)  # type: ignore[attr-defined]
                if attempt:
                    self.connection_changed.emit(True, "")
                attempt = 0
                self._flush(Outbox(), project, stop)
                while not stop.is_set():
                    if watcher.wait(0.5):
                        self.remote_changed.emit()
            except Exception as exc:  # noqa: BLE001 - any failure of the connection: say so and retry
                reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0] if str(exc).strip() else ""
                if not is_unreachable(exc):
                    log.warning("remote updates stopped by an error", exc_info=True)
                if attempt == 0:
                    self.connection_changed.emit(False, reason)
                stop.wait(RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)])
                attempt += 1
            finally:
                if watcher is not None:
                    try:
                        watcher.close()
                    except Exception:  # noqa: BLE001 - already gone
                        log.debug("closing the watcher failed", exc_info=True)

    def _flush(self, outbox: object, project: object, stop: threading.Event) -> None:
        if not outbox.count(project.url):  # type: ignore[attr-defined]
            return
        result = outbox.flush(project, cancelled=stop.is_set)  # type: ignore[attr-defined]
        self.outbox_flushed.emit(result.sent, result.left, result.error)

    # ------------------------------------------------------------------ UI thread
    def _reload(self) -> None:
        self.ctx.changed.emit(Changes.everything())
        self.ctx.status.emit(self.tr("Updated with changes from your team"))

    def _on_connection(self, up: bool, reason: str) -> None:
        self.online = up
        if up:
            self.ctx.status.emit(self.tr("Connected to the team server again"))
            self._reload()
        else:
            self.ctx.status.emit(self.tr("The team server cannot be reached (%1); retrying. Notes you type are "
                                         "kept on this computer.").replace("%1", reason or "-"))

    def _on_flushed(self, sent: int, left: int, error: str) -> None:
        if sent:
            self.ctx.changed.emit(Changes(statements=True, interviews=True))
        if left:
            self.ctx.status.emit(self.tr("%1 notes typed offline were sent; %2 still wait: %3")
                                 .replace("%1", str(sent)).replace("%2", str(left)).replace("%3", error))
        elif sent:
            self.ctx.status.emit(self.tr("%1 notes typed offline were sent to the team server").replace("%1", str(sent)))
