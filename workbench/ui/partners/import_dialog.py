"""File > Import > Partners…: confirm the column mapping and see each row's problems before importing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.partners.importer import PARTNER_SYNONYMS, ImportReport, PlannedRow, preview_import
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.partners.labels import field_text

Index = QModelIndex | QPersistentModelIndex
_REASONS: tuple[tuple[re.Pattern[str], Any], ...] = (
    (re.compile(r"^no company name$"), QT_TRANSLATE_NOOP("ImportReasons", "no company name")),
    (re.compile(r"^“(.*)” is not a number$"), QT_TRANSLATE_NOOP("ImportReasons", "“%1” is not a number")),
    (re.compile(r"^“(.*)” does not look like a website$"),
     QT_TRANSLATE_NOOP("ImportReasons", "“%1” does not look like a website")),
    (re.compile(r"^“(.*)” is not an e-mail$"), QT_TRANSLATE_NOOP("ImportReasons", "“%1” is not an e-mail")),
    (re.compile(r"^(.*) is not a rating from 1 to 5$"),
     QT_TRANSLATE_NOOP("ImportReasons", "%1 is not a rating from 1 to 5")),
    (re.compile(r"^(.*) is out of range$"), QT_TRANSLATE_NOOP("ImportReasons", "%1 is out of range")),
    (re.compile(r"^already in the project as “(.*)” \(id (\d+)\)$"),
     QT_TRANSLATE_NOOP("ImportReasons", "already in the project as “%1” (id %2)")),
    (re.compile(r"^same as row (\d+) of this file$"),
     QT_TRANSLATE_NOOP("ImportReasons", "same as row %1 of this file")),
)


def translate_reason(reason: str) -> str:
    """A problem or duplicate reason from the importer in the current language."""
    for pattern, source in _REASONS:
        match = pattern.match(reason)
        if match:
            text = QCoreApplication.translate("ImportReasons", source)
            for number, group in enumerate(match.groups(), start=1):
                text = text.replace(f"%{number}", group)
            return text
    return reason


PREVIEW_FIELDS = ("name", "city", "website", "employees", "clients")


class PreviewModel(QAbstractTableModel):
    """The rows of an import preview with what will happen to each."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[PlannedRow] = []

    def set_rows(self, rows: list[PlannedRow]) -> None:
        """Show a new preview."""
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(PREVIEW_FIELDS) + 2

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Row")
        if section <= len(PREVIEW_FIELDS):
            return field_text(PREVIEW_FIELDS[section - 1])
        return self.tr("Result")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row.number)
            if col <= len(PREVIEW_FIELDS):
                value = row.values.get(PREVIEW_FIELDS[col - 1])
                return "" if value is None else str(value)
            if row.problems:
                return "; ".join(f"{p.column}: {translate_reason(p.reason)}" for p in row.problems)
            if row.duplicate:
                return self.tr("Duplicate, skipped: %1").replace("%1", translate_reason(row.duplicate))
            return self.tr("New")
        if role == Qt.ItemDataRole.ForegroundRole and col == len(PREVIEW_FIELDS) + 1:
            return QColor("#b6465f" if row.problems else "#8a6d1f" if row.duplicate else "#3a7d44")
        return None


class ImportDialog(QDialog):
    """Pick the segment, confirm the mapping, read the preview, then import."""

    def __init__(self, ctx: AppContext, path: Path, segments: list[str], segment: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.report: ImportReport | None = None
        self.setObjectName("importPartnersDialog")
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        top = QHBoxLayout()
        form = QFormLayout()
        self.segment = QComboBox(self)
        self.segment.setEditable(True)
        self.segment.addItems(segments)
        if segment:
            self.segment.setCurrentText(segment)
        self.header_row = QSpinBox(self)
        self.header_row.setRange(1, 10_000)
        self.segment_label, self.header_label = QLabel(self), QLabel(self)
        form.addRow(self.segment_label, self.segment)
        form.addRow(self.header_label, self.header_row)
        top.addLayout(form, 1)
        self.mapping_box = QGroupBox(self)
        grid = QGridLayout(self.mapping_box)
        self.mapping_combos: dict[str, QComboBox] = {}
        self.mapping_labels: dict[str, QLabel] = {}
        for i, fld in enumerate(PARTNER_SYNONYMS):
            label, combo = QLabel(self.mapping_box), QComboBox(self.mapping_box)
            combo.setObjectName(f"map_{fld}")
            combo.activated.connect(self._remap)
            self.mapping_combos[fld], self.mapping_labels[fld] = combo, label
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
        top.addWidget(self.mapping_box, 3)
        layout.addLayout(top)
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 1)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.skip_invalid = QCheckBox(self)
        self.skip_invalid.toggled.connect(self._update_buttons)
        layout.addWidget(self.skip_invalid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.header_row.editingFinished.connect(lambda: self.run_preview(header_row=self.header_row.value()))
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Import Partners"))
        self.segment_label.setText(self.tr("Into segment:"))
        self.header_label.setText(self.tr("Header row:"))
        self.mapping_box.setTitle(self.tr("Columns (check what each column of the file means)"))
        for fld, label in self.mapping_labels.items():
            label.setText(field_text(fld))
        self.skip_invalid.setText(self.tr("Skip invalid rows and import the valid ones"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self._update_texts()

    # ---------------------------------------------------------------- preview
    def run_preview(self, mapping: dict[str, int] | None = None, header_row: int | None = None) -> bool:
        """Read the file and show what an import would do; False (with the reason shown) if refused."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.report = preview_import(self.ctx.project, self.path, mapping=mapping, header_row=header_row)
        except WorkbenchError as exc:
            self.report = None
            self.preview_model.set_rows([])
            self.summary.setText(error_text(exc))
            self._update_buttons()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        report = self.report
        self.header_row.blockSignals(True)
        self.header_row.setValue(report.header_row)
        self.header_row.blockSignals(False)
        for fld, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("— not imported —"), -1)
            for i, header in enumerate(report.headers):
                combo.addItem(header or self.tr("column %1").replace("%1", str(i + 1)), i)
            combo.setCurrentIndex(report.mapping.get(fld, -1) + 1)
            combo.blockSignals(False)
        self.preview_model.set_rows(list(report.rows))
        self.preview.resizeColumnsToContents()
        self._update_texts()
        self._update_buttons()
        return True

    def current_mapping(self) -> dict[str, int]:
        """The mapping chosen in the dialog."""
        return {f: c.currentData() for f, c in self.mapping_combos.items()
                if c.currentData() is not None and c.currentData() >= 0}

    def _remap(self) -> None:
        self.run_preview(mapping=self.current_mapping(), header_row=self.header_row.value())

    def _update_texts(self) -> None:
        report = self.report
        if report is None:
            self.info.setText(self.path.name)
            return
        source = self.path.name
        if report.encoding:
            delimiter = {"\t": "Tab"}.get(report.delimiter or "", report.delimiter or "")
            source += self.tr(" — text in %1, separated by “%2”").replace("%1", report.encoding).replace(
                "%2", delimiter)
        self.info.setText(source)
        new = sum(1 for r in report.rows if r.valid and not r.duplicate)
        self.summary.setText(self.tr("%1 rows: %2 new, %3 duplicates (skipped), %4 with problems.").replace(
            "%1", str(len(report.rows))).replace("%2", str(new)).replace("%3", str(len(report.duplicates))).replace(
            "%4", str(report.invalid_rows)))

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        report = self.report
        allowed = report is not None and "name" in self.current_mapping() and (
            report.invalid_rows == 0 or self.skip_invalid.isChecked()) and bool(self.segment.currentText().strip())
        ok.setEnabled(allowed)
        if report is not None and report.invalid_rows and not self.skip_invalid.isChecked():
            ok.setToolTip(self.tr("Some rows have problems: fix the file, or skip the invalid rows."))
        else:
            ok.setToolTip("")

    def options(self) -> dict[str, Any]:
        """What the import should use: segment, mapping, header row, skip_invalid."""
        return {"segment": self.segment.currentText().strip(), "mapping": self.current_mapping(),
                "header_row": self.header_row.value(), "skip_invalid": self.skip_invalid.isChecked()}
