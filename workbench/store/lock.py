"""One app window per project file: an advisory lock taken by the app when it opens a project.

Two windows on one project would each keep their own undo history and views of the same rows, so a
second *app instance* is refused with a message that says where the project is open. Command-line
tools (``notes add``, ``import``, ``info``) do not take the lock: SQLite's own locking and the
stale-edit checks keep their writes safe while the app is open.

The lock is taken on ``<project>.lock`` beside the file (never on the database file itself:
closing any descriptor of the database would drop SQLite's own ``fcntl`` locks), so nothing stale is
left when a process dies: the operating system drops the lock with the process. The lock file also
says who holds it, for the message, and is removed by the last holder. Within one process a project
may be locked many times (tests, File > Open of the same file); the lock is counted and dropped with
the last holder.

* **POSIX** (Linux, macOS): ``flock(LOCK_EX | LOCK_NB)`` on the whole lock file.
* **Windows**: ``msvcrt.locking(LK_NBLCK)`` on one byte at offset ``WINDOWS_LOCK_OFFSET`` (1 GiB),
  far past the holder's JSON. Windows byte-range locks are mandatory, so locking byte 0 would stop
  the second window from reading who holds the project; a byte beyond the end of the file can be
  locked without growing it. Windows cannot delete a file that is open, so the last holder unlocks
  and closes first, then removes the file (if another window has opened it meanwhile, it stays).
  Windows has no shared lock, so :func:`is_locked_elsewhere` probes by taking and dropping the
  byte at once (a window opening at that very instant could be refused once). This branch cannot
  run on the Linux test machines; its logic is the POSIX one with these two
  differences, and the POSIX path is what the tests exercise.
* Elsewhere, or on a file system that cannot lock (some network shares), the app carries on
  without the lock: SQLite still keeps the data consistent.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from workbench.errors import ProjectOpenError

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]

#: the byte locked on Windows: far past the holder's JSON, which must stay readable
WINDOWS_LOCK_OFFSET = 1 << 30
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation

log = logging.getLogger(__name__)

_held: dict[str, _Held] = {}
_guard = threading.Lock()


@dataclass
class _Held:
    fd: int
    count: int


class ProjectLockedError(ProjectOpenError):
    """The project is open in another Workbench window."""


def _can_lock() -> bool:
    return fcntl is not None or msvcrt is not None


def _try_lock(fd: int, *, shared: bool = False) -> None:
    """Lock the open lock file without waiting; BlockingIOError if another process holds it."""
    if fcntl is not None:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        return
    os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)  # pragma: no cover - Windows
    try:  # pragma: no cover - Windows
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # (Windows has no shared locks: a probe takes it briefly)
    except PermissionError as exc:  # pragma: no cover - Windows: EACCES, the byte is locked
        raise BlockingIOError(*exc.args) from exc
    except OSError as exc:  # pragma: no cover - Windows: EDEADLOCK after the one try
        if exc.errno in (errno.EACCES, errno.EDEADLOCK):
            raise BlockingIOError(*exc.args) from exc
        raise
    finally:  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)


def _unlock(fd: int) -> None:
    """Let the lock go before closing (POSIX drops it on close; Windows is told explicitly)."""
    if msvcrt is None or fcntl is not None:
        return
    try:  # pragma: no cover - Windows
        os.lseek(fd, WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    except OSError as exc:  # pragma: no cover - Windows: closing the handle unlocks as well
        log.debug("unlock: %s", exc)


def info_path(path: Path) -> Path:
    """The small file that says who holds the lock of ``path``."""
    return path.with_name(path.name + ".lock")


def _holder_text(path: Path) -> str:
    try:
        data = json.loads(info_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "in another Workbench window"
    since = str(data.get("since", ""))[:16].replace("T", " ")
    who = data.get("user") or "someone"
    host = data.get("host") or "this computer"
    return f"in another Workbench window (by {who} on {host}, process {data.get('pid')}, since {since} UTC)"


class ProjectLock:
    """A held lock on a project file; :meth:`release` (or closing the project) lets it go."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._released = False

    def release(self) -> None:
        """Let the lock go (once); the last holder in this process unlocks the file."""
        if self._released:
            return
        self._released = True
        key = str(self.path)
        with _guard:
            held = _held.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _held[key]
            if fcntl is not None:  # POSIX: remove, then close (closing the descriptor drops the flock)
                _remove_info(self.path)
                os.close(held.fd)
            else:  # Windows: an open file cannot be removed
                _unlock(held.fd)
                os.close(held.fd)
                _remove_info(self.path)


def _remove_info(path: Path) -> None:
    try:
        info_path(path).unlink(missing_ok=True)
    except OSError:  # Windows: another window has it open by now; it stays
        pass


def _lock_file(lock_path: Path) -> int | None:
    """Open and flock ``lock_path``; the descriptor, or None if the file system cannot lock."""
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | _BINARY, 0o644)
        try:
            _try_lock(fd)
        except BlockingIOError:
            os.close(fd)
            raise
        except OSError as exc:  # a file system without flock: carry on without the lock
            os.close(fd)
            log.warning("cannot lock %s: %s", lock_path, exc)
            return None
        if fcntl is None:  # pragma: no cover - Windows: an open file is never removed under us
            return fd
        try:  # the holder before us may have removed the file just now: lock the one that is there
            if os.fstat(fd).st_ino == os.stat(lock_path).st_ino:
                return fd
        except FileNotFoundError:
            pass
        os.close(fd)


def acquire(path: Path, *, user: str = "") -> ProjectLock:
    """Lock ``path`` for this app instance, or raise :class:`ProjectLockedError` saying who holds it."""
    path = Path(path).resolve()
    key = str(path)
    lock_path = info_path(path)
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return ProjectLock(path)
        if not _can_lock():
            return ProjectLock(path)
        try:
            fd = _lock_file(lock_path)
        except BlockingIOError as exc:
            raise ProjectLockedError(
                f"{path.name} is already open {_holder_text(path)}. Switch to that window, or close the "
                "project there first; nothing has been changed. To work on it here anyway, use File > Save "
                "a Copy… there and open the copy.") from exc
        except OSError as exc:  # a read-only folder: no lock file possible, carry on without it
            log.warning("cannot create %s: %s", lock_path, exc)
            return ProjectLock(path)
        if fd is None:
            return ProjectLock(path)
        _held[key] = _Held(fd, 1)
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps({
            "pid": os.getpid(), "host": socket.gethostname(), "user": user,
            "since": datetime.now(UTC).isoformat(timespec="seconds"),
        }).encode("utf-8"))
    return ProjectLock(path)


def is_locked_elsewhere(path: Path) -> bool:
    """True if another process holds the app lock on ``path`` (this process's own locks do not count)."""
    path = Path(path).resolve()
    lock_path = info_path(path)
    if not _can_lock() or str(path) in _held or not lock_path.exists():
        return False
    try:
        # (Windows: a byte-range lock needs read or write access; read-write, as the holder opened it)
        fd = os.open(lock_path, (os.O_RDONLY if fcntl is not None else os.O_RDWR) | _BINARY)
    except (FileNotFoundError, PermissionError):
        return False
    try:
        _try_lock(fd, shared=True)
    except BlockingIOError:
        return True
    except OSError:
        return False
    else:
        _unlock(fd)
    finally:
        os.close(fd)
    return False
