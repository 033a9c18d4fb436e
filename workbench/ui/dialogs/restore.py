"""File > Restore from Backup…: the project's backups with date, reason and counts; restore one.

A backup is restored either into a new file (nothing else changes; the copy can be opened at once) or
over the open project, after a safety backup of its current state that then appears in this same list,
so a restore can itself be undone. Restoring goes through SQLite's backup API, never a file copy.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.settings import PROJECT_SUFFIX
from workbench.store.backup import BackupInfo, backup_counts, backup_file, list_backups, restore_backup
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.widgets import EmptyState

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


class BackupsModel(QAbstractTableModel):
    """The backups of one project, newest first: when, why, partners, interviews, statements, size."""

    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups: list[BackupInfo] = []
        self.counts: list[dict[str, int]] = []

    def load(self, project_path: Path | None) -> None:
        """Read the backups of ``project_path`` (and their counts, read-only)."""
        self.beginResetModel()
        self.backups = list_backups(project_path) if project_path is not None else []
        self.counts = []
        for backup in self.backups:
            try:
                self.counts.append(backup_counts(backup.path))
            except Exception:  # noqa: BLE001 - a damaged backup still gets a row, with no counts
                self.counts.append({})
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.backups)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Taken"), self.tr("Reason"), self.tr("Partners"), self.tr("Interviews"),
                self.tr("Statements"), self.tr("Size"))[section]

    def reason_text(self, reason: str) -> str:
        """The reason of a backup in words."""
        if reason == "open":
            return self.tr("When the project was opened")
        if reason == "periodic":
            return self.tr("Every few minutes while working")
        if reason == "manual":
            return self.tr("Backed up by hand")
        if reason == "before-restore":
            return self.tr("Before a restore")
        if reason.startswith("before-schema-"):
            return self.tr("Before updating the file to schema %1").replace("%1", reason.rsplit("-", 1)[-1])
        if reason.startswith("before-import-"):
            what = reason.removeprefix("before-import-")
            kinds = {"partners": self.tr("partners"), "notes": self.tr("notes"), "survey": self.tr("a survey round"),
                     "capabilities": self.tr("capabilities"), "qdpx": self.tr("a .qdpx project")}
            return self.tr("Before importing %1").replace("%1", kinds.get(what, what.replace("-", " ")))
        if reason.startswith("before-"):
            return self.tr("Before %1").replace("%1", reason.removeprefix("before-").replace("-", " "))
        return reason

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        backup, counts, column = self.backups[index.row()], self.counts[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if column == 1:
                return self.reason_text(backup.reason)
            if 2 <= column <= 4:
                value = counts.get(("partners", "interviews", "statements")[column - 2])
                return "—" if value is None else f"{value:,}".replace(",", "\u202f")
            return self.tr("%1 MB").replace("%1", f"{backup.size / 1024 / 1024:.1f}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        return None


class RestoreDialog(QDialog):
    """Choose a backup and restore it into a new file or over the open project."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("restoreDialog")
        self.resize(820, 460)
        self.model = BackupsModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.restore_as_new())
        self.empty = EmptyState(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.btn_new = QPushButton(self)
        self.btn_replace = QPushButton(self)
        self.btn_now = QPushButton(self)
        for button in (self.btn_new, self.btn_replace):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.btn_now, QDialogButtonBox.ButtonRole.ResetRole)
        self.btn_new.clicked.connect(self.restore_as_new)
        self.btn_replace.clicked.connect(self.replace_current)
        self.btn_now.clicked.connect(self.back_up_now)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.intro.setText(self.tr(
            "Workbench backs the project up when it is opened, every few minutes while you work, and before "
            "updates and imports. Restore a backup into a new file to look at it, or replace the open project "
            "with it; the current state is backed up first, so a restore can be undone from this list."))
        self.btn_new.setText(self.tr("Restore as &New File…"))
        self.btn_replace.setText(self.tr("&Replace Current Project…"))
        self.btn_now.setText(self.tr("&Back Up Now"))
        self.view.setAccessibleName(self.tr("Backups"))
        if self.ctx.project.path is None:
            self.empty.set_texts(self.tr("No backups here"), self.tr(
                "A team project lives on its server and is backed up there, not on this computer."))
        else:
            self.empty.set_texts(self.tr("No backups yet"), self.tr(
                "Backups appear here once the project has been opened with changes, or press Back Up Now. "
                "They are kept in the 'backups' folder beside the project: the newest few, then one a day, "
                "one a week and one a month."))

    def reload(self) -> None:
        """Read the backups again."""
        self.model.load(self.ctx.project.path)
        self.stack.setCurrentWidget(self.view if self.model.backups else self.empty)
        if self.model.backups:
            self.view.selectRow(0)
        for column in (0, 2, 3, 4, 5):
            self.view.resizeColumnToContents(column)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        """The backup chosen in the list."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.btn_new.setEnabled(chosen)
        self.btn_replace.setEnabled(chosen)
        self.btn_now.setEnabled(self.ctx.project.path is not None)

    def _fail(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Restore from Backup"), error_text(exc))

    def back_up_now(self) -> Path | None:
        """Take a backup of the open project now (reason: by hand)."""
        path = self.ctx.project.path
        if path is None:
            return None
        try:
            made = backup_file(path, "manual")
        except WorkbenchError as exc:
            self._fail(exc)
            return None
        self.reload()
        self.ctx.status.emit(self.tr("Backed up to %1").replace("%1", made.name))
        return made

    def restore_as_new(self, target: str | Path | None = None, *, open_it: bool | None = None) -> Path | None:
        """Restore the chosen backup into a new file (asked for unless given) and offer to open it."""
        backup, source = self.selected(), self.ctx.project.path
        if backup is None or source is None:
            return None
        if target is None:
            stamp = backup.taken_at.astimezone().strftime("%Y%m%d-%H%M")
            suggested = source.with_name(f"{source.stem}-restored-{stamp}{PROJECT_SUFFIX}")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Restore as New File"), str(suggested),
                                                    self.tr("Workbench projects (*%1)").replace("%1", PROJECT_SUFFIX))
            if not chosen:
                return None
            target = chosen
        target = Path(target)
        try:
            restore_backup(backup.path, target)
        except WorkbenchError as exc:
            self._fail(exc)
            return None
        if open_it is None:
            open_it = QMessageBox.question(self, self.tr("Restore from Backup"), self.tr(
                "The backup was restored into %1. Open it now?").replace("%1", str(target))) == \
                QMessageBox.StandardButton.Yes
        if open_it:
            self._open(target)
        return target

    def replace_current(self, *, confirm: bool = True) -> Path | None:
        """Replace the open project with the chosen backup, after a safety backup; the safety backup's path."""
        from workbench.store.project import open_project

        backup, path = self.selected(), self.ctx.project.path
        if backup is None or path is None:
            return None
        when = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        if confirm and QMessageBox.question(self, self.tr("Replace Current Project"), self.tr(
                "Replace the open project with the backup of %1? Its current state is backed up first, so you "
                "can come back to it from this list. The undo history is cleared.").replace("%1", when)) != \
                QMessageBox.StandardButton.Yes:
            return None
        self.ctx.project.engine.dispose()  # no open connection while the file is rewritten
        try:
            safety = restore_backup(backup.path, path, replace=True)
            project = open_project(path, user=self.ctx.settings.user_name or None, lock=True, backup=False)
        except WorkbenchError as exc:
            self._fail(exc)
            return None
        self.ctx.replace_project(project)
        self.ctx.status.emit(self.tr("Restored the backup of %1").replace("%1", when))
        self.reload()
        return safety

    def _open(self, target: Path) -> None:
        from workbench.store.project import open_project

        try:
            project = open_project(target, user=self.ctx.settings.user_name or None, lock=True)
        except WorkbenchError as exc:
            self._fail(exc)
            return
        self.ctx.replace_project(project)
        self.accept()
