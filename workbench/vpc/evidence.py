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
    # Only the columns a quote shows, as plain rows: thousands of statements without loading ORM objects.
    st, iv, pa = models.Statement, models.Interview, models.Partner
    return (select(st.id, st.text, st.kind, st.severity, st.interview_id, pa.id, pa.name, iv.interviewer,  # type: ignore[call-overload]
                   iv.started_at, iv.planned_at, st.created_at)
            .join(iv, iv.id == st.interview_id)
            .join(pa, pa.id == iv.partner_id))


def _reads(session: Session, query, counts: Counter[int]) -> list[QuoteRead]:  # type: ignore[no-untyped-def]
    return [QuoteRead(statement_id=sid, text=text, kind=kind, severity=severity, interview_id=interview_id,
                      partner_id=partner_id, partner=partner, interviewer=interviewer,
                      date=started or planned or created, cards=counts[sid])
            for sid, text, kind, severity, interview_id, partner_id, partner, interviewer, started, planned, created
            in session.connection().execute(query).all() if sid is not None]


def _card_counts(session: Session, board_id: int | None) -> Counter[int]:
    if board_id is None:
        return Counter()
    rows = session.connection().execute(select(models.Evidence.statement_id).join(
        models.Card, models.Card.id == models.Evidence.card_id).where(models.Card.board_id == board_id)).all()
    return Counter(int(r[0]) for r in rows)


def card_quotes(project: Project, card_id: int) -> list[QuoteRead]:
    """The statements behind a card with partner, date and interviewer, in interview order."""
    with project.session() as session:
        card = session.get(models.Card, card_id)
        if card is None:
            raise InputError(f"There is no card {card_id}; it may have been deleted.")
        counts = _card_counts(session, card.board_id)
        return _reads(session, _quote_query().join(models.Evidence, models.Evidence.statement_id == models.Statement.id)
                      .where(models.Evidence.card_id == card_id)
                      .order_by(models.Partner.name, models.Interview.id, models.Statement.position), counts)


def segment_statements(project: Project, segment_id: int) -> list[QuoteRead]:
    """Every statement from the interviews of a segment's partners, with how many cards use each."""
    with project.session() as session:
        counts = _card_counts(session, board_id_for(session, segment_id))
        return _reads(session, _quote_query().where(models.Partner.segment_id == segment_id)
                      .order_by(models.Partner.name, models.Interview.id, models.Statement.position), counts)
