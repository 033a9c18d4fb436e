"""Building a board: every user action is one call, one transaction and one undo step.

Each action returns a :class:`~workbench.vpc.snapshots.BoardEdit` holding the touched cards
before and after; :func:`undo` and :func:`redo` put those states back. The UI wraps each action in
a ``QUndoCommand`` whose ``undo``/``redo`` call these two functions.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence

from sqlalchemy import delete, text
from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.store import audit, models, versioning
from workbench.store.enums import FIT_TARGET_ZONE, PILLARS, VALUE_MAP_ZONES, ZONES
from workbench.store.project import Project
from workbench.vpc.board import board_id_for, find_segment, list_segments, load_board, rerank, zone_orders
from workbench.vpc.ranking import moved_order
from workbench.vpc.reads import FIT_SOURCE_ZONE, IMPORTANCE_LEVELS
from workbench.vpc.snapshots import BoardEdit, CardSnapshot, apply_states, snapshots

log = logging.getLogger(__name__)

__all__ = [
    "BoardEdit", "add_evidence", "create_card", "delete_cards", "edit_card", "find_segment", "list_segments",
    "load_board", "merge_cards", "move_card", "redo", "remove_evidence", "reorder_card", "reset_order",
    "set_links", "split_card", "undo",
]

MAX_TITLE = 500
_TITLE_FROM_STATEMENT = 90


# --------------------------------------------------------------------------- plumbing
#: the PostgreSQL advisory lock (with the board id) that serialises the actions on one board
BOARD_LOCK = 0x57424344


def serialise_board(session: Session, board_id: int) -> None:
    """Take the board's lock first thing in a transaction that changes cards of it (PostgreSQL).

    Every action reranks the whole board; two actions that each hold the row of the card they edit
    would wait for each other's rows (a deadlock the server breaks by failing one). With this lock
    taken before any row lock they queue instead, for milliseconds.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key, :board)"), {"key": BOARD_LOCK, "board": board_id})


def _audit(session: Session, who: str, card_id: int | None, action: str, detail: object) -> None:
    session.add(models.AuditEntry(who=who, entity="card", entity_id=card_id, action=action,
                                  after_json=json.dumps(detail, ensure_ascii=False, default=str)))


def _run(project: Project, board: int | Callable[[Session], int], affected: Iterable[int], action: str | None,
         fn: Callable[[Session], tuple[set[int], int | None, tuple[int, ...]]]) -> BoardEdit:
    """Run ``fn`` in one transaction, recording the touched cards before and after.

    ``board`` is the board id, or a function finding (or making) it inside the transaction. ``fn``
    returns (ids of cards it created or also touched, the card to focus, extra info). ``action``
    names the step in the audit trail; None when ``fn`` audited each card itself (versioned edits).
    """
    with project.transaction() as session:
        board_id = board(session) if callable(board) else board
        serialise_board(session, board_id)
        touched = set(affected)
        before = snapshots(session, touched)
        created, focus, info = fn(session)
        session.flush()
        session.expire_all()  # versioned saves write through Core: read the cards afresh
        rerank(session, board_id)
        ids = touched | created
        after = snapshots(session, ids)
        edit = BoardEdit(board_id=board_id, before=tuple((cid, before.get(cid)) for cid in sorted(ids)),
                         after=tuple(after.items()), card_id=focus, info=info)
        if action is not None:
            _audit(session, project.user, focus, action, {"cards": sorted(ids), "info": list(info)})
    return edit


def _card(session: Session, card_id: int) -> models.Card:
    card = session.get(models.Card, card_id)
    if card is None:
        raise InputError(f"There is no card {card_id}; it may have been deleted.")
    return card


def _last_editor(session: Session, card_ids: Iterable[int], actions: set[str]) -> list[versioning.Editor]:
    """The newest audit entry with one of ``actions`` on any of the cards (who changed them last)."""
    found = [e for cid in set(card_ids) for e in audit.entries(session, entity="card", entity_id=cid, limit=50)
             if e.action in actions]
    newest = max(found, key=lambda e: e.id, default=None)
    return [] if newest is None else [versioning.Editor(who=newest.who, at=newest.at, action=newest.action)]


def _lock_card(session: Session, card_id: int) -> dict[str, object]:
    """Lock a card's row for a change of its evidence or links; StaleRecordError if someone deleted it."""
    current = versioning.guard(session, models.Card, card_id, None)
    if current is None:
        raise versioning.StaleRecordError(
            entity="card", entity_id=card_id, expected_version=0, current_version=None, changes=[],
            editors=_last_editor(session, [card_id], {"delete"}), yours={})
    return current


def _titles(session: Session, card_ids: Iterable[int]) -> str:
    ids = sorted(set(card_ids))
    if not ids:
        return ""
    names = dict(session.exec(select(models.Card.id, models.Card.title).where(
        models.Card.id.in_(ids))).all())  # type: ignore[union-attr]
    return "; ".join(str(names.get(i, f"#{i}")) for i in ids)


def _board_of(project: Project, card_id: int) -> int:
    with project.session() as session:
        return _card(session, card_id).board_id


def _check_zone(zone: str) -> None:
    if zone not in ZONES:
        raise InputError(f"Unknown zone {zone!r}; use one of {', '.join(ZONES)}.")


def _check_title(title: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise InputError("A card needs a title.")
    if len(title) > MAX_TITLE:
        raise InputError(f"A card title is limited to {MAX_TITLE} characters.")
    return title


def _check_fields(importance: int | None, pillar: str | None) -> None:
    if importance is not None and importance not in IMPORTANCE_LEVELS:
        raise InputError("Importance, severity and relevance are 1 (low), 2 (medium) or 3 (high).")
    if pillar is not None and pillar not in PILLARS:
        raise InputError(f"Unknown pillar {pillar!r}; use one of {', '.join(PILLARS)}.")


def _statements(session: Session, statement_ids: Sequence[int]) -> list[models.Statement]:
    ids = list(dict.fromkeys(int(i) for i in statement_ids))
    if not ids:
        return []
    rows = session.exec(select(models.Statement).where(models.Statement.id.in_(ids))).all()  # type: ignore[union-attr]
    found = {r.id: r for r in rows}
    missing = [i for i in ids if i not in found]
    if missing:
        raise InputError(f"Statement {missing[0]} no longer exists; refresh the evidence list.")
    return [found[i] for i in ids]


def _link_valid(source_zone: str, target_zone: str) -> bool:
    return FIT_TARGET_ZONE.get(source_zone) == target_zone


def title_from_statements(texts: Sequence[str]) -> str:
    """A card title from the first statement: its first sentence, shortened at a word boundary."""
    text = " ".join((texts[0] if texts else "").split())
    for stop in (". ", "! ", "? ", "; "):
        if stop in text[:_TITLE_FROM_STATEMENT + 20]:
            text = text.split(stop, 1)[0]
    if len(text) > _TITLE_FROM_STATEMENT:
        text = text[:_TITLE_FROM_STATEMENT].rsplit(" ", 1)[0].rstrip(",;:—-") + "…"
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- undo / redo
_COMPARED = ("zone", "title", "description", "importance", "pillar")


def _content_of(state: CardSnapshot | None) -> tuple[object, ...] | None:
    """What a person changes on a card (not its place in the order, version or references)."""
    if state is None:
        return None
    return (*(getattr(state, f) for f in _COMPARED), tuple(sorted(state.statement_ids)), tuple(sorted(state.links)))


def _linked(state: CardSnapshot | None) -> set[int]:
    if state is None:
        return set()
    return {b if a == state.id else a for a, b in state.links}


def _refuse_if_changed(session: Session, user: str, left: tuple[tuple[int, CardSnapshot | None], ...],
                       target: tuple[tuple[int, CardSnapshot | None], ...]) -> None:
    """Raise StaleRecordError if a card is no longer as the step left it (someone else changed it since).

    ``left``: the states the step left; ``target``: what undo (or redo) would put back.
    """
    wanted = dict(target)
    now_states = snapshots(session, [cid for cid, _state in left])
    for cid, state in left:
        now = now_states.get(cid)
        if _content_of(now) == _content_of(state):
            continue
        trail = audit.entries(session, entity="card", entity_id=cid, limit=50)
        newest = next((e for e in trail if e.who != user), trail[0] if trail else None)
        editors = [] if newest is None else [versioning.Editor(who=newest.who, at=newest.at, action=newest.action)]
        changes: list[versioning.FieldChange] = []
        goal = wanted.get(cid)
        if now is not None and state is not None:
            for name in _COMPARED:
                if getattr(now, name) != getattr(state, name):
                    changes.append(versioning.FieldChange(
                        field=name, base=getattr(state, name), theirs=getattr(now, name),
                        yours=getattr(goal, name) if goal is not None else None, you_changed=goal is not None))
            if sorted(now.statement_ids) != sorted(state.statement_ids):
                changes.append(versioning.FieldChange(
                    field="evidence", base=len(state.statement_ids), theirs=len(now.statement_ids),
                    yours=len(goal.statement_ids) if goal is not None else None, you_changed=goal is not None))
            if _linked(now) != _linked(state):
                changes.append(versioning.FieldChange(
                    field="links", base=_titles(session, _linked(state)), theirs=_titles(session, _linked(now)),
                    yours=_titles(session, _linked(goal)) if goal is not None else None, you_changed=goal is not None))
        raise versioning.StaleRecordError(
            entity="card", entity_id=cid, expected_version=state.version if state is not None else 0,
            current_version=None if now is None else now.version, changes=changes, editors=editors, yours={})


def undo(project: Project, edit: BoardEdit) -> None:
    """Put the cards an action touched back as they were before it.

    If someone else changed one of those cards since the action, nothing is written and a
    :class:`~workbench.store.versioning.StaleRecordError` says what (inside
    :func:`~workbench.store.versioning.overwriting` the undo goes ahead over their change).
    """
    with project.transaction() as session:
        serialise_board(session, edit.board_id)
        if not versioning.is_overwriting():
            _refuse_if_changed(session, project.user, edit.after, edit.before)
        apply_states(session, edit.before, user=project.user)
        rerank(session, edit.board_id)


def redo(project: Project, edit: BoardEdit) -> None:
    """Put the cards an action touched back as it left them (refused like :func:`undo` if changed since)."""
    with project.transaction() as session:
        serialise_board(session, edit.board_id)
        if not versioning.is_overwriting():
            _refuse_if_changed(session, project.user, edit.before, edit.after)
        apply_states(session, edit.after, user=project.user)
        rerank(session, edit.board_id)


# --------------------------------------------------------------------------- actions
def create_card(project: Project, *, segment_id: int, zone: str, title: str = "",
                statement_ids: Sequence[int] = (), importance: int | None = None,
                pillar: str | None = None, description: str = "") -> BoardEdit:
    """Make a card in a zone, from statements dropped on it or typed by hand.

    Without a title the first statement gives one; without an importance a pain takes the highest
    severity its statements carry, anything else "medium". Creates the segment's board if needed.
    """
    _check_zone(zone)
    _check_fields(importance, pillar)

    def board(session: Session) -> int:
        found = board_id_for(session, segment_id, create=True)
        assert found is not None
        return found

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        board_id = board(session)
        rows = _statements(session, statement_ids)
        if not title.strip() and not rows:
            raise InputError("A card needs a title or at least one statement.")
        name = _check_title(title or title_from_statements([r.text for r in rows]))
        weight = importance
        if weight is None:
            severities = [r.severity for r in rows if r.severity]
            weight = max(1, min(3, max(severities))) if severities and zone == "pains" else 2
        card = models.Card(board_id=board_id, zone=zone, title=name, description=description, importance=weight,
                           pillar=pillar if zone in VALUE_MAP_ZONES else None, updated_by=project.user)
        session.add(card)
        session.flush()
        assert card.id is not None
        for row in rows:
            session.add(models.Evidence(card_id=card.id, statement_id=row.id))
        versioning.record_created(session, models.Card, card.id, {"zone": zone, "title": name,
                                                                  "importance": weight}, project.user)
        return {card.id}, card.id, tuple(r.id for r in rows if r.id is not None)

    return _run(project, board, (), None, act)


def add_evidence(project: Project, *, card_id: int, statement_ids: Sequence[int]) -> BoardEdit:
    """Add statements behind a card; ones already there are skipped (``info`` lists those added).

    Adding evidence never conflicts with other people's changes of the card (nothing of theirs is
    replaced); a card someone deleted meanwhile is refused with a StaleRecordError.
    """
    board_id = _board_of(project, card_id)

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        _lock_card(session, card_id)  # deleted by someone meanwhile: said so, nothing written
        rows = _statements(session, statement_ids)
        have = set(session.exec(select(models.Evidence.statement_id).where(models.Evidence.card_id == card_id)).all())
        added = []
        for row in rows:
            if row.id not in have:
                session.add(models.Evidence(card_id=card_id, statement_id=row.id))
                added.append(int(row.id))  # type: ignore[arg-type]
        return set(), card_id, tuple(added)

    return _run(project, board_id, {card_id}, "add_evidence", act)


def remove_evidence(project: Project, *, card_id: int, statement_ids: Sequence[int]) -> BoardEdit:
    """Take statements off a card."""
    board_id = _board_of(project, card_id)

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        _lock_card(session, card_id)
        ids = [int(i) for i in statement_ids]
        session.execute(delete(models.Evidence).where(models.Evidence.card_id == card_id,
                                                      models.Evidence.statement_id.in_(ids)))  # type: ignore[attr-defined]
        return set(), card_id, tuple(ids)

    return _run(project, board_id, {card_id}, "remove_evidence", act)


def _linked_ids(session: Session, card_id: int) -> set[int]:
    rows = session.exec(select(models.FitLink.source_card_id, models.FitLink.target_card_id).where(
        (models.FitLink.source_card_id == card_id) | (models.FitLink.target_card_id == card_id))).all()
    return {int(a) for a, _b in rows} | {int(b) for _a, b in rows}


def move_card(project: Project, *, card_id: int, zone: str, position: int | None = None,
              expected_version: int | None = None) -> BoardEdit:
    """Move a card to another zone (fit links that no longer make sense are dropped).

    With ``position`` (0-based) the card is also placed at that position in the zone's order. A
    change of zone is a versioned save (refused if someone saved the card since ``expected_version``);
    a change of position alone is ordering, not an edit of the card, and never conflicts.
    """
    _check_zone(zone)
    with project.session() as session:
        card = _card(session, card_id)
        board_id, old_zone = card.board_id, card.zone
        affected = _linked_ids(session, card_id) | {card_id}
        if position is not None:
            affected |= set(zone_orders(session, board_id)[zone])
    if old_zone == zone and position is None:
        return BoardEdit(board_id=board_id, before=(), after=(), card_id=card_id)

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        row = _card(session, card_id)
        if zone != old_zone:
            versioning.guard(session, models.Card, card_id, expected_version, {"zone": zone})
            for link in session.exec(select(models.FitLink).where(
                    (models.FitLink.source_card_id == card_id) | (models.FitLink.target_card_id == card_id))).all():
                source, target = _card(session, link.source_card_id), _card(session, link.target_card_id)
                source_zone = zone if source.id == card_id else source.zone
                target_zone = zone if target.id == card_id else target.zone
                if not _link_valid(source_zone, target_zone):
                    session.delete(link)
            session.flush()
            changes: dict[str, object] = {"zone": zone, "manual_rank": None}
            if zone not in VALUE_MAP_ZONES:
                changes["pillar"] = None
            versioning.save_versioned(session, models.Card, card_id, None, changes, project.user, action="move")
            session.expire(row)
        if position is not None:
            _pin_order(session, board_id, zone, card_id, position)
        return set(), card_id, ()

    return _run(project, board_id, affected, None if zone != old_zone else "reorder", act)


def _pin_order(session: Session, board_id: int, zone: str, card_id: int, position: int) -> None:
    ids = moved_order(zone_orders(session, board_id)[zone], card_id, position)
    for pos, cid in enumerate(ids, start=1):
        row = _card(session, cid)
        if row.manual_rank != pos:
            row.manual_rank = pos  # ordering, not an edit of the card: no new version


def reorder_card(project: Project, *, card_id: int, position: int) -> BoardEdit:
    """Pin a card at a 0-based position in its zone: the zone's order becomes manual."""
    with project.session() as session:
        card = _card(session, card_id)
        board_id, zone = card.board_id, card.zone
        affected = set(zone_orders(session, board_id)[zone])

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        _pin_order(session, board_id, zone, card_id, position)
        return set(), card_id, ()

    return _run(project, board_id, affected, "reorder", act)


def reset_order(project: Project, *, board_id: int, zone: str) -> BoardEdit:
    """Return a zone to the automatic, evidence-based order."""
    _check_zone(zone)
    with project.session() as session:
        affected = set(zone_orders(session, board_id)[zone])

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        for cid in affected:
            row = _card(session, cid)
            if row.manual_rank is not None:
                row.manual_rank = None  # ordering: no new version
        return set(), None, ()

    return _run(project, board_id, affected, "reset_order", act)


def edit_card(project: Project, *, card_id: int, title: str | None = None, description: str | None = None,
              importance: int | None = None, pillar: str | None = "", expected_version: int | None = None) -> BoardEdit:
    """Change a card's title, description, importance/severity/relevance or pillar.

    ``pillar=""`` leaves the pillar alone, ``None`` clears it. With ``expected_version`` an edit
    on a card someone else saved meanwhile is refused with a
    :class:`~workbench.store.versioning.StaleRecordError` saying who changed what.
    """
    _check_fields(importance, pillar or None)
    board_id = _board_of(project, card_id)
    clean_title = _check_title(title) if title is not None else None

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        row = _card(session, card_id)
        changes: dict[str, object] = {}
        if clean_title is not None:
            changes["title"] = clean_title
        if description is not None:
            changes["description"] = description.strip()
        if importance is not None:
            changes["importance"] = importance
        if pillar != "":
            changes["pillar"] = pillar if row.zone in VALUE_MAP_ZONES else None
        versioning.save_versioned(session, models.Card, card_id, expected_version, changes, project.user)
        return set(), card_id, ()

    return _run(project, board_id, {card_id}, None, act)


def delete_cards(project: Project, *, card_ids: Sequence[int],
                 expected_versions: Mapping[int, int] | None = None) -> BoardEdit:
    """Delete cards with their evidence links and fit links (the statements stay).

    With ``expected_versions`` ({id: version the user saw}) nothing is deleted if anyone saved one
    of the cards since.
    """
    ids = list(dict.fromkeys(int(i) for i in card_ids))
    if not ids:
        raise InputError("Select the cards to delete.")
    board_id = _board_of(project, ids[0])
    versions = dict(expected_versions or {})

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        for cid in ids:
            versioning.guard(session, models.Card, cid, versions.get(cid))
        apply_states(session, tuple((cid, None) for cid in ids), user=project.user)
        return set(), None, tuple(ids)

    return _run(project, board_id, ids, None, act)


def merge_cards(project: Project, *, into_id: int, card_ids: Sequence[int],
                expected_versions: Mapping[int, int] | None = None) -> BoardEdit:
    """Merge cards of one zone into ``into_id``: evidence and fit links joined, the others deleted.

    With ``expected_versions`` the merge is refused if anyone saved one of the cards since.
    """
    versions = dict(expected_versions or {})
    others = [int(i) for i in dict.fromkeys(card_ids) if int(i) != into_id]
    if not others:
        raise InputError("Choose at least one other card to merge into this one.")
    with project.session() as session:
        target = _card(session, into_id)
        board_id, zone = target.board_id, target.zone
        affected = {into_id, *others}
        for cid in others:
            other = _card(session, cid)
            if other.board_id != board_id or other.zone != zone:
                raise InputError("Only cards in the same zone of one board can be merged.")
            affected |= _linked_ids(session, cid)
        affected |= _linked_ids(session, into_id)

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        for cid in (into_id, *others):
            versioning.guard(session, models.Card, cid, versions.get(cid))
        states = snapshots(session, [into_id, *others])
        into = states[into_id]
        assert into is not None
        evidence = list(into.statement_ids)
        links = set(into.links)
        importance = into.importance
        for cid in others:
            state = states[cid]
            assert state is not None
            evidence += [s for s in state.statement_ids if s not in evidence]
            links |= {(into_id if a == cid else a, into_id if b == cid else b) for a, b in state.links}
            importance = max(importance, state.importance)
        links = {(a, b) for a, b in links if a != b and a not in others and b not in others}
        apply_states(session, tuple((cid, None) for cid in others), user=project.user)
        from dataclasses import replace

        merged = replace(into, statement_ids=tuple(evidence), links=tuple(sorted(links)), importance=importance)
        apply_states(session, ((into_id, merged),), user=project.user, action="merge")
        return set(), into_id, tuple(others)

    return _run(project, board_id, affected, None, act)


def split_card(project: Project, *, card_id: int, statement_ids: Sequence[int], title: str = "",
               expected_version: int | None = None) -> BoardEdit:
    """Move the chosen evidence of a card to a new card in the same zone (``card_id`` of the edit).

    The source card gets a new version (its evidence changed); with ``expected_version`` the split
    is refused if anyone saved that card since.
    """
    ids = [int(i) for i in dict.fromkeys(statement_ids)]
    with project.session() as session:
        card = _card(session, card_id)
        board_id = card.board_id
        have = set(session.exec(select(models.Evidence.statement_id).where(models.Evidence.card_id == card_id)).all())
    if not ids:
        raise InputError("Choose the statements that move to the new card.")
    if not set(ids) <= have:
        raise InputError("Only statements behind the card can be split off.")

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        current = versioning.guard(session, models.Card, card_id, expected_version)
        source = _card(session, card_id)
        rows = _statements(session, ids)
        name = _check_title(title or title_from_statements([r.text for r in rows]))
        new = models.Card(board_id=board_id, zone=source.zone, title=name, importance=source.importance,
                          pillar=source.pillar, updated_by=project.user)
        session.add(new)
        session.flush()
        assert new.id is not None
        session.execute(delete(models.Evidence).where(models.Evidence.card_id == card_id,
                                                      models.Evidence.statement_id.in_(ids)))  # type: ignore[attr-defined]
        for sid in ids:
            session.add(models.Evidence(card_id=new.id, statement_id=sid))
        source.version = (current or {}).get("version", source.version) + 1
        source.updated_at, source.updated_by = models.utcnow(), project.user
        versioning.record_update(session, models.Card, card_id, {"evidence": sorted(have), "version": source.version - 1},
                                 {"evidence": sorted(have - set(ids)), "version": source.version}, project.user,
                                 action="split")
        versioning.record_created(session, models.Card, new.id, {"zone": new.zone, "title": name, "split_from": card_id},
                                  project.user)
        return {new.id}, new.id, tuple(ids)

    return _run(project, board_id, {card_id}, None, act)


def set_links(project: Project, *, card_id: int, linked_ids: Sequence[int],
              expected_linked_ids: Sequence[int] | None = None) -> BoardEdit:
    """Make the fit links of a card exactly ``linked_ids``.

    For a pain reliever (gain creator) these are the pains (gains) it addresses; for a pain
    (gain), the relievers (creators) that address it. ``expected_linked_ids`` are the links the user
    saw: if anyone changed the card's links since (or deleted it), nothing is written and a
    :class:`~workbench.store.versioning.StaleRecordError` shows theirs and yours. Without it (the CLI,
    undo) the links are set over whatever is saved.
    """
    wanted = set(int(i) for i in linked_ids)
    with project.session() as session:
        card = _card(session, card_id)
        board_id, zone = card.board_id, card.zone
        for other_id in wanted:
            other = _card(session, other_id)
            if other.board_id != board_id or not (_link_valid(zone, other.zone) or _link_valid(other.zone, zone)):
                raise InputError("Fit links join a pain reliever to a pain or a gain creator to a gain.")
        current = _linked_ids(session, card_id) - {card_id}
    if zone not in FIT_TARGET_ZONE and zone not in FIT_SOURCE_ZONE:
        raise InputError("Only pain relievers, gain creators, pains and gains take fit links.")
    seen = None if expected_linked_ids is None else {int(i) for i in expected_linked_ids}

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        _lock_card(session, card_id)
        now = _linked_ids(session, card_id) - {card_id}  # read again under the board's lock
        if seen is not None and now != seen and not versioning.is_overwriting():
            raise versioning.StaleRecordError(
                entity="card", entity_id=card_id, expected_version=0, current_version=0,
                changes=[versioning.FieldChange(field="links", base=_titles(session, seen), theirs=_titles(session, now),
                                                yours=_titles(session, wanted), you_changed=True)],
                editors=_last_editor(session, {card_id} | (now ^ seen), {"links"}), yours={})
        source_side = zone in FIT_TARGET_ZONE
        for other_id in now - wanted:
            source, target = (card_id, other_id) if source_side else (other_id, card_id)
            session.execute(delete(models.FitLink).where(models.FitLink.source_card_id == source,
                                                         models.FitLink.target_card_id == target))
        for other_id in sorted(wanted - now):
            source, target = (card_id, other_id) if source_side else (other_id, card_id)
            session.add(models.FitLink(source_card_id=source, target_card_id=target))
        return set(), card_id, tuple(sorted(wanted))

    return _run(project, board_id, current | wanted | {card_id}, "links", act)


def add_link(project: Project, *, source_id: int, target_id: int) -> BoardEdit:
    """Link a reliever to a pain or a creator to a gain (either order of the two ids is accepted).

    One link more never conflicts with other people's links; a card deleted meanwhile is refused.
    """
    with project.session() as session:
        a, b = _card(session, source_id), _card(session, target_id)
        if _link_valid(b.zone, a.zone):
            source_id, target_id, a, b = target_id, source_id, b, a
        if a.board_id != b.board_id or not _link_valid(a.zone, b.zone):
            raise InputError("Fit links join a pain reliever to a pain or a gain creator to a gain.")
        board_id = a.board_id

    def act(session: Session) -> tuple[set[int], int | None, tuple[int, ...]]:
        for cid in sorted((source_id, target_id)):
            _lock_card(session, cid)
        if session.exec(select(models.FitLink).where(models.FitLink.source_card_id == source_id,
                                                     models.FitLink.target_card_id == target_id)).first() is None:
            session.add(models.FitLink(source_card_id=source_id, target_card_id=target_id))
        return set(), source_id, (target_id,)

    return _run(project, board_id, {source_id, target_id}, "links", act)
