"""The dialog shown when a save was refused because someone else saved the same record first.

It says who saved and when, lists each field they changed (what you read, what they saved, what you
tried to save) and offers: **Reload** (take theirs, drop yours), **Overwrite** (save yours over
theirs), and, where a second record makes sense, **Keep both** (theirs stays, yours becomes a copy).
The caller acts on the choice through :mod:`workbench.store.versioning` (``overwrite`` /
``keep_both``) or by reloading; nothing is decided here.
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

_Index = QModelIndex | QPersistentModelIndex


class StaleChoice(enum.Enum):
    """What the user chose."""

    RELOAD = "reload"
    OVERWRITE = "overwrite"
    KEEP_BOTH = "keep_both"
    CANCEL = "cancel"


def _show(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"


class ChangesModel(QAbstractTableModel):
    """The fields someone else changed: field, what you read, theirs, yours."""

    def __init__(self, changes: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.changes = list(changes)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Field"), self.tr("When you opened it"), self.tr("Saved by them"), self.tr("Yours"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        change = self.changes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return field_label(change.field)
            if col == 1:
                return _show(change.base)
            if col == 2:
                return _show(change.theirs)
            return _show(change.yours) if change.you_changed else self.tr("(not changed by you)")
        if role == Qt.ItemDataRole.FontRole and change.conflicts:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return _show(change.theirs if index.column() == 2 else change.yours if index.column() == 3 else change.base)
        return None


def field_label(name: str) -> str:
    """A field's name as people say it."""
    from PySide6.QtCore import QCoreApplication

    labels = {
        "title": QCoreApplication.translate("StaleDialog", "Title"),
        "description": QCoreApplication.translate("StaleDialog", "Description"),
        "notes": QCoreApplication.translate("StaleDialog", "Notes"),
        "name": QCoreApplication.translate("StaleDialog", "Name"),
        "status": QCoreApplication.translate("StaleDialog", "Status"),
        "pillar": QCoreApplication.translate("StaleDialog", "Pillar"),
        "importance": QCoreApplication.translate("StaleDialog", "Importance"),
        "zone": QCoreApplication.translate("StaleDialog", "Zone"),
        "owner": QCoreApplication.translate("StaleDialog", "Owner"),
        "city": QCoreApplication.translate("StaleDialog", "City"),
        "research_status": QCoreApplication.translate("StaleDialog", "Research status"),
        "text": QCoreApplication.translate("StaleDialog", "Text"),
        "kind": QCoreApplication.translate("StaleDialog", "Kind"),
        "severity": QCoreApplication.translate("StaleDialog", "Severity"),
        "links": QCoreApplication.translate("StaleDialog", "Fit links"),
        "evidence": QCoreApplication.translate("StaleDialog", "Statements behind it"),
        "cards": QCoreApplication.translate("StaleDialog", "Linked cards"),
    }
    return labels.get(name, name.replace("_", " ").capitalize())


def entity_label(entity: str) -> str:
    """An entity's name as people say it."""
    from PySide6.QtCore import QCoreApplication

    return {
        "partner": QCoreApplication.translate("StaleDialog", "partner"),
        "card": QCoreApplication.translate("StaleDialog", "card"),
        "backlog_item": QCoreApplication.translate("StaleDialog", "backlog item"),
        "statement": QCoreApplication.translate("StaleDialog", "statement"),
    }.get(entity, entity.replace("_", " "))


class StaleDialog(QDialog):
    """Someone else saved this record first: reload, overwrite, or keep both."""

    def __init__(self, error: Any, parent: QWidget | None = None, *, can_keep_both: bool = True) -> None:
        super().__init__(parent)
        self.error = error
        self.choice = StaleChoice.CANCEL
        self.setWindowTitle(self.tr("Someone else saved this first"))
        self.resize(720, 380)
        editor = getattr(error, "last_editor", None)
        thing = entity_label(getattr(error, "entity", ""))
        if editor is not None:
            when = editor.at.astimezone().strftime("%Y-%m-%d %H:%M")
            head = self.tr("%1 saved this %2 at %3, after you opened it.").replace("%1", editor.who or "?") \
                .replace("%2", thing).replace("%3", when)
        else:
            head = self.tr("Someone else saved this %1 after you opened it.").replace("%1", thing)
        deleted = bool(getattr(error, "deleted", False))
        if deleted:
            head = self.tr("This %1 was deleted by someone else; your change was not saved.").replace("%1", thing)
        self.summary = QLabel(head + " " + self.tr("Your change was not saved yet. Nothing is lost until you choose."),
                              self)
        self.summary.setWordWrap(True)
        self.model = ChangesModel(list(getattr(error, "changes", [])), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setAccessibleName(self.tr("Fields changed by someone else"))
        self.view.setVisible(self.model.rowCount() > 0)
        buttons = QDialogButtonBox(self)
        self.reload_button = QPushButton(self.tr("&Reload theirs"), self)
        self.reload_button.setToolTip(self.tr("Show what is saved now and drop your change"))
        self.overwrite_button = QPushButton(self.tr("&Overwrite with mine"), self)
        self.overwrite_button.setToolTip(self.tr("Save your values over theirs (their change stays in the history)"))
        self.keep_button = QPushButton(self.tr("&Keep both"), self)
        self.keep_button.setToolTip(self.tr("Leave theirs as it is and save yours as a copy"))
        buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.overwrite_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        if not deleted and getattr(error, "yours", None) == {}:  # a delete or merge: no values of yours
            self.overwrite_button.setText(self.tr("&Go ahead anyway"))
            self.overwrite_button.setToolTip(self.tr("Do what you asked even though they changed it "
                                                     "(their change stays in the history)"))
        self.overwrite_button.setVisible(not deleted)
        self.keep_button.setVisible(can_keep_both and not deleted)
        self.reload_button.setDefault(True)
        self.reload_button.clicked.connect(lambda: self._choose(StaleChoice.RELOAD))
        self.overwrite_button.clicked.connect(lambda: self._choose(StaleChoice.OVERWRITE))
        self.keep_button.clicked.connect(lambda: self._choose(StaleChoice.KEEP_BOTH))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

    def _choose(self, choice: StaleChoice) -> None:
        self.choice = choice
        self.accept()


def ask_stale(error: Any, parent: QWidget | None = None, *, can_keep_both: bool = True) -> StaleChoice:
    """Show the dialog for a refused save and return the user's choice (CANCEL if closed)."""
    dialog = StaleDialog(error, parent, can_keep_both=can_keep_both)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
