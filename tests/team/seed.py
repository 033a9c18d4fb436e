"""Rows the team tests edit: a partner, a card on a board and a backlog item (plus an interview)."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.store import models as m


@dataclass(frozen=True)
class Seeded:
    """Ids of the seeded rows."""

    partner_id: int
    card_id: int
    backlog_id: int
    interview_id: int


def seed(project: object) -> Seeded:
    """Add one of each edited record to a project and return their ids."""
    with project.transaction() as session:  # type: ignore[attr-defined]
        segment = m.Segment(name="Integrators")
        session.add(segment)
        session.flush()
        partner = m.Partner(name="Acme Integration", normalized_name="acme integration", segment_id=segment.id)
        board = m.Board(segment_id=segment.id, title="Integrators")
        item = m.BacklogItem(title="Partner portal", description="Deal registration")
        session.add_all([partner, board, item])
        session.flush()
        card = m.Card(board_id=board.id, zone="pain", title="Slow payouts")
        interview = m.Interview(partner_id=partner.id)
        session.add_all([card, interview])
        session.flush()
        return Seeded(partner_id=partner.id, card_id=card.id, backlog_id=item.id, interview_id=interview.id)
