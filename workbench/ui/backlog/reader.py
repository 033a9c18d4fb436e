"""Reading the backlog items for a reload, in whichever thread calls it (no Qt objects touched).

At 1,000 items (30,000 statements behind them) bringing old scores up to date takes about a
second once, and reading the items, preparing the rows and explaining the current item 100-200 ms
each time; the items panel calls :func:`read_items` in a task so the UI thread keeps only the
model reset and the selection.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

from workbench.backlog import capabilities, priority, releases, service
from workbench.backlog.evidence import EvidenceQuote
from workbench.backlog.surveys import (
    HistoryPoint,
    SurveyAnswerRead,
    SurveyRoundRead,
    list_answers,
    list_rounds,
    priority_history,
)
from workbench.errors import WorkbenchError
from workbench.store.project import Project
from workbench.ui.models.backlog import PreparedItems, SortState, prepare_items


@dataclass(frozen=True)
class ItemDetails:
    """What the detail panel shows of one item besides the item itself."""

    item_id: int
    explanation: priority.Explanation
    quotes: list[EvidenceQuote]
    #: its score before the surveys and after each round (the chart's points), when there are rounds
    history: list[HistoryPoint] | None = None


@dataclass(frozen=True)
class ItemsRead:
    """What a reload of the items panel shows."""

    prepared: PreparedItems
    releases: list[tuple[int, str]]
    framework: str
    weighted: bool
    #: whether there is any survey round (the detail panel draws a chart only then)
    has_rounds: bool
    #: the details of the item current when the read began (or of the first row, if that one is gone)
    details: ItemDetails | None
    #: whether old scores were brought up to date first
    rescored: bool
    #: the thread that read them (``threading.get_ident()``) and how long it took
    thread_id: int = field(default=0)
    read_ms: float = field(default=0.0)


def read_details(project: Project, item_id: int, *, history: bool = False) -> ItemDetails:
    """Why an item ranks where it does and who asked for it (and, with ``history``, its chart's points)."""
    return ItemDetails(item_id, service.explain(project, item_id), service.item_evidence(project, item_id),
                       priority_history(project, item_id) if history else None)


def read_items(project: Project, sort_state: SortState, current_id: int | None = None) -> ItemsRead:
    """Read every item in ``sort_state`` order, the releases and framework, and the current item's details.

    Scores made by other formulas are derived data: they are recomputed first (once; not an undo step).
    """
    started = time.perf_counter()
    rescored = service.ensure_scored(project)
    release_names = [(r.id, r.name) for r in releases.list_releases(project)]
    items = service.list_items(project)
    prepared = prepare_items(items, sort_state)
    if current_id is None or current_id not in prepared.row_of:  # the first row will be current
        current_id = prepared.rows[0].id if prepared.rows else None
    has_rounds = bool(list_rounds(project))
    details = None
    if current_id is not None:
        try:
            details = read_details(project, current_id, history=has_rounds)
        except WorkbenchError:  # deleted since: the panel reads whichever item ends up current
            details = None
    return ItemsRead(prepared, release_names, service.get_framework(project),
                     service.weighted_reach(project), has_rounds, details, rescored,
                     threading.get_ident(), (time.perf_counter() - started) * 1000)


@dataclass(frozen=True)
class ReleasesRead:
    """What a reload of the releases panel shows: the releases, every item, the chosen release's notes."""

    releases: list[releases.ReleaseRead]
    prepared: PreparedItems
    #: the release whose notes were read (the one selected when the read began, else the first), and its notes
    notes_for: int | None
    notes: str
    thread_id: int = field(default=0)


def read_releases(project: Project, release_id: int | None, lang: str) -> ReleasesRead:
    """Read the releases, the items in the product manager's order and the notes of ``release_id`` (or the first)."""
    found = releases.list_releases(project)
    items = service.list_items(project)
    if release_id not in {r.id for r in found}:
        release_id = found[0].id if found else None
    notes = ""
    if release_id is not None:
        try:
            notes = releases.release_notes(project, release_id, lang=lang)
        except WorkbenchError:  # deleted since: the panel reads the notes of whichever release ends up selected
            release_id = None
    return ReleasesRead(found, prepare_items(items), release_id, notes, threading.get_ident())


@dataclass(frozen=True)
class SurveysRead:
    """What a reload of the survey rounds tab shows: the rounds and the answers of the chosen one."""

    rounds: list[SurveyRoundRead]
    #: the round whose answers were read (the one selected when the read began, else the last), and its answers
    answers_for: int | None
    answers: list[SurveyAnswerRead]
    thread_id: int = field(default=0)


def read_surveys(project: Project, round_id: int | None) -> SurveysRead:
    """Read the rounds and the answers of ``round_id`` (or of the last round)."""
    rounds = list_rounds(project)
    if round_id not in {r.id for r in rounds}:
        round_id = rounds[-1].id if rounds else None
    answers = list_answers(project, round_id) if round_id is not None else []
    return SurveysRead(rounds, round_id, answers, threading.get_ident())


@dataclass(frozen=True)
class CapabilitiesRead:
    """What a reload of the capabilities tab shows: the inventory and the cards a capability may link to."""

    capabilities: list[capabilities.CapabilityRead]
    cards: list[tuple[int, str]]
    thread_id: int = field(default=0)


def read_capabilities(project: Project) -> CapabilitiesRead:
    """Read the capability inventory and the card choices."""
    return CapabilitiesRead(capabilities.list_capabilities(project), capabilities.card_choices(project),
                            threading.get_ident())
