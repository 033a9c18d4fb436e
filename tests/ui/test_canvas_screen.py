"""The canvas screen on real project files, offscreen: drawing, drops, keyboard, undo, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from workbench.vpc.board import load_board
from workbench.vpc.sample import add_untagged_statements, build_sample_board


@pytest.fixture
def canvas(qtbot, make_ctx, empty_project):  # type: ignore[no-untyped-def]
    """A canvas screen on a 60-card sample board."""
    from workbench.ui.canvas.screen import CanvasScreen

    segment_id = build_sample_board(empty_project, cards=60, segment_name="Интеграторы amoCRM")
    ctx = make_ctx(empty_project)
    screen = CanvasScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1440, 900)
    screen.show()
    qtbot.waitExposed(screen)
    screen.ensure_loaded()
    assert screen.segment_id == segment_id
    return screen


def _drop(screen, mime: QMimeData, scene_point: QPointF) -> None:  # type: ignore[no-untyped-def]
    view = screen.view
    view.centerOn(scene_point)
    QApplication.processEvents()
    pos = view.mapFromScene(scene_point)
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    view.dropEvent(event)


def test_board_draws_every_card_in_its_zone_with_fit_score(canvas) -> None:
    """All cards are on the scene inside their zone, and the fit score is shown."""
    assert len(canvas.scene.cards) == 60
    for item in canvas.scene.cards.values():
        zone = canvas.scene.zones[item.card.zone]
        assert zone.rect.contains(item.sceneBoundingRect().adjusted(3, 3, -3, -3))
    assert f"Fit {canvas.board.fit.percent}%" in canvas.fit_label.text()
    assert canvas.last_build_ms < 1000


def test_dropping_statements_on_a_zone_makes_a_card_and_undo_removes_it(canvas) -> None:
    """Statements dropped on the pains zone become one card; Ctrl+Z takes it away again."""
    from workbench.ui.models.canvas import statements_mime

    ids = add_untagged_statements(canvas.ctx.project, segment_id=canvas.segment_id,
                                  texts=["Комиссию приходится выбивать", "Выплаты задерживают"])
    canvas.reload()
    zone = canvas.scene.zones["pains"].rect
    point = QPointF(zone.right() - 20, zone.bottom() - 20)
    _drop(canvas, statements_mime(ids), point)
    made = [c for c in canvas.board.zones["pains"] if c.title == "Комиссию приходится выбивать"]
    assert len(made) == 1 and made[0].statements == 2
    assert canvas.selected_card_ids() == [made[0].id]
    canvas.ctx.undo_stack.undo()
    assert canvas.board.card(made[0].id) is None
    canvas.ctx.undo_stack.redo()
    assert canvas.board.card(made[0].id) is not None


def test_dropping_statements_on_a_card_adds_evidence(canvas) -> None:
    """Statements dropped on a card count as its evidence."""
    from workbench.ui.models.canvas import statements_mime

    card = canvas.board.zones["gains"][0]
    ids = add_untagged_statements(canvas.ctx.project, segment_id=canvas.segment_id, texts=["Хотим автовыплаты"])
    canvas.reload()
    _drop(canvas, statements_mime(ids), canvas.scene.cards[card.id].sceneBoundingRect().center())
    assert canvas.board.card(card.id).statements == card.statements + 1


def test_dragging_a_card_to_another_zone_moves_it(canvas) -> None:
    """A card dropped on another zone moves there, one undo step."""
    from workbench.ui.models.canvas import CARD_MIME

    card = canvas.board.zones["jobs"][0]
    mime = QMimeData()
    mime.setData(CARD_MIME, str(card.id).encode())
    zone = canvas.scene.zones["gains"].rect
    _drop(canvas, mime, QPointF(zone.right() - 10, zone.bottom() - 10))
    assert canvas.board.card(card.id).zone == "gains"
    canvas.ctx.undo_stack.undo()
    assert canvas.board.card(card.id).zone == "jobs"


def test_keyboard_selects_deletes_and_undo_restores(canvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Arrows move the selection between cards; Delete removes the card; undo brings it back with evidence."""
    canvas.view.setFocus()
    qtbot.keyClick(canvas.view, Qt.Key.Key_Right)
    first = canvas.selected_card_ids()
    assert len(first) == 1
    qtbot.keyClick(canvas.view, Qt.Key.Key_Right)
    second = canvas.selected_card_ids()
    assert len(second) == 1 and second != first
    card = canvas.board.card(second[0])
    canvas.act_delete.trigger()
    assert canvas.board.card(card.id) is None
    canvas.ctx.undo_stack.undo()
    restored = canvas.board.card(card.id)
    assert restored is not None and restored.statements == card.statements


def test_shortcuts_are_in_tooltips(canvas) -> None:
    """Every card action names its key in its tooltip."""
    assert "(M)" in canvas.act_merge.toolTip() and "(S)" in canvas.act_split.toolTip()
    assert "(L)" in canvas.act_link.toolTip() and "Del" in canvas.act_delete.toolTip()


def test_merge_split_and_link_from_the_screen(canvas) -> None:
    """Merge joins two selected pains, split moves one statement out, link relieves a pain and the fit rises."""
    pains = canvas.board.zones["pains"]
    a, b = pains[0], pains[1]
    canvas.scene.clearSelection()
    canvas.scene.cards[a.id].setSelected(True)
    canvas.scene.cards[b.id].setSelected(True)
    canvas.merge_selected()
    assert canvas.board.card(b.id) is None
    merged = canvas.board.card(a.id)
    assert merged.statements == a.statements + b.statements
    canvas.select_card(a.id)
    quotes = canvas.panel.quotes.rows
    assert len(quotes) == merged.statements
    edit = canvas.split_selected([quotes[0].statement_id], "Отдельная боль")
    assert canvas.board.card(edit.card_id).title == "Отдельная боль"
    target = canvas.board.card(edit.card_id)
    reliever = canvas.board.zones["relievers"][0]
    before = canvas.board.fit.score
    canvas.select_card(reliever.id)
    canvas.link_selected(list(reliever.linked_ids) + [target.id])
    assert target.id in canvas.board.card(reliever.id).linked_ids
    assert canvas.board.fit.score >= before
    for _ in range(3):
        canvas.ctx.undo_stack.undo()
    assert canvas.board.card(b.id) is not None


def test_card_evidence_lists_quotes_and_double_click_opens_the_interview(canvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Selecting a card lists its quotes with partner and interviewer; double-click navigates to capture."""
    card = canvas.board.zones["pains"][0]
    canvas.select_card(card.id)
    model = canvas.panel.quotes
    assert model.rowCount() == card.statements
    assert model.index(0, 2).data().startswith("Интеграторы amoCRM partner")
    assert model.index(0, 4).data() in ("Анна", "Олег", "Мария")
    with qtbot.waitSignal(canvas.ctx.navigate) as blocker:
        canvas.panel.quotes_table.doubleClicked.emit(model.index(0, 0))
    assert blocker.args[0] == "capture"
    assert blocker.args[1]["statement_id"] == model.rows[0].statement_id


def test_statement_filters(canvas) -> None:
    """'Not on a card' hides used statements; 'Untagged' shows only untagged ones."""
    add_untagged_statements(canvas.ctx.project, segment_id=canvas.segment_id, texts=["Сырое наблюдение"])
    canvas.reload()
    panel = canvas.panel
    panel.kind.setCurrentIndex(panel.kind.findData("untagged"))
    assert panel.proxy.rowCount() == 1
    panel.kind.setCurrentIndex(panel.kind.findData("all"))
    total = panel.proxy.rowCount()
    panel.kind.setCurrentIndex(panel.kind.findData("pain"))
    assert 0 < panel.proxy.rowCount() < total
    panel.search.setText("сырое")
    panel.kind.setCurrentIndex(panel.kind.findData("all"))
    assert panel.proxy.rowCount() == 1


def test_reorder_with_keyboard_pins_manual_rank(canvas) -> None:
    """Ctrl+Down moves the selected card one place down and marks the order manual."""
    card = canvas.board.zones["pains"][0]
    canvas.select_card(card.id)
    canvas.reorder_selected(1)
    moved = canvas.board.card(card.id)
    assert moved.rank == 2 and moved.manual_rank == 2
    canvas.reset_order("pains")
    assert canvas.board.card(card.id).rank == 1


def test_export_png_svg_pdf_look_like_the_board(canvas, tmp_path: Path) -> None:
    """The board exports to PNG, SVG and PDF; the SVG holds the card titles."""
    png = canvas.export_to(tmp_path / "b.png", "png")
    svg = canvas.export_to(tmp_path / "b.svg", "svg")
    pdf = canvas.export_to(tmp_path / "b.pdf", "pdf")
    image = QImage(str(png))
    assert image.width() > 2000 and image.height() > 1000
    text = svg.read_text(encoding="utf-8")
    assert canvas.board.zones["jobs"][0].title.split()[0] in text
    assert pdf.read_bytes().startswith(b"%PDF")


def test_cli_exports_a_board_and_rejects_unknown_formats(demo_path: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """`workbench export board` writes the demo's Bitrix24 board; a .gif name is refused with exit code 2."""
    from workbench.cli import main

    out = tmp_path / "board.png"
    assert main(["export", "board", "--db", str(demo_path), "--segment", "Битрикс24", "-o", str(out)]) == 0
    assert QImage(str(out)).width() > 1000
    assert main(["export", "board", "--db", str(demo_path), "--segment", "Битрикс24", "-o",
                 str(tmp_path / "b.gif")]) == 2
    assert main(["export", "board", "--db", str(demo_path), "--segment", "nope", "-o", str(out)]) == 2


def test_snapshot_state_shows_bitrix_board_with_unrelieved_pains(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """prepare_snapshot shows the Bitrix24 integrators' board, whose unrelieved severe pains are outlined and listed."""
    from workbench.ui.canvas.screen import CanvasScreen

    screen = CanvasScreen(make_ctx(demo_project))
    qtbot.addWidget(screen)
    screen.resize(1440, 900)
    screen.show()
    screen.ensure_loaded()
    screen.prepare_snapshot()
    assert "Битрикс24" in screen.board.segment_name
    alerts = [i for i in screen.scene.cards.values() if i.alert]
    assert alerts and len(alerts) == len(screen.board.fit.unaddressed_pains)
    assert screen.panel.unaddressed.rowCount() >= len(alerts)
    assert screen.selected_card_ids()


def test_empty_project_says_what_to_do(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """With no segments the screen shows an empty state naming the next step."""
    from workbench.ui.canvas.screen import CanvasScreen

    screen = CanvasScreen(make_ctx(empty_project))
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    assert screen.stack.currentWidget() is screen.empty
    assert "Segments" in screen.empty.body.text()


def test_drag_payload_of_statements_round_trips(canvas) -> None:
    """Selected statement rows produce a drag payload with their ids."""
    from workbench.ui.models.canvas import statement_ids_of

    mime = canvas.panel.model.mimeData([canvas.panel.model.index(0, 0), canvas.panel.model.index(1, 0)])
    ids = statement_ids_of(mime)
    assert ids == [canvas.panel.model.rows[0].statement_id, canvas.panel.model.rows[1].statement_id]
    assert json.loads(bytes(mime.data("application/x-workbench-statement-ids").data()))


def test_cards_are_cached_where_readable_and_sketched_when_zoomed_out(canvas) -> None:
    """At 100% cards draw themselves from device caches; zoomed out to the whole board their zones sketch them."""
    from PySide6.QtGui import QTransform
    from PySide6.QtWidgets import QGraphicsItem

    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    item = next(iter(canvas.scene.cards.values()))
    canvas.view.setTransform(QTransform())
    canvas.view.update_cache_mode()
    assert item.cacheMode() == QGraphicsItem.CacheMode.DeviceCoordinateCache
    assert not item.flags() & no_contents and not canvas.scene.sketched
    canvas.view.fit_all()
    assert canvas.view.zoom() < 0.42
    assert canvas.scene.sketched and item.flags() & no_contents
    assert canvas.scene.card_at(item.sceneBoundingRect().center()) is item  # still clicked, dropped on, selected
    assert "M merge" in item.ensure_tooltip() and "Severity" in canvas.scene.cards[
        canvas.board.zones["pains"][0].id].ensure_tooltip()
    assert load_board(canvas.ctx.project, canvas.segment_id).card_count == 60


def test_shift_dragging_a_connector_links_a_reliever_to_a_pain(canvas) -> None:
    """A connector dropped from a reliever onto a pain creates the fit link (one undo step)."""
    from workbench.ui.models.canvas import LINK_MIME

    reliever = canvas.board.zones["relievers"][0]
    pain = next(c for c in canvas.board.zones["pains"] if c.id not in reliever.linked_ids)
    mime = QMimeData()
    mime.setData(LINK_MIME, str(reliever.id).encode())
    _drop(canvas, mime, canvas.scene.cards[pain.id].sceneBoundingRect().center())
    assert pain.id in canvas.board.card(reliever.id).linked_ids
    canvas.ctx.undo_stack.undo()
    assert pain.id not in canvas.board.card(reliever.id).linked_ids


def test_suggest_cards_runs_in_a_worker_and_accepts_a_cluster(canvas, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Suggest Cards clusters in a worker; accepting a cluster adds a card to the board in one undo step."""
    from workbench.ui.canvas import clusters_dialog

    shown = []
    monkeypatch.setattr(clusters_dialog.ClustersDialog, "exec", lambda self: shown.append(self) or 0)
    add_untagged_statements(canvas.ctx.project, segment_id=canvas.segment_id, texts=[
        "Выплаты приходят раз в квартал", "Выплаты редкие, раз в квартал", "Хотим выплаты чаще, раз в квартал мало"])
    canvas.reload()
    task = clusters_dialog.start_suggestions(canvas)
    qtbot.waitUntil(lambda: task.done, timeout=60_000)
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    dialog = shown[0]
    cluster = next(c for c in dialog.clusters if "выплат" in c.title.casefold() or "Выплат" in c.texts[0])
    dialog.table.selectRow(dialog.clusters.index(cluster))
    count = canvas.board.card_count
    assert dialog.accept_current()
    assert canvas.board.card_count == count + 1
    canvas.ctx.undo_stack.undo()
    assert canvas.board.card_count == count


def test_in_the_main_window_undo_reaches_the_board(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In the app, a card deleted on the canvas comes back with Edit > Undo and the segment count follows."""
    screen = demo_window.show_screen("canvas")
    screen.prepare_snapshot()
    card = screen.selected_cards()[0]
    count = screen.board.card_count
    screen.delete_selected()
    assert screen.board.card(card.id) is None
    assert f"({count - 1}" in screen.segment_combo.currentText() or str(count - 1) in screen.segment_combo.currentText()
    demo_window.act_undo.trigger()
    assert screen.board.card(card.id) is not None and screen.board.card_count == count


def test_edit_dialog_values_change_the_card(canvas) -> None:
    """Editing sets title, severity and description in one undo step; the dialog labels severity for pains."""
    from workbench.ui.canvas.dialogs import CardDialog

    card = canvas.board.zones["pains"][3]
    canvas.select_card(card.id)
    dialog = CardDialog(canvas, card=card)
    assert dialog.importance_label.text() == "Severity" and not dialog.pillar.isEnabled()
    dialog.title.setText("Комиссию платят с опозданием")
    dialog.importance.setCurrentIndex(dialog.importance.findData(3))
    canvas.edit_selected(dialog.values())
    edited = canvas.board.card(card.id)
    assert edited.title == "Комиссию платят с опозданием" and edited.importance == 3
    canvas.ctx.undo_stack.undo()
    assert canvas.board.card(card.id).title == card.title


def test_compare_dialog_lists_shared_and_own_pains(canvas) -> None:
    """The compare dialog pairs a pain both segments share and lists each side's own."""
    from workbench.ui.canvas.compare_dialog import CompareDialog
    from workbench.vpc import service
    from workbench.vpc.board import list_segments

    other = build_sample_board(canvas.ctx.project, cards=0, segment_name="Интеграторы Битрикс24", seed=5)
    mine = canvas.board.zones["pains"][0]
    service.create_card(canvas.ctx.project, segment_id=other, zone="pains", title=mine.title)
    dialog = CompareDialog(canvas.ctx.project, list_segments(canvas.ctx.project), canvas.segment_id, canvas)
    model = dialog.models["pains"]
    assert model.index(0, 0).data().startswith("shared")
    assert model.index(0, 1).data().endswith(mine.title) and model.index(0, 2).data().endswith(mine.title)
    assert model.rowCount() == len(canvas.board.zones["pains"])
    dialog.close()


def test_open_item_shows_a_card_on_another_segments_board(canvas) -> None:
    """Navigating to a card of another segment switches the board and selects it."""
    from workbench.vpc import service

    other = build_sample_board(canvas.ctx.project, cards=0, segment_name="Блогеры", seed=9)
    edit = service.create_card(canvas.ctx.project, segment_id=other, zone="gains", title="Доход с аудитории")
    canvas.refresh(canvas_changes())
    canvas.open_item({"card_id": edit.card_id})
    assert canvas.segment_id == other and canvas.selected_card_ids() == [edit.card_id]


def canvas_changes():  # type: ignore[no-untyped-def]
    """The change flags a segment edit sends."""
    from workbench.ops import Changes

    return Changes(segments=True)


def test_file_export_menu_offers_the_board(demo_window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Once the canvas is shown, File > Export has the board, which saves where the user chose."""
    from PySide6.QtWidgets import QFileDialog

    screen = demo_window.show_screen("canvas")
    actions = [a for a in demo_window.menu_export.actions() if a.objectName() == "exportBoardMenuAction"]
    assert len(actions) == 1
    out = tmp_path / "board.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    actions[0].trigger()
    assert out.read_bytes().startswith(b"%PDF")
    assert screen.board is not None


def test_double_click_on_a_quote_opens_capture_in_the_app(demo_window) -> None:  # type: ignore[no-untyped-def]
    """In the app, double-clicking a card's quote switches to the capture screen on that interview."""
    screen = demo_window.show_screen("canvas")
    screen.prepare_snapshot()
    quotes = screen.panel.quotes
    assert quotes.rowCount() > 0
    screen.panel.quotes_table.doubleClicked.emit(quotes.index(0, 0))
    assert demo_window.current_screen().key == "capture"


def test_keyboard_path_from_statements_to_the_board(canvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter in the list makes a card of the selected tagged statements; Shift+Enter adds to the selected card."""
    from PySide6.QtCore import QItemSelectionModel

    panel = canvas.panel
    panel.kind.setCurrentIndex(panel.kind.findData("gain"))
    table = panel.table
    table.setFocus()
    table.selectionModel().select(panel.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    count = len(canvas.board.zones["gains"])
    edit = canvas.card_from_selected_statements()
    assert edit is not None and len(canvas.board.zones["gains"]) == count + 1
    target = canvas.board.zones["jobs"][0]
    canvas.select_card(target.id)
    table.selectionModel().select(panel.proxy.index(1, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    canvas.add_selected_statements_to_card()
    assert canvas.board.card(target.id).statements == target.statements + 1
    assert canvas.act_from_statements.shortcut().toString() == "Ctrl+Return"
