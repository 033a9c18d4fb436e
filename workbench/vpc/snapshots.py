"""Card snapshots: what undo and redo restore.

Every canvas action records the cards it touches before and after (fields, evidence and fit
links). Undo puts the "before" states back, redo the "after" states, keeping card ids stable so
that earlier and later steps on the undo stack still refer to the right cards.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import delete, or_
from sqlmodel import Session, select

from workbench.store import models, versioning

_REFERRING: dict[str, type] = {
    "capability": models.Capability, "program": models.ProgramElement, "survey": models.SurveyAnswer,
}


@dataclass(frozen=True)
class CardSnapshot:
    """Everything that defines a card, its evidence and its fit links."""

    id: int
    board_id: int
    zone: str
    title: str
    description: str
    importance: int
    pillar: str | None
    manual_rank: int | None
    pos_x: float | None
    pos_y: float | None
    version: int
    statement_ids: tuple[int, ...]
    links: tuple[tuple[int, int], ...]  # (source card, target card) touching this card
    # What other parts of the project point at the card (deleting it cuts these; undo restores them).
    references: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class BoardEdit:
    """What one action changed: card states before and after (None = the card did not exist)."""

    board_id: int
    before: tuple[tuple[int, CardSnapshot | None], ...]
    after: tuple[tuple[int, CardSnapshot | None], ...]
    card_id: int | None = None  # the card the action produced or acted on, to select afterwards
    info: tuple[int, ...] = ()  # action-specific ids (e.g. the statements actually added)

    @property
    def changed(self) -> bool:
        """False when the action turned out to change nothing."""
        return self.before != self.after


def snapshot(session: Session, card_id: int) -> CardSnapshot | None:
    """The current state of a card, or None if it does not exist."""
    card = session.get(models.Card, card_id)
    if card is None:
        return None
    statement_ids = session.exec(
        select(models.Evidence.statement_id).where(models.Evidence.card_id == card_id)
        .order_by(models.Evidence.id)).all()
    links = session.exec(select(models.FitLink.source_card_id, models.FitLink.target_card_id).where(
        or_(models.FitLink.source_card_id == card_id, models.FitLink.target_card_id == card_id))
        .order_by(models.FitLink.id)).all()
    assert card.id is not None
    references: list[tuple[str, int]] = []
    references += [("backlog", int(i)) for i in session.exec(select(models.BacklogCardLink.backlog_item_id).where(
        models.BacklogCardLink.card_id == card_id)).all()]
    for name, table in _REFERRING.items():
        references += [(name, int(i)) for i in session.exec(select(table.id).where(  # type: ignore[attr-defined]
            table.card_id == card_id)).all()]  # type: ignore[attr-defined]
    return CardSnapshot(
        id=card.id, board_id=card.board_id, zone=card.zone, title=card.title, description=card.description,
        importance=card.importance, pillar=card.pillar, manual_rank=card.manual_rank, pos_x=card.pos_x,
        pos_y=card.pos_y, version=card.version, statement_ids=tuple(statement_ids),
        links=tuple((int(a), int(b)) for a, b in links), references=tuple(references),
    )


def snapshots(session: Session, card_ids: set[int] | list[int]) -> dict[int, CardSnapshot | None]:
    """Snapshots of several cards."""
    return {cid: snapshot(session, cid) for cid in sorted(set(card_ids))}


_AUDITED = ("zone", "title", "description", "importance", "pillar")


def _content(state: CardSnapshot | None) -> CardSnapshot | None:
    """A card's state without what ordering and bookkeeping change (rank, place, version, references)."""
    if state is None:
        return None
    return replace(state, manual_rank=None, pos_x=None, pos_y=None, version=0, references=(),
                   links=tuple(sorted(state.links)))


def _fields(card: models.Card) -> dict[str, object]:
    return {name: getattr(card, name) for name in (*_AUDITED, "version")}


def apply_states(session: Session, states: tuple[tuple[int, CardSnapshot | None], ...], *, user: str = "",
                 action: str = "update") -> None:
    """Put cards into the given states: delete the None ones, create or overwrite the others.

    This is an overwrite (undo, redo, the second half of a merge): versions are not checked, each
    card that changes gets a new version and an audit entry (deleted, restored or its changed fields).
    """
    now = models.utcnow()
    for card_id, state in states:
        if state is None:
            session.execute(delete(models.FitLink).where(or_(
                models.FitLink.source_card_id == card_id, models.FitLink.target_card_id == card_id)))
            session.execute(delete(models.Evidence).where(models.Evidence.card_id == card_id))
            card = session.get(models.Card, card_id)
            if card is not None:
                versioning.record_deleted(session, models.Card, card_id, _fields(card), user)
                session.delete(card)
    session.flush()
    present = [s for _cid, s in states if s is not None]
    for state in present:
        card = session.get(models.Card, state.id)
        before = None
        restored = card is None
        if card is None:
            card = models.Card(id=state.id, board_id=state.board_id, zone=state.zone, title=state.title,
                               created_at=now)
            session.add(card)
            version = state.version
        elif _content(snapshot(session, state.id)) == _content(state):
            version = card.version  # only its place in the order differs: ordering is not an edit
        else:
            before = _fields(card)
            version = max(card.version, state.version) + 1
        card.board_id, card.zone, card.title, card.description = state.board_id, state.zone, state.title, state.description
        card.importance, card.pillar, card.manual_rank = state.importance, state.pillar, state.manual_rank
        card.pos_x, card.pos_y, card.version = state.pos_x, state.pos_y, version
        card.updated_at, card.updated_by = now, user
        if restored:
            versioning.record_restored(session, models.Card, state.id, version, user)
        elif before is not None:
            versioning.record_update(session, models.Card, state.id, before, _fields(card), user, action=action)
    session.flush()
    existing_statements: set[int] = set()
    wanted = {sid for s in present for sid in s.statement_ids}
    if wanted:
        existing_statements = set(session.exec(
            select(models.Statement.id).where(models.Statement.id.in_(wanted))).all())  # type: ignore[union-attr]
    for state in present:
        session.execute(delete(models.Evidence).where(models.Evidence.card_id == state.id))
        session.execute(delete(models.FitLink).where(or_(
            models.FitLink.source_card_id == state.id, models.FitLink.target_card_id == state.id)))
    session.flush()
    added_links: set[tuple[int, int]] = set()
    for state in present:
        for sid in dict.fromkeys(state.statement_ids):
            if sid in existing_statements:
                session.add(models.Evidence(card_id=state.id, statement_id=sid))
        for source, target in state.links:
            if (source, target) in added_links:
                continue
            if session.get(models.Card, source) is None or session.get(models.Card, target) is None:
                continue
            added_links.add((source, target))
            session.add(models.FitLink(source_card_id=source, target_card_id=target))
        _restore_references(session, state)
    session.flush()


def _restore_references(session: Session, state: CardSnapshot) -> None:
    """Point backlog items, capabilities, program elements and survey answers back at a restored card."""
    for name, ref_id in state.references:
        if name == "backlog":
            if session.get(models.BacklogItem, ref_id) is not None and session.exec(
                    select(models.BacklogCardLink).where(models.BacklogCardLink.backlog_item_id == ref_id,
                                                         models.BacklogCardLink.card_id == state.id)).first() is None:
                session.add(models.BacklogCardLink(backlog_item_id=ref_id, card_id=state.id))
        elif name in _REFERRING:
            row = session.get(_REFERRING[name], ref_id)
            if row is not None and row.card_id is None:
                row.card_id = state.id
