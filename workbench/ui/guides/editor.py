"""The guide editor: built-in guides are read-only; copy one, then add, edit, reorder or remove questions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from workbench.errors import WorkbenchError
from workbench.interviews import guide_service as gs
from workbench.ops import Changes
from workbench.ui.capture.undo import ServiceStep
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text

log = logging.getLogger(__name__)
Index = QModelIndex | QPersistentModelIndex
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1
GUIDES = Changes(guides=True)


class GuideListModel(QAbstractListModel):
    """The guides of the project."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.guides: list[gs.GuideRead] = []

    def set_guides(self, guides: list[gs.GuideRead]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self.guides = list(guides)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008, D102 - Qt override
        return 0 if parent.isValid() else len(self.guides)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102 - Qt override
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        g = self.guides[index.row()]
        return f"🔒 {g.name}" if g.builtin else g.name


class GuideEditorDialog(QDialog):
    """Guides on the left, the selected guide's questions by section on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("guideEditor")
        self.resize(980, 620)
        self.guide_model = GuideListModel(self)
        self.guide_list = QListView(self)
        self.guide_list.setModel(self.guide_model)
        self.questions = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.questions)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(lambda _i: self.edit_question())
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for n, (key, shortcut, slot) in enumerate((
            ("copy", "Ctrl+D", self.copy_guide), ("rename", "F2", self.rename_guide),
            ("add", "Ins", self.add_question), ("edit", "Return", self.edit_question),
            ("delete", "Del", self.delete_question), ("up", "Ctrl+Up", lambda: self.move_question(-1)),
            ("down", "Ctrl+Down", lambda: self.move_question(1)),
            ("remove", "Ctrl+Shift+Del", self.delete_guide),
        )):
            button = QPushButton(self)
            button.clicked.connect(slot)
            if shortcut != "Return":
                QShortcut(QKeySequence(shortcut), self, slot)
            self.buttons[key] = button
            grid.addWidget(button, n // 4, n % 4)
        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addWidget(self.tree, 1)
        right.addLayout(grid)
        layout = QHBoxLayout(self)
        layout.addWidget(self.guide_list, 1)
        layout.addLayout(right, 3)
        self.retranslate()
        self.reload()
        self.guide_list.selectionModel().currentChanged.connect(lambda _c, _p: self.show_guide())
        if self.guide_model.rowCount():
            self.guide_list.setCurrentIndex(self.guide_model.index(0))
        ctx.changed.connect(self._on_changed)

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Interview guides"))
        self.guide_list.setAccessibleName(self.tr("Guides"))
        self.tree.setAccessibleName(self.tr("Questions of the guide, by section"))
        for key, text in (("copy", self.tr("Copy guide (Ctrl+D)")), ("rename", self.tr("Rename (F2)")),
                          ("add", self.tr("Add question (Ins)")), ("edit", self.tr("Edit question (Enter)")),
                          ("delete", self.tr("Delete question (Del)")), ("up", self.tr("Up (Ctrl+↑)")),
                          ("down", self.tr("Down (Ctrl+↓)")), ("remove", self.tr("Delete guide"))):
            self.buttons[key].setText(text)

    # ----------------------------------------------------------------- loading
    def _on_changed(self, changes: Changes) -> None:
        if changes.guides:
            self.reload()

    def reload(self) -> None:
        """Reload the guides, keeping the selection."""
        current = self.current_guide()
        self.guide_model.set_guides(gs.list_guides(self.ctx.project))
        if current is not None:
            for n, g in enumerate(self.guide_model.guides):
                if g.id == current.id:
                    self.guide_list.setCurrentIndex(self.guide_model.index(n))
        self.show_guide()

    def current_guide(self) -> gs.GuideRead | None:
        """The selected guide."""
        n = self.guide_list.currentIndex().row()
        return self.guide_model.guides[n] if 0 <= n < len(self.guide_model.guides) else None

    def current_question(self) -> gs.QuestionRead | None:
        """The selected question."""
        guide, qid = self.current_guide(), self.tree.currentIndex().data(QUESTION_ROLE)
        if guide is None or qid is None:
            return None
        return next((q for q in guide.questions if q.id == qid), None)

    def show_guide(self, select_id: int | None = None) -> None:
        """Show the selected guide's questions grouped by section."""
        keep = select_id if select_id is not None else (q.id if (q := self.current_question()) else None)
        self.questions.clear()
        guide = self.current_guide()
        if guide is None:
            return
        for section, questions in guide.sections():
            parent = QStandardItem(section or self.tr("(no section)"))
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            for q in questions:
                item = QStandardItem(q.text + (f"\n    {q.hint}" if q.hint else ""))
                item.setData(q.id, QUESTION_ROLE)
                parent.appendRow(item)
                if q.id == keep:
                    keep_item = item
            self.questions.appendRow(parent)
        self.tree.expandAll()
        if keep is not None and "keep_item" in locals():
            self.tree.setCurrentIndex(keep_item.index())
        self.info.setText(self.tr("Built-in guides are read-only: copy one (Ctrl+D) to make it your own.")
                          if guide.builtin else guide.description)
        for key in ("rename", "add", "edit", "delete", "up", "down", "remove"):
            self.buttons[key].setEnabled(not guide.builtin)

    # ----------------------------------------------------------------- edits
    def _push(self, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> bool:
        try:
            redo()
        except WorkbenchError as exc:
            self.info.setText(error_text(exc))
            return False
        self.ctx.undo_stack.push(ServiceStep(self.ctx, text, redo, undo, GUIDES))
        return True

    def copy_guide(self) -> None:
        """Copy the selected guide under a new name."""
        guide = self.current_guide()
        if guide is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Copy guide"), self.tr("Name of the copy:"),
                                        text=self.tr("%1 (copy)").replace("%1", guide.name))
        if not ok:
            return
        project, holder = self.ctx.project, [0]

        def redo() -> None:
            holder[0] = gs.copy_guide(project, guide_id=guide.id, name=name).id

        if self._push(self.tr("Copy guide"), redo, lambda: gs.delete_guide(project, guide_id=holder[0])):
            for n, g in enumerate(self.guide_model.guides):
                if g.id == holder[0]:
                    self.guide_list.setCurrentIndex(self.guide_model.index(n))

    def delete_guide(self) -> None:
        """Delete the selected own guide; undo brings back a copy with the same questions."""
        guide = self.current_guide()
        if guide is None or guide.builtin:
            return
        project, holder = self.ctx.project, [guide.id]

        def undo() -> None:
            holder[0] = gs.restore_guide(project, guide=guide).id

        self._push(self.tr("Delete guide"), lambda: gs.delete_guide(project, guide_id=holder[0]), undo)

    def rename_guide(self) -> None:
        """Rename the selected (own) guide."""
        guide = self.current_guide()
        if guide is None or guide.builtin:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename guide"), self.tr("Name:"), text=guide.name)
        if ok:
            project, old = self.ctx.project, guide.name
            self._push(self.tr("Rename guide"), lambda: gs.rename_guide(project, guide_id=guide.id, name=name),
                       lambda: gs.rename_guide(project, guide_id=guide.id, name=old))

    def add_question(self) -> None:
        """Add a question after the selected one, in its section."""
        guide = self.current_guide()
        if guide is None or guide.builtin:
            return
        after = self.current_question()
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add question"), self.tr("Question:"))
        if not ok or not text.strip():
            return
        section = after.section if after else (guide.questions[-1].section if guide.questions else "")
        section, ok = QInputDialog.getText(self, self.tr("Add question"), self.tr("Section:"), text=section)
        if not ok:
            return
        project, holder = self.ctx.project, [0]

        def redo() -> None:
            holder[0] = gs.add_question(project, guide_id=guide.id, section=section, text=text,
                                        after_id=after.id if after else None).id

        self._push(self.tr("Add question"), redo, lambda: gs.delete_question(project, question_id=holder[0]))

    def edit_question(self) -> None:
        """Edit the text of the selected question."""
        guide, q = self.current_guide(), self.current_question()
        if guide is None or guide.builtin or q is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit question"), self.tr("Question:"), q.text)
        if ok and text.strip() and text != q.text:
            project = self.ctx.project
            self._push(self.tr("Edit question"), lambda: gs.update_question(project, question_id=q.id, text=text),
                       lambda: gs.update_question(project, question_id=q.id, text=q.text))

    def delete_question(self) -> None:
        """Delete the selected question (undo puts it back, with a new id, at its place)."""
        guide, q = self.current_guide(), self.current_question()
        if guide is None or guide.builtin or q is None:
            return
        ids = [x.id for x in guide.questions]
        prev = ids[ids.index(q.id) - 1] if ids.index(q.id) > 0 else None
        project, holder = self.ctx.project, [q.id]

        def undo() -> None:
            holder[0] = gs.add_question(project, guide_id=guide.id, section=q.section, text=q.text, hint=q.hint,
                                        after_id=prev).id

        self._push(self.tr("Delete question"), lambda: gs.delete_question(project, question_id=holder[0]), undo)

    def move_question(self, direction: int) -> None:
        """Move the selected question up or down."""
        guide, q = self.current_guide(), self.current_question()
        if guide is None or guide.builtin or q is None:
            return
        project = self.ctx.project
        if self._push(self.tr("Move question"),
                      lambda: gs.move_question(project, question_id=q.id, direction=direction),
                      lambda: gs.move_question(project, question_id=q.id, direction=-direction)):
            self.show_guide(q.id)
