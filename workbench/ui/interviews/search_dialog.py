"""Search every statement of the project by words in any form; a result opens the interview there."""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from workbench.errors import WorkbenchError
from workbench.interviews.search import SearchHit, refresh_index, search_statements
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.statements import kind_label
from workbench.ui.tasks import Task, TaskState
from workbench.ui.theme import kind_color

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex


class HitModel(QAbstractListModel):
    """Search results: "[Pain] text — partner"."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        """Show new results."""
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102 - Qt override
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"[{kind_label(hit.kind)}] {hit.text} — {hit.partner_name}"
        if role == Qt.ItemDataRole.ForegroundRole and hit.kind:
            return kind_color(hit.kind)
        return None


class SearchDialog(QDialog):
    """Type words, see matching statements, Enter opens the interview at the statement."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statementSearch")
        self.resize(760, 520)
        self.query = QLineEdit(self)
        self.query.setClearButtonEnabled(True)
        self.model = HitModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.activated.connect(self.open_hit)
        self.info = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.info)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self._on_return)
        self.setWindowTitle(self.tr("Search statements"))
        self.query.setAccessibleName(self.tr("Words to search for, in any form"))
        self.results.setAccessibleName(self.tr("Matching statements: Enter opens the interview there"))
        self.query.setPlaceholderText(self.tr("Words in any form: “выплата” finds “выплаты”, “выплат”"))
        self.info.setText(self.tr("Preparing the word-form index…"))
        self.ready = False
        project = ctx.project

        def warm(state: TaskState) -> int:
            return len(refresh_index(project, progress=lambda d, t: state.progress(d, t)).stamps)

        self.task = Task(warm, self)
        self.task.finished.connect(self._on_ready)
        self.task.failed.connect(lambda message, _user: self.info.setText(message))
        self.task.start()

    def _on_ready(self, count: int) -> None:
        self.ready = True
        self.info.setText(self.tr("%1 statements indexed. Enter opens the interview at the statement.")
                          .replace("%1", str(count)))
        if self.query.text().strip():
            self.run_search()

    def done(self, result: int) -> None:  # noqa: D102 - Qt override
        self.task.cancel()
        super().done(result)

    def run_search(self) -> None:
        """Search now."""
        text = self.query.text().strip()
        if not self.ready:
            return
        started = time.perf_counter()
        try:
            hits = search_statements(self.ctx.project, text) if text else []
        except WorkbenchError as exc:
            self.info.setText(error_text(exc))
            return
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        ms = (time.perf_counter() - started) * 1000
        self.info.setText(self.tr("%1 found in %2 ms. Enter opens the interview at the statement.")
                          .replace("%1", str(len(hits))).replace("%2", f"{ms:.0f}") if text else "")

    def _on_return(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.run_search()
        index = self.results.currentIndex()
        if index.isValid():
            self.open_hit(index)

    def open_hit(self, index: QModelIndex) -> None:
        """Open the interview of a result, at the statement."""
        hit = self.model.hits[index.row()]
        self.ctx.navigate.emit("capture", {"interview_id": hit.interview_id, "statement_id": hit.statement_id})
        self.accept()
