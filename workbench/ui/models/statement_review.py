"""The review list after an interview: untagged statements with the suggested kind and its confidence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.interviews.capture import StatementRead
from workbench.ui.models.statements import kind_label
from workbench.ui.theme import kind_color

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewModel(QAbstractTableModel):
    """Columns: statement, suggestion, confidence, decision."""

    COLUMNS = (QT_TRANSLATE_NOOP("ReviewModel", "Statement"), QT_TRANSLATE_NOOP("ReviewModel", "Suggested kind"),
               QT_TRANSLATE_NOOP("ReviewModel", "Confidence"), QT_TRANSLATE_NOOP("ReviewModel", "Decision"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[StatementRead] = []

    def set_rows(self, rows: list[StatementRead]) -> None:
        """Replace the statements under review."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def statement(self, row: int) -> StatementRead:
        """The statement on a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802, D102 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ReviewModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102 - Qt override
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        st = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return st.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return st.text
            if col == 1:
                return kind_label(st.suggested_kind) if st.suggested_kind else "—"
            if col == 2:
                return f"{st.suggested_score:.0%}" if st.suggested_score is not None else ""
            if col == 3:
                return {"accepted": QCoreApplication.translate("ReviewModel", "accepted"),
                        "rejected": QCoreApplication.translate("ReviewModel", "rejected")}.get(
                    st.suggestion_state or "", "")
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and st.suggested_kind:
            return kind_color(st.suggested_kind)
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return st.text
        return None
