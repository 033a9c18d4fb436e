"""Reading the partners table for a reload, in whichever thread calls it (no Qt objects touched).

At 6,500 partners reading and preparing the rows takes 60-80 ms; the screen calls
:func:`read_table` in a task (or in the import's own thread) so the UI thread keeps only the model
reset (:meth:`~workbench.ui.models.partners.PartnersTableModel.apply`).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from workbench.partners import scoring, service
from workbench.store.project import Project
from workbench.ui.models.partners import PreparedRows, SortState, prepare_rows


@dataclass(frozen=True)
class TableRead:
    """What a reload of the partners screen shows: the segments and the partners in table order."""

    segments: list[service.SegmentRead]
    prepared: PreparedRows
    #: the thread that read them (``threading.get_ident()``) and how long it took
    thread_id: int
    read_ms: float


def read_table(project: Project, sort_state: SortState,
               segments: list[service.SegmentRead] | None = None) -> TableRead:
    """Read segments and partners and put the partners in ``sort_state`` order.

    Scores are derived data: partners without one are scored first (not an undo step), so ranks
    always show.
    """
    started = time.perf_counter()
    partners = service.list_partners(project)
    if any(p.profile_score is None for p in partners):
        scoring.rescore_partners(project)
        partners = service.list_partners(project)
        segments = None
    if segments is None:
        segments = service.list_segments(project)
    prepared = prepare_rows(partners, sort_state)
    return TableRead(segments, prepared, threading.get_ident(), (time.perf_counter() - started) * 1000)
