"""The side panel of the triage screen: why this rank, what partners said, priority across rounds."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QGroupBox, QLabel, QListView, QPushButton, QScrollArea, QVBoxLayout, QWidget

from workbench.backlog.priority import Explanation
from workbench.backlog.service import BacklogItemRead
from workbench.backlog.surveys import HistoryPoint
from workbench.ui.backlog.labels import factor_text, part_text, pillar_text, status_text
from workbench.ui.models.backlog_lists import EvidenceListModel

log = logging.getLogger(__name__)


class ItemDetail(QWidget):
    """What stands behind the current item."""

    #: a card was asked for (double-click on a quote): the card id
    card_requested = Signal(int)
    #: the user wants to edit the description of the shown item
    description_requested = Signal()
    #: the user wants to choose the cards behind the shown item
    cards_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backlogDetail")
        self.setMinimumWidth(260)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        self.scroll = scroll
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        self.title = QLabel(body)
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel(body)
        self.meta.setWordWrap(True)
        self.description = QLabel(body)
        self.description.setWordWrap(True)
        self.edit_description = QPushButton(body)
        self.edit_description.setFlat(True)
        self.edit_description.setObjectName("editDescription")
        self.edit_description.clicked.connect(self.description_requested)
        self.why_box = QGroupBox(body)
        why_layout = QVBoxLayout(self.why_box)
        self.why = QLabel(self.why_box)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        why_layout.addWidget(self.why)
        self.evidence_box = QGroupBox(body)
        ev_layout = QVBoxLayout(self.evidence_box)
        self.evidence_model = EvidenceListModel(self)
        self.asked_by = QLabel(self.evidence_box)
        self.asked_by.setObjectName("askedBy")
        self.asked_by.setWordWrap(True)
        ev_layout.addWidget(self.asked_by)
        self.evidence = QListView(self.evidence_box)
        self.evidence.setObjectName("evidenceList")
        self.evidence.setModel(self.evidence_model)
        self.evidence.setWordWrap(True)
        self.evidence.setResizeMode(QListView.ResizeMode.Adjust)
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.setMinimumHeight(160)
        self.evidence.doubleClicked.connect(self._open_card)
        ev_layout.addWidget(self.evidence)
        self.link_cards = QPushButton(self.evidence_box)
        self.link_cards.setObjectName("linkCards")
        self.link_cards.clicked.connect(self.cards_requested)
        ev_layout.addWidget(self.link_cards, 0, Qt.AlignmentFlag.AlignLeft)
        self.chart_box = QGroupBox(body)
        chart_layout = QVBoxLayout(self.chart_box)
        self.chart = QLabel(self.chart_box)
        self.chart.setObjectName("priorityChart")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(120)
        self.chart.setMinimumWidth(1)
        self.chart.setWordWrap(True)
        chart_layout.addWidget(self.chart)
        for widget in (self.title, self.meta, self.description, self.edit_description, self.why_box, self.evidence_box, self.chart_box):
            layout.addWidget(widget)
        layout.setAlignment(self.edit_description, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.item: BacklogItemRead | None = None
        self._explanation: Explanation | None = None
        self.retranslate()
        self.show_item(None)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.scroll.setAccessibleName(self.tr("Item details"))
        self.why_box.setTitle(self.tr("Why this rank"))
        self.edit_description.setText(self.tr("Edit description…"))
        self.link_cards.setText(self.tr("Link cards… (L)"))
        self.evidence_box.setTitle(self.tr("What partners said"))
        self.chart_box.setTitle(self.tr("Priority across survey rounds"))
        self.evidence.setAccessibleName(self.tr("What partners said"))
        self.show_item(self.item, self._explanation)

    def show_item(self, item: BacklogItemRead | None, explanation: Explanation | None = None) -> None:
        """Show an item (None: a hint to pick one)."""
        self.item, self._explanation = item, explanation
        if item is None:
            self.title.setText(self.tr("No item selected"))
            self.meta.setText(self.tr("Pick an item to see why it ranks where it does and who asked for it."))
            self.description.clear()
            self.edit_description.hide()
            self.why.clear()
            self.evidence_model.set_quotes([])
            self.asked_by.clear()
            self.chart.clear()
            return
        self.title.setText(f"#{item.id} {item.title}")
        parts = [pillar_text(item.pillar), status_text(item.status)]
        if item.release_name:
            parts.append(self.tr("release: %1").replace("%1", item.release_name))
        if item.owner:
            parts.append(item.owner)
        meta = " · ".join(parts)
        if item.status == "rejected" and item.reject_reason:
            meta += "\n" + self.tr("Rejected: %1").replace("%1", item.reject_reason)
        self.meta.setText(meta)
        self.description.setText(item.description)
        self.edit_description.show()
        self.why.setText(self._why_html(item, explanation))

    def _why_html(self, item: BacklogItemRead, expl: Explanation | None) -> str:
        if expl is None:
            return ""
        rank = self.tr("Rank %1").replace("%1", str(item.rank)) if item.rank else self.tr("Not ranked")
        if item.manual_rank is not None:
            rank += " — " + self.tr("pinned by hand (computed order ignored)")
        score = "—" if expl.score is None else f"{expl.score:.2f}"
        if expl.framework == "wsjf":
            formula = self.tr("WSJF = (business value + time criticality + risk reduction) / job size")
        else:
            formula = self.tr("RICE = reach × impact × confidence / effort")
        rows = []
        for f in expl.factors:
            value = "—" if f.value is None else (f"{f.value:.0%}" if f.key == "confidence" else f"{f.value:g}")
            if f.manual:
                how = self.tr("entered by hand") if f.value is not None else self.tr("not entered yet")
            else:
                how = "; ".join(f"{part_text(k)}: {v:g}" for k, v in f.parts.items()
                                if not (k == "weighted" and not v))
            rows.append(f"<tr><td><b>{html.escape(factor_text(f.key))}</b></td>"
                        f"<td align='right'>&nbsp;{html.escape(value)}&nbsp;</td>"
                        f"<td><span style='color:#666'>{html.escape(how)}</span></td></tr>")
        missing = ""
        if expl.score is None:
            missing = "<p>" + html.escape(self.tr("No score yet: enter the effort (press E).")) + "</p>"
        score_word = self.tr("score")
        return (f"<p><b>{html.escape(rank)}</b> · {html.escape(score_word)} <b>{score}</b></p>"
                f"<p><code>{html.escape(formula)}</code></p><table>{''.join(rows)}</table>{missing}")

    def set_quotes(self, quotes: list) -> None:  # type: ignore[type-arg]
        """Show the statements behind the item."""
        self.evidence_model.set_quotes(quotes)
        self.evidence_box.setTitle(self.tr("What partners said (%1)").replace("%1", str(len(quotes))))
        names = sorted({q.partner_name for q in quotes if q.partner_name})
        if names:
            self.asked_by.setText(self.tr("Asked by %1 partners: %2").replace("%1", str(len(names))).replace(
                "%2", ", ".join(names)))
        else:
            self.asked_by.setText(self.tr("No partner has said anything behind this item yet: link cards (L)."))

    def set_chart(self, png: bytes | None, points: list[HistoryPoint] | None = None) -> None:
        """Show the chart (PNG bytes rendered in a worker) or say why there is none."""
        if png is None:
            self.chart.setPixmap(QPixmap())
            self.chart.setText(self.tr("No survey round has rated this item yet."))
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(png, "PNG"):
            width = max(200, self.chart.width() - 8)
            if pixmap.width() > width:
                pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            self.chart.setMinimumHeight(pixmap.height())
            self.chart.setPixmap(pixmap)
        else:
            self.chart.setText(self.tr("The chart could not be drawn."))

    def _open_card(self, index: QModelIndex) -> None:
        if index.isValid():
            self.card_requested.emit(self.evidence_model.quote(index.row()).card_id)
