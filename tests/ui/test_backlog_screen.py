"""The backlog triage screen on real projects, offscreen: keyboard triage, bulk edit, drag, undo, gaps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from workbench.backlog import service
from workbench.ui.models.backlog import COLUMNS, ID_ROLE
from workbench.ui.tasks import TaskState


def _inline(panel: Any) -> None:
    """Run long work inline instead of in a worker with a dialog."""
    panel.run_task = lambda title, fn, on_done, *rest: on_done(fn(TaskState()))


def _settle(qtbot: Any, screen: Any) -> None:
    """Wait until the reloads read in tasks (items, capabilities, releases and notes, survey rounds) are shown."""
    qtbot.waitUntil(lambda: screen.items.reader is None and screen.items._shown_once
                    and screen.releases.reader is None and screen.releases.notes_task is None
                    and screen.surveys.reader is None and screen.surveys.answers_task is None
                    and screen.capabilities.reader is None, timeout=30_000)


@pytest.fixture
def screen(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """The backlog screen on the demo, shown and loaded."""
    from workbench.ui.backlog.screen import BacklogScreen

    ctx = make_ctx(demo_project)
    widget = BacklogScreen(ctx)
    widget.items.sync_charts = True
    widget.items.show_charts = False  # the chart has its own tests; drawing it costs time
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.show()
    ctx.changed.connect(widget.refresh)
    widget.ensure_loaded()
    _settle(qtbot, widget)
    _inline(widget.items)
    widget.settle = lambda: _settle(qtbot, widget)
    return widget


def _row_of(panel: Any, item_id: int) -> int:
    return panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(item_id), 0)).row()


def test_loads_items_and_explains_the_current_one(screen) -> None:  # type: ignore[no-untyped-def]
    """Every item is a row; the side panel shows the formula and the partners' quotes."""
    panel = screen.items
    panel.show_charts = True
    assert panel.model.rowCount() == len(service.list_items(screen.ctx.project)) >= 10
    screen.prepare_snapshot()
    assert "RICE" in panel.detail.why.text() and "Reach" in panel.detail.why.text()
    assert panel.detail.evidence_model.rowCount() > 0
    assert "—" in panel.detail.evidence_model.data(panel.detail.evidence_model.index(0, 0))
    current = service.get_item(screen.ctx.project, panel.current_id())
    assert panel.detail.asked_by.text().startswith(f"Asked by {current.partner_count} partners:")
    assert not panel.detail.chart.pixmap().isNull()


def test_model_passes_the_model_tester(screen, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """The table model keeps Qt's model contract."""
    qtmodeltester.check(screen.items.model)


def test_j_and_k_move_the_current_row(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """J moves down, K moves up, from the keyboard."""
    panel = screen.items
    panel.table.setFocus()
    panel.move_current(-100)
    qtbot.keyClick(panel.table, Qt.Key.Key_J)
    qtbot.keyClick(panel.table, Qt.Key.Key_J)
    assert panel.table.currentIndex().row() == 2
    qtbot.keyClick(panel.table, Qt.Key.Key_K)
    assert panel.table.currentIndex().row() == 1


def test_s_and_p_open_their_editors(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """S starts editing the status of the current row, P its pinned rank."""
    panel = screen.items
    panel.table.setFocus()
    panel.move_current(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_S)
    assert panel.table.state() == QAbstractItemView.State.EditingState
    assert COLUMNS[panel.table.currentIndex().column()] == "status"
    qtbot.keyClick(panel.table.focusWidget(), Qt.Key.Key_Escape)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_P)
    assert COLUMNS[panel.table.currentIndex().column()] == "manual_rank"
    assert not panel.table.isColumnHidden(COLUMNS.index("manual_rank"))


def test_edit_and_undo(screen) -> None:  # type: ignore[no-untyped-def]
    """An effort typed in the table is saved and rescored; Ctrl+Z puts it back."""
    panel = screen.items
    item = panel.model.item(0)
    index = panel.proxy.index(_row_of(panel, item.id), COLUMNS.index("effort"))
    assert panel.proxy.setData(index, 9.0)
    assert service.get_item(screen.ctx.project, item.id).effort == 9.0
    screen.settle()
    assert panel.model.item(panel.model.row_of(item.id)).effort == 9.0
    screen.ctx.undo_stack.undo()
    assert service.get_item(screen.ctx.project, item.id).effort == item.effort


def test_bulk_status_applies_to_the_selection(screen) -> None:  # type: ignore[no-untyped-def]
    """Editing one of several selected rows edits them all, as one undo step."""
    panel = screen.items
    ids = [panel.model.item(r).id for r in range(3)]
    panel.select_ids(ids, ids[0])
    index = panel.proxy.index(_row_of(panel, ids[0]), COLUMNS.index("status"))
    panel.proxy.setData(index, "in_progress")
    assert {service.get_item(screen.ctx.project, i).status for i in ids} == {"in_progress"}
    screen.ctx.undo_stack.undo()
    assert "in_progress" not in {service.get_item(screen.ctx.project, i).status for i in ids}


def test_reject_asks_for_a_reason(screen) -> None:  # type: ignore[no-untyped-def]
    """Rejecting asks why; cancelling leaves the item alone."""
    panel = screen.items
    item = panel.model.item(0)
    panel.ask_text = lambda *a, **k: None
    assert not panel.apply([item.id], {"status": "rejected"})
    panel.ask_text = lambda *a, **k: "Дублирует другой пункт"
    assert panel.apply([item.id], {"status": "rejected"})
    saved = service.get_item(screen.ctx.project, item.id)
    assert saved.status == "rejected" and saved.reject_reason == "Дублирует другой пункт"


def test_drag_reorders_and_undo_restores(screen) -> None:  # type: ignore[no-untyped-def]
    """Dropping the fourth row on the first moves it to the top; undo puts it back."""
    panel = screen.items
    before = [i.id for i in panel.model.items()]
    data = panel.model.mimeData([panel.model.index(3, 0)])
    assert panel.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    screen.settle()
    after = [i.id for i in panel.model.items()]
    assert after[0] == before[3] and sorted(after) == sorted(before)
    screen.ctx.undo_stack.undo()
    screen.settle()
    assert [i.id for i in panel.model.items()] == before


def test_gap_analysis_from_the_screen(screen) -> None:  # type: ignore[no-untyped-def]
    """The button proposes items, says what it did, selects them; undo removes them."""
    panel = screen.items
    before = panel.model.rowCount()
    panel.gap_button.click()
    screen.settle()
    assert panel.model.rowCount() > before
    assert panel.banner.isVisible() and "Gap analysis" in panel.banner.text()
    assert panel.current_id() not in {None}
    panel.gap_button.click()
    screen.settle()
    screen.ctx.undo_stack.undo()
    screen.ctx.undo_stack.undo()
    screen.settle()
    assert panel.model.rowCount() == before


def test_framework_switch_is_undoable(screen) -> None:  # type: ignore[no-untyped-def]
    """Choosing WSJF rescores; undo goes back to RICE."""
    panel = screen.items
    panel.framework.setCurrentIndex(panel.framework.findData("wsjf"))
    panel.framework.activated.emit(panel.framework.currentIndex())
    assert service.get_framework(screen.ctx.project) == "wsjf"
    screen.settle()
    assert "WSJF" in panel.detail.why.text()
    screen.ctx.undo_stack.undo()
    assert service.get_framework(screen.ctx.project) == "rice"


def test_filters(screen) -> None:  # type: ignore[no-untyped-def]
    """Search text and the status filter narrow the rows and the count says so."""
    panel = screen.items
    total = panel.proxy.rowCount()
    panel.search.setText("выплат")
    assert 0 < panel.proxy.rowCount() < total
    panel.search.clear()
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("planned"))
    panel.status_filter.activated.emit(panel.status_filter.currentIndex())
    shown = {panel.proxy.index(r, 0).data(ID_ROLE) for r in range(panel.proxy.rowCount())}
    assert shown and all(service.get_item(screen.ctx.project, i).status == "planned" for i in shown)
    assert str(len(shown)) in panel.count.text()


def test_jira_export_from_the_screen(qtbot, screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Export > Jira writes the CSV where the user said, in the worker process, and says so in the status bar."""
    from workbench.ui.procworker import ProcessJob

    panel = screen.items
    target = tmp_path / "jira.csv"
    statuses: list[str] = []
    screen.ctx.status.connect(statuses.append)
    panel.ask_save_path = lambda *a: str(target)
    panel.export("jira")
    assert isinstance(panel._job, ProcessJob)
    qtbot.waitUntil(lambda: any("jira.csv" in s for s in statuses), timeout=60_000)
    assert target.read_text(encoding="utf-8").startswith("Summary,Issue Type,Description,Priority,Labels")


def test_xlsx_export_from_the_screen_has_every_item(qtbot, screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Export > Excel writes one row per backlog item (read back with openpyxl), no temporary file left."""
    import openpyxl

    panel = screen.items
    target = tmp_path / "backlog.xlsx"
    panel.ask_save_path = lambda *a: str(target)
    panel.export("xlsx")
    qtbot.waitUntil(target.exists, timeout=60_000)
    sheet = openpyxl.load_workbook(target).worksheets[0]
    titles = {row[2] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert {i.title for i in service.list_items(screen.ctx.project)} <= titles
    assert not list(tmp_path.glob("*.part"))


def test_survey_round_import_moves_priorities(screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Importing a round from the Survey rounds tab rescores items; undo removes the round."""
    panel = screen.surveys
    _inline(panel)
    items = screen.items.model.items()
    top = min((i for i in items if i.rank), key=lambda i: i.rank or 0)
    path = tmp_path / "round.csv"
    path.write_text("Partner,Item,Rating\n" + "".join(f",{top.title},1\n" for _ in range(6)), encoding="utf-8")
    screen.tabs.setCurrentWidget(panel)
    panel.import_file(str(path), "Декабрь")
    screen.settle()
    assert panel.model.rowCount() >= 2
    assert service.get_item(screen.ctx.project, top.id).computed_score < top.computed_score
    screen.ctx.undo_stack.undo()
    assert service.get_item(screen.ctx.project, top.id).computed_score == pytest.approx(top.computed_score)
    screen.ctx.undo_stack.redo()
    screen.settle()
    assert any(panel.model.survey_round(r).name == "Декабрь" for r in range(panel.model.rowCount()))


def test_capability_edit_and_undo(screen) -> None:  # type: ignore[no-untyped-def]
    """A capability's status changes from the table and back with undo."""
    panel = screen.capabilities
    screen.tabs.setCurrentWidget(panel)
    screen.settle()
    cap = panel.model.capability(0)
    new = "have" if cap.status != "have" else "missing"
    from workbench.ui.models.backlog_lists import CAP_COLUMNS

    assert panel.model.setData(panel.model.index(0, CAP_COLUMNS.index("status")), new)
    screen.settle()
    assert panel.model.capability(panel.model.row_of(cap.id)).status == new
    screen.ctx.undo_stack.undo()
    screen.settle()
    assert panel.model.capability(panel.model.row_of(cap.id)).status == cap.status


def test_new_release_and_undo(screen) -> None:  # type: ignore[no-untyped-def]
    """A release added on the Releases tab appears with its notes; undo removes it."""
    panel = screen.releases
    screen.tabs.setCurrentWidget(panel)
    screen.settle()
    count = panel.model.rowCount()
    panel.ask_text = lambda *a, **k: "Релиз 2026.05"
    panel.add_release()
    screen.settle()
    assert panel.model.rowCount() == count + 1
    assert "Релиз 2026.05" in panel.notes.toMarkdown()
    screen.ctx.undo_stack.undo()
    screen.settle()
    assert panel.model.rowCount() == count


def test_empty_project_says_what_to_do(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """With no items the screen explains the gap analysis and offers the button."""
    from workbench.ui.backlog.screen import BacklogScreen

    widget = BacklogScreen(make_ctx(empty_project))
    qtbot.addWidget(widget)
    widget.ensure_loaded()
    _settle(qtbot, widget)
    assert widget.items.stack.currentWidget() is widget.items.empty
    assert "gap analysis" in widget.items.empty.body.text()
    assert widget.items.empty.button.text() == "Run gap analysis"


def test_description_edit_and_undo(screen) -> None:  # type: ignore[no-untyped-def]
    """'Edit description…' saves the new text; undo restores the old one."""
    panel = screen.items
    panel.move_current(0)
    item = panel.model.item(panel.model.row_of(panel.current_id()))
    panel.ask_multiline = lambda *a: "Новое описание"
    panel.detail.edit_description.click()
    assert service.get_item(screen.ctx.project, item.id).description == "Новое описание"
    screen.settle()
    assert panel.detail.description.text() == "Новое описание"
    screen.ctx.undo_stack.undo()
    assert service.get_item(screen.ctx.project, item.id).description == item.description


def test_survey_tab_shows_what_each_answer_matched(screen) -> None:  # type: ignore[no-untyped-def]
    """The selected round lists its answers with the item or pain each was matched to."""
    panel = screen.surveys
    screen.tabs.setCurrentWidget(panel)
    screen.settle()
    assert panel.model.rowCount() >= 1
    assert panel.answers_model.rowCount() > 0
    matched = panel.answers_model.index(0, 2).data()
    assert matched.startswith("#") or "pain/gain" in matched


def test_file_menu_offers_imports_and_exports(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Once the backlog screen is shown, File > Import and Export carry its entries."""
    demo_window.show_screen("backlog")
    names = {a.objectName() for a in demo_window.menu_import.actions()}
    assert {"import_capabilities", "import_survey"} <= names
    assert "export_jira" in {a.objectName() for a in demo_window.menu_export.actions()}


def test_chart_is_drawn_in_a_worker(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Without the snapshot switch, the chart is rendered off the UI thread and then shown."""
    from workbench.ui.backlog.screen import BacklogScreen

    widget = BacklogScreen(make_ctx(demo_project))
    qtbot.addWidget(widget)
    widget.show()
    widget.ensure_loaded()
    _settle(qtbot, widget)
    widget.items.move_current(0)
    qtbot.waitUntil(lambda: not widget.items.detail.chart.pixmap().isNull(), timeout=10_000)


def test_link_cards_from_the_keyboard(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """L opens the card chooser; the chosen cards become the item's links, undoable."""
    panel = screen.items
    panel.move_current(0)
    item = panel.model.item(panel.model.row_of(panel.current_id()))
    offered: list[list[tuple[int, str]]] = []

    def choose(cards, checked):  # type: ignore[no-untyped-def]
        offered.append(cards)
        return list(checked)[:1]

    panel.choose_cards = choose
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_L)
    assert offered and len(offered[0]) > 20
    assert service.get_item(screen.ctx.project, item.id).card_ids == item.card_ids[:1]
    screen.ctx.undo_stack.undo()
    assert set(service.get_item(screen.ctx.project, item.id).card_ids) == set(item.card_ids)


def test_cards_dialog_returns_ticked_cards(qtbot) -> None:
    """The chooser returns the ticked cards and filters by text."""
    from workbench.ui.backlog.cards_dialog import CardsDialog

    dialog = CardsDialog([(1, "pains: Долгие выплаты"), (2, "gains: ЭДО"), (3, "jobs: Внедрять CRM")], [2])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == [2]
    dialog.model.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.chosen() == [1, 2]
    dialog.search.setText("эдо")
    assert dialog.proxy.rowCount() == 1


def test_mapping_dialog_lets_the_user_fix_columns(qtbot, tmp_path: Path) -> None:
    """Unrecognised headers leave OK disabled until the required fields get a column."""
    from PySide6.QtWidgets import QDialogButtonBox

    from workbench.backlog.surveys import SYNONYMS
    from workbench.ui.backlog.mapping_dialog import MappingDialog

    path = tmp_path / "odd.csv"
    path.write_text("Кто;Что именно;Балл\nАльфа;Портал;4\nБета;ЭДО;5\n", encoding="utf-8")
    dialog = MappingDialog(path, title="t", fields=[("partner", "Partner"), ("subject", "Item"), ("rating", "Rating")],
                           synonyms=SYNONYMS, required=("subject", "rating"))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "Item" in dialog.problem.text()
    for key, column in (("subject", 1), ("rating", 2)):
        combo = dialog.combos[key]
        combo.setCurrentIndex(combo.findData(column))
        combo.activated.emit(combo.currentIndex())
    assert ok.isEnabled()
    assert dialog.mapping() == {"subject": 1, "rating": 2} and dialog.header() == 1
    assert dialog.model.index(1, 1).data() == "ЭДО"


def test_import_dialog_flow_uses_the_confirmed_mapping(screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """File chosen, mapping confirmed, round named: the round is imported with that mapping."""
    panel = screen.surveys
    _inline(panel)
    item = screen.items.model.item(0)
    path = tmp_path / "odd.csv"
    path.write_text(f"Кто;Что именно;Балл\n;{item.title};5\n", encoding="utf-8")
    screen.tabs.setCurrentWidget(panel)
    panel.ask_file = lambda: str(path)
    panel.confirm_mapping = lambda p: ({"subject": 1, "rating": 2}, 1)
    panel.ask_text = lambda *a, **k: "Странный файл"
    errors: list[str] = []
    panel.show_error = errors.append
    panel.import_dialog()
    screen.settle()
    assert errors == []
    assert any(panel.model.survey_round(r).name == "Странный файл" for r in range(panel.model.rowCount()))


def test_capability_import_from_the_panel_and_undo(screen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An xlsx inventory imports from the Capabilities tab; undo removes what it added."""
    from openpyxl import Workbook

    panel = screen.capabilities
    _inline(panel)
    screen.tabs.setCurrentWidget(panel)
    screen.settle()
    before = panel.model.rowCount()
    wb = Workbook()
    wb.active.append(["Инвентарь"])
    wb.active.append([])
    wb.active.append(["Возможность", "Опора", "Статус"])
    wb.active.append(["Чат партнёров в Telegram", "Операционный сервис", "Частично"])
    wb.save(tmp_path / "caps.xlsx")
    panel.ask_file = lambda: str(tmp_path / "caps.xlsx")
    panel.confirm_mapping = lambda p: None
    panel.import_dialog()
    assert panel.model.rowCount() == before  # cancelled at the mapping step
    panel.import_file(str(tmp_path / "caps.xlsx"))
    screen.settle()
    assert panel.model.rowCount() == before + 1
    screen.ctx.undo_stack.undo()
    screen.settle()
    assert panel.model.rowCount() == before


def test_release_date_and_notes(screen) -> None:  # type: ignore[no-untyped-def]
    """A release gets a date and notes; both show in its release notes; a bad date is refused."""
    panel = screen.releases
    screen.tabs.setCurrentWidget(panel)
    screen.settle()
    errors: list[str] = []
    panel.show_error = errors.append
    panel.ask_text = lambda *a, **k: "31.03.2026"
    panel.set_date()
    assert errors
    panel.ask_text = lambda *a, **k: "2026-03-31"
    panel.set_date()
    panel.ask_multiline = lambda *a, **k: "Выплаты без порога и ЭДО."
    panel.set_notes()
    screen.settle()
    text = panel.notes.toMarkdown()
    assert "2026-03-31" in text and "Выплаты без порога и ЭДО." in text
    screen.ctx.undo_stack.undo()
    screen.settle()
    assert "Выплаты без порога и ЭДО." not in panel.notes.toMarkdown()


def test_keyboard_bulk_status(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """With three rows selected, S and a choice set the status of all three in one undo step."""
    from PySide6.QtWidgets import QComboBox

    panel = screen.items
    ids = [panel.model.item(r).id for r in range(3)]
    panel.select_ids(ids, ids[0])
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_S)
    editor = panel.table.focusWidget()
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("in_progress"))
    editor.activated.emit(editor.currentIndex())
    assert {service.get_item(screen.ctx.project, i).status for i in ids} == {"in_progress"}
    assert screen.ctx.undo_stack.undoText() == "Set status of 3 items"


@pytest.fixture
def screen_ru(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """The backlog screen on the demo in Russian, shown and loaded."""
    from workbench.ui.backlog.screen import BacklogScreen

    ctx = make_ctx(demo_project, "ru")
    widget = BacklogScreen(ctx)
    widget.items.show_charts = False
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.show()
    ctx.changed.connect(widget.refresh)
    widget.ensure_loaded()
    _settle(qtbot, widget)
    widget.settle = lambda: _settle(qtbot, widget)
    return widget


def test_in_russian_a_survey_with_unusable_rows_offers_to_import_the_rest(qtbot, screen_ru, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A round with one row that matches nothing: the Russian UI offers to skip it (the offer once depended on
    the English text); accepting imports the usable rows as one undo step."""
    panel = screen_ru.surveys
    item = screen_ru.items.model.item(0)
    path = tmp_path / "round.csv"
    path.write_text(f"Партнёр;Пункт;Оценка\n;{item.title};5\n;Ничего похожего в бэклоге нет;4\n", encoding="utf-8")
    offers: list[str] = []
    errors: list[str] = []
    panel.ask_skip = lambda message: (offers.append(message), True)[1]
    panel.show_error = errors.append
    screen_ru.tabs.setCurrentWidget(panel)
    screen_ru.settle()
    rounds = panel.model.rowCount()
    panel.import_file(str(path), "Январь")
    qtbot.waitUntil(lambda: panel.model.rowCount() == rounds + 1 or bool(errors), timeout=30_000)
    assert errors == []
    assert len(offers) == 1 and "нельзя использовать" in offers[0] and "Ничего похожего" in offers[0]
    assert screen_ru.ctx.undo_stack.undoText() == "Импорт раунда опроса"


def test_in_russian_a_capability_list_with_problems_offers_to_import_the_rest(qtbot, screen_ru, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An inventory with a row whose status cannot be read: the Russian UI offers to skip it; declining changes nothing."""
    panel = screen_ru.capabilities
    screen_ru.tabs.setCurrentWidget(panel)
    screen_ru.settle()
    before = panel.model.rowCount()
    path = tmp_path / "caps.csv"
    path.write_text("Возможность;Опора;Статус\nЧат партнёров;сервис;есть\nПортал;продукт;может быть, позже\n",
                    encoding="utf-8")
    offers: list[str] = []
    errors: list[str] = []
    panel.ask_skip = lambda message: (offers.append(message), False)[1]
    panel.show_error = errors.append
    panel.import_file(str(path))
    qtbot.waitUntil(lambda: bool(errors), timeout=30_000)
    assert len(offers) == 1 and offers[0] == errors[0] and "ничего не импортировано" in offers[0]
    screen_ru.settle()
    assert panel.model.rowCount() == before
