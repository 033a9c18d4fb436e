"""The guided tour: callouts over the window, operated from the keyboard, remembered when seen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from workbench.settings import load_settings
from workbench.ui.tour import STEPS, GuidedTour


def test_a_new_window_shows_no_tour(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Building the window never starts the tour by itself (only the app's first start does)."""
    assert not [t for t in demo_window.findChildren(GuidedTour) if t.isVisible()]
    assert demo_window.ctx.settings.tour_done is False


def test_keyboard_walks_forward_and_back_and_finish_remembers(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """→ goes on (switching to each step's screen), ← goes back, Enter on the last step finishes and saves tour_done."""
    demo_window.show_screen("segments")
    tour = demo_window.start_tour()
    callout = tour.callout
    assert callout.counter.text() == f"Step 1 of {len(STEPS)}"
    assert callout.title.text() == "Screens" and not callout.back.isEnabled()
    assert tour.hole.contains(demo_window.nav.geometry().center())
    qtbot.keyClick(callout.next, Qt.Key.Key_Right)
    qtbot.keyClick(callout.next, Qt.Key.Key_Right)
    assert tour.index == 2 and demo_window.current_screen().key == "capture"
    qtbot.keyClick(callout.next, Qt.Key.Key_Left)
    assert tour.index == 1 and demo_window.current_screen().key == "partners"
    for _ in range(len(STEPS) - 2):
        qtbot.keyClick(callout.next, Qt.Key.Key_Right)
    assert callout.next.text() == "Finish"
    with qtbot.waitSignal(tour.ended, timeout=2000) as ended:
        qtbot.keyClick(callout.next, Qt.Key.Key_Return)
    assert ended.args == [True]
    assert not tour.isVisible()
    assert demo_window.current_screen().key == "segments"  # back where the user was
    assert demo_window.ctx.settings.tour_done and load_settings().tour_done
    capture = demo_window.screen("capture")
    capture.shutdown()


def test_escape_skips(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Esc ends the tour at once and it counts as seen."""
    tour = demo_window.start_tour()
    with qtbot.waitSignal(tour.ended, timeout=2000) as ended:
        qtbot.keyClick(tour.callout.next, Qt.Key.Key_Escape)
    assert ended.args == [False]
    assert load_settings().tour_done


def test_help_menu_reruns_the_tour(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Help → Guided Tour starts it again even after it was seen."""
    demo_window.ctx.settings.tour_done = True
    assert demo_window.act_tour in demo_window.menu_help.actions()
    demo_window.act_tour.trigger()
    tours = [t for t in demo_window.findChildren(GuidedTour) if t.isVisible()]
    assert len(tours) == 1
    tours[0].skip()


def test_callout_stays_inside_a_small_window(demo_window) -> None:  # type: ignore[no-untyped-def]
    """At 1024x700 every step's callout is fully inside the window and its buttons are focusable."""
    demo_window.resize(1024, 700)
    tour = demo_window.start_tour()
    for index in range(len(STEPS)):
        tour.go(index)
        assert tour.rect().contains(tour.callout.geometry()), index
        assert tour.callout.next.focusPolicy() != Qt.FocusPolicy.NoFocus
    tour.skip()
    demo_window.screen("capture").shutdown()


def test_tour_in_russian(qtbot, make_ctx, demo_project) -> None:  # type: ignore[no-untyped-def]
    """The callouts and buttons speak Russian in the Russian UI."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(make_ctx(demo_project, "ru"))
    qtbot.addWidget(window)
    window.show()
    tour = window.start_tour()
    assert tour.callout.counter.text() == f"Шаг 1 из {len(STEPS)}"
    assert tour.callout.title.text() == "Экраны"
    assert (tour.callout.next.text(), tour.callout.skip.text()) == ("Далее", "Пропустить обзор")
    assert "Обзор программы" in tour.callout.accessibleName()
    tour.skip()
    window.close()


def test_first_start_shows_the_tour_once(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The app's first start opens the demo with the tour; Esc ends it for good; the next start has none."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.app import run_gui

    seen: list[object] = []

    def drive() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        tours = [t for w in windows for t in w.findChildren(GuidedTour) if t.isVisible()]
        if not tours:
            QTimer.singleShot(100, drive)
            return
        seen.append(tours[0].callout.title.text())
        qtbot.keyClick(tours[0].callout.next, Qt.Key.Key_Escape)
        seen.append(load_settings().tour_done)
        windows[0].close()

    QTimer.singleShot(100, drive)
    assert run_gui() == 0
    assert seen[0] in ("Screens", "Экраны") and seen[1] is True

    shown: list[int] = []

    def count() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]
        shown.extend(1 for w in windows for t in w.findChildren(GuidedTour) if t.isVisible())
        for window in windows:
            window.close()

    QTimer.singleShot(1500, count)
    assert run_gui() == 0
    assert shown == []
