"""The capability inventory: what the vendor already has, partly has or lacks, by pillar.

Edits return what they replaced so that the UI can undo them. Imports read xlsx/csv through the
shared tolerant reader (:mod:`workbench.partners.tabular`) in :mod:`workbench.backlog.imports`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from workbench.backlog.gaps import normalise
from workbench.backlog.service import take_write_lock
from workbench.errors import InputError, RowsRefused
from workbench.store import models
from workbench.store.backup import backup_before
from workbench.store.enums import CAPABILITY_STATUSES, PILLARS
from workbench.store.project import Project

FIELDS = ("name", "pillar", "status", "description", "card_id")


@dataclass(frozen=True)
class CapabilityRead:
    """A capability as the UI sees it."""

    id: int
    name: str
    pillar: str
    status: str
    description: str
    card_id: int | None
    card_title: str


def _read(row: models.Capability, titles: Mapping[int, str]) -> CapabilityRead:
    assert row.id is not None
    return CapabilityRead(row.id, row.name, row.pillar, row.status, row.description, row.card_id,
                          titles.get(row.card_id, "") if row.card_id else "")


def _titles(session: Session) -> dict[int, str]:
    return {cid: title for cid, title in session.exec(select(models.Card.id, models.Card.title)).all()
            if cid is not None}


def list_capabilities(project: Project) -> list[CapabilityRead]:
    """Every capability, by pillar then name."""
    with project.session() as session:
        titles = _titles(session)
        rows = session.exec(select(models.Capability).order_by(col(models.Capability.id))).all()
        out = [_read(r, titles) for r in rows]
    order = {p: n for n, p in enumerate(PILLARS)}
    return sorted(out, key=lambda c: (order.get(c.pillar, 9), c.name.lower(), c.id))


def check_field(session: Session, field: str, value: Any) -> Any:
    """A valid value for a capability field, or :class:`InputError`."""
    if field not in FIELDS:
        raise InputError(f"The field {field!r} of a capability cannot be edited.")
    if field == "name":
        value = " ".join(str(value or "").split())
        if not value:
            raise InputError("A capability needs a name.")
        return value[:300]
    if field == "pillar" and value not in PILLARS:
        raise InputError(f"Unknown pillar {value!r}; use one of {', '.join(PILLARS)}.")
    if field == "status" and value not in CAPABILITY_STATUSES:
        raise InputError(f"Unknown status {value!r}; use one of {', '.join(CAPABILITY_STATUSES)}.")
    if field == "card_id" and value is not None:
        value = int(value)
        if session.get(models.Card, value) is None:
            raise InputError(f"There is no card {value}.")
    if field == "description":
        value = str(value or "")
    return value


def _audit(session: Session, who: str, entity_id: int | None, action: str, before: Any, after: Any) -> None:
    session.add(models.AuditEntry(who=who, entity="capability", entity_id=entity_id, action=action,
                                  before_json=json.dumps(before, ensure_ascii=False),
                                  after_json=json.dumps(after, ensure_ascii=False)))


def create_capability(project: Project, *, name: str, pillar: str = "product", status: str = "missing",
                      description: str = "", card_id: int | None = None,
                      capability_id: int | None = None) -> CapabilityRead:
    """Add a capability (``capability_id`` puts a deleted one back under its old id, for undo)."""
    with project.transaction() as session:
        values = {f: check_field(session, f, v) for f, v in (
            ("name", name), ("pillar", pillar), ("status", status), ("description", description),
            ("card_id", card_id))}
        row = models.Capability(id=capability_id, normalized_name=normalise(values["name"]), **values)
        session.add(row)
        session.flush()
        _audit(session, project.user, row.id, "create", None, values)
        return _read(row, _titles(session))


def update_capability(project: Project, capability_id: int, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Change fields of a capability; returns the previous values (to undo)."""
    with project.transaction() as session:
        row = session.get(models.Capability, capability_id)
        if row is None:
            raise InputError(f"There is no capability {capability_id}; it may have been deleted.")
        old: dict[str, Any] = {}
        for field, value in fields.items():
            value = check_field(session, field, value)
            old[field] = getattr(row, field)
            setattr(row, field, value)
        row.normalized_name = normalise(row.name)
        _audit(session, project.user, capability_id, "update", old, dict(fields))
        return old


def delete_capability(project: Project, capability_id: int) -> dict[str, Any]:
    """Delete a capability; returns its fields so that :func:`create_capability` can put it back."""
    with project.transaction() as session:
        row = session.get(models.Capability, capability_id)
        if row is None:
            raise InputError(f"There is no capability {capability_id}.")
        data = {f: getattr(row, f) for f in FIELDS}
        _audit(session, project.user, capability_id, "delete", data, None)
        session.delete(row)
        return {"capability_id": capability_id, **data}


def card_choices(project: Project) -> list[tuple[int, str]]:
    """(card id, "zone: title") of every card, for linking a capability to a card."""
    with project.session() as session:
        rows = session.exec(select(models.Card.id, models.Card.zone, models.Card.title).order_by(
            col(models.Card.board_id), col(models.Card.zone), col(models.Card.id))).all()
    return [(cid, f"{zone}: {title}") for cid, zone, title in rows if cid is not None]


# ----------------------------------------------------------------------------- import
SYNONYMS: dict[str, list[str]] = {
    "name": ["Возможность", "Название", "Функция", "Capability", "Name", "Feature", "Процесс"],
    "pillar": ["Опора", "Направление", "Pillar", "Area", "Блок"],
    "status": ["Статус", "Наличие", "Есть", "Status", "State"],
    "description": ["Описание", "Комментарий", "Description", "Comment", "Notes"],
}
PILLAR_WORDS = {
    "financial": ("financ", "финанс", "деньг", "money", "мотивац"),
    "operational": ("operat", "операц", "сервис", "service", "процесс"),
    "product": ("product", "продукт", "развит"),
}
STATUS_WORDS = {
    "have": ("have", "yes", "да", "есть", "exists", "done", "+", "реализ"),
    "partial": ("partial", "частич", "partly", "отчасти", "±"),
    "missing": ("missing", "no", "нет", "отсутств", "none", "-"),
}


def parse_choice(text: str, words: Mapping[str, tuple[str, ...]]) -> str | None:
    """The key whose words the text starts with or contains ("Частично" -> "partial"); None if unknown."""
    value = " ".join(text.lower().replace("ё", "е").split())
    if not value:
        return None
    if "missing" in words and value.startswith(("не ", "not ", "no ")):
        return "missing"
    for key, options in words.items():
        if value == key or any(value == o or (len(o) > 2 and o in value) for o in options):
            return key
    return None


@dataclass
class CapabilityImportReport:
    """What a capability import did, and what undo needs."""

    created_ids: list[int]
    updated: dict[int, dict[str, Any]]
    problems: list[str]
    warnings: list[str] = field(default_factory=list)


def import_capabilities(project: Project, path: Any, *, skip_invalid: bool = False,
                        mapping: Mapping[str, int] | None = None,
                        header_row: int | None = None) -> CapabilityImportReport:
    """Import capabilities from xlsx/csv (name, pillar, status, description); same names are updated.

    All or nothing, like the partner import: a row with a problem refuses the file unless
    ``skip_invalid`` (then the problem cells are left at their defaults and reported).
    """
    from workbench.partners.normalize import clean_text
    from workbench.partners.tabular import read_table

    table = read_table(path, synonyms=SYNONYMS, required=("name",), mapping=mapping, header_row=header_row)
    report = CapabilityImportReport([], {}, [str(p) for p in table.problems])
    backup_before(project, "import-capabilities")
    with project.transaction() as session:
        take_write_lock(session)
        by_name = {normalise(c.name): c for c in session.exec(select(models.Capability)).all()}
        for row in table.rows:
            name = clean_text(row.get("name"))
            if not name:
                report.problems.append(f"row {row.number}: no name")
                continue
            values: dict[str, Any] = {"name": name[:300]}
            for field, words in (("pillar", PILLAR_WORDS), ("status", STATUS_WORDS)):
                raw = row.text(field)
                if raw:
                    choice = parse_choice(raw, words)
                    if choice is None:
                        report.problems.append(f"row {row.number}: {field} “{raw[:40]}” not understood")
                    else:
                        values[field] = choice
            if "description" in table.mapping:
                values["description"] = clean_text(row.get("description"))
            existing = by_name.get(normalise(name))
            if existing is not None and existing.id is not None:
                if existing.id in report.created_ids:
                    report.warnings.append(f"row {row.number}: “{name}” repeats an earlier row; the later one wins")
                old = {f: getattr(existing, f) for f in values}
                for f, v in values.items():
                    setattr(existing, f, v)
                if existing.id not in report.created_ids:
                    report.updated.setdefault(existing.id, old)
                continue
            cap = models.Capability(normalized_name=normalise(name), **values)
            session.add(cap)
            session.flush()
            by_name[normalise(name)] = cap
            report.created_ids.append(cap.id or 0)
        if report.problems and not skip_invalid:
            more = f" (and {len(report.problems) - 5} more)" if len(report.problems) > 5 else ""
            raise RowsRefused(f"{len(report.problems)} problems, so nothing was imported: "
                             + "; ".join(report.problems[:5]) + more
                             + ". Fix them, or import anyway and skip what cannot be read.")
        _audit(session, project.user, None, "import", None,
               {"created": len(report.created_ids), "updated": len(report.updated)})
    return report


def undo_import(project: Project, report: CapabilityImportReport) -> None:
    """Undo an import: delete what it created, put back what it changed."""
    with project.transaction() as session:
        for cap_id in report.created_ids:
            row = session.get(models.Capability, cap_id)
            if row is not None:
                session.delete(row)
        for cap_id, old in report.updated.items():
            row = session.get(models.Capability, cap_id)
            if row is not None:
                for f, v in old.items():
                    setattr(row, f, v)
                row.normalized_name = normalise(row.name)
