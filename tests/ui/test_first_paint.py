"""The window paints with the project's partners before the database layer loads, then opens the project."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from workbench.errors import WorkbenchError
from workbench.partners.columns import TABLE_COLUMNS
from workbench.partners.rows import order_by
from workbench.ui.firstpaint import SHOWN_ROWS, read_first_screen
from workbench.ui.partners.labels import cell_text

START = """
import sys
import PySide6.QtCore as QtCore
import workbench.app as wa
from workbench.ui.main_window import MainWindow

seen = {}
paint = MainWindow.paintEvent

def spy(self, event):
    if not self._painted:  # the first paint: what had loaded by then, and what it showed
        seen["orm"] = sorted(m for m in ("sqlalchemy", "sqlmodel", "workbench.store.project") if m in sys.modules)
        seen["qt_enums"] = "Qt" in QtCore.__dict__
        seen["opening"] = self.opening
        table = self._opening.table
        seen["first_rows"] = [table.item(r, 1).text() for r in range(3)]
        self.loaded.connect(lambda: seen.setdefault("loaded_rows", [
            self.current_screen().proxy.index(r, 1).data() for r in range(3)]))
    paint(self, event)

MainWindow.paintEvent = spy
code = wa.run_gui(sys.argv[1], smoke=True)
print(seen)
print(wa.STARTUP_MARKS["window"] <= wa.STARTUP_MARKS["loaded"])
raise SystemExit(code)
"""


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_first_paint_shows_the_partners_before_the_database_layer_loads(demo_path: Path) -> None:
    """At the first paint neither SQLAlchemy, SQLModel nor Qt's enum namespace has loaded, and the rows
    shown are the ones the partners screen shows once the project is open."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", START, str(demo_path)], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    seen_line, ordered = result.stdout.strip().splitlines()[-2:]
    seen = eval(seen_line)  # noqa: S307 - our own subprocess's repr of a dict of strings and bools
    assert seen["orm"] == []
    assert seen["qt_enums"] is False
    assert seen["opening"] is True
    assert seen["first_rows"] == seen["loaded_rows"]
    assert all(seen["first_rows"])
    assert ordered == "True"


def test_the_first_screen_reads_what_the_service_reads(demo_project, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The plain-sqlite3 read gives the same partners as the service, in the partners screen's opening
    order (by rank, unranked last), as many as the page shows, and the count of all."""
    from workbench.partners import scoring, service

    def expected() -> list[tuple[object, ...]]:
        partners = service.list_partners(demo_project)
        ordered = [partners[i] for i in order_by(partners, "profile_rank")][:SHOWN_ROWS]
        return [tuple(getattr(p, name) for name in TABLE_COLUMNS) for p in ordered]

    first = read_first_screen(demo_path)
    assert first is not None
    assert first.rows == expected()
    assert (first.name, first.count, len(first.rows)) == (demo_project.get_meta("name"), 100, SHOWN_ROWS)
    # unranked partners come last, in id order, in both
    with demo_project.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE partner SET profile_rank = NULL WHERE id % 3 != 0")
    again = read_first_screen(demo_path)
    assert again is not None
    assert [row[0] is None for row in again.rows].index(True) == 33  # 33 ranked, then the unranked
    assert again.rows == expected()
    scoring.rescore_partners(demo_project)


def test_files_the_first_screen_cannot_read_are_left_to_the_real_open(tmp_path: Path, demo_path: Path) -> None:
    """A missing file, a file that is not a project, a folder and a server URL give no first screen,
    and reading leaves the project file byte for byte as it was."""
    text = tmp_path / "notes.wbp"
    text.write_text("not a project", encoding="utf-8")
    assert read_first_screen(tmp_path / "missing.wbp") is None
    assert read_first_screen(text) is None
    assert read_first_screen(tmp_path) is None
    assert read_first_screen("postgresql://db.example/sales") is None
    assert read_first_screen(None) is None
    before = _digest(demo_path)
    assert read_first_screen(demo_path) is not None
    assert _digest(demo_path) == before


def test_an_opening_window_waits_for_its_project_then_shows_the_partners(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """While opening, the page shows the partners as the table will, the menus hold nothing to act on
    and the navigation stays put; once the project is handed over, the partners screen replaces the
    page and the menus and keys work."""
    from workbench.settings import load_settings
    from workbench.store.project import open_project
    from workbench.ui.context import AppContext
    from workbench.ui.main_window import MainWindow

    first = read_first_screen(demo_path)
    assert first is not None
    window = MainWindow(AppContext(None, load_settings()), opening=True, first=first)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    table = window._opening.table
    assert table is not None and table.rowCount() == first.count == 100
    shown = [[table.item(r, c).text() for c in range(len(TABLE_COLUMNS))] for r in range(SHOWN_ROWS)]
    assert shown == [[cell_text(name, value) for name, value in zip(TABLE_COLUMNS, row, strict=True)]
                     for row in first.rows]
    assert first.name in window.windowTitle()
    assert [m.title() for m in (window.menu_file, window.menu_edit, window.menu_view, window.menu_help)] == [
        "&File", "&Edit", "&View", "&Help"]
    assert window.menu_file.actions() == [] and not hasattr(window, "act_open")
    window.nav.setCurrentRow(3)  # nothing to show yet: the list stays on Partners
    assert window.nav.currentRow() == 0 and window.opening

    project = open_project(demo_path)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.finish_opening(project)
    assert not window.opening
    screen = window.current_screen()
    assert screen.key == "partners"
    assert [screen.proxy.index(r, 1).data() for r in range(SHOWN_ROWS)] == [row[1] for row in shown]
    assert window.act_open.isEnabled() and window.act_new.isEnabled()
    assert window.act_open in window.menu_file.actions() and window.act_open.text() == "&Open Project…"
    assert window.menu_export.actions() and window.menu_import.actions()
    assert all(a.isEnabled() for a in window.menu_file.actions() if isinstance(a, QAction) and a.text())
    assert window.act_undo.shortcut().toString() == "Ctrl+Z"
    window.nav.setCurrentRow(3)
    assert window.current_screen().key != "partners"
    window.close()
    project.close()


def test_closing_the_window_before_the_project_opens_is_safe(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Closing an opening window stops nothing that never started and leaves the project untouched."""
    from workbench.settings import load_settings
    from workbench.ui.context import AppContext
    from workbench.ui.main_window import MainWindow

    before = _digest(demo_path)
    window = MainWindow(AppContext(None, load_settings()), opening=True, first=read_first_screen(demo_path))
    qtbot.addWidget(window)
    window.show()
    assert window.close()
    assert _digest(demo_path) == before


def test_a_file_that_is_not_a_project_is_refused_after_the_window_shows(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Opening a broken file: the real open's clear error, no window left up, the file unchanged."""
    from workbench.app import run_gui

    bad = tmp_path / "broken.wbp"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    before = _digest(bad)
    with pytest.raises(WorkbenchError):
        run_gui(str(bad), smoke=True)
    assert _digest(bad) == before
    assert not [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()]


def test_a_quick_theme_guess_is_settled_after_the_first_paint(qapp) -> None:  # type: ignore[no-untyped-def]
    """"Follow the system" is guessed from the palette before the first paint and asked of the desktop after:
    a wrong guess is put right, a right one is left alone."""
    from workbench.ui import theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    truth = theme.effective_theme("system")
    wrong = "dark" if truth == "light" else "light"
    try:
        theme.apply_theme(app, wrong)
        theme.settle_system_theme(app, "system")
        assert theme.current_theme() == truth
        theme.apply_theme(app, "light")
        theme.settle_system_theme(app, "light")  # a theme the user chose is never second-guessed
        assert theme.current_theme() == "light"
    finally:
        theme.apply_theme(app, "light")


def test_the_partners_columns_are_kept_for_the_next_start(qtbot, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Column widths set on the partners screen come back at the next start, on the first picture and on the
    screen, which opens sorted by rank again even if it was left sorted by name."""
    from PySide6.QtCore import Qt

    from workbench.settings import load_settings
    from workbench.store.project import open_project
    from workbench.ui.context import AppContext
    from workbench.ui.main_window import MainWindow

    project = open_project(demo_path)
    before = MainWindow(AppContext(project, load_settings()))
    qtbot.addWidget(before)
    before.show()
    table = before.screen("partners").table
    table.setColumnWidth(3, 301)  # the user widens the city column
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # and sorts by name
    widths = [table.columnWidth(c) for c in range(len(TABLE_COLUMNS))]
    before.close()
    project.close()

    window = MainWindow(AppContext(None, load_settings()), opening=True, first=read_first_screen(demo_path))
    qtbot.addWidget(window)
    window.show()
    picture = window._opening.table
    assert [picture.columnWidth(c) for c in range(len(TABLE_COLUMNS))] == widths and widths[3] == 301
    assert picture.horizontalHeader().sortIndicatorSection() == 0
    first_row = picture.item(0, 1).text()
    project = open_project(demo_path)
    with qtbot.waitSignal(window.loaded, timeout=5000):
        window.finish_opening(project)
    screen = window.current_screen()
    assert [screen.table.columnWidth(c) for c in range(len(TABLE_COLUMNS))] == widths
    header = screen.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    assert screen.proxy.index(0, 1).data() == first_row
    window.close()
    project.close()
