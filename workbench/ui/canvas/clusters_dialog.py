"""Suggest Cards: NLP clusters of the statements not on the board, accepted as cards or merged."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.store.enums import PROFILE_ZONES
from workbench.ui import tasks
from workbench.ui.canvas import labels
from workbench.ui.models.canvas import RowsModel
from workbench.ui.procworker import ProcessJob, WorkerError, run_in_worker
from workbench.vpc.clusters import ClusterSuggestion, clustering_available, suggest_clusters

if TYPE_CHECKING:
    from workbench.ui.canvas.screen import CanvasScreen

log = logging.getLogger(__name__)


def start_suggestions(screen: CanvasScreen) -> tasks.Task | ProcessJob | None:
    """Run the clustering in the worker process with progress and Cancel; show the dialog when done.

    The worker only reads the project and answers plain dicts, rebuilt here as suggestions; when it
    cannot start, the clustering runs in a thread of this process instead (same answers, longer stalls).
    """
    if not clustering_available():
        QMessageBox.information(screen, QCoreApplication.translate("CanvasScreen", "Suggest Cards"), QCoreApplication.translate("CanvasScreen",
            "Statement clustering is not available in this installation."))
        return None
    project, segment_id = screen.ctx.project, screen.segment_id
    assert segment_id is not None

    def work(state: tasks.TaskState) -> list[ClusterSuggestion]:
        from workbench.nlp.api import Cancelled as NlpCancelled

        try:
            return suggest_clusters(project, segment_id, progress=lambda d, t: state.progress(d, t),
                                    cancelled=lambda: state.cancelled)
        except NlpCancelled as exc:
            raise tasks.Cancelled from exc

    def done(result: list[ClusterSuggestion]) -> None:
        if not result:
            QMessageBox.information(screen, QCoreApplication.translate("CanvasScreen", "Suggest Cards"), QCoreApplication.translate("CanvasScreen",
                "No groups of similar statements were found among the statements not on the board."))
            return
        ClustersDialog(screen, result).exec()

    def failed(message: str) -> None:
        QMessageBox.warning(screen, QCoreApplication.translate("CanvasScreen", "Suggest Cards"), message)

    def received(rows: list[dict[str, Any]]) -> None:
        done([ClusterSuggestion(**row) for row in rows])

    title = QCoreApplication.translate("CanvasScreen", "Grouping similar statements…")
    try:
        # spaCy holds the GIL for tens of ms at a time: cluster in the worker process, not a thread
        screen._suggest_task = run_in_worker(screen, title, "cluster", received, failed, db=project.url,
                                             segment_id=segment_id)
    except WorkerError as exc:
        log.warning("cards suggested in a thread: %s", exc)
        screen._suggest_task = tasks.run_with_progress(screen, title, work, done, failed)
    return screen._suggest_task


class ClustersDialog(QDialog):
    """Clusters in a table; accept one as a card in a zone, or merge it into an existing card."""

    def __init__(self, screen: CanvasScreen, clusters: list[ClusterSuggestion], parent: QWidget | None = None) -> None:
        super().__init__(parent or screen)
        self.screen = screen
        self.clusters = list(clusters)
        self.setWindowTitle(self.tr("Suggested Cards"))
        self.model = RowsModel([self.tr("Suggested title"), self.tr("Statements"), self.tr("Partners"),
                                self.tr("Zone")], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.texts = QPlainTextEdit(self)
        self.texts.setReadOnly(True)
        self.zone = QComboBox(self)
        for zone in PROFILE_ZONES:
            self.zone.addItem(labels.zone_title(zone), zone)
        self.accept_button = QPushButton(self.tr("Accept as Card"), self)
        self.target = QComboBox(self)
        self.merge_button = QPushButton(self.tr("Merge into Card"), self)
        self.note = QLabel(self.tr("Each acceptance is one undo step on the board."), self)
        row = QHBoxLayout()
        row.addWidget(self.zone)
        row.addWidget(self.accept_button)
        row.addSpacing(20)
        row.addWidget(self.target, 1)
        row.addWidget(self.merge_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.texts, 1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self.zone.currentIndexChanged.connect(lambda _i: self._fill_targets())
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.merge_button.clicked.connect(lambda: self.merge_current())
        self._fill()
        self.resize(900, 600)

    def _fill(self) -> None:
        self.model.set_rows([([c.title, str(len(c.statement_ids)), str(c.partners), labels.zone_title(c.zone)], c)
                             for c in self.clusters])
        if self.clusters:
            self.table.selectRow(0)
        self._chosen(QItemSelection(), QItemSelection())

    def _fill_targets(self) -> None:
        zone = str(self.zone.currentData())
        self.target.clear()
        board = self.screen.board
        for card in (board.zones[zone] if board else ()):
            self.target.addItem(f"#{card.rank} {card.title}", card.id)
        self.merge_button.setEnabled(self.target.count() > 0 and self.current() is not None)

    def current(self) -> ClusterSuggestion | None:
        """The chosen cluster."""
        rows = self.table.selectionModel().selectedRows()
        return self.clusters[rows[0].row()] if rows else None

    def _chosen(self, *_args: object) -> None:
        cluster = self.current()
        self.texts.setPlainText("\n\n".join(cluster.texts) if cluster else "")
        if cluster:
            self.zone.setCurrentIndex(PROFILE_ZONES.index(cluster.zone))
        self.accept_button.setEnabled(cluster is not None)
        self._fill_targets()

    def _remove(self, cluster: ClusterSuggestion) -> None:
        self.clusters.remove(cluster)
        self._fill()

    def accept_current(self) -> bool:
        """Make a card of the chosen cluster in the chosen zone."""
        cluster = self.current()
        if cluster is None or self.screen.segment_id is None:
            return False
        from workbench.vpc.clusters import accept_cluster

        zone = str(self.zone.currentData())
        edit = self.screen._run(lambda: accept_cluster(self.screen.ctx.project, segment_id=self.screen.segment_id,
                                                       zone=zone, title=cluster.title,
                                                       statement_ids=cluster.statement_ids), self.tr("Accept suggested card"))
        if edit is not None:
            self._remove(cluster)
        return edit is not None

    def merge_current(self) -> bool:
        """Add the chosen cluster's statements to the chosen card."""
        cluster, card_id = self.current(), self.target.currentData()
        if cluster is None or card_id is None:
            return False
        from workbench.vpc.clusters import merge_cluster

        edit = self.screen._run(lambda: merge_cluster(self.screen.ctx.project, card_id=int(card_id),
                                                      statement_ids=cluster.statement_ids), self.tr("Merge suggested card"))
        if edit is not None:
            self._remove(cluster)
        return edit is not None
