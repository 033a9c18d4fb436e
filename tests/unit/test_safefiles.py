"""The shared pre-parse checks for zip-based files: zip bombs, DTDs, absurd element counts."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from workbench.errors import InputError
from workbench.safefiles import (
    ElementLimit,
    Prolog,
    UnsafeFileError,
    ZipLimits,
    check_size,
    check_zip,
    prolog_declares_dtd,
    scan_prolog,
)


def _zip(path: Path, members: dict[str, bytes], *, method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, body in members.items():
            archive.writestr(name, body)
    return path


def _reader(data: bytes, chunk: int):  # type: ignore[no-untyped-def]
    stream = io.BytesIO(data)
    return lambda _n: stream.read(chunk)


DTD = b'<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n<a>&xxe;</a>'


@pytest.mark.parametrize("chunk", [1, 2, 7, 64, 1 << 16])
@pytest.mark.parametrize("data, expected", [
    (DTD, True),
    (b"\xef\xbb\xbf" + DTD, True),
    (DTD.decode().encode("utf-16"), True),
    (b'<?xml version="1.0"?><!-- <a> a comment that looks like a tag --><!ENTITY e "x"><a/>', True),
    (b"  \r\n<!doctype html><a/>", True),
    (b'<?xml version="1.0"?>\n<worksheet><!DOCTYPE in the body is a parse error, not ours/></worksheet>', False),
    (b'<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?><w:document/>', False),
    (b"not xml at all", False),
    (b"", False),
])
def test_prolog_scan_finds_a_dtd_wherever_chunks_are_cut(data: bytes, expected: bool, chunk: int) -> None:
    """A DOCTYPE/ENTITY before the root is found after BOMs, comments, PIs and in UTF-16, at any chunk size."""
    assert prolog_declares_dtd(_reader(data, chunk), chunk=chunk) is expected


@pytest.mark.parametrize("chunk", [1, 3, 1 << 14])
def test_prolog_scan_names_the_root(chunk: int) -> None:
    """The root element's name is read whole even when chunks cut it; no element gives an empty name."""
    data = b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- c --><w:document xmlns:w="urn:w"><w:body/></w:document>'
    assert scan_prolog(_reader(data, chunk), chunk=chunk) == Prolog(False, "w:document")
    assert scan_prolog(_reader(b"<worksheet/>", chunk), chunk=chunk).root == "worksheet"
    assert scan_prolog(_reader(b"  ", chunk), chunk=chunk) == Prolog(False, "")


def test_wrong_root_refused(tmp_path: Path) -> None:
    """A part whose root is not the one the format puts there is refused before any parser sees it."""
    path = _zip(tmp_path / "w.docx", {"word/document.xml": b"<a><a></a></a>"})
    with pytest.raises(UnsafeFileError, match=r"part word/document.xml starts with <a> where <document> belongs"):
        check_zip(path, roots={r"word/document\.xml": "document"}, kind="a Word document")
    ok = _zip(tmp_path / "ok.docx", {"word/document.xml": b'<w:document xmlns:w="urn:w"/>'})
    assert check_zip(ok, roots={r"word/document\.xml": "document"}).roots == {"word/document.xml": "w:document"}


def test_prolog_scan_reads_only_the_prolog() -> None:
    """A large part costs only its first chunk: the scan stops at the root element."""
    data = b'<?xml version="1.0"?><worksheet>' + b" " * (50 << 20)
    stream = io.BytesIO(data)
    assert prolog_declares_dtd(stream.read) is False
    assert stream.tell() <= 16 * 1024


def test_endless_prolog_refused() -> None:
    """Whitespace with no element for longer than the limit is refused, not read to the end."""
    with pytest.raises(UnsafeFileError, match="before its first element"):
        prolog_declares_dtd(_reader(b" " * (1 << 20), 4096), max_bytes=64 * 1024)


def test_zip_directory_limits(tmp_path: Path) -> None:
    """Too many members, a member or total too large, a high ratio: each refused from the directory."""
    big = _zip(tmp_path / "big.zip", {"a.xml": b"<a>" + b" " * (3 << 20) + b"</a>"})
    with pytest.raises(UnsafeFileError, match="compressed .*:1; refusing it as a zip bomb"):
        check_zip(big)
    with pytest.raises(UnsafeFileError, match="part a.xml would unpack to 3 MB"):
        check_zip(big, limits=ZipLimits(max_member_bytes=1 << 20, max_ratio=1e9))
    with pytest.raises(UnsafeFileError, match="would unpack to 3 MB .limit 2 MB"):
        check_zip(big, limits=ZipLimits(max_total_bytes=2 << 20))
    many = _zip(tmp_path / "many.zip", {f"p{i}.xml": b"<a/>" for i in range(30)})
    with pytest.raises(UnsafeFileError, match="30 parts inside"):
        check_zip(many, limits=ZipLimits(max_members=20))
    assert check_zip(many).total_bytes == 30 * 4


def test_not_a_zip_missing_parts_and_dtd(tmp_path: Path) -> None:
    """A renamed file, a zip without the required part and a part with a DTD are refused, one line each."""
    png = tmp_path / "x.docx"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(UnsafeFileError, match="x.docx is not a Word document: it is not a zip archive"):
        check_zip(png, kind="a Word document")
    other = _zip(tmp_path / "o.docx", {"xl/workbook.xml": b"<w/>"})
    with pytest.raises(UnsafeFileError, match="is a zip archive but not a Word document"):
        check_zip(other, required=(r"(?:.*/)?document\.xml",), kind="a Word document")
    evil = _zip(tmp_path / "e.docx", {"word/document.xml": b"<w/>", "word/_rels/document.xml.rels": DTD})
    with pytest.raises(InputError, match=r"part word/_rels/document.xml.rels declares XML entities"):
        check_zip(evil)
    cut = tmp_path / "cut.docx"
    whole = _zip(tmp_path / "whole.zip", {"word/document.xml": b"<w/>" * 5000}).read_bytes()
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(UnsafeFileError, match="damaged or truncated"):
        check_zip(cut)


def test_check_size(tmp_path: Path) -> None:
    """Missing, folder, empty and oversized files are refused with the file named."""
    with pytest.raises(UnsafeFileError, match="There is no file"):
        check_size(tmp_path / "nope.xlsx", max_bytes=10)
    with pytest.raises(UnsafeFileError, match="is a folder"):
        check_size(tmp_path, max_bytes=10)
    empty = tmp_path / "e.csv"
    empty.write_bytes(b"")
    with pytest.raises(UnsafeFileError, match="e.csv is empty"):
        check_size(empty, max_bytes=10)
    empty.write_bytes(b"x" * 2048)
    with pytest.raises(UnsafeFileError, match="is 2 kB; the limit is 1 kB"):
        check_size(empty, max_bytes=1024)
    assert check_size(empty, max_bytes=4096) == 2048


def _sheet(rows: int, *, empty_rows: int = 0, prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    body = "".join(f'<{p}row r="{i}"><{p}c r="A{i}"><{p}v>{i}</{p}v></{p}c></{p}row>' for i in range(1, rows + 1))
    blanks = "".join(f'<{p}row r="{rows + i}" ht="20" customHeight="1"/>' for i in range(1, empty_rows + 1))
    return f'<?xml version="1.0"?><{p}worksheet><{p}sheetData>{body}{blanks}</{p}sheetData></{p}worksheet>'.encode()


@pytest.mark.parametrize("prefix", ["", "x"])
def test_element_counts_are_exact_and_bounded(tmp_path: Path, prefix: str) -> None:
    """Rows are counted exactly across 1 MB chunks (self-closing ones too) and over-limit sheets refused."""
    limit = ElementLimit(r"xl/worksheets/[^/]+\.xml", "row", 60_000, "rows")
    path = _zip(tmp_path / "w.xlsx", {"xl/workbook.xml": b"<workbook/>",
                                      "xl/worksheets/sheet1.xml": _sheet(50_000, empty_rows=3000, prefix=prefix),
                                      "xl/worksheets/sheet2.xml": _sheet(3, prefix=prefix)})
    summary = check_zip(path, elements=(limit,), limits=ZipLimits(max_ratio=1e9))
    assert summary.counts == {"xl/worksheets/sheet1.xml": 53_000, "xl/worksheets/sheet2.xml": 3}
    tight = ElementLimit(limit.members, "row", 52_000, "rows")
    with pytest.raises(UnsafeFileError, match="part xl/worksheets/sheet1.xml has more than 52,000 rows"):
        check_zip(path, elements=(tight,), limits=ZipLimits(max_ratio=1e9))
