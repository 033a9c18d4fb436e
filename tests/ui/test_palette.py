"""The Ctrl+K command palette: opens, filters in Russian and English, runs actions, jumps to items."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from workbench.ui.palette import match_score, normalise, other_layout, transliterate


def _open(window, qtbot):  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window._palette
    qtbot.waitUntil(lambda: palette is not None and palette.isVisible(), timeout=2000)
    qtbot.waitUntil(lambda: palette._items is not None, timeout=10000)
    palette.filter.setFocus()
    return palette


def _row_of(palette, predicate) -> int:  # type: ignore[no-untyped-def]
    for row in range(palette.proxy.rowCount()):
        entry = palette.model.entries[palette.proxy.mapToSource(palette.proxy.index(row, 0)).row()]
        if predicate(entry):
            return row
    raise AssertionError("no such entry on show")


def test_matching_is_substring_then_fuzzy_and_ignores_case_and_yo() -> None:
    """Substrings rank above scattered letters; ё matches е; unrelated text does not match."""
    texts = (normalise("Тёмная тема"),)
    assert match_score("темн", texts) is not None
    assert match_score("ТЁМ", texts) is not None
    assert match_score("темна", texts) > match_score("тмна", texts)  # type: ignore[operator]
    assert match_score("xyz", texts) is None
    assert match_score("тема тёмная", texts) is not None  # words in any order


def test_transliteration() -> None:
    """Cyrillic names get a Latin spelling to be found by."""
    assert transliterate("«КвантСервис»") == "«kvantservis»"
    assert transliterate("Щука Ёж") == "schuka ezh"


def test_other_keyboard_layout() -> None:
    """A query typed with the wrong layout is turned into the other one."""
    assert other_layout("gfhnyth") == "партнер"
    assert other_layout("партнер") == "gfhnyth"


def test_ctrl_k_opens_with_every_menu_action_and_shortcuts(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+K shows the palette over the window, its filter focused, actions listed with their shortcuts."""
    palette = _open(demo_window, qtbot)
    assert palette.parentWidget() is demo_window
    texts = palette.entry_texts()
    assert "Open Project…" in texts and "Keyboard Shortcuts" in texts
    row = texts.index("Open Project…")
    assert palette.proxy.index(row, 2).data() == "Ctrl+O"
    assert palette.proxy.index(row, 1).data() == "File"


def test_typing_and_enter_runs_an_action(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing part of a screen's name and Enter switches to it; the palette closes."""
    palette = _open(demo_window, qtbot)
    qtbot.keyClicks(palette.filter, "backl")
    assert palette.entry_texts()[0] == "Backlog"
    with qtbot.waitSignal(palette.ran, timeout=2000):
        qtbot.keyClick(palette.filter, Qt.Key.Key_Return)
    assert demo_window.current_screen().key == "backlog"
    assert not palette.isVisible()


def test_arrows_choose_and_escape_closes(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Down moves the highlight, Esc closes without running anything."""
    demo_window.show_screen("segments")
    palette = _open(demo_window, qtbot)
    qtbot.keyClicks(palette.filter, "theme")
    assert palette.view.currentIndex().row() == 0
    qtbot.keyClick(palette.filter, Qt.Key.Key_Down)
    assert palette.view.currentIndex().row() == 1
    qtbot.keyClick(palette.filter, Qt.Key.Key_Escape)
    assert not palette.isVisible()
    assert demo_window.current_screen().key == "segments"


def test_russian_ui_matches_russian_english_and_the_wrong_layout(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """In Russian, "тёмн", "dark" and "ntvyfz" (тёмная on a Latin layout) all find the dark theme."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(make_ctx(demo_project, "ru"))
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    palette = window.open_palette()
    for query in ("тёмн", "dark", "ntvyfz"):
        palette.filter.setText(query)
        assert palette.entry_texts()[:1] == ["Тёмная"], query
    qtbot.waitUntil(lambda: palette._items is not None, timeout=10000)
    palette.filter.setText("qqqzzz")
    assert palette.proxy.rowCount() == 0 and "ничего нет" in palette.hint.text()
    window.close()


def test_jump_to_a_partner_by_name(demo_window, demo_project, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A partner's name, Enter: the partners screen shows that partner selected."""
    from workbench.partners.service import list_partners

    partner = list_partners(demo_project)[5]
    palette = _open(demo_window, qtbot)
    palette.filter.setText(partner.name)
    row = _row_of(palette, lambda e: e.target == ("partners", partner.id))
    palette.view.setCurrentIndex(palette.proxy.index(row, 0))
    qtbot.keyClick(palette.filter, Qt.Key.Key_Return)
    screen = demo_window.current_screen()
    assert screen.key == "partners" and screen.selected_ids() == [partner.id]


def test_jump_to_an_interview_and_a_card(demo_window, demo_project, qtbot) -> None:  # type: ignore[no-untyped-def]
    """An interview entry opens it in capture; a card entry shows its board with the card selected."""
    from workbench.interviews.planning import list_interviews
    from workbench.store.directory import jump_targets

    interview = list_interviews(demo_project, status="done")[0]
    palette = _open(demo_window, qtbot)
    palette.filter.setText(interview.partner_name)
    palette.run_index(palette.proxy.index(_row_of(palette, lambda e: e.target == ("capture", interview.id)), 0))
    capture = demo_window.current_screen()
    assert capture.key == "capture" and capture.interview.id == interview.id
    capture.shutdown()

    card = next(t for t in jump_targets(demo_project) if t.kind == "card")
    palette = _open(demo_window, qtbot)
    palette.filter.setText(card.name)
    palette.run_index(palette.proxy.index(_row_of(palette, lambda e: e.target == ("canvas", {"card_id": card.id})), 0))
    canvas = demo_window.current_screen()
    assert canvas.key == "canvas" and canvas.selected_card_ids() == [card.id]


def test_current_screens_own_actions_are_listed(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On capture, its keyboard actions (Tag as pain, Ctrl+2) are in the palette, named after the screen."""
    from workbench.interviews.planning import list_interviews

    demo_window.show_screen("capture", list_interviews(demo_window.ctx.project)[0].id)
    palette = _open(demo_window, qtbot)
    palette.filter.setText("tag as pain")
    row = palette.entry_texts().index("Tag as pain")
    assert palette.proxy.index(row, 2).data() == "Ctrl+2"
    assert palette.proxy.index(row, 1).data() == "Capture"
    palette.close_palette()
    demo_window.current_screen().shutdown()


def test_items_reload_after_a_change(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A new partner added after the palette was first opened is found the next time it opens."""
    from workbench.ops import Changes
    from workbench.partners.service import add_partner

    palette = _open(demo_window, qtbot)
    palette.close_palette()
    add_partner(demo_window.ctx.project, name="Зеркальный Интегратор")
    demo_window.ctx.notify(Changes(partners=True))
    palette = _open(demo_window, qtbot)
    palette.filter.setText("зеркальн")
    assert "Зеркальный Интегратор" in palette.entry_texts()


@pytest.mark.parametrize("size", [(1024, 700), (1440, 900)])
def test_palette_fits_the_window(demo_window, qtbot, size) -> None:  # type: ignore[no-untyped-def]
    """The palette sits inside the window, below the menu bar, at both reference sizes."""
    demo_window.resize(*size)
    palette = _open(demo_window, qtbot)
    QApplication.processEvents()
    assert demo_window.rect().contains(palette.geometry())
    assert palette.geometry().top() > demo_window.menuBar().geometry().bottom()


def test_a_russian_name_is_found_typed_in_latin(demo_window, demo_project, qtbot) -> None:  # type: ignore[no-untyped-def]
    """"kvant" finds the partners whose Russian names start with Квант."""
    palette = _open(demo_window, qtbot)
    palette.filter.setText("kvant")
    texts = palette.entry_texts()
    assert texts and all("квант" in normalise(t) for t in texts[:3])
    palette.close_palette()


def test_hint_says_items_are_loading_then_how_to_use(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Until the project's items arrive the hint says they are being read; then it shows the keys."""
    palette = demo_window.open_palette()
    assert palette._items is not None or "Reading" in palette.hint.text()
    qtbot.waitUntil(lambda: palette._items is not None, timeout=10000)
    assert palette.hint.text().startswith("Enter runs")
    palette.close_palette()


def test_ctrl_shift_p_opens_it_too(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+P also opens the palette (a text box on a Linux desktop keeps Ctrl+K for itself)."""
    demo_window.activateWindow()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(demo_window, Qt.Key.Key_P, keys)
    qtbot.waitUntil(lambda: demo_window._palette is not None and demo_window._palette.isVisible(), timeout=2000)
    demo_window._palette.close_palette()
