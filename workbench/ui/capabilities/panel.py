"""The capability inventory: an editable table (name, pillar, status, description, linked card), import, undo."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.backlog import capabilities as caps
from workbench.errors import RowsRefused, WorkbenchError
from workbench.ops import Changes
from workbench.store.enums import CAPABILITY_STATUSES, PILLARS
from workbench.ui.backlog.delegates import ChoiceDelegate
from workbench.ui.backlog.labels import capability_status_text, pillar_text
from workbench.ui.backlog.reader import CapabilitiesRead, read_capabilities
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.backlog_lists import CAP_COLUMNS, ID_ROLE, SORT_ROLE, CapabilitiesModel
from workbench.ui.tasks import Reads, Task, run_with_progress
from workbench.ui.undo import push

log = logging.getLogger(__name__)
CHANGES = Changes(capabilities=True)


class CapabilitiesPanel(QWidget):
    """What the vendor has, partly has or lacks; the gap analysis compares the boards with it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        self._cards: list[tuple[int, str]] = []
        #: the reads of the panel: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self.ctx.status.emit, "the capabilities")
        #: a capability to make current once the reload on its way is shown
        self._select_after: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_capability)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importCapabilities")
        self.import_button.clicked.connect(self.import_dialog)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        for w in (self.add_button, self.delete_button, self.import_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.search, 1)
        self.model = CapabilitiesModel(self)
        self.model.edit_handler = self.edit_field
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("capabilityTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CAP_COLUMNS.index("description"), QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 280)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(2, 90)
        self.table.setColumnWidth(4, 240)
        self._delegates = (
            ChoiceDelegate(lambda: [(p, pillar_text(p)) for p in PILLARS], self.table),
            ChoiceDelegate(lambda: [(s, capability_status_text(s)) for s in CAPABILITY_STATUSES], self.table),
            ChoiceDelegate(lambda: [(None, self.tr("No card")), *self._cards], self.table, popup=False),
        )
        for column, delegate in zip(("pillar", "status", "card"), self._delegates, strict=True):
            self.table.setItemDelegateForColumn(CAP_COLUMNS.index(column), delegate)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.intro)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.act_new = QAction(self)
        self.act_new.setShortcut(QKeySequence("Ctrl+N"))
        self.act_new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.act_new.triggered.connect(self.add_capability)
        self.addAction(self.act_new)
        self.act_delete = QAction(self.table)
        self.act_delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.act_delete.triggered.connect(self.delete_selected)
        self.table.addAction(self.act_delete)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.search.setAccessibleName(self.tr("Search capabilities"))
        self.table.setAccessibleName(self.tr("Capabilities"))
        self.intro.setText(self.tr(
            "What the vendor already offers. The gap analysis compares every value-map card and every severe "
            "pain with this list: a capability you have closes the gap; a partial or missing one opens a backlog "
            "item. Link a capability to a card when the names differ."))
        self.add_button.setText(self.tr("New capability"))
        self.add_button.setToolTip("Ctrl+N")
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import from xlsx/csv…"))
        self.search.setPlaceholderText(self.tr("Filter capabilities…"))
        self.empty.setText(self.tr("No capabilities yet. Add them one by one or import a spreadsheet with the "
                                   "columns name, pillar, status (have / partial / missing) and description."))
        self.act_new.setText(self.tr("New capability"))
        self.act_delete.setText(self.tr("Delete capability"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CAP_COLUMNS) - 1)

    # ---------------------------------------------------------------- dialogs (replaced in tests)
    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text; None when cancelled."""
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def ask_file(self) -> str | None:
        """Ask for the spreadsheet."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import capabilities"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        return path or None

    def confirm_mapping(self, path: str) -> tuple[dict[str, int], int | None] | None:
        """Show how the file's columns map (the user may correct it); None when cancelled."""
        from workbench.ui.backlog.mapping_dialog import MappingDialog

        dialog = MappingDialog(path, title=self.tr("Import capabilities"), fields=[
            ("name", self.tr("Capability")), ("pillar", self.tr("Pillar")), ("status", self.tr("Status")),
            ("description", self.tr("Description"))], synonyms=caps.SYNONYMS, required=("name",), parent=self)
        if dialog.exec() != MappingDialog.DialogCode.Accepted:
            return None
        return dialog.mapping(), dialog.header()

    def ask_skip(self, message: str) -> bool:
        """Offer to import what can be read when some rows have problems."""
        answer = QMessageBox.question(self, self.tr("Import capabilities"),
                                      message + "\n\n" + self.tr("Import anyway and skip what cannot be read?"),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        """Tell the user why an action did not happen."""
        QMessageBox.warning(self, self.tr("Capabilities"), message)

    def run_task(self, title: str, fn: Any, on_done: Any, on_error: Any) -> Task:
        """Long work with a progress dialog and Cancel (tests may replace this to run inline)."""
        return run_with_progress(self, title, fn, on_done, on_error)

    # ---------------------------------------------------------------- loading
    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self, *, wait: bool = False) -> Task | None:
        """Reload the inventory in a task, keeping the current capability.

        A reload asked for while a reader runs supersedes it (read once more when it ends). With
        ``wait`` the panel reads here. Returns the reader task, or None when read here.
        """
        project = self.ctx.project
        if wait:
            self._reads.drop()  # a read on its way is dropped when it ends
            self._apply(read_capabilities(project))
            return None
        return self._reads.start(lambda: read_capabilities(project), self.reload)

    def _apply(self, read: CapabilitiesRead) -> None:
        """Show what was read (the UI thread's part of a reload)."""
        chosen, self._select_after = self._select_after, None
        current = chosen if chosen is not None else self.table.currentIndex().data(ID_ROLE)
        self._cards = read.cards
        self.model.set_capabilities(read.capabilities)
        self.empty.setVisible(self.model.rowCount() == 0)
        if current is not None:
            self.select(current)

    def select(self, capability_id: int) -> None:
        """Make a capability current (once shown, if a reload is on its way)."""
        if self.reader is not None:
            self._select_after = capability_id
            return
        row = self.model.row_of(capability_id)
        if row is not None:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # ---------------------------------------------------------------- actions
    def edit_field(self, capability_id: int, field: str, value: Any) -> bool:
        """An edit from the table, one undo step."""
        try:
            old = caps.update_capability(self.ctx.project, capability_id, {field: value})
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return False
        push(self.ctx, self.tr("Edit capability"),
             lambda: caps.update_capability(self.ctx.project, capability_id, {field: value}),
             lambda: caps.update_capability(self.ctx.project, capability_id, old), CHANGES)
        return True

    def add_capability(self) -> None:
        """Add a capability (missing, product) and start editing it."""
        name = self.ask_text(self.tr("New capability"), self.tr("Name:"))
        if not name or not name.strip():
            return
        try:
            made = caps.create_capability(self.ctx.project, name=name)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        holder: dict[str, Any] = {}

        def undo() -> None:
            holder["snap"] = caps.delete_capability(self.ctx.project, made.id)

        push(self.ctx, self.tr("New capability"), lambda: caps.create_capability(self.ctx.project, **holder["snap"]),
             undo, CHANGES)
        self.select(made.id)

    def delete_selected(self) -> None:
        """Delete the current capability; undo puts it back."""
        capability_id = self.table.currentIndex().data(ID_ROLE)
        if capability_id is None:
            return
        holder = {"snap": caps.delete_capability(self.ctx.project, capability_id)}

        def redo() -> None:
            holder["snap"] = caps.delete_capability(self.ctx.project, capability_id)

        push(self.ctx, self.tr("Delete capability"), redo,
             lambda: caps.create_capability(self.ctx.project, **holder["snap"]), CHANGES)

    def import_dialog(self) -> None:
        """Ask for a spreadsheet and import it."""
        path = self.ask_file()
        if not path:
            return
        confirmed = self.confirm_mapping(path)
        if confirmed is not None:
            self.import_file(path, mapping=confirmed[0], header_row=confirmed[1])

    def import_file(self, path: str, *, skip_invalid: bool = False, mapping: dict[str, int] | None = None,
                    header_row: int | None = None) -> None:
        """Import in a worker; offers to skip problems; one undo step."""
        project = self.ctx.project

        def work(_state: Any) -> caps.CapabilityImportReport | RowsRefused:
            try:
                return caps.import_capabilities(project, path, skip_invalid=skip_invalid, mapping=mapping,
                                                header_row=header_row)
            except RowsRefused as refused:  # handed back as a value: the offer below does not read the message
                return refused

        def done(result: caps.CapabilityImportReport | RowsRefused) -> None:
            if not isinstance(result, RowsRefused):
                imported(result)
            elif not skip_invalid and self.ask_skip(error_text(str(result))):
                self.import_file(path, skip_invalid=True, mapping=mapping, header_row=header_row)
            else:
                self.show_error(error_text(str(result)))

        def imported(report: caps.CapabilityImportReport) -> None:
            holder = {"report": report}

            def redo() -> None:
                holder["report"] = caps.import_capabilities(project, path, skip_invalid=skip_invalid, mapping=mapping,
                                                            header_row=header_row)

            push(self.ctx, self.tr("Import capabilities"), redo, lambda: caps.undo_import(project, holder["report"]),
                 CHANGES, long=True)
            self.ctx.status.emit(self.tr("Capabilities: %1 added, %2 updated.").replace(
                "%1", str(len(report.created_ids))).replace("%2", str(len(report.updated))))

        self._task = self.run_task(self.tr("Importing capabilities…"), work, done, self.show_error)
