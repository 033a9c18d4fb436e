"""The program structure screen: three pillars, the catalogue, evidence, status edits with undo, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.backlog import program
from workbench.backlog.catalogue import CATALOGUE
from workbench.ui.tasks import TaskState


@pytest.fixture
def screen(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """The program screen on the demo, loaded."""
    from workbench.ui.program.screen import ProgramScreen

    ctx = make_ctx(demo_project)
    widget = ProgramScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.show()
    ctx.changed.connect(widget.refresh)
    widget.ensure_loaded()
    widget.run_task = lambda title, fn, on_done: on_done(fn(TaskState()))
    return widget


def test_three_pillars_with_elements_and_cards(screen) -> None:  # type: ignore[no-untyped-def]
    """Each pillar column lists its elements and value-map cards."""
    assert [c.title() for c in screen.columns] == ["Financial motivation", "Operational service",
                                                   "Product development"]
    assert all(c.elements_model.rowCount() > 0 for c in screen.columns)
    assert all(c.cards_model.rowCount() > 0 for c in screen.columns)
    first = screen.columns[0].elements_model.index(0, 0).data()
    assert "partners:" in first


def test_snapshot_selects_an_element_with_evidence(screen) -> None:  # type: ignore[no-untyped-def]
    """The snapshot state shows an element, the partners' statements and the items it needs."""
    screen.prepare_snapshot()
    assert screen._current is not None
    assert screen.evidence_model.rowCount() > 0 and screen.items_model.rowCount() > 0


def test_status_change_and_undo(screen) -> None:  # type: ignore[no-untyped-def]
    """Changing an element's status saves it; undo restores it."""
    screen.prepare_snapshot()
    element = screen._current
    new = "have" if element.status != "have" else "missing"
    screen.status.setCurrentIndex(screen.status.findData(new))
    screen.status.activated.emit(screen.status.currentIndex())
    stored = {e.id: e.status for g in program.program_structure(screen.ctx.project) for e in g.elements}
    assert stored[element.id] == new
    screen.ctx.undo_stack.undo()
    stored = {e.id: e.status for g in program.program_structure(screen.ctx.project) for e in g.elements}
    assert stored[element.id] == element.status


def test_pdf_export_from_the_screen(screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Export > PDF writes a PDF where the user said."""
    target = tmp_path / "program.pdf"
    screen.ask_save_path = lambda *a: str(target)
    screen.export("pdf")
    assert target.read_bytes().startswith(b"%PDF")


def test_empty_project_gets_the_catalogue(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """A new project shows the whole catalogue, in the three pillars."""
    from workbench.ui.program.screen import ProgramScreen

    widget = ProgramScreen(make_ctx(empty_project))
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    assert sum(c.elements_model.rowCount() for c in widget.columns) == len(CATALOGUE)


def test_link_element_to_a_card(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """Choosing a card for an element stores the link; undo removes it."""
    from workbench.store import models
    from workbench.ui.program.screen import ProgramScreen

    with empty_project.transaction() as session:
        segment = models.Segment(name="amoCRM")
        session.add(segment)
        session.flush()
        board = models.Board(segment_id=segment.id, title="amoCRM")
        session.add(board)
        session.flush()
        session.add(models.Card(board_id=board.id, zone="gains", title="Портал с видео"))
    ctx = make_ctx(empty_project)
    widget = ProgramScreen(ctx)
    qtbot.addWidget(widget)
    ctx.changed.connect(widget.refresh)
    widget.ensure_loaded()
    element = widget.columns[1].elements_model.element(0)
    widget.select_element(element.id)
    widget.card.setCurrentIndex(1)
    widget.card.activated.emit(1)
    linked = {e.id: e.card_title for g in program.program_structure(empty_project) for e in g.elements}
    assert linked[element.id] == "Портал с видео"
    ctx.undo_stack.undo()
    linked = {e.id: e.card_title for g in program.program_structure(empty_project) for e in g.elements}
    assert linked[element.id] == ""
