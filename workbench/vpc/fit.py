"""Fit: how much of what matters most to the partners the value map addresses.

The score is the rank-weighted share of the top pains and gains that a pain reliever or gain
creator is linked to. The top ``TOP`` cards of each zone count, the first with weight ``TOP``,
the next ``TOP - 1`` and so on, so relieving the worst pain moves the score more than relieving
the tenth. Pains and gains are pooled. Severe pains (severity 3) and highly relevant gains
(relevance 3) that nothing addresses are listed whatever their rank.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlmodel import Session

from workbench.store.project import Project
from workbench.vpc.reads import SEVERE, CardRead, FitResult

TOP = 10


def _weight(position: int) -> int:
    return TOP - position


def fit_of(zones: Mapping[str, Sequence[CardRead]]) -> FitResult:
    """The fit of a board given its cards per zone in rank order."""
    total = 0.0
    got = 0.0
    addressed: dict[str, int] = {"pains": 0, "gains": 0}
    top: dict[str, int] = {"pains": 0, "gains": 0}
    for zone in ("pains", "gains"):
        for pos, card in enumerate(list(zones.get(zone, ()))[:TOP]):
            weight = _weight(pos)
            total += weight
            top[zone] += 1
            if card.linked_ids:
                got += weight
                addressed[zone] += 1
    unaddressed_pains = tuple(c for c in zones.get("pains", ()) if c.importance >= SEVERE and not c.linked_ids)
    unaddressed_gains = tuple(c for c in zones.get("gains", ()) if c.importance >= SEVERE and not c.linked_ids)
    return FitResult(
        score=(got / total) if total else 0.0, top_pains=top["pains"], top_gains=top["gains"],
        addressed_pains=addressed["pains"], addressed_gains=addressed["gains"],
        unaddressed_pains=unaddressed_pains, unaddressed_gains=unaddressed_gains,
    )


def board_fit(session_or_project: Session | Project, board_id: int) -> FitResult:
    """The fit of a board: score 0..1 and the severe pains and gains nothing addresses.

    Takes an open session (to compose with other reads) or a project (opens its own session).
    """
    from workbench.vpc.board import load_board_in

    if isinstance(session_or_project, Project):
        with session_or_project.session() as session:
            zones, _links = load_board_in(session, board_id)
    else:
        zones, _links = load_board_in(session_or_project, board_id)
    return fit_of(zones)
