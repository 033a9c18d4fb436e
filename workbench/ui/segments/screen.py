"""The segments screen: weighted criteria with live recalculation, rank, sensitivity, charts and funnel."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.partners import charts
from workbench.partners.segments import (
    COMPUTED,
    CRITERIA,
    ENTERED,
    SegmentInputs,
    SegmentScore,
    score_segments,
    set_segment_scoring,
)
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.partners_segments import ID_ROLE, FunnelModel, SegmentScoresModel
from workbench.ui.partners.labels import CRITERION_TEXT, criterion_text
from workbench.ui.procworker import ProcessJob, WorkerError, shared_worker, temp_glob
from workbench.ui.screens.base import Screen
from workbench.ui.segments.reader import SegmentsRead, read_segments
from workbench.ui.segments.sensitivity import (
    SensitivityModel,
    SensitivityProxy,
    SensitivityRow,
    sensitivity_rows,
)
from workbench.ui.tasks import Reads, Task
from workbench.ui.undo import push
from workbench.ui.widgets import EmptyState

log = logging.getLogger(__name__)
CHART_KEYS = ("bars", "radar", "bubble")
_RUNNING: set[Task] = set()


def _keep(task: Task) -> Task:
    """Hold a worker task until it ends, so that its signals outlive a screen closed meanwhile."""
    _RUNNING.add(task)
    for signal in (task.finished, task.failed, task.cancelled):
        signal.connect(lambda *_a, t=task: _RUNNING.discard(t))
    return task


#: the narrowest the charts are drawn (px): below it the legend no longer fits
CHART_MIN_WIDTH = 360

class SegmentsScreen(Screen):
    """Which segment to focus on, and why."""

    key = "segments"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._inputs: list[SegmentInputs] = []
        self._scores: list[SegmentScore] = []
        self._segment_id: int | None = None
        self._chart_task: Task | ProcessJob | None = None
        self._chart_bytes: dict[str, bytes] = {}
        self._filling = False
        #: the reads of the screen: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self.ctx.status.emit, "the segments")
        #: the last read applied (tests look at the thread it was read in)
        self.last_read: SegmentsRead | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack)
        self.empty = EmptyState(self)
        self.empty.button.clicked.connect(lambda: ctx.navigate.emit("partners", None))
        self.loading = QLabel(self)
        self.loading.setObjectName("segmentsLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        self.stack.addWidget(body)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.loading)
        self.stack.setCurrentWidget(self.loading)

        left = QWidget(body)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.scores_model = SegmentScoresModel(self)
        self.scores_view = QTableView(left)
        self.scores_view.setObjectName("segmentScores")
        self.scores_view.setModel(self.scores_model)
        self.scores_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.scores_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.scores_view.verticalHeader().hide()
        self.scores_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.scores_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.scores_view.setWordWrap(False)
        self.scores_view.selectionModel().currentRowChanged.connect(self._on_row)
        self.scores_view.setMaximumHeight(190)
        for column in (3, 4):  # attractiveness and ability: on the bubble chart and in the row tooltip
            self.scores_view.setColumnHidden(column, True)
        self.scores_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_layout.addWidget(self.scores_view, 1)
        self.sensitivity_label = QLabel(left)
        self.sensitivity_label.setObjectName("sensitivity")
        self.sensitivity_label.setWordWrap(True)
        self.sensitivity_label.setTextFormat(Qt.TextFormat.RichText)
        left_layout.addWidget(self.sensitivity_label)
        self.criteria_box = QGroupBox(left)
        grid = QGridLayout(self.criteria_box)
        self.value_spins: dict[str, QDoubleSpinBox] = {}
        self.computed_labels: dict[str, QLabel] = {}
        self.weight_spins: dict[str, QDoubleSpinBox] = {}
        self.criterion_labels: dict[str, QLabel] = {}
        self.head_value, self.head_weight = QLabel(self.criteria_box), QLabel(self.criteria_box)
        grid.addWidget(self.head_value, 0, 1)
        grid.addWidget(self.head_weight, 0, 2)
        for row, criterion in enumerate(CRITERIA, start=1):
            label = QLabel(self.criteria_box)
            self.criterion_labels[criterion] = label
            grid.addWidget(label, row, 0)
            if criterion in ENTERED:
                spin = QDoubleSpinBox(self.criteria_box)
                spin.setRange(0, 10)
                spin.setDecimals(0)
                spin.setObjectName(f"value_{criterion}")
                spin.valueChanged.connect(self._on_edit)
                self.value_spins[criterion] = spin
                grid.addWidget(spin, row, 1)
            else:
                shown = QLabel(self.criteria_box)
                shown.setObjectName(f"computed_{criterion}")
                self.computed_labels[criterion] = shown
                grid.addWidget(shown, row, 1)
            weight = QDoubleSpinBox(self.criteria_box)
            weight.setRange(0, 100)
            weight.setDecimals(0)
            weight.setSuffix(" %")
            weight.setObjectName(f"weight_{criterion}")
            weight.valueChanged.connect(self._on_edit)
            self.weight_spins[criterion] = weight
            grid.addWidget(weight, row, 2)
        self.target_label = QLabel(self.criteria_box)
        self.target_spin = QSpinBox(self.criteria_box)
        self.target_spin.setRange(1, 1000)
        self.target_spin.setObjectName("targetInterviews")
        self.target_spin.valueChanged.connect(self._on_edit)
        grid.addWidget(self.target_label, len(CRITERIA) + 1, 0)
        grid.addWidget(self.target_spin, len(CRITERIA) + 1, 1)
        self.criteria_hint = QLabel(self.criteria_box)
        self.criteria_hint.setWordWrap(True)
        self.criteria_hint.setObjectName("criteriaHint")
        grid.addWidget(self.criteria_hint, len(CRITERIA) + 2, 0, 1, 3)
        grid.setRowStretch(len(CRITERIA) + 3, 1)
        scroll = QScrollArea(left)
        self.criteria_scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.criteria_box)
        left_layout.addWidget(scroll, 3)

        right = QWidget(body)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        self.tabs = QTabWidget(right)
        self.chart_labels: dict[str, QLabel] = {}
        for key in CHART_KEYS:
            label = QLabel(self.tabs)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setObjectName(f"chart_{key}")
            label.setMinimumSize(200, 160)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.chart_labels[key] = label
            self.tabs.addTab(label, "")
        self.sensitivity_page = QWidget(self.tabs)
        page_layout = QVBoxLayout(self.sensitivity_page)
        page_layout.setContentsMargins(4, 4, 4, 4)
        self.sensitivity_summary = QLabel(self.sensitivity_page)
        self.sensitivity_summary.setObjectName("sensitivitySummary")
        self.sensitivity_summary.setWordWrap(True)
        page_layout.addWidget(self.sensitivity_summary)
        self.only_changes = QCheckBox(self.sensitivity_page)
        self.only_changes.setObjectName("sensitivityOnlyChanges")
        page_layout.addWidget(self.only_changes)
        self.sensitivity_model = SensitivityModel(self)
        self.sensitivity_proxy = SensitivityProxy(self)
        self.sensitivity_proxy.setSourceModel(self.sensitivity_model)
        self.only_changes.toggled.connect(self.sensitivity_proxy.set_only_changes)
        self.sensitivity_view = QTableView(self.sensitivity_page)
        self.sensitivity_view.setObjectName("sensitivityTable")
        self.sensitivity_view.setModel(self.sensitivity_proxy)
        self.sensitivity_view.setSortingEnabled(True)
        self.sensitivity_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # criteria order until asked
        self.sensitivity_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sensitivity_view.verticalHeader().hide()
        self.sensitivity_view.setWordWrap(False)
        self.sensitivity_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.sensitivity_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SensitivityModel.COLUMNS.index("top"), QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SensitivityModel.COLUMNS.index("top"), 190)
        header.setStretchLastSection(True)
        page_layout.addWidget(self.sensitivity_view, 1)
        self.tabs.addTab(self.sensitivity_page, "")
        self.tabs.currentChanged.connect(self._on_tab)
        right_layout.addWidget(self.tabs, 3)
        buttons = QHBoxLayout()
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.export_action.triggered.connect(self.export_chart)
        self.addAction(self.export_action)
        export_button = QToolButton(right)
        export_button.setDefaultAction(self.export_action)
        buttons.addStretch(1)
        buttons.addWidget(export_button)
        right_layout.addLayout(buttons)
        self.funnel_title = QLabel(right)
        self.funnel_title.setObjectName("funnelTitle")
        right_layout.addWidget(self.funnel_title)
        self.funnel_model = FunnelModel(self)
        self.funnel_view = QTableView(right)
        self.funnel_view.setObjectName("funnel")
        self.funnel_view.setModel(self.funnel_model)
        self.funnel_view.verticalHeader().hide()
        self.funnel_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.funnel_view.horizontalHeader().setStretchLastSection(True)
        self.funnel_view.setMaximumHeight(160)
        self.funnel_view.setWordWrap(False)
        right_layout.addWidget(self.funnel_view, 1)
        body.addWidget(left)
        body.addWidget(right)
        body.setStretchFactor(0, 2)
        body.setStretchFactor(1, 3)
        body.setSizes([520, 900])
        self.body = body
        self._split_by_hand = False  # once the user drags the divider, the screen leaves it where they put it
        body.splitterMoved.connect(lambda *_: setattr(self, "_split_by_hand", True))

        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self._save_edits)
        self._chart_timer = QTimer(self, singleShot=True, interval=150)
        self._chart_timer.timeout.connect(self._draw_charts)
        self.retranslate()

    # ---------------------------------------------------------------- texts
    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.scores_view.setAccessibleName(self.tr("Segment scores"))
        self.funnel_view.setAccessibleName(self.tr("Research funnel by segment"))
        self.criteria_scroll.setAccessibleName(self.tr("Scoring criteria"))
        for criterion, label in self.criterion_labels.items():
            label.setText(criterion_text(criterion))
            if criterion in self.value_spins:  # each spin box says which row it is on
                self.value_spins[criterion].setAccessibleName(self.tr("%1: value, 0 to 10").replace(
                    "%1", label.text()))
            self.weight_spins[criterion].setAccessibleName(self.tr("%1: weight").replace("%1", label.text()))
        self.target_label.setBuddy(self.target_spin)
        self.criteria_box.setTitle(self.tr("Criteria of the selected segment"))
        self.head_value.setText(self.tr("Value (0–10)"))
        self.head_weight.setText(self.tr("Weight"))
        self.target_label.setText(self.tr("Interview target"))
        self.target_spin.setToolTip(self.tr("How many interviews this segment needs (the domain suggests 20–30)."))
        self.criteria_hint.setText(self.tr(
            "The first five are the team's judgement (cost to serve counts inversely: 10 = most expensive). The "
            "last four are computed from the research: partners interviewed against the target, severity and "
            "frequency of pains, the board's fit, tagged statements. Changes recalculate at once; Ctrl+Z undoes."))
        for index, title in enumerate((self.tr("Ranked scores"), self.tr("Radar"), self.tr("Attractiveness vs "
                                                                                          "ability to win"),
                                       self.tr("Sensitivity ±20%"))):
            self.tabs.setTabText(index, title)
        self.sensitivity_view.setAccessibleName(self.tr("Sensitivity of the ranking to each weight"))
        self.only_changes.setText(self.tr("Only the moves that change the ranking"))
        self.only_changes.setAccessibleName(self.only_changes.text())
        self.sensitivity_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                      self.sensitivity_model.columnCount() - 1)
        self.export_action.setText(self.tr("Export Chart…"))
        self.export_action.setToolTip(self.tr("Save the chart on show as PNG or SVG (Ctrl+Shift+E)"))
        self.funnel_title.setText(self.tr("Research funnel (the domain's aim: 20–30 interviews per segment)"))
        self.loading.setText(self.tr("Loading…"))
        self.empty.set_texts(self.tr("No segments yet"), self.tr(
            "Segments come with the partners: import a partner list into a segment (for example “amoCRM "
            "integrators”) on the Partners screen, then score the segments here."), self.tr("Go to Partners"))
        self._show_sensitivity()
        self._fill_editor()
        if self._scores and self.isVisible():
            self._chart_timer.start()

    # ---------------------------------------------------------------- loading
    def refresh(self, changes: Changes) -> None:
        """Recompute when segments, partners, interviews, statements or boards changed."""
        if not (changes.segments or changes.partners or changes.interviews or changes.statements or changes.cards
                or changes.boards or changes.project):
            return
        self.reload()

    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self) -> Task:
        """Read the segments again in a task and show them when read, keeping the selected segment.

        The research counts, board fits, funnel and sensitivity are read and computed in the task;
        the UI thread only resets the small models. A reload asked for while a reader runs supersedes
        it: that reader's result is dropped and the segments are read once more when it ends.
        """
        project = self.ctx.project
        return self._reads.start(lambda: read_segments(project), self.reload)

    def _apply(self, read: SegmentsRead) -> None:
        """Show what was read: the UI thread's part of a reload (small model resets, selection, editor)."""
        self.last_read = read
        self._inputs = list(read.inputs)
        self.stack.setCurrentWidget(self.empty if not self._inputs else self.body)
        self.funnel_model.set_funnels(read.funnels)
        self._recalculate(read.scores, read.sensitivity)
        if self._segment_id is None and self._scores:
            self._segment_id = self._scores[0].segment_id
        self._select_current()
        self._fill_editor()
        log.debug("segments: %d read in %.0f ms", len(self._inputs), read.read_ms)

    def wait_loaded(self, timeout_s: float = 30.0) -> None:
        """Let the event loop run until no reader is in flight (for ``workbench snapshot``)."""
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + timeout_s
        while self.reader is not None and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def _recalculate(self, scores: list[SegmentScore] | None = None,
                     sensitivity: list[SensitivityRow] | None = None) -> None:
        before = self._scores
        self._scores = scores if scores is not None else score_segments(self._inputs)
        self.scores_model.set_scores(self._scores)
        self._select_current()
        self._show_sensitivity(sensitivity)
        if self.isVisible() and self._scores != before:  # the same scores: the charts on show are right
            self._chart_timer.start()

    def _select_current(self) -> None:
        if self._segment_id is None:
            return
        row = self.scores_model.row_of(self._segment_id)
        if row is not None:
            self.scores_view.selectionModel().blockSignals(True)
            self.scores_view.selectRow(row)
            self.scores_view.selectionModel().blockSignals(False)

    def _on_row(self, current: Any, _previous: Any) -> None:
        if current.isValid():
            self._flush_edits()
            self._segment_id = current.siblingAtColumn(0).data(ID_ROLE)
            self._fill_editor()

    def _current_inputs(self) -> SegmentInputs | None:
        return next((i for i in self._inputs if i.segment_id == self._segment_id), None)

    def _fill_editor(self) -> None:
        item = self._current_inputs()
        self.criteria_box.setEnabled(item is not None)
        if item is None:
            return
        self._filling = True
        total = sum(item.weights.values()) or 1.0
        for criterion in ENTERED:
            self.value_spins[criterion].setValue(item.entered.get(criterion, 0.0))
        for criterion in COMPUTED:
            self.computed_labels[criterion].setText(f"{item.computed.get(criterion, 0.0) * 100:.0f} %")
        for criterion in CRITERIA:
            self.weight_spins[criterion].setValue(round(100 * item.weights.get(criterion, 0.0) / total))
        self.target_spin.setValue(item.target)
        self.criteria_box.setTitle(self.tr("Criteria of “%1”").replace("%1", item.name))
        self._filling = False

    # ---------------------------------------------------------------- live editing
    def _edited_values(self) -> tuple[dict[str, float], dict[str, float]]:
        criteria = {c: self.value_spins[c].value() for c in ENTERED}
        weights = {c: self.weight_spins[c].value() / 100 for c in CRITERIA}
        return criteria, weights

    def _on_edit(self) -> None:
        if self._filling:
            return
        item = self._current_inputs()
        if item is None:
            return
        criteria, weights = self._edited_values()
        target = self.target_spin.value()
        computed = dict(item.computed)
        if target != item.target:  # the share interviewed is measured against the target
            computed["share_interviewed"] = min(1.0, computed["share_interviewed"] * item.target / target)
        self._inputs = [SegmentInputs(i.segment_id, i.name, criteria, computed, weights, i.partners, target)
                        if i is item else i for i in self._inputs]
        self._recalculate()
        self._save_timer.start()

    def _flush_edits(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_edits()

    def _save_edits(self) -> None:
        item = self._current_inputs()
        if item is None:
            return
        criteria, weights = self._edited_values()
        target = self.target_spin.value()
        segment_id = item.segment_id
        try:
            before = set_segment_scoring(self.ctx.project, segment_id=segment_id, criteria=criteria, weights=weights,
                                         target=target)
        except WorkbenchError as exc:
            QMessageBox.warning(self, self.tr("Segments"), error_text(exc))
            return
        push(self.ctx, self.tr("Change segment criteria"),
             lambda: set_segment_scoring(self.ctx.project, segment_id=segment_id, criteria=criteria, weights=weights,
                                         target=target),
             lambda: set_segment_scoring(self.ctx.project, segment_id=segment_id, criteria=before[0],
                                         weights=before[1], target=before[2]),
             Changes(segments=True))

    # ---------------------------------------------------------------- sensitivity
    def _show_sensitivity(self, rows: list[SensitivityRow] | None = None) -> None:
        if rows is None:
            rows = sensitivity_rows(self._inputs)
        self.sensitivity_model.set_rows(rows)
        if len(self._inputs) < 2:
            text = self.tr("Sensitivity needs two segments or more.")
            self.sensitivity_label.setText(text)
            self.sensitivity_summary.setText(text)
            return
        changed = self.sensitivity_model.changed_count()
        self.sensitivity_view.setColumnHidden(SensitivityModel.COLUMNS.index("order"), not changed)
        if not changed:
            closest = min(r.gap for r in rows)
            self.sensitivity_label.setText("<b style='color:#3a7d44'>" + self.tr(
                "The ranking holds when any weight moves by ±20%.") + "</b>")
            self.sensitivity_summary.setText(self.tr(
                "The ranking holds when any weight moves by ±20%; the closest two segments come within %1 "
                "points.").replace("%1", f"{closest:.1f}"))
            return
        top = sum(1 for r in rows if r.top_changed)
        self.sensitivity_label.setText("<b style='color:#b07d1a'>" + self.tr(
            "The ranking changes in %1 of %2 moves of a weight by ±20% (see the Sensitivity tab).").replace(
            "%1", str(changed)).replace("%2", str(len(rows))) + "</b>")
        self.sensitivity_summary.setText(self.tr(
            "%1 of %2 moves change the ranking; %3 put another segment first. Each row moves one weight in every "
            "segment and ranks them again.").replace("%1", str(changed)).replace("%2", str(len(rows))).replace(
            "%3", str(top)))

    def _on_tab(self, index: int) -> None:
        self.export_action.setEnabled(index < len(CHART_KEYS))

    # ---------------------------------------------------------------- charts
    def _labels(self) -> dict[str, str]:
        return {key: criterion_text(key) for key in CRITERION_TEXT}

    def _draw_charts(self) -> None:
        if not self._scores:
            return
        previous = self._chart_task
        if previous is not None and not previous.done and (not isinstance(previous, ProcessJob) or previous.waiting):
            # A drawing still waiting for the worker is dropped; one being drawn there finishes (stopping
            # it would restart the worker) and its result is ignored in _charts_ready.
            previous.cancel()
        scores, labels = list(self._scores), self._labels()
        ratio = self.devicePixelRatioF()
        dpi = int(100 * ratio)
        label = self.chart_labels[CHART_KEYS[0]]
        width, height = max(label.width(), CHART_MIN_WIDTH), max(label.height(), 300)
        size = (width / 100, height / 100)
        task: Task | ProcessJob
        try:
            # matplotlib holds the GIL for 300+ ms per chart set: draw in the worker process, not a thread
            task = shared_worker().submit("segment_charts", scores=scores, labels=labels, fmt="png", dpi=dpi,
                                          size=size)
        except WorkerError as exc:
            log.warning("charts drawn in a thread: %s", exc)
            task = _keep(Task(lambda state: charts.render_all(scores, labels, fmt="png", dpi=dpi, size=size))).start()
        task.finished.connect(self._charts_ready)  # a bound slot: dropped if the screen goes first
        task.failed.connect(self._chart_failed)
        self._chart_task = task

    def _chart_failed(self, message: str, _user_error: bool) -> None:
        log.warning("charts failed: %s", message)

    def _charts_ready(self, result: dict[str, bytes]) -> None:
        if self.sender() is not self._chart_task:
            return
        self._chart_bytes = result
        # Decoding a window-sized PNG takes about 8 ms: the chart on show first, the others one per
        # turn of the event loop, so that the window never waits for all three at once.
        shown = CHART_KEYS[self.tabs.currentIndex()] if self.tabs.currentIndex() < len(CHART_KEYS) else None
        keys = sorted(result, key=lambda k: k != shown)
        if keys:
            self._show_chart(keys[0], result[keys[0]])
        for key in keys[1:]:
            QTimer.singleShot(0, self, lambda k=key, r=result: self._show_chart(k, r[k]) if r is self._chart_bytes
                              else None)

    def _show_chart(self, key: str, data: bytes) -> None:
        pixmap = QPixmap()
        pixmap.loadFromData(data, "PNG")
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.chart_labels[key].setPixmap(pixmap)

    def chart_pixmap(self, key: str) -> QPixmap:
        """The chart shown in a tab (tests look at it)."""
        return self.chart_labels[key].pixmap()

    def export_chart(self, path: str | None = None) -> Task | None:
        """Save the chart on show as PNG or SVG (drawn again in a worker at print resolution)."""
        if not self._scores or self.tabs.currentIndex() >= len(CHART_KEYS):
            return None
        key = CHART_KEYS[self.tabs.currentIndex()]
        if not isinstance(path, str) or not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Chart"), str(Path.home() / f"segments-{key}.png"),
                                                  self.tr("PNG image (*.png);;SVG drawing (*.svg)"))
            if not path:
                return None
        target = Path(path)
        fmt = "svg" if target.suffix.lower() == ".svg" else "png"
        if target.suffix.lower() not in (".png", ".svg"):
            target = target.with_suffix(".png")
        scores, labels = list(self._scores), self._labels()
        dpi = 200 if fmt == "png" else 100
        task: Task | ProcessJob
        try:
            task = shared_worker().submit("segment_chart_file", (temp_glob(target),), key=key, scores=scores,
                                          labels=labels, output=str(target), fmt=fmt, dpi=dpi)
        except WorkerError as exc:
            log.warning("chart exported in a thread: %s", exc)

            def work(_state: Any) -> Path:
                data = charts.CHARTS[key](scores, labels, fmt=fmt, dpi=dpi)
                from workbench.reports.safety import atomic_path

                with atomic_path(target) as tmp:
                    tmp.write_bytes(data)
                return target

            task = _keep(Task(work)).start()
        task.finished.connect(self._export_done)
        task.failed.connect(self._export_failed)
        self._export_task = task
        return task

    def _export_done(self, path: object) -> None:
        self.ctx.status.emit(self.tr("Chart saved to %1").replace("%1", str(path)))

    def _export_failed(self, message: str, _user_error: bool) -> None:
        QMessageBox.warning(self, self.tr("Export Chart"), message)

    def hideEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        # Save a pending edit now and draw nothing more while hidden.
        self._flush_edits()
        self._chart_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._scores:
            self._chart_timer.start()

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_split)  # once the splitter has its new width
        if self._scores and self.isVisible():
            self._chart_timer.start(250)

    def _fit_split(self) -> None:
        """Give the left column the width its criteria need (at 1024 px the weights hid behind a scroll bar),
        but never more than 55% of the screen, and never so much that the charts get narrower than
        :data:`CHART_MIN_WIDTH`."""
        if self._split_by_hand or not shiboken6.isValid(self):
            return
        total = sum(self.body.sizes())
        if total <= 0:
            return
        need = self.criteria_box.minimumSizeHint().width() + self.criteria_scroll.verticalScrollBar().sizeHint().width() + 8
        left = min(max(need, int(total * 0.4)), int(total * 0.55), total - CHART_MIN_WIDTH - 20)
        if abs(self.body.sizes()[0] - left) < 4:
            return
        self.body.blockSignals(True)
        self.body.setSizes([left, total - left])
        self.body.blockSignals(False)
        if self._scores and self.isVisible():
            self._chart_timer.start(250)  # the charts are drawn for their new width

    def prepare_snapshot(self) -> None:
        """Show the ranking with the top segment selected and the charts drawn at the window's size."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThreadPool

        self.wait_loaded()
        if not self._scores:
            return
        QCoreApplication.processEvents()
        self._fit_split()
        QCoreApplication.processEvents()  # the charts' labels take their new width before the charts are drawn
        self._chart_timer.stop()
        self._draw_charts()
        QThreadPool.globalInstance().waitForDone(QDeadlineTimer(15_000))
        deadline = time.monotonic() + 60  # the worker process may still be starting
        while self._chart_task is not None and not self._chart_task.done and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
