"""The main window: every screen shows, menus work, language and theme switch live."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from workbench.ui.screens import SCREENS


def test_every_screen_shows(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each screen of the registry can be shown and becomes the current page."""
    for spec in SCREENS:
        screen = demo_window.show_screen(spec.key)
        assert demo_window.current_screen() is screen
        assert screen.isVisible()


def test_navigation_list_switches_screens(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Clicking an entry of the navigation shows that screen."""
    demo_window.nav.setCurrentRow(2)
    assert demo_window.current_screen().key == [s for s in SCREENS if s.in_nav][2].key


def test_screen_shortcuts_navigate(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+<n> jumps to a screen from the keyboard."""
    demo_window.activateWindow()
    qtbot.keyClick(demo_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: demo_window.current_screen().key == "segments", timeout=2000)


def test_language_switches_live(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Choosing Russian re-labels menus and navigation without a restart, and back to English."""
    assert demo_window.menu_file.title() == "&File"
    demo_window.set_language("ru")
    qtbot.waitUntil(lambda: demo_window.menu_file.title() == "&Файл", timeout=2000)
    assert demo_window.nav.item(0).text() == "Партнёры"
    demo_window.set_language("en")
    qtbot.waitUntil(lambda: demo_window.menu_file.title() == "&File", timeout=2000)
    assert demo_window.ctx.settings.language == "en"


def test_theme_switches_live(demo_window) -> None:  # type: ignore[no-untyped-def]
    """The dark theme darkens the window background at once; light brings it back."""
    demo_window.set_theme("dark")
    assert QApplication.palette().window().color().lightness() < 100
    demo_window.set_theme("light")
    assert QApplication.palette().window().color().lightness() > 150


def test_undo_and_redo_are_in_the_edit_menu(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Edit holds Undo (Ctrl+Z) and Redo bound to the project's undo stack."""
    actions = demo_window.menu_edit.actions()
    assert demo_window.act_undo in actions and demo_window.act_redo in actions
    assert demo_window.act_undo.shortcut().toString() == "Ctrl+Z"
    assert not demo_window.act_undo.isEnabled()  # nothing to undo yet


def test_status_bar_names_the_project_and_save_state(demo_window) -> None:  # type: ignore[no-untyped-def]
    """The status bar shows the project and that everything is saved."""
    texts = [w.text() for w in demo_window.statusBar().findChildren(QLabel)]
    assert any("Project:" in t for t in texts)
    assert "All changes saved" in texts


def test_shortcut_list_covers_menus_and_screens(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Help > Keyboard Shortcuts lists the menu and navigation shortcuts."""
    rows = dict(demo_window.shortcut_rows())
    assert rows.get("Undo") == "Ctrl+Z"
    assert "Partners" in rows and "Open Project…" in rows


def test_opening_a_bad_file_keeps_the_current_project(demo_window, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """File > Open on a non-project shows a message and keeps the open project."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: shown.append(args[2]))
    bad = tmp_path / "bad.wbp"
    bad.write_text("nope")
    before = demo_window.ctx.project
    assert demo_window.open_project(str(bad)) is False
    assert demo_window.ctx.project is before
    assert shown and "not a Workbench project" in shown[0]


def test_window_state_is_remembered(demo_window, make_ctx, demo_project, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Geometry is kept between sessions through QSettings."""
    from workbench.ui.main_window import MainWindow

    demo_window.resize(798, 520)
    demo_window.close()
    again = MainWindow(make_ctx(demo_project))
    qtbot.addWidget(again)
    assert again.size().height() == 520


def test_interview_open_in_capture_reopens_after_a_crash(demo_window, make_ctx, demo_project, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A window that dies with an interview in capture leaves it to be reopened by the next start."""
    from workbench.interviews.planning import list_interviews
    from workbench.ui.main_window import MainWindow

    interview = list_interviews(demo_project)[0]
    demo_window.show_screen("capture", interview.id)
    # no closeEvent: the process "crashed"; a new window on the same project reopens the interview
    again = MainWindow(make_ctx(demo_project))
    qtbot.addWidget(again)
    assert again.current_screen().key == "capture"
    assert again.current_screen().interview.id == interview.id
    again.show()
    again.close()
    third = MainWindow(make_ctx(demo_project))
    qtbot.addWidget(third)
    assert third.current_screen().key == "partners"  # a clean close forgets it


def test_palette_search_and_tour_are_in_the_menus_with_shortcuts(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Edit holds the command palette (Ctrl+K) and statement search (Ctrl+Shift+F); Help holds the guided tour."""
    assert demo_window.act_palette in demo_window.menu_edit.actions()
    assert demo_window.act_search_all in demo_window.menu_edit.actions()
    assert demo_window.act_tour in demo_window.menu_help.actions()
    rows = dict(demo_window.shortcut_rows())
    assert rows["Command Palette…"] == "Ctrl+K, Ctrl+Shift+P" and rows["Search Statements…"] == "Ctrl+Shift+F"


def test_ctrl_shift_f_searches_from_any_screen(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+F on the canvas and in the capture editor opens one statement search; Enter opens capture at the hit."""
    from workbench.interviews.planning import list_interviews

    demo_window.show_screen("canvas")
    demo_window.activateWindow()
    demo_window.screen("canvas").view.setFocus()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, keys)
    dialog = demo_window._search_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.ready, timeout=10000)
    dialog.query.setText("выплат")
    dialog.run_search()
    hit = dialog.model.hits[0]
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    capture = demo_window.current_screen()
    assert capture.key == "capture" and capture.selected_statement().id == hit.statement_id

    demo_window.show_screen("capture", list_interviews(demo_window.ctx.project)[0].id)
    demo_window.activateWindow()
    capture.editor.setFocus()
    qtbot.waitUntil(capture.editor.hasFocus, timeout=2000)
    qtbot.keyClick(capture.editor, Qt.Key.Key_F, keys)
    qtbot.waitUntil(lambda: demo_window._search_dialog is not dialog and demo_window._search_dialog.isVisible(),
                    timeout=2000)
    demo_window._search_dialog.reject()
    capture.shutdown()


def test_a_screens_own_shortcut_wins_while_focus_is_in_it(demo_window, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+O opens the selected interview while the interview table has focus, and a project elsewhere."""
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (asked.append("file"), ("", ""))[1]))
    screen = demo_window.show_screen("interviews")
    opened: list[bool] = []
    screen.act_open.triggered.connect(lambda: opened.append(True))
    demo_window.activateWindow()
    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True] and asked == []
    demo_window.show_screen("interviews")
    demo_window.nav.setFocus()
    qtbot.keyClick(demo_window.nav, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["file"] and opened == [True]
    assert dict(demo_window.shortcut_rows())["Open Project…"] == "Ctrl+O"
    demo_window.screen("capture").shutdown()
