"""Backups of SQLite projects through SQLite's online backup API (never a file copy)."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

log = logging.getLogger(__name__)


def backup_sqlite(src: Path, dst: Path) -> Path:
    """Copy the live database ``src`` into ``dst`` consistently, even while others write to it.

    The copy is written under a temporary name and renamed, so ``dst`` is never half-written.
    """
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".part")
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
    tmp.replace(dst)
    log.info("backed up %s to %s", src, dst)
    return dst


def backup_name(src: Path, reason: str) -> Path:
    """Where a backup of ``src`` taken for ``reason`` goes: a ``backups`` folder beside the project."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return src.parent / "backups" / f"{src.stem}.{stamp}.{reason}.wbk"
