"""Exports never turn user text into formulas, and never leave a half-written file.

OWASP's CSV-injection advice: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is prefixed with a single quote in CSV. In xlsx, openpyxl treats any string that
starts with ``=`` as a formula and one like ``#N/A`` as an error value, so user text is always
written with an explicit string data type (a string cell is never evaluated, whatever it starts
with); control characters that XML cannot hold are dropped instead of failing the export.

Files are written by :func:`atomic_path`: a temporary file beside the target named
``.<target name>.<random>.part``, renamed over the target only once complete and flushed to disk.
If the writing process is killed (a cancelled export worker is terminated), the target is untouched
and the ``.part`` file may stay behind: :func:`remove_partial` deletes those of a target (the
caller that killed the worker calls it), and the next export to the same target deletes any older
than ten minutes.
"""

from __future__ import annotations

import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def csv_safe(value: Any) -> Any:
    """A value safe to put in a CSV cell: risky text gets a leading single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def looks_like_formula(value: Any) -> bool:
    """True for text that a spreadsheet would evaluate."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")  # what openpyxl (and XML 1.0) refuses


def cell_text(value: str) -> str:
    """``value`` without the control characters a worksheet cannot hold (tab, CR and LF stay)."""
    return _ILLEGAL.sub("", value) if _ILLEGAL.search(value) else value


def xlsx_text_cell(cell: Any, value: Any) -> Any:
    """Set an openpyxl cell so that text stays text, whatever it starts with; returns the cell."""
    if isinstance(value, str):
        cell.value = cell_text(value)
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


_NUMERIC = (int, float)


def put(cell: Any, value: Any) -> Any:
    """Like :func:`xlsx_text_cell`, for a template cell reused row after row (write-only sheets).

    Text and numbers are stored straight into the cell's value and type (what openpyxl's own value
    setter ends with, minus its formula and error-code guesses); anything else goes through the setter.
    """
    kind = value.__class__
    if kind is str:
        cell._value = cell_text(value)[:32767]
        cell.data_type = "s"
    elif kind in _NUMERIC:
        cell._value = value
        cell.data_type = "n"
    else:
        cell.value = value
        if cell.data_type in ("f", "e"):
            cell.data_type = "s"
    return cell


PARTIAL_SUFFIX = ".part"
STALE_SECONDS = 600


def partial_files(target: Path) -> list[Path]:
    """The temporary files that writes of ``target`` left beside it (``.<name>.*.part``)."""
    target = Path(target)
    if not target.parent.is_dir():
        return []
    return sorted(target.parent.glob(f".{glob_escape(target.name)}.*{PARTIAL_SUFFIX}"))


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters escaped."""
    return re.sub(r"([\[\]*?])", r"[\1]", name)


def remove_partial(target: Path, *, older_than: float = 0.0) -> int:
    """Delete the temporary files left by killed writes of ``target`` (those older than ``older_than`` s)."""
    removed = 0
    now = time.time()
    for path in partial_files(target):
        try:
            if now - path.stat().st_mtime >= older_than:
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def check_target(target: Path) -> Path:
    """``target`` if a file can be written there (its folder exists, it is not a folder); else InputError."""
    from workbench.errors import InputError

    target = Path(target)
    if not target.parent.is_dir():
        raise InputError(f"The folder {target.parent} does not exist.")
    if target.is_dir():
        raise InputError(f"{target} is a folder; give a file name.")
    return target


def _file_mode(target: Path) -> int:
    """The mode a new file would get (the umask applied to 0666), or the replaced file's own mode."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``, else it vanishes."""
    target = Path(target)
    if not target.parent.exists():
        from workbench.errors import InputError

        raise InputError(f"The folder {target.parent} does not exist.")
    remove_partial(target, older_than=STALE_SECONDS)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    os.chmod(tmp, _file_mode(target))  # mkstemp makes 0600; an export is an ordinary file the user shares
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
