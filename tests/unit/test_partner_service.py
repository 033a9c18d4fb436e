"""The partner registry and the ideal-partner profile: edit, merge, delete with undo, scoring, top N."""

from __future__ import annotations

from sqlmodel import select

from workbench.partners import scoring, service
from workbench.partners.merge import merge_partners, unmerge_partners
from workbench.store import models


def _counts(project) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with project.session() as session:
        return tuple(len(session.exec(select(t)).all())  # type: ignore[return-value]
                     for t in (models.Partner, models.Contact, models.Interview, models.Statement))


def test_delete_and_restore_brings_everything_back(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Deleting an interviewed partner removes its interviews; restoring puts all back with the same ids."""
    with demo_project.session() as session:
        pid = session.exec(select(models.Interview.partner_id)).first()
    before = _counts(demo_project)
    snaps = service.delete_partners(demo_project, partner_ids=[pid])
    assert _counts(demo_project)[0] == before[0] - 1 and _counts(demo_project)[3] < before[3]
    service.restore_partners(demo_project, snapshots=snaps)
    assert _counts(demo_project) == before
    assert service.partner_detail(demo_project, partner_id=pid).interviews


def test_bulk_update_and_restore_values(demo_project) -> None:  # type: ignore[no-untyped-def]
    """A bulk edit records history for status changes and is undone by its previous values."""
    ids = [p.id for p in service.list_partners(demo_project) if p.research_status == "candidate"][:3]
    previous = service.update_partners(demo_project, partner_ids=ids, values={"research_status": "invited",
                                                                              "city": "Тверь"})
    assert {service.get_partner(demo_project, partner_id=i).city for i in ids} == {"Тверь"}
    assert service.partner_detail(demo_project, partner_id=ids[0]).history[-1][1] == "invited"
    service.restore_values(demo_project, previous=previous)
    assert all(service.get_partner(demo_project, partner_id=i).research_status == "candidate" for i in ids)


def test_merge_and_unmerge(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Merging moves contacts to the kept partner; undoing the merge splits them again."""
    partners = service.list_partners(demo_project)
    keep, other = partners[0].id, partners[1].id
    contacts_other = len(service.partner_detail(demo_project, partner_id=other).contacts)
    contacts_keep = len(service.partner_detail(demo_project, partner_id=keep).contacts)
    merged, undo = merge_partners(demo_project, keep_id=keep, merge_ids=[other])
    assert len(service.partner_detail(demo_project, partner_id=keep).contacts) == contacts_keep + contacts_other
    assert merged.id == keep and len(service.list_partners(demo_project)) == len(partners) - 1
    unmerge_partners(demo_project, undo=undo)
    assert len(service.partner_detail(demo_project, partner_id=other).contacts) == contacts_other
    assert len(service.list_partners(demo_project)) == len(partners)


def test_profile_score_explained_and_ranked(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Scores run 0..100, their parts add up, and ranks are per segment starting at 1."""
    scoring.rescore_partners(demo_project)
    partners = service.list_partners(demo_project)
    assert all(p.profile_score is not None and 0 <= p.profile_score <= 100 for p in partners)
    for seg in {p.segment_id for p in partners}:
        ranks = sorted(p.profile_rank for p in partners if p.segment_id == seg)
        assert ranks == list(range(1, len(ranks) + 1))
    explained = scoring.explain_partner(demo_project, partner_id=partners[0].id)
    assert abs(sum(p.points for p in explained.parts) - explained.score) < 0.11
    assert {p.criterion for p in explained.parts} == set(scoring.PROFILE_CRITERIA)


def test_weights_change_ranking(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Putting all weight on business size ranks partners with 100+ employees above all smaller ones."""
    seg = service.list_segments(demo_project)[0].id
    scoring.set_profile_weights(demo_project, segment_id=seg, weights={"business_size": 1.0})
    partners = [p for p in service.list_partners(demo_project) if p.segment_id == seg]
    big = [p.profile_rank for p in partners if (p.employees or 0) >= 100]
    small = [p.profile_rank for p in partners if (p.employees or 0) < 100]
    assert big and small and max(big) < min(small)


def test_select_top_invites_candidates_and_reverts(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Selecting the top N invites only candidates among them, and the undo sets them back."""
    seg = service.list_segments(demo_project)[0].id
    changed = scoring.select_top(demo_project, segment_id=seg, n=50)
    partners = {p.id: p for p in service.list_partners(demo_project)}
    assert changed and all(partners[i].research_status == "invited" for i in changed)
    assert all(partners[i].profile_rank <= 50 for i in changed)
    scoring.revert_invited(demo_project, partner_ids=changed)
    assert all(service.get_partner(demo_project, partner_id=i).research_status == "candidate" for i in changed)


def test_editing_a_scored_field_rescores_the_segment(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Raising a partner's ratings and size moves it up its segment's ranking at once; undo moves it back."""
    scoring.rescore_partners(demo_project)
    last = max((p for p in service.list_partners(demo_project) if p.segment_id is not None),
               key=lambda p: p.profile_rank)
    previous = service.update_partners(demo_project, partner_ids=[last.id], values={
        "employees": 500, "clients": 2000, "technical_capability": 5, "community_authority": 5,
        "similar_experience": 5, "city": "Москва"})
    assert service.get_partner(demo_project, partner_id=last.id).profile_rank == 1
    service.restore_values(demo_project, previous=previous)
    assert service.get_partner(demo_project, partner_id=last.id).profile_rank == last.profile_rank


def test_stale_partner_edit_is_refused_and_undo_overwrites_only_its_fields(empty_project) -> None:  # type: ignore[no-untyped-def]
    """An edit from an old version is refused; undo puts back its own field over a later save of another field."""
    import pytest

    from workbench.errors import StaleEditError
    from workbench.store.audit import history

    p = service.add_partner(empty_project, name="Acme Integration", city="Perm", user="anna")
    previous = service.update_partners(empty_project, partner_ids=[p.id], values={"city": "Kazan"}, user="anna",
                                       expected_versions={p.id: p.version})
    with pytest.raises(StaleEditError, match="anna saved this partner"):
        service.update_partners(empty_project, partner_ids=[p.id], values={"city": "Omsk"}, user="boris",
                                expected_versions={p.id: p.version})
    service.update_partners(empty_project, partner_ids=[p.id], values={"notes": "met at the fair"}, user="boris",
                            expected_versions={p.id: p.version + 1})
    service.restore_values(empty_project, previous=previous, user="anna")
    now = service.get_partner(empty_project, partner_id=p.id)
    assert (now.city, now.notes, now.version) == ("Perm", "met at the fair", p.version + 3)
    trail = history(empty_project, entity="partner", entity_id=p.id)
    assert [(e.who, e.action) for e in trail] == [("anna", "update"), ("boris", "update"), ("anna", "update"),
                                                  ("anna", "create")]
    snaps = service.delete_partners(empty_project, partner_ids=[p.id], user="anna", expected_versions={p.id: now.version})
    service.restore_partners(empty_project, snapshots=snaps, user="anna")
    assert [e.action for e in history(empty_project, entity="partner", entity_id=p.id)[:2]] == ["restore", "delete"]
