"""Confirm how a spreadsheet's columns map to the fields of an import, with a preview of the first rows.

Shared by the capability and survey imports. The reader finds the header row and the columns by
their Russian or English names; the user can pick another header row or another column for any
field, and the preview follows. OK is enabled once every required field has a column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.backlog.imports import TablePreview, preview_table
from workbench.errors import WorkbenchError
from workbench.ui.errortext import error_text

Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The first rows of the file as they are, under the file's own headers (field names in brackets)."""

    def __init__(self, fields: Sequence[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fields = list(fields)
        self._preview: TablePreview | None = None

    def set_preview(self, preview: TablePreview | None) -> None:
        """Show another preview."""
        self.beginResetModel()
        self._preview = preview
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() or self._preview is None else len(self._preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() or self._preview is None else len(self._preview.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self._preview is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self._preview.headers):
                return None
            header = self._preview.headers[section] or str(section + 1)
            used = [label for key, label in self._fields if self._preview.mapping.get(key) == section]
            return f"{header} → {used[0]}" if used else header
        if section < len(self._preview.rows):
            return str(self._preview.rows[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self._preview is None or not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        cells = self._preview.rows[index.row()][1]
        return cells[index.column()] if index.column() < len(cells) else ""


class MappingDialog(QDialog):
    """Header row, column per field, preview; returns the mapping and header row the import should use."""

    def __init__(self, path: str | Path, *, title: str, fields: Sequence[tuple[str, str]],
                 synonyms: dict[str, list[str]], required: Sequence[str], parent: QWidget | None = None,
                 reader: Callable[..., TablePreview] = preview_table) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(820, 560)
        self._path, self._fields, self._synonyms, self._required = Path(path), list(fields), synonyms, required
        self._reader = reader
        self.preview: TablePreview | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        self.header_label = QLabel(self)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 1_000_000)
        self.header_row.setObjectName("headerRow")
        top.addWidget(self.header_label)
        top.addWidget(self.header_row)
        top.addStretch(1)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        for key, label in self._fields:
            combo = QComboBox(self)
            combo.setObjectName(f"map_{key}")
            combo.activated.connect(lambda _i: self.refresh(from_user=True))
            self.combos[key] = combo
            form.addRow(label + (" *" if key in required else ""), combo)
        self.model = PreviewModel(self._fields, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a33a2a")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.header_label.setText(self.tr("Header row:"))
        self.header_row.editingFinished.connect(lambda: self.refresh(from_user=True, header_changed=True))
        self.refresh()

    def mapping(self) -> dict[str, int]:
        """The column chosen for each field (fields left unmapped are absent)."""
        return {key: combo.currentData() for key, combo in self.combos.items() if combo.currentData() is not None}

    def header(self) -> int | None:
        """The header row the reader found or the user chose."""
        return self.preview.header_row if self.preview is not None else None

    def refresh(self, *, from_user: bool = False, header_changed: bool = False) -> None:
        """Read the file again with the current choices and update the preview."""
        mapping = None if (not from_user or header_changed) else self.mapping()
        header = self.header_row.value() if from_user else None
        try:
            self.preview = self._reader(self._path, synonyms=self._synonyms, required=self._required,
                                        mapping=mapping, header_row=header)
        except WorkbenchError as exc:
            self.preview = None
            self.problem.setText(error_text(exc))
            self.model.set_preview(None)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        preview = self.preview
        self.header_row.blockSignals(True)
        self.header_row.setValue(preview.header_row)
        self.header_row.blockSignals(False)
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), None)
            for n, text in enumerate(preview.headers):
                combo.addItem(text or self.tr("column %1").replace("%1", str(n + 1)), n)
            at = combo.findData(preview.mapping.get(key)) if key in preview.mapping else 0
            combo.setCurrentIndex(max(at, 0))
            combo.blockSignals(False)
        self.model.set_preview(preview)
        self.summary.setText(self.tr("%1: header on row %2, %3 data rows. Pick the column for each field; the "
                                     "preview shows the first rows of the file and where each column goes.").replace(
            "%1", self._path.name).replace("%2", str(preview.header_row)).replace("%3", str(preview.total_rows)))
        labels = dict(self._fields)
        missing = [labels[f] for f in self._required if f not in preview.mapping]
        self.problem.setText(self.tr("Choose a column for: %1").replace("%1", ", ".join(missing)) if missing else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
