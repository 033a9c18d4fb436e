"""Survey rounds: import a round from xlsx/csv (in a worker, with Cancel), list and delete rounds; undo."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.backlog import surveys
from workbench.errors import InputError, RowsRefused, WorkbenchError
from workbench.ops import Changes
from workbench.ui.backlog.reader import SurveysRead, read_surveys
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.backlog_lists import ANSWER_COLUMNS, ID_ROLE, AnswersModel, AnswersProxy, RoundsModel
from workbench.ui.tasks import Reads, Task, TaskState, run_with_progress
from workbench.ui.undo import push

log = logging.getLogger(__name__)
CHANGES = Changes(backlog=True, surveys=True)



def _undo_data(project: Any, round_id: int) -> tuple[Any, list[dict[str, Any]]]:
    """The imported round and its answers as redo puts them back (read in the import's thread)."""
    from workbench.backlog.surveys import round_answers

    survey = {r.id: r for r in surveys.list_rounds(project)}.get(round_id)
    return survey, (round_answers(project, round_id) if survey is not None else [])

class SurveysPanel(QWidget):
    """The survey rounds of the project."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._task: Task | None = None
        #: the reads of the panel: the newest is shown
        self._reads = Reads(self, lambda read: self._apply(read), self.ctx.status.emit, "the survey rounds")
        #: answers read since the last reload, by round; the round shown; the answers task in flight
        self._answers: dict[int, list[Any]] = {}
        self._answers_shown: int | None = None
        self.answers_task: Task | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = RoundsModel(self)
        self.list = QListView(self)
        self.list.setObjectName("surveyRounds")
        self.list.setModel(self.model)
        self.list.selectionModel().currentRowChanged.connect(lambda *_: self._show_answers())
        self.answers_model = AnswersModel(self)
        answers_proxy = AnswersProxy(self)
        answers_proxy.setSourceModel(self.answers_model)
        self.answers = QTableView(self)
        self.answers.setObjectName("surveyAnswers")
        self.answers.setModel(answers_proxy)
        self.answers.setSortingEnabled(True)
        self.answers.verticalHeader().hide()
        self.answers.setAlternatingRowColors(True)
        self.answers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.answers.horizontalHeader().setSectionResizeMode(ANSWER_COLUMNS.index("matched"),
                                                             QHeaderView.ResizeMode.Stretch)
        self.answers.setColumnWidth(0, 180)
        self.answers.setColumnWidth(1, 220)
        self.answers.setColumnWidth(3, 70)
        self.answers.setColumnWidth(4, 200)
        self.answers.doubleClicked.connect(self._open_item)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importSurvey")
        self.import_button.clicked.connect(self.import_dialog)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(self.answers)
        split.setSizes([280, 900])
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.list.setAccessibleName(self.tr("Survey rounds"))
        self.answers.setAccessibleName(self.tr("Survey answers"))
        self.intro.setText(self.tr(
            "Each round is a spreadsheet with one answer per row: partner, backlog item or pain, rating 1–5 and "
            "a comment. Ratings refresh the impact and confidence of the items they name; the Items tab shows "
            "each item's priority across rounds."))
        self.import_button.setText(self.tr("Import a survey round…"))
        self.delete_button.setText(self.tr("Delete round"))
        self.empty.setText(self.tr("No survey rounds yet. Import one after the next partner survey."))

    # ---------------------------------------------------------------- dialogs (replaced in tests)
    def ask_file(self) -> str | None:
        """Ask for the spreadsheet."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a survey round"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.csv);;All files (*)"))
        return path or None

    def confirm_mapping(self, path: str) -> tuple[dict[str, int], int | None] | None:
        """Show how the file's columns map (the user may correct it); None when cancelled."""
        from workbench.ui.backlog.mapping_dialog import MappingDialog

        dialog = MappingDialog(path, title=self.tr("Import a survey round"), fields=[
            ("partner", self.tr("Partner")), ("subject", self.tr("Backlog item or pain")),
            ("rating", self.tr("Rating 1–5")), ("comment", self.tr("Comment"))],
            synonyms=surveys.SYNONYMS, required=("subject", "rating"), parent=self)
        if dialog.exec() != MappingDialog.DialogCode.Accepted:
            return None
        return dialog.mapping(), dialog.header()

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """Ask for one line of text; None when cancelled."""
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def ask_skip(self, message: str) -> bool:
        """Offer to import the usable rows when some cannot be used."""
        answer = QMessageBox.question(
            self, self.tr("Import a survey round"),
            message + "\n\n" + self.tr("Import the usable rows and skip the others?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def show_error(self, message: str) -> None:
        """Tell the user why an action did not happen."""
        QMessageBox.warning(self, self.tr("Survey rounds"), message)

    def run_task(self, title: str, fn: Any, on_done: Any, on_error: Any) -> Task:
        """Long work with a progress dialog and Cancel (tests may replace this to run inline)."""
        return run_with_progress(self, title, fn, on_done, on_error)

    # ---------------------------------------------------------------- loading
    @property
    def reader(self) -> Task | None:
        """The read on its way, if any."""
        return self._reads.task

    def reload(self, *, wait: bool = False) -> Task | None:
        """Reload the rounds and the selected round's answers in a task, keeping the selected round.

        A reload asked for while a reader runs supersedes it (read once more when it ends). With
        ``wait`` the panel reads here. Returns the reader task, or None when read here.
        """
        project, keep = self.ctx.project, self.list.currentIndex().data(ID_ROLE)
        if wait:
            self._reads.drop()  # a read on its way is dropped when it ends
            self._apply(read_surveys(project, keep))
            return None
        return self._reads.start(lambda: read_surveys(project, keep), self.reload)

    def _apply(self, read: SurveysRead) -> None:
        """Show what was read (the UI thread's part of a reload)."""
        keep = self.list.currentIndex().data(ID_ROLE)
        self._answers = {read.answers_for: read.answers} if read.answers_for is not None else {}
        self._answers_shown = None
        self.answers_task = None  # answers read before these are dropped
        self.model.set_rounds(read.rounds)
        has = self.model.rowCount() > 0
        self.empty.setVisible(not has)
        self.delete_button.setEnabled(has)
        if has:
            rows = [self.model.survey_round(r).id for r in range(self.model.rowCount())]
            row = rows.index(keep) if keep in rows else len(rows) - 1
            self.list.setCurrentIndex(self.model.index(row, 0))
        self._show_answers()

    def _show_answers(self) -> None:
        index = self.list.currentIndex()
        round_id = index.data(ID_ROLE) if index.isValid() else None
        if round_id is None:
            self._answers_shown = None
            self.answers_model.set_answers([])
            return
        if round_id in self._answers:  # read with the rounds (valid until the next reload)
            if self._answers_shown != round_id:
                self.answers_model.set_answers(self._answers[round_id])
                self._answers_shown = round_id
            return
        project = self.ctx.project
        task = Task(lambda _state: surveys.list_answers(project, round_id), self)

        def done(answers: object) -> None:
            task.deleteLater()
            if self.answers_task is task:
                self.answers_task = None
                self._answers[round_id] = answers  # type: ignore[assignment]
                if self.list.currentIndex().data(ID_ROLE) == round_id:
                    self._show_answers()

        def failed(message: str, _user: bool) -> None:
            task.deleteLater()
            if self.answers_task is task:
                self.answers_task = None
                self.ctx.status.emit(message)

        task.finished.connect(done)
        task.failed.connect(failed)
        self.answers_task = task.start()

    def _open_item(self, index: Any) -> None:
        item_id = index.data(ID_ROLE)
        if item_id is not None:
            self.ctx.navigate.emit("backlog", item_id)

    # ---------------------------------------------------------------- actions
    def import_dialog(self) -> None:
        """Ask for a file and a round name, then import."""
        path = self.ask_file()
        if not path:
            return
        confirmed = self.confirm_mapping(path)
        if confirmed is None:
            return
        name = self.ask_text(self.tr("Import a survey round"), self.tr("Name of the round:"), Path(path).stem)
        if not name or not name.strip():
            return
        self.import_file(path, name.strip(), mapping=confirmed[0], header_row=confirmed[1])

    def import_file(self, path: str, name: str, *, skip_invalid: bool = False,
                    mapping: dict[str, int] | None = None, header_row: int | None = None) -> None:
        """Import a round in a worker; offers to skip unusable rows; one undo step."""
        project = self.ctx.project
        held_on = datetime.now(UTC)

        def work(state: TaskState) -> tuple[surveys.SurveyImportReport, Any, list[dict[str, Any]]] | RowsRefused:
            try:
                report = surveys.import_survey(project, path, round_name=name, held_on=held_on,
                                               skip_invalid=skip_invalid, mapping=mapping, header_row=header_row,
                                               progress=state.progress)
            except RowsRefused as refused:  # handed back as a value: the offer below does not read the message
                return refused
            return (report, *_undo_data(project, report.round_id))  # read here, not in the UI thread

        def done(result: tuple[surveys.SurveyImportReport, Any, list[dict[str, Any]]] | RowsRefused) -> None:
            if not isinstance(result, RowsRefused):
                self._imported(*result)
            elif not skip_invalid and self.ask_skip(error_text(str(result))):
                self.import_file(path, name, skip_invalid=True, mapping=mapping, header_row=header_row)
            else:
                self.show_error(error_text(str(result)))

        self._task = self.run_task(self.tr("Importing the survey round…"), work, done, self.show_error)

    def _imported(self, report: surveys.SurveyImportReport, survey: Any, answers: list[dict[str, Any]]) -> None:
        holder = {"round_id": report.round_id}
        project = self.ctx.project

        def undo() -> None:
            surveys.delete_round(project, holder["round_id"])

        def redo() -> None:
            if survey is None:
                raise InputError("The round cannot be put back.")
            holder["round_id"] = surveys.restore_round(project, survey, answers)

        push(self.ctx, self.tr("Import survey round"), redo, undo, CHANGES, long=True)
        text = self.tr("Imported %1 answers (%2 rows skipped).").replace("%1", str(report.imported)).replace(
            "%2", str(len(report.problems)))
        if report.unknown_partners:
            text += " " + self.tr("Partners not in the project: %1.").replace(
                "%1", ", ".join(sorted(report.unknown_partners)[:5]))
        self.ctx.status.emit(text)
        self.last_message = text

    def delete_selected(self) -> None:
        """Delete the selected round (its answers stop counting); undo puts it back."""
        index = self.list.currentIndex()
        if not index.isValid():
            return
        round_id = index.data(ID_ROLE)
        survey = self.model.survey_round(index.row())
        try:
            from workbench.backlog.surveys import round_answers

            answers = round_answers(self.ctx.project, round_id)
            surveys.delete_round(self.ctx.project, round_id)
        except WorkbenchError as exc:
            self.show_error(error_text(exc))
            return
        holder = {"round_id": round_id}

        def undo() -> None:
            holder["round_id"] = surveys.restore_round(self.ctx.project, survey, answers)

        push(self.ctx, self.tr("Delete survey round"), lambda: surveys.delete_round(self.ctx.project,
                                                                                    holder["round_id"]), undo, CHANGES)
