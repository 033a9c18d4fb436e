"""Models of the program screen: the elements of one pillar, the value-map cards, the items an element needs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from workbench.backlog.program import NeededItem, ProgramElementRead, ValueCardRead, element_title
from workbench.ui.backlog.labels import capability_status_text, status_text
from workbench.ui.models.backlog_lists import CAP_COLORS

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ZONE_NAMES = {"products": QT_TRANSLATE_NOOP("CardsModel", "Product or service"),
              "relievers": QT_TRANSLATE_NOOP("CardsModel", "Pain reliever"),
              "creators": QT_TRANSLATE_NOOP("CardsModel", "Gain creator")}


def ui_lang() -> str:
    """The language the UI speaks now ("ru" or "en")."""
    return "ru" if QLocale().language() == QLocale.Language.Russian else "en"


class ElementsModel(QAbstractListModel):
    """The program elements of one pillar: title, status, how many partners stand behind it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgramElementRead] = []

    def set_elements(self, rows: Sequence[ProgramElementRead]) -> None:
        """Replace the elements."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def element(self, row: int) -> ProgramElementRead:
        """The element in a row."""
        return self._rows[row]

    def row_of(self, element_id: int) -> int | None:
        """The row of an element id."""
        return next((n for n, e in enumerate(self._rows) if e.id == element_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            partners = QCoreApplication.translate("ElementsModel", "partners: %1").replace("%1", str(e.partner_count))
            items = QCoreApplication.translate("ElementsModel", "items: %1").replace("%1", str(len(e.items)))
            return f"{element_title(e, ui_lang())}\n{capability_status_text(e.status)} · {partners} · {items}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return e.title if e.title != element_title(e, ui_lang()) else e.description
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(CAP_COLORS.get(e.status, "#888888"))
        if role == ID_ROLE:
            return e.id
        return None


class CardsModel(QAbstractListModel):
    """Value-map cards of one pillar (one line per distinct title across boards)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ValueCardRead] = []

    def set_cards(self, rows: Sequence[ValueCardRead]) -> None:
        """Replace the cards, dropping repeats of the same title from other boards."""
        seen: set[str] = set()
        unique = []
        for card in rows:
            if card.title not in seen:
                seen.add(card.title)
                unique.append(card)
        self.beginResetModel()
        self._rows = unique
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        card = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            zone = QCoreApplication.translate("CardsModel", str(ZONE_NAMES.get(card.zone, card.zone)))
            return f"{zone} · {card.board_title}"
        if role == ID_ROLE:
            return card.id
        return None


class NeededItemsModel(QAbstractListModel):
    """The backlog items an element needs."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[NeededItem] = []

    def set_items(self, rows: Sequence[NeededItem]) -> None:
        """Replace the items."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            release = f" · {item.release_name}" if item.release_name else ""
            return f"#{item.id} {item.title} · {status_text(item.status)}{release}"
        if role == ID_ROLE:
            return item.id
        return None
