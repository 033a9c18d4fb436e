"""The partners screen: the registry table with search and filters, the detail panel, import and scoring."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.partners import scoring, service
from workbench.partners.importer import import_partners, redo_import, undo_import
from workbench.partners.merge import merge_partners, unmerge_partners
from workbench.partners.normalize import parse_count
from workbench.store.enums import RESEARCH_STATUSES
from workbench.ui.blocking import run_blocking
from workbench.ui.context import AppContext
from workbench.ui.dialogs.audit import add_history_action
from workbench.ui.errortext import error_text
from workbench.ui.layout_state import PARTNERS_HEADER, fit_partner_columns, restore_header, saved_header
from workbench.ui.models.partners import COLUMNS, ID_ROLE, PartnersFilterProxy, PartnersTableModel
from workbench.ui.partners.detail import PartnerDetailPanel
from workbench.ui.partners.dialogs import AddPartnerDialog, BulkEditDialog, PlanInterviewDialog, WeightsDialog
from workbench.ui.partners.import_dialog import ImportDialog
from workbench.ui.partners.labels import status_text
from workbench.ui.partners.reader import TableRead, read_table
from workbench.ui.screens.base import Screen
from workbench.ui.tasks import Reads, Task, run_with_progress
from workbench.ui.undo import EditNotSaved, push, resolve_stale
from workbench.ui.widgets import EmptyState

log = logging.getLogger(__name__)
PARTNER_CHANGES = Changes(partners=True)
#: from this many partners on, a reload reads them off the UI thread (12-35 µs a partner: at 500, after a
#: REFI-QDA import, the read in the UI thread froze the window for 18-24 ms; the demo's 100 stay under 4 ms)
OFFTHREAD_ROWS = 300


class StatusDelegate(QStyledItemDelegate):
    """Edits the research status with a list of the five statuses."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for status in RESEARCH_STATUSES:
            combo.addItem(status_text(status), status)
        return combo

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PartnersScreen(Screen):
    """All candidate partners: find, filter, edit, merge, import, score and pick the ones to interview."""

    key = "partners"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._segments: list[service.SegmentRead] = []
        self._skip_refresh = False
        self._task: Any = None
        #: the table as read off the UI thread for the next reload (after an import), else None
        self.prefetched: TableRead | None = None
        #: a reload reads the partners in a task when the table has (or will have) at least this many
        self.offthread_rows = OFFTHREAD_ROWS
        #: the reads of the table: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self.ctx.status.emit, "the partners table")
        self._select_after: list[int] | None = None
        self._shown_once = False
        self._detail_timer = QTimer(self, singleShot=True, interval=60)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        filters = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("partnerSearch")
        self.search.setClearButtonEnabled(True)
        self.segment_filter, self.city_filter = QComboBox(self), QComboBox(self)
        self.status_filter, self.level_filter = QComboBox(self), QComboBox(self)
        for combo in (self.segment_filter, self.city_filter, self.status_filter, self.level_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(9)
            combo.currentIndexChanged.connect(self._apply_filters)
        filters.addWidget(self.search, 2)
        for combo in (self.segment_filter, self.city_filter, self.status_filter, self.level_filter):
            filters.addWidget(combo)
        self.count_label = QLabel(self)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)

        actions = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        self.tool_actions: dict[str, QAction] = {}
        for key, shortcut, slot in (
            ("add", "Ins", self.add_partner), ("import", "Ctrl+I", self.import_file),
            ("edit", "Ctrl+E", self.bulk_edit), ("merge", "Ctrl+M", self.merge_selected),
            ("delete", QKeySequence.StandardKey.Delete, self.delete_selected),
            ("weights", "Ctrl+Shift+W", self.edit_weights), ("top", "Ctrl+T", self.select_top),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            actions.addWidget(button)
            self.tool_actions[key], self.buttons[key] = action, button
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.import_action = self.tool_actions["import"]
        # File > Import > Partners…: put into the main window's Import menu when the screen is first shown.
        self.menu_import_action = QAction(self)
        self.menu_import_action.setObjectName("importPartnersMenuAction")
        self.menu_import_action.triggered.connect(self._import_from_menu)
        actions.addStretch(1)
        layout.addLayout(actions)

        self.model = PartnersTableModel(self)
        self.model.edit_handler = self._inline_edit
        self.proxy = PartnersFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("partnersTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setItemDelegateForColumn(COLUMNS.index("research_status"), StatusDelegate(self.table))
        self.history_action = add_history_action(self.table, ctx, "partner", self._current_record)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        restore_header(header, saved_header(PARTNERS_HEADER))  # the columns as the user left them (by rank)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._detail_timer.start())
        self.detail = PartnerDetailPanel(self)
        self.detail.plan_requested.connect(self.plan_interview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.empty = EmptyState(self)
        self.empty.button.clicked.connect(self.import_file)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._detail_timer.timeout.connect(self._show_detail)
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.search.setAccessibleName(self.tr("Search partners"))
        self.table.setAccessibleName(self.tr("Partners"))
        self.search.setPlaceholderText(self.tr("Search by name, city, website, notes (Ctrl+F)"))
        texts = {
            "add": (self.tr("Add…"), self.tr("Add a partner by hand (Ins)")),
            "import": (self.tr("Import…"), self.tr("Import partners from an .xlsx or .csv file (Ctrl+I)")),
            "edit": (self.tr("Edit Selected…"), self.tr("Set one field on every selected partner (Ctrl+E)")),
            "merge": (self.tr("Merge…"), self.tr("Merge the selected duplicates into one partner (Ctrl+M)")),
            "delete": (self.tr("Delete"), self.tr("Delete the selected partners (Del); Ctrl+Z brings them back")),
            "weights": (self.tr("Profile Weights…"), self.tr("Edit the ideal-partner profile of the segment "
                                                              "(Ctrl+Shift+W)")),
            "top": (self.tr("Invite Top N…"), self.tr("Mark the best-scoring candidates of the segment as invited "
                                                      "(Ctrl+T)")),
        }
        for key, (text, tip) in texts.items():
            self.tool_actions[key].setText(text)
            self.tool_actions[key].setToolTip(tip)
        self.menu_import_action.setText(self.tr("&Partners…"))
        self.find_action.setText(self.tr("Find Partners"))
        self.empty.set_texts(self.tr("No partners yet"), self.tr(
            "Start from the list of candidate partners you already keep: import an .xlsx or .csv file (a title "
            "row, Russian headers and blank rows are fine), or add partners one by one with Ins."),
            self.tr("Import a Spreadsheet…"))
        self.detail.retranslate()
        self._fill_filters()
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._update_count()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        menu = getattr(self.window(), "menu_import", None)
        if menu is not None and self.menu_import_action not in menu.actions():
            menu.addAction(self.menu_import_action)

    def _import_from_menu(self) -> None:
        self.ctx.navigate.emit("partners", None)
        self.import_file()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search field."""
        self.search.setFocus()
        self.search.selectAll()

    # ---------------------------------------------------------------- loading
    def refresh(self, changes: Changes) -> None:
        """Reload partners when partners, segments or interviews changed."""
        if not (changes.partners or changes.segments or changes.interviews or changes.project):
            return
        if self._skip_refresh and changes == PARTNER_CHANGES:
            self._skip_refresh = False
            self._show_detail()
            return
        self._skip_refresh = False
        read, self.prefetched = self.prefetched, None
        if read is not None:  # read in the import's thread for this reload
            self._reads.bump()  # a read still on its way is older than this
            self._apply(read)
            return
        self.reload()

    def header_state(self) -> QByteArray:
        """The table's column layout to keep for the next start, sorted by rank as the screen opens."""
        header = self.table.horizontalHeader()
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        header.blockSignals(True)  # the table is not sorted again for this
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        state = header.saveState()
        header.setSortIndicator(section, order)
        header.blockSignals(False)
        return state

    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self) -> Task | None:
        """Read the table again and show it, keeping the selection and the scroll position.

        A large table (``offthread_rows``) is read in a task and only the model reset runs in the UI
        thread; a small one is read here (a few milliseconds), and so is the first load, so that the
        screen (and ``workbench snapshot``) shows its rows as soon as it shows. A reload asked for
        while a reader runs supersedes it: that reader's rows are dropped and the table is read once
        more when it ends.
        Returns the reader task, or None when the table was read in the UI thread.
        """
        if self.reader is not None:
            self._reads.bump()  # read again when it ends
            return self.reader
        project, sort_state = self.ctx.project, self.model.sort_state()
        segments = None
        if not self._shown_once:
            self._apply(read_table(project, sort_state))
            return None
        if self.model.rowCount() < self.offthread_rows:
            segments = service.list_segments(project)  # a count per segment: will the table be large?
            if sum(s.partners for s in segments) < self.offthread_rows:
                self._apply(read_table(project, sort_state, segments))
                return None
        return self._reads.start(lambda: read_table(project, sort_state), self.reload)

    def _apply(self, read: TableRead) -> None:
        """Show what was read: the UI thread's part of a reload (model reset, filter choices, selection)."""
        self._shown_once = True
        chosen, self._select_after = self._select_after, None
        selected = chosen if chosen is not None else self.selected_ids()
        scroll = self.table.verticalScrollBar().value()
        self._segments = read.segments
        self.model.apply(read.prepared)
        self._fill_filters()
        rows = self.model.rowCount()
        self.stack.setCurrentWidget(self.empty if not rows else self.splitter)
        if rows and self.table.columnWidth(1) < 150:  # the first load with no kept layout
            fit_partner_columns(self.table)
        self._select(selected, scroll_to=chosen is not None)
        if chosen is None:
            self.table.verticalScrollBar().setValue(scroll)
        self._update_count()
        log.debug("partners table: %d rows read in %.0f ms", rows, read.read_ms)

    def _fill_filters(self) -> None:
        specs = (
            (self.segment_filter, self.tr("All segments"), [(s.name, s.id) for s in self._segments]),
            (self.city_filter, self.tr("All cities"), [(c, c) for c in self.model.cities]),
            (self.status_filter, self.tr("All statuses"), [(status_text(s), s) for s in RESEARCH_STATUSES]),
            (self.level_filter, self.tr("All levels"), [(lv, lv) for lv in self.model.levels]),
        )
        for combo, everything, items in specs:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(text=self.search.text(), segment=self.segment_filter.currentData(),
                               city=self.city_filter.currentData() or "", status=self.status_filter.currentData() or "",
                               level=self.level_filter.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%1 of %2").replace("%1", str(self.proxy.rowCount())).replace(
            "%2", str(self.model.rowCount())))

    # ---------------------------------------------------------------- selection and detail
    def selected_ids(self) -> list[int]:
        """Ids of the selected partners, in view order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select partners by id (those visible), scroll to the first and show its detail."""
        self._select(ids, scroll_to=True)
        self._show_detail()

    def _select(self, ids: list[int], *, scroll_to: bool) -> None:
        # selecting starts the detail timer: after a reload the detail reads the database in an event of its own
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for pid in ids:
            row = self.model.row_of(pid)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                selection.select(index, QItemSelectionModel.SelectionFlag.Select
                                 | QItemSelectionModel.SelectionFlag.Rows)
                first = first or index
        if first is not None and scroll_to:
            self.table.scrollTo(first)

    def _show_detail(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.detail.show_partner(None, None)
            return
        try:
            detail = service.partner_detail(self.ctx.project, partner_id=ids[0])
            score = scoring.explain_partner(self.ctx.project, partner_id=ids[0])
        except WorkbenchError:
            self.detail.show_partner(None, None)
            return
        self.detail.show_partner(detail, score)

    def open_item(self, argument: object) -> None:
        """Show a partner by id."""
        if isinstance(argument, int):
            self.search.clear()
            for combo in (self.segment_filter, self.city_filter, self.status_filter, self.level_filter):
                combo.setCurrentIndex(0)
            self._apply_filters()
            if self.reader is not None:  # a reload is on its way (e.g. a partner just added): select it there
                self._select_after = [argument]
            self.select_ids([argument])

    def prepare_snapshot(self) -> None:
        """Show the demo registry with a well-researched partner selected."""
        if self.model.rowCount() and not self.selected_ids():
            best = min(self.model.partners(), key=lambda p: (p.profile_rank or 10**6, p.id))
            interviewed = [p for p in self.model.partners() if p.research_status in ("interviewed", "synthesised")]
            self.select_ids([(interviewed[0] if interviewed else best).id])

    # ---------------------------------------------------------------- edits
    def _do(self, text: str, action: Callable[[], Any], undo: Callable[[], Any], redo: Callable[[], Any] | None = None,
            changes: Changes = PARTNER_CHANGES) -> Any:
        """Run a service call; on success push its undo step; on failure say why."""
        try:  # in a thread while the window paints: an edit that rescores a large segment takes a while
            # someone saved it first: reload, overwrite, keep both
            result = resolve_stale(self.ctx, self, lambda: run_blocking(action, text))
        except EditNotSaved:
            return None
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Partners"), error_text(exc))
            return None
        push(self.ctx, text, redo or action, undo, changes, long=True)
        return result

    def _versions(self, ids: list[int]) -> dict[int, int]:
        """The versions of partners as the user sees them (a save over a newer one is refused)."""
        rows = {i: self.model.row_of(i) for i in ids}
        return {i: self.model.partner(r).version for i, r in rows.items() if r is not None}

    def _current_record(self) -> tuple[int, str] | None:
        ids = self.selected_ids()
        row = self.model.row_of(ids[0]) if ids else None
        return None if row is None else (ids[0], self.model.partner(row).name)

    def _inline_edit(self, partner_id: int, column: str, value: Any) -> bool:
        if column in ("employees", "clients") and isinstance(value, str):
            number, problem = parse_count(value)
            if problem:
                self.ctx.status.emit(problem)
                return False
            value = number
        values = {column: value}
        state: dict[str, Any] = {}
        seen = self._versions([partner_id])

        def action() -> None:
            state["previous"] = service.update_partners(self.ctx.project, partner_ids=[partner_id], values=values,
                                                        user=self.ctx.user, expected_versions=seen)

        def undo() -> None:
            service.restore_values(self.ctx.project, previous=state["previous"], user=self.ctx.user)

        # Fields the profile score depends on move other rows' ranks: reload then; else patch one row.
        self._skip_refresh = column not in service.SCORED
        if self._do(self.tr("Edit partner"), action, undo) is None and "previous" not in state:
            self._skip_refresh = False
            return False
        self.model.update_partner(service.get_partner(self.ctx.project, partner_id=partner_id))
        return True

    def add_partner(self) -> None:
        """Add a partner by hand (undoable)."""
        dialog = AddPartnerDialog(self._segments, self.segment_filter.currentData(), self)
        if not dialog.exec():
            return
        values = dialog.values()
        state: dict[str, Any] = {}

        def action() -> None:
            if "snaps" in state:
                service.restore_partners(self.ctx.project, snapshots=state["snaps"])
            else:
                state["id"] = service.add_partner(self.ctx.project, user=self.ctx.user, **values).id

        def undo() -> None:
            state["snaps"] = service.delete_partners(self.ctx.project, partner_ids=[state["id"]])

        self._do(self.tr("Add partner"), action, undo)
        if "id" in state:
            scoring.rescore_partners(self.ctx.project, segment_id=values["segment_id"])
            self.refresh(PARTNER_CHANGES)
            self.open_item(state["id"])

    def bulk_edit(self) -> None:
        """Set one field on every selected partner (undoable as one step)."""
        ids = self.selected_ids()
        if not ids:
            self.ctx.status.emit(self.tr("Select the partners to edit first."))
            return
        dialog = BulkEditDialog(len(ids), self._segments, self)
        if not dialog.exec():
            return
        values = dialog.values()
        state: dict[str, Any] = {}
        seen = self._versions(ids)

        def action() -> None:
            state["previous"] = service.update_partners(self.ctx.project, partner_ids=ids, values=values,
                                                        user=self.ctx.user, expected_versions=seen)

        def undo() -> None:
            service.restore_values(self.ctx.project, previous=state["previous"], user=self.ctx.user)

        self._do(self.tr("Edit %1 partners").replace("%1", str(len(ids))), action, undo)

    def delete_selected(self) -> None:
        """Delete the selected partners (undoable)."""
        ids = self.selected_ids()
        if not ids:
            return
        state: dict[str, Any] = {}
        seen = self._versions(ids)

        def action() -> None:
            state["snaps"] = service.delete_partners(self.ctx.project, partner_ids=ids, user=self.ctx.user,
                                                     expected_versions=seen)

        def undo() -> None:
            service.restore_partners(self.ctx.project, snapshots=state["snaps"], user=self.ctx.user)

        if self._do(self.tr("Delete %1 partners").replace("%1", str(len(ids))), action, undo,
                    changes=Changes(partners=True, interviews=True, statements=True)) is not None or "snaps" in state:
            self.ctx.status.emit(self.tr("Deleted %1 partners. Ctrl+Z brings them back.").replace("%1", str(len(ids))))

    def merge_selected(self) -> None:
        """Merge the selected partners into the one the user picks (undoable)."""
        ids = self.selected_ids()
        if len(ids) < 2:
            self.ctx.status.emit(self.tr("Select two or more partners to merge."))
            return
        names = [self.model.partner(self.model.row_of(i) or 0).name for i in ids]
        choice, ok = QInputDialog.getItem(self, self.tr("Merge Partners"), self.tr(
            "Keep this partner; the others' contacts, interviews and history move to it:"), names, 0, False)
        if not ok:
            return
        keep = ids[names.index(choice)]
        state: dict[str, Any] = {}
        seen = self._versions(ids)

        def action() -> None:
            state["undo"] = merge_partners(self.ctx.project, keep_id=keep, merge_ids=ids, user=self.ctx.user,
                                           expected_versions=seen)[1]

        def undo() -> None:
            unmerge_partners(self.ctx.project, undo=state["undo"], user=self.ctx.user)

        self._do(self.tr("Merge %1 partners").replace("%1", str(len(ids))), action, undo,
                 changes=Changes(partners=True, interviews=True))

    # ---------------------------------------------------------------- scoring
    def _chosen_segment(self) -> service.SegmentRead | None:
        current = self.segment_filter.currentData()
        if current is not None:
            return next((s for s in self._segments if s.id == current), None)
        if not self._segments:
            QMessageBox.information(self, self.tr("Partners"), self.tr("Import partners into a segment first."))
            return None
        if len(self._segments) == 1:
            return self._segments[0]
        name, ok = QInputDialog.getItem(self, self.tr("Choose Segment"), self.tr("Segment:"),
                                        [s.name for s in self._segments], 0, False)
        return next((s for s in self._segments if s.name == name), None) if ok else None

    def edit_weights(self) -> None:
        """Edit the ideal-partner profile weights of a segment and rescore (undoable)."""
        segment = self._chosen_segment()
        if segment is None:
            return
        weights = scoring.get_profile_weights(self.ctx.project, segment_id=segment.id)
        dialog = WeightsDialog(segment.name, weights, self)
        if not dialog.exec():
            return
        new = dialog.weights()
        self._do(self.tr("Change profile weights"),
                 lambda: scoring.set_profile_weights(self.ctx.project, segment_id=segment.id, weights=new),
                 lambda: scoring.set_profile_weights(self.ctx.project, segment_id=segment.id, weights=weights),
                 changes=Changes(partners=True, segments=True))

    def select_top(self) -> None:
        """Mark the segment's top N candidates invited (N=50 by default; undoable)."""
        segment = self._chosen_segment()
        if segment is None:
            return
        n, ok = QInputDialog.getInt(self, self.tr("Invite Top Partners"), self.tr(
            "How many of the best-scoring partners of “%1” to invite for interviews:").replace("%1", segment.name),
            scoring.TOP_N, 1, 10_000)
        if not ok:
            return
        state: dict[str, Any] = {}

        def action() -> None:
            state["ids"] = scoring.select_top(self.ctx.project, segment_id=segment.id, n=n, user=self.ctx.user)

        def undo() -> None:
            scoring.revert_invited(self.ctx.project, partner_ids=state["ids"], user=self.ctx.user)

        self._do(self.tr("Invite top %1").replace("%1", str(n)), action, undo)
        if "ids" in state:
            self.ctx.status.emit(self.tr("%1 partners marked invited.").replace("%1", str(len(state["ids"]))))
            self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    # ---------------------------------------------------------------- import
    def import_file(self, path: str | None = None) -> ImportDialog | None:
        """Pick a file, confirm mapping and preview, then import in a worker (one transaction, undoable)."""
        if not isinstance(path, str) or not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Partners"), str(Path.home()), self.tr(
                "Spreadsheets (*.xlsx *.csv *.txt *.tsv);;All files (*)"))
            if not path:
                return None
        current = self.segment_filter.currentText() if self.segment_filter.currentData() is not None else ""
        dialog = ImportDialog(self.ctx, Path(path), [s.name for s in self._segments], current, self)
        if not dialog.run_preview() and dialog.report is None:
            QMessageBox.warning(self, self.tr("Import Partners"), dialog.summary.text())
            return dialog
        if dialog.exec():
            self.run_import(Path(path), **dialog.options())
        return dialog

    def run_import(self, path: Path, *, segment: str, mapping: dict[str, int] | None = None,
                   header_row: int | None = None, skip_invalid: bool = False) -> Any:
        """Import in a worker with progress and Cancel; the result becomes one undo step."""
        project, user = self.ctx.project, self.ctx.user  # (the task freezes the heap as it starts)
        read: dict[str, TableRead] = {}
        sort_state = self.model.sort_state()

        def work(state: Any) -> Any:
            report = import_partners(project, path, segment=segment, mapping=mapping, header_row=header_row,
                                     skip_invalid=skip_invalid, user=user, progress=state.progress)
            if report.written and report.added:
                scoring.rescore_partners(project)
            if report.written:
                # Reading thousands of partners takes ~60 ms: here, not in the table's reload in the UI thread.
                read["table"] = read_table(project, sort_state)
            return report

        def done(report: Any) -> None:
            self.prefetched = read.get("table")
            try:
                self._import_done(report)
            finally:
                self.prefetched = None  # only for the reload the import sets off

        self._task = run_with_progress(self, self.tr("Importing partners…"), work, done, self._import_failed)
        return self._task

    def _import_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Import Partners"), message)

    def _import_done(self, report: Any) -> None:
        if not report.written:
            QMessageBox.warning(self, self.tr("Import Partners"), self.tr(
                "Nothing was imported: %1 rows have problems.").replace("%1", str(report.invalid_rows)))
            return
        ids = list(report.added_ids)
        message = self.tr("Imported %1 partners into “%2”; %3 duplicates and %4 invalid rows skipped.").replace(
            "%1", str(report.added)).replace("%2", report.segment).replace("%3", str(len(report.duplicates))).replace(
            "%4", str(report.invalid_rows))
        self.ctx.status.emit(message)
        if not ids and not report.segment_created:  # nothing new (e.g. the same file again): nothing to undo
            QMessageBox.information(self, self.tr("Import Partners"), message)
            self.ctx.notify(Changes(partners=True, segments=True))
            return
        state: dict[str, Any] = {}

        def redo() -> None:
            redo_import(self.ctx.project, undone=state["undone"], user=self.ctx.user)

        def undo() -> None:
            state["undone"] = undo_import(self.ctx.project, report=report, user=self.ctx.user)

        text = (self.tr("Import %1 partners").replace("%1", str(len(ids))) if ids else
                self.tr("Create segment “%1” by an import").replace("%1", report.segment))
        push(self.ctx, text, redo, undo, Changes(partners=True, segments=True), long=True)
        self.ctx.status.emit(message)

    # ---------------------------------------------------------------- interviews
    def plan_interview(self, partner_id: int) -> None:
        """Plan an interview with the partner through the interviews service, or hand over to that screen."""
        try:
            planning = importlib.import_module("workbench.interviews.planning")
        except ModuleNotFoundError:
            planning = None
        if planning is None or not hasattr(planning, "plan_interview"):
            self.ctx.navigate.emit("interviews", {"plan_for_partner": partner_id})
            return
        name = self.model.partner(self.model.row_of(partner_id) or 0).name
        dialog = PlanInterviewDialog(name, self.ctx.user, self)
        if not dialog.exec():
            return
        when = dialog.when.dateTime().toPython().astimezone(UTC)  # type: ignore[attr-defined]
        interviewer = dialog.interviewer.text().strip()
        previous = service.get_partner(self.ctx.project, partner_id=partner_id).research_status
        state: dict[str, Any] = {}

        def action() -> None:
            state["id"] = planning.plan_interview(self.ctx.project, partner_id=partner_id, interviewer=interviewer,
                                                  planned_at=when).id

        def undo() -> None:
            planning.delete_interview(self.ctx.project, interview_id=state["id"])
            service.update_partners(self.ctx.project, partner_ids=[partner_id],
                                    values={"research_status": previous}, user=self.ctx.user)

        self._do(self.tr("Plan interview"), action, undo, changes=Changes(partners=True, interviews=True))
        if "id" in state:
            self.ctx.status.emit(self.tr("Interview planned."))
