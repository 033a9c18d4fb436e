"""Importing notes and transcripts: .txt, .md, .docx or pasted text into statements.

Text is split into paragraphs, then sentences; ``Name: text`` lines carry a speaker (and a kind
prefix such as ``боль:`` tags the line instead). Files are read as UTF-8 (with or without BOM) or,
failing that, cp1251, the encoding Russian Windows editors still save in. A .docx is checked by
:func:`workbench.safefiles.check_zip` (zip bombs, DTDs and entities) before python-docx opens it,
and any parser failure becomes a one-line :class:`~workbench.errors.InputError`. :func:`preview_text`
shows what would be imported; :func:`import_statements` writes it in one transaction.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from workbench.errors import InputError
from workbench.interviews.capture import MAX_STATEMENT_CHARS, add_statement_in, parse_kind_prefix
from workbench.interviews.tx import write_transaction
from workbench.safefiles import ZipLimits, check_zip
from workbench.store import models
from workbench.store.backup import backup_before
from workbench.store.project import Project

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".docx")
#: a .docx is refused before python-docx reads it when its zip directory or XML says it is hostile; a
#: transcript's document.xml is a few megabytes, and python-docx holds each part's tree in memory
DOCX_LIMITS = ZipLimits(max_file_bytes=MAX_FILE_BYTES, max_total_bytes=80 * 1024 * 1024,
                        max_member_bytes=40 * 1024 * 1024, max_members=2_000)
_SPEAKER = re.compile(r"^\s*([A-ZА-ЯЁ][\w.\-]*(?:\s+[A-ZА-ЯЁ][\w.\-]*){0,2})\s*:\s+(\S.*)$", re.DOTALL)
# A sentence ends at . ! ? … followed by space and a capital letter, a digit or a quote/dash.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"»”)]?\s+(?=[\"«“(—–-]?[A-ZА-ЯЁ0-9])")
_MD_NOISE = re.compile(r"^\s*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+|>\s*)")
_ABBREVIATIONS = ("т.е.", "т.к.", "т.д.", "т.п.", "e.g.", "i.e.", "etc.", "г.", "руб.", "тыс.", "млн.")


@dataclass(frozen=True)
class ImportedLine:
    """One statement to import."""

    text: str
    speaker: str = ""
    kind: str | None = None


def decode_text(data: bytes) -> str:
    """Bytes of a text file as str: UTF-8 (BOM or not), else cp1251; NUL bytes refused."""
    if b"\x00" in data[:4096]:
        raise InputError("That file is not plain text (it contains binary data).")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def read_document(path: Path) -> str:
    """The text of a .txt, .md or .docx file, with paragraphs separated by blank lines."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"There is no file {path}.")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path.name}: notes are imported from {', '.join(SUFFIXES)} files.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(f"{path.name} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; split it first.")
    if suffix == ".docx":
        try:
            import docx  # python-docx
            from docx.opc.exceptions import PackageNotFoundError
        except ImportError as exc:  # pragma: no cover - a dependency of the app
            raise InputError("Reading .docx needs the python-docx package.") from exc
        check_zip(path, limits=DOCX_LIMITS, required=(r"(?:.*/)?document\.xml",), kind="a Word document (.docx)",
                  roots={r"word/document\.xml": "document"})
        try:
            document = docx.Document(str(path))
            return "\n\n".join(p.text for p in document.paragraphs)
        except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
            raise InputError(f"{path.name} is not a readable Word document.") from exc
        except MemoryError as exc:
            raise InputError(f"{path.name} is too large to read as a Word document; split it first.") from exc
        except Exception as exc:  # noqa: BLE001 - zip/xml errors of a broken file
            detail = " ".join(str(exc).split())[:200]
            if "depth" in detail.lower():
                detail = "its XML is nested too deeply"
            raise InputError(f"{path.name} is not a readable Word document ({type(exc).__name__}: {detail}).") from exc
    return decode_text(path.read_bytes())


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    current: list[str] = []
    for raw in text.split("\n"):
        line = _MD_NOISE.sub("", raw).strip().strip("*_`").strip()
        starts_new = bool(_SPEAKER.match(line)) or bool(parse_kind_prefix(line)[0]) or _MD_NOISE.match(raw)
        if not line:
            if current:
                out.append(" ".join(current))
                current = []
            continue
        if starts_new and current:
            out.append(" ".join(current))
            current = []
        current.append(line)
    if current:
        out.append(" ".join(current))
    return out


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences (keeps abbreviations such as "т.е." inside)."""
    parts = _SENTENCE_END.split(text)
    merged: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if merged and merged[-1].lower().endswith(_ABBREVIATIONS):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def parse_notes(text: str, *, by_sentence: bool = True) -> list[ImportedLine]:
    """Turn raw notes into statements: paragraphs, then (optionally) sentences; speakers and tags kept."""
    lines: list[ImportedLine] = []
    for paragraph in _paragraphs(text):
        kind, rest = parse_kind_prefix(paragraph)
        speaker = ""
        if kind is None:
            match = _SPEAKER.match(paragraph)
            if match:
                speaker, rest = match.group(1).strip(), match.group(2).strip()
        pieces = split_sentences(rest) if by_sentence else [rest]
        for piece in pieces:
            piece = piece.strip()
            if not piece or not any(ch.isalnum() for ch in piece):
                continue
            while len(piece) > MAX_STATEMENT_CHARS:
                lines.append(ImportedLine(piece[:MAX_STATEMENT_CHARS], speaker, kind))
                piece = piece[MAX_STATEMENT_CHARS:]
            lines.append(ImportedLine(piece, speaker, kind))
    return lines


def preview_file(path: Path, *, by_sentence: bool = True) -> list[ImportedLine]:
    """What importing a file would add."""
    return parse_notes(read_document(path), by_sentence=by_sentence)


def import_statements(project: Project, *, interview_id: int, lines: list[ImportedLine]) -> list[int]:
    """Append the lines to an interview in one transaction (all or nothing); returns the new ids."""
    if not lines:
        raise InputError("There is nothing to import: the text has no statements.")
    ids: list[int] = []
    backup_before(project, "import-notes")
    with write_transaction(project) as session:
        interview = session.get(models.Interview, interview_id)
        if interview is None:
            raise InputError(f"There is no interview {interview_id} in this project.")
        for line in lines:
            row = add_statement_in(
                session, interview_id=interview_id, text=line.text, kind=line.kind, user=project.user,
                source="imported", speaker=line.speaker[:200], guide_question_id=None,
            )
            row.time_offset_s, row.guide_question_id = None, None
            assert row.id is not None
            ids.append(row.id)
        if interview.status == "planned":
            interview.status = "done"
    log.info("imported %d statements into interview %d", len(ids), interview_id)
    return ids


def import_file(project: Project, *, interview_id: int, path: Path, by_sentence: bool = True) -> list[int]:
    """Read a notes file and import it; returns the new statement ids."""
    return import_statements(project, interview_id=interview_id, lines=preview_file(path, by_sentence=by_sentence))
