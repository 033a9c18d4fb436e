"""Evidence: the statements behind a card and the statements a segment's board can draw on."""

from __future__ import annotations

from collections import Counter

from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.store import models
from workbench.store.project import Project
from workbench.vpc.board import board_id_for
from workbench.vpc.reads import QuoteRead


def _quote_query():  # type: ignore[no-untyped-def]
    return (select(models.Statement, models.Interview, models.Partner)
            .join(models.Interview, models.Interview.id == models.Statement.interview_id)
            .join(models.Partner, models.Partner.id == models.Interview.partner_id))


def _read(statement: models.Statement, interview: models.Interview, partner: models.Partner, cards: int) -> QuoteRead:
    assert statement.id is not None and partner.id is not None
    return QuoteRead(
        statement_id=statement.id, text=statement.text, kind=statement.kind, severity=statement.severity,
        interview_id=statement.interview_id, partner_id=partner.id, partner=partner.name,
        interviewer=interview.interviewer, date=interview.started_at or interview.planned_at or statement.created_at,
        cards=cards,
    )


def _card_counts(session: Session, board_id: int | None) -> Counter[int]:
    if board_id is None:
        return Counter()
    rows = session.exec(select(models.Evidence.statement_id).join(
        models.Card, models.Card.id == models.Evidence.card_id).where(models.Card.board_id == board_id)).all()
    return Counter(int(r) for r in rows)


def card_quotes(project: Project, card_id: int) -> list[QuoteRead]:
    """The statements behind a card with partner, date and interviewer, in interview order."""
    with project.session() as session:
        card = session.get(models.Card, card_id)
        if card is None:
            raise InputError(f"There is no card {card_id}; it may have been deleted.")
        counts = _card_counts(session, card.board_id)
        rows = session.exec(_quote_query().join(models.Evidence, models.Evidence.statement_id == models.Statement.id)
                            .where(models.Evidence.card_id == card_id)
                            .order_by(models.Partner.name, models.Interview.id, models.Statement.position)).all()
        return [_read(s, i, p, counts[s.id]) for s, i, p in rows if s.id is not None]


def segment_statements(project: Project, segment_id: int) -> list[QuoteRead]:
    """Every statement from the interviews of a segment's partners, with how many cards use each."""
    with project.session() as session:
        counts = _card_counts(session, board_id_for(session, segment_id))
        rows = session.exec(_quote_query().where(models.Partner.segment_id == segment_id)
                            .order_by(models.Partner.name, models.Interview.id, models.Statement.position)).all()
        return [_read(s, i, p, counts[s.id]) for s, i, p in rows if s.id is not None]
