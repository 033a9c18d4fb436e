"""Capture mode: type what the partner says, Enter commits, hotkeys tag; nothing shown as saved is lost.

Typed lines go to the :class:`~workbench.ui.capture.writer.CaptureWriter` thread; a line's "saved"
mark appears when the writer reports its commit returned. The line being typed is kept in
``Interview.draft_text`` within a second of a pause, so reopening after a crash restores it.

Tag keys act on the selected statement (Ctrl+Up/Down select), else on the line being typed, else
on the last statement. Edits of saved statements are undo steps on the project's stack.
"""

from __future__ import annotations

import itertools
import logging
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.interviews import planning
from workbench.interviews import statements as st_service
from workbench.interviews.capture import StatementRead, parse_kind_prefix
from workbench.interviews.guide_service import coverage, get_guide
from workbench.interviews.planning import InterviewRead
from workbench.ops import Changes
from workbench.ui.capture.delegate import StatementDelegate, format_offset
from workbench.ui.capture.editing import StatementEditing
from workbench.ui.capture.editor import CaptureEditor
from workbench.ui.capture.guide_panel import GuidePanel
from workbench.ui.capture.review import ReviewPanel
from workbench.ui.capture.undo import run_and_push
from workbench.ui.capture.writer import KEPT, CaptureWriter, DraftJob, LineJob, kept_message
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.models.statements import Row, StatementListModel
from workbench.ui.screens.base import Screen
from workbench.ui.widgets import EmptyState

log = logging.getLogger(__name__)

DRAFT_DELAY_MS = 600


class CaptureScreen(StatementEditing, Screen):
    """The distraction-free note-taking screen of one interview."""

    key = "capture"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.interview: InterviewRead | None = None
        self._tokens = itertools.count(1)
        self._writer: CaptureWriter | None = None
        self._draft_opts: dict[str, Any] = {}
        self._editing_id: int | None = None
        self._draft_dirty = False
        self._stashed_draft = ""
        self._unannounced = False  # lines committed that other screens' counts do not show yet

        self.empty = EmptyState(self)
        self.empty.button.clicked.connect(lambda: self.ctx.navigate.emit("interviews", None))
        self.body = QWidget(self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        # header
        self.title = QLabel(self.body)
        self.title.setObjectName("captureTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label = QLabel(self.body)
        self.clock = QLabel(self.body)
        self.clock.setObjectName("captureClock")
        self.save_state = QLabel(self.body)
        self.save_state.setObjectName("captureSaveState")
        self.finish_button = QPushButton(self.body)
        self.import_button = QPushButton(self.body)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.status_label)
        header.addWidget(self.clock)
        header.addWidget(self.save_state)
        header.addWidget(self.import_button)
        header.addWidget(self.finish_button)

        # notes
        self.model = StatementListModel(self)
        self.list = QListView(self.body)
        self.list.setObjectName("statementList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(StatementDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setWordWrap(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pending_label = QLabel(self.body)
        self.pending_label.setObjectName("pendingTags")
        self.editor = CaptureEditor(self.body)
        self.editor.setFixedHeight(self.editor.fontMetrics().lineSpacing() * 3 + 16)
        self.editor.commit_requested.connect(self.commit_current_line)
        self.editor.escape_pressed.connect(self.cancel_selection)
        self.editor.textChanged.connect(self._on_text_changed)
        self.keys_label = QLabel(self.body)
        self.keys_label.setObjectName("captureKeys")
        self.keys_label.setWordWrap(True)
        notes = QWidget(self.body)
        notes_layout = QVBoxLayout(notes)
        notes_layout.setContentsMargins(0, 0, 0, 0)
        notes_layout.addWidget(self.list, 1)
        notes_layout.addWidget(self.pending_label)
        notes_layout.addWidget(self.editor)
        notes_layout.addWidget(self.keys_label)
        self.guide_panel = GuidePanel(self.body)
        self.guide_panel.question_chosen.connect(self._on_question_chosen)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.body)
        self.splitter.addWidget(notes)
        self.splitter.addWidget(self.guide_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.review = ReviewPanel(ctx, self.body)
        self.tabs = QTabWidget(self.body)
        self.tabs.addTab(self.splitter, "")
        self.tabs.addTab(self.review, "")
        self.tabs.currentChanged.connect(self._on_tab)
        body_layout = QVBoxLayout(self.body)
        body_layout.addLayout(header)
        body_layout.addWidget(self.tabs, 1)

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft_now)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)

        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)  # commit the queue and the draft before the process ends
        self._build_actions()
        self.finish_button.clicked.connect(self.act_finish.trigger)
        self.import_button.clicked.connect(self.act_import.trigger)
        self.retranslate()
        self.pages.setCurrentWidget(self.empty)

    # ----------------------------------------------------------------- actions
    def _act(self, shortcuts: list[str], slot: Any) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.act_job = self._act(["Ctrl+1"], lambda: self.tag("job"))
        self.act_pain = self._act(["Ctrl+2"], lambda: self.tag("pain"))
        self.act_gain = self._act(["Ctrl+3"], lambda: self.tag("gain"))
        self.act_other = self._act(["Ctrl+4"], lambda: self.tag("other"))
        self.act_clear = self._act(["Ctrl+0"], lambda: self.tag(None))
        self.act_sev = [self._act([f"Alt+{n}"], lambda _c=False, n=n: self.set_severity(n)) for n in (1, 2, 3)]
        self.act_sev_clear = self._act(["Alt+0"], lambda: self.set_severity(None))
        self.act_quote = self._act(["Ctrl+Q"], lambda: self.toggle_flag("is_quote"))
        self.act_followup = self._act(["Ctrl+F"], lambda: self.toggle_flag("is_followup"))
        self.act_prev = self._act(["Ctrl+Up"], lambda: self.select_step(-1))
        self.act_next = self._act(["Ctrl+Down"], lambda: self.select_step(1))
        self.act_move_up = self._act(["Ctrl+Shift+Up"], lambda: self.move_selected(-1))
        self.act_move_down = self._act(["Ctrl+Shift+Down"], lambda: self.move_selected(1))
        self.act_next_q = self._act(["Ctrl+Return"], lambda: self.step_question(1))
        self.act_prev_q = self._act(["Ctrl+Shift+Return"], lambda: self.step_question(-1))
        self.act_edit = self._act(["F2"], self.edit_selected)
        self.act_delete = self._act(["Ctrl+Delete"], self.delete_selected)
        self.act_finish = self._act(["Ctrl+Shift+E"], self.finish)
        self.act_import = self._act(["Ctrl+I"], self.import_notes)
        self.act_search = self._act([], self.search)  # Ctrl+Shift+F is the window's: search from any screen
        self.editor.bind([a for a in self.actions() if isinstance(a, QAction)])

    def retranslate(self) -> None:  # noqa: D102 - Screen override
        self.list.setAccessibleName(self.tr("Statements of the interview"))
        self.editor.setAccessibleName(self.tr("New statement: type and press Enter"))
        self.empty.set_texts(self.tr("No interview open"),
                             self.tr("Open an interview from the Interviews screen (or plan one) to take notes."),
                             self.tr("Go to interviews"))
        self.tabs.setTabText(0, self.tr("Notes"))
        self.tabs.setTabText(1, self.tr("After the interview"))
        self.finish_button.setText(self.tr("Finish interview"))
        self.finish_button.setToolTip(self.tr("Finish interview (Ctrl+Shift+E)"))
        self.import_button.setText(self.tr("Import notes…"))
        self.import_button.setToolTip(self.tr("Import notes… (Ctrl+I)"))
        self.editor.setPlaceholderText(self.tr("Type what the partner says and press Enter. "
                                               "A line starting with pain:, боль:, gain:, job: is tagged."))
        self.keys_label.setText(self.tr(
            "Enter save line · Ctrl+1 job · Ctrl+2 pain · Ctrl+3 gain · Ctrl+0 clear · Alt+1..3 severity · "
            "Ctrl+Q quote · Ctrl+F follow-up · Ctrl+↑/↓ select · F2 edit · Ctrl+Enter next question"))
        for action, text in (
            (self.act_job, self.tr("Tag as job")), (self.act_pain, self.tr("Tag as pain")),
            (self.act_gain, self.tr("Tag as gain")), (self.act_other, self.tr("Tag as other")),
            (self.act_clear, self.tr("Clear the tag")), (self.act_quote, self.tr("Verbatim quote")),
            (self.act_followup, self.tr("Needs a follow-up")), (self.act_prev, self.tr("Previous statement")),
            (self.act_next, self.tr("Next statement")), (self.act_next_q, self.tr("Next guide question")),
            (self.act_prev_q, self.tr("Previous guide question")), (self.act_edit, self.tr("Edit the statement")),
            (self.act_delete, self.tr("Delete the statement")), (self.act_finish, self.tr("Finish the interview")),
            (self.act_import, self.tr("Import notes or a transcript")), (self.act_search, self.tr("Search statements")),
            (self.act_move_up, self.tr("Move the statement up")), (self.act_move_down, self.tr("Move the statement down")),
        ):
            action.setText(text)
        for n, action in enumerate(self.act_sev, start=1):
            action.setText(self.tr("Severity %1").replace("%1", str(n)))
        self.act_sev_clear.setText(self.tr("Clear the severity"))
        self.guide_panel.retranslate()
        self._update_header()
        self._update_pending_label()

    # ----------------------------------------------------------------- loading
    def writer(self) -> CaptureWriter:
        """The writer thread of the open project (started on first use)."""
        if self._writer is None or self._writer.project is not self.ctx.project:
            if self._writer is not None:
                self._writer.stop()
            self._writer = CaptureWriter(self.ctx.project, self)
            self._writer.saved.connect(self._on_saved)
            self._writer.failed.connect(self._on_failed)
            self._writer.kept_locally.connect(self._on_kept_locally)
            self._writer.draft_saved.connect(self._on_draft_saved)
        return self._writer

    def open_item(self, argument: object) -> None:
        """Open an interview: an id, or {"interview_id": id, "statement_id": id} to show a statement."""
        statement_id = None
        if isinstance(argument, dict):
            statement_id = argument.get("statement_id")
            argument = argument.get("interview_id")
        if not isinstance(argument, int):
            return
        self.flush()
        try:
            self.interview = planning.get_interview(self.ctx.project, interview_id=argument)
        except WorkbenchError as exc:
            self.ctx.status.emit(error_text(exc))
            return
        self._editing_id = None
        self._draft_opts = {}
        self.model.beginResetModel()
        self.model._rows = []  # noqa: SLF001 - a fresh interview drops the old pending rows
        self.model.endResetModel()
        self._reload_statements()
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.interview.draft_text)
        self.editor.blockSignals(False)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        guide = None
        if self.interview.guide_id is not None:
            try:
                guide = get_guide(self.ctx.project, guide_id=self.interview.guide_id)
            except WorkbenchError:
                guide = None
        self.guide_panel.set_guide(guide, self.interview.current_question_id,
                                   coverage(self.ctx.project, interview_id=self.interview.id))
        self.review.set_interview(self.interview)
        self.pages.setCurrentWidget(self.body)
        self.tabs.setCurrentIndex(1 if self.interview.status == "done" and not statement_id else 0)
        self._update_header()
        self._update_pending_label()
        self.clock_timer.start()
        self.writer()
        if statement_id is not None:
            self.select_statement(int(statement_id))
        else:
            self.list.scrollToBottom()
        self.editor.setFocus()

    def _on_tab(self, index: int) -> None:
        if index == 1 and self.interview is not None:
            self.flush()
            self.review.reload()

    def _reload_statements(self) -> None:
        if self.interview is None:
            return
        selected = self.selected_statement()
        self.model.set_statements(st_service.list_statements(self.ctx.project, interview_id=self.interview.id))
        self._show_kept_lines()
        if selected is not None:
            self.select_statement(selected.id, scroll=False)

    def refresh(self, changes: Changes) -> None:  # noqa: D102 - Screen override
        if changes.project and self._writer is not None and self._writer.project is not self.ctx.project:
            self._writer.stop()
            self._writer = None
            self.interview = None
            self.pages.setCurrentWidget(self.empty)
            return
        if self.interview is None:
            return
        if changes.statements or changes.interviews:
            try:
                self.interview = planning.get_interview(self.ctx.project, interview_id=self.interview.id)
            except WorkbenchError:
                self.interview = None
                self.pages.setCurrentWidget(self.empty)
                return
            self._reload_statements()
            self.guide_panel.set_counts(coverage(self.ctx.project, interview_id=self.interview.id))
            self.review.set_interview(self.interview)
            self._update_header()

    def prepare_snapshot(self) -> None:
        """Show the richest finished demo interview, on the notes tab."""
        rows = [r for r in planning.list_interviews(self.ctx.project, status="done")]
        russian = QLocale().language() == QLocale.Language.Russian
        same_language = [r for r in rows if self._is_cyrillic(r.id) == russian]
        rows = same_language or rows
        if rows:
            best = max(rows, key=lambda r: (r.total, -r.id))
            self.open_item(best.id)
            self.tabs.setCurrentIndex(0)
            if self.model.rowCount():
                self.list.scrollTo(self.model.index(0))

    def _is_cyrillic(self, interview_id: int) -> bool:
        texts = [s.text for s in st_service.list_statements(self.ctx.project, interview_id=interview_id)[:5]]
        return any("а" <= ch.lower() <= "я" for t in texts for ch in t)

    # ----------------------------------------------------------------- header
    def _update_header(self) -> None:
        iv = self.interview
        if iv is None:
            return
        segment = f" · {iv.segment_name}" if iv.segment_name else ""
        self.title.setText(f"{iv.partner_name}{segment}")
        names = {"planned": self.tr("planned"), "in_progress": self.tr("in progress"), "done": self.tr("done")}
        self.status_label.setText(names.get(iv.status, iv.status))
        self.finish_button.setEnabled(iv.status != "done")
        self.act_finish.setEnabled(iv.status != "done")
        self._tick()

    def _tick(self) -> None:
        iv = self.interview
        if iv is None or iv.started_at is None:
            self.clock.setText("")
            return
        end = iv.ended_at or datetime.now(UTC)
        start = iv.started_at if iv.started_at.tzinfo else iv.started_at.replace(tzinfo=UTC)
        end = end if end.tzinfo else end.replace(tzinfo=UTC)
        self.clock.setText(format_offset((end - start).total_seconds()))

    def _offset_now(self) -> float | None:
        iv = self.interview
        if iv is None:
            return None
        if iv.started_at is None:
            return 0.0
        start = iv.started_at if iv.started_at.tzinfo else iv.started_at.replace(tzinfo=UTC)
        return max(0.0, (datetime.now(UTC) - start).total_seconds())

    # ----------------------------------------------------------------- typing and saving
    def commit_current_line(self) -> None:
        """Enter: queue the line for the writer (or save the edit of a selected statement)."""
        if self.interview is None:
            return
        text = self.editor.toPlainText().strip()
        if self._editing_id is not None:
            self._finish_edit(text)
            return
        if not text:
            return
        prefixed, body = parse_kind_prefix(text)
        if not body:
            return
        opts = dict(self._draft_opts)
        kind = opts.pop("kind", None) or prefixed
        self._retry_failed()
        token = next(self._tokens)
        qid = self.guide_panel.current_id
        job = LineJob(token=token, interview_id=self.interview.id, line=text, options={
            "kind": kind, "severity": opts.get("severity"), "is_quote": bool(opts.get("is_quote")),
            "is_followup": bool(opts.get("is_followup")), "guide_question_id": qid, "next_draft": "",
        })
        self.model.add_pending(Row(text=body, kind=kind, severity=opts.get("severity"),
                                   is_quote=bool(opts.get("is_quote")), is_followup=bool(opts.get("is_followup")),
                                   time_offset_s=self._offset_now(), token=token, line_job=job))
        self.writer().submit(job)
        self.guide_panel.bump(qid)
        self._draft_opts = {}
        self.draft_timer.stop()
        self._draft_dirty = False
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.list.clearSelection()
        self.list.scrollToBottom()
        self._update_pending_label()
        self.save_state.setText(self.tr("Saving…"))

    def _on_saved(self, token: int, statement: StatementRead) -> None:
        if self.interview is None or statement.interview_id != self.interview.id:
            return
        if self.model.row_of_id(statement.id) is not None:
            n = self.model._find_token(token)  # noqa: SLF001 - a reload already showed it
            if n is not None:
                self.model.beginRemoveRows(self.model.index(n).parent(), n, n)
                del self.model._rows[n]  # noqa: SLF001
                self.model.endRemoveRows()
        else:
            self.model.confirm(token, statement)
        self._unannounced = True
        if self.interview.status == "planned":
            self.interview = planning.get_interview(self.ctx.project, interview_id=self.interview.id)
            self._update_header()
        self._show_save_state()

    def _retry_failed(self) -> None:
        """Queue again the lines the writer could not save (they stay marked until saved)."""
        if self.interview is None:
            return
        for row in self.model.rows():
            if row.error and row.token is not None and row.line_job is not None:
                self.model.clear_error(row.token)
                self.writer().submit(row.line_job)

    def _on_failed(self, token: int, message: str) -> None:
        self.model.fail(token, error_text(message))
        self.ctx.status.emit(self.tr("A line was not saved: %1").replace("%1", error_text(message)))
        self._show_save_state()

    def _show_kept_lines(self) -> None:
        """Lines of this interview still in the local outbox (typed during an outage, maybe in an earlier session)."""
        if self.interview is None or self.ctx.project.path is not None:
            return
        added = 0
        for token, note in self.writer().adopt(self.interview.id):
            if self.model._find_token(token) is None:  # noqa: SLF001 - not on screen yet
                prefixed, body = parse_kind_prefix(note.line)
                self.model.add_pending(Row(text=body, kind=note.kind or prefixed, severity=note.severity,
                                           is_quote=note.is_quote, is_followup=note.is_followup, token=token,
                                           error=kept_message()))
                added += 1
        if added:
            self._show_save_state()

    def _on_kept_locally(self, token: int, message: str) -> None:
        """The team server is unreachable: the line waits in the local outbox (never shown as saved)."""
        self.model.fail(token, message)
        self._show_save_state()
        self.ctx.status.emit(message.removeprefix(KEPT).strip())

    def _on_draft_saved(self, interview_id: int) -> None:
        if self.interview is not None and interview_id == self.interview.id:
            self._draft_dirty = False
            self._show_save_state()

    def _show_save_state(self) -> None:
        pending = self.model.pending_count()
        kept = sum(1 for r in self.model.rows() if r.error.startswith(KEPT))
        if pending:
            self.save_state.setText(self.tr("Saving %1 line(s)…").replace("%1", str(pending)))
        elif kept:
            self.save_state.setText(self.tr("%1 line(s) wait for the team server").replace("%1", str(kept)))
        elif self._draft_dirty:
            self.save_state.setText(self.tr("Saving…"))
        else:
            self.save_state.setText(self.tr("All saved"))
        self.ctx.status.emit(self.save_state.text())

    def _on_text_changed(self) -> None:
        if self.interview is None or self._editing_id is not None:
            return
        self._draft_dirty = True
        self.draft_timer.start()

    def save_draft_now(self) -> None:
        """Queue the line being typed for saving (also called on pause by the timer)."""
        if self.interview is None or self._editing_id is not None:
            return
        self.writer().submit(DraftJob(self.interview.id, self.editor.toPlainText()))

    def flush(self, timeout: float = 10.0) -> bool:
        """Save the draft and wait until everything queued is committed."""
        if self._writer is None:
            return True
        if self.draft_timer.isActive():
            self.draft_timer.stop()
            self.save_draft_now()
        return self._writer.wait_idle(timeout)

    def shutdown(self) -> None:
        """Commit what is queued and stop the writer (the window is closing)."""
        self.flush()
        self.clock_timer.stop()
        if self._writer is not None:
            self._writer.stop()
            self._writer = None

    def hideEvent(self, event: Any) -> None:  # noqa: N802, D102 - Qt override
        # Lines are not announced one by one (typing must stay cheap); tell the other screens on leaving.
        if self._unannounced:
            self._unannounced = False
            self.ctx.notify(Changes(interviews=True, statements=True))
        super().hideEvent(event)

    def closeEvent(self, event: Any) -> None:  # noqa: N802, D102 - Qt override
        self.shutdown()
        super().closeEvent(event)

    # ----------------------------------------------------------------- guide and lifecycle
    def step_question(self, delta: int) -> None:
        """Ctrl+Enter: the next guide question becomes current; new lines answer it."""
        qid = self.guide_panel.step(delta)
        self._remember_question(qid)

    def _on_question_chosen(self, qid: int) -> None:
        self._remember_question(qid)
        self.editor.setFocus()

    def _remember_question(self, qid: int | None) -> None:
        if self.interview is None or qid is None:
            return
        iid = self.interview.id
        try:
            planning.set_current_question(self.ctx.project, interview_id=iid, question_id=qid)
        except WorkbenchError as exc:
            self.ctx.status.emit(error_text(exc))

    def finish(self) -> None:
        """Finish the interview (undoable) and turn to the summary and review."""
        if self.interview is None:
            return
        self.flush()
        project, iid, before = self.ctx.project, self.interview.id, self.interview.status
        if run_and_push(self.ctx, self.tr("Finish the interview"),
                        lambda: planning.finish_interview(project, interview_id=iid),
                        lambda: planning.set_status(project, interview_id=iid, status=before),
                        Changes(interviews=True)):
            self.tabs.setCurrentIndex(1)
            self.review.summary.setFocus()

    def import_notes(self) -> None:
        """Ctrl+I: import notes or a transcript into this interview, with a preview."""
        if self.interview is None:
            return
        from workbench.ui.capture.import_dialog import ImportNotesDialog

        dialog = ImportNotesDialog(self.ctx, self.interview.id, self)
        dialog.open()

    def search(self) -> None:
        """Ctrl+Shift+F: search every statement of the project; a result opens here at the statement."""
        from workbench.ui.interviews.search_dialog import SearchDialog

        self._search_dialog = SearchDialog(self.ctx, self)
        self._search_dialog.open()
