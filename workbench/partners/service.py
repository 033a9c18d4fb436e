"""The partner registry: read, add, edit, bulk-edit, merge, delete and restore partners and segments.

Every public function is one user action and one transaction; it returns frozen read objects (or
the data needed to undo it), never live ORM rows. Undo in the UI calls the inverse function with
what the action returned: :func:`delete_partners` returns :class:`PartnerSnapshot` objects that
:func:`restore_partners` puts back with the same ids, contacts, interviews and history.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, func, text
from sqlmodel import Session, col, select

from workbench.errors import InputError, StaleEditError
from workbench.partners.normalize import (
    clean_company_name,
    clean_text,
    clean_website,
    normalize_name,
    normalize_website,
)
from workbench.partners.rows import READ_FIELDS as _READ_FIELDS
from workbench.partners.rows import PartnerRead
from workbench.partners.scoring import rescore_in
from workbench.store import models, versioning
from workbench.store.enums import RESEARCH_STATUSES
from workbench.store.project import Project

log = logging.getLogger(__name__)

#: fields a user may edit inline or in bulk, with their Python type
EDITABLE: dict[str, type] = {
    "name": str, "city": str, "region": str, "website": str, "employees": int, "clients": int,
    "level": str, "certification": str, "ecosystems": str, "technical_capability": int,
    "community_authority": int, "similar_experience": int, "research_status": str, "notes": str,
    "segment_id": int, "authority_rank": int,
}
RATINGS = ("technical_capability", "community_authority", "similar_experience")
#: fields the ideal-partner profile score depends on: editing one rescores the segment
SCORED = frozenset({"city", "employees", "clients", "authority_rank", "segment_id", *RATINGS})


#: the PostgreSQL advisory lock that serialises transactions which rescore partners
RESCORE_LOCK = 0x57425253


def serialise_rescoring(session: Session) -> None:
    """Take the rescoring lock first thing in a transaction that will rescore partners (PostgreSQL).

    Rescoring rewrites the scores and ranks of a whole segment; two such transactions that each hold
    the row of the partner they edit would wait for each other's rows (a deadlock the server breaks
    by failing one). Taking this lock before any row lock makes them queue instead, for milliseconds.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": RESCORE_LOCK})


def _rescore(session: Session, segment_ids: Iterable[int | None]) -> None:
    """Recompute profile scores and ranks of the segments an action touched (in its transaction)."""
    session.flush()
    for segment_id in set(segment_ids):
        if segment_id is not None:
            rescore_in(session, segment_id)


@dataclass(frozen=True)
class SegmentRead:
    """A segment with its partner count."""

    id: int
    name: str
    description: str
    target_interviews: int
    partners: int
    position: int


@dataclass(frozen=True)
class ContactRead:
    """A person at a partner."""

    id: int
    name: str
    role: str
    email: str
    phone: str


@dataclass(frozen=True)
class InterviewBrief:
    """An interview of a partner with its statements, for the detail panel."""

    id: int
    status: str
    interviewer: str
    planned_at: Any
    ended_at: Any
    summary: str
    statements: tuple[tuple[str | None, str], ...]  # (kind, text)


@dataclass(frozen=True)
class PartnerDetail:
    """Everything the detail panel shows about one partner."""

    partner: PartnerRead
    contacts: tuple[ContactRead, ...]
    interviews: tuple[InterviewBrief, ...]
    history: tuple[tuple[Any, str, str], ...]  # (at, status, who)


@dataclass(frozen=True)
class PartnerSnapshot:
    """A deleted partner and everything that hung on it, to put back on undo."""

    partner: dict[str, Any]
    children: tuple[tuple[str, dict[str, Any]], ...] = field(default_factory=tuple)  # (table, row)


def _segment_names(session: Session) -> dict[int, str]:
    return {s.id: s.name for s in session.exec(select(models.Segment)).all() if s.id is not None}


def list_segments(project: Project) -> list[SegmentRead]:
    """All segments in their order, with partner counts."""
    with project.session() as session:
        counts = dict(session.exec(select(models.Partner.segment_id, func.count())  # type: ignore[call-overload]
                                   .group_by(models.Partner.segment_id)).all())  # type: ignore[arg-type]
        rows = session.exec(select(models.Segment).order_by(col(models.Segment.position), col(models.Segment.id)))
        return [SegmentRead(s.id or 0, s.name, s.description, s.target_interviews, counts.get(s.id, 0), s.position)
                for s in rows]


def ensure_segment(session: Session, name: str) -> tuple[models.Segment, bool]:
    """The segment called ``name`` (case-insensitive), created if missing: (segment, created)."""
    clean = clean_text(name)
    if not clean:
        raise InputError("A segment needs a name.")
    for segment in session.exec(select(models.Segment)).all():
        if segment.name.casefold() == clean.casefold():
            return segment, False
    position = (session.exec(select(func.max(models.Segment.position))).one() or 0) + 1
    segment = models.Segment(name=clean[:200], position=position)
    session.add(segment)
    session.flush()
    return segment, True


def create_segment(project: Project, *, name: str) -> SegmentRead:
    """Create a segment (or return the existing one with that name)."""
    with project.transaction() as session:
        segment, _ = ensure_segment(session, name)
        return SegmentRead(segment.id or 0, segment.name, segment.description, segment.target_interviews, 0,
                           segment.position)




def list_partners(project: Project) -> list[PartnerRead]:
    """Every partner, by id: plain column rows, no ORM objects (10,000 partners load in about 0.1 s)."""
    table = models.Partner.__table__  # type: ignore[attr-defined]
    columns = [table.c[name] for name in _READ_FIELDS]
    with project.session() as session:
        names = _segment_names(session)
        rows = session.execute(select(*columns).order_by(table.c.id)).all()
    out = []
    for row in rows:
        values = dict(zip(_READ_FIELDS, row, strict=True))
        out.append(PartnerRead(segment=names.get(values["segment_id"] or -1, ""), **values))
    return out


def get_partner(project: Project, *, partner_id: int) -> PartnerRead:
    """One partner; InputError if it is gone."""
    with project.session() as session:
        row = session.get(models.Partner, partner_id)
        if row is None:
            raise InputError(f"There is no partner {partner_id}.")
        return PartnerRead.of(row, _segment_names(session).get(row.segment_id or -1, ""))


def partner_detail(project: Project, *, partner_id: int) -> PartnerDetail:
    """The partner with contacts, interviews (with statements) and research-status history."""
    with project.session() as session:
        row = session.get(models.Partner, partner_id)
        if row is None:
            raise InputError(f"There is no partner {partner_id}.")
        partner = PartnerRead.of(row, _segment_names(session).get(row.segment_id or -1, ""))
        contacts = tuple(ContactRead(c.id or 0, c.name, c.role, c.email, c.phone) for c in session.exec(
            select(models.Contact).where(models.Contact.partner_id == partner_id).order_by(col(models.Contact.id))))
        interviews = []
        for iv in session.exec(select(models.Interview).where(models.Interview.partner_id == partner_id)
                               .order_by(col(models.Interview.planned_at), col(models.Interview.id))):
            statements = tuple((s.kind, s.text) for s in session.exec(
                select(models.Statement).where(models.Statement.interview_id == iv.id)
                .order_by(col(models.Statement.position))))
            interviews.append(InterviewBrief(iv.id or 0, iv.status, iv.interviewer, iv.planned_at, iv.ended_at,
                                             iv.summary, statements))
        history = tuple((h.at, h.status, h.who) for h in session.exec(
            select(models.PartnerStatusChange).where(models.PartnerStatusChange.partner_id == partner_id)
            .order_by(col(models.PartnerStatusChange.at), col(models.PartnerStatusChange.id))))
        return PartnerDetail(partner, contacts, tuple(interviews), history)


def _coerce(field_name: str, value: Any) -> Any:
    if field_name not in EDITABLE:
        raise InputError(f"{field_name} cannot be edited.")
    kind = EDITABLE[field_name]
    if value is None or (isinstance(value, str) and not value.strip() and kind is int):
        if field_name == "segment_id":
            return None
        return None if kind is int else ""
    if kind is int:
        try:
            number = int(value)
        except (TypeError, ValueError) as exc:
            raise InputError(f"{field_name}: “{value}” is not a whole number.") from exc
        if field_name in RATINGS and not 1 <= number <= 5:
            raise InputError("Ratings go from 1 to 5.")
        if number < 0:
            raise InputError(f"{field_name} cannot be negative.")
        return number
    text = clean_text(value)
    if field_name == "name":
        text = clean_company_name(text)
        if not text:
            raise InputError("A partner needs a name.")
    if field_name == "research_status" and text not in RESEARCH_STATUSES:
        raise InputError(f"Unknown research status {text!r}.")
    if field_name == "website":
        text, _problem = clean_website(text)
    return text


def _changes(session: Session, row: models.Partner, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """What saving ``values`` on a row changes: (previous values, columns to write)."""
    before: dict[str, Any] = {}
    write: dict[str, Any] = {}
    for name, raw in values.items():
        value = _coerce(name, raw)
        if name == "segment_id" and value is not None and session.get(models.Segment, value) is None:
            raise InputError(f"There is no segment {value}.")
        if getattr(row, name) == value:
            continue
        before[name] = getattr(row, name)
        write[name] = value
        if name == "name":
            write["normalized_name"] = normalize_name(value)
        elif name == "website":
            write["website_norm"] = normalize_website(value)
    return before, write


def _save(session: Session, pid: int, values: Mapping[str, Any], user: str, expected: int | None,
          touched: set[int | None]) -> dict[str, Any] | None:
    """Save fields of one partner read at version ``expected`` (None: over whatever is saved); its previous values.

    None if the partner is gone and no version was expected (an undo of something deleted since).
    """
    row = session.get(models.Partner, pid)
    if row is None:
        if expected is None or versioning.is_overwriting():
            return None
        versioning.guard(session, models.Partner, pid, expected, dict(values))  # raises: deleted meanwhile
        return None
    segment_before = row.segment_id
    before, write = _changes(session, row, values)
    if not write:
        return {}
    versioning.save_versioned(session, models.Partner, pid, expected, write, user)
    session.expire(row)
    if "research_status" in write:
        session.add(models.PartnerStatusChange(partner_id=pid, status=write["research_status"], who=user))
    if SCORED & before.keys():
        touched |= {segment_before, write.get("segment_id", segment_before)}
    return before


def update_partners(project: Project, *, partner_ids: Sequence[int], values: Mapping[str, Any],
                    user: str = "", expected_versions: Mapping[int, int] | None = None) -> dict[int, dict[str, Any]]:
    """Set the same fields on one or many partners; returns {id: previous values} for undo.

    ``expected_versions`` ({id: version the user saw}) refuses the whole edit with a
    :class:`~workbench.store.versioning.StaleRecordError` if anyone saved one of them since; without
    it (the CLI, undo) the values are written over whatever is saved.
    """
    if not partner_ids:
        return {}
    versions = dict(expected_versions or {})
    with project.transaction() as session:
        if SCORED & values.keys():
            serialise_rescoring(session)
        previous: dict[int, dict[str, Any]] = {}
        touched: set[int | None] = set()
        for pid in sorted(set(partner_ids)):  # rows locked in id order: no deadlock between bulk edits
            if pid not in versions and session.get(models.Partner, pid) is None:
                raise StaleEditError(f"Partner {pid} was deleted meanwhile.")
            before = _save(session, pid, values, user or project.user, versions.get(pid), touched)
            if before:
                previous[pid] = before
        _rescore(session, touched)
        return previous


def restore_values(project: Project, *, previous: Mapping[int, Mapping[str, Any]], user: str = "") -> None:
    """Put back per-partner previous values (the undo of :func:`update_partners`).

    An overwrite of the fields that edit changed (the user's own change), versioned and audited;
    partners deleted since are skipped.
    """
    with project.transaction() as session:
        serialise_rescoring(session)
        touched: set[int | None] = set()
        for pid, values in previous.items():
            _save(session, pid, values, user or project.user, None, touched)
        _rescore(session, touched)


def add_partner(project: Project, *, name: str, segment_id: int | None = None, city: str = "",
                website: str = "", user: str = "") -> PartnerRead:
    """Add a partner by hand; InputError when one with the same name or website is already there."""
    clean = clean_company_name(name)
    if not clean:
        raise InputError("A partner needs a name.")
    norm, site = normalize_name(clean), normalize_website(website)
    with project.transaction() as session:
        serialise_rescoring(session)
        for row in session.exec(select(models.Partner)).all():
            if normalize_name(row.name) == norm or (site and row.website_norm == site):
                raise InputError(f"“{row.name}” is already in the project (id {row.id}).")
        stored_site, _problem = clean_website(website)
        row = models.Partner(name=clean, normalized_name=norm, segment_id=segment_id, city=clean_text(city),
                             website=stored_site, website_norm=site, updated_by=user)
        session.add(row)
        session.flush()
        session.add(models.PartnerStatusChange(partner_id=row.id or 0, status=row.research_status, who=user))
        versioning.record_created(session, models.Partner, row.id or 0, {"name": clean, "segment_id": segment_id,
                                                                          "city": row.city, "website": stored_site},
                                  user)
        _rescore(session, [segment_id])
        return PartnerRead.of(row, _segment_names(session).get(segment_id or -1, ""))


_CHILD_TABLES: tuple[type[Any], ...] = (models.Contact, models.PartnerStatusChange, models.Interview)


def _row_dict(row: Any) -> dict[str, Any]:
    return {c.name: getattr(row, c.name) for c in row.__table__.columns}


#: ids per ``IN (...)`` list: well under SQLite's and PostgreSQL's parameter limits
_CHUNK = 500


def _chunks(ids: Sequence[int]) -> Iterator[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield list(ids[i:i + _CHUNK])


def _rows_by(session: Session, model: type[Any], column: str, keys: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """The rows of ``model`` whose ``column`` is one of ``keys``, as dicts, grouped by that column, in id order."""
    table = model.__table__
    found: dict[int, list[dict[str, Any]]] = {}
    for part in _chunks(keys):
        query = select(table).where(table.c[column].in_(part)).order_by(table.c.id)
        for row in session.execute(query).mappings():
            found.setdefault(row[column], []).append(dict(row))
    return found


def _snapshots(session: Session, partners: Sequence[dict[str, Any]]) -> list[PartnerSnapshot]:
    """What undo needs to put ``partners`` (their column values) back, read a few hundred partners per query."""
    ids = [int(p["id"]) for p in partners]
    by_table = {table: _rows_by(session, table, "partner_id", ids) for table in _CHILD_TABLES}
    interview_ids = [iv["id"] for rows in by_table[models.Interview].values() for iv in rows]
    statements = _rows_by(session, models.Statement, "interview_id", interview_ids)
    evidence = _rows_by(session, models.Evidence, "statement_id",
                        [st["id"] for rows in statements.values() for st in rows])
    answers = _rows_by(session, models.SurveyAnswer, "partner_id", ids)
    snapshots = []
    for partner in partners:
        pid = int(partner["id"])
        children: list[tuple[str, dict[str, Any]]] = []
        for table in _CHILD_TABLES:
            for child in by_table[table].get(pid, []):
                children.append((table.__tablename__, child))
                if table is models.Interview:
                    for st in statements.get(child["id"], []):
                        children.append(("statement", st))
                        children.extend(("evidence", ev) for ev in evidence.get(st["id"], []))
        children.extend(("survey_answer", answer) for answer in answers.get(pid, []))
        snapshots.append(PartnerSnapshot(dict(partner), tuple(children)))
    return snapshots


def _snapshot(session: Session, row: models.Partner) -> PartnerSnapshot:
    return _snapshots(session, [_row_dict(row)])[0]


def delete_partners(project: Project, *, partner_ids: Iterable[int], user: str = "",
                    expected_versions: Mapping[int, int] | None = None) -> list[PartnerSnapshot]:
    """Delete partners with their contacts, interviews and history; returns what undo needs.

    With ``expected_versions`` a partner someone saved (or deleted) since the user saw it stops the
    whole deletion with a :class:`~workbench.store.versioning.StaleRecordError`. The rows go in a few
    statements per few hundred partners (undoing a 3,000-partner import took 20 s one by one).
    """
    versions = dict(expected_versions or {})
    with project.transaction() as session:
        serialise_rescoring(session)
        ids = list(dict.fromkeys(partner_ids))
        saved = versioning.guard_many(session, models.Partner, ids, versions)
        present = [saved[pid] for pid in ids if pid in saved]
        snapshots = _snapshots(session, present)
        versioning.record_deleted_many(session, models.Partner, present, user or project.user)
        tables = {m: m.__table__ for m in (models.Evidence, models.Statement, models.Interview, models.Contact,
                                           models.PartnerStatusChange, models.SurveyAnswer, models.Partner)}
        evidence, statement, interview = tables[models.Evidence], tables[models.Statement], tables[models.Interview]
        for part in _chunks([int(p["id"]) for p in present]):
            interviews = select(interview.c.id).where(interview.c.partner_id.in_(part))
            statements = select(statement.c.id).where(statement.c.interview_id.in_(interviews))
            session.execute(evidence.delete().where(evidence.c.statement_id.in_(statements)))
            session.execute(statement.delete().where(statement.c.interview_id.in_(interviews)))
            for model in (models.Interview, models.Contact, models.PartnerStatusChange):
                session.execute(tables[model].delete().where(tables[model].c.partner_id.in_(part)))
            answers = tables[models.SurveyAnswer]
            session.execute(answers.update().where(answers.c.partner_id.in_(part)).values(partner_id=None))
            partner = tables[models.Partner]
            session.execute(partner.delete().where(partner.c.id.in_(part)))
        session.expire_all()  # rows deleted behind the ORM's back must not be flushed again
        _rescore(session, [snap.partner["segment_id"] for snap in snapshots])
        return snapshots


_TABLES = {t.__tablename__: t for t in models.ALL_TABLES}  # type: ignore[attr-defined]
_ORDER = ("partner_status_change", "contact", "interview", "statement", "evidence", "survey_answer")


def restore_partners(project: Project, *, snapshots: Sequence[PartnerSnapshot], user: str = "") -> None:
    """Put deleted partners back with the same ids and everything that hung on them (a few statements per
    table, as :func:`delete_partners` took them)."""
    with project.transaction() as session:
        serialise_rescoring(session)
        if snapshots:
            session.execute(models.Partner.__table__.insert(), [dict(snap.partner) for snap in snapshots])
        versioning.record_restored_many(session, models.Partner, [
            (int(snap.partner["id"]), int(snap.partner.get("version") or 1)) for snap in snapshots], user or project.user)
        for table_name in _ORDER:
            rows = [data for snap in snapshots for name, data in snap.children if name == table_name]
            if not rows:
                continue
            table = _TABLES[table_name].__table__
            if table_name == "survey_answer":  # the answers stayed; they get their partner back
                session.execute(table.update().where(table.c.id == bindparam("b_id")).values(
                    partner_id=bindparam("b_partner")), [{"b_id": r["id"], "b_partner": r["partner_id"]} for r in rows])
                continue
            if table_name == "evidence":  # evidence on a card deleted since is not put back
                cards = models.Card.__table__
                wanted = sorted({int(r["card_id"]) for r in rows})
                alive = {card_id for part in _chunks(wanted)
                         for card_id in session.execute(select(cards.c.id).where(cards.c.id.in_(part))).scalars()}
                rows = [r for r in rows if r["card_id"] in alive]
                if not rows:
                    continue
            session.execute(table.insert(), rows)
        _rescore(session, [snap.partner["segment_id"] for snap in snapshots])
