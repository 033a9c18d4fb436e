"""History of one record: who changed what, when, from what to what (the audit trail, newest first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.dialogs.stale import entity_label, field_label

_Index = QModelIndex | QPersistentModelIndex


def _short(value: Any) -> str:
    if value is None or value == "":
        return "—"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 80 else text[:79] + "…"


class AuditModel(QAbstractTableModel):
    """Audit entries: when, who, what they did, the changes."""

    def __init__(self, entries: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What changed"))[section]

    def action_label(self, action: str) -> str:
        """An action as people say it."""
        return {"update": self.tr("edited"), "create": self.tr("created"), "delete": self.tr("deleted"),
                "keep_both": self.tr("saved as a copy"), "restore": self.tr("restored"), "move": self.tr("moved"),
                "merge": self.tr("merged"), "unmerge": self.tr("merge undone"), "split": self.tr("split"),
                "reorder": self.tr("reordered"), "add_evidence": self.tr("evidence added"),
                "remove_evidence": self.tr("evidence removed"), "links": self.tr("fit links changed"),
                "link_cards": self.tr("cards linked")}.get(action, action)

    def describe(self, entry: Any) -> str:
        """The changes of one entry as 'Field: before → after' lines."""
        if entry.action == "keep_both":
            return self.tr("copy of #%1").replace("%1", str(entry.before.get("copied_from", "?")))
        if entry.action == "delete":
            return self.tr("deleted (was version %1)").replace("%1", str(entry.before.get("version", "?")))
        if entry.action == "restore":
            return self.tr("put back by undo")
        if "cards" in entry.after and "info" in entry.after:  # a board step: which cards it touched
            return self.tr("cards %1").replace("%1", ", ".join(f"#{c}" for c in entry.after.get("cards") or []))
        parts = [f"{field_label(f)}: {_short(entry.before.get(f))} → {_short(entry.after.get(f))}"
                 for f in entry.fields]
        return "\n".join(parts) or "—"

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == 0:
                return entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            if col == 1:
                return entry.who or "?"
            if col == 2:
                return self.action_label(entry.action)
            return self.describe(entry)
        if role == Qt.ItemDataRole.UserRole and col == 0:
            return entry.id  # sorts by order of saving, not by the local clock text
        return None


class AuditDialog(QDialog):
    """The audit trail of one record, filterable by text."""

    def __init__(self, entries: list[Any], *, entity: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of %1 “%2”").replace("%1", entity_label(entity)).replace("%2", title))
        self.resize(820, 460)
        self.model = AuditModel(entries, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter by person or text"))
        self.search.setAccessibleName(self.tr("Filter history"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()
        self.empty = QLabel(self.tr("No recorded changes yet. Every save of this record by anyone in the team "
                                    "will be listed here: who, when, and what it was before and after."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.stack.setCurrentWidget(self.view if entries else self.empty)
        self.search.setEnabled(bool(entries))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)
        layout.addWidget(buttons)


def show_history(ctx: Any, *, entity: str, entity_id: int, title: str, parent: QWidget | None = None) -> AuditDialog:
    """Open the history of one record of the current project (non-modal; the dialog is returned)."""
    from workbench.store.audit import history

    dialog = AuditDialog(history(ctx.project, entity=entity, entity_id=entity_id), entity=entity, title=title,
                         parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class HistoryAction(QAction):
    """“History…” (Ctrl+Shift+H) for the record the user is on: put it in a view's context menu.

    ``current`` returns (entity id, title) of the selected record, or None. The text follows the
    language of the widget it belongs to.
    """

    def __init__(self, parent: QWidget, ctx: Any, entity: str, current: Callable[[], tuple[int, str] | None]) -> None:
        super().__init__(parent)
        self.ctx, self.entity, self.current = ctx, entity, current
        self.dialog: AuditDialog | None = None
        self.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.triggered.connect(self.show_history)
        parent.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the text in the current language."""
        self.setText(QCoreApplication.translate("AuditDialog", "History…"))
        self.setToolTip(QCoreApplication.translate("AuditDialog", "Who changed this record, when, from what to what"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def show_history(self) -> AuditDialog | None:
        """Open the history of the selected record (says so in the status bar when none is selected)."""
        found = self.current()
        if found is None:
            self.ctx.status.emit(QCoreApplication.translate("AuditDialog", "Select a record to see its history."))
            return None
        entity_id, title = found
        parent = self.parent()
        self.dialog = show_history(self.ctx, entity=self.entity, entity_id=entity_id, title=title,
                                   parent=parent if isinstance(parent, QWidget) else None)
        return self.dialog


def add_history_action(view: QWidget, ctx: Any, entity: str,
                       current: Callable[[], tuple[int, str] | None]) -> HistoryAction:
    """Give ``view`` a context menu (its actions) with “History…” for the selected record."""
    action = HistoryAction(view, ctx, entity, current)
    if view.contextMenuPolicy() != Qt.ContextMenuPolicy.ActionsContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    view.addAction(action)
    return action
