"""A safe, tolerant reader of the spreadsheets people keep (xlsx and csv), for every importer.

Partners, capabilities and survey rounds all come in as hand-made spreadsheets: a title row, blank
rows, Russian or English headers, ``;``-separated cp1251 CSV from an old Excel, formulas, junk.
This module turns such a file into a :class:`Table` — a located header row, a column mapping and
the data rows with their spreadsheet row numbers — or refuses it with
:class:`~workbench.errors.InputError` *before* parsing when it is broken or hostile.

API (no Qt, no database)::

    from workbench.partners.tabular import read_table, cell_text, Limits

    SYNONYMS = {                       # field -> header texts, any language, any case
        "name": ["Компания", "Company", "Название", "Name"],
        "city": ["Город", "City"],
    }
    table = read_table(path, synonyms=SYNONYMS, required=("name",))
    table.header_row                   # 1-based row number of the header in the file
    table.headers                      # the header texts as written
    table.mapping                      # {"name": 0, "city": 2}: field -> column index
    table.unmapped                     # header texts no field claimed
    for row in table.rows:             # blank rows are already skipped
        row.number                     # 1-based row number as the user sees it in Excel
        cell_text(row.get("name"))     # plain text ("" for empty; 40.0 -> "40")
        row.get("city")                # the raw value: str / int / float / datetime / bool / None
    table.problems                     # [Problem(row, column, reason)] found while reading

    # The UI's mapping dialog passes the user's choice back in:
    read_table(path, synonyms=SYNONYMS, mapping={"name": 1, "city": 3}, header_row=4)

Guarantees:

* **Refused before parsing** (``InputError`` with a message naming the file): missing or empty
  file, a file over ``Limits.max_file_bytes``, not a spreadsheet (binary junk, an old ``.xls`` or
  an encrypted workbook, a ``.docx``), a damaged or truncated zip, a zip bomb (declared
  uncompressed sizes, compression ratio or entry count in the zip directory over the limits), XML
  with a DTD or entities (an entity bomb; openpyxl then parses with defusedxml as well), a
  worksheet with far more ``<row>`` elements than ``Limits.max_rows`` (counted from the zip before
  openpyxl sees the file: a million-row sheet is refused in a fraction of a second), CSV lines or
  cells of absurd length, more data rows than ``Limits.max_rows``. The zip checks live in
  :mod:`workbench.safefiles`, shared with the other zip-based importers.
* **Parser failures** of a file that passed those checks (malformed XML, bad CRCs, absurd nesting)
  become ``InputError`` as well, never a traceback.
* **Encodings**: UTF-8, UTF-8 with BOM, UTF-16 with BOM and cp1251 are sniffed from the bytes.
  **Delimiters**: ``;``, ``,`` and tab are sniffed from the first lines (quotes respected).
* **Header row**: the row among the first ``Limits.header_scan_rows`` non-blank ones whose cells
  match the most synonyms (headers are compared case-, space-, ``ё``- and punctuation-blind; a
  header also matches when it contains a synonym as whole words, "Название компании" ~ "Компания").
* **Formulas are never evaluated**: workbooks are opened with ``data_only=True`` (a formula cell
  gives its cached value, if any), strings stay strings, and CSV text such as ``=HYPERLINK(...)``
  is returned as that text. Exporters quote such text again (:mod:`workbench.reports.safety`).
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.safefiles import ElementLimit, ZipLimits, check_size, check_zip

log = logging.getLogger(__name__)

Cell = str | int | float | bool | datetime | date | None


@dataclass(frozen=True)
class Limits:
    """How large an input may be before it is refused; importers may pass tighter ones."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_uncompressed_bytes: int = 300 * 1024 * 1024
    max_compression_ratio: float = 150.0
    ratio_check_above_bytes: int = 1024 * 1024
    max_zip_entries: int = 5_000
    max_rows: int = 100_000
    max_columns: int = 200
    max_line_chars: int = 100_000
    max_cell_chars: int = 32_767
    header_scan_rows: int = 30
    max_sheets_scanned: int = 20
    blank_rows_end: int = 10_000
    max_part_bytes: int = 200 * 1024 * 1024

    def zip_limits(self) -> ZipLimits:
        """The limits the zip checks of :mod:`workbench.safefiles` apply to a workbook."""
        return ZipLimits(max_file_bytes=self.max_file_bytes, max_total_bytes=self.max_uncompressed_bytes,
                         max_member_bytes=self.max_part_bytes, max_ratio=self.max_compression_ratio,
                         ratio_check_above_bytes=self.ratio_check_above_bytes, max_members=self.max_zip_entries)


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Problem:
    """Something wrong in one place of the input: row 0 means the file as a whole."""

    row: int
    column: str
    reason: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row else "file"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Row:
    """One non-blank data row: its spreadsheet row number and its cells by column index."""

    number: int
    values: tuple[Cell, ...]
    mapping: Mapping[str, int] = field(repr=False, compare=False, default_factory=dict)

    def get(self, name: str) -> Cell:
        """The raw value of a mapped field (None when unmapped or beyond the row's end)."""
        index = self.mapping.get(name)
        if index is None or index >= len(self.values):
            return None
        return self.values[index]

    def text(self, name: str) -> str:
        """The value of a mapped field as plain text."""
        return cell_text(self.get(name))


@dataclass(frozen=True)
class Table:
    """A read spreadsheet: where its header is, how its columns map, its data rows."""

    source: str
    kind: str  # "xlsx" or "csv"
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    header_row: int
    headers: tuple[str, ...]
    mapping: Mapping[str, int]
    rows: tuple[Row, ...]
    problems: tuple[Problem, ...] = ()

    @property
    def unmapped(self) -> tuple[str, ...]:
        """Header texts that no field claimed."""
        used = set(self.mapping.values())
        return tuple(h for i, h in enumerate(self.headers) if i not in used and h)

    def column_name(self, name: str) -> str:
        """The header text of a mapped field, for problem reports (the field name if unmapped)."""
        index = self.mapping.get(name)
        if index is None or index >= len(self.headers) or not self.headers[index]:
            return name
        return self.headers[index]


# ----------------------------------------------------------------------------- text helpers
_PUNCT = re.compile(r"[\s\-_.,:;*()\[\]/\\#№\"'«»?!]+")


def normalise_header(text: object) -> str:
    """A header compared loosely: lower case, ``ё``->``е``, punctuation and spaces collapsed."""
    value = cell_text(text).lower().replace("ё", "е")
    return _PUNCT.sub(" ", value).strip()


def cell_text(value: object) -> str:
    """A cell as plain text: None -> "", 40.0 -> "40", dates as ISO, text stripped of outer spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value).replace("\u00a0", " ").strip()


def _is_blank(values: Sequence[Cell]) -> bool:
    return all(cell_text(v) == "" for v in values)


# ----------------------------------------------------------------------------- sniffing
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")


def detect_kind(path: Path, head: bytes) -> str:
    """"xlsx" or "csv" from the file's first bytes (not its name); InputError for anything else."""
    name = path.name
    if head.startswith(_ZIP):
        return "xlsx"
    if head.startswith(_OLE):
        raise InputError(
            f"{name} is an old Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx or CSV "
            "and import that.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise InputError(f"{name} is not a valid .xlsx workbook (it is not a zip archive); it may be damaged.")
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError(f"{name} is not a spreadsheet: it looks like a binary file.")
    return "csv"


def decode_text(data: bytes, *, name: str = "the file") -> tuple[str, str]:
    """Decode CSV bytes: (text, encoding) trying UTF-8 with/without BOM, UTF-16 BOM, then cp1251."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} says it is UTF-8 but is not: {exc.reason} at byte {exc.start}.") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise InputError(f"{name} says it is UTF-16 but is not: {exc.reason}.") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is neither UTF-8 nor Windows-1251 text; save it as CSV UTF-8.") from exc
    if "\x00" in text:
        raise InputError(f"{name} is not a spreadsheet: it looks like a binary file.")
    return text, "cp1251"


DELIMITERS = (";", ",", "\t")


def sniff_delimiter(text: str, *, lines: int = 30) -> str:
    """The delimiter among ``;``, ``,``, tab that splits the first lines most consistently."""
    sample_lines = [ln for ln in text.splitlines()[: lines * 3] if ln.strip()][:lines]
    if not sample_lines:
        return ","
    sample = "\n".join(sample_lines)
    best, best_score = ",", (-1.0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(io.StringIO(sample), delimiter=delimiter) if r]
        except csv.Error:
            continue
        multi = [c for c in counts if c > 1]
        if not multi:
            continue
        mode = max(set(multi), key=multi.count)
        # How many lines split into the usual number of fields, then how many fields that is.
        score = (multi.count(mode) + len(multi) * 0.5, mode)
        if score > best_score:
            best, best_score = delimiter, score
    return best


# ----------------------------------------------------------------------------- safety checks
#: the worksheets of a workbook, whose ``<row>`` elements are counted before openpyxl reads them
_SHEET_PARTS = r"xl/worksheets/[^/]+\.xml"


def _row_element_limit(limits: Limits) -> int:
    """How many ``<row>`` elements a sheet may hold: the row limit plus as many again, and a run of
    ``blank_rows_end``, for rows that hold only formatting (skipped as blank while reading). Past that
    the sheet cannot fit the limit however it is read, and openpyxl would spend seconds finding out."""
    return 2 * limits.max_rows + limits.blank_rows_end


def check_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Refuse a workbook that is damaged, is not Excel, is a zip bomb, carries a DTD or has absurd sheets.

    The zip directory is judged first (member count, declared sizes, compression ratios), then the
    prolog of every XML part is scanned for ``<!DOCTYPE``/``<!ENTITY`` (and each worksheet's root
    must be ``<worksheet>``), and the ``<row>`` elements of every worksheet are counted, stopping at the first one over the limit
    (:func:`workbench.safefiles.check_zip`). Nothing is parsed.
    """
    check_zip(path, limits=limits.zip_limits(), required=(r"(?:.*/)?workbook\.xml",),
              kind="an Excel workbook (.xlsx)", roots={_SHEET_PARTS: "worksheet"},
              elements=(ElementLimit(_SHEET_PARTS, "row", _row_element_limit(limits), "rows"),))


def check_file(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """Check a file without parsing it; return its kind ("xlsx"/"csv") or raise InputError."""
    path = Path(path)
    check_size(path, max_bytes=limits.max_file_bytes, what="a spreadsheet")
    with path.open("rb") as fh:
        head = fh.read(4096)
    kind = detect_kind(path, head)
    if kind == "xlsx":
        check_xlsx(path, limits)
    return kind


# ----------------------------------------------------------------------------- raw rows
@dataclass
class _Raw:
    kind: str
    encoding: str | None
    delimiter: str | None
    sheet: str | None
    rows: list[tuple[int, tuple[Cell, ...]]]  # (1-based row number, values), blank rows dropped
    problems: list[Problem]


def _clip(values: Iterable[Cell], number: int, limits: Limits, problems: list[Problem]) -> tuple[Cell, ...]:
    out: list[Cell] = []
    for index, value in enumerate(values):
        if index >= limits.max_columns:
            break
        if isinstance(value, str) and len(value) > limits.max_cell_chars:
            problems.append(Problem(number, _column_letter(index), f"text longer than {limits.max_cell_chars} "
                                    "characters was cut"))
            value = value[: limits.max_cell_chars]
        out.append(value)
    while out and cell_text(out[-1]) == "":
        out.pop()
    return tuple(out)


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _read_csv(path: Path, limits: Limits) -> _Raw:
    data = path.read_bytes()
    text, encoding = decode_text(data, name=path.name)
    del data
    for number, line in enumerate(text.splitlines(), start=1):
        if len(line) > limits.max_line_chars:
            raise InputError(f"{path.name}: line {number} is {len(line)} characters long "
                             f"(limit {limits.max_line_chars}); this is not a spreadsheet people keep.")
    delimiter = sniff_delimiter(text)
    problems: list[Problem] = []
    rows: list[tuple[int, tuple[Cell, ...]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for values in reader:
            number = reader.line_num
            if _is_blank(values):
                continue
            if len(rows) >= limits.max_rows:
                raise InputError(f"{path.name} has more than {limits.max_rows} rows; split it.")
            rows.append((number, _clip(values, number, limits, problems)))
    except csv.Error as exc:
        raise InputError(f"{path.name}: line {reader.line_num} cannot be read as CSV: {exc}.") from exc
    return _Raw("csv", encoding, delimiter, None, rows, problems)


def _iter_sheet_rows(ws: Any, limits: Limits, name: str) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    blank_run = 0
    count = 0
    for number, values in enumerate(ws.iter_rows(values_only=True, max_col=limits.max_columns), start=1):
        if values is None or _is_blank(values):
            blank_run += 1
            if blank_run > limits.blank_rows_end:
                return
            continue
        blank_run = 0
        count += 1
        if count > limits.max_rows:
            raise InputError(f"{name} has more than {limits.max_rows} rows; split it.")
        yield number, tuple(values)


def _read_xlsx(path: Path, limits: Limits, synonyms: Mapping[str, Sequence[str]], sheet: str | None) -> _Raw:
    import openpyxl  # heavy; only when a workbook is read
    from openpyxl.xml import DEFUSEDXML

    if not DEFUSEDXML:  # pragma: no cover - defusedxml is a dependency
        log.warning("defusedxml is not installed; relying on the DTD scan alone")
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - any parser failure means a broken file
        raise InputError(f"{path.name} cannot be read as a workbook: {type(exc).__name__}: {exc}.") from exc
    try:
        names = list(workbook.sheetnames)
        if sheet is not None:
            if sheet not in names:
                raise InputError(f"{path.name} has no sheet {sheet!r}; it has {', '.join(names)}.")
            names = [sheet]
        best: _Raw | None = None
        best_score = -1
        for sheet_name in names[: limits.max_sheets_scanned]:
            problems: list[Problem] = []
            try:
                rows = [(n, _clip(v, n, limits, problems))
                        for n, v in _iter_sheet_rows(workbook[sheet_name], limits, path.name)]
            except InputError:
                raise
            except Exception as exc:  # noqa: BLE001 - malformed sheet XML
                raise InputError(f"{path.name}: sheet {sheet_name!r} cannot be read: {exc}.") from exc
            score = _header_candidates(rows, synonyms, limits)[1] if rows else -1
            if score > best_score:
                best, best_score = _Raw("xlsx", None, None, sheet_name, rows, problems), score
            if score >= max(1, len(synonyms) // 2):
                break
        return best or _Raw("xlsx", None, None, names[0] if names else None, [], [])
    finally:
        workbook.close()


# ----------------------------------------------------------------------------- header and mapping
def _matches(header: str, synonym: str) -> int:
    """2 for an exact match, 1 for whole-word containment, 0 otherwise."""
    if not header or not synonym:
        return 0
    if header == synonym:
        return 2
    if re.search(rf"(?<!\w){re.escape(synonym)}(?!\w)", header):
        return 1
    return 0


def map_columns(headers: Sequence[object], synonyms: Mapping[str, Sequence[str]]) -> dict[str, int]:
    """Map fields to column indexes by their synonyms; exact matches win, each column used once."""
    norm_headers = [normalise_header(h) for h in headers]
    norm_syn = {f: [normalise_header(s) for s in syns] for f, syns in synonyms.items()}
    candidates: list[tuple[int, int, int, str]] = []  # (-strength, synonym order, column, field)
    for fld, syns in norm_syn.items():
        for column, header in enumerate(norm_headers):
            strengths = [(_matches(header, s), -order) for order, s in enumerate(syns)]
            strength, neg_order = max(strengths, default=(0, 0))
            if strength:
                candidates.append((-strength, -neg_order, column, fld))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _strength, _order, column, fld in sorted(candidates):
        if fld not in mapping and column not in used:
            mapping[fld] = column
            used.add(column)
    return mapping


def _header_candidates(rows: Sequence[tuple[int, tuple[Cell, ...]]], synonyms: Mapping[str, Sequence[str]],
                       limits: Limits) -> tuple[int, int]:
    """(index in rows, number of mapped fields) of the best header row among the first ones."""
    best_index, best_count = 0, 0
    for index, (_number, values) in enumerate(rows[: limits.header_scan_rows]):
        count = len(map_columns(values, synonyms))
        if count > best_count:
            best_index, best_count = index, count
    return best_index, best_count


def read_table(
    path: str | Path,
    *,
    synonyms: Mapping[str, Sequence[str]],
    required: Sequence[str] = (),
    limits: Limits = DEFAULT_LIMITS,
    sheet: str | None = None,
    mapping: Mapping[str, int] | None = None,
    header_row: int | None = None,
) -> Table:
    """Check, read and map a spreadsheet; raise InputError when it is refused or has no usable header.

    ``synonyms`` maps each field to the header texts that mean it; ``required`` fields must be found
    (else the file is refused with the headers it does have). ``mapping`` and ``header_row`` (1-based,
    as the user sees it) override the automatic choices, as the UI's mapping dialog does.
    """
    path = Path(path)
    kind = check_file(path, limits)
    raw = _read_csv(path, limits) if kind == "csv" else _read_xlsx(path, limits, synonyms, sheet)
    if not raw.rows:
        raise InputError(f"{path.name} has no data: every row is blank.")
    if header_row is not None:
        indexes = [i for i, (n, _v) in enumerate(raw.rows) if n == header_row]
        if not indexes:
            raise InputError(f"{path.name}: row {header_row} is blank or missing; it cannot be the header.")
        header_index = indexes[0]
    else:
        header_index, found = _header_candidates(raw.rows, synonyms, limits)
        if not found:
            first = ", ".join(cell_text(v) for v in raw.rows[0][1] if cell_text(v))[:200]
            expected = "; ".join("/".join(list(s)[:3]) for s in synonyms.values())
            raise InputError(f"{path.name}: no header row found in the first {limits.header_scan_rows} rows "
                             f"(expected columns like {expected}; the first row reads: {first}).")
    number, header_values = raw.rows[header_index]
    headers = tuple(cell_text(v) for v in header_values)
    if mapping is None:
        mapping = map_columns(header_values, synonyms)
    else:
        unknown = [f for f in mapping if f not in synonyms]
        if unknown:
            raise InputError(f"Unknown fields in the column mapping: {', '.join(unknown)}.")
        mapping = {f: int(i) for f, i in mapping.items() if i is not None and int(i) >= 0}
    missing = [f for f in required if f not in mapping]
    if missing:
        wanted = "; ".join("/".join(list(synonyms.get(f, [f]))[:4]) for f in missing)
        raise InputError(f"{path.name}: no column for {wanted} in the header row {number} "
                         f"({', '.join(h for h in headers if h) or 'empty'}).")
    frozen = dict(mapping)
    rows = tuple(Row(n, v, frozen) for n, v in raw.rows[header_index + 1:])
    return Table(source=path.name, kind=raw.kind, encoding=raw.encoding, delimiter=raw.delimiter,
                 sheet=raw.sheet, header_row=number, headers=headers, mapping=frozen, rows=rows,
                 problems=tuple(raw.problems))
