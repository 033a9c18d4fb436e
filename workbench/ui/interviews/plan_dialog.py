"""The dialog that plans an interview: partner, interviewer, date and time, guide, mode."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from workbench.interviews.guide_service import GuideRead
from workbench.interviews.planning import PartnerChoice

MODES = ("call", "video", "meeting")


class PlanInterviewDialog(QDialog):
    """Fields of a new interview; :meth:`values` gives them to the service."""

    def __init__(self, partners: list[PartnerChoice], guides: list[GuideRead], interviewer: str,
                 partner_id: int | None = None, parent: QWidget | None = None, *, guide_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planInterviewDialog")
        self.partner = QComboBox(self)
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for p in partners:
            label = f"{p.name} — {p.segment_name}" if p.segment_name else p.name
            self.partner.addItem(label, p.id)
        completer = self.partner.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        if partner_id is not None:
            n = self.partner.findData(partner_id)
            if n >= 0:
                self.partner.setCurrentIndex(n)
        self.interviewer = QLineEdit(interviewer, self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addDays(1), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.guide = QComboBox(self)
        for g in guides:
            self.guide.addItem(g.name, g.id)
        if guide_id is not None and self.guide.findData(guide_id) >= 0:  # the project's chosen guide first
            self.guide.setCurrentIndex(self.guide.findData(guide_id))
        self.mode = QComboBox(self)
        for m in MODES:
            self.mode.addItem("", m)
        self.error = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.labels = [QLabel(self) for _ in range(5)]
        for label, field in zip(self.labels, (self.partner, self.interviewer, self.when, self.guide, self.mode),
                                strict=True):
            self.form.addRow(label, field)
            label.setBuddy(field)  # a screen reader names the field after its label
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.setWindowTitle(self.tr("Plan an interview"))
        for label, text in zip(self.labels, (self.tr("Partner"), self.tr("Interviewer"), self.tr("Date and time"),
                                             self.tr("Guide"), self.tr("Mode")), strict=True):
            label.setText(text)
        for n, text in enumerate((self.tr("call"), self.tr("video"), self.tr("meeting"))):
            self.mode.setItemText(n, text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Plan"))

    def _accept(self) -> None:
        if self.partner_id() is None:
            self.error.setText(self.tr("Choose a partner from the list."))
            return
        self.accept()

    def partner_id(self) -> int | None:
        """The chosen partner (None when the typed text matches none)."""
        n = self.partner.findText(self.partner.currentText())
        return self.partner.itemData(n) if n >= 0 else None

    def values(self) -> dict[str, object]:
        """Keyword arguments for :func:`workbench.interviews.planning.plan_interview`."""
        local = self.when.dateTime().toPython()
        planned = local.astimezone(UTC) if isinstance(local, datetime) else None
        return {"partner_id": self.partner_id(), "interviewer": self.interviewer.text().strip(),
                "planned_at": planned, "guide_id": self.guide.currentData(), "mode": self.mode.currentData()}
