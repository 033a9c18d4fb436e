"""A corpus of broken and hostile files for every importer, generated cheaply on demand.

``build_corpus(folder, suffixes, seeds)`` writes one file per case into ``folder``: empty files,
random bytes, truncated copies of the valid seeds, wrong extensions, NUL bytes, a multi-megabyte
line, a million rows, wrong encodings, formulas, merged cells, zip bombs (honest and lying about
their sizes, and with thousands of entries), XML entity bombs and external entities. Each case is a
file name that says what it is; the harness runs an importer on every one.
"""

from __future__ import annotations

import io
import os
import random
import re
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

TEXT_SUFFIXES = (".csv", ".txt", ".md")
ZIP_SUFFIXES = (".xlsx", ".docx", ".qdpx")
#: the main XML part of each zip-based format, and a side part that is parsed as XML too
MAIN_PART = {".xlsx": "xl/worksheets/sheet1.xml", ".docx": "word/document.xml", ".qdpx": "project.qde"}
SIDE_PART = {".xlsx": "xl/sharedStrings.xml", ".docx": "word/styles.xml"}

BILLION_LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n"
)
XXE = '<?xml version="1.0"?>\n<!DOCTYPE x [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>\n'


_EPOCH = (2026, 1, 1, 0, 0, 0)
_STAMPS = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def _zip_replace(data: bytes, pattern: str, content: bytes) -> bytes:
    """A copy of the zip ``data`` with every entry whose name matches ``pattern`` replaced by ``content``
    (entries dated alike and document timestamps fixed, so that the same corpus is built every time)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = content if re.search(pattern, info.filename) else src.read(info.filename)
            if info.filename.endswith("core.xml"):
                body = _STAMPS.sub(rb"\g<1>2026-01-01T00:00:00Z\g<2>", body)
            dst.writestr(_entry(info.filename), body)
    return out.getvalue()


def _zip_bomb(seed: bytes, inner_name: str, size: int) -> bytes:
    """The valid zip ``seed`` with its part ``inner_name`` replaced by ``size`` bytes of spaces inside an
    XML element (ratio ~1000:1), so that only the size gives it away."""
    out = io.BytesIO()
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(io.BytesIO(seed)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for info in src.infolist():
            if info.filename != inner_name:
                archive.writestr(_entry(info.filename), src.read(info.filename))
        with archive.open(inner_name, "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0"?><worksheet>')
            for _ in range(size // len(chunk)):
                fh.write(chunk)
            fh.write(b"</worksheet>")
    return out.getvalue()


def _lying_zip(seed: bytes, inner_name: str, real_size: int, declared: int = 1000) -> bytes:
    """A zip bomb whose directory claims the big part is ``declared`` bytes while it inflates to ``real_size``."""
    data = bytearray(_zip_bomb(seed, inner_name, real_size))
    name = inner_name.encode()
    pos = 0
    while True:
        central = data.find(b"PK\x01\x02", pos)
        if central < 0:
            break
        name_len = int.from_bytes(data[central + 28: central + 30], "little")
        if bytes(data[central + 46: central + 46 + name_len]) == name:
            data[central + 24: central + 28] = declared.to_bytes(4, "little")
        pos = central + 4
    return bytes(data)


def _zip_add(data: bytes, name: str, content: bytes) -> bytes:
    """A copy of the zip ``data`` with one more (or a replaced) entry."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != name:
                dst.writestr(_entry(info.filename), src.read(info.filename))
        dst.writestr(_entry(name), content)
    return out.getvalue()


def _many_entries(count: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for n in range(count):
            archive.writestr(f"junk/{n}.xml", b"<a/>")
    return out.getvalue()


def xlsx_bytes(rows: Iterable[Iterable[object]], *, merge: Iterable[str] = (), formulas: bool = False) -> bytes:
    """An .xlsx workbook holding ``rows`` (and merged ranges) as bytes."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(list(row))
    for cells in merge:
        sheet.merge_cells(cells)
    if formulas:
        sheet.append(["=1+1", "=HYPERLINK(\"http://evil.example\",\"click\")", "=SUM(A1:A3)"])
    out = io.BytesIO()
    book.save(out)
    return _zip_replace(out.getvalue(), r"^$", b"")


def docx_bytes(paragraphs: Iterable[str]) -> bytes:
    """A .docx document with ``paragraphs`` as bytes."""
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return _zip_replace(out.getvalue(), r"^$", b"")


def _million_rows_xml(rows: int) -> bytes:
    head = b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    body = b"".join(b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i) for i in range(1, rows + 1))
    return head + body + b"</sheetData></worksheet>"


def cases(suffixes: tuple[str, ...], seeds: dict[str, bytes], header: str, *, rng: random.Random,
          big: bool = True) -> Iterable[tuple[str, bytes | Callable[[], bytes]]]:
    """(file name, bytes or a maker of bytes) for every case; ``seeds`` maps a suffix to a valid file,
    ``header`` is a valid header line for the text formats; ``big=False`` leaves out the million rows and
    the hundred-megabyte zip bombs (for importers that share a reader already tried with them)."""
    text_suffix = next((s for s in suffixes if s in TEXT_SUFFIXES), None)
    zip_suffix = next((s for s in suffixes if s in ZIP_SUFFIXES), None)
    for suffix in suffixes:
        yield f"empty{suffix}", b""
        yield f"random-bytes{suffix}", rng.randbytes(64 * 1024)
        yield f"one-byte{suffix}", b"\xff"
        seed = seeds.get(suffix)
        if seed:
            yield f"truncated-half{suffix}", seed[: len(seed) // 2]
            yield f"truncated-10-bytes{suffix}", seed[:10]
            yield f"truncated-last-byte{suffix}", seed[:-1]
            flipped = bytearray(seed)
            for _ in range(20):
                flipped[rng.randrange(len(flipped))] ^= 0xFF
            yield f"bit-flipped{suffix}", bytes(flipped)
        yield f"png-named{suffix}", b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000)
        yield f"pdf-named{suffix}", b"%PDF-1.7\n" + rng.randbytes(2000)
        yield f"old-xls-named{suffix}", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000
    for suffix, seed in seeds.items():
        for other in suffixes:
            if other != suffix:
                yield f"wrong-extension-{suffix[1:]}-as{other}", seed
    if text_suffix:
        t = text_suffix
        yield f"nul-bytes{t}", (header + "\nAcme\x00Corp;Моск\x00ва\n").encode() + b"\x00" * 10_000
        yield f"nul-late{t}", (header + "\n" + "Строка;текст\n" * 500 + "A\x00B;C\n").encode()
        yield f"long-line-5mb{t}", lambda: (header + "\n" + "Ю" * 2_600_000 + "\n").encode()
        yield f"long-cell-quoted{t}", lambda: (header + '\n"' + "q" * 3_000_000 + '"\n').encode()
        yield f"unclosed-quote{t}", (header + '\n"never closed;' + "x;" * 1000 + "\n").encode()
        if big:
            yield f"million-rows{t}", lambda: (header + "\n").encode() + b"Acme;1;x\n" * 1_000_000
        sample = header + "\nООО «Ромашка»;Москва;пример ёлка;5\nИП Пётр;Казань;боль: платят поздно;3\n"
        yield f"utf16le-no-bom{t}", sample.encode("utf-16-le")
        yield f"utf16-bom{t}", sample.encode("utf-16")
        yield f"utf32{t}", sample.encode("utf-32")
        yield f"cp1251{t}", sample.encode("cp1251", errors="replace")
        yield f"koi8r{t}", sample.encode("koi8-r", errors="replace")
        yield f"mac-cyrillic{t}", sample.encode("mac-cyrillic", errors="replace")
        yield f"invalid-utf8{t}", sample.encode() + b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc\n"
        yield f"bom-only{t}", b"\xef\xbb\xbf"
        yield f"only-newlines{t}", b"\n\r\n" * 50_000
        formulas = ['=HYPERLINK("http://evil.example","click")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1)",
                    "\t=1+1", "=1+1"]
        yield f"formulas{t}", (header + "\n" + "\n".join(f"{f};{f};{f};{f}" for f in formulas) + "\n").encode()
        yield f"many-columns{t}", (header + ";" + ";".join(f"c{i}" for i in range(5000)) + "\n" + "1;" * 5000 + "\n").encode()
        yield f"control-chars{t}", (header + "\n" + "".join(chr(c) for c in range(1, 32)) * 10 + "\n").encode()
    if zip_suffix:
        z = zip_suffix
        inner = MAIN_PART[z]
        seed = seeds.get(z)
        if seed and big:
            yield f"zip-bomb-honest{z}", lambda: _zip_bomb(seed, inner, 320 << 20)
            yield f"zip-bomb-lying-sizes{z}", lambda: _lying_zip(seed, inner, 100 << 20)
        yield f"zip-many-entries{z}", lambda: _many_entries(20_000)
        yield f"zip-empty{z}", _many_entries(0)
        yield f"zip-path-traversal{z}", _zip_with({"../../evil.txt": b"x", "[Content_Types].xml": b"<Types/>"})
        if seed:
            yield f"xml-entity-bomb{z}", _zip_replace(seed, re.escape(inner), (BILLION_LAUGHS + "<a>&lol9;</a>").encode())
            yield f"xml-external-entity{z}", _zip_replace(seed, re.escape(inner), (XXE + "<a>&xxe;</a>").encode())
            yield f"xml-deep-nesting{z}", _zip_replace(seed, re.escape(inner), b"<a>" * 100_000 + b"</a>" * 100_000)
            yield f"xml-garbage{z}", _zip_replace(seed, re.escape(inner), rng.randbytes(5000))
            yield f"missing-main-part{z}", _zip_replace(seed, re.escape(inner), b"")
            side = SIDE_PART.get(z)
            if side:
                yield f"side-part-entity-bomb{z}", _zip_add(seed, side, (BILLION_LAUGHS + "<sst>&lol9;</sst>").encode())
            with zipfile.ZipFile(io.BytesIO(seed)) as archive:
                main = archive.read(inner)
            yield f"main-part-cut-in-half{z}", _zip_replace(seed, re.escape(inner), main[: len(main) // 2])
            yield f"main-part-nul-bytes{z}", _zip_replace(seed, re.escape(inner), main.replace(b">", b">\x00", 3))
            yield f"main-part-utf16-declared-utf8{z}", _zip_replace(seed, re.escape(inner), main.decode().encode("utf-16"))
            junk = rng.randbytes(5 << 19).hex().encode()  # 5 MB that do not compress much
            on_root = re.sub(rb"(<[A-Za-z][^>\s/]*)", lambda m: m.group(1) + b' junk="' + junk + b'"', main, count=1)
            yield f"main-part-5mb-attribute{z}", _zip_replace(seed, re.escape(inner), on_root)
            yield f"main-part-cp1251{z}", _zip_replace(
                seed, re.escape(inner), main.decode().encode("cp1251", errors="replace"))
            if z == ".xlsx" and big:
                yield f"million-rows{z}", lambda: _zip_replace(seed, re.escape(inner), _million_rows_xml(1_000_000))
            if z == ".xlsx":
                cols = header.split(";")
                yield f"merged-cells{z}", xlsx_bytes([["Title of the sheet"], [], cols, ["a", "b", "c", "d"],
                                                      ["e", None, None, "f"]], merge=("A1:D1", "A4:B5", "C4:C5"))
                yield f"formulas{z}", xlsx_bytes([cols, ["=1+1", "=A2*2", '=HYPERLINK("http://e.x","c")', "@x"]],
                                                 formulas=True)
                yield f"header-only{z}", xlsx_bytes([cols])
        others = {".xlsx": ("word/document.xml", b"<w:document/>"), ".docx": ("xl/workbook.xml", b"<workbook/>"),
                  ".qdpx": ("word/document.xml", b"<w:document/>")}
        part, body = others[z]
        yield f"other-office-zip{z}", _zip_with({"[Content_Types].xml": b"<Types/>", part: body})


def _zip_with(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, body in entries.items():
            archive.writestr(name, body)
    return out.getvalue()


def build_corpus(folder: Path, suffixes: tuple[str, ...], seeds: dict[str, bytes], header: str, *,
                 extra: dict[str, bytes] | None = None, seed: int = 10, big: bool = True) -> list[Path]:
    """Write every case into ``folder`` (created) and return the files, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    written: list[Path] = []
    for name, content in cases(suffixes, seeds, header, rng=rng, big=big):
        path = folder / name
        path.write_bytes(content() if callable(content) else content)
        written.append(path)
    for name, content in (extra or {}).items():
        path = folder / name
        path.write_bytes(content)
        written.append(path)
    return sorted(written)


def corpus_size(paths: Iterable[Path]) -> int:
    """Total bytes of a corpus."""
    return sum(os.path.getsize(p) for p in paths)
