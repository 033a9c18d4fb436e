"""Import notes or a transcript into an interview: a file (.txt, .md, .docx) or pasted text, with a preview."""

from __future__ import annotations

import logging
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
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.interviews.statements import delete_statements
from workbench.interviews.transcript import ImportedLine, import_statements, parse_notes, read_document
from workbench.ops import Changes
from workbench.ui.capture.undo import ServiceStep
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.statements import kind_label

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class PreviewModel(QAbstractTableModel):
    """The statements an import would add: speaker, kind, text."""

    COLUMNS = (QT_TRANSLATE_NOOP("PreviewModel", "Speaker"), QT_TRANSLATE_NOOP("PreviewModel", "Kind"),
               QT_TRANSLATE_NOOP("PreviewModel", "Statement"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[ImportedLine] = []

    def set_lines(self, lines: list[ImportedLine]) -> None:
        """Show a new preview."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802, D102 - Qt override
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PreviewModel", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102 - Qt override
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        line = self.lines[index.row()]
        return (line.speaker, kind_label(line.kind) if line.kind else "", line.text)[index.column()]


class ImportNotesDialog(QDialog):
    """Pick a file or paste text, check the preview, import in one transaction."""

    def __init__(self, ctx: AppContext, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.interview_id = ctx, interview_id
        self.setObjectName("importNotesDialog")
        self.resize(820, 600)
        self._text = ""
        self.choose = QPushButton(self)
        self.choose.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.paste = QPlainTextEdit(self)
        self.paste.textChanged.connect(self._on_paste)
        self.by_sentence = QCheckBox(self)
        self.by_sentence.setChecked(True)
        self.by_sentence.toggled.connect(lambda _on: self.update_preview())
        self.model = PreviewModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.choose)
        row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        self.paste_label, self.preview_label = QLabel(self), QLabel(self)
        layout.addLayout(row)
        layout.addWidget(self.paste_label)
        layout.addWidget(self.paste, 1)
        layout.addWidget(self.by_sentence)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.update_preview()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Import notes or a transcript"))
        self.choose.setText(self.tr("Choose a file…"))
        self.paste_label.setText(self.tr("…or paste the text here (“Name: text” lines keep the speaker):"))
        self.by_sentence.setText(self.tr("One statement per sentence (otherwise per paragraph)"))
        self.preview_label.setText(self.tr("Preview"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))

    def choose_file(self) -> None:
        """Pick a .txt, .md or .docx file."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import notes"), "",
                                              self.tr("Notes (*.txt *.md *.docx)"))
        if path:
            self.load_file(Path(path))

    def load_file(self, path: Path) -> None:
        """Read a file into the preview."""
        try:
            text = read_document(path)
        except WorkbenchError as exc:
            self.file_label.setText(error_text(exc))
            return
        self.file_label.setText(path.name)
        self.paste.blockSignals(True)
        self.paste.setPlainText(text)
        self.paste.blockSignals(False)
        self._text = text
        self.update_preview()

    def _on_paste(self) -> None:
        self._text = self.paste.toPlainText()
        self.update_preview()

    def update_preview(self) -> None:
        """Split the text into statements as the import would."""
        lines = parse_notes(self._text, by_sentence=self.by_sentence.isChecked())
        self.model.set_lines(lines)
        self.count.setText(self.tr("%1 statements will be added").replace("%1", str(len(lines))))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(lines))

    def do_import(self) -> None:
        """Write the previewed statements in one transaction."""
        project, iid, lines = self.ctx.project, self.interview_id, list(self.model.lines)
        holder: list[int] = []

        def redo() -> None:
            holder[:] = import_statements(project, interview_id=iid, lines=lines)

        def undo() -> None:
            delete_statements(project, statement_ids=holder)

        try:
            redo()
        except WorkbenchError as exc:
            self.count.setText(error_text(exc))
            return
        ids = list(holder)
        self.ctx.undo_stack.push(ServiceStep(self.ctx, self.tr("Import notes"), redo, undo,
                                             Changes(statements=True, interviews=True)))
        self.ctx.status.emit(self.tr("Imported %1 statements").replace("%1", str(len(ids))))
        self.accept()
