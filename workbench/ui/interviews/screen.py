"""The interviews screen: every interview with its counts, filters, planning, and the way into capture."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
)

from workbench.errors import WorkbenchError
from workbench.interviews import planning
from workbench.interviews.guide_service import list_guides
from workbench.ops import Changes
from workbench.partners.newproject import chosen_guide_id
from workbench.ui.capture.undo import ServiceStep
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.interviews.plan_dialog import PlanInterviewDialog
from workbench.ui.interviews.reader import InterviewsRead, read_interviews
from workbench.ui.models.interviews import ID_ROLE, InterviewFilterProxy, InterviewTableModel, status_name
from workbench.ui.screens.base import Screen
from workbench.ui.tasks import Reads, Task
from workbench.ui.widgets import EmptyState

log = logging.getLogger(__name__)

STATUSES = ("planned", "in_progress", "done")


class InterviewsScreen(Screen):
    """Plan interviews, follow their status and counts, open one to take notes."""

    key = "interviews"
    #: date, interviewer, status: as wide as their contents the first time there are rows
    FITTED = (2, 3, 4)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        #: the reads of the screen: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self.ctx.status.emit, "the interviews")
        #: the last read shown (tests look at the thread it was read in); an interview to select once read
        self.last_read: InterviewsRead | None = None
        self._select_after: int | None = None
        self._fitted = False
        self._segments: list[str] = []
        self._interviewers: list[str] = []
        self.model = InterviewTableModel(self)
        self.proxy = InterviewFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("interviewTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # fit columns to the rows on show and 50 more, not all 300+
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in self.FITTED:  # fitted to their contents once read (see _fit_columns), not on every reload
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        for col in range(5, self.model.columnCount()):  # counts: narrow, the header's tooltip names them
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, 64)
        self.table.activated.connect(self._on_activated)

        self.filter_text = QLineEdit(self)
        self.filter_text.setClearButtonEnabled(True)
        self.filter_text.textChanged.connect(self.proxy.setFilterFixedString)
        self.segment_box, self.status_box, self.interviewer_box = QComboBox(self), QComboBox(self), QComboBox(self)
        for box in (self.segment_box, self.status_box, self.interviewer_box):
            box.currentIndexChanged.connect(lambda _n: self._apply_filters())
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.plan_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.search_button = QPushButton(self)
        self.guides_button = QPushButton(self)
        self.count_label = QLabel(self)
        self.resume_label = QLabel(self)
        self.resume_label.setObjectName("resumeBanner")
        self.resume_button = QPushButton(self)
        self.resume_button.clicked.connect(lambda: self.resume())
        self._resume_id: int | None = None
        for widget in (self.resume_label, self.resume_button):  # until read, no interview is known to be running
            widget.setVisible(False)
        bar = QHBoxLayout()
        bar.addWidget(self.filter_text, 2)
        bar.addWidget(self.segment_box)
        bar.addWidget(self.status_box)
        bar.addWidget(self.interviewer_box)
        bar.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.search_button)
        actions.addWidget(self.guides_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.plan_button)

        self.empty = EmptyState(self)
        self.empty.button.clicked.connect(lambda: self.plan_interview())
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        actions.insertWidget(0, self.resume_button)
        actions.insertWidget(0, self.resume_label, 1)
        self.resume_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.count_label)

        self.act_plan = self._act("Ins", self.plan_interview)
        self.act_open = self._act("Ctrl+O", self.open_selected)
        self.act_search = self._act("", self.search)  # Ctrl+Shift+F is the window's: search from any screen
        self.act_filter = self._act("Ctrl+F", lambda: (self.filter_text.setFocus(), self.filter_text.selectAll()))
        self.act_guides = self._act("Ctrl+G", self.edit_guides)
        self.act_delete = self._act("Del", self.delete_selected)
        self.act_resume = self._act("Ctrl+R", self.resume)
        self.plan_button.clicked.connect(self.act_plan.trigger)
        self.open_button.clicked.connect(self.act_open.trigger)
        self.search_button.clicked.connect(self.act_search.trigger)
        self.guides_button.clicked.connect(self.act_guides.trigger)
        self._filling = False
        self.retranslate()
        # Tab goes as the eye does: the buttons on top, the filters, then the table.
        chain = [self.resume_button, self.search_button, self.guides_button, self.open_button, self.plan_button,
                 self.filter_text, self.segment_box, self.status_box, self.interviewer_box, self.table]
        for first, second in zip(chain, chain[1:], strict=False):
            self.setTabOrder(first, second)

    def _act(self, shortcut: str, slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _c=False: slot())
        self.addAction(action)
        return action

    def retranslate(self) -> None:  # noqa: D102 - Screen override
        self.filter_text.setAccessibleName(self.tr("Filter interviews by partner"))
        self.table.setAccessibleName(self.tr("Interviews"))
        self.filter_text.setPlaceholderText(self.tr("Filter by partner (Ctrl+F)"))
        for button, text, tip in (
            (self.plan_button, self.tr("Plan…"), self.tr("Plan interview (Ins)")),
            (self.open_button, self.tr("Open"), self.tr("Open (Enter)")),
            (self.search_button, self.tr("Search…"), self.tr("Search statements (Ctrl+Shift+F)")),
            (self.guides_button, self.tr("Guides…"), self.tr("Guides (Ctrl+G)")),
        ):
            button.setText(text)
            button.setToolTip(tip)
        self.act_plan.setText(self.tr("Plan an interview"))
        self.act_open.setText(self.tr("Open the interview"))
        self.act_search.setText(self.tr("Search statements"))
        self.act_filter.setText(self.tr("Filter interviews"))
        self.act_guides.setText(self.tr("Edit interview guides"))
        self.act_delete.setText(self.tr("Delete a planned interview"))
        self.act_resume.setText(self.tr("Resume the interview in progress"))
        self.resume_button.setText(self.tr("Resume"))
        self.resume_button.setToolTip(self.tr("Resume (Ctrl+R)"))
        self.empty.set_texts(self.tr("No interviews yet"),
                             self.tr("Plan an interview with one of your partners, then open it to take notes "
                                     "from the keyboard."), self.tr("Plan interview"))
        if self.last_read is not None:  # status names in the new language
            self.model.set_rows(self.model.rows())
        self._fill_filters()
        self._update_count()

    # ----------------------------------------------------------------- loading
    def refresh(self, changes: Changes) -> None:  # noqa: D102 - Screen override
        if not (changes.interviews or changes.statements or changes.partners or changes.segments or changes.project):
            return
        self.reload()

    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self) -> Task:
        """Read the interviews again in a task and show them when read, keeping the selection.

        Counting the statements of every interview and preparing the rows run in the task; the UI
        thread keeps the model reset. A reload asked for while a reader runs supersedes it: that
        reader's rows are dropped and the list is read once more when it ends.
        """
        project = self.ctx.project
        return self._reads.start(lambda: read_interviews(project), self.reload)

    def _apply(self, read: InterviewsRead) -> None:
        """Show what was read: the UI thread's part of a reload (model reset, filter choices, selection)."""
        chosen, self._select_after = self._select_after, None
        selected = chosen if chosen is not None else self.selected_id()
        scroll = self.table.verticalScrollBar().value()
        self.last_read = read
        self._segments, self._interviewers = read.segments, read.interviewers
        self.model.apply(read.prepared)
        self._fit_columns()
        self._fill_filters()
        self._apply_filters()
        self._update_resume()
        if selected is not None:
            self.select(selected)
        if chosen is None:
            self.table.verticalScrollBar().setValue(scroll)
        log.debug("interviews: %d read in %.0f ms", self.model.rowCount(), read.read_ms)

    def _fit_columns(self) -> None:
        """Size date, interviewer and status to their contents once, when the first rows show.

        Fitting them on every reload (a ResizeToContents header) asked each of 50+ rows for every role
        of three columns after each change: 20-40 ms of the UI thread at 300 interviews.
        """
        if self._fitted or not self.model.rowCount():
            return
        self._fitted = True
        for col in self.FITTED:
            self.table.resizeColumnToContents(col)

    def wait_loaded(self, timeout_s: float = 30.0) -> None:
        """Let the event loop run until no reader is in flight (for ``workbench snapshot``)."""
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + timeout_s
        while self.reader is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def _fill_filters(self) -> None:
        self._filling = True
        for box, values, any_text in (
            (self.segment_box, self._segments, self.tr("All segments")),
            (self.status_box, list(STATUSES), self.tr("Any status")),
            (self.interviewer_box, self._interviewers, self.tr("All interviewers")),
        ):
            current = box.currentData()
            box.clear()
            box.addItem(any_text, None)
            for value in values:
                box.addItem(status_name(value) if box is self.status_box else value, value)
            n = box.findData(current)
            box.setCurrentIndex(max(n, 0))
        self._filling = False

    def _apply_filters(self) -> None:
        if self._filling:
            return
        self.proxy.set_filters(segment=self.segment_box.currentData(), status=self.status_box.currentData(),
                               interviewer=self.interviewer_box.currentData())
        if self.last_read is not None:  # until the first read the table shows, empty, and takes the focus
            self.pages.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.table)
        self._update_count()

    def _update_resume(self) -> None:
        """Offer to go back to the interview in progress (e.g. after the app was closed or crashed)."""
        running = [r for r in self.model.rows() if r.status == "in_progress"]
        latest = max(running, key=lambda r: r.id) if running else None
        self._resume_id = latest.id if latest else None
        for w in (self.resume_label, self.resume_button):
            w.setVisible(latest is not None)
        if latest is not None:
            self.resume_label.setText(self.tr("Interview in progress: %1 — %2 statements saved")
                                      .replace("%1", latest.partner_name).replace("%2", str(latest.total)))

    def resume(self) -> None:
        """Ctrl+R: open the interview in progress where it was (its saved lines and draft)."""
        if self._resume_id is not None:
            self.ctx.navigate.emit("capture", self._resume_id)

    def _update_count(self) -> None:
        if self.last_read is None:  # the first read is in flight
            self.count_label.setText(self.tr("Loading…"))
            return
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        self.count_label.setText(self.tr("%1 of %2 interviews").replace("%1", str(shown)).replace("%2", str(total)))

    def open_item(self, argument: object) -> None:
        """An interview id selects it; {"plan_for_partner": id} opens the plan dialog for that partner."""
        if isinstance(argument, dict) and "plan_for_partner" in argument:
            self.plan_interview(int(argument["plan_for_partner"]))
        elif isinstance(argument, int):
            self.select(argument)

    def prepare_snapshot(self) -> None:
        """Select the interview in progress (or the first one)."""
        self.wait_loaded()
        for n in range(self.model.rowCount()):
            if self.model.interview(n).status == "in_progress":
                self.select(self.model.interview(n).id)
                return
        if self.proxy.rowCount():
            self.table.selectRow(0)

    # ----------------------------------------------------------------- selection
    def selected_id(self) -> int | None:
        """The selected interview."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, interview_id: int) -> None:
        """Select an interview (clearing filters that hide it); one not read yet is selected once read."""
        n = self.model.row_of(interview_id)
        if n is None:
            if self.reader is not None:
                self._select_after = interview_id
            return
        index = self.proxy.mapFromSource(self.model.index(n, 0))
        if not index.isValid():
            for box in (self.segment_box, self.status_box, self.interviewer_box):
                box.setCurrentIndex(0)
            self.filter_text.clear()
            index = self.proxy.mapFromSource(self.model.index(n, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)

    def _on_activated(self, index: QModelIndex) -> None:
        self.ctx.navigate.emit("capture", index.data(ID_ROLE))

    def open_selected(self) -> None:
        """Open the selected interview in capture mode."""
        interview_id = self.selected_id()
        if interview_id is not None:
            self.ctx.navigate.emit("capture", interview_id)

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802, D102 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id() is not None:
            self.open_selected()
            return
        super().keyPressEvent(event)

    # ----------------------------------------------------------------- actions
    def plan_interview(self, partner_id: int | None = None) -> PlanInterviewDialog | None:
        """Open the plan dialog (for a partner if given); planning is an undo step."""
        partners = planning.partner_choices(self.ctx.project)
        if not partners:
            self.ctx.status.emit(self.tr("Add partners first: an interview is planned with a partner."))
            return None
        dialog = PlanInterviewDialog(partners, list_guides(self.ctx.project), self.ctx.user, partner_id, self,
                                     guide_id=chosen_guide_id(self.ctx.project))
        dialog.accepted.connect(lambda: self._plan(dialog.values()))
        dialog.open()
        self._dialog = dialog
        return dialog

    def _plan(self, values: dict[str, Any]) -> None:
        project = self.ctx.project
        holder: list[int] = []

        def redo() -> None:
            holder[:] = [planning.plan_interview(project, **values).id]

        def undo() -> None:
            planning.delete_interview(project, interview_id=holder[0])

        try:
            redo()
        except WorkbenchError as exc:
            self.ctx.status.emit(error_text(exc))
            return
        self.ctx.undo_stack.push(ServiceStep(self.ctx, self.tr("Plan an interview"), redo, undo,
                                             Changes(interviews=True, partners=True)))
        self.select(holder[0])

    def delete_selected(self) -> None:
        """Delete the selected interview if nothing was noted in it yet (a mistaken plan)."""
        interview_id = self.selected_id()
        if interview_id is None:
            return
        iv = self.model.interview(self.model.row_of(interview_id) or 0)
        if iv.total:
            self.ctx.status.emit(self.tr("Only an interview without notes can be deleted here."))
            return
        project = self.ctx.project
        values = {"partner_id": iv.partner_id, "interviewer": iv.interviewer, "planned_at": iv.planned_at,
                  "guide_id": iv.guide_id, "mode": iv.mode}
        holder = [interview_id]

        def redo() -> None:
            planning.delete_interview(project, interview_id=holder[0])

        def undo() -> None:
            holder[:] = [planning.plan_interview(project, **values).id]

        try:
            redo()
        except WorkbenchError as exc:
            self.ctx.status.emit(error_text(exc))
            return
        self.ctx.undo_stack.push(ServiceStep(self.ctx, self.tr("Delete the interview"), redo, undo,
                                             Changes(interviews=True)))

    def search(self) -> None:
        """Ctrl+Shift+F: search every statement."""
        from workbench.ui.interviews.search_dialog import SearchDialog

        dialog = SearchDialog(self.ctx, self)
        dialog.open()
        self._search_dialog = dialog

    def edit_guides(self) -> None:
        """Ctrl+G: copy and edit interview guides."""
        from workbench.ui.guides.editor import GuideEditorDialog

        dialog = GuideEditorDialog(self.ctx, self)
        dialog.open()
        self._guide_dialog = dialog
