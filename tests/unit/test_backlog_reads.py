"""Backlog reads on the demo project: what an edit returns matches what a later read of every item shows."""

from __future__ import annotations

from workbench.backlog import service


def test_created_item_reads_as_list_items_reads_it(demo_project) -> None:  # type: ignore[no-untyped-def]
    """create_item returns the item as list_items shows it afterwards: score, rank, cards and evidence."""
    cards = [c for item in service.list_items(demo_project) for c in item.card_ids][:3]
    made = service.create_item(demo_project, title="Проверка чтения", card_ids=cards, effort=0.5)
    (listed,) = [i for i in service.list_items(demo_project) if i.id == made.id]
    assert made == listed
    assert made.rank is not None and made.computed_score is not None and made.evidence_ids


def test_list_items_is_in_position_order_with_releases_named(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Items come in the product manager's order; an item with a release carries its name."""
    items = service.list_items(demo_project)
    assert [(i.position, i.id) for i in items] == sorted((i.position, i.id) for i in items)
    assert any(i.release_id and i.release_name for i in items)
    assert all(i.release_name == "" for i in items if i.release_id is None)
