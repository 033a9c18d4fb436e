"""The backlog table: a model over :class:`BacklogItemRead` rows, a filter/sort proxy, drag to reorder.

Rows are kept in the product manager's order (position). Edits do not write: they go to
``edit_handler`` (the screen turns them into one undoable service call, for every selected row
when the edited row is part of a multi-row selection). A drop goes to ``reorder_handler`` with
the new order of every id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from workbench.backlog.service import BacklogItemRead
from workbench.ui.backlog.labels import pillar_text, status_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[str, ...] = ("position", "rank", "title", "pillar", "status", "release", "owner", "reach", "impact",
                            "confidence", "effort", "score", "partners", "manual_rank")
HEADERS = {
    "position": QT_TRANSLATE_NOOP("BacklogTableModel", "#"),
    "rank": QT_TRANSLATE_NOOP("BacklogTableModel", "Rank"),
    "title": QT_TRANSLATE_NOOP("BacklogTableModel", "Item"),
    "pillar": QT_TRANSLATE_NOOP("BacklogTableModel", "Pillar"),
    "status": QT_TRANSLATE_NOOP("BacklogTableModel", "Status"),
    "release": QT_TRANSLATE_NOOP("BacklogTableModel", "Release"),
    "owner": QT_TRANSLATE_NOOP("BacklogTableModel", "Owner"),
    "reach": QT_TRANSLATE_NOOP("BacklogTableModel", "Reach"),
    "impact": QT_TRANSLATE_NOOP("BacklogTableModel", "Impact"),
    "confidence": QT_TRANSLATE_NOOP("BacklogTableModel", "Confidence"),
    "effort": QT_TRANSLATE_NOOP("BacklogTableModel", "Effort"),
    "score": QT_TRANSLATE_NOOP("BacklogTableModel", "Score"),
    "partners": QT_TRANSLATE_NOOP("BacklogTableModel", "Partners"),
    "manual_rank": QT_TRANSLATE_NOOP("BacklogTableModel", "Pinned rank"),
}
EDITABLE = {"title", "pillar", "status", "release", "owner", "effort", "manual_rank"}
NUMERIC = {"position", "rank", "reach", "impact", "confidence", "effort", "score", "partners", "manual_rank"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
KEY_ROLE = Qt.ItemDataRole.UserRole + 3
MIME = "application/x-workbench-backlog-ids"
STATUS_COLORS = {"new": "#2f6fb2", "triaged": "#7d5ba6", "planned": "#d9822b", "in_progress": "#b8860b",
                 "released": "#3a9e6f", "rejected": "#999999"}

EditHandler = Callable[[int, str, Any], bool]
ReorderHandler = Callable[[list[int]], None]


def _num(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else str(int(value))


class BacklogTableModel(QAbstractTableModel):
    """Every backlog item, one row each, in the product manager's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[BacklogItemRead] = []
        self._row_of: dict[int, int] = {}
        self._keys: list[str] = []
        self.releases: list[tuple[int, str]] = []
        self.edit_handler: EditHandler | None = None
        self.reorder_handler: ReorderHandler | None = None

    # ---------------------------------------------------------------- data in
    def set_items(self, items: Sequence[BacklogItemRead]) -> None:
        """Replace every row (after a reload)."""
        self.beginResetModel()
        self._rows = list(items)
        self._row_of = {item.id: n for n, item in enumerate(self._rows)}
        self._keys = [f"{i.title}\n{i.description}\n{i.owner}\n{i.release_name}\n#{i.id}".lower() for i in self._rows]
        self.endResetModel()

    def item(self, row: int) -> BacklogItemRead:
        """The item in a source row."""
        return self._rows[row]

    def items(self) -> list[BacklogItemRead]:
        """Every item, in order."""
        return list(self._rows)

    def row_of(self, item_id: int) -> int | None:
        """The source row of an item id."""
        return self._row_of.get(item_id)

    def search_key(self, row: int) -> str:
        """Lower-case text a search matches against."""
        return self._keys[row]

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("BacklogTableModel", str(HEADERS[COLUMNS[section]]))
            if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] == "position":
                return QCoreApplication.translate("BacklogTableModel", "Your order: drag rows to change it")
        return None

    def _value(self, item: BacklogItemRead, column: str) -> Any:
        return {
            "position": item.position + 1, "rank": item.rank, "title": item.title, "pillar": item.pillar,
            "status": item.status, "release": item.release_name, "owner": item.owner, "reach": item.reach,
            "impact": item.impact, "confidence": item.confidence, "effort": item.effort,
            "score": item.computed_score, "partners": item.partner_count, "manual_rank": item.manual_rank,
        }[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: C901 - one switch
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        column = COLUMNS[index.column()]
        value = self._value(item, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "pillar":
                return pillar_text(item.pillar)
            if column == "status":
                return status_text(item.status)
            if column in ("reach", "impact", "effort"):
                return _num(value)
            if column == "confidence":
                return "—" if value is None else f"{value:.0%}"
            if column == "score":
                return _num(value, 2)
            if column in ("rank", "manual_rank"):
                return "" if value is None else str(value)
            return value
        if role == Qt.ItemDataRole.EditRole:
            if column == "release":
                return item.release_id
            return value
        if role == SORT_ROLE:
            if column == "title":
                return item.title.lower()
            if column in NUMERIC:
                return float("inf") if value is None and column in ("rank", "manual_rank") else (
                    float("-inf") if value is None else float(value))
            if column == "pillar":
                return pillar_text(item.pillar)
            if column == "status":
                return list(STATUS_COLORS).index(item.status) if item.status in STATUS_COLORS else 9
            return str(value or "").lower()
        if role == ID_ROLE:
            return item.id
        if role == KEY_ROLE:
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "status" and item.status in STATUS_COLORS:
                return QColor(STATUS_COLORS[item.status])
            if item.status == "rejected":
                return QColor("#999999")
        if role == Qt.ItemDataRole.FontRole and column == "rank" and item.manual_rank is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title" and item.description:
                return item.description
            if column == "status" and item.reject_reason:
                return item.reject_reason
            if column == "rank" and item.manual_rank is not None:
                return QCoreApplication.translate("BacklogTableModel", "Pinned by hand; computed order ignored")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if COLUMNS[index.column()] in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE:
            return False
        field = {"release": "release_id"}.get(column, column)
        if column in ("effort", "manual_rank") and value in ("", 0, 0.0):
            value = None
        if column == "owner":
            value = str(value).strip()
        item = self._rows[index.row()]
        current = item.release_id if column == "release" else self._value(item, column)
        if current == value:
            return False
        return self.edit_handler(item.id, field, value)

    # ---------------------------------------------------------------- drag and drop
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        data.setData(MIME, QByteArray(",".join(str(self._rows[r].id) for r in rows).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if not data.hasFormat(MIME) or self.reorder_handler is None:
            return False
        moved = [int(x) for x in bytes(data.data(MIME).data()).decode().split(",") if x]
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        before = self._rows[row].id if row < len(self._rows) else None
        order = [i.id for i in self._rows if i.id not in moved]
        at = order.index(before) if before in order else len(order)
        new_order = order[:at] + moved + order[at:]
        if new_order == [i.id for i in self._rows]:
            return False
        self.reorder_handler(new_order)
        return True


class BacklogFilterProxy(QSortFilterProxyModel):
    """Text search plus status, pillar and release filters; sorts on raw values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._text = ""
        self.status: str | None = None
        self.pillar: str | None = None
        self.release_id: int | None | str = "any"  # "any", None (no release) or an id
        self.hide_closed = False

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.9 deprecates invalidateFilter() in favour of begin/endFilterChange.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        """Filter on a search text (title, description, owner, release, #id)."""
        self._refilter(lambda: setattr(self, "_text", text.strip().lower()))

    def set_filters(self, *, status: str | None = None, pillar: str | None = None,
                    release_id: int | None | str = "any", hide_closed: bool = False) -> None:
        """Set the combo filters at once."""
        def change() -> None:
            self.status, self.pillar, self.release_id, self.hide_closed = status, pillar, release_id, hide_closed

        self._refilter(change)

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        assert isinstance(model, BacklogTableModel)
        item = model.item(row)
        if self._text and self._text not in model.search_key(row):
            return False
        if self.status and item.status != self.status:
            return False
        if self.hide_closed and item.status in ("released", "rejected"):
            return False
        if self.pillar and item.pillar != self.pillar:
            return False
        return self.release_id == "any" or item.release_id == self.release_id
