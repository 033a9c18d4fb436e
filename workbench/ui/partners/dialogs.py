"""Small dialogs of the partners screen: add a partner, bulk edit, profile weights, plan an interview."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.partners.scoring import PROFILE_CRITERIA
from workbench.partners.service import SegmentRead
from workbench.store.enums import RESEARCH_STATUSES
from workbench.ui.partners.labels import criterion_text, field_text, status_text

BULK_FIELDS = ("segment_id", "research_status", "city", "region", "level", "certification", "ecosystems",
               "technical_capability", "community_authority", "similar_experience")


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class AddPartnerDialog(QDialog):
    """Name, segment, city and website of a new partner."""

    def __init__(self, segments: list[SegmentRead], segment_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add Partner"))
        form = QFormLayout(self)
        self.name, self.city, self.website = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. ООО «Альфа Интеграция»"))
        self.segment = QComboBox(self)
        self.segment.addItem(self.tr("— no segment —"), None)
        for seg in segments:
            self.segment.addItem(seg.name, seg.id)
        if segment_id is not None:
            self.segment.setCurrentIndex(max(0, self.segment.findData(segment_id)))
        form.addRow(field_text("name"), self.name)
        form.addRow(field_text("segment"), self.segment)
        form.addRow(field_text("city"), self.city)
        form.addRow(field_text("website"), self.website)
        self.box = _buttons(self, self.tr("Add"))
        form.addRow(self.box)
        self.name.textChanged.connect(lambda t: self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(t.strip())))
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def values(self) -> dict[str, Any]:
        """What to add."""
        return {"name": self.name.text(), "segment_id": self.segment.currentData(), "city": self.city.text(),
                "website": self.website.text()}


class BulkEditDialog(QDialog):
    """Set one field to one value on every selected partner."""

    def __init__(self, count: int, segments: list[SegmentRead], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments = segments
        self.setWindowTitle(self.tr("Edit %1 Partners").replace("%1", str(count)))
        form = QFormLayout(self)
        self.field = QComboBox(self)
        for name in BULK_FIELDS:
            self.field.addItem(field_text("segment" if name == "segment_id" else name), name)
        self.value = QComboBox(self)
        self.value.setEditable(True)
        form.addRow(self.tr("Field"), self.field)
        form.addRow(self.tr("New value"), self.value)
        self.hint = QLabel(self.tr("Leave the value empty to clear the field. Ctrl+Z undoes the whole edit."), self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        form.addRow(_buttons(self, self.tr("Apply")))
        self.field.currentIndexChanged.connect(self._fill_values)
        self._fill_values()

    def _fill_values(self) -> None:
        name = self.field.currentData()
        self.value.clear()
        self.value.setEditable(name not in ("segment_id", "research_status"))
        if name == "segment_id":
            for seg in self.segments:
                self.value.addItem(seg.name, seg.id)
        elif name == "research_status":
            for status in RESEARCH_STATUSES:
                self.value.addItem(status_text(status), status)
        elif name in ("technical_capability", "community_authority", "similar_experience"):
            self.value.addItem("", None)
            for n in range(1, 6):
                self.value.addItem(str(n), n)

    def values(self) -> dict[str, Any]:
        """{field: value} to apply."""
        name = self.field.currentData()
        data = self.value.currentData()
        if name in ("segment_id", "research_status") or (data is not None and self.value.currentText() == str(data)):
            return {name: data}
        return {name: self.value.currentText()}


class WeightsDialog(QDialog):
    """Edit the six ideal-partner profile weights of a segment."""

    def __init__(self, segment: str, weights: dict[str, float], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ideal Partner Profile — %1").replace("%1", segment))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("How much each criterion counts in the partner score (0–100). The score is the "
                               "weighted share of the maximum, so only the proportions matter."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.spins: dict[str, QDoubleSpinBox] = {}
        total = sum(weights.values()) or 1.0
        for criterion in PROFILE_CRITERIA:
            spin = QDoubleSpinBox(self)
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSuffix(" %")
            spin.setValue(round(100 * weights.get(criterion, 0) / total))
            spin.setObjectName(f"weight_{criterion}")
            spin.setToolTip(self._basis(criterion))
            self.spins[criterion] = spin
            form.addRow(criterion_text(criterion), spin)
        layout.addLayout(form)
        self.box = _buttons(self, self.tr("Save and Rescore"))
        layout.addWidget(self.box)
        for spin in self.spins.values():
            spin.valueChanged.connect(self._check)

    def _basis(self, criterion: str) -> str:
        """How a criterion's value is found (mirrors workbench.partners.scoring)."""
        return {
            "geography": self.tr("Moscow and St Petersburg count fully, other million-plus cities 80%, "
                                 "other cities 50%, unknown 0."),
            "business_size": self.tr("Employees on a log scale: 1 person counts 0, 100 or more count fully."),
            "technical_capability": self.tr("The 1–5 rating: 1 counts 0, 5 counts fully; unrated counts 0."),
            "community_authority": self.tr("The 1–5 rating, or the authority rank when unrated "
                                           "(1st counts fully, 50th counts 0)."),
            "similar_experience": self.tr("The 1–5 rating: 1 counts 0, 5 counts fully; unrated counts 0."),
            "client_base": self.tr("Clients on a log scale: 1 client counts 0, 500 or more count fully."),
        }[criterion]

    def _check(self) -> None:
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(any(s.value() > 0 for s in self.spins.values()))

    def weights(self) -> dict[str, float]:
        """The weights entered, as fractions."""
        return {c: s.value() / 100 for c, s in self.spins.items()}


class PlanInterviewDialog(QDialog):
    """Who interviews the partner, and when."""

    def __init__(self, partner: str, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan Interview — %1").replace("%1", partner))
        form = QFormLayout(self)
        self.interviewer = QLineEdit(user, self)
        self.when = QDateTimeEdit(QDateTime.currentDateTime().addDays(1), self)
        self.when.setCalendarPopup(True)
        form.addRow(self.tr("Interviewer"), self.interviewer)
        form.addRow(self.tr("When"), self.when)
        form.addRow(_buttons(self, self.tr("Plan")))
