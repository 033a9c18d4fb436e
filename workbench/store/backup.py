"""Backups of SQLite projects through SQLite's online backup API (never a file copy).

Backups live in a ``backups`` folder beside the project, one file per backup, named
``<stem>.<UTC stamp>.<reason>.wbk``. They are taken when a project is opened (if it changed since the
newest backup), every few minutes in the app while there are changes, and before migrations, imports
and restores (:func:`backup_before`). Retention follows Anki: the most recent few are all kept, then
one per day, one per week and one per month, so an old mistake can still be undone months later
without the folder growing without end.

A backup is written under a temporary ``.part`` name and renamed when complete, so a crash never
leaves a half-written backup that looks like a real one.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError

if TYPE_CHECKING:
    from workbench.store.project import Project

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".wbk"
STAMP_FORMAT = "%Y%m%d-%H%M%S-%f"
_NAME_RE = re.compile(r"^(?P<stem>.+)\.(?P<stamp>\d{8}-\d{6}-\d{6})\.(?P<reason>[\w-]+)\.wbk$")
#: the tables whose row counts describe a backup in the restore dialog
COUNTED_TABLES: tuple[tuple[str, str], ...] = (
    ("partners", "partner"), ("interviews", "interview"), ("statements", "statement"),
    ("cards", "card"), ("backlog_items", "backlog_item"),
)


@dataclass(frozen=True)
class Retention:
    """How many backups to keep: all of the newest ``recent``, then one per day/week/month."""

    recent: int = 8
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


DEFAULT_RETENTION = Retention()


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken (UTC), why, and its size in bytes."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


class BackupError(WorkbenchError):
    """A backup could not be written or restored."""


def backup_folder(project_path: Path) -> Path:
    """The folder holding the backups of the project file ``project_path``."""
    return project_path.parent / "backups"


def backup_name(src: Path, reason: str, *, now: datetime | None = None) -> Path:
    """Where a backup of ``src`` taken for ``reason`` goes: a ``backups`` folder beside the project."""
    stamp = (now or datetime.now(UTC)).strftime(STAMP_FORMAT)
    safe = re.sub(r"[^\w-]+", "-", reason).strip("-") or "manual"
    return backup_folder(src) / f"{src.stem}.{stamp}.{safe}{BACKUP_SUFFIX}"


def backup_sqlite(src: Path, dst: Path) -> Path:
    """Copy the live database ``src`` into ``dst`` consistently, even while others write to it.

    The copy is written under a temporary name and renamed, so ``dst`` is never half-written.
    """
    tmp = dst.with_name(dst.name + ".part")
    try:
        dst.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
            finally:
                target.close()
        finally:
            source.close()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(dst)
    except sqlite3.Error as exc:
        _discard(tmp)
        raise BackupError(f"The backup of {src.name} could not be written: {exc}.") from exc
    except OSError as exc:
        _discard(tmp)
        raise BackupError(f"The backup of {src.name} could not be written to {dst.parent}: "
                          f"{exc.strerror or exc}.") from exc
    log.info("backed up %s to %s", src, dst)
    return dst


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def list_backups(project_path: Path) -> list[BackupInfo]:
    """The backups of ``project_path``, newest first (half-written ``.part`` files are not listed)."""
    folder = backup_folder(project_path)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for entry in folder.iterdir():
        match = _NAME_RE.match(entry.name)
        if not match or match["stem"] != project_path.stem or not entry.is_file():
            continue
        taken = datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=UTC)
        found.append(BackupInfo(entry, taken, match["reason"], entry.stat().st_size))
    found.sort(key=lambda b: b.taken_at, reverse=True)
    return found


def backup_counts(path: Path) -> dict[str, int]:
    """Row counts of a backup (partners, interviews, statements, ...), read without changing it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        counts = {}
        for key, table in COUNTED_TABLES:
            try:
                counts[key] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])  # noqa: S608
            except sqlite3.Error:
                counts[key] = 0
        return counts
    finally:
        conn.close()


def choose_kept(backups: list[BackupInfo], retention: Retention = DEFAULT_RETENTION,
                *, now: datetime | None = None) -> set[Path]:
    """The backups to keep under ``retention``: the newest ``recent`` ones, and the newest backup of
    each of the last ``daily`` days, ``weekly`` ISO weeks and ``monthly`` months."""
    now = now or datetime.now(UTC)
    ordered = sorted(backups, key=lambda b: b.taken_at, reverse=True)
    kept = {b.path for b in ordered[: retention.recent]}
    for limit, key in (
        (retention.daily, lambda d: d.date()),
        (retention.weekly, lambda d: tuple(d.isocalendar())[:2]),
        (retention.monthly, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for backup in ordered:
            bucket = key(backup.taken_at)
            if bucket in seen:
                continue
            if len(seen) >= limit:
                break
            seen.append(bucket)
            kept.add(backup.path)
    # Never throw away a backup from the future (a clock set back): keep it until time catches up.
    kept.update(b.path for b in ordered if b.taken_at > now + timedelta(minutes=5))
    return kept


def prune_backups(project_path: Path, retention: Retention = DEFAULT_RETENTION) -> list[Path]:
    """Delete the backups ``retention`` does not keep, and ``.part`` leftovers of crashed backups."""
    removed: list[Path] = []
    backups = list_backups(project_path)
    kept = choose_kept(backups, retention)
    for backup in backups:
        if backup.path not in kept:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    folder = backup_folder(project_path)
    if folder.is_dir():
        for part in folder.glob(f"{project_path.stem}.*{BACKUP_SUFFIX}.part"):
            try:
                if time.time() - part.stat().st_mtime > 3600:
                    part.unlink()
                    removed.append(part)
            except OSError:
                pass
    return removed


def backup_file(project_path: Path, reason: str, retention: Retention = DEFAULT_RETENTION) -> Path:
    """Back up the project file now for ``reason`` and apply the retention; the new backup's path."""
    dst = backup_sqlite(project_path, backup_name(project_path, reason))
    try:
        prune_backups(project_path, retention)
    except OSError as exc:  # pruning is housekeeping; the backup itself is written
        log.warning("could not prune backups of %s: %s", project_path, exc)
    return dst


def backup_before(project: Project, reason: str) -> Path | None:
    """Back up ``project`` before a risky change (``reason`` such as ``"import-partners"``).

    Importers call this before they write. Returns the backup's path, or None for a team project on a
    server (its backups are the server's business). Raises :class:`BackupError` when the backup cannot
    be written, so the caller can refuse the change rather than risk the data.
    """
    path = project.path
    if path is None:
        return None
    return backup_file(path, f"before-{reason}")


def restore_backup(backup: Path, target: Path, *, replace: bool = False) -> Path | None:
    """Restore ``backup`` into ``target`` through the SQLite backup API.

    Into a new file (``replace=False``; ``target`` must not exist) nothing else is touched. With
    ``replace=True`` the current ``target`` is first backed up (reason ``before-restore``, returned so the
    user can go back), then overwritten in one SQLite transaction: a crash leaves it wholly as before or
    wholly restored. Close the project before replacing it.
    """
    safety: Path | None = None
    if not replace and target.exists():
        raise BackupError(f"{target} already exists; choose another name.")
    if replace:
        if not target.exists():
            raise BackupError(f"There is no project at {target} to replace.")
        safety = backup_file(target, "before-restore")
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro&immutable=1", uri=True)
        try:
            if not replace:
                return _restore_new(source, target)
            dest = sqlite3.connect(target, timeout=5)
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise BackupError(f"The backup {backup.name} could not be restored: {exc}.") from exc
    log.info("restored %s over %s (safety backup %s)", backup, target, safety)
    return safety


def _restore_new(source: sqlite3.Connection, target: Path) -> None:
    tmp = target.with_name(f".{target.name}.restoring")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=WAL")
        finally:
            dest.close()
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return None


def changed_since_newest_backup(project_path: Path) -> bool:
    """True if the project file (or its write-ahead log) was written after its newest backup."""
    backups = list_backups(project_path)
    if not backups:
        return True
    newest = backups[0].path.stat().st_mtime_ns
    for candidate in (project_path, Path(str(project_path) + "-wal")):
        try:
            stat = candidate.stat()
        except FileNotFoundError:
            continue
        if candidate != project_path and stat.st_size == 0:
            continue
        if stat.st_mtime_ns > newest:
            return True
    return False


def backup_on_open(project_path: Path) -> Path | None:
    """The automatic backup taken when a project is opened, if it changed since the newest backup.

    Never stops the project from opening: a failure is logged and None returned.
    """
    try:
        if not changed_since_newest_backup(project_path):
            return None
        return backup_file(project_path, "open")
    except (BackupError, OSError) as exc:
        log.warning("no backup on open of %s: %s", project_path, exc)
        return None
