"""Table models of the canvas screen: candidate statements, a card's quotes, clusters, comparisons."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workbench.ui import theme
from workbench.ui.canvas import labels
from workbench.vpc.reads import QuoteRead

STATEMENT_MIME = "application/x-workbench-statement-ids"
CARD_MIME = "application/x-workbench-card-id"
LINK_MIME = "application/x-workbench-link-from-card"
_Index = QModelIndex | QPersistentModelIndex


def statement_ids_of(mime: QMimeData) -> list[int]:
    """Statement ids carried by a drag."""
    if not mime.hasFormat(STATEMENT_MIME):
        return []
    try:
        return [int(i) for i in json.loads(bytes(mime.data(STATEMENT_MIME).data()).decode())]
    except (ValueError, TypeError):
        return []


def statements_mime(ids: Sequence[int]) -> QMimeData:
    """A drag payload of statement ids."""
    mime = QMimeData()
    mime.setData(STATEMENT_MIME, json.dumps(list(ids)).encode())
    return mime


class QuotesModel(QAbstractTableModel):
    """Statements with partner, date and interviewer; draggable onto the board."""

    def __init__(self, parent=None, *, draggable: bool = True) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.rows: list[QuoteRead] = []
        self.draggable = draggable
        self.headers = ["Statement", "Tag", "Partner", "Date", "Interviewer", "Cards"]

    def set_rows(self, rows: list[QuoteRead]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        """Translated column names."""
        self.headers = headers
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return row.text if role == Qt.ItemDataRole.EditRole else " ".join(row.text.split())
            if col == 1:
                return labels.statement_kind(row.kind)
            if col == 2:
                return row.partner
            if col == 3:
                return row.date.strftime("%Y-%m-%d") if row.date else ""
            if col == 4:
                return row.interviewer
            if col == 5:
                return row.cards
        if role == Qt.ItemDataRole.ToolTipRole:
            when = row.date.strftime("%Y-%m-%d") if row.date else ""
            return f"{row.text}\n— {row.partner}, {when}, {row.interviewer}".rstrip(", ")
        if role == Qt.ItemDataRole.BackgroundRole and col == 1:
            return theme.kind_fill(row.kind)  # the tag's name is the text: colour is only a help
        if role == Qt.ItemDataRole.UserRole:
            return row.statement_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.draggable:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [STATEMENT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        ids = list(dict.fromkeys(self.rows[i.row()].statement_id for i in indexes if i.isValid()))
        return statements_mime(ids)

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.CopyAction

    def quote(self, row: int) -> QuoteRead:
        """The statement of a row."""
        return self.rows[row]


class QuoteFilter(QSortFilterProxyModel):
    """Filters statements by tag, "not on a card", partner, interview and text."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.kind = "all"  # all | untagged | unassigned | job | pain | gain | other
        self.partner_id: int | None = None
        self.interview_id: int | None = None
        self.text = ""

    def set_filter(self, *, kind: str | None = None, partner_id: int | None | str = "", interview_id: int | None | str = "",
                   text: str | None = None) -> None:
        """Change any of the filters ("" leaves the partner or interview alone)."""
        if kind is not None:
            self.kind = kind
        if partner_id != "":
            self.partner_id = partner_id  # type: ignore[assignment]
        if interview_id != "":
            self.interview_id = interview_id  # type: ignore[assignment]
        if text is not None:
            self.text = text.casefold().strip()
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        assert isinstance(model, QuotesModel)
        row = model.rows[source_row]
        if self.kind == "untagged" and row.kind is not None:
            return False
        if self.kind == "unassigned" and row.cards:
            return False
        if self.kind in ("job", "pain", "gain", "other") and row.kind != self.kind:
            return False
        if self.partner_id is not None and row.partner_id != self.partner_id:
            return False
        if self.interview_id is not None and row.interview_id != self.interview_id:
            return False
        return not (self.text and self.text not in row.text.casefold() and self.text not in row.partner.casefold())


class RowsModel(QAbstractTableModel):
    """A read-only table of prepared strings (clusters, comparisons), with a payload per row."""

    def __init__(self, headers: list[str], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.headers = headers
        self.rows: list[tuple[list[str], object]] = []

    def set_rows(self, rows: list[tuple[list[str], object]]) -> None:
        """Replace the rows: (cells, payload)."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        cells, payload = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and index.column() < len(cells):
            return cells[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return payload
        return None

    def payload(self, row: int) -> object:
        """The object behind a row."""
        return self.rows[row][1]
