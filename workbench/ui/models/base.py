"""A table of read objects replaced as a whole: the part every read-only table model of the screens shares."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class ReadTableModel(QAbstractTableModel, Generic[T]):
    """Rows of read objects (frozen dataclasses from the services), one column per name in ``COLUMNS``.

    Subclasses say how a cell is shown (``headerData``, ``data``) and may override
    :meth:`columnCount` when their columns are not named.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def _replace(self, rows: Sequence[T]) -> None:
        """Show new rows (the model stays, views keep their settings)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> T:
        """The object shown in a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)
