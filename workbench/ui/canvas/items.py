"""Graphics items of the board: sticky-note cards, zones, the square and circle, notes.

Cards paint from strings prepared once at build time and are cached per device
(``DeviceCoordinateCache``), so panning repaints from pixmaps and nothing touches the database.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workbench.ui import theme
from workbench.ui.canvas import labels
from workbench.vpc.reads import IMPORTANCE_MEANING, SEVERE, CardRead

CARD_W = 200.0
CARD_H = 118.0
ALERT = QColor("#c62828")
# Below this scale card text is too small to read and is sketched instead (keeps zoomed-out paints fast).
LOD_TEXT = 0.42
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
# Value-map kinds borrow the colour of what they address; their letter label tells them apart.
_THEME_KIND = {"job": "job", "pain": "pain", "gain": "gain", "product": "other", "reliever": "pain", "creator": "gain"}


def ink() -> QColor:
    """Text colour for the current theme."""
    return QColor("#e6e8eb") if theme.current_theme() == "dark" else QColor("#1d2126")


def faint_ink() -> QColor:
    """Secondary text colour for the current theme."""
    return QColor("#a7adb5") if theme.current_theme() == "dark" else QColor("#5b6168")


def font(size: float, bold: bool = False) -> QFont:
    """A UI font of a point size."""
    f = QFont()
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


class CardItem(QGraphicsItem):
    """A card as a sticky note: kind label, rank, weight, title, evidence or pillar, alert outline."""

    TYPE = QGraphicsItem.UserType + 1

    def __init__(self, card: CardRead, *, alert: bool = False) -> None:
        super().__init__()
        self.card = card
        self.alert = alert
        self.highlight = False
        self.setFlags(_CARD_FLAGS)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        kind = card.kind
        self._color = theme.kind_color(_THEME_KIND[kind])
        self._fill = theme.kind_fill(_THEME_KIND[kind])
        self._letter = labels.kind_letter(kind)
        manual = " ↕" if card.manual_rank is not None else ""
        self._head = f"#{card.rank}{manual}  {labels.kind_name(kind)}"
        self._weight = "●" * card.importance + "○" * (3 - card.importance)
        self._level = labels.level_text(IMPORTANCE_MEANING[card.zone], card.importance)
        if card.in_value_map:
            links = f"  ⇄ {len(card.linked_ids)}" if card.zone in ("relievers", "creators") else ""
            self._foot = (labels.pillar_name(card.pillar) or "—") + links
        else:
            self._foot = labels.evidence_badge(card.statements, card.partners)
        self._tip_set = False
        self.setAcceptHoverEvents(True)

    def hoverEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        # The tooltip is made on first hover: building thousands of them up front slows opening.
        self.ensure_tooltip()
        super().hoverEnterEvent(event)

    def ensure_tooltip(self) -> str:
        """Set (once) and return the card's tooltip: kind, weight, rank, evidence, keys."""
        if not self._tip_set:
            self._tip_set = True
            self.setToolTip(self._tooltip())
        return self.toolTip()

    def type(self) -> int:  # noqa: A003 - Qt API
        return self.TYPE

    def _tooltip(self) -> str:
        c = self.card
        lines = [f"<b>{html.escape(c.title)}</b>", f"{labels.kind_name(c.kind)} · {self._level} · #{c.rank}"]
        if c.description:
            lines.append(html.escape(c.description[:400]).replace("\n", "<br>"))
        if c.manual_rank is not None:
            lines.append(labels.t("Placed by hand; Reset Order returns to the evidence ranking"))
        lines.append(labels.evidence_badge(c.statements, c.partners))
        if c.pillar:
            lines.append(labels.pillar_name(c.pillar))
        if self.alert:
            lines.append("<span style='color:#c62828'>" + labels.t("Severe and nothing addresses it") + "</span>")
        lines.append("<i>" + labels.t(labels.CARD_KEYS) + "</i>")
        return "<br>".join(lines)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(-3, -3, CARD_W + 6, CARD_H + 6)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, CARD_W, CARD_H))
        return path

    def set_highlight(self, on: bool) -> None:
        """Mark as a drop target or a linked card."""
        if on != self.highlight:
            self.highlight = on
            self.update()

    def _paint_sketch(self, painter: QPainter, rect: QRectF) -> None:
        """Zoomed far out, text is unreadable: the note, its kind chip and bars where the title is."""
        if self.isSelected():
            pen = QPen(QColor("#1a56db"), 6)
        elif self.alert:
            pen = QPen(ALERT, 6)
        elif self.highlight:
            pen = QPen(QColor("#f59e0b"), 6)
        else:
            pen = QPen(self._color, 2)
        painter.setPen(pen)
        painter.setBrush(self._fill)
        painter.drawRect(rect)
        painter.fillRect(QRectF(6, 6, 26, 16), self._color)
        bar = QColor(self._color)
        bar.setAlpha(110)
        width = min(CARD_W - 16, 40 + 4.5 * len(self.card.title))
        for n in range(3 if width >= CARD_W - 16 else 2):
            painter.fillRect(QRectF(8, 32 + n * 18, width if n < 2 else width * 0.6, 9), bar)
        painter.fillRect(QRectF(8, CARD_H - 16, (CARD_W - 16) * 0.7, 7), bar)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = QRectF(0, 0, CARD_W, CARD_H)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_TEXT:
            self._paint_sketch(painter, rect)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawRoundedRect(rect.translated(2, 3), 4, 4)
        painter.setBrush(self._fill)
        if self.isSelected():
            pen = QPen(QColor("#1a56db"), 3)
        elif self.alert:
            pen = QPen(ALERT, 3)
        elif self.highlight:
            pen = QPen(QColor("#f59e0b"), 3, Qt.PenStyle.DashLine)
        else:
            pen = QPen(self._color, 1)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 4, 4)
        # kind chip: a coloured box with a letter label
        painter.setFont(font(7.5, True))
        metrics = QFontMetricsF(painter.font())
        chip = QRectF(6, 6, max(18.0, metrics.horizontalAdvance(self._letter) + 8), 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(QColor("#1d2126") if theme.current_theme() == "dark" else QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, self._letter)
        painter.setPen(faint_ink())
        painter.setFont(font(7.5))
        painter.drawText(QRectF(chip.right() + 5, 6, CARD_W - chip.right() - 60, 16),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._head)
        painter.setPen(ALERT if self.card.zone == "pains" and self.card.importance >= SEVERE else self._color)
        painter.setFont(font(9, True))
        painter.drawText(QRectF(CARD_W - 52, 5, 46, 18), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self._weight)
        # title: up to four lines, elided
        painter.setPen(ink())
        title_font = font(9)
        painter.setFont(title_font)
        title_rect = QRectF(8, 27, CARD_W - 16, CARD_H - 27 - 24)
        text = self.card.title
        tm = QFontMetricsF(title_font)
        bounded = tm.boundingRect(title_rect, Qt.TextFlag.TextWordWrap, text)
        if bounded.height() > title_rect.height():
            while len(text) > 8 and tm.boundingRect(title_rect, Qt.TextFlag.TextWordWrap, text + "…").height() > title_rect.height():
                text = text[: int(len(text) * 0.9)].rstrip()
            text += "…"
        painter.drawText(title_rect, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        # footer: evidence badge or pillar
        painter.setPen(QPen(self._color, 0.6))
        painter.drawLine(QPointF(8, CARD_H - 22), QPointF(CARD_W - 8, CARD_H - 22))
        painter.setPen(ALERT if self.alert else faint_ink())
        painter.setFont(font(7.5, self.alert))
        foot = self._foot
        if self.alert:
            foot = "⚠ " + labels.t("no reliever") + " · " + foot if self.card.zone == "pains" else "⚠ " + foot
        painter.drawText(QRectF(8, CARD_H - 20, CARD_W - 16, 18),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         QFontMetricsF(painter.font()).elidedText(foot, Qt.TextElideMode.ElideRight, CARD_W - 16))


class ZoneItem(QGraphicsItem):
    """A zone of the board: a drop target with a header (name, card count, how it is ranked)."""

    TYPE = QGraphicsItem.UserType + 2

    def __init__(self, zone: str, rect: QRectF, count: int) -> None:
        super().__init__()
        self.zone = zone
        self.rect = rect
        self.count = count
        self.highlight = False
        self.setZValue(-1)
        self.setAcceptDrops(True)
        self._title = labels.zone_title(zone)
        self._hint = f"{count} · {labels.t(labels.ORDER_HINTS[zone])}"
        # No pixmap cache: a zone of a big board is larger than the screen and cheap to draw.

    def type(self) -> int:  # noqa: A003 - Qt API
        return self.TYPE

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.rect.adjusted(-2, -2, 2, 2)

    def set_highlight(self, on: bool) -> None:
        """Mark as the drop target."""
        if on != self.highlight:
            self.highlight = on
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        fill = QColor(255, 255, 255, 150) if theme.current_theme() == "light" else QColor(255, 255, 255, 18)
        painter.setBrush(fill)
        pen = QPen(QColor("#f59e0b"), 3, Qt.PenStyle.DashLine) if self.highlight else QPen(faint_ink(), 0.8, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawRoundedRect(self.rect, 8, 8)
        painter.setPen(ink())
        painter.setFont(font(12, True))
        head = QRectF(self.rect.left() + 14, self.rect.top() + 8, self.rect.width() - 28, 24)
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
        painter.setPen(faint_ink())
        painter.setFont(font(8.5))
        painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._hint)
        if self.count == 0:
            painter.drawText(self.rect.adjusted(12, 40, -12, -12), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             labels.t("Drop statements here to make a card"))


class ShapeItem(QGraphicsItem):
    """The value-map square or the customer-profile circle, with its caption above."""

    def __init__(self, rect: QRectF, circle: bool, caption: str) -> None:
        super().__init__()
        self.rect, self.circle, self.caption = rect, circle, caption
        self.setZValue(-3)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.rect.adjusted(-4, -44, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(ink(), 4))
        painter.setBrush(QBrush(QColor(127, 127, 127, 14)))
        if self.circle:
            painter.drawEllipse(self.rect)
        else:
            painter.drawRect(self.rect)
        painter.setFont(font(16, True))
        painter.drawText(QRectF(self.rect.left(), self.rect.top() - 42, self.rect.width(), 34),
                         Qt.AlignmentFlag.AlignCenter, self.caption)


class NoteItem(QGraphicsItem):
    """A block of text on the board: the title with the fit score, or the unaddressed list."""

    def __init__(self, pos: QPointF, width: float, title: str, lines: list[str], *, alert: bool = False,
                 title_size: float = 13) -> None:
        super().__init__()
        self.setPos(pos)
        self.width, self.title, self.lines, self.alert, self.title_size = width, title, lines, alert, title_size
        self.height = title_size * 2.2 + 18 * len(lines) + 10

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return QRectF(0, 0, self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if self.alert:
            painter.setPen(QPen(ALERT, 2))
            painter.setBrush(QColor(198, 40, 40, 18))
            painter.drawRoundedRect(self.boundingRect().adjusted(1, 1, -1, -1), 6, 6)
        painter.setPen(ALERT if self.alert else ink())
        painter.setFont(font(self.title_size, True))
        pad = 12 if self.alert else 0
        painter.drawText(QRectF(pad, 4, self.width - 2 * pad, self.title_size * 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setFont(font(9.5))
        painter.setPen(ink())
        metrics = QFontMetricsF(painter.font())
        y = self.title_size * 2.2 + 4
        for line in self.lines:
            painter.drawText(QRectF(pad, y, self.width - 2 * pad, 18), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(line, Qt.TextElideMode.ElideRight, self.width - 2 * pad))
            y += 18
