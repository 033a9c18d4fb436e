"""Everything in a project a person can jump to by name: partners, interviews, segments, cards, backlog items.

One read of plain columns (no ORM objects), for the command palette; about 10 ms on the demo.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from workbench.store import models
from workbench.store.project import Project


@dataclass(frozen=True)
class JumpTarget:
    """An item to jump to: its kind, id, name and a short detail (segment, zone, date)."""

    kind: str  # partner | interview | segment | card | backlog
    id: int
    name: str
    detail: str = ""
    segment_id: int | None = None
    status: str = ""


def jump_targets(project: Project) -> list[JumpTarget]:
    """Every partner, interview, segment, card and backlog item of the project, by kind then name."""
    p, i, g, c, b, bi = (models.Partner, models.Interview, models.Segment, models.Card, models.Board,
                         models.BacklogItem)
    out: list[JumpTarget] = []
    with project.session() as session:
        segments = {sid: name for sid, name in session.exec(select(g.id, g.name)).all()}
        out += [JumpTarget("segment", sid, name) for sid, name in sorted(segments.items(), key=lambda r: r[1])]
        for pid, name, seg in session.exec(select(p.id, p.name, p.segment_id).order_by(p.name)).all():
            out.append(JumpTarget("partner", pid, name, segments.get(seg, "") if seg else "", seg))
        rows = session.exec(select(i.id, p.name, i.status, i.started_at, i.planned_at)
                            .join(p, p.id == i.partner_id).order_by(p.name, i.id)).all()
        for iid, name, status, started, planned in rows:
            when = started or planned
            out.append(JumpTarget("interview", iid, name, when.strftime("%Y-%m-%d") if when else "", status=status))
        for cid, title, zone, seg in session.exec(select(c.id, c.title, c.zone, b.segment_id)
                                                  .join(b, b.id == c.board_id).order_by(c.title)).all():
            out.append(JumpTarget("card", cid, title, segments.get(seg, ""), seg, zone))
        for bid, title, status in session.exec(select(bi.id, bi.title, bi.status).order_by(bi.title)).all():
            out.append(JumpTarget("backlog", bid, title, status=status))
    return out
