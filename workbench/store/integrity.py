"""``workbench check``: is a project file sound, and if not, what to do about it.

Reads the file without changing it: the SQLite header, ``PRAGMA integrity_check``, the foreign keys,
the schema version; then says in plain words what to do (nothing, update the app, restore the newest
good backup, ...). Backups are checked too, so the advice names one that is known to be good.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from workbench.store.backup import BackupInfo, list_backups
from workbench.store.engine import SQLITE_HEADER


@dataclass
class CheckReport:
    """What ``check`` found: ``ok`` overall, the problems, and the advice to show."""

    path: Path
    ok: bool = True
    problems: list[str] = field(default_factory=list)
    advice: str = ""
    schema: str | None = None
    good_backup: BackupInfo | None = None
    backups: int = 0

    def to_json(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "path": str(self.path), "ok": self.ok, "problems": self.problems, "advice": self.advice,
            "schema": self.schema, "backups": self.backups,
            "good_backup": str(self.good_backup.path) if self.good_backup else None,
        }


def sqlite_problems(path: Path, *, quick: bool = False) -> list[str]:
    """Problems SQLite finds in the file (empty when sound); the file is opened read-only."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return [f"cannot read the file: {exc.strerror or exc}"]
    if header != SQLITE_HEADER:
        return ["it is not an SQLite database file"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    except sqlite3.Error as exc:
        return [f"SQLite cannot open it: {exc}"]
    try:
        rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        problems = [str(r[0]) for r in rows if str(r[0]) != "ok"]
        if not problems:
            bad_keys = conn.execute("PRAGMA foreign_key_check").fetchall()
            problems += [f"row {r[1]} of {r[0]} points to a missing row of {r[2]}" for r in bad_keys[:20]]
        return problems
    except sqlite3.Error as exc:
        return [f"SQLite reports: {exc}"]
    finally:
        conn.close()


def _schema(path: Path) -> str | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def newest_good_backup(path: Path) -> tuple[BackupInfo | None, int]:
    """The newest backup of ``path`` that passes SQLite's quick check, and how many backups exist."""
    backups = list_backups(path)
    for backup in backups:
        if not sqlite_problems(backup.path, quick=True):
            return backup, len(backups)
    return None, len(backups)


def check_project(path: Path) -> CheckReport:
    """Check the project file at ``path`` and say what to do."""
    from workbench.store.project import known_revisions, schema_number

    path = Path(path).expanduser().resolve()
    report = CheckReport(path)
    if not path.exists():
        report.ok = False
        report.problems.append("there is no such file")
        report.advice = "Check the path. Backups, if any, are in the 'backups' folder beside the project."
        return report
    report.problems = sqlite_problems(path)
    report.schema = _schema(path) if not report.problems else None
    if not report.problems and report.schema is None:
        report.problems.append("it is an SQLite database but not a Workbench project (no schema version)")
    report.good_backup, report.backups = newest_good_backup(path)
    if report.problems:
        report.ok = False
        if report.good_backup is not None:
            when = report.good_backup.taken_at.strftime("%Y-%m-%d %H:%M UTC")
            report.advice = (
                f"Do not keep working in this file. Restore the newest good backup ({when}, "
                f"{report.good_backup.path.name}) with File > Restore from Backup… into a new file, check it, "
                "and keep the damaged file for recovery. Changes made after that backup are not in it.")
        else:
            report.advice = (
                "There is no good backup. Do not keep working in this file: copy it somewhere safe first, then "
                "try 'sqlite3 FILE .recover | sqlite3 recovered.wbp' and open the recovered file.")
        return report
    if report.schema not in known_revisions():
        report.advice = (f"The file is sound, but it was saved by a newer version of Workbench (schema "
                         f"{schema_number(report.schema)}). Update Workbench to open it.")
        return report
    report.advice = f"The project is sound ({report.backups} backups beside it). Nothing to do."
    return report
