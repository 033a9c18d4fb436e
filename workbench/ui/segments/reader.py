"""Reading the segments screen for a reload, in whichever thread calls it (no Qt objects touched).

At the large project (10 segments, 30,000 statements, 10 boards) the research counts, the board
fits, the funnel and the sensitivity take a few hundred milliseconds: the screen calls
:func:`read_segments` in a task so that the UI thread keeps only the small model resets.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from workbench.partners.segments import (
    Funnel,
    SegmentInputs,
    SegmentScore,
    funnels,
    score_segments,
    segment_inputs,
)
from workbench.store.project import Project
from workbench.ui.segments.sensitivity import SensitivityRow, sensitivity_rows


@dataclass(frozen=True)
class SegmentsRead:
    """What a reload of the segments screen shows."""

    inputs: list[SegmentInputs]
    scores: list[SegmentScore]
    funnels: list[Funnel]
    sensitivity: list[SensitivityRow]
    #: the thread that read them (``threading.get_ident()``) and how long it took
    thread_id: int
    read_ms: float


def read_segments(project: Project) -> SegmentsRead:
    """Read every segment's inputs and funnel, and score and test the ranking's sensitivity."""
    started = time.perf_counter()
    inputs = segment_inputs(project)
    return SegmentsRead(inputs, score_segments(inputs), funnels(project), sensitivity_rows(inputs),
                        threading.get_ident(), (time.perf_counter() - started) * 1000)
