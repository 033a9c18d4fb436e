"""The board read model: segments, cards per zone in rank order, evidence counts, fit links.

Three queries per board whatever its size (cards as plain rows; evidence and partner counts grouped
in SQL; links), and each card's rank key computed once, so a board of thousands of cards loads in
milliseconds and the UI never goes back to the database to paint.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, select

from workbench.errors import InputError
from workbench.store import models
from workbench.store.enums import ZONES
from workbench.store.project import Project
from workbench.vpc import ranking
from workbench.vpc.fit import fit_of
from workbench.vpc.reads import BoardRead, CardRead, SegmentRef

log = logging.getLogger(__name__)


def list_segments(project: Project) -> list[SegmentRef]:
    """Every segment with its board id and card count, in the segments' order."""
    with project.session() as session:
        rows = session.exec(select(models.Segment).order_by(models.Segment.position, models.Segment.id)).all()
        boards = {b.segment_id: b.id for b in session.exec(select(models.Board)).all()}
        counts = dict(session.exec(select(models.Card.board_id, func.count()).group_by(models.Card.board_id)).all())
        result = []
        for seg in rows:
            assert seg.id is not None
            board_id = boards.get(seg.id)
            result.append(SegmentRef(id=seg.id, name=seg.name, board_id=board_id,
                                     cards=int(counts.get(board_id, 0)) if board_id else 0))
        return result


def find_segment(project: Project, name: str) -> SegmentRef:
    """A segment by name (case-insensitive, exact or unique prefix) or by id."""
    segments = list_segments(project)
    if not segments:
        raise InputError("This project has no segments yet; add one first.")
    wanted = name.strip().casefold()
    for seg in segments:
        if seg.name.casefold() == wanted or (wanted.isdigit() and seg.id == int(wanted)):
            return seg
    partial = [s for s in segments if wanted and wanted in s.name.casefold()]
    if len(partial) == 1:
        return partial[0]
    names = ", ".join(repr(s.name) for s in segments)
    if partial:
        raise InputError(f"{name!r} matches several segments: {', '.join(repr(s.name) for s in partial)}.")
    raise InputError(f"There is no segment {name!r}; the project has {names}.")


def segment_of_card(project: Project, card_id: int) -> int | None:
    """The segment whose board holds a card (None if the card is gone)."""
    with project.session() as session:
        row = session.exec(select(models.Board.segment_id).join(models.Card, models.Card.board_id == models.Board.id)
                           .where(models.Card.id == card_id)).first()
        return int(row) if row is not None else None


def board_id_for(session: Session, segment_id: int, *, create: bool = False) -> int | None:
    """The board of a segment; with ``create``, make it if missing (within the caller's transaction)."""
    board = session.exec(select(models.Board).where(models.Board.segment_id == segment_id)).first()
    if board is None and create:
        segment = session.get(models.Segment, segment_id)
        if segment is None:
            raise InputError(f"There is no segment {segment_id} in this project.")
        board = models.Board(segment_id=segment_id, title=segment.name)
        session.add(board)
        session.flush()
    return board.id if board is not None else None


def _board_rows(session: Session, board_id: int) -> tuple[Sequence[Any], dict[int, tuple[int, int]], list[tuple[int, int]]]:
    """A board's cards as plain rows, (statements, partners) per card and its fit links: three indexed queries."""
    # Core execution on the session's connection: plain tuples, no ORM row loading.
    connection = session.connection()
    c = models.Card
    cards = connection.execute(select(c.id, c.zone, c.title, c.description, c.importance, c.pillar,  # type: ignore[call-overload]
                                      c.manual_rank, c.version).where(c.board_id == board_id)).all()
    counts: dict[int, tuple[int, int]] = {}
    links: list[tuple[int, int]] = []
    if cards:
        rows = connection.execute(
            select(models.Evidence.card_id, func.count(models.Evidence.statement_id),
                   func.count(func.distinct(models.Interview.partner_id)))
            .join(models.Card, models.Card.id == models.Evidence.card_id)
            .join(models.Statement, models.Statement.id == models.Evidence.statement_id)
            .join(models.Interview, models.Interview.id == models.Statement.interview_id)
            .where(models.Card.board_id == board_id)
            .group_by(models.Evidence.card_id)).all()
        counts = {int(cid): (int(n), int(p)) for cid, n, p in rows}
        links = [(int(a), int(b)) for a, b in connection.execute(
            select(models.FitLink.source_card_id, models.FitLink.target_card_id)
            .join(models.Card, models.Card.id == models.FitLink.source_card_id)
            .where(models.Card.board_id == board_id).order_by(models.FitLink.id)).all()]
    return cards, counts, links


def _linked(links: list[tuple[int, int]]) -> dict[int, list[int]]:
    linked: dict[int, list[int]] = defaultdict(list)
    for source, target in links:
        linked[source].append(target)
        linked[target].append(source)
    return linked


def _ordered_rows(session: Session, board_id: int) -> tuple[dict[str, list[tuple[Any, float, int, int]]],
                                                             dict[int, list[int]], list[tuple[int, int]]]:
    """Per zone, ``(row, auto score, statements, partners)`` in displayed order; each card's links; the links.

    Each card's score and sort key are computed once from plain values (no per-card objects), so a
    board of thousands of cards orders in a few milliseconds.
    """
    cards, counts, links = _board_rows(session, board_id)
    linked = _linked(links)
    entries: dict[str, list[Any]] = {zone: [] for zone in ZONES}
    no_links: list[int] = []
    for row in cards:
        card_id, zone, title, _description, importance, _pillar, manual_rank, _version = row
        bucket = entries.get(zone)
        if bucket is None:  # not a zone of the board: never shown (as before)
            continue
        n, p = counts.get(card_id, (0, 0))
        score = ranking.score(zone, importance, p, len(linked.get(card_id, no_links)))
        bucket.append((ranking.sort_key(score, importance, n, title, card_id), manual_rank, (row, score, n, p)))
    return {zone: ranking.arrange(items) for zone, items in entries.items()}, linked, links


def zone_orders(session: Session, board_id: int) -> dict[str, list[int]]:
    """Card ids per zone in displayed order."""
    ordered, _linked_ids, _links = _ordered_rows(session, board_id)
    return {zone: [entry[0][0] for entry in entries] for zone, entries in ordered.items()}


def rerank(session: Session, board_id: int) -> None:
    """Store each card's displayed position in ``Card.rank`` (other packages read it)."""
    orders = zone_orders(session, board_id)
    for ids in orders.values():
        for pos, card_id in enumerate(ids, start=1):
            card = session.get(models.Card, card_id)
            if card is not None and card.rank != pos:
                card.rank = pos
    session.flush()


def load_board_in(session: Session, board_id: int) -> tuple[dict[str, tuple[CardRead, ...]], tuple[tuple[int, int], ...]]:
    """Cards per zone in rank order and the fit links of a board."""
    ordered, linked, links = _ordered_rows(session, board_id)
    zones: dict[str, tuple[CardRead, ...]] = {}
    no_links: tuple[int, ...] = ()
    for zone, entries in ordered.items():
        zones[zone] = tuple(
            CardRead(id=row[0], board_id=board_id, zone=zone, title=row[2], description=row[3], importance=row[4],
                     pillar=row[5], manual_rank=row[6], rank=pos, auto_score=score, statements=n, partners=p,
                     linked_ids=tuple(linked[row[0]]) if row[0] in linked else no_links, version=row[7])
            for pos, (row, score, n, p) in enumerate(entries, start=1))
    return zones, tuple(links)


def load_board(project: Project, segment_id: int) -> BoardRead:
    """The board of a segment (an empty one if no card was made yet)."""
    with project.session() as session:
        segment = session.get(models.Segment, segment_id)
        if segment is None:
            raise InputError(f"There is no segment {segment_id} in this project.")
        board_id = board_id_for(session, segment_id)
        if board_id is None:
            zones: dict[str, tuple[CardRead, ...]] = {zone: () for zone in ZONES}
            links: tuple[tuple[int, int], ...] = ()
            title = segment.name
        else:
            zones, links = load_board_in(session, board_id)
            board = session.get(models.Board, board_id)
            title = (board.title if board else "") or segment.name
        return BoardRead(board_id=board_id, segment_id=segment_id, segment_name=segment.name, title=title,
                         zones=zones, fit=fit_of(zones), links=links)
