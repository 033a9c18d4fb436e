"""A synthetic board of any size, for tests and the board benchmark (not part of the demo)."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from workbench.store import models
from workbench.store.enums import PILLARS, ZONES
from workbench.store.project import Project

_WORDS = ("выплата", "комиссия", "лид", "клиент", "звонок", "портал", "документ", "поддержка", "интеграция",
          "обучение", "порог", "отчёт", "менеджер", "виджет", "маршрутизация", "сертификация")


def build_sample_board(project: Project, *, cards: int, segment_name: str = "Sample segment", partners: int = 12,
                       seed: int = 7) -> int:
    """Add a segment with partners, interviews and statements and a board of ``cards`` cards.

    Profile cards get one to three statements of evidence; relievers and creators link to a pain or
    gain. Returns the segment id.
    """
    rng = random.Random(seed)
    start = datetime(2026, 3, 2, 10, tzinfo=UTC)
    with project.transaction() as session:
        segment = models.Segment(name=segment_name, position=99)
        session.add(segment)
        session.flush()
        assert segment.id is not None
        board = models.Board(segment_id=segment.id, title=segment_name)
        session.add(board)
        session.flush()
        interviews = []
        for n in range(partners):
            partner = models.Partner(name=f"{segment_name} partner {n + 1:02d}",
                                     normalized_name=f"{segment_name} partner {n + 1:02d}".casefold(),
                                     segment_id=segment.id)
            session.add(partner)
            session.flush()
            interview = models.Interview(partner_id=partner.id, interviewer=("Анна", "Олег", "Мария")[n % 3],
                                         started_at=start + timedelta(days=n), status="done")
            session.add(interview)
            interviews.append(interview)
        session.flush()
        zone_cards: dict[str, list[models.Card]] = {zone: [] for zone in ZONES}
        positions = dict.fromkeys(range(len(interviews)), 0)
        for n in range(cards):
            zone = ZONES[n % len(ZONES)]
            title = " ".join(rng.sample(_WORDS, 3)).capitalize() + f" {n + 1}"
            card = models.Card(board_id=board.id, zone=zone, title=title, importance=rng.choice((1, 2, 2, 3)),
                               pillar=rng.choice(PILLARS) if zone in ("products", "relievers", "creators") else None)
            session.add(card)
            zone_cards[zone].append(card)
        session.flush()
        kinds = {"jobs": "job", "pains": "pain", "gains": "gain"}
        for zone, kind in kinds.items():
            for card in zone_cards[zone]:
                for _ in range(rng.randint(1, 3)):
                    index = rng.randrange(len(interviews))
                    positions[index] += 1
                    statement = models.Statement(interview_id=interviews[index].id, text=f"{card.title}: {kind} "
                                                 f"{' '.join(rng.sample(_WORDS, 4))}", kind=kind,
                                                 position=positions[index], severity=rng.choice((None, 2, 3)))
                    session.add(statement)
                    session.flush()
                    session.add(models.Evidence(card_id=card.id, statement_id=statement.id))
        for source_zone, target_zone in (("relievers", "pains"), ("creators", "gains")):
            targets = zone_cards[target_zone]
            for card in zone_cards[source_zone]:
                if targets and rng.random() < 0.8:
                    session.add(models.FitLink(source_card_id=card.id, target_card_id=rng.choice(targets).id))
        session.flush()
        from workbench.vpc.board import rerank

        assert board.id is not None
        rerank(session, board.id)
        return int(segment.id)


def add_untagged_statements(project: Project, *, segment_id: int, texts: list[str]) -> list[int]:
    """Add statements (untagged) to the first interview of a segment; returns their ids."""
    with project.transaction() as session:
        interview = session.exec(select(models.Interview).join(
            models.Partner, models.Partner.id == models.Interview.partner_id).where(
            models.Partner.segment_id == segment_id).order_by(models.Interview.id)).first()
        assert interview is not None
        ids = []
        for n, text in enumerate(texts):
            row = models.Statement(interview_id=interview.id, text=text, position=1000 + n)
            session.add(row)
            session.flush()
            ids.append(int(row.id))  # type: ignore[arg-type]
        return ids
