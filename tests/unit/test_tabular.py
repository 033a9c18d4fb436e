"""The generic spreadsheet reader: sniffing, header detection, mapping and refusing broken files."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workbench.errors import InputError
from workbench.partners.tabular import (
    Limits,
    cell_text,
    check_file,
    map_columns,
    read_table,
    sniff_delimiter,
)

SYN = {
    "name": ["Компания", "Company", "Название", "Name"],
    "city": ["Город", "City"],
    "employees": ["Сотрудников", "Employees"],
    "website": ["Сайт", "Website"],
}


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_csv_cp1251_semicolon_with_title_and_blank_rows(tmp_path: Path) -> None:
    """A cp1251 `;` CSV with a title row and blank rows is decoded, its header found, rows numbered."""
    text = "Список партнёров 2024\r\n\r\nКомпания;Город;Сотрудников\r\nАльфа;Москва;около 40\r\n;;\r\nБета;Казань;12\r\n"
    path = tmp_path / "p.csv"
    path.write_bytes(text.encode("cp1251"))
    table = read_table(path, synonyms=SYN, required=("name",))
    assert table.encoding == "cp1251" and table.delimiter == ";"
    assert table.header_row == 3
    assert [r.number for r in table.rows] == [4, 6]
    assert table.rows[0].text("name") == "Альфа" and table.rows[0].text("employees") == "около 40"
    assert table.rows[1].text("city") == "Казань"


def test_csv_utf8_bom_comma(tmp_path: Path) -> None:
    """A UTF-8 CSV with BOM and commas keeps quoted commas and English headers map."""
    path = tmp_path / "p.csv"
    path.write_bytes("Company,City,Website\n\"Gamma, LLC\",Berlin,gamma.de\n".encode("utf-8-sig"))
    table = read_table(path, synonyms=SYN)
    assert table.encoding == "utf-8-sig" and table.delimiter == ","
    assert table.rows[0].text("name") == "Gamma, LLC"
    assert table.headers[0] == "Company"


def test_tab_delimiter_sniffed() -> None:
    """Tab-separated text is recognised as such."""
    assert sniff_delimiter("a\tb\tc\n1\t2\t3\n") == "\t"
    assert sniff_delimiter("a;b;c\n1,5;2;3\n") == ";"


def test_formula_text_stays_text(tmp_path: Path) -> None:
    """Formula-looking text in CSV and xlsx strings comes back as the same plain text."""
    path = tmp_path / "p.csv"
    path.write_text("Компания;Город\n=HYPERLINK(\"x\");@SUM(1)\n", encoding="utf-8")
    table = read_table(path, synonyms=SYN)
    assert table.rows[0].text("name") == '=HYPERLINK("x")'
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Компания", "Город"])
    ws.append(["x", "y"])
    ws["A2"].value = "=1+1"
    ws["A2"].data_type = "s"
    ws["B2"] = "=2+2"  # a real formula without a cached value
    wb.save(tmp_path / "f.xlsx")
    table = read_table(tmp_path / "f.xlsx", synonyms=SYN)
    assert table.rows[0].text("name") == "=1+1"
    assert table.rows[0].get("city") in (None, "=2+2")


def test_xlsx_header_under_title_and_numbers(tmp_path: Path) -> None:
    """In a workbook the header under a title is found and numbers come back as numbers."""
    path = _xlsx(tmp_path / "p.xlsx", [["Партнёры"], [], ["Название компании", "Город", "Сотрудников"],
                                       ["ООО «Альфа»", "Москва", 40], ["Бета", "Казань", 12.0]])
    table = read_table(path, synonyms=SYN, required=("name",))
    assert table.kind == "xlsx" and table.header_row == 3
    assert table.mapping == {"name": 0, "city": 1, "employees": 2}
    assert table.rows[0].get("employees") == 40
    assert cell_text(table.rows[1].get("employees")) == "12"


def test_mapping_override_and_unmapped(tmp_path: Path) -> None:
    """A mapping given by the caller replaces the automatic one."""
    path = _xlsx(tmp_path / "p.xlsx", [["Компания", "Заметки", "Город"], ["A", "note", "B"]])
    table = read_table(path, synonyms=SYN, mapping={"name": 0, "city": 1})
    assert table.rows[0].text("city") == "note"
    auto = read_table(path, synonyms=SYN)
    assert auto.unmapped == ("Заметки",)


def test_map_columns_exact_beats_contains() -> None:
    """An exact header wins over one that only contains the synonym; each column is used once."""
    mapping = map_columns(["Название компании", "Компания", "ГОРОД "], SYN)
    assert mapping["name"] == 1 and mapping["city"] == 2


def test_missing_required_column_refused(tmp_path: Path) -> None:
    """A file without the required column is refused naming what was expected."""
    path = tmp_path / "p.csv"
    path.write_text("Город;Сайт\nМосква;a.ru\n", encoding="utf-8")
    with pytest.raises(InputError, match="Компания"):
        read_table(path, synonyms=SYN, required=("name",))


@pytest.mark.parametrize("payload, message", [
    (b"", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "97-2003"),
    (bytes(range(256)) * 20, "binary"),
])
def test_not_spreadsheets_refused(tmp_path: Path, payload: bytes, message: str) -> None:
    """Empty files, old .xls and binary junk are refused with a reason."""
    path = tmp_path / "x.csv"
    path.write_bytes(payload)
    with pytest.raises(InputError, match=message):
        check_file(path)


def test_truncated_xlsx_refused(tmp_path: Path) -> None:
    """A workbook cut in half is refused as damaged."""
    good = _xlsx(tmp_path / "g.xlsx", [["Компания"], ["A"]] + [[f"row {i}"] for i in range(500)])
    data = good.read_bytes()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match="damaged|truncated"):
        read_table(bad, synonyms=SYN)


def test_docx_like_zip_refused(tmp_path: Path) -> None:
    """A zip that is not a workbook is refused."""
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w/>")
    with pytest.raises(InputError, match="not an Excel"):
        check_file(path)


def test_zip_bomb_refused_quickly(tmp_path: Path) -> None:
    """A highly compressed sheet is refused from the zip directory within a second."""
    good = _xlsx(tmp_path / "g.xlsx", [["Компания"], ["A"]])
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data + b" " * (200 * 1024 * 1024)
            dst.writestr(info.filename, data)
    started = time.monotonic()
    with pytest.raises(InputError, match="zip bomb"):
        check_file(bomb)
    assert time.monotonic() - started < 2


def test_entity_bomb_refused(tmp_path: Path) -> None:
    """A sheet with a DTD declaring entities (billion laughs) is refused before parsing."""
    good = _xlsx(tmp_path / "g.xlsx", [["Компания"], ["A"]])
    evil = tmp_path / "evil.xlsx"
    dtd = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>')
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(evil, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/sharedStrings.xml" or info.filename == "xl/worksheets/sheet1.xml":
                data = dtd + (data.split(b"?>", 1)[1] if b"?>" in data else data)
            dst.writestr(info.filename, data)
    with pytest.raises(InputError, match="entities"):
        read_table(evil, synonyms=SYN)


def test_absurd_sizes_refused(tmp_path: Path) -> None:
    """Over-long lines, too many rows and too-large files are refused by the limits."""
    long_line = tmp_path / "long.csv"
    long_line.write_text("Компания\n" + "x" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="characters long"):
        read_table(long_line, synonyms=SYN)
    many = tmp_path / "many.csv"
    many.write_text("Компания\n" + "".join(f"c{i}\n" for i in range(50)), encoding="utf-8")
    with pytest.raises(InputError, match="more than 10 rows"):
        read_table(many, synonyms=SYN, limits=Limits(max_rows=10))
    with pytest.raises(InputError, match="limit"):
        check_file(many, Limits(max_file_bytes=10))


def test_xlsx_extension_on_text_refused(tmp_path: Path) -> None:
    """A text file named .xlsx is refused as not a valid workbook."""
    path = tmp_path / "x.xlsx"
    path.write_text("Компания\nA\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a valid .xlsx"):
        check_file(path)


def _replace_part(good: Path, target: Path, part: str, body: bytes) -> Path:
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, body if info.filename == part else src.read(info))
    return target


def test_million_row_sheet_refused_within_a_second(tmp_path: Path) -> None:
    """A sheet of 1,000,000 rows is refused from the zip (rows counted before parsing), in under a second."""
    good = _xlsx(tmp_path / "g.xlsx", [["Компания"], ["A"]])
    rows = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
                    for i in range(1, 1_000_001))
    sheet = (b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             b"<sheetData>" + rows + b"</sheetData></worksheet>")
    big = _replace_part(good, tmp_path / "million.xlsx", "xl/worksheets/sheet1.xml", sheet)
    started = time.monotonic()
    with pytest.raises(InputError, match=r"million.xlsx: part xl/worksheets/sheet1.xml has more than 210,000 rows"):
        read_table(big, synonyms=SYN)
    assert time.monotonic() - started < 1.0


def test_many_formatted_blank_rows_are_not_counted(tmp_path: Path) -> None:
    """Rows holding only formatting, within the allowance, do not make a sheet refused: the real rows are read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Компания", "Город"])
    ws.append(["Альфа", "Москва"])
    for number in range(3, 3000):
        ws.row_dimensions[number].height = 20
    path = tmp_path / "formatted.xlsx"
    wb.save(path)
    table = read_table(path, synonyms=SYN, limits=Limits(max_rows=100))
    assert [r.text("name") for r in table.rows] == ["Альфа"]


def test_deeply_nested_sheet_refused_with_a_message(tmp_path: Path) -> None:
    """XML nested 100,000 deep in the sheet gives an InputError, not an AssertionError, with or without a worksheet root."""
    good = _xlsx(tmp_path / "g.xlsx", [["Компания"], ["A"]])
    nested = b"<a>" * 100_000 + b"</a>" * 100_000
    deep = _replace_part(good, tmp_path / "deep.xlsx", "xl/worksheets/sheet1.xml", nested)
    with pytest.raises(InputError, match="^deep.xlsx: part xl/worksheets/sheet1.xml starts with <a> where <worksheet> "
                                         "belongs; the file is damaged"):
        read_table(deep, synonyms=SYN)
    ns = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    rooted = _replace_part(good, tmp_path / "rooted.xlsx", "xl/worksheets/sheet1.xml",
                           ns + nested + b"</sheetData></worksheet>")
    with pytest.raises(InputError, match="^rooted.xlsx "):
        read_table(rooted, synonyms=SYN)
