"""The program structure: catalogue seeding, grouping by pillar, evidence and needed items."""

from __future__ import annotations

from workbench.backlog import program
from workbench.backlog.catalogue import CATALOGUE


def test_catalogue_seeds_every_element_once(empty_project) -> None:  # type: ignore[no-untyped-def]
    """An empty project gets the whole catalogue in Russian; seeding again adds nothing."""
    added = program.ensure_catalogue(empty_project)
    assert len(added) == len(CATALOGUE)
    assert program.ensure_catalogue(empty_project) == []
    groups = program.program_structure(empty_project)
    assert [g.pillar for g in groups] == ["financial", "operational", "product"]
    titles = [e.title for g in groups for e in g.elements]
    assert "Партнёрский портал" in titles and "Бесплатный полный доступ" in titles
    portal = next(e for g in groups for e in g.elements if e.key == "portal")
    assert program.element_title(portal, "en") == "Partner portal"


def test_seeding_respects_aliases(demo_project) -> None:  # type: ignore[no-untyped-def]
    """The demo's "community" element already covers chat and conferences."""
    program.ensure_catalogue(demo_project)
    keys = [e.key for g in program.program_structure(demo_project) for e in g.elements]
    assert "community" in keys and "chat" not in keys and "conferences" not in keys
    assert len(keys) == len(set(keys))


def test_elements_carry_evidence_and_needed_items(demo_project) -> None:  # type: ignore[no-untyped-def]
    """An element linked to a card shows the partners' statements and the backlog items behind it."""
    groups = program.program_structure(demo_project)
    rich = [e for g in groups for e in g.elements if e.evidence and e.items]
    assert rich
    element = rich[0]
    assert element.partner_count > 0 and all(q.partner_name for q in element.evidence)
    assert any(g.cards for g in groups)


def test_update_element_returns_previous(demo_project) -> None:  # type: ignore[no-untyped-def]
    """A status change returns the old status so it can be undone."""
    element = program.program_structure(demo_project)[0].elements[0]
    old = program.update_element(demo_project, element.id, {"status": "have"})
    assert old == {"status": element.status}
    program.update_element(demo_project, element.id, old)
    again = program.program_structure(demo_project)[0].elements[0]
    assert again.status == element.status
