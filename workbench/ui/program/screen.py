"""The program structure: the value map by the three pillars with the catalogue of program elements.

Each pillar is a column with its elements (status chip, partners, items) and its value-map cards;
the selected element shows its status (editable, undoable), the statements behind it and the
backlog items it needs. The catalogue is seeded into the project the first time the screen loads.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.backlog import program
from workbench.backlog.program import PillarGroup, ProgramElementRead, element_title
from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.store.enums import CAPABILITY_STATUSES, PILLARS
from workbench.ui.backlog.labels import capability_status_text, pillar_text
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.backlog_lists import EvidenceListModel
from workbench.ui.models.backlog_program import ID_ROLE, CardsModel, ElementsModel, NeededItemsModel, ui_lang
from workbench.ui.program.reader import ProgramRead, read_program
from workbench.ui.screens.base import Screen
from workbench.ui.tasks import Reads, Task
from workbench.ui.undo import push

log = logging.getLogger(__name__)
CHANGES = Changes(program=True)


class PillarColumn(QGroupBox):
    """One pillar: its program elements and its value-map cards."""

    def __init__(self, pillar: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pillar = pillar
        self._group: PillarGroup | None = None
        self.setObjectName(f"pillar_{pillar}")
        layout = QVBoxLayout(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.elements_model = ElementsModel(self)
        self.elements = QListView(self)
        self.elements.setObjectName(f"elements_{pillar}")
        self.elements.setModel(self.elements_model)
        self.elements.setWordWrap(True)
        self.elements.setSpacing(2)
        self.cards_label = QLabel(self)
        self.cards_model = CardsModel(self)
        self.cards = QListView(self)
        self.cards.setModel(self.cards_model)
        self.cards.setWordWrap(True)
        self.cards.setMaximumHeight(150)
        layout.addWidget(self.summary)
        layout.addWidget(self.elements, 3)
        layout.addWidget(self.cards_label)
        layout.addWidget(self.cards, 1)

    def set_group(self, group: PillarGroup) -> None:
        """Show a pillar's elements and cards (nothing is reset when the pillar did not change)."""
        if group == self._group:
            return
        self._group = group
        self.elements_model.set_elements(group.elements)
        self.cards_model.set_cards(group.cards)
        counts = group.counts()
        self.summary.setText(self.tr("%1 have · %2 partial · %3 missing").replace("%1", str(counts["have"])).replace(
            "%2", str(counts["partial"])).replace("%3", str(counts["missing"])))

    def retranslate(self) -> None:
        """Set the texts."""
        self.cards_label.setBuddy(self.cards)
        self.setTitle(pillar_text(self.pillar))
        self.cards_label.setText(self.tr("Value map"))
        self._group = None  # the summary is set again in the new language


class ProgramScreen(Screen):
    """The partner program on three pillars."""

    key = "program"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._task: Task | None = None
        self._job: Any = None
        self._groups: list[PillarGroup] = []
        self._current: ProgramElementRead | None = None
        self._seeded = False
        self._cards: list[tuple[int, str]] = []
        #: the card list the card box holds now (filled again only when a read brings another one)
        self._cards_in_box: list[tuple[int, str]] | None = None
        #: the reads of the screen: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self.ctx.status.emit, "the program")
        #: the last read shown (tests look at the thread it was read in)
        self.last_read: ProgramRead | None = None
        #: an element asked for (open_item) before the read that holds it was shown
        self._select_after: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("exportProgram")
        self.export_menu = QMenu(self)
        self.export_actions = {fmt: self.export_menu.addAction("", lambda f=fmt: self.export(f))
                               for fmt in ("xlsx", "md", "pdf")}
        self.export_button.setMenu(self.export_menu)
        self.menu_export_action = QAction(self)
        self.menu_export_action.setObjectName("exportProgramMenuAction")
        self.menu_export_action.triggered.connect(lambda: self.export("pdf"))
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        split = QSplitter(Qt.Orientation.Vertical, self)
        columns = QWidget(split)
        grid = QGridLayout(columns)
        grid.setContentsMargins(0, 0, 0, 0)
        self.columns = [PillarColumn(p, columns) for p in PILLARS]
        for n, column in enumerate(self.columns):
            grid.addWidget(column, 0, n)
            column.elements.selectionModel().currentRowChanged.connect(
                lambda cur, _prev, c=column: self._element_chosen(c, cur))
        self.detail = QWidget(split)
        self._build_detail(self.detail)
        split.addWidget(columns)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.loading = QLabel(self)
        self.loading.setObjectName("programLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(split)
        self.pages.addWidget(self.loading)
        self.pages.setCurrentWidget(self.loading)
        self.body = split
        layout.addWidget(self.pages, 1)
        self.retranslate()

    def _build_detail(self, host: QWidget) -> None:
        layout = QHBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        self.element_title = QLabel(host)
        self.element_title.setWordWrap(True)
        font = self.element_title.font()
        font.setBold(True)
        self.element_title.setFont(font)
        self.element_meta = QLabel(host)
        self.element_meta.setWordWrap(True)
        row = QHBoxLayout()
        self.status_label = QLabel(host)
        self.status = QComboBox(host)
        self.status.setObjectName("elementStatus")
        self.status.activated.connect(self._status_chosen)
        row.addWidget(self.status_label)
        row.addWidget(self.status)
        self.card_label = QLabel(host)
        self.card = QComboBox(host)
        self.card.setObjectName("elementCard")
        self.card.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.card.setMinimumContentsLength(18)
        self.card.activated.connect(self._card_chosen)
        row.addWidget(self.card_label)
        row.addWidget(self.card, 1)
        self.items_label = QLabel(host)
        self.items_model = NeededItemsModel(self)
        self.items = QListView(host)
        self.items.setModel(self.items_model)
        self.items.setWordWrap(True)
        self.items.doubleClicked.connect(self._open_item)
        left.addWidget(self.element_title)
        left.addWidget(self.element_meta)
        left.addLayout(row)
        left.addWidget(self.items_label)
        left.addWidget(self.items, 1)
        right = QVBoxLayout()
        self.evidence_label = QLabel(host)
        self.evidence_model = EvidenceListModel(self)
        self.evidence = QListView(host)
        self.evidence.setObjectName("programEvidence")
        self.evidence.setModel(self.evidence_model)
        self.evidence.setWordWrap(True)
        self.evidence.setAlternatingRowColors(True)
        right.addWidget(self.evidence_label)
        right.addWidget(self.evidence, 1)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """Offer File > Export > Program Structure in the main window."""
        super().showEvent(event)
        menu = getattr(self.window(), "menu_export", None)
        if menu is not None and self.menu_export_action not in menu.actions():
            menu.addAction(self.menu_export_action)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.items_label.setBuddy(self.items)
        self.evidence_label.setBuddy(self.evidence)
        self.heading.setText(self.tr("Partner program structure"))
        self.loading.setText(self.tr("Loading…"))
        self.menu_export_action.setText(self.tr("&Program Structure (PDF)…"))
        self.export_button.setText(self.tr("Export"))
        labels = {"xlsx": self.tr("Excel workbook (.xlsx)…"), "md": self.tr("Markdown (.md)…"),
                  "pdf": self.tr("PDF for leadership (.pdf)…")}
        for fmt, act in self.export_actions.items():
            act.setText(labels[fmt])
        for column in self.columns:
            column.retranslate()
        self.status_label.setText(self.tr("Status:"))
        self.card_label.setText(self.tr("Card:"))
        self.card.setToolTip(self.tr("The card whose evidence stands behind this element"))
        self.status.clear()
        for status in CAPABILITY_STATUSES:
            self.status.addItem(capability_status_text(status), status)
        self._cards_in_box = None  # "No card" in the new language
        self.items_label.setText(self.tr("Backlog items it needs (double-click to open)"))
        self.evidence_label.setText(self.tr("What partners said"))
        if self._groups:
            self._show_groups()
        self._show_element(self._current)

    # ---------------------------------------------------------------- dialogs (replaced in tests)
    def ask_save_path(self, title: str, suggested: str, filters: str) -> str | None:
        """Ask where to save; None when cancelled."""
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested), filters)
        return path or None

    def show_error(self, message: str) -> None:
        """Tell the user why an action did not happen."""
        QMessageBox.warning(self, self.tr("Program"), message)

    # ---------------------------------------------------------------- loading
    def refresh(self, changes: Changes) -> None:
        """Reload when the program, the backlog or the boards changed."""
        if not (changes.program or changes.backlog or changes.cards or changes.boards or changes.project
                or changes.statements):
            return
        self.reload()

    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self) -> Task:
        """Read the program again in a task and show it when read, keeping the selected element.

        The structure with every element's evidence and the card choices are read in the task (the
        first read also seeds the catalogue); the UI thread only updates the models. A reload asked
        for while a reader runs supersedes it: that reader's result is dropped and the program is read
        once more when it ends.
        """
        project, seed = self.ctx.project, not self._seeded
        task = self._reads.start(lambda: read_program(project, seed=seed), self.reload)
        self._seeded = True  # the first read seeds the catalogue, whether it is shown or superseded
        return task

    def _apply(self, read: ProgramRead) -> None:
        """Show what was read: the UI thread's part of a reload (model updates, selection)."""
        self.last_read = read
        self._groups, self._cards = read.groups, read.cards
        self.pages.setCurrentWidget(self.body)
        self._show_groups()
        chosen, self._select_after = self._select_after, None
        if chosen is not None:
            self.select_element(chosen)
        log.debug("program: read in %.0f ms", read.read_ms)

    def wait_loaded(self, timeout_s: float = 30.0) -> None:
        """Let the event loop run until no reader is in flight (for ``workbench snapshot``)."""
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + timeout_s
        while self.reader is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def _show_groups(self) -> None:
        keep = self._current.id if self._current else None
        for column, group in zip(self.columns, self._groups, strict=True):
            column.set_group(group)
        if keep is not None:
            self.select_element(keep)

    def select_element(self, element_id: int) -> bool:
        """Make an element current; False if there is no such element."""
        for column in self.columns:
            row = column.elements_model.row_of(element_id)
            if row is not None:
                column.elements.setCurrentIndex(column.elements_model.index(row, 0))
                element = column.elements_model.element(row)
                if element != self._current:  # unchanged: its detail (hundreds of quotes) stays as it is
                    self._current = element
                    self._show_element(self._current)
                return True
        return False

    def _element_chosen(self, column: PillarColumn, current: QModelIndex) -> None:
        if not current.isValid():
            return
        for other in self.columns:
            if other is not column:
                other.elements.clearSelection()
        self._current = column.elements_model.element(current.row())
        self._show_element(self._current)

    def _show_element(self, element: ProgramElementRead | None) -> None:
        self.status.setEnabled(element is not None)
        self.card.setEnabled(element is not None)
        if element is None:
            self.element_title.setText(self.tr("Pick an element to see the evidence behind it and the backlog "
                                               "items it needs."))
            self.element_meta.clear()
            self.items_model.set_items([])
            self.evidence_model.set_quotes([])
            return
        title = element_title(element, ui_lang())
        self.element_title.setText(title if element.title == title else f"{title} — {element.title}")
        meta = [pillar_text(element.pillar)]
        if element.card_title:
            meta.append(self.tr("card: %1").replace("%1", element.card_title))
        else:
            meta.append(self.tr("not linked to a card yet"))
        if element.description:
            meta.append(element.description)
        self.element_meta.setText(" · ".join(meta))
        self.status.setCurrentIndex(max(self.status.findData(element.status), 0))
        if self._cards_in_box != self._cards:  # 2,000 cards at a large project: fill only when they changed
            self._cards_in_box = self._cards
            self.card.clear()
            self.card.addItem(self.tr("No card"), None)
            for card_id, text in self._cards:
                self.card.addItem(text, card_id)
        self.card.setCurrentIndex(max(self.card.findData(element.card_id), 0) if element.card_id else 0)
        self.items_model.set_items(element.items)
        self.evidence_model.set_quotes(element.evidence)
        self.evidence_label.setText(self.tr("What partners said (%1 statements, %2 partners)").replace(
            "%1", str(len(element.evidence))).replace("%2", str(element.partner_count)))

    # ---------------------------------------------------------------- actions
    def _status_chosen(self, _index: int) -> None:
        element = self._current
        status = self.status.currentData()
        if element is None or status == element.status:
            return
        self.set_status(element.id, status)

    def _card_chosen(self, _index: int) -> None:
        element = self._current
        card_id = self.card.currentData()
        if element is None or card_id == element.card_id:
            return
        try:
            old = program.update_element(self.ctx.project, element.id, {"card_id": card_id})
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        push(self.ctx, self.tr("Link program element to a card"),
             lambda: program.update_element(self.ctx.project, element.id, {"card_id": card_id}),
             lambda: program.update_element(self.ctx.project, element.id, old), CHANGES)

    def set_status(self, element_id: int, status: str) -> None:
        """Change an element's status, one undo step."""
        try:
            old = program.update_element(self.ctx.project, element_id, {"status": status})
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        push(self.ctx, self.tr("Set program element status"),
             lambda: program.update_element(self.ctx.project, element_id, {"status": status}),
             lambda: program.update_element(self.ctx.project, element_id, old), CHANGES)

    def _open_item(self, index: QModelIndex) -> None:
        if index.isValid():
            self.ctx.navigate.emit("backlog", index.data(ID_ROLE))

    def export(self, fmt: str) -> None:
        """Export the program structure in the worker process; the file appears only when complete."""
        path = self.ask_save_path(self.tr("Export the program structure"), f"program.{fmt}", f"*.{fmt}")
        if not path:
            return
        try:  # the catalogue is seeded here, so that the export only reads (it is part of the structure)
            if program.ensure_catalogue(self.ctx.project):
                self.ctx.notify(CHANGES)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        self._job = self.run_job(self.tr("Exporting…"), "program_export", Path(path), lambda out: self.ctx.status.emit(
            self.tr("Exported to %1").replace("%1", str(out))), fmt=fmt, lang=ui_lang())

    def run_job(self, title: str, name: str, output: Path, on_done: Any, **kwargs: Any) -> Any:
        """A file export in the worker process (openpyxl and matplotlib never stall the window)."""
        from workbench.ui.procworker import export_in_worker

        return export_in_worker(self, title, name, self.ctx.project.url, output, on_done, self.show_error, **kwargs)

    def open_item(self, argument: object) -> None:
        """Show a program element by id (once read, when the screen is still reading)."""
        if isinstance(argument, int) and not self.select_element(argument) and self.reader is not None:
            self._select_after = argument

    def prepare_snapshot(self) -> None:
        """Select the element with the most evidence so the detail is full."""
        if not self._groups and self.reader is None:
            self.refresh(Changes.everything())
        self.wait_loaded()
        elements = [e for g in self._groups for e in g.elements]
        if elements:
            best = max(elements, key=lambda e: (len(e.items) > 0, e.partner_count, -e.id))
            self.select_element(best.id)
