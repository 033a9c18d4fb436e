"""The backlog table: a model over :class:`BacklogItemRead` rows, a filter proxy, drag to reorder.

The model keeps its rows in the sort order the user chose (the product manager's order, position,
by default) and sorts them itself, one Python key per row: the proxy only filters. A proxy that
sorts asks ``data()`` twice per comparison, about 13,000 Python calls (0.3 s) per reload at 1,000
items. Rows can be prepared (ordered, keyed, numbers formatted) in any thread with
:func:`prepare_items`, so a reload's UI-thread part is one model reset. Edits do not write: they go to
``edit_handler`` (the screen turns them into one undoable service call, for every selected row
when the edited row is part of a multi-row selection). A drop goes to ``reorder_handler`` with
the new order of every id.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
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
SortState = tuple[int, Qt.SortOrder]
#: the product manager's order, the table's first sort
DEFAULT_SORT: SortState = (COLUMNS.index("position"), Qt.SortOrder.AscendingOrder)
_STATUS_ORDER = {s: n for n, s in enumerate(STATUS_COLORS)}
_FIELD = {"position": "position", "rank": "rank", "title": "title", "pillar": "pillar", "status": "status",
          "release": "release_name", "owner": "owner", "reach": "reach", "impact": "impact",
          "confidence": "confidence", "effort": "effort", "score": "computed_score", "partners": "partner_count",
          "manual_rank": "manual_rank"}


_ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
_BASE_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
               | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
_CELL_FLAGS = tuple(_BASE_FLAGS | Qt.ItemFlag.ItemIsEditable if c in EDITABLE else _BASE_FLAGS for c in COLUMNS)


def _num(value: float | None, digits: int = 2) -> str:
    if value is None:
        return "—"
    return f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else str(int(value))


def _value(item: BacklogItemRead, column: str) -> Any:
    value = getattr(item, _FIELD[column])
    return value + 1 if column == "position" else value


def number_texts(item: BacklogItemRead) -> tuple[str, str, str, str, str, str, str]:
    """The shown text of rank, reach, impact, confidence, effort, score and pinned rank (no Qt: any thread)."""
    return ("" if item.rank is None else str(item.rank), _num(item.reach), _num(item.impact),
            "—" if item.confidence is None else f"{item.confidence:.0%}", _num(item.effort),
            _num(item.computed_score, 2), "" if item.manual_rank is None else str(item.manual_rank))


_TEXT_AT = {"rank": 0, "reach": 1, "impact": 2, "confidence": 3, "effort": 4, "score": 5, "manual_rank": 6}


def sort_key(item: BacklogItemRead, column: str) -> Any:
    """What a column sorts on (``SORT_ROLE``); any thread (``QCoreApplication.translate`` is thread-safe)."""
    value = _value(item, column)
    if column == "title":
        return item.title.lower()
    if column == "pillar":
        return pillar_text(item.pillar)
    if column in NUMERIC:
        return float("inf") if value is None and column in ("rank", "manual_rank") else (
            float("-inf") if value is None else float(value))
    if column == "status":
        return _STATUS_ORDER.get(item.status, 9)
    return str(value or "").lower()


def order_of(items: Sequence[BacklogItemRead], sort_state: SortState) -> list[int]:
    """Positions of ``items`` in the sort order ``(column, order)``; ties keep the given (position) order."""
    column, order = sort_state
    if not 0 <= column < len(COLUMNS):
        return list(range(len(items)))
    name = COLUMNS[column]
    keys = [sort_key(i, name) for i in items]
    return sorted(range(len(items)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)


def search_key(item: BacklogItemRead) -> str:
    """Lower-case text a search matches against."""
    return f"{item.title}\n{item.description}\n{item.owner}\n{item.release_name}\n#{item.id}".lower()


@dataclass(frozen=True)
class PreparedItems:
    """Backlog items in table order with what the table needs besides them; built in any thread."""

    items: list[BacklogItemRead]  # the product manager's order (position)
    rows: list[BacklogItemRead]  # the table's order
    keys: list[str]
    texts: list[tuple[str, ...]]
    row_of: dict[int, int]
    sort_state: SortState


def prepare_items(items: Sequence[BacklogItemRead], sort_state: SortState = DEFAULT_SORT) -> PreparedItems:
    """Order ``items`` (given in position order) by ``sort_state``; precompute search keys and number texts."""
    given = list(items)
    rows = [given[n] for n in order_of(given, sort_state)]
    return PreparedItems(given, rows, [search_key(i) for i in rows], [number_texts(i) for i in rows],
                         {i.id: n for n, i in enumerate(rows)}, sort_state)


class BacklogTableModel(QAbstractTableModel):
    """Every backlog item, one row each, in the product manager's order."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[BacklogItemRead] = []
        self._rows: list[BacklogItemRead] = []
        self._row_of: dict[int, int] = {}
        self._keys: list[str] = []
        self._texts: list[tuple[str, ...]] = []
        self._sort_state: SortState = DEFAULT_SORT
        self.releases: list[tuple[int, str]] = []
        self.edit_handler: EditHandler | None = None
        self.reorder_handler: ReorderHandler | None = None

    # ---------------------------------------------------------------- data in
    def set_items(self, items: Sequence[BacklogItemRead]) -> None:
        """Replace every row (after a reload); ``items`` in the product manager's order."""
        self.apply(prepare_items(items, self._sort_state))

    def apply(self, prepared: PreparedItems) -> None:
        """Replace every row with rows from :func:`prepare_items` (the UI thread's part of a reload)."""
        if prepared.sort_state != self._sort_state:  # the user sorted while they were read
            prepared = prepare_items(prepared.items, self._sort_state)
        self.beginResetModel()
        self._items, self._rows, self._keys = prepared.items, prepared.rows, prepared.keys
        self._texts, self._row_of = prepared.texts, prepared.row_of
        self.endResetModel()

    def sort_state(self) -> SortState:
        """The column and order the rows are kept in."""
        return self._sort_state

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in a column's order (one key per row, not a Python call per comparison)."""
        self._sort_state = (column, order)
        if not self._rows:
            return
        new_order = order_of(self._items, self._sort_state)
        if [self._items[n].id for n in new_order] == [i.id for i in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        old_rows = dict(self._row_of)
        self._rows = [self._items[n] for n in new_order]
        self._row_of = {i.id: n for n, i in enumerate(self._rows)}
        self._keys = [search_key(i) for i in self._rows]
        self._texts = [number_texts(i) for i in self._rows]
        old_ids = {row: item_id for item_id, row in old_rows.items()}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(self._row_of[old_ids[p.row()]], p.column()) if p.row() in old_ids else QModelIndex()
            for p in persistent])
        self.layoutChanged.emit()

    def item(self, row: int) -> BacklogItemRead:
        """The item in a source row."""
        return self._rows[row]

    def items(self) -> list[BacklogItemRead]:
        """Every item, in the product manager's order (position)."""
        return list(self._items)

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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: C901 - one switch
        row = index.row()
        if not index.isValid() or not (0 <= row < len(self._rows)):
            return None
        item = self._rows[row]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "pillar":
                return pillar_text(item.pillar)
            if column == "status":
                return status_text(item.status)
            at = _TEXT_AT.get(column)
            if at is not None:
                return self._texts[row][at]
            return _value(item, column)
        value = _value(item, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == "release":
                return item.release_id
            return value
        if role == SORT_ROLE:
            return sort_key(item, column)
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
        if not index.isValid():
            return _ROOT_FLAGS
        return _CELL_FLAGS[index.column()]  # asked for every painted cell: computed once

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
        current = item.release_id if column == "release" else _value(item, column)
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
        order = [i.id for i in self._items if i.id not in moved]
        at = order.index(before) if before in order else len(order)
        new_order = order[:at] + moved + order[at:]
        if new_order == [i.id for i in self._items]:
            return False
        self.reorder_handler(new_order)
        return True


class BacklogFilterProxy(QSortFilterProxyModel):
    """Text search plus status, pillar and release filters; the source model sorts its own rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)  # every edit reloads the rows anyway
        self._active = False
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
            self._active = bool(self._text or self.status or self.pillar or self.hide_closed
                                or self.release_id != "any")
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self._active = bool(self._text or self.status or self.pillar or self.hide_closed
                                or self.release_id != "any")
            self.invalidateFilter()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model put its rows in order; the proxy keeps the source order."""
        self._sort = (column, order)
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def sort_state(self) -> SortState:
        """The column and order last asked for."""
        return getattr(self, "_sort", DEFAULT_SORT)

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
        if not self._active:  # asked once per row after every reload: no filter, nothing to look at
            return True
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
