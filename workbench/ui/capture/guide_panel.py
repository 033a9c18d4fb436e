"""The side panel of capture mode: the current guide question, its hint, and which questions are covered."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from workbench.interviews.guide_service import GuideRead, QuestionRead

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class GuidePanel(QWidget):
    """Current question on top, the guide below grouped by section with ✓ and counts for covered ones."""

    #: the user picked a question in the tree (its id)
    question_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guidePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.caption = QLabel(self)
        self.caption.setObjectName("sectionCaption")
        self.caption.setWordWrap(True)
        self.section = QLabel(self)
        self.section.setObjectName("guideSection")
        self.section.setWordWrap(True)
        self.question = QLabel(self)
        self.question.setObjectName("currentQuestion")
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.question.setFont(font)
        self.hint = QLabel(self)
        self.hint.setObjectName("questionHint")
        self.hint.setWordWrap(True)
        self.coverage = QLabel(self)
        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("guideTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._on_activated)
        for w in (self.caption, self.section, self.question, self.hint, self.coverage):
            layout.addWidget(w)
        layout.addWidget(self.tree, 1)
        self.guide: GuideRead | None = None
        self.current_id: int | None = None
        self._counts: dict[int, int] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """Set the fixed texts."""
        self.tree.setAccessibleName(self.tr("Guide questions"))
        self.caption.setText(self.tr("Current question (Ctrl+Enter: next)"))
        self._update_current()

    def set_guide(self, guide: GuideRead | None, current_id: int | None, counts: dict[int, int]) -> None:
        """Show a guide, the question in progress and how many statements answer each question."""
        self.guide, self._counts = guide, dict(counts)
        ids = [q.id for q in guide.questions] if guide else []
        self.current_id = current_id if current_id in ids else (ids[0] if ids else None)
        self.model.clear()
        if guide is not None:
            for section, questions in guide.sections():
                parent = QStandardItem(section)
                parent.setEditable(False)
                font = parent.font()
                font.setBold(True)
                parent.setFont(font)
                for q in questions:
                    item = QStandardItem()
                    item.setData(q.id, QUESTION_ROLE)
                    item.setToolTip(q.text)
                    item.setEditable(False)
                    parent.appendRow(item)
                self.model.appendRow(parent)
            self.tree.expandAll()
        self._paint_items()
        self._update_current()

    def set_counts(self, counts: dict[int, int]) -> None:
        """Refresh the coverage marks."""
        self._counts = dict(counts)
        self._paint_items()
        self._update_current()

    def bump(self, question_id: int | None) -> None:
        """One more statement answers a question."""
        if question_id is not None:
            self._counts[question_id] = self._counts.get(question_id, 0) + 1
            self._paint_items()
            self._update_current()

    def _question(self, qid: int | None) -> QuestionRead | None:
        if self.guide is None or qid is None:
            return None
        return next((q for q in self.guide.questions if q.id == qid), None)

    def _paint_items(self) -> None:
        for r in range(self.model.rowCount()):
            parent = self.model.item(r)
            for c in range(parent.rowCount()):
                item = parent.child(c)
                q = self._question(item.data(QUESTION_ROLE))
                if q is None:
                    continue
                n = self._counts.get(q.id, 0)
                mark = f"✓{n} " if n else "○ "
                arrow = "▶ " if q.id == self.current_id else ""
                item.setText(f"{arrow}{mark}{q.text}")
                font = item.font()
                font.setBold(q.id == self.current_id)
                item.setFont(font)
                if q.id == self.current_id:
                    self.tree.setCurrentIndex(item.index())

    def _update_current(self) -> None:
        q = self._question(self.current_id)
        if q is None:
            self.section.setText("")
            self.question.setText(self.tr("This interview has no guide: just type what the partner says."))
            self.hint.setText("")
        else:
            self.section.setText(q.section)
            self.question.setText(q.text)
            self.hint.setText(q.hint)
        if self.guide is not None:
            covered = sum(1 for q2 in self.guide.questions if self._counts.get(q2.id))
            self.coverage.setText(self.tr("Covered %1 of %2 questions")
                                  .replace("%1", str(covered)).replace("%2", str(len(self.guide.questions))))
        else:
            self.coverage.setText("")

    def step(self, delta: int) -> int | None:
        """Move to the next (+1) or previous (-1) question; returns its id."""
        if self.guide is None or not self.guide.questions:
            return None
        ids = [q.id for q in self.guide.questions]
        n = ids.index(self.current_id) if self.current_id in ids else -1
        n = max(0, min(len(ids) - 1, n + delta))
        self.set_current(ids[n])
        return ids[n]

    def set_current(self, qid: int | None) -> None:
        """Make a question the current one."""
        self.current_id = qid
        self._paint_items()
        self._update_current()

    def _on_activated(self, index: QModelIndex) -> None:
        qid = index.data(QUESTION_ROLE)
        if qid is not None:
            self.set_current(int(qid))
            self.question_chosen.emit(int(qid))
