"""Compare two segments' boards: shared and distinct pains, gains and jobs, side by side."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.store.project import Project
from workbench.ui.canvas import labels
from workbench.ui.models.canvas import RowsModel
from workbench.vpc.compare import BoardComparison, compare_boards
from workbench.vpc.reads import SegmentRef


class CompareDialog(QDialog):
    """Two segment pickers and, per zone, a table: shared first, then each side's own."""

    def __init__(self, project: Project, segments: list[SegmentRef], current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Compare Boards"))
        self.seg_a = QComboBox(self)
        self.seg_b = QComboBox(self)
        for seg in segments:
            self.seg_a.addItem(seg.name, seg.id)
            self.seg_b.addItem(seg.name, seg.id)
        if current is not None:
            self.seg_a.setCurrentIndex(max(0, self.seg_a.findData(current)))
        others = [s.id for s in segments if s.id != self.seg_a.currentData()]
        if others:
            self.seg_b.setCurrentIndex(self.seg_b.findData(others[0]))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.models: dict[str, RowsModel] = {}
        for zone in ("pains", "gains", "jobs"):
            model = RowsModel([self.tr("Match"), "", ""], self)
            view = QTableView(self)
            view.setModel(model)
            view.setWordWrap(True)
            view.verticalHeader().hide()
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
            self.tabs.addTab(view, labels.zone_title(zone))
            self.models[zone] = model
        top = QHBoxLayout()
        top.addWidget(self.seg_a, 1)
        top.addWidget(QLabel("⇄", self))
        top.addWidget(self.seg_b, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.seg_a.currentIndexChanged.connect(self.run)
        self.seg_b.currentIndexChanged.connect(self.run)
        self.comparison: BoardComparison | None = None
        self.resize(980, 640)
        self.run()

    def run(self) -> None:
        """Compare the two chosen boards."""
        a, b = self.seg_a.currentData(), self.seg_b.currentData()
        if a is None or b is None:
            self.summary.setText(self.tr("Two segments are needed to compare boards."))
            return
        if a == b:
            self.summary.setText(self.tr("Choose two different segments."))
            for model in self.models.values():
                model.set_rows([])
            return
        comparison = compare_boards(self.project, int(a), int(b))
        self.comparison = comparison
        shared_word, own_word = self.tr("shared"), self.tr("only here")
        for zone, model in self.models.items():
            zc = comparison.zones[zone]
            model.headers = [self.tr("Match"), comparison.segment_a, comparison.segment_b]
            rows: list[tuple[list[str], object]] = []
            rows += [([f"{shared_word} {round(score * 100)}%", f"#{x.rank} {x.title}", f"#{y.rank} {y.title}"], (x.id, y.id))
                     for x, y, score in zc.shared]
            rows += [([own_word, f"#{x.rank} {x.title}", ""], (x.id, None)) for x in zc.only_a]
            rows += [([own_word, "", f"#{y.rank} {y.title}"], (None, y.id)) for y in zc.only_b]
            model.set_rows(rows)
        pains, gains = comparison.zones["pains"], comparison.zones["gains"]
        self.summary.setText(self.tr(
            "Pains: %1 shared, %2 only in %A, %3 only in %B. Gains: %4 shared, %5 only in %A, %6 only in %B. "
            "Titles are matched on their words' dictionary forms.").replace("%1", str(len(pains.shared))).replace(
            "%2", str(len(pains.only_a))).replace("%3", str(len(pains.only_b))).replace(
            "%4", str(len(gains.shared))).replace("%5", str(len(gains.only_a))).replace(
            "%6", str(len(gains.only_b))).replace("%A", comparison.segment_a).replace("%B", comparison.segment_b))
