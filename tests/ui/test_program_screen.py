"""The program structure screen: three pillars, the catalogue, evidence, status edits with undo, export."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.backlog import program
from workbench.backlog.catalogue import CATALOGUE


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
    qtbot.waitUntil(lambda: widget.last_read is not None, timeout=15_000)  # read in a task
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


def test_pdf_export_from_the_screen(qtbot, screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Export > PDF writes a PDF where the user said, in the worker process, and says so in the status bar."""
    from workbench.ui.procworker import ProcessJob

    target = tmp_path / "program.pdf"
    statuses: list[str] = []
    screen.ctx.status.connect(statuses.append)
    screen.ask_save_path = lambda *a: str(target)
    screen.export("pdf")
    assert isinstance(screen._job, ProcessJob)  # matplotlib draws in the worker, never in the window's process
    qtbot.waitUntil(lambda: bool(statuses), timeout=60_000)
    assert statuses == [f"Exported to {target}"]
    assert target.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob("*.part"))


def test_xlsx_export_from_the_screen_in_russian(qtbot, screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Export > Excel in the Russian UI writes the pillars with Russian headings, read back with openpyxl."""
    import openpyxl

    from workbench.ui import i18n

    i18n.install_language("ru")
    try:
        target = tmp_path / "program.xlsx"
        screen.ask_save_path = lambda *a: str(target)
        screen.export("xlsx")
        qtbot.waitUntil(target.exists, timeout=60_000)
    finally:
        i18n.install_language("en")
    text = " ".join(str(c.value) for ws in openpyxl.load_workbook(target).worksheets for row in ws.iter_rows()
                    for c in row if c.value)
    assert "Финансовая мотивация" in text


def test_empty_project_gets_the_catalogue(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """A new project shows the whole catalogue, in the three pillars."""
    from workbench.ui.program.screen import ProgramScreen

    widget = ProgramScreen(make_ctx(empty_project))
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    qtbot.waitUntil(lambda: widget.last_read is not None, timeout=15_000)  # read in a task
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
    qtbot.waitUntil(lambda: widget.last_read is not None, timeout=15_000)  # read in a task
    element = widget.columns[1].elements_model.element(0)
    widget.select_element(element.id)
    widget.card.setCurrentIndex(1)
    widget.card.activated.emit(1)
    linked = {e.id: e.card_title for g in program.program_structure(empty_project) for e in g.elements}
    assert linked[element.id] == "Портал с видео"
    ctx.undo_stack.undo()
    linked = {e.id: e.card_title for g in program.program_structure(empty_project) for e in g.elements}
    assert linked[element.id] == ""
