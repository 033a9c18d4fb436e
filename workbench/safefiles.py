"""Checks that refuse hostile or broken files *before* any parser sees them (no Qt, no openpyxl).

Every importer that reads a zip-based format (.xlsx, .docx, .qdpx) calls :func:`check_zip` first::

    from workbench.safefiles import ElementLimit, UnsafeFileError, ZipLimits, check_zip

    check_zip(path, limits=ZipLimits(max_total_bytes=100 << 20),
              required=(r"(?:.*/)?document\\.xml",), kind="a Word document",
              roots={r"word/document\\.xml": "document"})

    # xlsx: also refuse absurd sheets by counting their rows before openpyxl touches them
    check_zip(path, required=(r"(?:.*/)?workbook\\.xml",), kind="an Excel workbook (.xlsx)",
              roots={r"xl/worksheets/[^/]+\\.xml": "worksheet"},
              elements=(ElementLimit(r"xl/worksheets/[^/]+\\.xml", "row", 210_000, "rows"),))

It raises :class:`UnsafeFileError` (an :class:`~workbench.errors.InputError`, so a one-line message
that names the file) when:

* the file is missing, a folder, empty, or larger than ``ZipLimits.max_file_bytes``;
* it is not a readable zip archive (truncated, damaged), or lacks the ``required`` parts;
* the zip *directory* declares too many members, a member or a total uncompressed size over the
  limits, or a member compressed more than ``max_ratio``:1 (zip bombs) — nothing is inflated for this;
* a member is encrypted or uses a compression method Python cannot read;
* an XML member (``xml_members``) declares a DTD (``<!DOCTYPE`` / ``<!ENTITY``: entity bombs and
  external entities). Only the XML *prolog* is inflated for this, in small chunks, up to the root
  element: a conforming parser refuses a DTD anywhere else, so a 300 MB part costs a few kilobytes;
* a member named in ``roots`` starts with another root element than the format puts there (junk,
  an empty part, 100,000-deep nonsense XML);
* an :class:`ElementLimit` is exceeded (e.g. more than 210,000 ``<row>`` elements in a worksheet).
  That part is inflated in 1 MB chunks and counting stops at the first element over the limit, so a
  million-row sheet is refused after reading about a fifth of it.

Python's :mod:`zipfile` never returns more bytes for a member than its directory entry declares
(and fails the CRC check if the data disagrees), so a zip lying about its sizes is bounded as well.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import IO

from workbench.errors import InputError

__all__ = ["ElementLimit", "Prolog", "UnsafeFileError", "ZipLimits", "ZipSummary", "check_size", "check_zip",
           "prolog_declares_dtd", "scan_prolog"]


class UnsafeFileError(InputError):
    """A file refused before parsing: missing, damaged, not the expected kind, too large or hostile."""


@dataclass(frozen=True)
class ZipLimits:
    """How large a zip-based file may be; each importer may pass tighter ones."""

    max_file_bytes: int = 50 * 1024 * 1024
    max_total_bytes: int = 300 * 1024 * 1024
    max_member_bytes: int = 200 * 1024 * 1024
    max_ratio: float = 150.0
    #: members smaller than this (uncompressed) are not judged by their ratio: tiny XML compresses well
    ratio_check_above_bytes: int = 1024 * 1024
    max_members: int = 5_000
    #: how much of an XML member may come before its root element (declaration, comments, whitespace)
    max_prolog_bytes: int = 256 * 1024


DEFAULT_ZIP_LIMITS = ZipLimits()
XML_MEMBERS = r".*\.(?:xml|rels|vml)"


@dataclass(frozen=True)
class ElementLimit:
    """At most ``max_count`` ``<tag>`` elements (any namespace prefix, empty ones too) in each member matching
    ``members`` (a regular expression matched against the whole member name); ``what`` names them in
    the message ("rows")."""

    members: str
    tag: str
    max_count: int
    what: str = ""


@dataclass(frozen=True)
class ZipSummary:
    """What the directory of an accepted archive says."""

    members: tuple[str, ...]
    total_bytes: int
    counts: dict[str, int]  # member -> elements counted (only members an ElementLimit applies to)
    roots: dict[str, str] = field(default_factory=dict)  # XML member -> its root element's name


def _mb(size: float) -> str:
    return f"{size / (1 << 20):.0f} MB" if size >= 1 << 20 else f"{size / 1024:.0f} kB"


def check_size(path: str | Path, *, max_bytes: int, what: str = "a file") -> int:
    """The file's size in bytes, or UnsafeFileError when it is missing, a folder, empty or over ``max_bytes``."""
    path = Path(path)
    try:
        if path.is_dir():
            raise UnsafeFileError(f"{path} is a folder, not {what}.")
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise UnsafeFileError(f"There is no file {path}.") from exc
    except OSError as exc:
        raise UnsafeFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if size == 0:
        raise UnsafeFileError(f"{path.name} is empty.")
    if size > max_bytes:
        raise UnsafeFileError(f"{path.name} is {_mb(size)}; the limit is {_mb(max_bytes)}.")
    return size


_WS = re.compile(rb"[ \t\r\n]*")
_DTD_START = (b"<!DOCTYPE", b"<!ENTITY")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Prolog:
    """What the start of an XML part says: whether it declares a DTD, and its root element's name."""

    dtd: bool
    root: str  # "w:document"; "" when the part ends or is not XML before any element


_ROOT = re.compile(rb"<([A-Za-z_][^\s/>]{0,200})[\s/>]")


def scan_prolog(read: Callable[[int], bytes], *, max_bytes: int = DEFAULT_ZIP_LIMITS.max_prolog_bytes,
                chunk: int = 16 * 1024) -> Prolog:
    """Read only the prolog of the XML behind ``read(n)``: the XML declaration, processing instructions,
    comments and whitespace up to the root element's name (or to anything that is not XML, which the
    parser will refuse on its own). NUL bytes are dropped, so UTF-16 XML is scanned as well. Raises
    UnsafeFileError when the prolog runs past ``max_bytes``.
    """
    buf = b""
    pos = 0
    eof = False
    while True:
        need_more = False
        while not need_more:
            pos = _WS.match(buf, pos).end()  # type: ignore[union-attr]
            rest = buf[pos: pos + 16]
            if not rest:
                need_more = True
            elif pos == 0 and rest[:1] in (b"\xef", b"\xff", b"\xfe"):  # a byte order mark
                bom = next((b for b in _BOMS if rest.startswith(b)), None)
                if bom is None and not any(b.startswith(rest) for b in _BOMS):
                    return Prolog(False, "")
                need_more = bom is None
                pos = len(bom) if bom else 0
            elif rest.startswith(b"<?"):
                end = buf.find(b"?>", pos + 2)
                need_more = end < 0
                pos = pos if need_more else end + 2
            elif rest.startswith(b"<!--"):
                end = buf.find(b"-->", pos + 4)
                need_more = end < 0
                pos = pos if need_more else end + 3
            elif rest.upper().startswith(_DTD_START):
                return Prolog(True, "")
            elif len(rest) < 9 and any(s.startswith(rest.upper()) for s in (*_DTD_START, b"<!--")):
                need_more = True  # a token cut by the chunk boundary
            else:  # the root element, or not XML at all
                match = _ROOT.match(buf, pos)
                if match is None and not eof and len(buf) - pos < 256:
                    need_more = True  # the root's name may be cut by the chunk boundary
                    continue
                return Prolog(False, match.group(1).decode("utf-8", "replace") if match else "")
        if eof:
            return Prolog(False, "")
        data = read(chunk)
        eof = not data
        buf += data.replace(b"\x00", b"")
        if len(buf) > max_bytes:
            raise UnsafeFileError(f"an XML part has more than {_mb(max_bytes)} before its first element")


def prolog_declares_dtd(read: Callable[[int], bytes], *, max_bytes: int = DEFAULT_ZIP_LIMITS.max_prolog_bytes,
                        chunk: int = 16 * 1024) -> bool:
    """True if the XML read through ``read(n)`` has a ``<!DOCTYPE``/``<!ENTITY`` before its root element."""
    return scan_prolog(read, max_bytes=max_bytes, chunk=chunk).dtd


def _count_elements(fh: IO[bytes], tag: str, stop_after: int, chunk: int = 1 << 20) -> int:
    """``<tag ...>`` start tags (any prefix) in a stream; stops once above ``stop_after``."""
    start = re.compile(rb"<(?:[\w.-]+:)?" + re.escape(tag.encode()) + rb"[\s>/]")
    count = 0
    carry = b""
    while True:
        data = fh.read(chunk)
        if not data:
            return count + len(start.findall(carry))
        data = carry + data
        cut = data.rfind(b"<")  # a tag never contains "<": a tag still open at the end is carried over
        if cut < 0 or data.find(b">", cut) >= 0 or len(data) - cut > chunk:
            head, carry = data, b""  # (a start tag longer than a chunk is not one we count)
        else:
            head, carry = data[:cut], data[cut:]
        count += len(start.findall(head))
        if count > stop_after:
            return count


def _open_error(name: str, member: str, exc: BaseException) -> UnsafeFileError:
    if isinstance(exc, RuntimeError):  # zipfile: "File ... is encrypted, password required"
        return UnsafeFileError(f"{name} is encrypted ({member}); save it without a password.")
    if isinstance(exc, NotImplementedError):
        return UnsafeFileError(f"{name}: part {member} uses a compression method that cannot be read.")
    return UnsafeFileError(f"{name} is damaged or truncated ({member}: {exc}).")


_READ_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError)


def check_zip(
    path: str | Path,
    *,
    limits: ZipLimits = DEFAULT_ZIP_LIMITS,
    xml_members: str = XML_MEMBERS,
    required: Sequence[str] = (),
    kind: str = "a zip archive",
    elements: Sequence[ElementLimit] = (),
    roots: Mapping[str, str] = MappingProxyType({}),
) -> ZipSummary:
    """Refuse a zip-based file that is damaged, not ``kind``, a zip bomb or carries a DTD; see the module.

    ``xml_members`` and each of ``required`` are regular expressions matched (case-blind) against whole
    member names: members matching ``xml_members`` get the DTD scan; each ``required`` pattern must
    match some member, else the file is "a zip archive but not <kind>" (say "an Excel workbook").
    ``roots`` maps a member pattern to the local name its root element must have
    (``{r"xl/worksheets/[^/]+\\.xml": "worksheet"}``); a part with another root is refused.
    """
    path = Path(path)
    name = path.name
    check_size(path, max_bytes=limits.max_file_bytes, what=kind)
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise UnsafeFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if head not in (b"PK\x03\x04", b"PK\x05\x06"):
        raise UnsafeFileError(f"{name} is not {kind}: it is not a zip archive (it may be another kind of file "
                              "renamed, or damaged).")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise UnsafeFileError(f"{name} is damaged or truncated (not a readable zip archive): {exc}.") from exc
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > limits.max_members:
            raise UnsafeFileError(f"{name} has {len(infos)} parts inside (limit {limits.max_members}); "
                                  "refusing it as a zip bomb.")
        names = [info.filename for info in infos]
        for pattern in required:
            if not any(re.fullmatch(pattern, n, re.IGNORECASE) for n in names):
                raise UnsafeFileError(f"{name} is a zip archive but not {kind}.")
        total = sum(info.file_size for info in infos)
        if total > limits.max_total_bytes:
            raise UnsafeFileError(f"{name} would unpack to {_mb(total)} (limit {_mb(limits.max_total_bytes)}); "
                                  "refusing it as a zip bomb.")
        for info in infos:
            if info.flag_bits & 0x1:
                raise UnsafeFileError(f"{name} is encrypted; save it without a password.")
            if info.file_size > limits.max_member_bytes:
                raise UnsafeFileError(f"{name}: part {info.filename} would unpack to {_mb(info.file_size)} "
                                      f"(limit {_mb(limits.max_member_bytes)}); refusing it as a zip bomb.")
            if info.file_size > limits.ratio_check_above_bytes:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limits.max_ratio:
                    raise UnsafeFileError(f"{name}: part {info.filename} is compressed {ratio:.0f}:1; "
                                          "refusing it as a zip bomb.")
        found_roots: dict[str, str] = {}
        for info in infos:
            if not re.fullmatch(xml_members, info.filename, re.IGNORECASE):
                continue
            try:
                with archive.open(info) as fh:
                    prolog = scan_prolog(fh.read, max_bytes=limits.max_prolog_bytes)
            except UnsafeFileError as exc:
                raise UnsafeFileError(f"{name}: part {info.filename}: {exc}; refused.") from exc
            except _READ_ERRORS as exc:
                raise _open_error(name, info.filename, exc) from exc
            if prolog.dtd:
                raise UnsafeFileError(f"{name}: part {info.filename} declares XML entities (a DTD); "
                                      "refused as unsafe.")
            found_roots[info.filename] = prolog.root
            for pattern, expected in roots.items():
                local = prolog.root.rpartition(":")[2]
                if re.fullmatch(pattern, info.filename, re.IGNORECASE) and local != expected:
                    shown = f"with <{prolog.root[:40]}>" if prolog.root else "with no XML element"
                    raise UnsafeFileError(f"{name}: part {info.filename} starts {shown} where <{expected}> belongs; "
                                          f"the file is damaged or not {kind}.")
        counts: dict[str, int] = {}
        for limit in elements:
            for info in infos:
                if not re.fullmatch(limit.members, info.filename, re.IGNORECASE):
                    continue
                try:
                    with archive.open(info) as fh:
                        count = _count_elements(fh, limit.tag, limit.max_count)
                except _READ_ERRORS as exc:
                    raise _open_error(name, info.filename, exc) from exc
                counts[info.filename] = count
                if count > limit.max_count:
                    what = limit.what or f"<{limit.tag}> elements"
                    raise UnsafeFileError(f"{name}: part {info.filename} has more than {limit.max_count:,} {what} "
                                          "(the limit); split the file.")
    return ZipSummary(members=tuple(names), total_bytes=total, counts=counts, roots=found_roots)
