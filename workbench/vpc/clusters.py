"""Candidate cards from the NLP clusters: statements not yet on the board, grouped by similarity.

:func:`suggest_clusters` is a plain function with progress and cancel callbacks, run by the UI in
a worker. When the NLP package offers no ``cluster`` function, :func:`clustering_available` says
so and the UI hides the action.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from workbench.store.enums import KIND_TO_ZONE
from workbench.store.project import Project
from workbench.vpc.evidence import segment_statements
from workbench.vpc.service import BoardEdit, add_evidence, create_card

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClusterSuggestion:
    """A group of similar statements that could become a card."""

    title: str
    statement_ids: tuple[int, ...]
    texts: tuple[str, ...]
    zone: str  # the profile zone most of its statements are tagged for ("pains" when untagged)
    partners: int


def clustering_available() -> bool:
    """True when :func:`workbench.nlp.api.cluster` exists."""
    try:
        from workbench.nlp import api
    except ImportError:
        return False
    return callable(getattr(api, "cluster", None))


def suggest_clusters(project: Project, segment_id: int, *, min_size: int = 2,
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None) -> list[ClusterSuggestion]:
    """Cluster the segment's statements that are on no card yet, tagged or not (ones tagged "other" excluded)."""
    from workbench.nlp import api

    quotes = [q for q in segment_statements(project, segment_id)
              if q.kind != "other" and q.cards == 0]
    if not quotes:
        return []
    by_id = {q.statement_id: q for q in quotes}
    clusters = api.cluster([(q.statement_id, q.text) for q in quotes], min_size=min_size,
                           progress=progress, cancelled=cancelled)
    result = []
    for cluster in clusters:
        members = [by_id[i] for i in cluster.statement_ids if i in by_id]
        if len(members) < min_size:
            continue
        kinds = Counter(q.kind for q in members if q.kind in KIND_TO_ZONE)
        zone = KIND_TO_ZONE[kinds.most_common(1)[0][0]] if kinds else "pains"
        result.append(ClusterSuggestion(
            title=cluster.title or members[0].text[:80], statement_ids=tuple(q.statement_id for q in members),
            texts=tuple(q.text for q in members), zone=zone, partners=len({q.partner_id for q in members})))
    return result


def accept_cluster(project: Project, *, segment_id: int, zone: str, title: str,
                   statement_ids: Sequence[int]) -> BoardEdit:
    """Make a card from a cluster (one undo step)."""
    return create_card(project, segment_id=segment_id, zone=zone, title=title, statement_ids=statement_ids)


def merge_cluster(project: Project, *, card_id: int, statement_ids: Sequence[int]) -> BoardEdit:
    """Add a cluster's statements to an existing card (one undo step)."""
    return add_evidence(project, card_id=card_id, statement_ids=statement_ids)
