"""Composition root: arguments -> settings -> QApplication -> MainWindow (opening) -> project.

Nothing heavy is imported here: spaCy, matplotlib and openpyxl load lazily, after the window has
painted, in the screens and workers that need them. Even the database layer (SQLAlchemy, SQLModel,
the tables: most of start-up) loads only after the main window has painted with the partners of the
project it opens, read through plain sqlite3 (:mod:`workbench.ui.firstpaint`); the automatic backup
on open runs after the project's first screen has painted.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from workbench.errors import WorkbenchError
from workbench.settings import Settings, default_project_path, load_settings, save_settings

if TYPE_CHECKING:
    from workbench.store.project import Project

log = logging.getLogger(__name__)


def prepare_project(db: str | None, settings: Settings, *, backup: bool = True) -> Project:
    """The project to open: the one asked for, else the last one, else the default demo (built once).

    ``backup=False`` leaves the automatic backup on open to the caller (:func:`backup_in_background`).
    """
    from workbench.store.project import open_project

    if db:
        return open_project(db, user=settings.user_name or None, backup=backup)
    if settings.last_project:
        try:
            return open_project(settings.last_project, user=settings.user_name or None, backup=backup)
        except WorkbenchError as exc:
            log.warning("last project %s not opened: %s", settings.last_project, exc)
    path = default_project_path()
    if not path.exists():
        from workbench.store.commands import build_demo_file

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo_file(path)
    return open_project(path, user=settings.user_name or None, backup=backup)


def backup_in_background(project: Project) -> threading.Thread | None:
    """Take the automatic backup on open (if the file changed since its newest backup) in a thread.

    The SQLite backup API copies a consistent snapshot through its own read-only connection and
    releases the GIL while it copies. The thread is not a daemon: the app waits for it at exit, so
    a backup is never cut short (it is written under a temporary name and renamed anyway).
    """
    path = project.path
    if path is None:
        return None
    from workbench.store.backup import backup_on_open

    thread = threading.Thread(target=backup_on_open, args=(path,), name="backup-on-open")
    thread.start()
    return thread


#: wall-clock times (``time.time()``) of the start-up steps, for the start-up benchmark and the log:
#: "window" (first paint, with the project's partners when they could be read without the database
#: layer) and "loaded" (the project open and its first screen painted)
STARTUP_MARKS: dict[str, float] = {}


def _opening_target(db: str | None, settings: Settings) -> str | None:
    """The project file :func:`prepare_project` will most likely open, for the window to show first."""
    if db:
        return db
    if settings.last_project:
        return settings.last_project
    return str(default_project_path())


def _make_app(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    QCoreApplication.setOrganizationName("Workbench")
    QCoreApplication.setApplicationName("Workbench")
    # (fractional scale factors pass through unrounded: Qt 6's default, so not set here, where setting it
    # would load Qt's namespace of enums before the first paint)
    return QApplication(argv or [sys.argv[0]])


def build_window(project: Project, settings: Settings, *, language: str | None = None):  # type: ignore[no-untyped-def]
    """Apply language and theme and build the main window for ``project`` (a QApplication must exist)."""
    from PySide6.QtWidgets import QApplication

    from workbench.ui import i18n, theme
    from workbench.ui.context import AppContext
    from workbench.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_language(language if language is not None else settings.language)
    theme.apply_theme(app, settings.theme)
    ctx = AppContext(project, settings)
    window = MainWindow(ctx)
    return window


def run_gui(db: str | None = None, *, smoke: bool = False) -> int:
    """Open the app; with ``smoke`` exit 0 as soon as the window has painted with the project loaded.

    The window paints before the database layer loads, with the partners of the project it opens read
    through plain sqlite3 (:mod:`workbench.ui.firstpaint`); the project then opens for real in the
    first turn of the event loop after that paint, and its screens take the opening page's place.
    """
    settings = load_settings()
    app = _make_app()
    from PySide6.QtCore import QEvent, QTimer

    from workbench.ui import i18n, theme
    from workbench.ui.context import AppContext
    from workbench.ui.firstpaint import read_first_screen
    from workbench.ui.main_window import MainWindow

    i18n.install_language(settings.language)
    theme.apply_theme(app, settings.theme, quick=True)
    window = MainWindow(AppContext(None, settings), opening=True,
                        first=read_first_screen(_opening_target(db, settings)))
    failed: list[WorkbenchError] = []
    backups: list[threading.Thread | None] = []

    def open_project() -> None:
        if not window.isVisible():  # closed before the project opened
            return
        from workbench.ui.errors import install_exception_hook

        install_exception_hook(window)  # an error nobody caught: a message box and the log, not a crash
        theme.settle_system_theme(app, settings.theme)
        try:
            project = prepare_project(db, settings, backup=False)
        except WorkbenchError as exc:
            failed.append(exc)
            if not smoke:
                from PySide6.QtWidgets import QMessageBox

                from workbench.ui.errortext import error_text

                QMessageBox.critical(window, "Workbench", error_text(exc))
            app.exit(1)
            return
        settings.add_recent(project.path.as_posix() if project.path else project.url)
        save_settings(settings)
        window.finish_opening(project)
        window.loaded.connect(lambda: backups.append(backup_in_background(project)))

    guard = QTimer()  # never hang a smoke run; stopped on the way out so it cannot end a later event loop
    if smoke:
        window.loaded.connect(lambda: QTimer.singleShot(0, app.quit))
        guard.setSingleShot(True)
        guard.timeout.connect(lambda: app.exit(3))
        guard.start(30_000)
    else:
        from workbench.ui.exports import start_worker_after_paint

        start_worker_after_paint(window)  # openpyxl and matplotlib load there, never in this process
    window.first_painted.connect(lambda: STARTUP_MARKS.setdefault("window", time.time()))
    window.first_painted.connect(lambda: QTimer.singleShot(0, open_project))
    window.loaded.connect(lambda: STARTUP_MARKS.setdefault("loaded", time.time()))

    def freeze() -> None:
        # what start-up loaded lives as long as the window: later full garbage collections skip it (a full
        # collection set off in a worker thread walked it all with the GIL held: 50-100 ms of frozen window)
        from workbench.ui.tasks import freeze_heap

        freeze_heap()

    window.loaded.connect(freeze)
    window.show()
    if not smoke and not settings.tour_done:  # the first start: a short guided tour once the window is up
        window.loaded.connect(lambda: QTimer.singleShot(300, window.start_tour))
    code = app.exec()
    guard.stop()
    if window.isVisible():  # a smoke run quits with the window up: close it as a person would (stops its threads)
        window.close()
    window.deleteLater()
    app.sendPostedEvents(None, int(QEvent.Type.DeferredDelete.value))
    # Qt 6 posts quit() as an event: one left over (the window closing, a second quit) would end the next
    # event loop at once (an app that runs the GUI twice in one process, as the tests do).
    app.removePostedEvents(None, int(QEvent.Type.Quit.value))
    for thread in backups:
        if thread is not None:
            thread.join()
    if not window.opening:
        window.ctx.project.close()
    if failed:
        if smoke:
            raise failed[0]
        return 1
    return int(code)


DIALOGS = ("palette", "tour", "wizard", "opening")


def snapshot(db: str, screen: str, out: Path, *, size: tuple[int, int] = (1440, 900), lang: str = "ru",
             dialog: str = "", page: int = 2) -> Path:
    """Render one screen of the app, offscreen, to a PNG file (``dialog``: with the palette, tour or wizard).

    ``dialog="opening"`` renders the window as it first paints, before the project has opened.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = load_settings()
    settings.theme = settings.theme if settings.theme in ("light", "dark") else "light"
    _make_app()
    from PySide6.QtWidgets import QApplication

    from workbench.ui.screens import SCREEN_KEYS

    if screen not in SCREEN_KEYS:
        raise WorkbenchError(f"Unknown screen {screen!r}; choose one of {', '.join(SCREEN_KEYS)}.")
    if dialog == "opening":
        return _snapshot_opening(db, out, settings, size=size, lang=lang)
    from workbench.store.project import open_project

    project = open_project(db, user=settings.user_name or None)
    window = build_window(project, settings, language=lang)
    try:
        window.resize(*size)
        shown = window.show_screen(screen)
        shown.prepare_snapshot()
        window.show()
        for _ in range(5):
            QApplication.processEvents()
        shown.prepare_snapshot()
        QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        image = window.grab() if not dialog else _grab_with(window, dialog, page)
        if not image.save(str(out), "PNG"):
            raise WorkbenchError(f"Could not write {out}.")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        project.close()
    return out


def _snapshot_opening(db: str, out: Path, settings: Settings, *, size: tuple[int, int], lang: str) -> Path:
    from PySide6.QtWidgets import QApplication

    from workbench.ui import i18n, theme
    from workbench.ui.context import AppContext
    from workbench.ui.firstpaint import read_first_screen
    from workbench.ui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    i18n.install_language(lang)
    theme.apply_theme(app, settings.theme)
    window = MainWindow(AppContext(None, settings), opening=True, first=read_first_screen(db))
    try:
        window.resize(*size)
        window.show()
        for _ in range(5):
            QApplication.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            raise WorkbenchError(f"Could not write {out}.")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return out


def _grab_with(window, dialog: str, page: int = 2):  # type: ignore[no-untyped-def]
    """The window with the palette, the tour or the new-project wizard open on it, as a pixmap."""
    import time

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    def settle(seconds: float = 0.0, until=lambda: True) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + seconds
        while time.monotonic() < end or not until():
            QApplication.processEvents()
            time.sleep(0.01)
            if time.monotonic() > end + 10:
                break

    if dialog == "palette":
        palette = window.open_palette()
        settle(until=lambda: palette._items is not None)
        palette.filter.setText("инт")
        settle(0.1)
        return window.grab()
    if dialog == "tour":
        window.start_tour(2)
        settle(0.2)
        return window.grab()
    if dialog == "wizard":
        import shutil
        import tempfile

        from workbench.ui.dialogs.new_project import NewProjectWizard

        wizard = NewProjectWizard(parent=window)
        wizard.show()
        folder = Path(tempfile.mkdtemp(prefix="wizard-"))
        wizard.prepare_snapshot(page, folder)
        settle(0.2)
        shot = window.grab()
        painter = QPainter(shot)
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
        inner = wizard.grab()
        bar = 30  # a title bar as a window manager would draw it, so the picture reads as a dialog
        left, top = (shot.width() - inner.width()) // 2, (shot.height() - inner.height() + bar) // 2
        painter.fillRect(left - 1, top - bar - 1, inner.width() + 2, inner.height() + bar + 2, QColor("#5a6270"))
        painter.fillRect(left, top - bar, inner.width(), bar, QColor("#e4e7ec"))
        painter.setPen(QColor("#1f2329"))
        painter.drawText(left, top - bar, inner.width(), bar, int(Qt.AlignmentFlag.AlignCenter), wizard.windowTitle())
        painter.drawPixmap(QPoint(left, top), inner)
        painter.end()
        wizard.close()
        if wizard.project is not None:
            wizard.project.close()
        shutil.rmtree(folder, ignore_errors=True)
        wizard.deleteLater()
        return shot
    raise WorkbenchError(f"Unknown dialog {dialog!r}; choose one of {', '.join(DIALOGS)}.")


def main(argv: list[str] | None = None) -> int:
    """GUI entry point (``workbench-gui``): same as ``workbench gui``."""
    from workbench.cli import main as cli_main

    return cli_main(["gui", *(argv if argv is not None else sys.argv[1:])])
