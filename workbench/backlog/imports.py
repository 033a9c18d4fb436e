"""A look at a spreadsheet before importing it: the header row found, the column mapping, the first rows.

Used by the capability and survey imports so that a person can confirm or correct the mapping
(files from partners carry any headers); reading goes through the shared tolerant reader.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError
from workbench.partners.tabular import Table, cell_text, read_table


@dataclass(frozen=True)
class TablePreview:
    """What the reader found in a file, for the mapping dialog."""

    headers: tuple[str, ...]
    header_row: int
    mapping: dict[str, int]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row number, the cells as text)
    total_rows: int
    missing: tuple[str, ...]  # required fields with no column


def preview_table(path: str | Path, *, synonyms: Mapping[str, Sequence[str]], required: Sequence[str] = (),
                  mapping: Mapping[str, int] | None = None, header_row: int | None = None,
                  limit: int = 50) -> TablePreview:
    """Read a file as the import would (refusing broken or hostile files), without requiring any column.

    When no row looks like a header (the columns have names nobody expected), the first row is taken
    as the header so that the user can map the columns by hand.
    """
    try:
        table = read_table(path, synonyms=synonyms, required=(), mapping=mapping, header_row=header_row)
    except InputError as exc:
        if header_row is not None or "no header row" not in str(exc):
            raise
        table = _first_nonblank(path, synonyms, mapping, exc)
    rows = tuple((row.number, tuple(cell_text(v) for v in row.values)) for row in table.rows[:limit])
    return TablePreview(headers=table.headers, header_row=table.header_row, mapping=dict(table.mapping),
                        rows=rows, total_rows=len(table.rows),
                        missing=tuple(f for f in required if f not in table.mapping))



def _first_nonblank(path: str | Path, synonyms: Mapping[str, Sequence[str]], mapping: Mapping[str, int] | None,
                    original: InputError) -> Table:
    """The file read with its first non-blank row as the header."""
    for number in range(1, 31):
        try:
            return read_table(path, synonyms=synonyms, required=(), mapping=mapping, header_row=number)
        except InputError:
            continue
    raise original
