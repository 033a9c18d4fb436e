"""The partners table: a model over :class:`PartnerRead` rows and a fast filter/sort proxy.

The model keeps the read objects as its row cache and never asks the database per cell; the proxy
filters on a precomputed lower-case search key per row and compares raw values for sorting, so
filtering 10,000 partners takes a few milliseconds (see ``bench/bench_partners.py``).

A reload is split in two: :func:`prepare_rows` (order, search keys, filter choices; plain Python,
safe in any thread) and :meth:`PartnersTableModel.apply` (the model reset, in the UI thread), so the
screen can do the first part off the UI thread and leave the UI thread only the reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from workbench.partners.columns import NUMERIC_COLUMNS, TABLE_COLUMNS
from workbench.partners.rows import PartnerRead, order_by
from workbench.ui.partners.labels import STATUS_COLORS, cell_text, field_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = TABLE_COLUMNS
EDITABLE_COLUMNS = {"name", "city", "employees", "clients", "level", "research_status", "website"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

EditHandler = Callable[[int, str, Any], bool]
SortState = tuple[int, Qt.SortOrder]

# data() is asked ten roles or so per painted cell: answer the ones not used from a set of plain ints
# (an enum attribute looked up per call, or an enum flag or-ed per call, costs more than the answer)
_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _FOREGROUND = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole))
_ROLES = frozenset({_DISPLAY, _EDIT, _TOOLTIP, _ALIGNMENT, _FOREGROUND, int(SORT_ROLE), int(ID_ROLE)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = NUMERIC_COLUMNS
_FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
_EDITABLE_FLAGS = _FLAGS | Qt.ItemFlag.ItemIsEditable
_COLUMN_FLAGS = tuple(_EDITABLE_FLAGS if name in EDITABLE_COLUMNS else _FLAGS for name in COLUMNS)


def search_key(partner: PartnerRead) -> str:
    """The lower-case text a search matches against."""
    return f"{partner.name}\n{partner.city}\n{partner.website}\n{partner.region}\n{partner.notes[:200]}".lower()


def order_of(rows: Sequence[PartnerRead], sort_state: SortState) -> list[int]:
    """Row positions in the sort order ``(column, order)`` (blanks last in either direction)."""
    column, order = sort_state
    if not 0 <= column < len(COLUMNS):
        return list(range(len(rows)))
    return order_by(rows, COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder)


@dataclass(frozen=True)
class PreparedRows:
    """Partners in table order with what the table needs besides them; built in any thread."""

    rows: list[PartnerRead]
    keys: list[str]
    row_of: dict[int, int]
    sort_state: SortState
    cities: list[str]
    levels: list[str]


def prepare_rows(partners: Sequence[PartnerRead], sort_state: SortState) -> PreparedRows:
    """Order ``partners`` by ``sort_state`` and precompute search keys and filter choices (no Qt objects)."""
    given = list(partners)
    rows = [given[i] for i in order_of(given, sort_state)]
    return PreparedRows(rows, [search_key(p) for p in rows], {p.id: i for i, p in enumerate(rows)}, sort_state,
                        sorted({p.city for p in rows if p.city}), sorted({p.level for p in rows if p.level}))


class PartnersTableModel(QAbstractTableModel):
    """All partners of the project, one row each; edits go to ``edit_handler`` (an undoable service call)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PartnerRead] = []
        self._keys: list[str] = []
        self._row_of: dict[int, int] = {}
        self._sort_state: SortState = (-1, Qt.SortOrder.AscendingOrder)
        self.cities: list[str] = []
        self.levels: list[str] = []
        self.edit_handler: EditHandler | None = None

    # ---------------------------------------------------------------- data in
    def set_partners(self, partners: Sequence[PartnerRead]) -> None:
        """Replace every row (after a reload)."""
        self.apply(prepare_rows(partners, self._sort_state))

    def sort_state(self) -> SortState:
        """The column and order the rows are kept in."""
        return self._sort_state

    def apply(self, prepared: PreparedRows) -> None:
        """Replace every row with rows prepared by :func:`prepare_rows` (the UI thread's part of a reload)."""
        if prepared.sort_state != self._sort_state:  # the user sorted while they were read
            prepared = prepare_rows(prepared.rows, self._sort_state)
        self.beginResetModel()
        self._rows, self._keys, self._row_of = prepared.rows, prepared.keys, prepared.row_of
        self.cities, self.levels = prepared.cities, prepared.levels
        self.endResetModel()

    def partner(self, row: int) -> PartnerRead:
        """The partner in a source row."""
        return self._rows[row]

    def search_key(self, row: int) -> str:
        """The lower-case text a search matches against."""
        return self._keys[row]

    def row_of(self, partner_id: int) -> int | None:
        """The source row of a partner id."""
        return self._row_of.get(partner_id)

    def partners(self) -> list[PartnerRead]:
        """Every partner shown."""
        return list(self._rows)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt API
        """One Python call per index (Qt's own asks rowCount and columnCount here, two more per painted cell)."""
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return field_text(COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section] in ("profile_rank", "profile_score"):
            return self.tr("Ideal-partner profile score (0–100) and rank within the partner's segment; "
                           "select a partner to see how the score is made up.")
        return None

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        partner = self._rows[index.row()]
        column = COLUMNS[index.column()]
        value = getattr(partner, column)
        if role == _DISPLAY:
            return cell_text(column, value)
        if role == _EDIT:
            return "" if value is None else value
        if role == SORT_ROLE:
            if isinstance(value, str):
                return value.casefold()
            return value if value is not None else (-1 if column != "profile_rank" else 10**9)
        if role == ID_ROLE:
            return partner.id
        if role == _FOREGROUND and column == "research_status" and value in STATUS_COLORS:
            return QColor(STATUS_COLORS[value])
        if role == _ALIGNMENT and column in _NUMERIC:
            return _RIGHT
        if role == _TOOLTIP and column == "name":
            return partner.notes or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return Qt.ItemFlag.NoItemFlags
        return _COLUMN_FLAGS[index.column()]

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        column = COLUMNS[index.column()]
        if column not in EDITABLE_COLUMNS:
            return False
        partner = self._rows[index.row()]
        if (getattr(partner, column) or "") == (value or ""):
            return False
        return self.edit_handler(partner.id, column, value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the row cache in Python (one key per row, not a Python call per comparison)."""
        self._sort_state = (column, order)
        if not self._rows:
            return
        new_order = order_of(self._rows, self._sort_state)
        self.layoutAboutToBeChanged.emit()
        old_to_new = {old: new for new, old in enumerate(new_order)}
        persistent = self.persistentIndexList()
        self._rows = [self._rows[i] for i in new_order]
        self._keys = [self._keys[i] for i in new_order]
        self._row_of = {p.id: i for i, p in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(old_to_new[i.row()], i.column()) for i in persistent])
        self.layoutChanged.emit()

    def update_partner(self, partner: PartnerRead) -> None:
        """Replace one row in place (after an edit) without resetting the view."""
        row = self._row_of.get(partner.id)
        if row is None:
            return
        self._rows[row] = partner
        self._keys[row] = search_key(partner)
        for choices, value in ((self.cities, partner.city), (self.levels, partner.level)):
            if value and value not in choices:
                choices.append(value)
                choices.sort()
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))


class PartnersFilterProxy(QSortFilterProxyModel):
    """Search text plus segment, city, status and level filters, evaluated on the row cache."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._segment: int | None = None
        self._city = ""
        self._status = ""
        self._level = ""
        self._active = False
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def set_filters(self, *, text: str | None = None, segment: int | None | str = "keep", city: str | None = None,
                    status: str | None = None, level: str | None = None) -> None:
        """Change any of the filters; the others stay."""
        modern = hasattr(self, "beginFilterChange")
        if modern:
            self.beginFilterChange()
        if text is not None:
            self._words = text.lower().split()
        if segment != "keep":
            self._segment = segment  # type: ignore[assignment]
        if city is not None:
            self._city = city
        if status is not None:
            self._status = status
        if level is not None:
            self._level = level
        self._active = bool(self._words or self._segment is not None or self._city or self._status or self._level)
        if modern:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        if not self._active:  # asked once per row after every reload: no filter, nothing to look at
            return True
        model = self.sourceModel()
        assert isinstance(model, PartnersTableModel)
        partner = model.partner(source_row)
        if self._segment is not None and partner.segment_id != self._segment:
            return False
        if self._city and partner.city != self._city:
            return False
        if self._status and partner.research_status != self._status:
            return False
        if self._level and partner.level != self._level:
            return False
        if self._words:
            key = model.search_key(source_row)
            return all(word in key for word in self._words)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model sort its row cache; the proxy keeps the source order (fast at 10,000 rows)."""
        self._sort = (column, order)
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """The column and order last asked for."""
        return getattr(self, "_sort", (-1, Qt.SortOrder.AscendingOrder))
