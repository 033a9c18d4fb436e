"""Interviews as a table: partner, segment, date, interviewer, status, counts; filtered by a proxy."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workbench.interviews.planning import InterviewRead
from workbench.ui.theme import kind_color

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
READ_ROLE = Qt.ItemDataRole.UserRole + 3

STATUS_NAMES = {
    "planned": QT_TRANSLATE_NOOP("InterviewTableModel", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("InterviewTableModel", "in progress"),
    "done": QT_TRANSLATE_NOOP("InterviewTableModel", "done"),
}


def status_name(status: str) -> str:
    """The translated name of an interview status."""
    return QCoreApplication.translate("InterviewTableModel", STATUS_NAMES.get(status, status))


class InterviewTableModel(QAbstractTableModel):
    """One row per interview."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("InterviewTableModel", "Partner"), QT_TRANSLATE_NOOP("InterviewTableModel", "Segment"),
        QT_TRANSLATE_NOOP("InterviewTableModel", "Date"), QT_TRANSLATE_NOOP("InterviewTableModel", "Interviewer"),
        QT_TRANSLATE_NOOP("InterviewTableModel", "Status"), QT_TRANSLATE_NOOP("InterviewTableModel", "Jobs"),
        QT_TRANSLATE_NOOP("InterviewTableModel", "Pains"), QT_TRANSLATE_NOOP("InterviewTableModel", "Gains"),
        QT_TRANSLATE_NOOP("InterviewTableModel", "Statements"),
    )
    KIND_COLUMNS = {5: "job", 6: "pain", 7: "gain"}

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[InterviewRead] = []

    def set_rows(self, rows: list[InterviewRead]) -> None:
        """Replace the interviews shown."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def interview(self, row: int) -> InterviewRead:
        """The interview on a row."""
        return self._rows[row]

    def row_of(self, interview_id: int) -> int | None:
        """The row of an interview."""
        return next((n for n, r in enumerate(self._rows) if r.id == interview_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802, D102 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole,
                                                                 Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate("InterviewTableModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102 - Qt override
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return r.id
        if role == READ_ROLE:
            return r
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            date = r.date
            values: tuple[Any, ...] = (
                r.partner_name, r.segment_name,
                (date.strftime("%Y-%m-%d %H:%M") if date else "") if role == Qt.ItemDataRole.DisplayRole
                else (date.isoformat() if date else ""),
                r.interviewer, status_name(r.status) if role == Qt.ItemDataRole.DisplayRole else r.status,
                r.jobs, r.pains, r.gains, r.total,
            )
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and col in self.KIND_COLUMNS:
            return kind_color(self.KIND_COLUMNS[col])
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class InterviewFilterProxy(QSortFilterProxyModel):
    """Filters by segment, status and interviewer, and by text in the partner's name."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.segment: str | None = None
        self.status: str | None = None
        self.interviewer: str | None = None
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)

    def set_filters(self, *, segment: str | None, status: str | None, interviewer: str | None) -> None:
        """Apply the three filters (None means any)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.segment, self.status, self.interviewer = segment, status, interviewer
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.segment, self.status, self.interviewer = segment, status, interviewer
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802, D102 - Qt override
        model = self.sourceModel()
        r: InterviewRead = model.index(source_row, 0, source_parent).data(READ_ROLE)
        if r is None:
            return False
        if self.segment is not None and r.segment_name != self.segment:
            return False
        if self.status is not None and r.status != self.status:
            return False
        if self.interviewer is not None and r.interviewer != self.interviewer:
            return False
        return super().filterAcceptsRow(source_row, source_parent)
