"""From backlog items to the evidence behind them: cards, statements, partners, survey answers.

An item links to cards (:class:`~workbench.store.models.BacklogCardLink`); a value-map card's
own evidence is usually empty, so the cards it addresses through fit links (the pains and gains a
reliever or creator answers) count as well. Everything is read in a handful of bulk queries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from workbench.backlog.priority import EvidencePoint, ItemInputs, SurveyPoint
from workbench.store import models


@dataclass(frozen=True)
class EvidenceQuote:
    """A statement behind an item, with who said it (the quick view of the triage screen)."""

    statement_id: int
    text: str
    partner_id: int | None
    partner_name: str
    card_id: int
    card_title: str
    severity: int | None
    said_at: datetime | None
    is_quote: bool


def linked_cards(session: Session, item_ids: Iterable[int] | None = None) -> dict[int, list[int]]:
    """Card ids linked to each item."""
    query = select(models.BacklogCardLink.backlog_item_id, models.BacklogCardLink.card_id)
    ids = list(item_ids) if item_ids is not None else None
    if ids is not None:
        query = query.where(col(models.BacklogCardLink.backlog_item_id).in_(ids))
    out: dict[int, list[int]] = defaultdict(list)
    for item_id, card_id in session.exec(query):
        out[item_id].append(card_id)
    return out


def fit_targets(session: Session) -> dict[int, list[int]]:
    """For each value-map card, the profile cards it addresses."""
    out: dict[int, list[int]] = defaultdict(list)
    for source, target in session.exec(select(models.FitLink.source_card_id, models.FitLink.target_card_id)):
        out[source].append(target)
    return out


def expand_cards(card_ids: Iterable[int], targets: dict[int, list[int]]) -> list[int]:
    """The cards plus the profile cards they address, without repeats, in order."""
    seen: dict[int, None] = {}
    for cid in card_ids:
        seen.setdefault(cid, None)
        for target in targets.get(cid, ()):
            seen.setdefault(target, None)
    return list(seen)


def quotes_for_cards(session: Session, card_ids: list[int], *, unique: bool = True) -> list[EvidenceQuote]:
    """Every statement behind the cards, with partner and card, most severe and newest first.

    With ``unique`` a statement behind two of the cards is listed once; without, once per card.
    """
    if not card_ids:
        return []
    # plain columns, not ORM objects: the program screen asks for the evidence of every element
    s, i, p = models.Statement, models.Interview, models.Partner
    rows = session.exec(
        select(models.Evidence.card_id, models.Card.title, s.id, s.text, s.severity, s.is_quote,  # type: ignore[call-overload]
               s.created_at, i.ended_at, i.started_at, i.planned_at, p.id, p.name)
        .join(models.Card, col(models.Card.id) == models.Evidence.card_id)
        .join(s, col(s.id) == models.Evidence.statement_id)
        .join(i, col(i.id) == s.interview_id)
        .join(p, col(p.id) == i.partner_id, isouter=True)
        .where(col(models.Evidence.card_id).in_(card_ids))
    ).all()
    seen: set[int] = set()
    quotes: list[EvidenceQuote] = []
    for (card_id, card_title, statement_id, text, severity, is_quote, created_at, ended_at, started_at, planned_at,
         partner_id, partner_name) in rows:
        if unique and statement_id in seen:
            continue
        seen.add(statement_id)
        quotes.append(EvidenceQuote(
            statement_id=statement_id, text=text, partner_id=partner_id,
            partner_name=partner_name if partner_id is not None else "", card_id=card_id, card_title=card_title,
            severity=severity, said_at=ended_at or started_at or planned_at or created_at, is_quote=is_quote,
        ))
    quotes.sort(key=lambda q: (-(q.severity or 0), -(q.said_at.timestamp() if q.said_at else 0), q.statement_id))
    return quotes


def partner_weights(session: Session) -> tuple[dict[int, float], int]:
    """Reach weights 0.5..1 from profile scores (0.5 for an unscored partner), and partners interviewed."""
    scores = dict(session.exec(select(models.Partner.id, models.Partner.profile_score)).all())
    known = [s for s in scores.values() if s is not None]
    top = max(known) if known else 0.0
    lowest = min(known) if known else 0.0
    span = top - lowest
    weights = {
        pid: (0.5 if s is None else (1.0 if span <= 0 else 0.5 + 0.5 * (s - lowest) / span))
        for pid, s in scores.items() if pid is not None
    }
    interviewed = len(set(session.exec(select(models.Interview.partner_id)).all()))
    return weights, interviewed


def round_order(session: Session) -> list[models.SurveyRound]:
    """Survey rounds in the order they were held (or imported)."""
    rounds = list(session.exec(select(models.SurveyRound)).all())
    rounds.sort(key=lambda r: (_sort_time(r.held_on or r.imported_at), r.id or 0))
    return rounds


def _sort_time(moment: datetime) -> float:
    from datetime import UTC

    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def gather_inputs(session: Session, item_ids: Iterable[int] | None = None) -> dict[int, ItemInputs]:
    """The prioritisation inputs of the items (all items when ``item_ids`` is None)."""
    query = select(models.BacklogItem)
    ids = list(item_ids) if item_ids is not None else None
    if ids is not None:
        query = query.where(col(models.BacklogItem.id).in_(ids))
    items = list(session.exec(query).all())
    weights, interviewed = partner_weights(session)
    links = linked_cards(session, [i.id for i in items if i.id is not None])
    targets = fit_targets(session)
    expanded = {iid: expand_cards(cards, targets) for iid, cards in links.items()}
    all_cards = sorted({c for cards in expanded.values() for c in cards})
    card_rows = session.exec(
        select(models.Evidence.card_id, models.Card.importance, models.Statement.id,  # type: ignore[call-overload]
               models.Statement.severity, models.Statement.created_at, models.Interview.started_at, models.Interview.ended_at,
               models.Interview.partner_id)
        .join(models.Card, col(models.Card.id) == models.Evidence.card_id)
        .join(models.Statement, col(models.Statement.id) == models.Evidence.statement_id)
        .join(models.Interview, col(models.Interview.id) == models.Statement.interview_id)
        .where(col(models.Evidence.card_id).in_(all_cards))
    ).all() if all_cards else []
    by_card: dict[int, list[EvidencePoint]] = defaultdict(list)
    for card_id, importance, sid, severity, created, started, ended, partner_id in card_rows:
        by_card[card_id].append(EvidencePoint(sid, partner_id, severity, importance or 2, ended or started or created))
    round_index = {r.id: n for n, r in enumerate(round_order(session))}
    answers = session.exec(select(models.SurveyAnswer)).all()
    out: dict[int, ItemInputs] = {}
    for item in items:
        assert item.id is not None
        cards = expanded.get(item.id, [])
        seen: set[int] = set()
        points: list[EvidencePoint] = []
        for cid in cards:
            for point in by_card.get(cid, ()):
                if point.statement_id not in seen:
                    seen.add(point.statement_id)
                    points.append(point)
        card_set = set(cards)
        survey = [
            SurveyPoint(round_index.get(a.round_id, 0), a.partner_id, a.rating)
            for a in answers
            if a.backlog_item_id == item.id or (a.backlog_item_id is None and a.card_id in card_set)
        ]
        out[item.id] = ItemInputs(
            item_id=item.id, effort=item.effort, entered_reach=item.reach if not points else None,
            entered_impact=item.impact, entered_confidence=item.confidence, evidence=points, survey=survey,
            partner_weights=weights, total_partners=interviewed,
        )
    return out
