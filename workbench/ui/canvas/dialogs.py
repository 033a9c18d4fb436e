"""Small dialogs of the canvas: edit a card, pick cards (links, merge), split off evidence."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.store.enums import PILLARS, VALUE_MAP_ZONES, ZONES
from workbench.ui.canvas import labels
from workbench.vpc.reads import IMPORTANCE_MEANING, CardRead, QuoteRead


class CardDialog(QDialog):
    """New card or edit a card: title, description, importance/severity/relevance, pillar, zone."""

    def __init__(self, parent: QWidget | None, *, card: CardRead | None = None, zone: str = "pains") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit Card") if card else self.tr("New Card"))
        self.title = QLineEdit(card.title if card else "", self)
        self.title.setMaxLength(500)
        self.description = QPlainTextEdit(card.description if card else "", self)
        self.description.setMaximumHeight(90)
        self.zone = QComboBox(self)
        for key in ZONES:
            self.zone.addItem(labels.zone_title(key), key)
        self.zone.setCurrentIndex(ZONES.index(card.zone if card else zone))
        self.zone.setEnabled(card is None)
        self.importance = QComboBox(self)
        for level in (3, 2, 1):
            self.importance.addItem(labels.t(labels.LEVELS[level]), level)
        self.importance.setCurrentIndex(3 - (card.importance if card else 2))
        self.pillar = QComboBox(self)
        self.pillar.addItem(self.tr("(none)"), None)
        for key in PILLARS:
            self.pillar.addItem(labels.pillar_name(key), key)
        if card and card.pillar:
            self.pillar.setCurrentIndex(PILLARS.index(card.pillar) + 1)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Title"), self.title)
        self.form.addRow(self.tr("&Zone"), self.zone)
        self.importance_label = QLabel(self)
        self.importance_label.setBuddy(self.importance)
        self.form.addRow(self.importance_label, self.importance)
        self.form.addRow(self.tr("&Pillar"), self.pillar)
        self.form.addRow(self.tr("&Description"), self.description)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.zone.currentIndexChanged.connect(self._zone_changed)
        self.title.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.ok.setEnabled(bool(self.title.text().strip()))
        self._zone_changed()
        self.resize(520, self.sizeHint().height())

    def _zone_changed(self) -> None:
        zone = self.current_zone()
        meaning = labels.t(labels.MEANINGS[IMPORTANCE_MEANING[zone]])
        self.importance_label.setText(meaning)
        self.pillar.setEnabled(zone in VALUE_MAP_ZONES)

    def _accept(self) -> None:
        if self.title.text().strip():
            self.accept()

    def current_zone(self) -> str:
        """The chosen zone."""
        return str(self.zone.currentData())

    def values(self) -> dict[str, object]:
        """title, description, importance, pillar, zone."""
        zone = self.current_zone()
        return {"title": self.title.text().strip(), "description": self.description.toPlainText().strip(),
                "importance": int(self.importance.currentData()),
                "pillar": self.pillar.currentData() if zone in VALUE_MAP_ZONES else None, "zone": zone}


class PickDialog(QDialog):
    """A checkable list with a filter: which cards to link or merge, which statements to split off."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str,
                 rows: list[tuple[int, str, bool]], *, extra_title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.model = QStandardItemModel(self)
        for key, text, checked in rows:
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setToolTip(text)
            self.model.appendRow(item)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.textChanged.connect(self._filter)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        layout = QVBoxLayout(self)
        hint = QLabel(prompt, self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        self.extra = None
        if extra_title is not None:
            self.extra = QLineEdit(self)
            form = QFormLayout()
            form.addRow(extra_title, self.extra)
            layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        for row in range(self.model.rowCount()):
            self.list.setRowHidden(row, bool(needle) and needle not in self.model.item(row).text().casefold())

    def checked(self) -> list[int]:
        """Keys of the checked rows."""
        return [int(self.model.item(r).data(Qt.ItemDataRole.UserRole)) for r in range(self.model.rowCount())
                if self.model.item(r).checkState() == Qt.CheckState.Checked]

    def set_checked(self, keys: list[int]) -> None:
        """Check exactly these keys (tests and keyboard users)."""
        for r in range(self.model.rowCount()):
            item = self.model.item(r)
            item.setCheckState(Qt.CheckState.Checked if int(item.data(Qt.ItemDataRole.UserRole)) in keys
                               else Qt.CheckState.Unchecked)


def card_rows(cards: list[CardRead], checked: set[int]) -> list[tuple[int, str, bool]]:
    """Rows for a card picker."""
    return [(c.id, f"#{c.rank}  {c.title}  ({labels.evidence_badge(c.statements, c.partners)})", c.id in checked)
            for c in cards]


def quote_rows(quotes: list[QuoteRead]) -> list[tuple[int, str, bool]]:
    """Rows for a statement picker."""
    return [(q.statement_id, f"{q.partner}: {' '.join(q.text.split())}", False) for q in quotes]
