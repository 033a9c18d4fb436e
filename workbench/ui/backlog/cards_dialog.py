"""Choose the cards a backlog item answers: a filterable, checkable list of every card."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget


class CardsDialog(QDialog):
    """Tick the cards; their evidence then stands behind the item."""

    def __init__(self, cards: Sequence[tuple[int, str]], checked: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link cards"))
        self.resize(620, 520)
        layout = QVBoxLayout(self)
        self.hint = QLabel(self.tr("Tick the cards this item answers. Their statements become its evidence, "
                                   "and its reach and confidence follow."), self)
        self.hint.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter cards…"))
        self.search.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        chosen = set(checked)
        for card_id, text in cards:
            row = QStandardItem(text)
            row.setCheckable(True)
            row.setEditable(False)
            row.setCheckState(Qt.CheckState.Checked if card_id in chosen else Qt.CheckState.Unchecked)
            row.setData(card_id, Qt.ItemDataRole.UserRole)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (self.hint, self.search, self.list, buttons):
            layout.addWidget(widget)
        self.search.setFocus()

    def chosen(self) -> list[int]:
        """The ticked card ids, in list order."""
        return [self.model.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]
