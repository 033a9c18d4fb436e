"""The Windows branch of the project lock, run here with a byte-range stand-in for ``msvcrt``.

Windows cannot run in this suite, so these tests swap ``fcntl`` out of :mod:`workbench.store.lock`
and put in an ``msvcrt`` whose ``locking()`` behaves as Windows documents it (a mandatory lock on
``n`` bytes at the current position, ``PermissionError`` when another process holds them), built on
POSIX record locks. They check the parts that differ from POSIX: the byte locked far past the
holder's JSON (which stays readable and small), the write at offset 0, unlock-close-remove order.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from workbench.store import lock

_STAND_IN = textwrap.dedent("""
    import errno, fcntl, os, sys, types
    from workbench.store import lock

    def locking(fd, mode, nbytes):
        try:
            if mode == 0:  # LK_UNLCK
                fcntl.lockf(fd, fcntl.LOCK_UN, nbytes, 0, os.SEEK_CUR)
            else:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, nbytes, 0, os.SEEK_CUR)
        except BlockingIOError as exc:
            raise PermissionError(errno.EACCES, "Permission denied") from exc

    lock.msvcrt = types.SimpleNamespace(locking=locking, LK_UNLCK=0, LK_NBLCK=2)
    lock.fcntl = None
""")

_HOLD = _STAND_IN + textwrap.dedent("""
    held = lock.acquire(__import__("pathlib").Path(sys.argv[1]), user="Анна")
    print("holding", flush=True)
    sys.stdin.readline()
    held.release()
    print("released", flush=True)
    sys.stdin.readline()
""")

_PROBE = _STAND_IN + textwrap.dedent("""
    from pathlib import Path
    path = Path(sys.argv[1])
    print("elsewhere" if lock.is_locked_elsewhere(path) else "free")
    try:
        lock.acquire(path).release()
        print("acquired")
    except lock.ProjectLockedError as exc:
        print(exc)
""")


def _probe(path: Path) -> list[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, timeout=60,
                         check=True)
    return out.stdout.splitlines()


def test_byte_range_lock_refuses_a_second_process_and_leaves_the_holder_readable(tmp_path: Path) -> None:
    """Held: another process is refused with who holds it (the JSON is readable, the file small); released: free."""
    project = tmp_path / "p.wbp"
    project.write_bytes(b"")
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(project)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        info = lock.info_path(project.resolve())
        assert info.stat().st_size < 1024  # the byte locked far out did not grow the file
        status, message = _probe(project)
        assert status == "elsewhere"
        assert "already open in another Workbench window (by Анна" in message and str(holder.pid) in message
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "released"
        assert not info.exists()
        assert _probe(project) == ["free", "acquired"]
    finally:
        holder.kill()
        holder.wait(10)
