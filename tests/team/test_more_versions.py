"""Scoring actions, statement corrections, backlog card links, board evidence and fit links, and board
undo on a real PostgreSQL server: no deadlock, no lost update, a refused save names what changed.
"""

from __future__ import annotations

import threading

import pytest

from tests.team.seed import seed
from workbench.partners import scoring
from workbench.partners import service as partners
from workbench.store.project import open_project


@pytest.fixture
def boris(pg_url, pg_project):  # type: ignore[no-untyped-def]
    """The same project opened by a second person."""
    project = open_project(pg_url, user="boris")
    yield project
    project.close()


def _segment(project) -> int:  # type: ignore[no-untyped-def]
    return partners.list_segments(project)[0].id


def test_scoring_actions_and_partner_edits_in_two_threads_never_deadlock(pg_project, pg_url) -> None:
    """Anna rescoring/selecting/reweighting while Boris edits scored fields of partners, 12 rounds each: no errors."""
    seed(pg_project)
    seg = _segment(pg_project)
    for n in range(12):
        partners.add_partner(pg_project, name=f"Partner {n}", segment_id=seg, city="Kazan",
                             user="anna")
    ids = [p.id for p in partners.list_partners(pg_project)]
    anna, boris = open_project(pg_url, user="anna"), open_project(pg_url, user="boris")
    barrier = threading.Barrier(2)
    errors: list[str] = []

    def scorer() -> None:
        barrier.wait(10)
        try:
            for n in range(12):
                scoring.set_profile_weights(anna, segment_id=seg, weights={**scoring.DEFAULT_PROFILE_WEIGHTS,
                                                                           "business_size": 0.1 + n / 100})
                invited = scoring.select_top(anna, segment_id=seg, n=5, user="anna")
                scoring.revert_invited(anna, partner_ids=invited, user="anna")
                scoring.rescore_partners(anna, segment_id=seg)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(f"scorer: {exc!r}")

    def editor() -> None:
        barrier.wait(10)
        try:
            for n in range(12):
                for pid in (ids[-1 - n % 6], ids[n % 6]):  # from both ends: row locks in opposite orders
                    partners.update_partners(boris, partner_ids=[pid], values={"employees": 50 + n}, user="boris")
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(f"editor: {exc!r}")

    try:
        threads = [threading.Thread(target=scorer), threading.Thread(target=editor)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not any(t.is_alive() for t in threads), "a thread hung"
    finally:
        anna.close()
        boris.close()
    assert errors == []
    ranks = sorted(p.profile_rank for p in partners.list_partners(pg_project) if p.segment_id == seg)
    assert ranks == list(range(1, len(ranks) + 1))
