"""Reading the program screen for a reload, in whichever thread calls it (no Qt objects touched).

At the large project (10 boards with 2,000 cards, 1,000 backlog items) the structure with every
element's evidence and the card choices take 150-300 ms: the screen calls :func:`read_program` in a
task so that the UI thread keeps only the model updates.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass

from workbench.backlog import program
from workbench.backlog.capabilities import card_choices
from workbench.backlog.program import PillarGroup
from workbench.store.project import Project

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ProgramRead:
    """What a reload of the program screen shows: the pillars and the cards an element can link to."""

    groups: list[PillarGroup]
    cards: list[tuple[int, str]]
    #: the thread that read them (``threading.get_ident()``) and how long it took
    thread_id: int
    read_ms: float


def read_program(project: Project, *, seed: bool = False) -> ProgramRead:
    """Read the program structure and the card choices; with ``seed`` first add the catalogue if absent."""
    started = time.perf_counter()
    if seed:
        added = program.ensure_catalogue(project)
        if added:
            log.info("seeded %d program elements from the catalogue", len(added))
    return ProgramRead(program.program_structure(project), card_choices(project), threading.get_ident(),
                       (time.perf_counter() - started) * 1000)
