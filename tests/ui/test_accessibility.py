"""Accessibility: every control a keyboard reaches has a name a screen reader can say, on every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QTabBar,
    QWidget,
)

from workbench.ui.screens import SCREENS


def accessible_name(widget: QWidget) -> str:
    """What assistive technology announces as the widget's name (accessible name, text or buddy label)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def _internal(widget: QWidget) -> bool:
    """Parts of a compound control that the control itself names (a spin box's or combo box's line edit)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_widgets(root: QWidget) -> list[str]:
    """The visible, keyboard-focusable widgets under ``root`` that have no accessible name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not (widget.focusPolicy().value & 0x1):  # Qt.TabFocus
            continue
        if isinstance(widget, QScrollBar) or _internal(widget) or widget.focusProxy() is not None:
            continue
        if isinstance(widget, QTabBar) and all(widget.tabText(i) for i in range(widget.count())):
            continue
        if isinstance(widget, QAbstractScrollArea) is False and widget.parentWidget() is not None and \
                isinstance(widget.parentWidget(), QAbstractScrollArea) and widget is widget.parentWidget().viewport():
            continue
        if not accessible_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName() or '?'} in "
                           f"{type(widget.parentWidget()).__name__}")
    return missing


def _walk(window, qapp) -> list[str]:  # type: ignore[no-untyped-def]
    """Every screen in its snapshot state, and every tab of every tab widget on it."""
    from PySide6.QtWidgets import QTabWidget

    missing: set[str] = set()
    for spec in SCREENS:
        screen = window.show_screen(spec.key)
        screen.prepare_snapshot()
        qapp.processEvents()
        missing |= {f"{spec.key}: {m}" for m in unnamed_widgets(screen)}
        for tabs in screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qapp.processEvents()
                missing |= {f"{spec.key} [{tabs.tabText(index)}]: {m}" for m in unnamed_widgets(screen)}
    missing |= {f"window: {m}" for m in unnamed_widgets(window.centralWidget()) if "Screen" not in m}
    window.screen("capture").shutdown()
    return sorted(missing)


def test_every_control_on_every_screen_has_a_name(demo_window, qapp) -> None:  # type: ignore[no-untyped-def]
    """A keyboard-reachable widget without an accessible name, text or label buddy on any screen or tab fails."""
    assert _walk(demo_window, qapp) == []


def test_names_are_russian_in_the_russian_ui(qtbot, make_ctx, demo_project, qapp) -> None:  # type: ignore[no-untyped-def]
    """In Russian every control is named too, and the names are Russian."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(make_ctx(demo_project, "ru"))
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    assert _walk(window, qapp) == []
    assert accessible_name(window.screen("partners").search) == "Поиск партнёров"
    assert accessible_name(window.screen("capture").editor).startswith("Новое высказывание")
    window.close()


def test_empty_project_screens_are_named(qtbot, make_ctx, empty_project, qapp) -> None:  # type: ignore[no-untyped-def]
    """The empty states (their buttons say what to do) leave no control unnamed either."""
    from workbench.ui.main_window import MainWindow

    window = MainWindow(make_ctx(empty_project))
    qtbot.addWidget(window)
    window.show()
    assert _walk(window, qapp) == []
    window.close()


def test_wizard_pages_and_palette_are_named(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The new-project wizard's pages, the command palette and statement search name their controls."""
    wizard = demo_window.new_project()
    qtbot.waitUntil(wizard.isVisible, timeout=2000)
    for _page in wizard.pages[:-1]:
        assert unnamed_widgets(wizard.currentPage()) == [], type(wizard.currentPage()).__name__
        wizard.next() if wizard.currentPage() is not wizard.name_page else (
            wizard.name_page.name.setText("R"), wizard.next())
    assert accessible_name(wizard.location_page.path).startswith("Project file")
    wizard.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # a closed QWizard left alive crashes a restyle
    palette = demo_window.open_palette()
    assert unnamed_widgets(palette) == []
    palette.close_palette()
    search = demo_window.search_statements()
    qtbot.waitUntil(search.isVisible, timeout=2000)
    assert unnamed_widgets(search) == []
    search.reject()


def test_help_lists_every_keyboard_action(demo_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Help → Keyboard Shortcuts lists the window's and every screen's keys (visited or not) and where each works."""
    from workbench.ui.dialogs.shortcuts import ShortcutsDialog

    shown: list[dict[str, str]] = []
    where: dict[str, str] = {}
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: (shown.append(
        {self.model.item(r, 0).text(): self.model.item(r, 1).text() for r in range(self.model.rowCount())}), where.update(
        {self.model.item(r, 0).text(): self.model.item(r, 2).text() for r in range(self.model.rowCount())})) and 0)
    demo_window.show_shortcuts()
    rows = shown[0]
    assert where["Tag as pain"] == "Capture" and where["Command Palette…"] == "Everywhere"
    assert rows["Command Palette…"] == "Ctrl+K, Ctrl+Shift+P" and rows["Search Statements…"] == "Ctrl+Shift+F"
    for text in ("Keyboard Shortcuts", "Partners", "Tag as pain", "New backlog item", "Plan an interview"):
        assert text in rows, text


def test_tab_order_follows_the_eye_on_interviews(demo_window) -> None:  # type: ignore[no-untyped-def]
    """On Interviews, Tab walks the buttons on top, then the filters, then the table."""
    screen = demo_window.show_screen("interviews")
    wanted = [screen.resume_button, screen.search_button, screen.guides_button, screen.open_button,
              screen.plan_button, screen.filter_text, screen.segment_box, screen.status_box, screen.interviewer_box,
              screen.table]
    chain, widget = [], screen.resume_button
    while len(chain) < len(wanted):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while widget not in wanted and widget is not screen.resume_button:
            widget = widget.nextInFocusChain()
    assert chain == wanted


def test_segment_criteria_spin_boxes_name_their_row(demo_window) -> None:  # type: ignore[no-untyped-def]
    """Each value and weight box on Segments is announced with its criterion, not only the group's title."""
    screen = demo_window.show_screen("segments")
    names = {accessible_name(spin) for spin in [*screen.value_spins.values(), *screen.weight_spins.values()]}
    assert len(names) == len(screen.value_spins) + len(screen.weight_spins)
    assert all(": value" in accessible_name(s) for s in screen.value_spins.values())


def test_everyday_dialogs_name_their_controls(demo_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Plan an interview, guides, add/bulk-edit partner, profile weights, card, team, restore, shortcuts: all named."""
    from workbench.interviews.guide_service import list_guides
    from workbench.interviews.planning import partner_choices
    from workbench.partners.service import list_segments
    from workbench.ui.canvas.dialogs import CardDialog
    from workbench.ui.dialogs.restore import RestoreDialog
    from workbench.ui.dialogs.shortcuts import ShortcutsDialog
    from workbench.ui.dialogs.team_open import TeamOpenDialog
    from workbench.ui.guides.editor import GuideEditorDialog
    from workbench.ui.interviews.plan_dialog import PlanInterviewDialog
    from workbench.ui.partners.dialogs import AddPartnerDialog, BulkEditDialog, WeightsDialog

    project, ctx = demo_window.ctx.project, demo_window.ctx
    segments = list_segments(project)
    dialogs = [
        PlanInterviewDialog(partner_choices(project), list_guides(project), "Анна", parent=demo_window),
        GuideEditorDialog(ctx, demo_window), AddPartnerDialog(segments, None, demo_window),
        BulkEditDialog(3, segments, demo_window), WeightsDialog("S", {"geography": 1.0}, demo_window),
        CardDialog(demo_window), TeamOpenDialog(parent=demo_window), RestoreDialog(ctx, demo_window),
        ShortcutsDialog(demo_window.shortcut_table(), demo_window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        assert unnamed_widgets(dialog) == [], type(dialog).__name__
        dialog.reject()
        dialog.deleteLater()


def test_tab_order_on_canvas_starts_at_the_segment(demo_window) -> None:  # type: ignore[no-untyped-def]
    """On the canvas, Tab goes segment, board, then the evidence panel's search (the toolbar had put the segment last)."""
    screen = demo_window.show_screen("canvas")

    def next_focusable(widget):  # type: ignore[no-untyped-def]
        widget = widget.nextInFocusChain()
        while not (widget.isVisible() and widget.focusPolicy().value & 0x1 and widget.focusProxy() is None):
            widget = widget.nextInFocusChain()
        return widget

    assert next_focusable(screen.segment_combo) is screen.view
    after_view = next_focusable(screen.view)
    assert screen.panel.isAncestorOf(after_view)
