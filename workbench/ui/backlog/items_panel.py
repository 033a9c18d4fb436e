"""The triage table: filters, keyboard triage (J/K, S, E, R), bulk edit, drag to reorder, gap analysis.

Every edit is one service call and one undo step; the detail panel on the right says why the
current item ranks where it does and who asked for it.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.backlog.surveys import HistoryPoint
from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.store.enums import BACKLOG_STATUSES, PILLARS
from workbench.ui.backlog.delegates import ChoiceDelegate, NumberDelegate
from workbench.ui.backlog.detail import ItemDetail
from workbench.ui.backlog.item_actions import ItemActions
from workbench.ui.backlog.labels import pillar_text, status_text
from workbench.ui.backlog.reader import ItemDetails, ItemsRead, read_details, read_items
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.backlog import COLUMNS, ID_ROLE, BacklogFilterProxy, BacklogTableModel
from workbench.ui.tasks import Reads, Task, TaskState
from workbench.ui.widgets import EmptyState

log = logging.getLogger(__name__)
CHANGES = Changes(backlog=True)
_RUNNING: set[Task] = set()  # chart tasks in flight, kept alive until they report
#: a chart drawn up to this much wider (or half this much narrower) than the panel now is kept, not drawn again
CHART_SLACK_PX = 40


class ItemsPanel(ItemActions, QWidget):
    """The backlog items: table, filters and the detail of the current item."""

    #: the panel asks the screen to open another tab ("capabilities", "surveys", ...)
    tab_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)
        self.ctx = ctx
        self._chart_task: Task | None = None
        self._chart_for: int | None = None
        #: what the chart shows (item, title, labels, points) and how wide it was drawn: an unchanged chart is kept
        self._chart_key: tuple[Any, ...] | None = None
        self._chart_width: int | None = None
        self.sync_charts = False  # snapshots draw the chart at once instead of in a worker
        self.show_charts = True  # tests that do not look at the chart switch it off
        #: the reads of the panel: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self._read_failed, "the backlog items")
        self._shown_once = False
        #: ids to select (and the current one) once the reload on its way is shown
        self._select_after: tuple[list[int], int | None] | None = None
        #: the current item's details as read with the rows (valid until the next reload)
        self._details: ItemDetails | None = None
        self._has_rounds = False
        #: the last read shown (tests look at the thread it was read in)
        self.last_read: ItemsRead | None = None
        self.model = BacklogTableModel(self)
        self.model.edit_handler = self.edit_field
        self.model.reorder_handler = self.reorder
        self.proxy = BacklogFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._build_actions()
        self.retranslate()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.gap_button = QPushButton(self)
        self.gap_button.setObjectName("runGapAnalysis")
        self.gap_button.clicked.connect(self.run_gap_analysis)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_item)
        self.bulk_button = QPushButton(self)
        self.rank_button = QPushButton(self)
        self.rank_button.clicked.connect(self.order_by_rank)
        self.export_button = QPushButton(self)
        self.framework = QComboBox(self)
        self.framework.setObjectName("framework")
        self.framework.addItem("RICE", "rice")
        self.framework.addItem("WSJF", "wsjf")
        self.framework.activated.connect(self._framework_chosen)
        self.weighted = QCheckBox(self)
        self.weighted.clicked.connect(self._weighted_chosen)
        for button in (self.gap_button, self.new_button, self.bulk_button, self.rank_button, self.export_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.framework)
        bar.addWidget(self.weighted)
        layout.addLayout(bar)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("backlogSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.search.textChanged.connect(self._filter_changed)
        self.status_filter = QComboBox(self)
        self.pillar_filter = QComboBox(self)
        self.release_filter = QComboBox(self)
        self.hide_closed = QCheckBox(self)
        for combo in (self.status_filter, self.pillar_filter, self.release_filter):
            combo.activated.connect(self._filter_changed)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
        self.hide_closed.toggled.connect(self._filter_changed)
        self.count = QLabel(self)
        filters.addWidget(self.search, 2)
        for widget in (self.status_filter, self.pillar_filter, self.release_filter, self.hide_closed):
            filters.addWidget(widget)
        filters.addWidget(self.count, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(filters)
        self.banner = QLabel(self)
        self.banner.setObjectName("gapBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.stack = QStackedWidget(self)
        self.empty = EmptyState(self.stack)
        self.empty.button.clicked.connect(self.run_gap_analysis)
        split = QSplitter(Qt.Orientation.Horizontal, self.stack)
        self.table = QTableView(split)
        self.table.setObjectName("backlogTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COLUMNS.index("position"), Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("title"), QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        for name, width in (("position", 40), ("rank", 52), ("pillar", 140), ("status", 112), ("release", 104),
                            ("owner", 120), ("reach", 56), ("impact", 56), ("confidence", 70), ("effort", 64),
                            ("score", 60), ("partners", 78), ("manual_rank", 60)):
            self.table.setColumnWidth(COLUMNS.index(name), width)
        for name in ("owner", "reach", "impact", "confidence", "manual_rank"):
            self.table.setColumnHidden(COLUMNS.index(name), True)
        statuses = ChoiceDelegate(lambda: [(s, status_text(s)) for s in BACKLOG_STATUSES], self.table)
        pillars = ChoiceDelegate(lambda: [(p, pillar_text(p)) for p in PILLARS], self.table)
        release_choices = ChoiceDelegate(lambda: [(None, self.tr("No release")), *self.model.releases], self.table)
        self._delegates = (statuses, pillars, release_choices, NumberDelegate(self.table),
                           NumberDelegate(self.table, decimals=0))
        self.table.setItemDelegateForColumn(COLUMNS.index("status"), statuses)
        self.table.setItemDelegateForColumn(COLUMNS.index("pillar"), pillars)
        self.table.setItemDelegateForColumn(COLUMNS.index("release"), release_choices)
        self.table.setItemDelegateForColumn(COLUMNS.index("effort"), self._delegates[3])
        self.table.setItemDelegateForColumn(COLUMNS.index("manual_rank"), self._delegates[4])
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = ItemDetail(split)
        self.detail.card_requested.connect(lambda card_id: self.ctx.navigate.emit("canvas", card_id))
        self.detail.description_requested.connect(self.edit_description)
        self.detail.cards_requested.connect(self.link_cards)
        split.addWidget(self.table)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([900, 380])
        self.stack.addWidget(self.empty)
        self.stack.addWidget(split)
        self.split = split
        layout.addWidget(self.stack, 1)

    def _build_actions(self) -> None:
        def action(keys: str | QKeySequence.StandardKey, slot: Any, widget: QWidget,
                   context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut) -> QAction:
            act = QAction(widget)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            widget.addAction(act)
            return act

        self.act_down = action("J", lambda: self.move_current(1), self.table)
        self.act_up = action("K", lambda: self.move_current(-1), self.table)
        self.act_status = action("S", lambda: self.edit_current("status"), self.table)
        self.act_effort = action("E", lambda: self.edit_current("effort"), self.table)
        self.act_release = action("R", lambda: self.edit_current("release"), self.table)
        self.act_link = action("L", self.link_cards, self.table)
        self.act_pin = action("P", lambda: self.edit_current("manual_rank"), self.table)
        self.act_delete = action(QKeySequence.StandardKey.Delete, self.delete_selected, self.table)
        wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.act_new = action("Ctrl+N", self.new_item, self, wide)
        self.act_gaps = action("Ctrl+G", self.run_gap_analysis, self, wide)
        self.act_find = action(QKeySequence.StandardKey.Find, self._focus_search, self, wide)
        self._build_menus()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.search.setAccessibleName(self.tr("Search backlog items"))
        self.table.setAccessibleName(self.tr("Backlog items"))
        self.gap_button.setText(self.tr("Run gap analysis"))
        self.gap_button.setToolTip(self.tr("Compare the boards with the capabilities and propose items (Ctrl+G)"))
        self.new_button.setText(self.tr("New item"))
        self.new_button.setToolTip("Ctrl+N")
        self.bulk_button.setText(self.tr("Bulk edit"))
        self.rank_button.setText(self.tr("Order by rank"))
        self.rank_button.setToolTip(self.tr("Put the items in the computed rank order (then drag to adjust)"))
        self.export_button.setText(self.tr("Export"))
        self.framework.setToolTip(self.tr("Prioritise by RICE or WSJF (for the whole project)"))
        self.weighted.setText(self.tr("Weighted reach"))
        self.weighted.setToolTip(self.tr("Weight reach by the partners' profile scores"))
        self.search.setPlaceholderText(self.tr("Filter items… (Ctrl+F)"))
        self.hide_closed.setText(self.tr("Hide closed"))
        self.hide_closed.setToolTip(self.tr("Hide released and rejected items"))
        self.act_down.setText(self.tr("Next item"))
        self.act_up.setText(self.tr("Previous item"))
        self.act_status.setText(self.tr("Set status"))
        self.act_effort.setText(self.tr("Set effort"))
        self.act_release.setText(self.tr("Set release"))
        self.act_link.setText(self.tr("Link cards…"))
        self.act_pin.setText(self.tr("Pin rank"))
        self.act_delete.setText(self.tr("Delete item"))
        self.act_new.setText(self.tr("New backlog item"))
        self.act_gaps.setText(self.tr("Run gap analysis"))
        self.act_find.setText(self.tr("Filter items"))
        self.table.setToolTip(self.tr("J/K move · S status · E effort · R release · L cards · P pin rank · drag rows to reorder"))
        self.empty.set_texts(
            self.tr("No backlog items yet"),
            self.tr("Run the gap analysis: it compares the value maps of the boards and the severe pains with the "
                    "capability inventory and proposes an item for every gap. Or add one with Ctrl+N."),
            self.tr("Run gap analysis"))
        self._fill_filters()
        self._retranslate_menus()
        self.detail.retranslate()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_count()

    def _fill_filters(self) -> None:
        def fill(combo: QComboBox, first: str, choices: list[tuple[Any, str]]) -> None:
            current = combo.currentData() if combo.count() else "any"
            combo.clear()
            combo.addItem(first, "any")
            for value, text in choices:
                combo.addItem(text, value)
            at = combo.findData(current)
            combo.setCurrentIndex(max(at, 0))

        fill(self.status_filter, self.tr("All statuses"), [(s, status_text(s)) for s in BACKLOG_STATUSES])
        fill(self.pillar_filter, self.tr("All pillars"), [(p, pillar_text(p)) for p in PILLARS])
        fill(self.release_filter, self.tr("Any release"), [(None, self.tr("No release")), *self.model.releases])

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """On a narrow window pillar, release and partners give way to the title (the detail panel shows them)."""
        super().resizeEvent(event)
        narrow = self.width() < 1100
        if narrow != getattr(self, "_narrow", None):  # only on crossing, so a column shown by hand stays
            self._narrow = narrow
            for name in ("pillar", "release", "partners"):
                self.table.setColumnHidden(COLUMNS.index(name), narrow)

    # ---------------------------------------------------------------- loading
    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self, *, wait: bool = False) -> Task | None:
        """Read the items again and show them, keeping the selection, the current item and the scroll position.

        The items are read in a task (bringing old scores up to date first); the UI thread keeps the
        model reset. A reload asked for while a reader runs supersedes it: that reader's rows are
        dropped and the items are read once more when it ends. With ``wait`` (snapshots) the items
        are read here and shown at once. Returns the reader task, or None when read here.
        """
        project, sort_state, current = self.ctx.project, self.model.sort_state(), self.current_id()
        if wait:
            self._reads.drop()  # a read on its way is dropped when it ends
            self._apply(read_items(project, sort_state, current))
            return None
        task = self._reads.start(lambda: read_items(project, sort_state, current), self.reload)
        if not self._shown_once:
            self.stack.setCurrentIndex(1)
            self._update_count()
        return task

    def _read_failed(self, message: str) -> None:
        self.ctx.status.emit(message)
        self._update_count()

    def _apply(self, read: ItemsRead) -> None:
        """Show what was read: the UI thread's part of a reload (model reset, filters, selection)."""
        first = not self._shown_once
        self._shown_once = True
        self.last_read = read
        chosen, self._select_after = self._select_after, None
        keep, current = chosen if chosen is not None else (self.selected_ids(), self.current_id())
        scroll = self.table.verticalScrollBar().value()
        self._details, self._has_rounds = read.details, read.has_rounds
        self.model.releases = read.releases
        self.model.apply(read.prepared)
        self._fill_filters()
        self.framework.setCurrentIndex(max(self.framework.findData(read.framework), 0))
        self.weighted.setChecked(read.weighted)
        self.stack.setCurrentIndex(1 if self.model.rowCount() else 0)
        self.select_ids(keep, current)
        if chosen is None and not first:
            bar = self.table.verticalScrollBar()
            if bar.maximum() < scroll:  # the reset's relayout may not have set the range yet
                self.table.doItemsLayout()
            bar.setValue(scroll)
        self._update_count()
        log.debug("backlog: %d items read in %.0f ms", self.model.rowCount(), read.read_ms)

    def _update_count(self) -> None:
        if not self._shown_once and self.reader is not None:
            self.count.setText(self.tr("Loading…"))
            return
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        self.count.setText(self.tr("%1 of %2 items").replace("%1", str(shown)).replace("%2", str(total)))

    # ---------------------------------------------------------------- selection
    def current_id(self) -> int | None:
        """The id of the current item."""
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """Ids of the selected items, in view order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select items by id and make ``current`` (or the first) current (once shown, if a reload is on its way)."""
        if self.reader is not None:
            self._select_after = (list(ids), current)
            return
        selection = self.table.selectionModel()
        selection.clearSelection()
        target = current if current is not None else (ids[0] if ids else None)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for item_id in ids:
            index = self._proxy_index(item_id)
            if index.isValid():
                selection.select(index, flags)
        before = self.current_id()
        index = self._proxy_index(target) if target is not None else QModelIndex()
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, COLUMNS.index("title"))
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate if ids else (
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows))
            self.table.scrollTo(self.proxy.index(index.row(), 0))
        if self.current_id() == before:  # otherwise currentRowChanged has already shown it
            self._show_current()

    def _proxy_index(self, item_id: int, column: str = "title") -> QModelIndex:
        row = self.model.row_of(item_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, COLUMNS.index(column)))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_current()

    def move_current(self, step: int) -> None:
        """J/K: move to the next or previous item, keeping the column."""
        index = self.table.currentIndex()
        row = (index.row() + step) if index.isValid() else 0
        row = max(0, min(self.proxy.rowCount() - 1, row))
        target = self.proxy.index(row, index.column() if index.isValid() else COLUMNS.index("title"))
        if target.isValid():
            self.table.selectionModel().setCurrentIndex(
                target, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(self.proxy.index(row, 0))

    def edit_current(self, column: str) -> None:
        """S/E/R: open the editor of a column on the current item."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        target = self.proxy.index(index.row(), COLUMNS.index(column))
        self.table.setColumnHidden(COLUMNS.index(column), False)
        # NoUpdate keeps a multi-row selection, so the edit applies to every selected item.
        self.table.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.edit(target)

    def _show_current(self) -> None:
        item_id = self.current_id()
        row = self.model.row_of(item_id) if item_id is not None else None
        if row is None:
            self._chart_key = None
            self.detail.show_item(None)
            return
        item = self.model.item(row)
        details = self._details
        if details is None or details.item_id != item.id:  # read with the rows only for the item current then
            try:
                details = self._details = read_details(self.ctx.project, item.id)
            except WorkbenchError as exc:
                self.ctx.status.emit(error_text(exc))
                return
        self.detail.show_item(item, details.explanation)
        self.detail.set_quotes(details.quotes)
        self._load_chart(item.id, item.title)

    def _load_chart(self, item_id: int, title: str) -> None:
        if not self.show_charts:
            return
        if not self._has_rounds:
            self._chart_key = None
            self.detail.set_chart(None)
            self.detail.chart.setText(self.tr("No survey rounds yet: import one on the Survey rounds tab."))
            return
        project = self.ctx.project
        label = self.tr("Score")
        before = self.tr("Before surveys")
        width = min(max(260, self.detail.chart.width() - 8), 480)
        shown = self._chart_key  # what the chart shows now: a reload that changed nothing of it draws nothing
        # A chart drawn about as wide as the panel is now is kept: the panel's layout settles after the first
        # chart (its scroll bar appears, 14 px), and a slightly wider chart is scaled down when shown.
        # Snapshots draw the chart at the panel's width exactly.
        drawn = self._chart_width
        fits = drawn is not None and (width == drawn if self.sync_charts
                                      else drawn - CHART_SLACK_PX <= width <= drawn + CHART_SLACK_PX // 2)
        details = self._details
        known = details.history if details is not None and details.item_id == item_id else None

        def chart_key(points: list[HistoryPoint]) -> tuple[Any, ...]:
            points = [replace(points[0], label=before), *points[1:]]
            return (item_id, title, label, tuple(points))

        if known and fits and chart_key(known) == shown:  # read with the rows: the chart is as it was
            self._chart_for = item_id
            return

        def render(_state: TaskState | None = None) -> tuple[tuple[Any, ...], bytes | None]:
            from workbench.backlog.charts import priority_chart_png
            from workbench.backlog.surveys import priority_history

            key = chart_key(known or priority_history(project, item_id))
            if key == shown and fits:
                return key, None
            return key, priority_chart_png(list(key[-1]), title=title, score_label=label, width_px=width)

        self._chart_for = item_id
        if self.sync_charts:
            key, png = render()
            if png is not None:
                self.detail.set_chart(png)
                self._chart_key, self._chart_width = key, width
            return
        if shown is None or shown[0] != item_id:  # another item's chart: say a new one is on its way
            self._chart_key = None
            self.detail.chart.setText(self.tr("Drawing…"))
        # The task is not a child of the panel: a panel closed mid-drawing must not delete the task's
        # signals under the worker; the handlers check that the panel still exists.
        task = Task(render)
        _RUNNING.add(task)

        def done(result: object) -> None:
            _RUNNING.discard(task)
            if not shiboken6.isValid(self) or self._chart_for != item_id:
                return
            key, png = result  # type: ignore[misc]
            if png is not None:
                self.detail.set_chart(png)
                self._chart_key, self._chart_width = key, width

        def failed(message: str, _user: bool) -> None:
            _RUNNING.discard(task)
            if shiboken6.isValid(self):
                self._chart_key = None
                self.detail.chart.setText(message)

        task.finished.connect(done)
        task.failed.connect(failed)
        task.cancelled.connect(lambda: _RUNNING.discard(task))
        self._chart_task = task.start()

    # ---------------------------------------------------------------- filters and sorting
    def _filter_changed(self, *_args: object) -> None:
        self.proxy.set_text(self.search.text())
        status = self.status_filter.currentData()
        pillar = self.pillar_filter.currentData()
        release = self.release_filter.currentData()
        self.proxy.set_filters(status=None if status == "any" else status, pillar=None if pillar == "any" else pillar,
                               release_id=release, hide_closed=self.hide_closed.isChecked())
        self._update_count()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        # Dragging only makes sense in your own order; in any other sort a drop would look ignored.
        by_order = COLUMNS[column] == "position" and order == Qt.SortOrder.AscendingOrder
        self.table.setDragEnabled(by_order)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove if by_order
                                   else QAbstractItemView.DragDropMode.NoDragDrop)

    def _column_menu(self, pos: Any) -> None:
        """Right-click on the header: show or hide columns."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        for n, name in enumerate(COLUMNS):
            if name == "title":
                continue
            act = menu.addAction(str(self.model.headerData(n, Qt.Orientation.Horizontal)))
            act.setCheckable(True)
            act.setChecked(not self.table.isColumnHidden(n))
            act.toggled.connect(lambda on, c=n: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
