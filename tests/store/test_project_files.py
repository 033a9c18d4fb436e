"""Awkward project files: not SQLite, read-only, open in another window, full disk — clear words, no loss."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from workbench.errors import ProjectOpenError, WorkbenchError
from workbench.interviews.capture import add_statement
from workbench.store.lock import ProjectLockedError, is_locked_elsewhere
from workbench.store.project import DiskFullError, open_project


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _statements(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT text FROM statement ORDER BY id")]
    finally:
        conn.close()


@pytest.mark.parametrize("content", [
    b"", b"hello, world\n", os.urandom(5000), b"SQLite format 3\x00" + b"\x00" * 80,
    b"PK\x03\x04" + b"\x00" * 200,
], ids=["empty", "text", "random", "truncated-sqlite", "zip"])
def test_files_that_are_not_projects_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    """Empty, text, random, truncated or zip files are refused with a clear message and left byte-identical."""
    path = tmp_path / "thing.wbp"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(ProjectOpenError) as caught:
        open_project(path, lock=True)
    message = str(caught.value)
    assert "Traceback" not in message and len(message) < 400
    assert any(w in message for w in ("not a Workbench project", "Cannot open", "empty"))
    assert _digest(path) == before
    assert not (tmp_path / "backups").exists()


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    """A folder given as the project says it is a folder."""
    with pytest.raises(ProjectOpenError, match="is a folder"):
        open_project(tmp_path)


def test_read_only_file_is_refused_with_advice_and_untouched(demo_path: Path) -> None:
    """A file marked read-only is refused before anything is written, with advice to make it writable."""
    before = _digest(demo_path)
    demo_path.chmod(0o444)
    try:
        with pytest.raises(ProjectOpenError, match="read-only.*writable"):
            open_project(demo_path)
        assert _digest(demo_path) == before
        assert not Path(str(demo_path) + "-wal").exists()
    finally:
        demo_path.chmod(0o644)


_HOLDER = """
import sys
from workbench.store.project import open_project
project = open_project(sys.argv[1], lock=True)
print("holding", flush=True)
sys.stdin.readline()
project.close()
"""


def test_second_instance_is_refused_while_the_first_keeps_working(demo_path: Path) -> None:
    """While another app instance holds the project, a second is told who has it; after that one dies
    (even by SIGKILL) the project opens normally and nothing was lost."""
    holder = subprocess.Popen([sys.executable, "-c", _HOLDER, str(demo_path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        assert is_locked_elsewhere(demo_path)
        count = len(_statements(demo_path))
        with pytest.raises(ProjectLockedError, match=f"already open in another Workbench window.*{holder.pid}"):
            open_project(demo_path, lock=True)
        # command-line tools do not take the app lock and still work alongside the app
        project = open_project(demo_path)
        add_statement(project, interview_id=1, line="pain: added by a script while the app is open")
        project.close()
        assert len(_statements(demo_path)) == count + 1
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    assert not is_locked_elsewhere(demo_path)
    project = open_project(demo_path, lock=True)
    assert project.lock is not None
    project.close()
    assert not Path(str(demo_path) + ".lock").exists()


def test_one_process_may_lock_the_same_project_twice(demo_path: Path) -> None:
    """Within one process the lock is counted: two opens, two closes, then the file is free."""
    first = open_project(demo_path, lock=True)
    second = open_project(demo_path, lock=True)
    first.close()
    assert Path(str(demo_path) + ".lock").exists()
    second.close()
    assert not Path(str(demo_path) + ".lock").exists()


def _limit_pages(project: Any) -> None:
    """Make every new connection of the project unable to grow the file (SQLite reports SQLITE_FULL)."""
    def _cap(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    project.engine.dispose()
    event.listen(project.engine, "connect", _cap)


def test_full_disk_is_a_clear_message_and_loses_nothing_saved(demo_path: Path) -> None:
    """When SQLite cannot grow the file, the change is refused with a 'disk is full' message; every
    statement saved before is still there and the file is sound."""
    project = open_project(demo_path, backup=False)
    try:
        saved = add_statement(project, interview_id=1, line="pain: saved before the disk filled up")
        _limit_pages(project)
        with pytest.raises(DiskFullError) as caught:
            for n in range(200):
                add_statement(project, interview_id=1, line=f"gain: {n} " + "x" * 15_000)
        assert "disk is full" in str(caught.value) and "NOT saved" in str(caught.value)
        assert isinstance(caught.value, WorkbenchError)
    finally:
        project.close()
    texts = _statements(demo_path)
    assert "pain: saved before the disk filled up" in texts or "saved before the disk filled up" in texts
    assert saved.id is not None
    conn = sqlite3.connect(demo_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    again = open_project(demo_path)  # with space again, work goes on
    add_statement(again, interview_id=1, line="job: space is back")
    again.close()


def test_storage_errors_map_to_clear_messages() -> None:
    """SQLite's 'database or disk is full' becomes the disk-full message; other errors are not disguised."""
    from workbench.store.project import DISK_FULL_MESSAGE, storage_error

    error = storage_error(sqlite3.OperationalError("database or disk is full"))
    assert isinstance(error, DiskFullError) and str(error) == DISK_FULL_MESSAGE
    assert storage_error(sqlite3.OperationalError("no such table: x")) is None
