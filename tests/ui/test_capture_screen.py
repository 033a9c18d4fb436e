"""Capture mode through the real screen: typing, Enter, hotkeys, saved marks, undo, draft, review, import."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.interviews import planning
from workbench.interviews import statements as st_service
from workbench.ops import Changes


@pytest.fixture
def capture(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """A CaptureScreen on the demo project with a freshly planned interview open."""
    from workbench.ui.capture.screen import CaptureScreen

    ctx = make_ctx(demo_project)
    partner = planning.partner_choices(demo_project)[0]
    iv = planning.plan_interview(demo_project, partner_id=partner.id, interviewer="Anna", planned_at=None)
    screen = CaptureScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    screen.ensure_loaded()
    ctx.changed.connect(screen.refresh)  # as the main window does for every loaded screen
    screen.open_item(iv.id)
    yield screen, iv
    screen.shutdown()


def type_text(qtbot, screen, text: str) -> None:  # type: ignore[no-untyped-def]
    """Put text into the editor as typing would (key clicks for ASCII, text input for the rest)."""
    if text.isascii():
        qtbot.keyClicks(screen.editor, text)
    else:
        screen.editor.insertPlainText(text)


def type_line(qtbot, screen, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type a line into the editor and press Enter (QTest types Latin only; Cyrillic is inserted as input)."""
    type_text(qtbot, screen, text)
    qtbot.keyClick(screen.editor, Qt.Key.Key_Return)


def wait_saved(qtbot, screen, count: int) -> None:  # type: ignore[no-untyped-def]
    """Wait until ``count`` rows show as saved."""
    qtbot.waitUntil(lambda: sum(1 for r in screen.model.rows() if r.saved) >= count, timeout=5000)


def test_enter_commits_and_marks_saved_only_after_commit(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Enter queues the line; it shows as saved once the writer committed it, and it is in the database."""
    screen, iv = capture
    type_line(qtbot, screen, "We implement amoCRM for sales teams")
    assert screen.editor.toPlainText() == ""
    wait_saved(qtbot, screen, 1)
    row = screen.model.rows()[-1]
    assert row.saved and row.statement is not None
    stored = st_service.list_statements(demo_project, interview_id=iv.id)
    assert [s.text for s in stored] == ["We implement amoCRM for sales teams"]
    assert planning.get_interview(demo_project, interview_id=iv.id).status == "in_progress"
    assert stored[0].time_offset_s is not None and stored[0].guide_question_id is not None


def test_prefix_and_hotkeys_tag_the_line(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """A typed prefix tags; Ctrl+2 and Alt+3 before Enter set kind and severity; Ctrl+Q marks a quote."""
    screen, iv = capture
    type_line(qtbot, screen, "боль: комиссию приходится выбивать")
    type_text(qtbot, screen, "Порог выплат мешает")
    qtbot.keyClick(screen.editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.editor, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(screen.editor, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert "Pain" in screen.pending_label.text()
    qtbot.keyClick(screen.editor, Qt.Key.Key_Return)
    wait_saved(qtbot, screen, 2)
    first, second = st_service.list_statements(demo_project, interview_id=iv.id)
    assert (first.kind, first.text) == ("pain", "комиссию приходится выбивать")
    assert (second.kind, second.severity, second.is_quote) == ("pain", 3, True)


def test_retag_last_statement_is_undoable(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """With an empty editor Ctrl+3 tags the last statement; Ctrl+Z (undo stack) puts the old kind back."""
    screen, iv = capture
    type_line(qtbot, screen, "Хотим выплаты два раза в месяц")
    wait_saved(qtbot, screen, 1)
    qtbot.keyClick(screen.editor, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    (st,) = st_service.list_statements(demo_project, interview_id=iv.id)
    assert st.kind == "gain"
    assert screen.model.rows()[-1].kind == "gain"
    screen.ctx.undo_stack.undo()
    (st,) = st_service.list_statements(demo_project, interview_id=iv.id)
    assert st.kind is None
    screen.ctx.undo_stack.redo()
    assert st_service.list_statements(demo_project, interview_id=iv.id)[0].kind == "gain"


def test_select_edit_move_delete_with_keys(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Up selects, F2 edits, Ctrl+Shift+Up moves, Ctrl+Delete deletes; each is undoable."""
    screen, iv = capture
    for text in ("первая", "вторая", "третья"):
        type_line(qtbot, screen, text)
    wait_saved(qtbot, screen, 3)
    qtbot.keyClick(screen.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert screen.selected_statement().text == "третья"
    qtbot.keyClick(screen.editor, Qt.Key.Key_F2)
    assert screen.editor.toPlainText() == "третья"
    screen.editor.selectAll()
    type_text(qtbot, screen, "третья, исправлено")
    qtbot.keyClick(screen.editor, Qt.Key.Key_Return)
    texts = [s.text for s in st_service.list_statements(demo_project, interview_id=iv.id)]
    assert texts == ["первая", "вторая", "третья, исправлено"]
    screen.select_statement(screen.model.rows()[-1].statement.id)
    qtbot.keyClick(screen.editor, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    texts = [s.text for s in st_service.list_statements(demo_project, interview_id=iv.id)]
    assert texts == ["первая", "третья, исправлено", "вторая"]
    qtbot.keyClick(screen.editor, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [s.text for s in st_service.list_statements(demo_project, interview_id=iv.id)] == ["первая", "вторая"]
    for _ in range(3):
        screen.ctx.undo_stack.undo()
    assert [s.text for s in st_service.list_statements(demo_project, interview_id=iv.id)] == [
        "первая", "вторая", "третья"]


def test_draft_saved_on_pause_and_restored(qtbot, capture, demo_project, make_ctx) -> None:  # type: ignore[no-untyped-def]
    """The unfinished line is in the database within a second of a pause, and a new screen restores it."""
    from workbench.ui.capture.screen import CaptureScreen

    screen, iv = capture
    type_line(qtbot, screen, "сохранённая строка")
    type_text(qtbot, screen, "недописанная мысль")
    qtbot.waitUntil(lambda: planning.get_interview(demo_project, interview_id=iv.id).draft_text
                    == "недописанная мысль", timeout=1500)
    other = CaptureScreen(screen.ctx)
    qtbot.addWidget(other)
    other.open_item(iv.id)
    assert other.editor.toPlainText() == "недописанная мысль"
    assert [r.text for r in other.model.rows()] == ["сохранённая строка"]
    other.shutdown()


def test_next_question_links_statements(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Enter moves to the next guide question; the next line is linked to it and counted as covered."""
    screen, iv = capture
    first_q = screen.guide_panel.current_id
    qtbot.keyClick(screen.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    second_q = screen.guide_panel.current_id
    assert second_q != first_q
    type_line(qtbot, screen, "ответ на второй вопрос")
    wait_saved(qtbot, screen, 1)
    (st,) = st_service.list_statements(demo_project, interview_id=iv.id)
    assert st.guide_question_id == second_q
    assert "1 of" in screen.guide_panel.coverage.text()


def test_finish_then_review_accepts_and_rejects(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Finishing opens the review; A accepts a suggestion (source "suggested"), R rejects; rate is shown."""
    screen, iv = capture
    for text in ("Нам нужен личный кабинет партнёра", "Выплаты задерживаются на месяц"):
        type_line(qtbot, screen, text)
    wait_saved(qtbot, screen, 2)
    qtbot.keyClick(screen.editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert planning.get_interview(demo_project, interview_id=iv.id).status == "done"
    assert screen.tabs.currentIndex() == 1
    a, b = st_service.list_statements(demo_project, interview_id=iv.id)
    st_service.store_suggestions(demo_project, [(a.id, "gain", 0.8), (b.id, "pain", 0.9)])
    screen.ctx.notify(Changes(statements=True))
    review = screen.review
    assert review.model.rowCount() == 2
    review.table.setFocus()
    review.table.selectRow(0)
    qtbot.keyClick(review.table, Qt.Key.Key_A)
    review.table.selectRow(0)
    qtbot.keyClick(review.table, Qt.Key.Key_R)
    a, b = st_service.list_statements(demo_project, interview_id=iv.id)
    assert (a.kind, a.source, a.suggestion_state) == ("gain", "suggested", "accepted")
    assert (b.kind, b.suggestion_state) == (None, "rejected")
    assert "1 of 2" in review.rate.text()


def test_summary_saved_and_undone(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Summary and next steps are stored with Ctrl+S and the undo stack restores the old text."""
    screen, iv = capture
    screen.tabs.setCurrentIndex(1)
    screen.review.summary.setPlainText("Партнёр готов к пилоту")
    screen.review.next_steps.setPlainText("Отправить договор")
    screen.review.save_summary()
    got = planning.get_interview(demo_project, interview_id=iv.id)
    assert (got.summary, got.next_steps) == ("Партнёр готов к пилоту", "Отправить договор")
    screen.ctx.undo_stack.undo()
    assert planning.get_interview(demo_project, interview_id=iv.id).summary == ""


def test_import_dialog_previews_and_imports(qtbot, capture, demo_project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The import dialog previews a cp1251 file split into statements and imports them in one go."""
    from workbench.ui.capture.import_dialog import ImportNotesDialog

    screen, iv = capture
    path = tmp_path / "notes.txt"
    path.write_bytes("Иван: Нужны частые выплаты. Порог мешает.\n\nболь: документы на бумаге\n".encode("cp1251"))
    dialog = ImportNotesDialog(screen.ctx, iv.id, screen)
    qtbot.addWidget(dialog)
    dialog.load_file(path)
    assert [line.text for line in dialog.model.lines] == ["Нужны частые выплаты.", "Порог мешает.",
                                                          "документы на бумаге"]
    dialog.do_import()
    stored = st_service.list_statements(demo_project, interview_id=iv.id)
    assert [(s.speaker, s.kind, s.source) for s in stored] == [
        ("Иван", None, "imported"), ("Иван", None, "imported"), ("", "pain", "imported")]
    assert screen.model.rowCount() == 3
    screen.ctx.undo_stack.undo()
    assert st_service.list_statements(demo_project, interview_id=iv.id) == []
    assert screen.model.rowCount() == 0


def test_suggest_kinds_runs_the_classifier_in_a_worker(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """"Suggest kinds" runs workbench.nlp.api.classify off the UI thread and fills suggestion and confidence."""
    from workbench.ui.capture.review import classifier

    if classifier() is None:
        pytest.skip("the NLP package has no classify() yet")
    screen, iv = capture
    for text in ("Выплаты задерживаются на месяц", "Нужен личный кабинет партнёра"):
        type_line(qtbot, screen, text)
    wait_saved(qtbot, screen, 2)
    screen.tabs.setCurrentIndex(1)
    assert screen.review.suggest_button.isEnabled()
    screen.review.suggest_button.click()
    qtbot.waitUntil(lambda: all(s.suggested_kind for s in st_service.list_statements(
        demo_project, interview_id=iv.id)), timeout=30000)
    qtbot.waitUntil(lambda: screen.review._task.done, timeout=10000)  # the worker has handed its result back
    qtbot.waitUntil(lambda: screen.review.model.index(0, 1).data() not in (None, "—"), timeout=5000)
    assert screen.review.model.index(0, 2).data().endswith("%")


def test_snapshot_state_shows_a_done_interview(qtbot, qtmodeltester, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """prepare_snapshot opens a finished demo interview with many statements; the models pass Qt's checks."""
    from workbench.ui.capture.screen import CaptureScreen
    from workbench.ui.models.statements import KIND_ROLE

    screen = CaptureScreen(make_ctx(demo_project))
    qtbot.addWidget(screen)
    screen.ensure_loaded()
    screen.prepare_snapshot()
    assert screen.interview is not None and screen.interview.status == "done"
    assert screen.model.rowCount() >= 15
    kinds = {screen.model.index(n).data(KIND_ROLE) for n in range(screen.model.rowCount())}
    assert {"job", "pain", "gain"} <= kinds
    qtmodeltester.check(screen.model)
    screen.review.reload()
    qtmodeltester.check(screen.review.model)
    screen.shutdown()


def test_whole_interview_from_the_keyboard(qtbot, demo_window, demo_project) -> None:  # type: ignore[no-untyped-def]
    """Plan (Ins, Enter), open (Enter), type and tag, next question, finish, summary (Ctrl+S): keys only."""
    window = demo_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)  # shortcuts need an active window, as on a desktop
    screen = window.show_screen("interviews")
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Insert)
    dialog = screen._dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.interviewer, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.interviewer, "Keyboard Only")
    qtbot.keyClick(dialog.interviewer, Qt.Key.Key_Return)
    planned = [r for r in planning.list_interviews(demo_project) if r.interviewer == "Keyboard Only"]
    assert len(planned) == 1
    qtbot.waitUntil(lambda: screen.selected_id() == planned[0].id, timeout=10_000)  # selected once read in a task
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    capture = window.current_screen()
    assert capture.key == "capture" and capture.interview.id == planned[0].id
    editor = capture.editor
    qtbot.keyClicks(editor, "They chase their commission every month")
    qtbot.keyClick(editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "gain: payouts within a day")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    wait_saved(qtbot, capture, 2)
    qtbot.keyClick(editor, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.focusWidget() is capture.review.summary
    qtbot.keyClicks(capture.review.summary, "Wants faster payouts")
    qtbot.keyClick(capture.review.summary, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    got = planning.get_interview(demo_project, interview_id=planned[0].id)
    assert (got.status, got.summary, got.pains, got.gains) == ("done", "Wants faster payouts", 1, 1)
    first, second = st_service.list_statements(demo_project, interview_id=got.id)
    assert first.guide_question_id != second.guide_question_id
    capture.shutdown()
    window.ctx.undo_stack.clear()  # while the window lives: its save label follows the stack


def test_failed_line_stays_unsaved_and_is_retried(qtbot, capture, demo_project) -> None:  # type: ignore[no-untyped-def]
    """A line the database refuses stays on screen as "not saved" and is committed with the next Enter."""
    screen, iv = capture
    import sqlite3

    # Another program holds the write lock longer than the 5 s busy timeout.
    blocker = sqlite3.connect(str(demo_project.path), timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        screen.editor.setPlainText("строка при занятой базе")
        qtbot.keyClick(screen.editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(screen.model.rows()[-1].error), timeout=15000)
        assert not screen.model.rows()[-1].saved
    finally:
        blocker.rollback()
        blocker.close()
    type_line(qtbot, screen, "next line")
    wait_saved(qtbot, screen, 2)
    texts = [s.text for s in st_service.list_statements(demo_project, interview_id=iv.id)]
    assert texts == ["строка при занятой базе", "next line"]
