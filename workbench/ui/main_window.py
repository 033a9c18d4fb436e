"""The main window: navigation, the screens, menus, undo, status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QSettings, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from workbench import __version__
from workbench.errors import WorkbenchError
from workbench.settings import PROJECT_SUFFIX, save_settings
from workbench.ui import i18n, theme
from workbench.ui.context import AppContext
from workbench.ui.firstpaint import FirstScreen, OpeningPage
from workbench.ui.layout_state import PARTNERS_HEADER, saved_header, window_settings
from workbench.ui.screens import SCREENS, ScreenSpec, build_screen, screen_title, spec_of
from workbench.ui.screens.base import Screen

if TYPE_CHECKING:
    from workbench.ops import Changes
    from workbench.store.project import Project

log = logging.getLogger(__name__)


def _local_contexts() -> tuple[Any, Any]:
    """The shortcut contexts of a screen's own keys (Qt's namespace is imported on first use, after the first paint)."""
    from PySide6.QtCore import Qt

    return Qt.ShortcutContext.WidgetWithChildrenShortcut, Qt.ShortcutContext.WidgetShortcut


class MainWindow(QMainWindow):
    """The workbench window."""

    #: emitted once, after the first paint (of the opening page, when the window opens its project itself)
    first_painted = Signal()
    #: emitted once, after the first paint with the project open and its first screen loaded
    loaded = Signal()

    def __init__(self, ctx: AppContext, *, opening: bool = False, first: FirstScreen | None = None) -> None:
        """The window on ``ctx``'s project; with ``opening``, on none yet (``ctx.project`` is None).

        An opening window shows :class:`~workbench.ui.firstpaint.OpeningPage` (``first``: the project's
        partners read without the database layer) with its actions off until :meth:`finish_opening`
        hands it the project. Nothing here loads the database layer before that.
        """
        super().__init__()
        self.ctx = ctx
        self._first = first
        self._opening: OpeningPage | None = None
        self._loaded_pending = True
        self.setObjectName("mainWindow")
        self._screens: dict[str, Screen] = {}
        #: what changed while a loaded screen was out of view, by screen key (applied when it is shown)
        self._stale: dict[str, Changes] = {}
        self._painted = False
        self._palette: Any = None
        self._tour: Any = None
        self._wizard: Any = None

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget(central)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        # (a list takes the focus by Tab and by click by default: no focus policy set here, since the
        # first use of Qt's namespace of enums costs the first paint 17 ms)
        self.stack = QStackedWidget(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._nav_specs: list[ScreenSpec] = [s for s in SCREENS if s.in_nav]
        for _spec in self._nav_specs:
            QListWidgetItem(self.nav)
        self.nav.currentRowChanged.connect(self._on_nav_row)
        layout = window_settings()  # window.ini, read once: the opening page's columns and the geometry
        if opening:
            self._opening = OpeningPage(first, self.stack, header=saved_header(PARTNERS_HEADER, layout))
            self.stack.addWidget(self._opening)
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)

        self.project_label = QLabel(self)
        self.save_label = QLabel(self)
        self.statusBar().addWidget(self.project_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)

        self._build_menu_bar()
        if not opening:  # an opening window gets its actions with the project: nothing to act on before
            self._build_actions()
            self._fill_menus()
        self.retranslate()

        ctx.changed.connect(self._on_changed)
        ctx.status.connect(self._on_status)
        ctx.navigate.connect(self.show_screen)
        self._suspended: dict[QAction, list[QKeySequence]] = {}
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._yield_shortcuts)
        ctx.project_replaced.connect(self._on_project_replaced)
        self._restore_geometry(layout)
        self._capture_marker = ""
        if not opening:
            self._attach()

    def _attach(self) -> None:
        """What needs the open project: live updates, automatic backups, the first screen."""
        # loaded here, not at the top: the window paints before they (and the database layer) load
        from workbench.ui.autobackup import AutoBackup
        from workbench.ui.exchange import install_qdpx_actions
        from workbench.ui.exports import install_export_actions
        from workbench.ui.remote import RemoteUpdates

        ctx = self.ctx
        install_export_actions(self)  # File > Export and Import: the file formats
        install_qdpx_actions(self)
        self.remote = RemoteUpdates(ctx, self)  # other people's changes in a team project, off the UI thread
        self.remote.start()
        self.autobackup = AutoBackup(ctx, self)  # app lock + a backup every few minutes while it changes
        ctx.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.show_screen("partners")
        self._reopen_after_crash()

    @property
    def opening(self) -> bool:
        """True while the window waits for its project (:meth:`finish_opening`)."""
        return self._opening is not None

    def finish_opening(self, project: Project) -> None:
        """Take the project the window was opening: its screens replace the opening page."""
        page = self._opening
        if page is None:
            raise RuntimeError("the window is not opening a project")
        self.ctx.project = project
        self._build_actions()
        self._fill_menus()
        self._opening = None
        self.retranslate()
        self._attach()
        self.stack.removeWidget(page)
        page.deleteLater()
        self.update()  # ``loaded`` goes out with the paint that shows the screen

    # ----------------------------------------------------------------- actions and menus
    def _action(self, shortcut: str | QKeySequence.StandardKey | None = None, slot=None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(self)
        if shortcut is not None:
            # a list of one: setShortcut() looks for Qt's namespace of enums among its overloads (17 ms at start-up)
            action.setShortcuts([QKeySequence(shortcut)])
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_new = self._action(QKeySequence.StandardKey.New, self.new_project)
        self.act_open = self._action(QKeySequence.StandardKey.Open, self.open_project_dialog)
        self.act_open_team = self._action("Ctrl+Shift+O", self.open_team_project)
        self.act_save_copy = self._action("Ctrl+Shift+S", self.save_copy)
        self.act_restore = self._action(None, self.restore_from_backup)
        self.act_close = self._action("Ctrl+W", self.close)
        self.act_undo = self.ctx.undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.act_redo = self.ctx.undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key in theme.THEMES:
            act = QAction(self, checkable=True)
            act.setData(key)
            act.setChecked(self.ctx.settings.theme == key)
            act.triggered.connect(lambda _c=False, k=key: self.set_theme(k))
            self.theme_group.addAction(act)
            self.theme_actions[key] = act
        self.lang_group = QActionGroup(self)
        self.lang_actions: dict[str, QAction] = {}
        for key in ("", "ru", "en"):
            act = QAction(self, checkable=True)
            act.setChecked(self.ctx.settings.language == key)
            act.triggered.connect(lambda _c=False, k=key: self.set_language(k))
            self.lang_group.addAction(act)
            self.lang_actions[key] = act
        self.screen_actions: dict[str, QAction] = {}
        for spec in SCREENS:
            self.screen_actions[spec.key] = self._action(spec.shortcut, lambda _c=False, k=spec.key: self.show_screen(k))
        self.act_shortcuts = self._action(QKeySequence.StandardKey.HelpContents, self.show_shortcuts)
        self.act_about = self._action(None, self.show_about)
        self.act_palette = self._action("Ctrl+K", self.open_palette)
        # Ctrl+Shift+P too: on Linux desktops a text box keeps Ctrl+K (delete to the end of the line)
        self.act_palette.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+Shift+P")])
        self.act_search_all = self._action("Ctrl+Shift+F", self.search_statements)
        self.act_tour = self._action(None, lambda: self.start_tour())

    def _build_menu_bar(self) -> None:
        """The menu bar's four menus, empty (filled by :meth:`_fill_menus` once there are actions)."""
        bar = self.menuBar()
        self.menu_file = QMenu(self)
        self.menu_edit = QMenu(self)
        self.menu_view = QMenu(self)
        self.menu_help = QMenu(self)
        for menu in (self.menu_file, self.menu_edit, self.menu_view, self.menu_help):
            bar.addMenu(menu)
        self._menus_filled = False

    def _fill_menus(self) -> None:
        self._menus_filled = True
        self.menu_recent = QMenu(self)
        self.menu_recent.aboutToShow.connect(self._fill_recent)
        self.menu_file.addAction(self.act_new)
        self.menu_file.addAction(self.act_open)
        self.menu_file.addAction(self.act_open_team)
        self.menu_file.addMenu(self.menu_recent)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_save_copy)
        self.menu_file.addAction(self.act_restore)
        self.menu_export = QMenu(self)
        self.menu_import = QMenu(self)
        self.menu_file.addMenu(self.menu_import)
        self.menu_file.addMenu(self.menu_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_close)
        self.menu_edit.addAction(self.act_undo)
        self.menu_edit.addAction(self.act_redo)
        self.menu_edit.addSeparator()
        self.menu_edit.addAction(self.act_palette)
        self.menu_edit.addAction(self.act_search_all)
        for spec in SCREENS:
            self.menu_view.addAction(self.screen_actions[spec.key])
        self.menu_view.addSeparator()
        self.menu_theme = QMenu(self)
        for act in self.theme_actions.values():
            self.menu_theme.addAction(act)
        self.menu_lang = QMenu(self)
        for act in self.lang_actions.values():
            self.menu_lang.addAction(act)
        self.menu_view.addMenu(self.menu_theme)
        self.menu_view.addMenu(self.menu_lang)
        self.menu_help.addAction(self.act_tour)
        self.menu_help.addAction(self.act_shortcuts)
        self.menu_help.addAction(self.act_about)

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        for row, spec in enumerate(self._nav_specs):
            item = self.nav.item(row)
            title = screen_title(spec)
            item.setText(title)
            item.setToolTip(f"{title} ({QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        self.nav.setAccessibleName(self.tr("Screens"))
        self._update_title()
        self._update_save_label()
        if self._opening is not None:
            self._opening.retranslate()
        if self._menus_filled:
            self._retranslate_actions()

    def _retranslate_actions(self) -> None:
        self.menu_recent.setTitle(self.tr("Open &Recent"))
        self.menu_import.setTitle(self.tr("&Import"))
        self.menu_export.setTitle(self.tr("&Export"))
        self.menu_theme.setTitle(self.tr("&Theme"))
        self.menu_lang.setTitle(self.tr("&Language"))
        self.act_new.setText(self.tr("&New Project…"))
        self.act_open.setText(self.tr("&Open Project…"))
        self.act_open_team.setText(self.tr("Open &Team Project…"))
        self.act_save_copy.setText(self.tr("Save a &Copy…"))
        self.act_restore.setText(self.tr("Restore from &Backup…"))
        self.act_close.setText(self.tr("&Close"))
        self.act_undo.setText(self.tr("&Undo"))
        self.act_redo.setText(self.tr("&Redo"))
        self.theme_actions["system"].setText(self.tr("Follow the &System"))
        self.theme_actions["light"].setText(self.tr("&Light"))
        self.theme_actions["dark"].setText(self.tr("&Dark"))
        self.lang_actions[""].setText(self.tr("Follow the &System"))
        self.lang_actions["ru"].setText("Русский")
        self.lang_actions["en"].setText("English")
        self.act_shortcuts.setText(self.tr("&Keyboard Shortcuts"))
        self.act_about.setText(self.tr("&About Workbench"))
        self.act_palette.setText(self.tr("Command &Palette…"))
        self.act_search_all.setText(self.tr("&Search Statements…"))
        self.act_tour.setText(self.tr("Guided &Tour"))
        for act in (self.act_palette, self.act_search_all, self.act_shortcuts):
            keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{act.text().replace('&', '')} ({keys})")
        for spec in SCREENS:
            self.screen_actions[spec.key].setText(screen_title(spec))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- screens
    def screen(self, key: str) -> Screen:
        """The screen for ``key``, built on first use."""
        screen = self._screens.get(key)
        if screen is None:
            screen = build_screen(spec_of(key), self.ctx)
            self._screens[key] = screen
            self.stack.addWidget(screen)
        return screen

    def show_screen(self, key: str, argument: object = None) -> Screen:
        """Switch to a screen (and show an item in it)."""
        try:
            spec = spec_of(key)
        except KeyError:
            spec = SCREENS[0]
        screen = self.screen(spec.key)
        self.stack.setCurrentWidget(screen)
        if screen._loaded:
            self.refresh_stale(screen)
        else:
            self._stale.pop(screen.key, None)
            screen.ensure_loaded()
        if argument is not None:
            screen.open_item(argument)
        self._mark_capture(spec.key, argument)
        nav_key = "interviews" if spec.key == "capture" else spec.key
        for row, nav_spec in enumerate(self._nav_specs):
            if nav_spec.key == nav_key and self.nav.currentRow() != row:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)
        return screen

    # The interview open in capture is recorded in the project while it is open and cleared on a
    # clean exit, so that after a crash (kill -9, power cut) the app reopens it where it was.
    CAPTURE_MARKER = "session.capture_interview"

    def _mark_capture(self, key: str, argument: object) -> None:
        if key == "capture":
            interview_id = argument.get("interview_id") if isinstance(argument, dict) else argument
            if not isinstance(interview_id, int):
                return
            value = str(interview_id)
        else:
            value = ""
        if value != self._capture_marker:
            self._capture_marker = value
            try:
                self.ctx.project.set_meta(self.CAPTURE_MARKER, value)
            except Exception:  # noqa: BLE001 - a read-only project must not stop navigation
                log.warning("could not record the open interview", exc_info=True)

    def _reopen_after_crash(self) -> None:
        marker = self.ctx.project.get_meta(self.CAPTURE_MARKER, "")
        if marker.isdigit():
            log.info("reopening interview %s left open by a previous session", marker)
            self.show_screen("capture", int(marker))
            self.ctx.status.emit(self.tr("Reopened the interview that was open when Workbench last stopped."))

    def current_screen(self) -> Screen:
        """The screen on show."""
        widget = self.stack.currentWidget()
        assert isinstance(widget, Screen)
        return widget

    def _on_nav_row(self, row: int) -> None:
        if self._opening is not None:  # shown once the project is open
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(0)
            self.nav.blockSignals(False)
            return
        if 0 <= row < len(self._nav_specs):
            self.show_screen(self._nav_specs[row].key)

    def _on_changed(self, changes: Changes) -> None:
        # Only the screen in view reloads now; the others reload when shown again. Every loaded screen
        # reloading at once after an import froze the window for 300-500 ms at the large project.
        current = self.stack.currentWidget()
        for screen in self._screens.values():
            if not screen._loaded:
                continue
            if screen is current:
                screen.refresh(changes)
            else:
                stale = self._stale.get(screen.key)
                self._stale[screen.key] = changes if stale is None else stale | changes
        self._update_save_label()

    def refresh_stale(self, screen: Screen) -> None:
        """Apply the changes ``screen`` missed while it was out of view."""
        missed = self._stale.pop(screen.key, None)
        if missed is not None and screen._loaded:
            screen.refresh(missed)

    def _on_clean_changed(self, _clean: bool) -> None:
        self._update_save_label()

    def _on_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _on_project_replaced(self) -> None:
        self._update_title()

    # ----------------------------------------------------------------- file
    def _project_filter(self) -> str:
        return self.tr("Workbench projects (*%1);;All files (*)").replace("%1", PROJECT_SUFFIX)

    def new_project(self) -> Any:
        """File > New Project…: the wizard (file, name, segments; then partner lists, top N, guide, planning)."""
        from workbench.ui.dialogs.new_project import NewProjectWizard

        wizard = NewProjectWizard(self.ctx.settings.user_name or None, self)
        wizard.finished.connect(lambda result: self._new_project_done(wizard, result))
        wizard.open()
        self._wizard = wizard
        return wizard

    def _new_project_done(self, wizard: Any, result: int) -> None:
        project = wizard.project
        wizard.deleteLater()
        self._wizard = None
        if not result or project is None:
            return
        self.ctx.replace_project(project)
        self.show_screen("partners")
        self.ctx.status.emit(self.tr("Created %1").replace("%1", str(project.path or project.display_name)))

    def open_project_dialog(self) -> None:
        """File > Open Project…."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Project"), str(Path.home()), self._project_filter())
        if path:
            self.open_project(path)

    def open_project(self, db: str) -> bool:
        """Open a project by path or URL; a clear message if it cannot be opened."""
        from PySide6.QtWidgets import QMessageBox

        from workbench.store.project import open_project
        from workbench.ui.errortext import error_text

        try:
            project = open_project(db, user=self.ctx.settings.user_name or None, lock=True)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Open Project"), error_text(exc))
            return False
        self.ctx.replace_project(project)
        return True

    def open_team_project(self) -> None:
        """File > Open Team Project…: a project on the team's PostgreSQL server."""
        from workbench.store.project import default_user
        from workbench.ui.dialogs.team_open import TeamOpenDialog

        dialog = TeamOpenDialog(user_name=self.ctx.settings.user_name, default_user=default_user(), parent=self)
        if dialog.exec() and dialog.user_name() != self.ctx.settings.user_name:
            self.ctx.settings.user_name = dialog.user_name()
            save_settings(self.ctx.settings)
        if dialog.result():
            self.open_project(dialog.url())
        dialog.deleteLater()

    def _fill_recent(self) -> None:
        self.menu_recent.clear()
        recent = self.ctx.settings.recent_projects
        if not recent:
            act = self.menu_recent.addAction(self.tr("No recent projects"))
            act.setEnabled(False)
            return
        for db in recent:
            act = self.menu_recent.addAction(db)
            act.triggered.connect(lambda _c=False, d=db: self.open_project(d))

    def restore_from_backup(self) -> None:
        """File > Restore from Backup…: list the backups, restore one into a new file or over this project."""
        from workbench.ui.dialogs.restore import RestoreDialog

        RestoreDialog(self.ctx, self).exec()

    def save_copy(self) -> None:
        """File > Save a Copy…: a consistent copy through SQLite's backup API."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        from workbench.store.backup import backup_sqlite

        source = self.ctx.project.path
        if source is None:
            QMessageBox.information(self, self.tr("Save a Copy"), self.tr(
                "A team project lives on its server; use 'workbench db copy' to copy it to a file."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a Copy"), str(source.with_name(
            source.stem + "-copy" + PROJECT_SUFFIX)), self._project_filter())
        if not path:
            return
        try:
            backup_sqlite(source, Path(path))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save a Copy"), self.tr("The copy could not be written: %1").replace(
                "%1", str(exc)))
            return
        self.ctx.status.emit(self.tr("Copy saved to %1").replace("%1", path))

    # ----------------------------------------------------------------- view and help
    def set_theme(self, key: str) -> None:
        """View > Theme."""
        self.ctx.settings.theme = key
        save_settings(self.ctx.settings)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        theme.apply_theme(app, key)
        from workbench.ops import Changes  # (not at the top: the window paints before it loads)

        self.ctx.notify(Changes(project=True))

    def set_language(self, key: str) -> None:
        """View > Language: applied at once, no restart."""
        self.ctx.settings.language = key
        save_settings(self.ctx.settings)
        i18n.install_language(key)

    def _yield_shortcuts(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A screen's own shortcut wins while the focus is in it: the window's action with the same keys
        lends them (Ctrl+O opens the selected interview on Interviews, a project elsewhere). Qt would
        otherwise see two shortcuts for one key and run neither."""
        if new is None or new.window() is not self:
            return
        local: set[str] = set()
        widget: QWidget | None = new
        while widget is not None and widget is not self:
            for action in widget.actions():
                context = action.shortcutContext()
                with_children, widget_only = _local_contexts()
                if action.isEnabled() and (context == with_children or (context == widget_only and widget is new)):
                    local.update(s.toString() for s in action.shortcuts())
            widget = widget.parentWidget()
        for action in self.actions():
            original = self._suspended.get(action, action.shortcuts())
            wanted = [s for s in original if s.toString() not in local]
            if [s.toString() for s in wanted] != [s.toString() for s in action.shortcuts()]:
                action.setShortcuts(wanted)
            if len(wanted) != len(original):
                self._suspended[action] = original
            else:
                self._suspended.pop(action, None)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action, shortcut) for every action of the window that has one, menus and screens alike."""
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for action in self.findChildren(QAction):
            shortcuts = self._suspended.get(action, action.shortcuts())
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            text = action.text().replace("&", "")
            if keys and text and (text, keys) not in seen:
                seen.add((text, keys))  # type: ignore[arg-type]
                rows.append((text, keys))
        return sorted(rows)

    def open_palette(self) -> Any:
        """Ctrl+K: the command palette over the window."""
        from workbench.ui.palette import CommandPalette

        if self._palette is None:
            self._palette = CommandPalette(self)
        self._palette.open()
        return self._palette

    def search_statements(self) -> Any:
        """Ctrl+Shift+F: search every statement of the project, whatever screen is on show."""
        from workbench.ui.interviews.search_dialog import SearchDialog

        old = getattr(self, "_search_dialog", None)
        if old is not None and old.task.done and not old.isVisible():
            old.deleteLater()  # (one still indexing is left to its parent: its worker reports to it)
        dialog = SearchDialog(self.ctx, self)
        dialog.open()
        self._search_dialog = dialog
        return dialog

    def start_tour(self, step: int = 0) -> Any:
        """Help > Guided Tour (also on the first start): callouts over the window."""
        from workbench.ui.tour import GuidedTour

        if self._tour is not None:
            try:
                self._tour.finish(False)
            except RuntimeError:  # already deleted
                pass
        self._tour = GuidedTour(self)
        self._tour.ended.connect(lambda _done: setattr(self, "_tour", None))
        self._tour.start(step)
        return self._tour

    def shortcut_table(self) -> list[tuple[str, str, str]]:
        """(action, shortcut, where it works: "Everywhere" or a screen) for every action with a shortcut."""
        rows: set[tuple[str, str, str]] = set()
        everywhere = self.tr("Everywhere")
        for action in self.findChildren(QAction):
            shortcuts = self._suspended.get(action, action.shortcuts())
            keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
            text = action.text().replace("&", "")
            if not keys or not text:
                continue
            where, owner = everywhere, action.parent()
            while owner is not None and owner is not self:
                if isinstance(owner, Screen):
                    try:
                        where = screen_title(spec_of(owner.key))
                    except KeyError:
                        pass
                    break
                owner = owner.parent()
            rows.add((text, keys, where))
        return sorted(rows, key=lambda r: (r[2] != everywhere, r[2], r[0]))

    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts: every screen is built first (not loaded), so all their keys are listed."""
        from workbench.ui.dialogs.shortcuts import ShortcutsDialog

        for spec in SCREENS:
            self.screen(spec.key)

        ShortcutsDialog(self.shortcut_table(), self).exec()

    def show_about(self) -> None:
        """Help > About."""
        from PySide6.QtWidgets import QMessageBox
        QMessageBox.about(self, self.tr("About Workbench"), self.tr(
            "<b>Workbench %1</b><p>Partner research: interviews, Value Proposition Canvas boards, the "
            "partner backlog and the program structure. Everything stays on this computer.</p>").replace(
            "%1", __version__))

    # ----------------------------------------------------------------- state
    def _update_title(self) -> None:
        if self._opening is not None:
            name = self._first.name if self._first is not None else ""
            self.setWindowTitle(f"{name} — Workbench" if name else "Workbench")
            text = self.tr("Opening the project…")
            if self._first is not None:
                text = self.tr("Project: %1").replace("%1", f"{name} ({self._first.path})")
            self.project_label.setText(text)
            return
        name = self.ctx.project.get_meta("name", self.ctx.project.display_name)
        self.setWindowTitle(f"{name} — Workbench")
        where = self.ctx.project.path or self.ctx.project.display_name
        self.project_label.setText(self.tr("Project: %1").replace("%1", f"{name} ({where})"))

    def _update_save_label(self) -> None:
        # Every user action commits before it is shown, so the project is always saved.
        self.save_label.setText(self.tr("All changes saved"))

    def _restore_geometry(self, settings: QSettings) -> None:
        geometry = settings.value("geometry")
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        else:
            self.resize(1440, 900)
        state = settings.value("state")
        if isinstance(state, QByteArray | bytes):
            self.restoreState(QByteArray(state))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._opening is None:
            self._mark_capture("", None)
            self.remote.stop()
            self.autobackup.stop()
        settings = window_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("state", self.saveState())
        partners = self._screens.get("partners")
        if partners is not None:
            settings.setValue(PARTNERS_HEADER, partners.header_state())
        settings.sync()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
        if self._loaded_pending and self._opening is None:
            self._loaded_pending = False
            self.loaded.emit()
