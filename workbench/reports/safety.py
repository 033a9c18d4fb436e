"""Exports never turn user text into formulas, and never leave a half-written file.

OWASP's CSV-injection advice: a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return is prefixed with a single quote in CSV. In xlsx, openpyxl treats any string that
starts with ``=`` as a formula, so such strings are written with an explicit string data type.
"""

from __future__ import annotations

import os
import tempfile
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


def xlsx_text_cell(cell: Any, value: Any) -> Any:
    """Set an openpyxl cell so that text stays text, whatever it starts with."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"
    return cell


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``, else it vanishes."""
    target = Path(target)
    if not target.parent.exists():
        from workbench.errors import InputError

        raise InputError(f"The folder {target.parent} does not exist.")
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
