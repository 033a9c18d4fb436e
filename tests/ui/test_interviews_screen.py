"""The interviews screen: the model with counts, filters, planning (also for a partner), opening capture, search."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from workbench.interviews import planning


def _screen(qtbot, make_ctx, project):  # type: ignore[no-untyped-def]
    from workbench.ui.interviews.screen import InterviewsScreen

    ctx = make_ctx(project)
    screen = InterviewsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 700)
    screen.show()
    screen.ensure_loaded()
    ctx.changed.connect(screen.refresh)
    qtbot.waitUntil(lambda: screen.last_read is not None and screen.reader is None, timeout=10_000)  # read in a task
    return screen


def test_model_passes_qt_checks_and_shows_counts(qtbot, qtmodeltester, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Every demo interview is a row; the model passes qtmodeltester; counts are those of the service."""
    screen = _screen(qtbot, make_ctx, demo_project)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.proxy)
    assert screen.proxy.rowCount() == 33
    first = screen.model.interview(0)
    row = [screen.model.index(0, c).data() for c in range(9)]
    assert row[0] == first.partner_name and row[5:] == [first.jobs, first.pains, first.gains, first.total]


def test_filters_by_status_segment_interviewer(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Choosing a status, segment and interviewer leaves only matching rows; "all" restores them."""
    screen = _screen(qtbot, make_ctx, demo_project)
    screen.status_box.setCurrentIndex(screen.status_box.findData("done"))
    assert screen.proxy.rowCount() == 28
    segment = screen.segment_box.itemData(1)
    screen.segment_box.setCurrentIndex(1)
    rows = [screen.proxy.index(n, 0).data(Qt.ItemDataRole.UserRole + 3) for n in range(screen.proxy.rowCount())]
    assert rows and all(r.status == "done" and r.segment_name == segment for r in rows)
    screen.interviewer_box.setCurrentIndex(1)
    who = screen.interviewer_box.currentData()
    assert all(screen.proxy.index(n, 3).data() == who for n in range(screen.proxy.rowCount()))
    for box in (screen.status_box, screen.segment_box, screen.interviewer_box):
        box.setCurrentIndex(0)
    assert screen.proxy.rowCount() == 33


def test_plan_for_partner_opens_dialog_and_plans_undoably(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """open_item({"plan_for_partner": id}) preselects the partner; OK plans; undo removes the interview."""
    screen = _screen(qtbot, make_ctx, demo_project)
    partner = planning.partner_choices(demo_project)[5]
    screen.open_item({"plan_for_partner": partner.id})
    dialog = screen._dialog
    assert dialog.partner_id() == partner.id
    dialog.when.setDateTime(dialog.when.dateTime().addDays(2))
    dialog.interviewer.setText("Ирина")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 34, timeout=10_000)
    planned = [r for r in planning.list_interviews(demo_project) if r.interviewer == "Ирина"]
    assert len(planned) == 1 and planned[0].partner_id == partner.id and planned[0].status == "planned"
    assert planned[0].planned_at is not None and planned[0].planned_at.replace(tzinfo=UTC) > datetime.now(UTC)
    assert screen.selected_id() == planned[0].id
    screen.ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 33, timeout=10_000)


def test_open_navigates_to_capture(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Enter on a row asks the window to show capture for that interview."""
    screen = _screen(qtbot, make_ctx, demo_project)
    screen.table.setFocus()
    screen.table.selectRow(2)
    wanted = screen.selected_id()
    with qtbot.waitSignal(screen.ctx.navigate, timeout=1000) as blocker:
        screen.open_selected()
    assert blocker.args == ["capture", wanted]


def test_main_window_search_opens_capture_at_statement(qtbot, demo_window) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+F search by a word form, Enter: capture opens the interview with that statement selected."""
    window = demo_window
    screen = window.show_screen("interviews")
    screen.search()
    dialog = screen._search_dialog
    qtbot.waitUntil(lambda: dialog.ready, timeout=10000)
    dialog.query.setText("выплат")
    dialog.run_search()
    assert dialog.model.rowCount() > 0
    hit = dialog.model.hits[0]
    dialog._on_return()
    capture = window.current_screen()
    assert capture.key == "capture" and capture.interview.id == hit.interview_id
    assert capture.selected_statement().id == hit.statement_id
    capture.shutdown()
    window.ctx.undo_stack.clear()  # while the window lives: its save label follows the stack


def test_empty_project_shows_what_to_do(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """With no interviews the screen says how to start instead of an empty table."""
    screen = _screen(qtbot, make_ctx, empty_project)
    assert screen.pages.currentWidget() is screen.empty
    assert screen.empty.button.isVisible()


def test_resume_offers_the_interview_in_progress(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """The banner names the interview in progress and Ctrl+R (resume) opens it in capture."""
    screen = _screen(qtbot, make_ctx, demo_project)
    running = [r for r in planning.list_interviews(demo_project) if r.status == "in_progress"]
    assert screen.resume_button.isVisible() and running[0].partner_name in screen.resume_label.text()
    with qtbot.waitSignal(screen.ctx.navigate, timeout=1000) as blocker:
        screen.resume()
    assert blocker.args == ["capture", running[0].id]


def test_guide_editor_copies_and_edits_with_undo(qtbot, make_ctx, demo_project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The guide editor copies a built-in guide, adds a question to the copy, and undo removes it."""
    from PySide6.QtWidgets import QInputDialog

    from workbench.interviews import guide_service as gs
    from workbench.ui.guides.editor import GuideEditorDialog

    ctx = make_ctx(demo_project)
    dialog = GuideEditorDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.buttons["add"].isEnabled()  # built-in: read-only
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Мой гайд", True)))
    dialog.copy_guide()
    copy = dialog.current_guide()
    assert copy is not None and copy.name == "Мой гайд" and not copy.builtin
    assert dialog.buttons["add"].isEnabled()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Что мешает продавать?", True)))
    before = len(copy.questions)
    dialog.add_question()
    assert len(gs.get_guide(demo_project, guide_id=copy.id).questions) == before + 1
    ctx.undo_stack.undo()
    assert len(gs.get_guide(demo_project, guide_id=copy.id).questions) == before
    dialog.delete_guide()
    assert copy.id not in {g.id for g in gs.list_guides(demo_project)}
    ctx.undo_stack.undo()
    assert "Мой гайд" in {g.name for g in gs.list_guides(demo_project)}


def test_counts_follow_capture_when_leaving_it(qtbot, demo_window, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Lines typed in capture show in the interviews list's counts once the user goes back to it."""
    window = demo_window
    interviews = window.show_screen("interviews")
    qtbot.waitUntil(lambda: interviews.last_read is not None, timeout=10_000)  # read in a task
    iv = interviews.model.interview(0)
    capture = window.show_screen("capture", iv.id)
    capture.editor.setPlainText("pain: they wait a month for payouts")
    qtbot.keyClick(capture.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: capture.model.rows()[-1].saved, timeout=5000)
    window.show_screen("interviews")
    qtbot.waitUntil(lambda: interviews.model.interview(interviews.model.row_of(iv.id)).pains == iv.pains + 1,
                    timeout=10_000)
    capture.shutdown()


def test_plan_dialog_offers_the_guide_chosen_for_the_project(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """A guide chosen in the new-project wizard (a named copy) is the plan dialog's default guide."""
    from workbench.partners.newproject import choose_guide

    choice = choose_guide(demo_project, language="en", copy_name="Наш гайд")
    screen = _screen(qtbot, make_ctx, demo_project)
    dialog = screen.plan_interview()
    assert dialog is not None
    assert dialog.guide.currentData() == choice.guide_id
    assert dialog.guide.currentText() == "Наш гайд"
    dialog.reject()
