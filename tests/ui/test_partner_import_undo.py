"""Undoing a partner import through the partners screen takes back its partners and the segment it created."""

from __future__ import annotations

from pathlib import Path

from workbench.partners import service
from workbench.ui.partners.screen import PartnersScreen


def _screen(qtbot, make_ctx, project) -> PartnersScreen:  # type: ignore[no-untyped-def]
    widget = PartnersScreen(make_ctx(project))
    qtbot.addWidget(widget)
    widget.ctx.changed.connect(widget.refresh)  # as the main window does
    widget.show()
    widget.ensure_loaded()
    return widget


def _import(qtbot, widget: PartnersScreen, path: Path, segment: str) -> None:  # type: ignore[no-untyped-def]
    task = widget.run_import(path, segment=segment)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)


def test_undo_removes_the_created_segment_and_redo_brings_it_back(qtbot, make_ctx, empty_project,  # type: ignore[no-untyped-def]
                                                                  tmp_path: Path) -> None:
    """Import into a new segment, undo: partners and segment gone; redo: both back with the same ids."""
    path = tmp_path / "p.csv"
    path.write_text("Компания;Город\nАльфа;Москва\nБета;Казань\n", encoding="utf-8")
    widget = _screen(qtbot, make_ctx, empty_project)
    _import(qtbot, widget, path, "Интеграторы 1С")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 2, timeout=5000)
    segments = service.list_segments(empty_project)
    assert [s.name for s in segments] == ["Интеграторы 1С"] and segments[0].partners == 2
    ids = sorted(p.id for p in widget.model.partners())
    assert widget.ctx.undo_stack.count() == 1

    widget.ctx.undo_stack.undo()
    assert widget.model.rowCount() == 0
    assert service.list_segments(empty_project) == []
    assert widget.segment_filter.findText("Интеграторы 1С") == -1

    widget.ctx.undo_stack.redo()
    assert sorted(p.id for p in widget.model.partners()) == ids
    again = service.list_segments(empty_project)
    assert [(s.id, s.name, s.partners) for s in again] == [(segments[0].id, "Интеграторы 1С", 2)]
    assert all(p.segment == "Интеграторы 1С" for p in widget.model.partners())


def test_undo_keeps_a_segment_that_existed_before(qtbot, make_ctx, demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Importing into an existing segment and undoing leaves that segment and its partners as they were."""
    before = {s.name: s.partners for s in service.list_segments(demo_project)}
    name = next(iter(before))
    path = tmp_path / "p.csv"
    path.write_text("Компания;Город\nСовсем Новая Компания;Тверь\n", encoding="utf-8")
    widget = _screen(qtbot, make_ctx, demo_project)
    rows = widget.model.rowCount()
    _import(qtbot, widget, path, name)
    qtbot.waitUntil(lambda: widget.model.rowCount() == rows + 1, timeout=5000)
    widget.ctx.undo_stack.undo()
    assert widget.model.rowCount() == rows
    assert {s.name: s.partners for s in service.list_segments(demo_project)} == before


def test_an_import_of_only_duplicates_into_a_new_segment_is_undoable(qtbot, make_ctx, empty_project,  # type: ignore[no-untyped-def]
                                                                      tmp_path: Path) -> None:
    """Nothing new but a segment: the import is still one undo step, named after the segment, that removes it."""
    path = tmp_path / "p.csv"
    path.write_text("Компания\nАльфа\n", encoding="utf-8")
    widget = _screen(qtbot, make_ctx, empty_project)
    _import(qtbot, widget, path, "Первый")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    _import(qtbot, widget, path, "Второй")  # the same partner again: a duplicate, but a new segment
    qtbot.waitUntil(lambda: widget.ctx.undo_stack.count() == 2, timeout=5000)
    assert widget.ctx.undo_stack.undoText() == "Create segment “Второй” by an import"
    assert {s.name for s in service.list_segments(empty_project)} == {"Первый", "Второй"}
    widget.ctx.undo_stack.undo()
    assert {s.name for s in service.list_segments(empty_project)} == {"Первый"}
    assert widget.model.rowCount() == 1
