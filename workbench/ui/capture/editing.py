"""Selecting, tagging and editing saved statements in capture mode (a mixin of the capture screen).

Tag keys act on the selected statement (Ctrl+Up/Down select), else on the line being typed, else on
the last statement. Every change of a saved statement is one undo step calling the services.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView

from workbench.errors import WorkbenchError
from workbench.interviews import statements as st_service
from workbench.interviews.capture import StatementRead
from workbench.ui.capture.undo import STATEMENTS, run_and_push
from workbench.ui.errortext import error_text
from workbench.ui.models.statements import kind_label
from workbench.ui.undo import push, resolve_stale

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QListView, QWidget

    from workbench.ui.capture.editor import CaptureEditor
    from workbench.ui.context import AppContext
    from workbench.ui.models.statements import StatementListModel


class StatementEditing:
    """Selection, tags, severity, flags, corrections, moves and deletions of statements."""

    if TYPE_CHECKING:
        ctx: AppContext
        model: StatementListModel
        list: QListView
        editor: CaptureEditor
        pending_label: QLabel
        _draft_opts: dict[str, Any]
        _editing_id: int | None
        _stashed_draft: str


    # ----------------------------------------------------------------- selection
    def selected_row(self) -> int | None:
        """The selected row, if any."""
        rows = self.list.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_statement(self) -> StatementRead | None:
        """The selected saved statement, if any."""
        n = self.selected_row()
        if n is None or n >= self.model.rowCount():
            return None
        return self.model.row(n).statement

    def select_statement(self, statement_id: int, *, scroll: bool = True) -> None:
        """Select a statement by id."""
        n = self.model.row_of_id(statement_id)
        if n is None:
            return
        idx = self.model.index(n)
        self.list.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.list.scrollTo(idx, QAbstractItemView.ScrollHint.PositionAtCenter)

    def select_step(self, delta: int) -> None:
        """Ctrl+Up/Down: select the previous/next statement (from the bottom when none is selected)."""
        count = self.model.rowCount()
        if not count:
            return
        n = self.selected_row()
        if n is None:
            n = count - 1 if delta < 0 else None
            if n is None:
                return
        else:
            n += delta
            if n >= count:
                self.cancel_selection()
                return
            n = max(0, n)
        idx = self.model.index(n)
        self.list.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(idx)

    def cancel_selection(self) -> None:
        """Escape: leave the selection (or the edit) and go back to typing new lines."""
        if self._editing_id is not None:
            self._editing_id = None
            self.editor.blockSignals(True)
            self.editor.setPlainText(self._stashed_draft)
            self.editor.blockSignals(False)
        self.list.clearSelection()
        self.list.selectionModel().clearCurrentIndex()
        self._update_pending_label()

    # ----------------------------------------------------------------- tagging
    def _target(self) -> StatementRead | None:
        """The statement a tag key acts on, or None for the line being typed."""
        selected = self.selected_statement()
        if selected is not None:
            return selected
        if self.editor.toPlainText().strip() or self._editing_id is not None:
            return None
        for row in reversed(self.model.rows()):
            if row.statement is not None:
                return row.statement
        return None

    def _edit(self, statement: StatementRead, label: str, **fields: Any) -> None:
        """Save a change of a statement as the user saw it; if someone changed it since, ask (stale dialog)."""
        project = self.ctx.project
        saved: list[StatementRead] = [statement]  # what was saved just before this action (undo puts it back)

        def save() -> object:
            edit = st_service.update_statement(project, statement_id=statement.id, expected=statement, **fields)
            saved[0] = edit.before  # after an Overwrite: the colleague's values, not what this screen showed
            return edit

        try:
            resolve_stale(self.ctx, cast("QWidget", self), save)
        except WorkbenchError as exc:  # refused and dealt with, the server is down, or bad input
            self.ctx.status.emit(error_text(exc))
            return
        push(self.ctx, label, save, lambda: st_service.restore_fields(project, before=saved[0], only=fields),
             STATEMENTS)

    def tag(self, kind: str | None) -> None:
        """Set (or clear) the kind of the target statement or of the line being typed."""
        target = self._target()
        if target is None:
            self._draft_opts["kind"] = kind
            self._update_pending_label()
            return
        label = QCoreApplication.translate("CaptureScreen", "Tag as %1").replace("%1", kind_label(kind)) if kind else QCoreApplication.translate("CaptureScreen", "Clear the tag")
        self._edit(target, label, kind=kind)

    def set_severity(self, severity: int | None) -> None:
        """Alt+1..3: severity of a pain or importance of a job/gain."""
        target = self._target()
        if target is None:
            self._draft_opts["severity"] = severity
            self._update_pending_label()
            return
        self._edit(target, QCoreApplication.translate("CaptureScreen", "Set severity"), severity=severity)

    def toggle_flag(self, name: str) -> None:
        """Ctrl+Q quote / Ctrl+F follow-up on the target."""
        target = self._target()
        if target is None:
            self._draft_opts[name] = not self._draft_opts.get(name, False)
            self._update_pending_label()
            return
        label = QCoreApplication.translate("CaptureScreen", "Verbatim quote") if name == "is_quote" else QCoreApplication.translate("CaptureScreen", "Needs a follow-up")
        self._edit(target, label, **{name: not getattr(target, name)})

    def _update_pending_label(self) -> None:
        if self._editing_id is not None:
            self.pending_label.setText(QCoreApplication.translate("CaptureScreen", "Editing a saved statement: Enter saves, Esc cancels."))
            return
        parts = []
        opts = self._draft_opts
        if opts.get("kind"):
            parts.append(kind_label(opts["kind"]))
        if opts.get("severity"):
            parts.append(QCoreApplication.translate("CaptureScreen", "Severity %1").replace("%1", str(opts["severity"])))
        if opts.get("is_quote"):
            parts.append(QCoreApplication.translate("CaptureScreen", "Verbatim quote"))
        if opts.get("is_followup"):
            parts.append(QCoreApplication.translate("CaptureScreen", "Needs a follow-up"))
        self.pending_label.setText(QCoreApplication.translate("CaptureScreen", "Next line: %1").replace("%1", " · ".join(parts)) if parts else "")

    # ----------------------------------------------------------------- editing saved statements
    def edit_selected(self) -> None:
        """F2: load the selected statement into the editor; Enter saves the correction."""
        target = self.selected_statement()
        if target is None:
            return
        self._stashed_draft = self.editor.toPlainText()
        self._editing_id = target.id
        self.editor.blockSignals(True)
        self.editor.setPlainText(target.text)
        self.editor.blockSignals(False)
        self.editor.setFocus()
        self._update_pending_label()

    def _finish_edit(self, text: str) -> None:
        statement_id = self._editing_id
        self._editing_id = None
        target = next((r.statement for r in self.model.rows() if r.statement and r.statement.id == statement_id), None)
        self.editor.blockSignals(True)
        self.editor.setPlainText(getattr(self, "_stashed_draft", ""))
        self.editor.blockSignals(False)
        self._update_pending_label()
        if target is not None and text and text != target.text:
            self._edit(target, QCoreApplication.translate("CaptureScreen", "Edit the statement"), text=text)

    def move_selected(self, direction: int) -> None:
        """Ctrl+Shift+Up/Down: move the selected statement."""
        target = self.selected_statement()
        if target is None:
            return
        project = self.ctx.project
        sid = target.id
        if run_and_push(self.ctx, QCoreApplication.translate("CaptureScreen", "Move the statement"),
                        lambda: st_service.move_statement(project, statement_id=sid, direction=direction),
                        lambda: st_service.move_statement(project, statement_id=sid, direction=-direction)):
            self.select_statement(sid)

    def delete_selected(self) -> None:
        """Ctrl+Delete: delete the selected statement (undoable); with none selected, the next word as usual."""
        target = self.selected_statement()
        if target is None:
            cursor = self.editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.NextWord, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            return
        project = self.ctx.project
        holder: list[st_service.DeletedStatement] = []

        def redo() -> None:
            holder[:] = [st_service.delete_statement(project, statement_id=target.id)]

        run_and_push(self.ctx, QCoreApplication.translate("CaptureScreen", "Delete the statement"), redo,
                     lambda: st_service.restore_statement(project, deleted=holder[0]))

