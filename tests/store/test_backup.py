"""Rolling backups: taken on open and before risky changes, pruned like Anki, every one restorable."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workbench.interviews.capture import add_statement
from workbench.store.backup import (
    BackupError,
    BackupInfo,
    Retention,
    backup_before,
    backup_counts,
    backup_file,
    choose_kept,
    list_backups,
    prune_backups,
    restore_backup,
)
from workbench.store.project import open_project


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def _statements(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM statement").fetchone()[0])
    finally:
        conn.close()


def test_open_backs_up_once_and_only_after_changes(demo_path: Path) -> None:
    """Opening takes a backup; opening again unchanged takes none; after a change the next open does."""
    open_project(demo_path).close()
    assert [b.reason for b in list_backups(demo_path)] == ["open"]
    open_project(demo_path).close()
    assert len(list_backups(demo_path)) == 1
    project = open_project(demo_path)
    add_statement(project, interview_id=1, line="pain: new after the first backup")
    project.close()
    open_project(demo_path).close()
    backups = list_backups(demo_path)
    assert len(backups) == 2
    assert backup_counts(backups[0].path)["statements"] == backup_counts(backups[1].path)["statements"] + 1


def test_backup_before_names_the_reason_and_is_sound(demo_project) -> None:  # type: ignore[no-untyped-def]
    """backup_before(project, reason) writes a sound backup named for the reason, with the same counts."""
    path = backup_before(demo_project, "import-partners")
    assert path is not None and path.exists()
    assert ".before-import-partners.wbk" in path.name
    assert _integrity(path) == "ok"
    assert _statements(path) == _statements(demo_project.path)
    assert not list(path.parent.glob("*.part"))


def test_every_backup_restores_with_its_own_counts(demo_path: Path, tmp_path: Path) -> None:
    """Six backups taken between changes each restore into a new file that is sound and holds its counts."""
    project = open_project(demo_path, backup=False)
    expected: dict[Path, int] = {}
    try:
        for round_ in range(6):
            for n in range(round_ + 1):
                add_statement(project, interview_id=1, line=f"gain: round {round_} line {n}")
            backup = backup_before(project, f"round-{round_}")
            assert backup is not None
            expected[backup] = _statements(demo_path)
    finally:
        project.close()
    listed = list_backups(demo_path)
    assert {b.path for b in listed} == set(expected)
    for number, info in enumerate(listed):
        target = tmp_path / f"restored-{number}.wbp"
        restore_backup(info.path, target)
        assert _integrity(target) == "ok"
        assert _statements(target) == expected[info.path]
        reopened = open_project(target)  # a restored file is a working project
        reopened.close()


def test_restore_over_the_project_keeps_a_safety_backup(demo_path: Path) -> None:
    """Replacing the project with a backup first backs up the current state, so the restore can be undone."""
    project = open_project(demo_path, backup=False)
    first = backup_before(project, "manual")
    add_statement(project, interview_id=1, line="pain: written after the backup")
    project.close()
    after_change = _statements(demo_path)
    assert first is not None
    safety = restore_backup(first, demo_path, replace=True)
    assert safety is not None and "before-restore" in safety.name
    assert _statements(demo_path) == after_change - 1
    assert _statements(safety) == after_change
    assert _integrity(demo_path) == "ok"
    open_project(demo_path).close()


def test_restore_into_an_existing_file_is_refused(demo_path: Path, tmp_path: Path) -> None:
    """Restoring into a new file never overwrites a file that exists."""
    backup = backup_file(demo_path, "manual")
    other = tmp_path / "taken.wbp"
    other.write_text("mine")
    with pytest.raises(BackupError, match="already exists"):
        restore_backup(backup, other)
    assert other.read_text() == "mine"


def test_backup_is_consistent_while_another_connection_writes(demo_path: Path) -> None:
    """A backup taken while statements are being written is sound and holds a whole number of them."""
    project = open_project(demo_path, backup=False)
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            add_statement(project, interview_id=1, line=f"job: concurrent {n}")
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        backups = [backup_file(demo_path, f"live-{i}") for i in range(5)]
    finally:
        stop.set()
        thread.join()
        project.close()
    counts = [_statements(b) for b in backups]
    assert all(_integrity(b) == "ok" for b in backups)
    assert counts == sorted(counts)


def test_retention_keeps_recent_daily_weekly_monthly() -> None:
    """Of two years of hourly backups, Anki-style retention keeps few, the newest, and one per month."""
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    backups = [BackupInfo(Path(f"/b/{i}.wbk"), now - timedelta(hours=i * 7), "periodic", 1) for i in range(2500)]
    retention = Retention(recent=5, daily=7, weekly=4, monthly=12)
    kept = choose_kept(backups, retention, now=now)
    assert backups[0].path in kept
    assert all(b.path in kept for b in backups[:5])
    assert len(kept) <= 5 + 7 + 4 + 12
    months = {(b.taken_at.year, b.taken_at.month) for b in backups if b.path in kept}
    assert len(months) >= 12
    days = {b.taken_at.date() for b in backups if b.path in kept}
    assert len(days) >= 7


def test_prune_deletes_files_retention_does_not_keep(demo_path: Path) -> None:
    """Pruning removes the surplus backup files and keeps the newest."""
    made = [backup_file(demo_path, f"n{i}", Retention(recent=100)) for i in range(6)]
    removed = prune_backups(demo_path, Retention(recent=2, daily=1, weekly=1, monthly=1))
    left = [b.path for b in list_backups(demo_path)]
    assert made[-1] in left and made[-2] in left
    assert len(left) == 2 and len(removed) == 4


def test_unwritable_backup_folder_gives_a_clear_error_and_open_still_works(demo_path: Path) -> None:
    """When the backups folder cannot be made, backup_before says why; opening the project still works."""
    (demo_path.parent / "backups").write_text("a file where the folder should be")
    project = open_project(demo_path)
    try:
        with pytest.raises(BackupError, match="could not be written"):
            backup_before(project, "import-partners")
    finally:
        project.close()


def test_check_command_says_sound_or_names_a_good_backup(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`workbench check` passes a sound project and, for a damaged one, names the newest good backup."""
    from workbench.cli import main

    assert main(["check", "--db", str(demo_path)]) == 0
    assert "Nothing to do" in capsys.readouterr().out
    good = backup_file(demo_path, "manual")
    data = bytearray(demo_path.read_bytes())
    for offset in range(8192, len(data), 4096):  # smash every page after the first two
        data[offset + 100: offset + 400] = b"\xff" * 300
    demo_path.write_bytes(bytes(data))
    assert main(["check", "--db", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert "DAMAGED" in out and good.name in out and "Restore from Backup" in out


def test_check_json_reports_ok_and_backups(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`workbench check --json` answers one JSON object with ok, problems, advice and the backup count."""
    import json

    from workbench.cli import main

    backup_file(demo_path, "manual")
    assert main(["check", "--db", str(demo_path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["problems"] == [] and report["backups"] == 1
    assert report["good_backup"].endswith(".manual.wbk")
