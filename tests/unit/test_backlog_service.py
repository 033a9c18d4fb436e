"""Backlog item edits: undoable updates, rejection reasons, order, delete/restore, framework switch."""

from __future__ import annotations

import pytest

from workbench.backlog import service
from workbench.errors import InputError


def test_update_returns_previous_values_for_undo(demo_project) -> None:  # type: ignore[no-untyped-def]
    """An edit returns what it replaced; applying that puts the item back."""
    item = service.list_items(demo_project)[0]
    old = service.update_items(demo_project, {item.id: {"status": "planned", "effort": 7, "owner": "Ольга"}})
    changed = service.get_item(demo_project, item.id)
    assert (changed.status, changed.effort, changed.owner) == ("planned", 7.0, "Ольга")
    service.update_items(demo_project, old)
    back = service.get_item(demo_project, item.id)
    assert (back.status, back.effort, back.owner) == (item.status, item.effort, item.owner)


def test_effort_change_rescores(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Doubling the effort halves the RICE score and the explanation says the same number."""
    service.ensure_scored(demo_project)
    item = next(i for i in service.list_items(demo_project) if i.computed_score and i.effort)
    service.update_items(demo_project, {item.id: {"effort": item.effort * 2}})
    after = service.get_item(demo_project, item.id)
    assert after.computed_score == pytest.approx(item.computed_score / 2, rel=0.01)
    assert service.explain(demo_project, item.id).score == after.computed_score


def test_reject_needs_a_reason(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Rejecting without a reason is refused; with one it is kept and the item loses its rank."""
    item = service.list_items(demo_project)[0]
    with pytest.raises(InputError):
        service.update_items(demo_project, {item.id: {"status": "rejected"}})
    service.update_items(demo_project, {item.id: {"status": "rejected", "reject_reason": "Не наш рынок"}})
    rejected = service.get_item(demo_project, item.id)
    assert rejected.reject_reason == "Не наш рынок" and rejected.rank is None


def test_bad_values_are_refused(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Unknown statuses, negative effort and empty titles are refused with a clear message."""
    item = service.list_items(demo_project)[0]
    for change in ({"status": "done"}, {"effort": -1}, {"title": "  "}, {"pillar": "x"}):
        with pytest.raises(InputError):
            service.update_items(demo_project, {item.id: change})


def test_reorder_and_back(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Reordering sets positions; the returned order restores the previous one."""
    ids = [i.id for i in service.list_items(demo_project)]
    previous = service.reorder(demo_project, list(reversed(ids)))
    assert [i.id for i in service.list_items(demo_project)] == list(reversed(ids))
    service.reorder(demo_project, previous)
    assert [i.id for i in service.list_items(demo_project)] == ids


def test_delete_and_restore_keep_links(demo_project) -> None:  # type: ignore[no-untyped-def]
    """A deleted item comes back with its id, cards and score."""
    item = next(i for i in service.list_items(demo_project) if i.card_ids)
    snaps = service.delete_items(demo_project, [item.id])
    assert item.id not in {i.id for i in service.list_items(demo_project)}
    service.restore_items(demo_project, snaps)
    back = service.get_item(demo_project, item.id)
    assert back.card_ids == item.card_ids and back.title == item.title


def test_manual_rank_pins_the_item(demo_project) -> None:  # type: ignore[no-untyped-def]
    """A manual rank overrides the computed order but leaves the computed score alone."""
    service.ensure_scored(demo_project)
    last = max((i for i in service.list_items(demo_project) if i.rank), key=lambda i: i.rank or 0)
    service.update_items(demo_project, {last.id: {"manual_rank": 1}})
    pinned = service.get_item(demo_project, last.id)
    assert pinned.rank == 1 and pinned.computed_score == last.computed_score


def test_framework_switch_rescores_everything(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Switching to WSJF stores WSJF scores and explains them with WSJF factors."""
    service.set_framework(demo_project, framework="wsjf")
    items = service.list_items(demo_project)
    assert all(i.framework == "wsjf" for i in items)
    scored = next(i for i in items if i.computed_score is not None)
    expl = service.explain(demo_project, scored.id)
    assert expl.framework == "wsjf" and expl.score == scored.computed_score
    with pytest.raises(InputError):
        service.set_framework(demo_project, framework="moscow")


def test_evidence_quotes_name_partners(demo_project) -> None:  # type: ignore[no-untyped-def]
    """The quick view lists statements with the partner who said them."""
    item = next(i for i in service.list_items(demo_project) if i.evidence_ids)
    quotes = service.item_evidence(demo_project, item.id)
    assert {q.statement_id for q in quotes} == set(item.evidence_ids)
    assert all(q.partner_name for q in quotes)


def test_bulk_reads_match_single_reads(demo_project) -> None:  # type: ignore[no-untyped-def]
    """The exports' one-pass evidence and explanations equal the per-item ones."""
    items = service.list_items(demo_project)
    bulk = service.evidence_for_items(demo_project, [i.id for i in items])
    every = service.explain_all(demo_project)
    for item in items:
        assert {q.statement_id for q in bulk[item.id]} == {q.statement_id for q in
                                                           service.item_evidence(demo_project, item.id)}
        assert every[item.id].score == service.explain(demo_project, item.id).score


def test_linking_cards_brings_their_evidence(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Linking a card adds its statements and partners to the item; the old links come back on undo."""
    from sqlmodel import select

    from workbench.store import models

    item = service.create_item(demo_project, title="Новый пункт без карточек", effort=2)
    assert item.evidence_ids == () and item.computed_score is None
    with demo_project.session() as session:
        card_id = session.exec(select(models.Evidence.card_id)).first()
    previous = service.set_item_cards(demo_project, item.id, [card_id])
    linked = service.get_item(demo_project, item.id)
    assert previous == [] and linked.card_ids == (card_id,) and linked.evidence_ids
    assert linked.computed_score is not None
    service.set_item_cards(demo_project, item.id, previous)
    assert service.get_item(demo_project, item.id).card_ids == ()
    with pytest.raises(InputError):
        service.set_item_cards(demo_project, item.id, [10**9])


def test_card_links_from_an_old_read_are_refused(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Setting an item's cards against links changed since raises StaleEditError; the saved links stay."""
    from workbench.errors import StaleEditError

    item = next(i for i in service.list_items(demo_project) if len(i.card_ids) >= 2)
    seen = list(item.card_ids)
    service.set_item_cards(demo_project, item.id, seen[:1], expected=seen)
    with pytest.raises(StaleEditError):
        service.set_item_cards(demo_project, item.id, seen[1:], expected=seen)
    assert list(service.get_item(demo_project, item.id).card_ids) == seen[:1]
