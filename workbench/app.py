"""Composition root: arguments -> settings -> project -> QApplication -> MainWindow.

Nothing heavy is imported here: spaCy, matplotlib and openpyxl load lazily, after the window has
painted, in the screens and workers that need them.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from workbench.errors import WorkbenchError
from workbench.settings import Settings, default_project_path, load_settings, save_settings
from workbench.store.project import Project, open_project

log = logging.getLogger(__name__)


def prepare_project(db: str | None, settings: Settings) -> Project:
    """The project to open: the one asked for, else the last one, else the default demo (built once)."""
    if db:
        return open_project(db, user=settings.user_name or None)
    if settings.last_project:
        try:
            return open_project(settings.last_project, user=settings.user_name or None)
        except WorkbenchError as exc:
            log.warning("last project %s not opened: %s", settings.last_project, exc)
    path = default_project_path()
    if not path.exists():
        from workbench.store.commands import build_demo_file

        path.parent.mkdir(parents=True, exist_ok=True)
        build_demo_file(path)
    return open_project(path, user=settings.user_name or None)


def _make_app(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if existing is not None:
        return existing
    QCoreApplication.setOrganizationName("Workbench")
    QCoreApplication.setApplicationName("Workbench")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
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
    """Open the app; with ``smoke`` exit 0 as soon as the window has painted with the project loaded."""
    settings = load_settings()
    app = _make_app()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    try:
        project = prepare_project(db, settings)
    except WorkbenchError as exc:
        if smoke:
            raise
        QMessageBox.critical(None, "Workbench", str(exc))
        return 1
    settings.add_recent(project.path.as_posix() if project.path else project.url)
    save_settings(settings)
    window = build_window(project, settings)
    if smoke:
        window.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
        QTimer.singleShot(30_000, lambda: app.exit(3))  # never hang a smoke run
    window.show()
    code = app.exec()
    window.ctx.project.close()
    return int(code)


def snapshot(db: str, screen: str, out: Path, *, size: tuple[int, int] = (1440, 900), lang: str = "ru") -> Path:
    """Render one screen of the app, offscreen, to a PNG file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    settings = load_settings()
    settings.theme = settings.theme if settings.theme in ("light", "dark") else "light"
    _make_app()
    from PySide6.QtWidgets import QApplication

    from workbench.ui.screens import SCREEN_KEYS

    if screen not in SCREEN_KEYS:
        raise WorkbenchError(f"Unknown screen {screen!r}; choose one of {', '.join(SCREEN_KEYS)}.")
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
        if not window.grab().save(str(out), "PNG"):
            raise WorkbenchError(f"Could not write {out}.")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
        project.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """GUI entry point (``workbench-gui``): same as ``workbench gui``."""
    from workbench.cli import main as cli_main

    return cli_main(["gui", *(argv if argv is not None else sys.argv[1:])])
