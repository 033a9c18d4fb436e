"""The partners screen on real projects: table, filters, inline edit, undo, import dialog, detail panel."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from workbench.partners import service
from workbench.ui.models.partners import COLUMNS, PartnersFilterProxy, PartnersTableModel
from workbench.ui.partners.screen import PartnersScreen


@pytest.fixture
def screen(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """The partners screen on the demo, loaded."""
    ctx = make_ctx(demo_project)
    widget = PartnersScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.ctx.changed.connect(widget.refresh)  # as the main window does
    widget.show()
    widget.ensure_loaded()
    yield widget
    widget.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(15_000)  # no chart or import worker outlives the test


def test_table_shows_demo_with_ranks(screen) -> None:  # type: ignore[no-untyped-def]
    """Every demo partner is a row, ranks are filled, and sorting by rank puts rank 1 first."""
    assert screen.model.rowCount() == 100
    screen.table.sortByColumn(COLUMNS.index("profile_rank"), Qt.SortOrder.AscendingOrder)
    assert screen.proxy.index(0, COLUMNS.index("profile_rank")).data() == "1"


def test_model_passes_qabstractitemmodeltester(qtmodeltester, demo_project) -> None:  # type: ignore[no-untyped-def]
    """The table model and its proxy satisfy Qt's model checks."""
    model = PartnersTableModel()
    model.set_partners(service.list_partners(demo_project))
    proxy = PartnersFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)


def test_search_and_filters(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Search narrows the rows; the segment and status filters combine with it."""
    name = screen.model.partner(5).name
    screen.search.setText(name)  # QTest.keyClicks cannot type Cyrillic
    qtbot.waitUntil(lambda: screen.proxy.rowCount() < 100)
    assert any(screen.proxy.index(r, 1).data() == name for r in range(screen.proxy.rowCount()))
    screen.search.clear()
    screen._apply_filters()
    screen.segment_filter.setCurrentIndex(1)
    assert screen.proxy.rowCount() == 50
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("interviewed"))
    assert 0 < screen.proxy.rowCount() < 50


def test_inline_edit_and_undo(screen) -> None:  # type: ignore[no-untyped-def]
    """Editing a city in the table saves it, and Ctrl+Z (the undo stack) restores it."""
    index = screen.proxy.index(0, COLUMNS.index("city"))
    pid = screen.proxy.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    old = service.get_partner(screen.ctx.project, partner_id=pid).city
    assert screen.proxy.setData(index, "Тверь")
    assert service.get_partner(screen.ctx.project, partner_id=pid).city == "Тверь"
    screen.ctx.undo_stack.undo()
    assert service.get_partner(screen.ctx.project, partner_id=pid).city == old
    screen.ctx.undo_stack.redo()
    assert service.get_partner(screen.ctx.project, partner_id=pid).city == "Тверь"


def test_delete_undo_and_detail(screen) -> None:  # type: ignore[no-untyped-def]
    """Deleting selected partners is undone as one step; the detail panel shows interviews."""
    interviewed = next(p for p in screen.model.partners() if p.research_status == "synthesised")
    screen.select_ids([interviewed.id])
    screen._show_detail()
    html = screen.detail.html()
    assert interviewed.name.replace("«", "&laquo;")[:3] in html or interviewed.name[:3] in html
    assert "Interviews" in html and "Research status history" in html
    screen.delete_selected()
    assert screen.model.rowCount() == 99
    screen.ctx.undo_stack.undo()
    assert screen.model.rowCount() == 100
    assert service.partner_detail(screen.ctx.project, partner_id=interviewed.id).interviews


def test_plan_interview_without_service_navigates(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Planning an interview hands over to the interviews screen when no planning service exists."""
    import importlib.util

    if importlib.util.find_spec("workbench.interviews.planning") is not None:
        pytest.skip("the planning service exists; the dialog path is used")
    with qtbot.waitSignal(screen.ctx.navigate) as blocker:
        screen.plan_interview(screen.model.partner(0).id)
    assert blocker.args == ["interviews", {"plan_for_partner": screen.model.partner(0).id}]


def test_empty_state(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """An empty project shows what to do next."""
    widget = PartnersScreen(make_ctx(empty_project))
    qtbot.addWidget(widget)
    widget.ctx.changed.connect(widget.refresh)  # as the main window does
    widget.show()
    widget.ensure_loaded()
    assert widget.stack.currentWidget() is widget.empty
    assert "import" in widget.empty.body.text().lower()


def test_import_dialog_preview_and_worker(qtbot, make_ctx, empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The import dialog previews problems, blocks an invalid import, and the worker imports valid rows."""
    wb = openpyxl.Workbook()
    for row in (["Партнёры"], [], ["Компания", "Город", "Сотрудников"], ["Альфа", "Москва", "около 40"],
                [None, "Уфа", 3], ["Бета", "Казань", "много"]):
        wb.active.append(row)
    path = tmp_path / "p.xlsx"
    wb.save(path)
    widget = PartnersScreen(make_ctx(empty_project))
    qtbot.addWidget(widget)
    widget.ctx.changed.connect(widget.refresh)  # as the main window does
    widget.show()
    widget.ensure_loaded()
    from workbench.ui.partners.import_dialog import ImportDialog

    dialog = ImportDialog(widget.ctx, path, [], "amoCRM", widget)
    qtbot.addWidget(dialog)
    assert dialog.run_preview()
    assert dialog.preview_model.rowCount() == 3
    assert dialog.header_row.value() == 3
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert ok.isEnabled()
    task = widget.run_import(path, **dialog.options())
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    assert widget.model.partner(0).employees == 40
    widget.ctx.undo_stack.undo()
    assert widget.model.rowCount() == 0


def test_plan_interview_with_service_is_undoable(screen, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """With the planning service, planning from the detail panel adds an interview that undo removes."""
    import importlib.util

    if importlib.util.find_spec("workbench.interviews.planning") is None:
        pytest.skip("no planning service yet")
    from workbench.ui.partners import dialogs

    monkeypatch.setattr(dialogs.PlanInterviewDialog, "exec", lambda self: 1)
    partner = next(p for p in screen.model.partners() if p.research_status == "candidate")
    screen.plan_interview(partner.id)
    detail = service.partner_detail(screen.ctx.project, partner_id=partner.id)
    assert len(detail.interviews) == 1 and detail.partner.research_status == "scheduled"
    screen.ctx.undo_stack.undo()
    detail = service.partner_detail(screen.ctx.project, partner_id=partner.id)
    assert not detail.interviews and detail.partner.research_status == "candidate"


def test_import_action_in_main_window_menu(demo_window) -> None:  # type: ignore[no-untyped-def]
    """The partners screen puts File > Import > Partners… into the main window's menu."""
    names = [a.objectName() for a in demo_window.menu_import.actions()]
    assert "importPartnersMenuAction" in names


def test_invite_top_and_merge_from_the_screen(screen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Invite Top N marks candidates invited in one undo step; Merge folds two rows into one, undoably."""
    from PySide6.QtWidgets import QInputDialog

    screen.segment_filter.setCurrentIndex(1)
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(lambda *a, **k: (50, True)))
    before = sum(1 for p in screen.model.partners() if p.research_status == "invited")
    screen.select_top()
    after = sum(1 for p in screen.model.partners() if p.research_status == "invited")
    assert after > before
    screen.ctx.undo_stack.undo()
    assert sum(1 for p in screen.model.partners() if p.research_status == "invited") == before
    ids = [screen.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2) for r in (0, 1)]
    screen.select_ids(ids)
    keep = screen.model.partner(screen.model.row_of(ids[1])).name
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (keep, True)))
    screen.merge_selected()
    assert screen.model.rowCount() == 99 and screen.model.row_of(ids[0]) is None
    screen.ctx.undo_stack.undo()
    assert screen.model.rowCount() == 100 and screen.model.row_of(ids[0]) is not None


def test_importing_the_same_file_twice_adds_nothing(qtbot, make_ctx, empty_project, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                    monkeypatch) -> None:
    """A second import of the same file adds no rows and no undo step, and says why."""
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "p.csv"
    path.write_text("Компания;Город\nАльфа;Москва\nБета;Казань\n", encoding="utf-8")
    widget = PartnersScreen(make_ctx(empty_project))
    qtbot.addWidget(widget)
    widget.ctx.changed.connect(widget.refresh)
    widget.show()
    widget.ensure_loaded()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: shown.append(text)))
    for _ in range(2):
        task = widget.run_import(path, segment="S")
        qtbot.waitUntil(lambda t=task: t.done, timeout=10_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert widget.model.rowCount() == 2 and widget.ctx.undo_stack.count() == 1
    assert "2 duplicates" in shown[0]
