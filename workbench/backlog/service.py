"""Backlog items: read, edit, create, delete, reorder, rescore. One call = one transaction.

Every edit returns what it replaced so that the UI can undo it with the same call
(:func:`update_items` with the returned values). Scores are recomputed in the same transaction
whenever an input of the formula changes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, delete, select

from workbench.backlog import priority
from workbench.backlog.evidence import (
    EvidenceQuote,
    expand_cards,
    fit_targets,
    gather_inputs,
    linked_cards,
    quotes_for_cards,
)
from workbench.errors import InputError
from workbench.store import audit, models, versioning
from workbench.store.enums import BACKLOG_STATUSES, FRAMEWORKS, PILLARS
from workbench.store.project import Project

log = logging.getLogger(__name__)

FRAMEWORK_KEY = "framework"
WEIGHTED_REACH_KEY = "reach_weighted"
EDITABLE = ("title", "description", "pillar", "effort", "status", "reject_reason", "release_id", "owner",
            "manual_rank", "position", "reach", "impact", "confidence")
SCORE_INPUTS = frozenset({"effort", "reach", "impact", "confidence"})
#: the product manager's order and pinned rank: ordering, not an edit of the item (no new version, no conflict)
ORDER_FIELDS = frozenset({"manual_rank", "position"})


@dataclass(frozen=True)
class BacklogItemRead:
    """A backlog item as the UI and the exports see it."""

    id: int
    title: str
    description: str
    pillar: str
    reach: float | None
    impact: float | None
    confidence: float | None
    effort: float | None
    framework: str
    computed_score: float | None
    manual_rank: int | None
    rank: int | None
    position: int
    status: str
    reject_reason: str
    release_id: int | None
    release_name: str
    owner: str
    source_key: str
    card_ids: tuple[int, ...]
    evidence_ids: tuple[int, ...]
    partner_count: int
    version: int
    updated_at: datetime | None


def take_write_lock(session: Session) -> None:
    """Make a transaction that reads before it writes a writer from its first statement (SQLite).

    A deferred SQLite transaction that reads first fails at once with "database is locked" when
    another connection commits before its first write; holding the write lock from the start lets
    the busy timeout wait instead (like BEGIN IMMEDIATE). PostgreSQL needs nothing.
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE change_counter SET value = value WHERE id = 1"))


def get_framework(project: Project) -> str:
    """The project's prioritisation framework ("rice" or "wsjf")."""
    value = project.get_meta(FRAMEWORK_KEY, "rice")
    return value if value in FRAMEWORKS else "rice"


def weighted_reach(project: Project) -> bool:
    """Whether reach is weighted by the partners' profile scores."""
    return project.get_meta(WEIGHTED_REACH_KEY, "0") == "1"


def _meta(session: Session, key: str, default: str) -> str:
    row = session.get(models.ProjectMeta, key)
    return row.value if row else default


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(models.ProjectMeta, key)
    if row is None:
        session.add(models.ProjectMeta(key=key, value=value))
    else:
        row.value = value


def recompute_in(session: Session, item_ids: Iterable[int] | None = None) -> int:
    """Recompute the scores of items (all when None) within the caller's transaction; returns how many."""
    framework = _meta(session, FRAMEWORK_KEY, "rice")
    framework = framework if framework in FRAMEWORKS else "rice"
    weighted = _meta(session, WEIGHTED_REACH_KEY, "0") == "1"
    inputs = gather_inputs(session, item_ids)
    now = models.utcnow()
    for item_id, data in inputs.items():
        item = session.get(models.BacklogItem, item_id)
        assert item is not None
        expl = priority.score(data, framework, weighted=weighted, now=now)
        item.framework = framework
        item.computed_score = expl.score
        if data.evidence:
            rice = expl if framework == "rice" else priority.rice(data, weighted=weighted, now=now)
            for key in ("reach", "impact", "confidence"):
                factor = rice.factor(key)
                if factor is not None and not factor.manual:
                    setattr(item, key, factor.value)
    return len(inputs)


def set_framework(project: Project, *, framework: str | None = None, weighted: bool | None = None) -> str:
    """Choose RICE or WSJF (and weighted reach) for the project and rescore every item."""
    if framework is not None and framework not in FRAMEWORKS:
        raise InputError(f"Unknown framework {framework!r}; use one of {', '.join(FRAMEWORKS)}.")
    with project.transaction() as session:
        take_write_lock(session)
        old = _meta(session, FRAMEWORK_KEY, "rice")
        if framework is not None:
            _set_meta(session, FRAMEWORK_KEY, framework)
        if weighted is not None:
            _set_meta(session, WEIGHTED_REACH_KEY, "1" if weighted else "0")
        recompute_in(session)
    return old


SCORES_VERSION_KEY = "backlog_scores_version"
SCORES_VERSION = "1"  # bump when the formulas change, so that stored scores are recomputed once


def ensure_scored(project: Project) -> bool:
    """Recompute stored scores once if they were made by other formulas (or by hand); True if it did."""
    if project.get_meta(SCORES_VERSION_KEY) == SCORES_VERSION:
        return False
    with project.transaction() as session:
        # A writer from the first statement: the backlog's reader thread and the UI (or another window)
        # may both find the scores old; the second waits, then finds them done.
        take_write_lock(session)
        if _meta(session, SCORES_VERSION_KEY, "") == SCORES_VERSION:
            return False
        recompute_in(session)
        _set_meta(session, SCORES_VERSION_KEY, SCORES_VERSION)
    return True


def recompute_scores(project: Project) -> int:
    """Rescore every item (after evidence or survey changes)."""
    with project.transaction() as session:
        return recompute_in(session)


def _reads(session: Session, items: list[Any]) -> list[BacklogItemRead]:
    """Items (ORM objects or rows with the same columns) as the UI and the exports see them.

    The bulk reads run as plain SQL statements (Core): tuples of columns need no ORM loading, which
    cost more than the queries at 1,000 items and 30,000 statements. Plain statements do not flush the
    session as ORM queries do, so pending changes (a new item's score) are flushed first.
    """
    session.flush()
    run = session.connection().execute
    ids = [i.id for i in items if i.id is not None]
    links = linked_cards(session, ids)
    targets = fit_targets(session)
    releases = dict(run(select(models.Release.id, models.Release.name)).all())  # type: ignore[arg-type]
    all_items = run(select(models.BacklogItem.id, models.BacklogItem.computed_score,  # type: ignore[call-overload]
                           models.BacklogItem.manual_rank, models.BacklogItem.status)).all()
    ranks = priority.effective_ranks([(i, s, m) for i, s, m, st in all_items if st != "rejected" and i is not None])
    all_cards = sorted({c for cards in links.values() for c in expand_cards(cards, targets)})
    ev_rows = run(
        select(models.Evidence.card_id, models.Evidence.statement_id, models.Interview.partner_id)  # type: ignore[call-overload]
        .join(models.Statement, col(models.Statement.id) == models.Evidence.statement_id)
        .join(models.Interview, col(models.Interview.id) == models.Statement.interview_id)
        .where(col(models.Evidence.card_id).in_(all_cards))
    ).all() if all_cards else []
    by_card: dict[int, list[tuple[int, int]]] = {}
    for card_id, sid, pid in ev_rows:
        by_card.setdefault(card_id, []).append((sid, pid))
    out = []
    for item in items:
        assert item.id is not None
        cards = links.get(item.id, [])
        statements: dict[int, None] = {}
        partners: set[int] = set()
        for cid in expand_cards(cards, targets):
            for sid, pid in by_card.get(cid, ()):
                statements.setdefault(sid, None)
                partners.add(pid)
        out.append(BacklogItemRead(
            id=item.id, title=item.title, description=item.description, pillar=item.pillar, reach=item.reach,
            impact=item.impact, confidence=item.confidence, effort=item.effort, framework=item.framework,
            computed_score=item.computed_score, manual_rank=item.manual_rank, rank=ranks.get(item.id),
            position=item.position, status=item.status, reject_reason=item.reject_reason,
            release_id=item.release_id, release_name=releases.get(item.release_id, "") if item.release_id else "",
            owner=item.owner, source_key=item.source_key, card_ids=tuple(cards),
            evidence_ids=tuple(sorted(statements)), partner_count=len(partners), version=item.version,
            updated_at=item.updated_at,
        ))
    return out


def list_items(project: Project) -> list[BacklogItemRead]:
    """Every backlog item in the product manager's order (position, then id)."""
    with project.session() as session:
        table = models.BacklogItem.__table__  # type: ignore[attr-defined]
        rows = list(session.connection().execute(select(table).order_by(table.c.position, table.c.id)).all())
        return _reads(session, rows)


def get_item(project: Project, item_id: int) -> BacklogItemRead:
    """One item."""
    with project.session() as session:
        item = session.get(models.BacklogItem, item_id)
        if item is None:
            raise InputError(f"There is no backlog item {item_id}.")
        return _reads(session, [item])[0]


def _validate(session: Session, field: str, value: Any) -> Any:
    if field not in EDITABLE:
        raise InputError(f"The field {field!r} of a backlog item cannot be edited.")
    if field == "title":
        value = str(value).strip()
        if not value:
            raise InputError("A backlog item needs a title.")
        return value[:500]
    if field == "status" and value not in BACKLOG_STATUSES:
        raise InputError(f"Unknown status {value!r}; use one of {', '.join(BACKLOG_STATUSES)}.")
    if field == "pillar" and value not in PILLARS:
        raise InputError(f"Unknown pillar {value!r}; use one of {', '.join(PILLARS)}.")
    if field in ("effort", "reach", "impact", "confidence") and value is not None:
        try:
            value = float(value)
        except (TypeError, ValueError) as exc:
            raise InputError(f"{field.capitalize()} must be a number.") from exc
        if value < 0 or (field == "effort" and value == 0):
            raise InputError(f"{field.capitalize()} must be positive.")
        if field == "confidence" and value > 1:
            raise InputError("Confidence is a share between 0 and 1.")
    if field in ("manual_rank", "position") and value is not None:
        value = int(value)
        if field == "manual_rank" and value < 1:
            raise InputError("A manual rank starts at 1.")
    if field == "release_id" and value is not None and session.get(models.Release, int(value)) is None:
        raise InputError(f"There is no release {value}.")
    if field in ("owner", "reject_reason", "description"):
        value = str(value or "")
    return value


def _audit(session: Session, who: str, entity_id: int | None, action: str, before: Any, after: Any) -> None:
    session.add(models.AuditEntry(who=who, entity="backlog_item", entity_id=entity_id, action=action,
                                  before_json=json.dumps(before, ensure_ascii=False, default=str),
                                  after_json=json.dumps(after, ensure_ascii=False, default=str)))


def update_items(project: Project, changes: Mapping[int, Mapping[str, Any]],
                 expected: Mapping[int, int] | None = None) -> dict[int, dict[str, Any]]:
    """Apply field changes to items in one transaction; returns the previous values (to undo).

    Rejecting needs a reason; leaving "rejected" clears the reason unless one is given. With
    ``expected`` ({id: version the user saw}) the whole change is refused with a
    :class:`~workbench.store.versioning.StaleRecordError` if anyone saved one of the items since;
    without it (the CLI, undo and redo) the values are written over what is saved. The order fields
    (position, pinned rank) never conflict and never make a new version.
    """
    previous: dict[int, dict[str, Any]] = {}
    rescore: list[int] = []
    versions = dict(expected or {})
    with project.transaction() as session:
        take_write_lock(session)
        for item_id, fields in sorted(changes.items()):  # rows locked in id order: no deadlock between bulk edits
            fields = dict(fields)
            edits = {k: v for k, v in fields.items() if k not in ORDER_FIELDS}
            if edits:
                current = versioning.guard(session, models.BacklogItem, item_id, versions.get(item_id), edits)
                if current is None:
                    raise InputError(f"There is no backlog item {item_id}; it may have been deleted.")
            item = session.get(models.BacklogItem, item_id)
            if item is None:
                raise InputError(f"There is no backlog item {item_id}; it may have been deleted.")
            if fields.get("status") == "rejected" and not str(
                    fields.get("reject_reason", item.reject_reason) or "").strip():
                raise InputError("Say why the item is rejected.")
            if "status" in fields and fields["status"] != "rejected" and "reject_reason" not in fields:
                fields["reject_reason"] = ""
            old: dict[str, Any] = {}
            before = {"version": item.version}
            for field, value in fields.items():
                value = _validate(session, field, value)
                old[field] = getattr(item, field)
                before[field] = old[field]
                setattr(item, field, value)
            if any(k not in ORDER_FIELDS and before[k] != getattr(item, k) for k in fields):
                item.version += 1
                item.updated_at = models.utcnow()
                item.updated_by = project.user
                after = {k: getattr(item, k) for k in fields if k not in ORDER_FIELDS}
                versioning.record_update(session, models.BacklogItem, item_id, before, {**after, "version": item.version},
                                         project.user)
            previous[item_id] = old
            if SCORE_INPUTS & fields.keys():
                rescore.append(item_id)
        session.flush()
        if rescore:
            recompute_in(session, rescore)
    return previous


def create_item(project: Project, *, title: str, description: str = "", pillar: str = "product",
                effort: float | None = None, card_ids: Iterable[int] = (), owner: str = "",
                source_key: str = "") -> BacklogItemRead:
    """Add an item at the end of the list, linked to cards, and score it."""
    with project.transaction() as session:
        item = create_item_in(session, title=title, description=description, pillar=pillar, effort=effort,
                              card_ids=card_ids, owner=owner, source_key=source_key, user=project.user)
        recompute_in(session, [item.id or 0])
        return _reads(session, [item])[0]


def create_item_in(session: Session, *, title: str, description: str = "", pillar: str = "product",
                   effort: float | None = None, card_ids: Iterable[int] = (), owner: str = "",
                   source_key: str = "", user: str = "", status: str = "new") -> models.BacklogItem:
    """Add an item within the caller's transaction."""
    title = _validate(session, "title", title)
    pillar = _validate(session, "pillar", pillar)
    last = session.exec(select(models.BacklogItem.position).order_by(
        col(models.BacklogItem.position).desc())).first()
    item = models.BacklogItem(title=title, description=description, pillar=pillar,
                              effort=_validate(session, "effort", effort), owner=owner, source_key=source_key,
                              position=(last + 1) if last is not None else 0, updated_by=user, status=status)
    session.add(item)
    session.flush()
    assert item.id is not None
    for cid in dict.fromkeys(card_ids):
        session.add(models.BacklogCardLink(backlog_item_id=item.id, card_id=cid))
    session.flush()
    versioning.record_created(session, models.BacklogItem, item.id, {"title": title, "pillar": pillar}, user)
    return item


def _snapshot(session: Session, item: models.BacklogItem) -> dict[str, Any]:
    data = item.model_dump()
    data["card_ids"] = linked_cards(session, [item.id or 0]).get(item.id or 0, [])
    data["survey_answer_ids"] = list(session.exec(select(models.SurveyAnswer.id).where(
        models.SurveyAnswer.backlog_item_id == item.id)).all())
    return data


def delete_items(project: Project, item_ids: Iterable[int],
                 expected: Mapping[int, int] | None = None) -> list[dict[str, Any]]:
    """Delete items; returns snapshots that :func:`restore_items` puts back (undo).

    With ``expected`` ({id: version the user saw}) nothing is deleted if anyone saved (or deleted)
    one of the items since.
    """
    snapshots = []
    versions = dict(expected or {})
    with project.transaction() as session:
        take_write_lock(session)
        for item_id in sorted(set(item_ids)):  # rows locked in id order
            current = versioning.guard(session, models.BacklogItem, item_id, versions.get(item_id))
            item = session.get(models.BacklogItem, item_id) if current is not None else None
            if item is None:
                continue
            snapshots.append(_snapshot(session, item))
            versioning.record_deleted(session, models.BacklogItem, item_id, current or {}, project.user)
            session.exec(delete(models.BacklogCardLink).where(  # type: ignore[call-overload]
                col(models.BacklogCardLink.backlog_item_id) == item_id))
            session.delete(item)
    return snapshots


def restore_items(project: Project, snapshots: Iterable[Mapping[str, Any]]) -> list[int]:
    """Put deleted items back with their ids, links and survey answers."""
    restored = []
    with project.transaction() as session:
        for snap in snapshots:
            data = dict(snap)
            cards = data.pop("card_ids", [])
            answers = data.pop("survey_answer_ids", [])
            if data.get("release_id") and session.get(models.Release, data["release_id"]) is None:
                data["release_id"] = None
            item = models.BacklogItem(**data)
            session.add(item)
            session.flush()
            assert item.id is not None
            versioning.record_restored(session, models.BacklogItem, item.id, item.version, project.user)
            existing = set(session.exec(select(models.Card.id).where(col(models.Card.id).in_(cards))).all())
            for cid in cards:
                if cid in existing:
                    session.add(models.BacklogCardLink(backlog_item_id=item.id, card_id=cid))
            for answer_id in answers:
                answer = session.get(models.SurveyAnswer, answer_id)
                if answer is not None:
                    answer.backlog_item_id = item.id
            restored.append(item.id or 0)
        session.flush()
        recompute_in(session, restored)
    return restored


def reorder(project: Project, ordered_ids: list[int]) -> list[int]:
    """Set the product manager's order (positions) to ``ordered_ids``; returns the previous order."""
    with project.transaction() as session:
        before = list(session.exec(select(models.BacklogItem.id).order_by(
            col(models.BacklogItem.position), col(models.BacklogItem.id))).all())
        rest = [i for i in before if i not in set(ordered_ids)]
        for position, item_id in enumerate([*ordered_ids, *rest]):
            item = session.get(models.BacklogItem, item_id)
            if item is not None:
                item.position = position
    return [i for i in before if i is not None]


def set_item_cards(project: Project, item_id: int, card_ids: Iterable[int],
                   expected: Iterable[int] | None = None) -> list[int]:
    """Link an item to exactly these cards (and so to their evidence); returns the previous card ids.

    ``expected`` are the cards the user saw linked: if anyone changed the item's links since (or
    deleted it), nothing is written and a :class:`~workbench.store.versioning.StaleRecordError` shows
    theirs and yours. Without it (the CLI, undo and redo) the links are set over what is saved.
    """
    wanted = list(dict.fromkeys(card_ids))
    seen = None if expected is None else set(expected)
    with project.transaction() as session:
        take_write_lock(session)
        current = versioning.guard(session, models.BacklogItem, item_id, None)  # row lock on PostgreSQL
        if current is None:
            if seen is not None:
                raise versioning.StaleRecordError(
                    entity="backlog_item", entity_id=item_id, expected_version=0, current_version=None, changes=[],
                    editors=_editors(session, item_id, {"delete"}), yours={})
            raise InputError(f"There is no backlog item {item_id}.")
        known = set(session.exec(select(models.Card.id).where(col(models.Card.id).in_(wanted))).all())
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise InputError(f"There is no card {unknown[0]}; it may have been deleted.")
        links = list(session.exec(select(models.BacklogCardLink).where(
            models.BacklogCardLink.backlog_item_id == item_id)).all())
        previous = [link.card_id for link in links]
        if seen is not None and set(previous) != seen and not versioning.is_overwriting():
            raise versioning.StaleRecordError(
                entity="backlog_item", entity_id=item_id, expected_version=0, current_version=int(current["version"]),
                changes=[versioning.FieldChange(field="cards", base=_card_titles(session, seen),
                                                theirs=_card_titles(session, previous),
                                                yours=_card_titles(session, wanted), you_changed=True)],
                editors=_editors(session, item_id, {"link_cards"}), yours={})
        for link in links:
            if link.card_id not in wanted:
                session.delete(link)
        for cid in wanted:
            if cid not in previous:
                session.add(models.BacklogCardLink(backlog_item_id=item_id, card_id=cid))
        session.flush()
        _audit(session, project.user, item_id, "link_cards", previous, wanted)
        recompute_in(session, [item_id])
    return previous


def _editors(session: Session, item_id: int, actions: set[str]) -> list[versioning.Editor]:
    """Who last did one of ``actions`` to an item (from the audit trail), for the stale dialog."""
    entry = next((e for e in audit.entries(session, entity="backlog_item", entity_id=item_id, limit=50)
                  if e.action in actions), None)
    return [] if entry is None else [versioning.Editor(who=entry.who, at=entry.at, action=entry.action)]


def _card_titles(session: Session, card_ids: Iterable[int]) -> str:
    ids = sorted(set(card_ids))
    if not ids:
        return ""
    names = dict(session.exec(select(models.Card.id, models.Card.title).where(col(models.Card.id).in_(ids))).all())
    return "; ".join(str(names.get(i, f"#{i}")) for i in ids)


def item_evidence(project: Project, item_id: int) -> list[EvidenceQuote]:
    """The statements behind an item (through its cards and the cards they address), with partners."""
    with project.session() as session:
        cards = linked_cards(session, [item_id]).get(item_id, [])
        return quotes_for_cards(session, expand_cards(cards, fit_targets(session)))


def explain(project: Project, item_id: int) -> priority.Explanation:
    """Why an item ranks where it does: its score under the project's framework and every factor."""
    with project.session() as session:
        framework = _meta(session, FRAMEWORK_KEY, "rice")
        weighted = _meta(session, WEIGHTED_REACH_KEY, "0") == "1"
        inputs = gather_inputs(session, [item_id]).get(item_id)
        if inputs is None:
            raise InputError(f"There is no backlog item {item_id}.")
        return priority.score(inputs, framework, weighted=weighted)


def explain_all(project: Project) -> dict[int, priority.Explanation]:
    """Explanations of every item at once (for exports: one pass over the evidence)."""
    with project.session() as session:
        framework = _meta(session, FRAMEWORK_KEY, "rice")
        weighted = _meta(session, WEIGHTED_REACH_KEY, "0") == "1"
        now = models.utcnow()
        return {iid: priority.score(data, framework, weighted=weighted, now=now)
                for iid, data in gather_inputs(session).items()}


def evidence_for_items(project: Project, item_ids: Iterable[int]) -> dict[int, list[EvidenceQuote]]:
    """The quotes behind several items, read in one pass."""
    ids = list(item_ids)
    with project.session() as session:
        links = linked_cards(session, ids)
        targets = fit_targets(session)
        expanded = {iid: expand_cards(links.get(iid, []), targets) for iid in ids}
        quotes = quotes_for_cards(session, sorted({c for cards in expanded.values() for c in cards}),
                                  unique=False)
    by_card: dict[int, list[EvidenceQuote]] = {}
    for q in quotes:
        by_card.setdefault(q.card_id, []).append(q)
    out: dict[int, list[EvidenceQuote]] = {}
    for iid, cards in expanded.items():
        seen: set[int] = set()
        own = []
        for cid in cards:
            for q in by_card.get(cid, ()):
                if q.statement_id not in seen:
                    seen.add(q.statement_id)
                    own.append(q)
        own.sort(key=lambda q: (-(q.severity or 0), -(q.said_at.timestamp() if q.said_at else 0), q.statement_id))
        out[iid] = own
    return out


def evidence_text(item: BacklogItemRead) -> str:
    """A compact reference to the evidence, for exports that leave the workbench (Jira)."""
    cards = ", ".join(f"card:{c}" for c in item.card_ids) or "none"
    statements = ", ".join(str(s) for s in item.evidence_ids) or "none"
    return f"Workbench item #{item.id}; cards: {cards}; evidence statements: {statements}"
