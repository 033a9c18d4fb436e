"""After the interview: summary and next steps, and the review of untagged statements with suggestions.

If :mod:`workbench.nlp.api` offers ``classify``, "Suggest kinds" runs it in a worker (progress and
Cancel) and stores a suggested kind with its confidence for each untagged statement. In the list,
A accepts (kind stored, source "suggested"), R rejects, 1/2/3/4 tag directly; every decision is
an undo step, and the acceptance rate is shown.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
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
from workbench.interviews import planning
from workbench.interviews import statements as st_service
from workbench.interviews.planning import InterviewRead
from workbench.ops import Changes
from workbench.ui.capture.undo import run_and_push
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.statement_review import ReviewModel
from workbench.ui.procworker import WorkerError, run_in_worker
from workbench.ui.tasks import TaskState, run_with_progress

log = logging.getLogger(__name__)


def classifier() -> Any:
    """``workbench.nlp.api.classify`` if the NLP package provides it, else None."""
    try:
        api = importlib.import_module("workbench.nlp.api")
    except ImportError:
        return None
    return getattr(api, "classify", None)


class ReviewPanel(QWidget):
    """The "After the interview" tab."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.interview: InterviewRead | None = None
        self.summary = QPlainTextEdit(self)
        self.summary.setObjectName("interviewSummary")
        self.summary.setTabChangesFocus(True)
        self.next_steps = QPlainTextEdit(self)
        self.next_steps.setObjectName("interviewNextSteps")
        self.next_steps.setTabChangesFocus(True)
        for edit in (self.summary, self.next_steps):
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 6 + 12)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_summary)
        self.form = QFormLayout()
        self.summary_label, self.next_label = QLabel(self), QLabel(self)
        self.form.addRow(self.summary_label, self.summary)
        self.form.addRow(self.next_label, self.next_steps)
        self.review_title = QLabel(self)
        self.review_title.setObjectName("sectionCaption")
        self.rate = QLabel(self)
        self.suggest_button = QPushButton(self)
        self.suggest_button.clicked.connect(self.suggest)
        self.model = ReviewModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.review_title, 1)
        top.addWidget(self.rate)
        top.addWidget(self.suggest_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.help)
        self.summary.installEventFilter(self)
        self.next_steps.installEventFilter(self)
        self._task = None
        self.retranslate()

    def retranslate(self) -> None:
        """Set the fixed texts."""
        self.summary_label.setBuddy(self.summary)
        self.next_label.setBuddy(self.next_steps)
        self.table.setAccessibleName(self.tr("Statements to review"))
        self.summary_label.setText(self.tr("Summary"))
        self.next_label.setText(self.tr("Next steps"))
        self.save_button.setText(self.tr("Save summary (Ctrl+S)"))
        self.suggest_button.setText(self.tr("Suggest kinds"))
        self.suggest_button.setEnabled(classifier() is not None)
        self.help.setText(self.tr("In the list: A accepts the suggestion, R rejects it, 1 job, 2 pain, 3 gain, "
                                  "4 other. Ctrl+Z undoes."))
        self._update_rate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802, D102 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_interview(self, interview: InterviewRead) -> None:
        """Show an interview's summary, next steps and untagged statements."""
        changed = self.interview is None or self.interview.id != interview.id
        self.interview = interview
        if changed or not self.summary.hasFocus():
            self.summary.setPlainText(interview.summary)
        if changed or not self.next_steps.hasFocus():
            self.next_steps.setPlainText(interview.next_steps)
        self.reload()

    def reload(self) -> None:
        """Reload the review list, keeping the selected row where it was."""
        if self.interview is None:
            return
        current = self.table.currentIndex().row()
        rows = st_service.untagged_statements(self.ctx.project, interview_id=self.interview.id)
        self.model.set_rows(rows)
        self.review_title.setText(self.tr("Untagged statements to review: %1").replace("%1", str(len(rows))))
        if rows:
            self.table.selectRow(max(0, min(current, len(rows) - 1)))
        self._update_rate()

    def _update_rate(self) -> None:
        if self.interview is None:
            self.rate.setText("")
            return
        accepted, decided = st_service.acceptance_rate(self.ctx.project, interview_id=self.interview.id)
        if decided:
            self.rate.setText(self.tr("Suggestions accepted: %1 of %2 (%3%)").replace("%1", str(accepted))
                              .replace("%2", str(decided)).replace("%3", str(round(100 * accepted / decided))))
        else:
            self.rate.setText(self.tr("No suggestions decided yet"))

    def save_summary(self) -> None:
        """Store summary and next steps (one undo step)."""
        if self.interview is None:
            return
        project, iid = self.ctx.project, self.interview.id
        new = (self.summary.toPlainText(), self.next_steps.toPlainText())
        before = (self.interview.summary, self.interview.next_steps)
        if new == before:
            return
        if run_and_push(self.ctx, self.tr("Edit the summary"),
                        lambda: planning.set_summary(project, interview_id=iid, summary=new[0], next_steps=new[1]),
                        lambda: planning.set_summary(project, interview_id=iid, summary=before[0],
                                                     next_steps=before[1]),
                        Changes(interviews=True)):
            self.ctx.status.emit(self.tr("Summary saved"))

    # ----------------------------------------------------------------- suggestions
    def suggest(self) -> None:
        """Run the classifier over the untagged statements in a worker and store its suggestions."""
        classify = classifier()
        if classify is None or self.interview is None:
            return
        project = self.ctx.project
        rows = [r for r in st_service.untagged_statements(project, interview_id=self.interview.id)
                if r.suggestion_state is None]
        if not rows:
            return

        title = self.tr("Suggesting kinds…")
        texts, ids = [r.text for r in rows], [r.id for r in rows]

        def done(_n: int) -> None:
            self.ctx.notify(Changes(statements=True))

        def failed(message: str) -> None:
            self.ctx.status.emit(message)

        def store(found: list[tuple[str, float]]) -> None:
            # The database write stays in this process (a thread: the worker only reads the project).
            self._task = run_with_progress(self, title, lambda _state: st_service.store_suggestions(
                project, [(i, label, score) for i, (label, score) in zip(ids, found, strict=True)]), done, failed)

        try:
            # spaCy holds the GIL for 300 ms at a time: classify in the worker process, not a thread
            self._task = run_in_worker(self, title, "classify", store, failed, texts=texts)
        except WorkerError as exc:
            log.warning("kinds suggested in a thread: %s", exc)

            def work(state: TaskState) -> int:
                found = classify(texts, progress=lambda d, t: state.progress(d, t), cancelled=lambda: state.cancelled)
                return st_service.store_suggestions(project, [(i, s.label, s.score) for i, s in zip(ids, found,
                                                                                                     strict=True)])

            self._task = run_with_progress(self, title, work, done, failed)

    def _current(self) -> Any:
        n = self.table.currentIndex().row()
        return self.model.statement(n) if 0 <= n < self.model.rowCount() else None

    def decide(self, accept: bool) -> None:
        """Accept or reject the suggestion on the selected row."""
        st = self._current()
        if st is None or st.suggested_kind is None:
            return
        project = self.ctx.project
        fn = st_service.accept_suggestion if accept else st_service.reject_suggestion
        run_and_push(self.ctx, self.tr("Accept the suggestion") if accept else self.tr("Reject the suggestion"),
                     lambda: fn(project, statement_id=st.id),
                     lambda: st_service.restore_fields(project, before=st))

    def tag(self, kind: str) -> None:
        """Tag the selected statement directly."""
        st = self._current()
        if st is None:
            return
        project = self.ctx.project
        run_and_push(self.ctx, self.tr("Tag the statement"),
                     lambda: st_service.set_kind(project, statement_id=st.id, kind=kind),
                     lambda: st_service.restore_fields(project, before=st))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802, D102 - Qt override
        if watched in (self.summary, self.next_steps) and isinstance(event, QKeyEvent) and \
                event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and \
                event.key() == Qt.Key.Key_S and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            # Ctrl+S while writing the summary saves it, whatever else the window binds to the key.
            event.accept()
            if event.type() == QEvent.Type.KeyPress:
                self.save_summary()
            return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.modifiers() == Qt.KeyboardModifier.NoModifier:
                key = event.key()
                try:
                    if key == Qt.Key.Key_A:
                        self.decide(True)
                        return True
                    if key == Qt.Key.Key_R:
                        self.decide(False)
                        return True
                    kinds = {Qt.Key.Key_1: "job", Qt.Key.Key_2: "pain", Qt.Key.Key_3: "gain", Qt.Key.Key_4: "other"}
                    if key in kinds:
                        self.tag(kinds[Qt.Key(key)])
                        return True
                except WorkbenchError as exc:
                    self.ctx.status.emit(error_text(exc))
                    return True
        return super().eventFilter(watched, event)
