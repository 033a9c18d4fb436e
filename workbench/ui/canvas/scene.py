"""The board as a QGraphicsScene: the same drawing on screen and in exported images.

Layout follows the canvas as practitioners draw it: the value map as a square on the left
(products & services on the left half, gain creators top right, pain relievers bottom right), the
customer profile as a circle on the right (gains top left, pains bottom left, jobs on the right).
Each zone is a grid of sticky notes in rank order; zones grow with their cards and the square and
circle grow around them.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from workbench.ui import theme
from workbench.ui.canvas import items, labels
from workbench.ui.canvas.items import (
    ALERT,
    CARD_H,
    CARD_W,
    CardItem,
    NoteItem,
    ShapeItem,
    SketchLayer,
    ZoneItem,
)
from workbench.vpc.reads import BoardRead

GAP = 12.0
PAD = 16.0
HEADER = 40.0
MARGIN = 40.0
BETWEEN = 170.0
MAX_LISTED = 8


def columns_for(count: int) -> int:
    """How many card columns a zone of ``count`` cards gets."""
    return max(2, min(12, math.ceil(math.sqrt(max(count, 1) / 2))))


def zone_size(count: int) -> tuple[float, float]:
    """The natural width and height of a zone holding ``count`` cards."""
    cols = columns_for(count)
    rows = max(1, math.ceil(count / cols))
    return PAD * 2 + cols * CARD_W + (cols - 1) * GAP, HEADER + PAD + rows * CARD_H + (rows - 1) * GAP


def layout(counts: dict[str, int]) -> tuple[QRectF, QRectF, dict[str, QRectF]]:
    """The square, the circle's bounding box and each zone's rectangle for these card counts."""
    size = {zone: zone_size(n) for zone, n in counts.items()}
    # value map
    w1, h1 = size["products"]
    w2 = max(size["creators"][0], size["relievers"][0])
    hc, hr = size["creators"][1], size["relievers"][1]
    side = max(w1 + w2 + GAP, h1, hc + hr + GAP) + 2 * MARGIN
    inner = side - 2 * MARGIN
    extra_w = inner - (w1 + w2 + GAP)
    w1 += extra_w / 2
    w2 += extra_w / 2
    extra_h = inner - (hc + hr + GAP)
    wg = max(size["gains"][0], size["pains"][0])
    wj, hj = size["jobs"]
    hg, hp = size["gains"][1], size["pains"][1]
    width = wg + GAP + wj
    height = max(hg + hp + GAP, hj)
    diameter = max(math.hypot(width, height) + 2 * MARGIN, side)
    cy = 130.0 + diameter / 2
    top = cy - side / 2
    square = QRectF(0, top, side, side)
    zones = {
        "products": QRectF(MARGIN, top + MARGIN, w1, inner),
        "creators": QRectF(MARGIN + w1 + GAP, top + MARGIN, w2, hc + extra_h / 2),
    }
    zones["relievers"] = QRectF(zones["creators"].left(), zones["creators"].bottom() + GAP, w2,
                                inner - zones["creators"].height() - GAP)
    # customer profile
    cx = side + BETWEEN + diameter / 2
    circle = QRectF(cx - diameter / 2, cy - diameter / 2, diameter, diameter)
    left, upper = cx - width / 2, cy - height / 2
    extra = height - (hg + hp + GAP)
    zones["gains"] = QRectF(left, upper, wg, hg + extra / 2)
    zones["pains"] = QRectF(left, zones["gains"].bottom() + GAP, wg, height - zones["gains"].height() - GAP)
    zones["jobs"] = QRectF(left + wg + GAP, upper, wj, height)
    return square, circle, zones


def card_grid(rect: QRectF, count: int) -> tuple[float, float, int]:
    """The first card's top-left corner and the number of columns of a zone's grid of ``count`` cards."""
    cols = max(1, min(columns_for(count), int((rect.width() - 2 * PAD + GAP) // (CARD_W + GAP))))
    return rect.left() + PAD, rect.top() + HEADER, cols


def card_xy(rect: QRectF, count: int) -> list[tuple[float, float]]:
    """Top-left corners of ``count`` cards in a zone, row by row in rank order."""
    x0, y0, cols = card_grid(rect, count)
    return [(x0 + (i % cols) * (CARD_W + GAP), y0 + (i // cols) * (CARD_H + GAP)) for i in range(count)]


def card_positions(rect: QRectF, count: int) -> list[QPointF]:
    """Top-left corners of ``count`` cards in a zone as points."""
    return [QPointF(x, y) for x, y in card_xy(rect, count)]


class BoardScene(QGraphicsScene):
    """A board's cards, zones, shapes, fit score and the list of what nothing addresses."""

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.board: BoardRead | None = None
        self.cards: dict[int, CardItem] = {}
        self.zones: dict[str, ZoneItem] = {}
        self._link_items: list[QGraphicsPathItem] = []
        self.layers: dict[str, SketchLayer] = {}
        self._selected: set[CardItem] = set()
        #: zoomed too far out to read: each zone's layer draws its cards (see :class:`SketchLayer`)
        self.sketched = False
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.selectionChanged.connect(self._selection_changed)

    def set_sketched(self, on: bool) -> None:
        """Let the zones draw their cards as batched sketches (on) or each card draw itself (off)."""
        if on != self.sketched:
            self.sketched = on
            for layer in self.layers.values():
                layer.set_sketched(on)

    def card_changed(self, card: CardItem) -> None:
        """A card's outline changed: repaint its sketch (a sketched card has no contents of its own)."""
        layer = self.layers.get(card.card.zone)
        if layer is not None:
            layer.card_changed(card)

    def _selection_changed(self) -> None:
        selected = {item for item in self.selectedItems() if isinstance(item, CardItem)}
        if self.sketched:
            for card in selected ^ self._selected:
                self.card_changed(card)
        self._selected = selected

    def helpEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        # Tooltips are made on demand: building thousands of them up front slows opening.
        card = self.card_at(event.scenePos())
        if card is not None:
            card.ensure_tooltip()
        super().helpEvent(event)

    def build(self, board: BoardRead) -> None:
        """Lay the board out from its read model (replaces everything)."""
        labels.clear_cache()
        items.clear_style_cache()
        self.clear()
        self._link_items = []
        self.layers = {}
        self._selected = set()
        self.board = board
        self.cards = {}
        self.zones = {}
        self.setBackgroundBrush(QColor("#1e2024") if theme.current_theme() == "dark" else QColor("#fbfbf8"))
        counts = {zone: len(cards) for zone, cards in board.zones.items()}
        square, circle, rects = layout(counts)
        # Every item but the cards (which lie inside their zones) bounds the scene: no pass over thousands of cards.
        frame: list = [ShapeItem(square, False, labels.t("Value map")), ShapeItem(circle, True, labels.t("Customer profile"))]
        for shape in frame:
            self.addItem(shape)
        frame += self._fit_arrows(square, circle)
        alerts = {c.id for c in board.fit.unaddressed_pains}
        cards = self.cards
        sketched = self.sketched
        for zone, rect in rects.items():
            zone_item = ZoneItem(zone, rect, counts[zone])
            self.addItem(zone_item)
            self.zones[zone] = zone_item
            frame.append(zone_item)
            style = items.card_style(zone)
            layer = SketchLayer(rect, style, card_grid(rect, counts[zone]), sketched=sketched)
            self.addItem(layer)
            self.layers[zone] = layer
            for card, (x, y) in zip(board.zones[zone], card_xy(rect, counts[zone]), strict=True):
                item = CardItem(card, alert=card.id in alerts, style=style, sketched=sketched)
                item.setPos(x, y)
                self.addItem(item)
                cards[card.id] = item
                layer.add_card(item)
        fit = board.fit
        headline = labels.t("%1 — Value Proposition Canvas").replace("%1", board.title or board.segment_name)
        score = labels.t("Fit %1% · top pains addressed %2 of %3 · top gains addressed %4 of %5").replace(
            "%1", str(fit.percent)).replace("%2", str(fit.addressed_pains)).replace("%3", str(fit.top_pains)).replace(
            "%4", str(fit.addressed_gains)).replace("%5", str(fit.top_gains))
        legend = labels.t(labels.LEGEND)
        frame.append(NoteItem(QPointF(0, 0), circle.right(), headline, [score, legend], title_size=18))
        self.addItem(frame[-1])
        bottom = max(square.bottom(), circle.bottom()) + 30
        unaddressed = fit.unaddressed_pains
        lines = [f"#{c.rank}  {c.title}" for c in unaddressed[:MAX_LISTED]]
        if len(unaddressed) > MAX_LISTED:
            lines.append(labels.t("…and %1 more").replace("%1", str(len(unaddressed) - MAX_LISTED)))
        if not lines:
            lines = [labels.t("Every severe pain has a reliever.")]
        title = labels.t("Severe pains with no reliever: %1").replace("%1", str(len(unaddressed)))
        frame.append(NoteItem(QPointF(0, bottom), min(square.width() + BETWEEN + circle.width(), 1400), title, lines,
                              alert=bool(unaddressed)))
        self.addItem(frame[-1])
        bounds = QRectF()
        for item in frame:
            bounds = bounds.united(item.sceneBoundingRect())
        self.setSceneRect(bounds.adjusted(-30, -30, 30, 30))

    def _fit_arrows(self, square: QRectF, circle: QRectF) -> list[QGraphicsPathItem]:
        y = square.center().y()
        x0, x1 = square.right() + 25, circle.left() - 25
        pen = QPen(QColor("#8a9098"), 5)
        arrows = []
        for dy, forward in ((-18, True), (18, False)):
            path = QPainterPath(QPointF(x0, y + dy))
            path.lineTo(QPointF(x1, y + dy))
            tip = QPointF(x1, y + dy) if forward else QPointF(x0, y + dy)
            back = -16 if forward else 16
            path.moveTo(tip)
            path.lineTo(tip + QPointF(back, -10))
            path.moveTo(tip)
            path.lineTo(tip + QPointF(back, 10))
            item = QGraphicsPathItem(path)
            item.setPen(pen)
            item.setZValue(-2)
            self.addItem(item)
            arrows.append(item)
        return arrows

    def show_links(self, card_id: int | None) -> None:
        """Draw the fit links of one card as connectors and highlight the linked cards."""
        for item in self._link_items:
            self.removeItem(item)
        self._link_items = []
        for item in self.cards.values():
            item.set_highlight(False)
        if card_id is None or card_id not in self.cards:
            return
        source = self.cards[card_id]
        for other_id in source.card.linked_ids:
            other = self.cards.get(other_id)
            if other is None:
                continue
            other.set_highlight(True)
            a = source.sceneBoundingRect().center()
            b = other.sceneBoundingRect().center()
            path = QPainterPath(a)
            mid = (a.x() + b.x()) / 2
            path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b)
            line = QGraphicsPathItem(path)
            line.setPen(QPen(QColor("#f59e0b"), 3))
            line.setZValue(-0.5)  # under the cards, so it never hides their text
            self.addItem(line)
            self._link_items.append(line)

    def card_at(self, pos: QPointF) -> CardItem | None:
        """The card under a scene point."""
        for item in self.items(pos):
            if isinstance(item, CardItem):
                return item
        return None

    def zone_at(self, pos: QPointF) -> ZoneItem | None:
        """The zone under a scene point."""
        for item in self.items(pos):
            if isinstance(item, ZoneItem):
                return item
        return None


def alert_pen() -> QPen:
    """The outline of a severe pain nothing relieves."""
    return QPen(ALERT, 3, Qt.PenStyle.SolidLine)
