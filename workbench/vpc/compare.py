"""Compare two segments' boards: which pains, gains and jobs they share and which are their own.

Titles are matched on their normalised content words: lemmas from :func:`workbench.nlp.api.lemmas`
when the NLP package is there ("выплаты" and "выплата" match), else a simple normaliser (case,
punctuation, short words dropped, words cut to a stem of five letters). Two cards match when the
overlap of their word sets reaches ``THRESHOLD``; pairs are taken best first, each card
matched at most once. The overlap is the Dice coefficient (shared words twice over, divided by both
word counts): short titles that share their key noun ("Выплаты приходят редко" / "Редкие выплаты")
still match, unrelated ones sharing one filler word do not.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workbench.store.project import Project
from workbench.vpc.board import load_board
from workbench.vpc.reads import CardRead

log = logging.getLogger(__name__)

THRESHOLD = 0.4
COMPARED_ZONES = ("pains", "gains", "jobs")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass(frozen=True)
class ZoneComparison:
    """One zone of two boards: matched pairs, then each side's own cards."""

    zone: str
    shared: tuple[tuple[CardRead, CardRead, float], ...]
    only_a: tuple[CardRead, ...]
    only_b: tuple[CardRead, ...]


@dataclass(frozen=True)
class BoardComparison:
    """Two boards compared zone by zone."""

    segment_a: str
    segment_b: str
    zones: dict[str, ZoneComparison]


def simple_words(text: str) -> set[str]:
    """Content words without the NLP package: lower case, three letters or more, cut to five."""
    return {w[:5] for w in (m.group(0).casefold() for m in _WORD.finditer(text)) if len(w) >= 3}


def _normaliser() -> Callable[[str], set[str]]:
    try:
        from workbench.nlp import api

        lemmas = api.lemmas
    except (ImportError, AttributeError):
        return simple_words

    def words(text: str) -> set[str]:
        try:
            found = set(lemmas(text))
        except Exception:  # noqa: BLE001 - a missing model must not stop a comparison
            log.warning("lemmatiser failed; using the simple normaliser", exc_info=True)
            return simple_words(text)
        return found or simple_words(text)

    return words


def similarity(a: set[str], b: set[str]) -> float:
    """Dice overlap of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match_cards(a: Sequence[CardRead], b: Sequence[CardRead], words: Callable[[str], set[str]],
                zone: str = "") -> ZoneComparison:
    """Pair cards of two zones by title similarity, best pairs first."""
    wa = {c.id: words(c.title) for c in a}
    wb = {c.id: words(c.title) for c in b}
    pairs = sorted(((similarity(wa[x.id], wb[y.id]), x.rank + y.rank, x, y) for x in a for y in b),
                   key=lambda p: (-p[0], p[1], p[2].id, p[3].id))
    used_a: set[int] = set()
    used_b: set[int] = set()
    shared = []
    for score, _r, x, y in pairs:
        if score < THRESHOLD:
            break
        if x.id in used_a or y.id in used_b:
            continue
        used_a.add(x.id)
        used_b.add(y.id)
        shared.append((x, y, round(score, 3)))
    shared.sort(key=lambda p: (p[0].rank, p[1].rank))
    return ZoneComparison(zone=zone, shared=tuple(shared), only_a=tuple(c for c in a if c.id not in used_a),
                          only_b=tuple(c for c in b if c.id not in used_b))


def compare_boards(project: Project, segment_a: int, segment_b: int) -> BoardComparison:
    """Shared and distinct pains, gains and jobs of two segments' boards."""
    board_a, board_b = load_board(project, segment_a), load_board(project, segment_b)
    words = _normaliser()
    cache: dict[str, set[str]] = {}

    def cached(text: str) -> set[str]:
        if text not in cache:
            cache[text] = words(text)
        return cache[text]

    zones = {zone: match_cards(board_a.zones[zone], board_b.zones[zone], cached, zone) for zone in COMPARED_ZONES}
    return BoardComparison(segment_a=board_a.segment_name, segment_b=board_b.segment_name, zones=zones)
