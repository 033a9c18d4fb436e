"""Import a REFI-QDA project (.qdpx from QualCoder, NVivo, ATLAS.ti, MAXQDA or Workbench) as interviews.

Each text source becomes an interview; its partner is the named case that lists the source
(``SourceRef``), created with the case's variables (segment, city, employees, ...) when no partner of
that name exists, or a partner named after the source when no case lists it. Each coded span
(``PlainTextSelection``) becomes a statement, tagged with the kind its code names — Job, Pain, Gain,
Other or Работа, Боль, Выгода, Другое (plurals too), or any code nested under one of those; other
codes leave it untagged. The text no coding covers is kept as untagged statements, one per line, in
reading order (``coded_only=True`` drops it). A PDF's text representation is read like a text source;
pictures, audio and video are skipped and said so.

Safety: the archive is checked from its zip directory before anything is inflated (size, member
count and compression ratio, :mod:`workbench.safefiles`); any DTD or entity declaration refuses the
file; XML is parsed by defusedxml; only ``project.qde`` and the text sources it names are read, each
with a size limit, and never from outside the archive. The whole file is read and checked before the
project is touched; then the project is backed up and everything is written in one transaction, so a
bad file writes nothing.
"""

from __future__ import annotations

import json
import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError, TreeBuilder

import defusedxml.ElementTree as DefusedET
from defusedxml import DefusedXmlException
from sqlmodel import select

from workbench.errors import InputError
from workbench.interviews.capture import MAX_STATEMENT_CHARS
from workbench.interviews.tx import write_transaction
from workbench.partners.normalize import clean_company_name, clean_text, normalize_name, parse_count
from workbench.partners.scoring import rescore_in
from workbench.partners.service import ensure_segment, serialise_rescoring
from workbench.safefiles import ZipLimits, check_zip
from workbench.store import models
from workbench.store.backup import backup_before
from workbench.store.enums import RESEARCH_STATUSES
from workbench.store.project import Project

log = logging.getLogger(__name__)

NAMESPACE = "urn:QDA-XML:project:1.0"
#: what the zip directory may declare (a .qdpx may carry audio and video that are never inflated)
LIMITS = ZipLimits(max_file_bytes=1 << 30, max_total_bytes=4 << 30, max_member_bytes=(2 << 30) - 1,
                   max_members=20_000)
MAX_PROJECT_XML_BYTES = 64 << 20
MAX_SOURCE_BYTES = 20 << 20
MAX_TEXT_BYTES = 256 << 20
MAX_STATEMENTS = 200_000

Progress = Callable[[int, int, str], None]

#: code names (case-blind, plurals included) that tag a statement with a kind
KIND_NAMES: dict[str, str] = {
    **dict.fromkeys(("job", "jobs", "customer jobs", "работа", "работы", "задача", "задачи"), "job"),
    **dict.fromkeys(("pain", "pains", "боль", "боли"), "pain"),
    **dict.fromkeys(("gain", "gains", "выгода", "выгоды"), "gain"),
    **dict.fromkeys(("other", "другое", "прочее"), "other"),
}
#: case variable names (case-blind) -> partner column; the export writes the first of each
VARIABLE_FIELDS: dict[str, str] = {
    **dict.fromkeys(("segment", "сегмент"), "segment"),
    **dict.fromkeys(("city", "город"), "city"),
    **dict.fromkeys(("region", "регион"), "region"),
    **dict.fromkeys(("website", "site", "web site", "сайт"), "website"),
    **dict.fromkeys(("employees", "staff", "сотрудники", "сотрудников"), "employees"),
    **dict.fromkeys(("clients", "клиенты", "клиентов"), "clients"),
    **dict.fromkeys(("level", "partner level", "уровень"), "level"),
    **dict.fromkeys(("certification", "сертификация"), "certification"),
    **dict.fromkeys(("ecosystems", "экосистемы"), "ecosystems"),
    **dict.fromkeys(("research status", "статус исследования"), "research_status"),
}
_TEXT_COLUMNS = {"city": 200, "region": 200, "website": 500, "level": 100, "certification": 200, "ecosystems": 300}
_VALUE_TAGS = ("TextValue", "IntegerValue", "FloatValue", "BooleanValue", "DateValue", "DateTimeValue")


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def kind_of_code(name: str | None) -> str | None:
    """The kind a code name stands for ("Pain", "Боли", "jobs" ...), or None."""
    return KIND_NAMES.get(" ".join((name or "").split()).casefold())


@dataclass(frozen=True)
class PlannedStatement:
    """One statement to create: its text, kind (None: untagged) and where it starts in the source."""

    text: str
    kind: str | None
    start: int


@dataclass(frozen=True)
class PlannedInterview:
    """One text source, as the interview it becomes."""

    source: str
    partner: str
    partner_values: dict[str, str]
    partner_notes: str
    interviewer: str
    started_at: datetime | None
    summary: str
    statements: tuple[PlannedStatement, ...]


@dataclass(frozen=True)
class QdpxPlan:
    """What a .qdpx file holds, read and checked, before anything is written."""

    origin: str
    interviews: tuple[PlannedInterview, ...]
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class QdpxImportReport:
    """What an import wrote."""

    file: str
    origin: str
    interview_ids: tuple[int, ...]
    statements: int
    tagged: dict[str, int]
    partners_created: int
    partners_matched: int
    skipped: tuple[str, ...] = ()
    backup: str = ""

    def summary(self) -> str:
        """One line for the status bar or the terminal."""
        tags = ", ".join(f"{n} {k}" for k, n in self.tagged.items() if n)
        return (f"Imported {len(self.interview_ids)} interviews with {self.statements} statements"
                f"{f' ({tags})' if tags else ''} from {self.file}; partners: {self.partners_created} new, "
                f"{self.partners_matched} already in the project.")

    def as_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data."""
        return {"file": self.file, "origin": self.origin, "interviews": len(self.interview_ids),
                "interview_ids": list(self.interview_ids), "statements": self.statements, "tagged": self.tagged,
                "partners_created": self.partners_created, "partners_matched": self.partners_matched,
                "skipped": list(self.skipped), "backup": self.backup}


# ----------------------------------------------------------------------------- reading
def _read_member(archive: zipfile.ZipFile, member: str, limit: int, file_name: str) -> bytes:
    try:
        with archive.open(member) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError) as exc:
        raise InputError(f"{file_name} is damaged ({member}: {exc}).") from exc
    if len(data) > limit:
        raise InputError(f"{file_name}: {member} is larger than {limit >> 20} MB; refusing it.")
    return data


#: bytes of project.qde given to the XML parser at a time: one big parse held the GIL for ~175 ms and
#: froze the window (the import runs in a thread); between pieces the window gets its turn
PARSE_PIECE = 64 * 1024


def _parse_xml(data: bytes, file_name: str) -> Element:
    try:
        parser = DefusedET.DefusedXMLParser(target=TreeBuilder(), forbid_dtd=True, forbid_entities=True,
                                            forbid_external=True)
        for start in range(0, len(data), PARSE_PIECE):
            parser.feed(data[start:start + PARSE_PIECE])
        root = parser.close()
    except DefusedXmlException as exc:
        raise InputError(f"{file_name}: project.qde declares XML entities (a DTD); refused as unsafe.") from exc
    except ParseError as exc:
        raise InputError(f"{file_name}: project.qde is not well-formed XML ({exc}).") from exc
    except (RecursionError, MemoryError) as exc:
        raise InputError(f"{file_name}: project.qde is nested too deeply or too large to read.") from exc
    if root.tag != _q("Project"):
        raise InputError(f"{file_name} is not a REFI-QDA project: project.qde has no <Project> in "
                         f"the {NAMESPACE} namespace.")
    return root


def _decode(data: bytes) -> str | None:
    """The text of a source file: UTF-8 (BOM or not), UTF-16 with a BOM, else cp1251; None if binary."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1251", errors="replace")


def _value(vv: Element) -> tuple[str | None, str]:
    ref = vv.find(_q("VariableRef"))
    target = ref.get("targetGUID") if ref is not None else None
    for tag in _VALUE_TAGS:
        el = vv.find(_q(tag))
        if el is not None:
            return target, (el.text or "").strip()
    return target, ""


def _walk_codes(root: Element) -> dict[str, str | None]:
    """{code GUID: kind} for the whole code tree; a code without a kind name takes its parent's kind."""
    out: dict[str, str | None] = {}
    stack: list[tuple[Element, str | None]] = [(root, None)]
    while stack:  # iterative: a code tree may be nested deeper than Python's recursion limit
        parent, inherited = stack.pop()
        for code in parent.findall(_q("Code")):
            kind = kind_of_code(code.get("name")) or inherited
            guid = (code.get("guid") or "").upper()
            if guid:
                out[guid] = kind
            stack.append((code, kind))
    return out


def _parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=UTC)
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None


def _started(day: str | None, created: str | None) -> datetime | None:
    """When the interview took place: the source's creation time, unless an "Interview date" variable says
    another day."""
    at, on = _parse_when(created), _parse_when(day)
    if on is not None and (at is None or at.date() != on.date()):
        return on
    return at


def _statements(text: str, spans: list[tuple[int, int, str | None]], *, coded_only: bool) -> list[PlannedStatement]:
    """Coded spans as statements, and (unless ``coded_only``) the uncoded text line by line, in order."""
    pieces: list[tuple[int, int, str | None]] = []
    seen: dict[tuple[int, int], int] = {}
    for start, end, kind in sorted(spans, key=lambda s: (s[0], s[1])):
        key = (start, end)
        if key in seen:
            index = seen[key]
            if pieces[index][2] is None and kind is not None:
                pieces[index] = (start, end, kind)
            continue
        seen[key] = len(pieces)
        pieces.append((start, end, kind))
    if not coded_only:
        covered = sorted((s, e) for s, e, _k in pieces)
        gaps: list[tuple[int, int]] = []
        cursor = 0
        for start, end in covered:
            if start > cursor:
                gaps.append((cursor, start))
            cursor = max(cursor, end)
        if cursor < len(text):
            gaps.append((cursor, len(text)))
        for gap_start, gap_end in gaps:
            offset = gap_start
            for line in re.split(r"(\r\n|\r|\n)", text[gap_start:gap_end]):
                if line and line not in ("\r\n", "\r", "\n"):
                    pieces.append((offset, offset + len(line), None))
                offset += len(line)
    out: list[PlannedStatement] = []
    for start, end, kind in sorted(pieces, key=lambda p: (p[0], p[1])):
        body = text[start:end].replace("\r\n", "\n").replace("\r", "\n").strip()
        if not body or not any(ch.isalnum() for ch in body):
            continue
        while len(body) > MAX_STATEMENT_CHARS:
            out.append(PlannedStatement(body[:MAX_STATEMENT_CHARS], kind, start))
            body = body[MAX_STATEMENT_CHARS:].strip()
        if body:
            out.append(PlannedStatement(body, kind, start))
    return out


def read_qdpx(path: str | Path, *, coded_only: bool = False, progress: Progress | None = None) -> QdpxPlan:
    """Read and check a .qdpx file without touching any project; InputError when it cannot be imported."""
    path = Path(path)
    name = path.name
    check_zip(path, limits=LIMITS, xml_members=r"(?:.*/)?[^/]+\.(?:qde|xml)", required=(r"project\.qde",),
              kind="a REFI-QDA project (.qdpx)")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise InputError(f"{name} is damaged or truncated (not a readable zip archive): {exc}.") from exc
    with archive:
        members = {info.filename.casefold(): info.filename for info in archive.infolist() if not info.is_dir()}
        by_base: dict[str, str] = {}
        for low, real in members.items():
            by_base.setdefault(low.rsplit("/", 1)[-1], real)
        qde = members.get("project.qde")
        if qde is None:
            raise InputError(f"{name} is a zip archive but not a REFI-QDA project (no project.qde).")
        root = _parse_xml(_read_member(archive, qde, MAX_PROJECT_XML_BYTES, name), name)
        origin = root.get("origin") or ""
        users = {(u.get("guid") or "").upper(): (u.get("name") or "").strip()
                 for u in root.iterfind(f"{_q('Users')}/{_q('User')}")}
        codes = root.find(f"{_q('CodeBook')}/{_q('Codes')}")
        code_kinds = _walk_codes(codes) if codes is not None else {}
        variables = {(v.get("guid") or "").upper(): (v.get("name") or "").strip()
                     for v in root.iterfind(f"{_q('Variables')}/{_q('Variable')}")}
        case_of: dict[str, Element] = {}
        for case in root.iterfind(f"{_q('Cases')}/{_q('Case')}"):
            if not (case.get("name") or "").strip():
                continue  # a case without a name only carries one source's variables (MAXQDA, Quirkos)
            for ref in case.findall(_q("SourceRef")):
                case_of.setdefault((ref.get("targetGUID") or "").upper(), case)

        skipped: list[str] = []
        planned: list[PlannedInterview] = []
        text_bytes = 0
        statements_total = 0
        sources = root.find(_q("Sources"))
        children = list(sources) if sources is not None else []
        for number, element in enumerate(children):
            if progress is not None:
                progress(number, len(children), element.get("name") or "")
            tag = element.tag.rsplit("}", 1)[-1]
            source_name = (element.get("name") or "").strip() or f"source {number + 1}"
            text_el = element
            if tag == "PDFSource":
                text_el = element.find(_q("Representation"))  # type: ignore[assignment]
                if text_el is None:
                    skipped.append(f"{source_name}: a PDF without a text representation")
                    continue
            elif tag != "TextSource":
                skipped.append(f"{source_name}: {tag.removesuffix('Source').lower() or tag} sources are not imported")
                continue
            content = text_el.find(_q("PlainTextContent"))
            if content is not None and content.text is not None:
                text = content.text
            else:
                ref = (text_el.get("plainTextPath") or "").strip()
                if not ref.startswith("internal://"):
                    skipped.append(f"{source_name}: its text is outside the file ({ref or 'no plainTextPath'})")
                    continue
                wanted = ref.removeprefix("internal://").lstrip("/").casefold()
                member = members.get(f"sources/{wanted}") or by_base.get(wanted)
                if member is None:
                    skipped.append(f"{source_name}: its text file {wanted} is missing from the archive")
                    continue
                data = _read_member(archive, member, MAX_SOURCE_BYTES, name)
                text_bytes += len(data)
                if text_bytes > MAX_TEXT_BYTES:
                    raise InputError(f"{name} holds more than {MAX_TEXT_BYTES >> 20} MB of text; split the project.")
                decoded = _decode(data)
                if decoded is None:
                    skipped.append(f"{source_name}: its text file is not plain text")
                    continue
                text = decoded
            if "ATLAS" in origin.upper():
                text = text.replace("\r\n", "\n")  # ATLAS.ti counts a Windows line break as one character
            spans: list[tuple[int, int, str | None]] = []
            bad = 0
            for sel in text_el.findall(_q("PlainTextSelection")):
                try:
                    start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
                except ValueError:
                    bad += 1
                    continue
                if not 0 <= start < end <= len(text):
                    bad += 1
                    continue
                kind = None
                for coding in sel.findall(_q("Coding")):
                    ref_el = coding.find(_q("CodeRef"))
                    kind = code_kinds.get((ref_el.get("targetGUID") or "").upper()) if ref_el is not None else None
                    if kind is not None:
                        break
                spans.append((start, end, kind))
            if bad:
                skipped.append(f"{source_name}: {bad} coded spans lie outside its text")
            statements = _statements(text, spans, coded_only=coded_only)
            if not statements:
                skipped.append(f"{source_name}: no statements in it")
                continue
            statements_total += len(statements)
            if statements_total > MAX_STATEMENTS:
                raise InputError(f"{name} would add more than {MAX_STATEMENTS:,} statements; split the project.")
            source_vars = {variables.get(t or "", ""): v for t, v in
                           (_value(vv) for vv in element.findall(_q("VariableValue")))}
            case = case_of.get((element.get("guid") or "").upper())
            partner, values, notes = source_name, {}, ""
            if case is not None:
                partner = (case.get("name") or "").strip()
                extra = []
                for vv in case.findall(_q("VariableValue")):
                    target, value = _value(vv)
                    var_name = variables.get((target or "").upper(), "")
                    column = VARIABLE_FIELDS.get(" ".join(var_name.removeprefix("Cases:").split()).casefold())
                    if column and value:
                        values[column] = value
                    elif var_name and value:
                        extra.append(f"{var_name}: {value}")
                description = case.find(_q("Description"))
                notes = "\n".join(filter(None, [(description.text or "").strip() if description is not None else "",
                                                *extra]))
            summary_el = element.find(_q("Description"))
            planned.append(PlannedInterview(
                source=source_name, partner=partner, partner_values=values, partner_notes=notes,
                interviewer=(source_vars.get("Interviewer") or users.get((element.get("creatingUser") or "").upper())
                             or "")[:100],
                started_at=_started(source_vars.get("Interview date"), element.get("creationDateTime")),
                summary=(summary_el.text or "").strip() if summary_el is not None else "",
                statements=tuple(statements)))
    if not planned:
        detail = f" ({'; '.join(skipped[:3])})" if skipped else ""
        raise InputError(f"{name} has no text sources with statements to import{detail}.")
    return QdpxPlan(origin=origin, interviews=tuple(planned), skipped=tuple(skipped))


# ----------------------------------------------------------------------------- writing
def _new_partner(session: Any, planned: PlannedInterview, user: str, now: datetime) -> models.Partner:
    values = planned.partner_values
    row = models.Partner(name=clean_company_name(planned.partner)[:300] or planned.partner[:300],
                         normalized_name=_key(planned.partner), research_status="interviewed",
                         notes=planned.partner_notes, created_at=now, updated_at=now, updated_by=user)
    for column, limit in _TEXT_COLUMNS.items():
        if values.get(column):
            setattr(row, column, clean_text(values[column])[:limit])
    for column in ("employees", "clients"):
        if values.get(column):
            row_value, _problem = parse_count(values[column])
            setattr(row, column, row_value)
    if values.get("research_status") in RESEARCH_STATUSES:
        row.research_status = values["research_status"]
    if clean_text(values.get("segment", "")):
        segment, _created = ensure_segment(session, values["segment"])
        row.segment_id = segment.id
    session.add(row)
    session.flush()
    session.add(models.PartnerStatusChange(partner_id=row.id or 0, status=row.research_status, at=now, who=user))
    return row


def _key(name: str) -> str:
    return (normalize_name(name) or clean_text(name).casefold())[:300]


def import_plan(project: Project, plan: QdpxPlan, *, file_name: str = "", user: str | None = None,
                progress: Progress | None = None) -> QdpxImportReport:
    """Write a read plan into the project: backed up first, then one transaction (all or nothing)."""
    user = project.user if user is None else user
    backup = backup_before(project, "import-qdpx")
    created = matched = statements = 0
    tagged = {"job": 0, "pain": 0, "gain": 0, "other": 0}
    ids: list[int] = []
    now = models.utcnow()
    new_segments: set[int | None] = set()
    with write_transaction(project) as session:
        serialise_rescoring(session)  # new partners are scored below, as every way of adding one does
        partners = {row.normalized_name or _key(row.name): row for row in session.exec(select(models.Partner)).all()}
        for number, planned in enumerate(plan.interviews):
            if progress is not None:
                progress(number, len(plan.interviews), planned.source)
            key = _key(planned.partner)
            partner = partners.get(key)
            if partner is None:
                partner = _new_partner(session, planned, user, now)
                partners[key] = partner
                new_segments.add(partner.segment_id)
                created += 1
            else:
                matched += 1
            interview = models.Interview(partner_id=partner.id or 0, interviewer=planned.interviewer,
                                         started_at=planned.started_at, status="done", summary=planned.summary,
                                         created_at=now)
            session.add(interview)
            session.flush()
            session.add_all([
                models.Statement(interview_id=interview.id or 0, text=st.text, kind=st.kind, position=position,
                                 source="imported", created_by=user, created_at=now, updated_at=now)
                for position, st in enumerate(planned.statements)])
            for st in planned.statements:
                if st.kind:
                    tagged[st.kind] += 1
            statements += len(planned.statements)
            ids.append(interview.id or 0)
        # Scored here, in the import's transaction (and its thread): a partner without a score made the
        # partners screen rescore every segment in the UI thread on its next reload.
        for segment_id in ([None] if None in new_segments else sorted(s for s in new_segments if s is not None)):
            rescore_in(session, segment_id)
        session.add(models.AuditEntry(who=user, entity="interview", action="import", after_json=json.dumps(
            {"file": file_name, "format": "qdpx", "interviews": len(ids), "statements": statements},
            ensure_ascii=False)))
    log.info("imported %d interviews, %d statements from %s", len(ids), statements, file_name)
    return QdpxImportReport(file=file_name, origin=plan.origin, interview_ids=tuple(ids), statements=statements,
                            tagged=tagged, partners_created=created, partners_matched=matched,
                            skipped=plan.skipped, backup=str(backup or ""))


def import_qdpx(project: Project, path: str | Path, *, coded_only: bool = False, user: str | None = None,
                progress: Progress | None = None) -> QdpxImportReport:
    """Import a .qdpx file as interviews with statements; InputError (nothing written) when it cannot be."""
    plan = read_qdpx(path, coded_only=coded_only, progress=progress)
    return import_plan(project, plan, file_name=Path(path).name, user=user, progress=progress)


__all__ = ["KIND_NAMES", "PlannedInterview", "PlannedStatement", "QdpxImportReport", "QdpxPlan", "import_plan",
           "import_qdpx", "kind_of_code", "read_qdpx"]
