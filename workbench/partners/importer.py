"""Importing candidate partners from the spreadsheets people keep.

:func:`preview_import` reads and checks a file without writing (the UI shows it with each row's
problems and the column mapping to confirm); :func:`import_partners` does the same and writes, in
one transaction. All or nothing by default: any invalid row means nothing is written and every
problem is reported as row, column and reason; with ``skip_invalid`` the valid rows go in.
Duplicates (same normalised name or website, within the file or against the project) are skipped
and reported, so importing the same file twice adds nothing. Blank rows are skipped silently.

:func:`undo_import` takes an import back (its partners, and the segment it created if nothing else
uses that segment by then); :func:`redo_import` puts back exactly what the undo removed, same ids.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert
from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.partners.normalize import (
    clean_company_name,
    clean_place,
    clean_text,
    clean_website,
    normalize_name,
    normalize_website,
    parse_count,
    parse_rating,
)
from workbench.partners.service import PartnerSnapshot, delete_partners, ensure_segment, restore_partners
from workbench.partners.tabular import Problem, Table, read_table
from workbench.store import models
from workbench.store.backup import backup_before
from workbench.store.project import Project

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

#: field -> header texts that mean it (Russian and English); the first is the name shown in the UI
PARTNER_SYNONYMS: dict[str, list[str]] = {
    "name": ["Компания", "Company", "Название", "Наименование", "Организация", "Партнёр", "Партнер",
             "Интегратор", "Company name", "Partner", "Name"],
    "city": ["Город", "City", "Населённый пункт", "Town"],
    "region": ["Регион", "Region", "Область", "Субъект"],
    "website": ["Сайт", "Website", "Веб-сайт", "Site", "URL", "Web", "Домен", "Domain"],
    "employees": ["Сотрудников", "Сотрудники", "Employees", "Штат", "Численность", "Staff", "Headcount",
                  "Размер команды", "Team size"],
    "clients": ["Клиентов", "Клиенты", "Clients", "Customers", "Клиентская база", "Client base"],
    "contact": ["Контактное лицо", "Контакт", "Contact", "Contact person", "ФИО", "Представитель"],
    "role": ["Должность", "Role", "Position", "Title"],
    "email": ["E-mail", "Email", "Почта", "Эл. почта", "Электронная почта", "Mail"],
    "phone": ["Телефон", "Phone", "Тел", "Tel", "Мобильный", "Mobile"],
    "level": ["Уровень", "Level", "Tier", "Уровень партнёрства"],
    "certification": ["Сертификация", "Сертификат", "Certification", "Certificate"],
    "ecosystems": ["Экосистема", "Экосистемы", "Ecosystem", "Ecosystems", "CRM", "Платформа", "Platform"],
    "technical_capability": ["Техническая экспертиза", "Технические компетенции", "Technical capability", "Tech"],
    "community_authority": ["Авторитет", "Авторитет в сообществе", "Community authority", "Authority"],
    "similar_experience": ["Опыт", "Опыт с похожими продуктами", "Similar experience", "Experience"],
    "notes": ["Комментарий", "Примечание", "Заметки", "Notes", "Comment", "Comments"],
}
REQUIRED = ("name",)
_TEXT_FIELDS = ("city", "region", "level", "certification", "ecosystems", "notes")
_CONTACT_FIELDS = ("contact", "role", "email", "phone")


@dataclass(frozen=True)
class Duplicate:
    """A row not imported because the partner is already there."""

    row: int
    name: str
    reason: str


@dataclass(frozen=True)
class PlannedRow:
    """One data row as it will be imported: parsed values, problems, duplicate of what."""

    number: int
    values: dict[str, Any]
    contact: dict[str, str]
    problems: tuple[Problem, ...] = ()
    duplicate: str = ""

    @property
    def valid(self) -> bool:
        """No problems (a duplicate is valid; it is skipped, not refused)."""
        return not self.problems


@dataclass(frozen=True)
class ImportReport:
    """What an import found and did."""

    file: str
    segment: str
    segment_created: bool
    headers: tuple[str, ...]
    header_row: int
    mapping: dict[str, int]
    encoding: str | None
    delimiter: str | None
    rows: tuple[PlannedRow, ...]
    added: int = 0
    written: bool = False
    added_ids: tuple[int, ...] = ()
    warnings: tuple[Problem, ...] = ()
    segment_id: int | None = None

    @property
    def problems(self) -> list[Problem]:
        """Every problem of every row, in row order."""
        return [p for r in self.rows for p in r.problems]

    @property
    def duplicates(self) -> list[Duplicate]:
        """Rows skipped as duplicates."""
        return [Duplicate(r.number, r.values.get("name", ""), r.duplicate) for r in self.rows if r.duplicate]

    @property
    def invalid_rows(self) -> int:
        """How many rows have problems."""
        return sum(1 for r in self.rows if not r.valid)

    def to_json(self) -> dict[str, Any]:
        """The report as JSON for ``--json``."""
        return {
            "file": self.file, "segment": self.segment, "segment_created": self.segment_created,
            "header_row": self.header_row, "encoding": self.encoding, "delimiter": self.delimiter,
            "mapping": {k: self.headers[v] if v < len(self.headers) else v for k, v in self.mapping.items()},
            "rows": len(self.rows), "added": self.added, "written": self.written,
            "invalid_rows": self.invalid_rows,
            "duplicates": [{"row": d.row, "name": d.name, "reason": d.reason} for d in self.duplicates],
            "problems": [{"row": p.row, "column": p.column, "reason": p.reason} for p in self.problems],
            "warnings": [{"row": p.row, "column": p.column, "reason": p.reason} for p in self.warnings],
        }


def _parse_row(table: Table, row: Any) -> PlannedRow:
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    name = clean_company_name(row.get("name"))
    if not name:
        problems.append(Problem(row.number, table.column_name("name"), "no company name"))
    values["name"] = name[:300]
    for fld in _TEXT_FIELDS:
        if fld in table.mapping:
            clean = clean_place if fld in ("city", "region") else clean_text
            values[fld] = clean(row.get(fld))[: 5000 if fld == "notes" else 200]
    if "website" in table.mapping:
        site, problem = clean_website(row.get("website"))
        if problem:
            problems.append(Problem(row.number, table.column_name("website"), problem))
        values["website"] = site[:500]
    for fld in ("employees", "clients"):
        if fld in table.mapping:
            number, problem = parse_count(row.get(fld))
            if problem:
                problems.append(Problem(row.number, table.column_name(fld), problem))
            values[fld] = number
    for fld in ("technical_capability", "community_authority", "similar_experience"):
        if fld in table.mapping:
            number, problem = parse_rating(row.get(fld))
            if problem:
                problems.append(Problem(row.number, table.column_name(fld), problem))
            values[fld] = number
    contact = {f: clean_text(row.get(f))[:200] for f in _CONTACT_FIELDS if f in table.mapping}
    if contact.get("email") and "@" not in contact["email"]:
        problems.append(Problem(row.number, table.column_name("email"), f"“{contact['email']}” is not an e-mail"))
    return PlannedRow(row.number, values, contact, tuple(problems))


def _plan(session: Session, table: Table, progress: Progress | None) -> list[PlannedRow]:
    by_name: dict[str, str] = {}
    by_site: dict[str, str] = {}
    for pid, pname, site in session.exec(select(models.Partner.id, models.Partner.name,  # type: ignore[call-overload]
                                                models.Partner.website)).all():
        label = f"already in the project as “{pname}” (id {pid})"
        by_name.setdefault(normalize_name(pname), label)
        if site:
            by_site.setdefault(normalize_website(site), label)
    planned: list[PlannedRow] = []
    total = len(table.rows)
    for index, row in enumerate(table.rows):
        if progress is not None and index % 200 == 0:
            progress(index, total, "")
        plan = _parse_row(table, row)
        if plan.valid:
            norm = normalize_name(plan.values["name"])
            site = normalize_website(plan.values.get("website", ""))
            duplicate = by_name.get(norm) or (by_site.get(site) if site else None)
            if duplicate:
                plan = PlannedRow(plan.number, plan.values, plan.contact, (), duplicate)
            else:
                label = f"same as row {row.number} of this file"
                by_name[norm] = label
                if site:
                    by_site[site] = label
        planned.append(plan)
    return planned


def _read(path: str | Path, mapping: Mapping[str, int] | None, header_row: int | None) -> Table:
    return read_table(path, synonyms=PARTNER_SYNONYMS, required=REQUIRED, mapping=mapping, header_row=header_row)


def preview_import(project: Project, path: str | Path, *, segment: str = "", mapping: Mapping[str, int] | None = None,
                   header_row: int | None = None, progress: Progress | None = None) -> ImportReport:
    """Read and check a file against the project without writing anything."""
    table = _read(path, mapping, header_row)
    with project.session() as session:
        planned = _plan(session, table, progress)
    return _report(table, segment, False, planned)


def _report(table: Table, segment: str, created: bool, planned: list[PlannedRow], **extra: Any) -> ImportReport:
    return ImportReport(file=table.source, segment=segment, segment_created=created, headers=table.headers,
                        header_row=table.header_row, mapping=dict(table.mapping), encoding=table.encoding,
                        delimiter=table.delimiter, rows=tuple(planned), warnings=table.problems, **extra)


def import_partners(project: Project, path: str | Path, *, segment: str, skip_invalid: bool = False,
                    mapping: Mapping[str, int] | None = None, header_row: int | None = None, user: str = "",
                    progress: Progress | None = None) -> ImportReport:
    """Import partners into ``segment`` (created if missing), in one transaction.

    Nothing is written when any row is invalid, unless ``skip_invalid``; the report says which rows
    and why (``report.written`` tells whether anything was written). Raises InputError for a file that
    is refused or has no company-name column.
    """
    if not clean_text(segment):
        raise InputError("Name the segment the partners go into (--segment).")
    table = _read(path, mapping, header_row)
    backup_before(project, "import-partners")
    with project.transaction() as session:
        planned = _plan(session, table, progress)
        if any(not r.valid for r in planned) and not skip_invalid:
            session.rollback()
            return _report(table, clean_text(segment), False, planned)
        seg, created = ensure_segment(session, segment)
        new_rows = [r for r in planned if r.valid and not r.duplicate]
        now = models.utcnow()
        base = {"segment_id": seg.id, "city": "", "region": "", "website": "", "level": "", "certification": "",
                "ecosystems": "", "notes": "", "research_status": "candidate", "version": 1, "created_at": now,
                "updated_at": now, "updated_by": user}
        rows = []
        for plan in new_rows:
            values = {**base, **plan.values}
            values["normalized_name"] = normalize_name(values["name"])
            values["website_norm"] = normalize_website(values.get("website", ""))
            rows.append(values)
        if progress is not None:
            progress(0, 2, "")
        # One batched INSERT ... RETURNING (ORM objects one by one cost ten times more at 10,000 rows).
        ids: list[int] = list(session.scalars(
            insert(models.Partner).returning(models.Partner.id, sort_by_parameter_order=True),  # type: ignore[call-overload]
            rows)) if rows else []
        if progress is not None:
            progress(1, 2, "")
        history = [{"partner_id": pid, "status": "candidate", "who": user, "at": now} for pid in ids]
        contacts = [{"partner_id": pid, "name": plan.contact.get("contact", ""), "role": plan.contact.get("role", ""),
                     "email": plan.contact.get("email", ""), "phone": plan.contact.get("phone", "")}
                    for pid, plan in zip(ids, new_rows, strict=True) if any(plan.contact.values())]
        if history:
            session.execute(insert(models.PartnerStatusChange), history)
        if contacts:
            session.execute(insert(models.Contact), contacts)
        session.add(models.AuditEntry(who=user, entity="partner", action="import",
                                      after_json=json.dumps({"file": Path(path).name, "added": len(ids)},
                                                            ensure_ascii=False)))
        return _report(table, seg.name, created, planned, added=len(ids), written=True, added_ids=tuple(ids),
                       segment_id=seg.id)


@dataclass(frozen=True)
class ImportUndo:
    """What undoing an import removed: its partners, and the segment it had created (if removed)."""

    partners: tuple[PartnerSnapshot, ...]
    segment: dict[str, Any] | None = None


def _segment_unused(session: Session, segment_id: int) -> bool:
    partner = session.exec(select(models.Partner.id).where(models.Partner.segment_id == segment_id).limit(1)).first()
    board = session.exec(select(models.Board.id).where(models.Board.segment_id == segment_id).limit(1)).first()
    return partner is None and board is None


def undo_import(project: Project, *, report: ImportReport, user: str = "") -> ImportUndo:
    """Take back what ``report``'s import added: its partners and, when the import created the segment and
    no other partner or board uses it now, that segment too. Returns what :func:`redo_import` needs.

    Two transactions (partners, then the segment): if the second fails the project is left with an
    empty segment, never with partners in a missing one.
    """
    snapshots = delete_partners(project, partner_ids=report.added_ids, user=user) if report.added_ids else []
    segment: dict[str, Any] | None = None
    if report.segment_created and report.segment_id is not None:
        with project.transaction() as session:
            row = session.get(models.Segment, report.segment_id)
            if row is not None and _segment_unused(session, report.segment_id):
                segment = {c.name: getattr(row, c.name) for c in row.__table__.columns}  # type: ignore[attr-defined]
                session.delete(row)
    return ImportUndo(tuple(snapshots), segment)


def redo_import(project: Project, *, undone: ImportUndo, user: str = "") -> None:
    """Put back what :func:`undo_import` removed, with the same ids: the segment first, then its partners."""
    if undone.segment is not None:
        with project.transaction() as session:
            name = str(undone.segment["name"])
            same_id = session.get(models.Segment, undone.segment["id"])
            same_name = session.exec(select(models.Segment.id).where(
                func.lower(models.Segment.name) == name.lower())).first()
            if same_id is None and same_name is None:
                session.add(models.Segment(**undone.segment))
            elif same_id is None or same_name != same_id.id:  # (the same segment made again is reused)
                raise InputError(f"Another segment has taken the place of “{name}” since; the import cannot be "
                                 "redone. Import the file again.")
    if undone.partners:
        restore_partners(project, snapshots=undone.partners, user=user)
