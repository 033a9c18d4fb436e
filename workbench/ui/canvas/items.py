"""Graphics items of the board: sticky-note cards, zones, the square and circle, notes.

Cards paint from strings prepared on their first readable paint and are cached per device
(``DeviceCoordinateCache``), so panning repaints from pixmaps and nothing touches the database.
Zoomed too far out to read, the cards have no contents of their own (they still take clicks, drops
and selection) and each zone's :class:`SketchLayer` draws them all in a few batched calls.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from workbench.store.enums import VALUE_MAP_ZONES
from workbench.ui import theme
from workbench.ui.canvas import labels
from workbench.vpc.reads import IMPORTANCE_MEANING, SEVERE, ZONE_KIND, CardRead

CARD_W = 200.0
CARD_H = 118.0
ALERT = QColor("#c62828")
# Below this scale card text is too small to read and is sketched instead (keeps zoomed-out paints fast).
LOD_TEXT = 0.42
_CARD_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
# Sketched: the zone's layer draws the card; the item keeps hit-testing, selection and focus.
_SKETCHED_FLAGS = _CARD_FLAGS | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_GRID_GAP = 12.0  # between cards of a zone (the scene lays them out with the same gap)
_CARD_RECT = QRectF(0, 0, CARD_W, CARD_H)
_CARD_BOUNDS = QRectF(-3, -3, CARD_W + 6, CARD_H + 6)
_SHADOW_RECT = _CARD_RECT.translated(2, 3)
_TITLE_RECT = QRectF(8, 27, CARD_W - 16, CARD_H - 27 - 24)
_FOOT_RECT = QRectF(8, CARD_H - 20, CARD_W - 16, 18)
_WEIGHT_RECT = QRectF(CARD_W - 52, 5, 46, 18)
_CHIP_SKETCH = QRectF(6, 6, 26, 16)
_SELECTED = QColor("#1a56db")
_HIGHLIGHT = QColor("#f59e0b")
_SHADOW = QColor(0, 0, 0, 28)
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
_TITLE_FLAGS = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
# Value-map kinds borrow the colour of what they address; their letter label tells them apart.
_THEME_KIND = {"job": "job", "pain": "pain", "gain": "gain", "product": "other", "reliever": "pain", "creator": "gain"}


def ink() -> QColor:
    """Text colour for the current theme."""
    return QColor("#e6e8eb") if theme.current_theme() == "dark" else QColor("#1d2126")


def faint_ink() -> QColor:
    """Secondary text colour for the current theme."""
    return QColor("#a7adb5") if theme.current_theme() == "dark" else QColor("#5b6168")


_fonts: dict[tuple[float, bool], QFont] = {}
_styles: dict[str, CardStyle] = {}
_bars: dict[int, list[QRectF]] = {}
_bar_specs: dict[int, tuple[tuple[float, float, float, float], ...]] = {}


def clear_style_cache() -> None:
    """Forget shared fonts and zone styles (the theme, language or font may have changed); once per build."""
    _fonts.clear()
    _styles.clear()


def font(size: float, bold: bool = False) -> QFont:
    """A UI font of a point size (shared and read-only: every card asks for the same few)."""
    key = (size, bold)
    found = _fonts.get(key)
    if found is None:
        found = _fonts[key] = QFont()
        found.setPointSizeF(size)
        found.setBold(bold)
    return found


def sketch_bars(title_length: int) -> list[QRectF]:
    """The bars standing for a title of this many characters and the footer, in card coordinates."""
    found = _bars.get(title_length)
    if found is None:
        width = min(CARD_W - 16, 40 + 4.5 * title_length)
        found = [QRectF(8, 32 + n * 18, width if n < 2 else width * 0.6, 9)
                 for n in range(3 if width >= CARD_W - 16 else 2)]
        found.append(QRectF(8, CARD_H - 16, (CARD_W - 16) * 0.7, 7))
        _bars[title_length] = found
    return found


def _bar_spec(title_length: int) -> tuple[tuple[float, float, float, float], ...]:
    found = _bar_specs.get(title_length)
    if found is None:
        found = _bar_specs[title_length] = tuple((r.x(), r.y(), r.width(), r.height()) for r in sketch_bars(title_length))
    return found


class CardStyle:
    """What every card of a zone shares: colours, pens, kind name and letter (made once per build)."""

    def __init__(self, zone: str) -> None:
        kind = ZONE_KIND[zone]
        self.zone = zone
        self.kind = kind
        self.color = theme.kind_color(_THEME_KIND[kind])
        self.fill = theme.kind_fill(_THEME_KIND[kind])
        self.letter = labels.kind_letter(kind)
        self.kind_name = labels.kind_name(kind)
        self.meaning = IMPORTANCE_MEANING[zone]
        self.in_value_map = zone in VALUE_MAP_ZONES
        self.pen = QPen(self.color, 1)
        self.sketch_pen = QPen(self.color, 2)
        self.bar = QColor(self.color)
        self.bar.setAlpha(110)


def card_style(zone: str) -> CardStyle:
    """The shared style of a zone's cards in the current theme and language."""
    found = _styles.get(zone)
    if found is None:
        found = _styles[zone] = CardStyle(zone)
    return found


def outline_pen(*, selected: bool, alert: bool, highlight: bool, sketch: bool) -> QPen | None:
    """The outline a card's state calls for (selected, severe and unrelieved, highlighted), or None.

    Sketches (zoomed far out) get solid outlines twice as wide, so they still show.
    """
    width = 6 if sketch else 3
    if selected:
        return QPen(_SELECTED, width)
    if alert:
        return QPen(ALERT, width)
    if highlight:
        return QPen(_HIGHLIGHT, width) if sketch else QPen(_HIGHLIGHT, width, Qt.PenStyle.DashLine)
    return None


class CardItem(QGraphicsItem):
    """A card as a sticky note: kind label, rank, weight, title, evidence or pillar, alert outline."""

    TYPE = QGraphicsItem.UserType + 1

    def __init__(self, card: CardRead, *, alert: bool = False, style: CardStyle | None = None,
                 sketched: bool = False) -> None:
        super().__init__()
        self.card = card
        self.alert = alert
        self.highlight = False
        self.style = style if style is not None else card_style(card.zone)
        if sketched:
            self.setFlags(_SKETCHED_FLAGS)  # drawn by the layer; the cache is set when it draws itself
        else:
            self.setFlags(_CARD_FLAGS)
            self.setCacheMode(_DEVICE_CACHE)
        self._texts: tuple[str, str, str, str] | None = None
        self._tip_set = False

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
        level = labels.level_text(self.style.meaning, c.importance)
        lines = [f"<b>{html.escape(c.title)}</b>", f"{self.style.kind_name} · {level} · #{c.rank}"]
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
        return _CARD_BOUNDS

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(_CARD_RECT)
        return path

    def set_highlight(self, on: bool) -> None:
        """Mark as a drop target or a linked card."""
        if on != self.highlight:
            self.highlight = on
            self.update()
            scene = self.scene()
            if scene is not None and hasattr(scene, "card_changed"):
                scene.card_changed(self)  # sketched, the zone's layer draws the outline

    def set_sketched(self, on: bool) -> None:
        """Leave drawing to the zone's layer (zoomed far out) or draw itself from a device-cached pixmap."""
        if on:
            self.setFlags(_SKETCHED_FLAGS)
        else:
            self.setFlags(_CARD_FLAGS)
            self.setCacheMode(_DEVICE_CACHE)

    def texts(self) -> tuple[str, str, str, str]:
        """Head (rank, kind), weight dots, title elided to four lines and footer; made on the first readable paint.

        The footer is elided when painted, with the metrics of the device it is painted on (screen, SVG, PDF).
        """
        if self._texts is None:
            card = self.card
            manual = " ↕" if card.manual_rank is not None else ""
            head = f"#{card.rank}{manual}  {self.style.kind_name}"
            weight = "●" * card.importance + "○" * (3 - card.importance)
            if self.style.in_value_map:
                links = f"  ⇄ {len(card.linked_ids)}" if card.zone in ("relievers", "creators") else ""
                foot = (labels.pillar_name(card.pillar) or "—") + links
            else:
                foot = labels.evidence_badge(card.statements, card.partners)
            if self.alert:
                foot = "⚠ " + labels.t("no reliever") + " · " + foot if card.zone == "pains" else "⚠ " + foot
            self._texts = (head, weight, _elided_title(card.title), foot)
        return self._texts

    def _paint_sketch(self, painter: QPainter, rect: QRectF) -> None:
        """Zoomed far out, text is unreadable: the note, its kind chip and bars where the title is."""
        style = self.style
        pen = outline_pen(selected=self.isSelected(), alert=self.alert, highlight=self.highlight, sketch=True)
        painter.setPen(pen if pen is not None else style.sketch_pen)
        painter.setBrush(style.fill)
        painter.drawRect(rect)
        painter.fillRect(_CHIP_SKETCH, style.color)
        for bar in sketch_bars(len(self.card.title)):
            painter.fillRect(bar, style.bar)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        rect = _CARD_RECT
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_TEXT:
            self._paint_sketch(painter, rect)
            return
        style = self.style
        head, weight, title, foot = self.texts()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_SHADOW)
        painter.drawRoundedRect(_SHADOW_RECT, 4, 4)
        painter.setBrush(style.fill)
        pen = outline_pen(selected=self.isSelected(), alert=self.alert, highlight=self.highlight, sketch=False)
        painter.setPen(pen if pen is not None else style.pen)
        painter.drawRoundedRect(rect, 4, 4)
        # kind chip: a coloured box with a letter label
        painter.setFont(font(7.5, True))
        chip = QRectF(6, 6, max(18.0, QFontMetricsF(painter.font()).horizontalAdvance(style.letter) + 8), 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color)
        painter.drawRoundedRect(chip, 3, 3)
        painter.setPen(QColor("#1d2126") if theme.current_theme() == "dark" else QColor("#ffffff"))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, style.letter)
        painter.setPen(faint_ink())
        painter.setFont(font(7.5))
        painter.drawText(QRectF(chip.right() + 5, 6, CARD_W - chip.right() - 60, 16), _LEFT_MIDDLE, head)
        painter.setPen(ALERT if self.card.zone == "pains" and self.card.importance >= SEVERE else style.color)
        painter.setFont(font(9, True))
        painter.drawText(_WEIGHT_RECT, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, weight)
        # title: up to four lines, elided
        painter.setPen(ink())
        painter.setFont(font(9))
        painter.drawText(_TITLE_RECT, _TITLE_FLAGS, title)
        # footer: evidence badge or pillar
        painter.setPen(QPen(style.color, 0.6))
        painter.drawLine(QPointF(8, CARD_H - 22), QPointF(CARD_W - 8, CARD_H - 22))
        painter.setPen(ALERT if self.alert else faint_ink())
        painter.setFont(font(7.5, self.alert))
        painter.drawText(_FOOT_RECT, _LEFT_MIDDLE,
                         QFontMetricsF(painter.font()).elidedText(foot, Qt.TextElideMode.ElideRight, CARD_W - 16))


def _elided_title(text: str) -> str:
    """The title cut (with "…") to what fits four lines of the card."""
    metrics = QFontMetricsF(font(9))
    wrap = Qt.TextFlag.TextWordWrap
    height = _TITLE_RECT.height()
    if metrics.boundingRect(_TITLE_RECT, wrap, text).height() > height:
        while len(text) > 8 and metrics.boundingRect(_TITLE_RECT, wrap, text + "…").height() > height:
            text = text[: int(len(text) * 0.9)].rstrip()
        text += "…"
    return text


class SketchLayer(QGraphicsItem):
    """A zone's cards drawn at once, as sketches, while the board is zoomed too far out to read them.

    The card items then have no contents (they still take clicks, drops and selection), so a board of
    thousands of cards paints in a few batched calls per zone instead of one Python paint per card.
    Sketches show each card's note, kind chip and title bars, and its outline: selected, severe with
    no reliever, or highlighted. Cards sit on a grid (``x0``, ``y0``, ``cols``), so a paint draws only
    the rows and columns it exposes and keeps no geometry between paints.
    """

    def __init__(self, rect: QRectF, style: CardStyle, grid: tuple[float, float, int], *, sketched: bool) -> None:
        super().__init__()
        self.rect = rect
        self.style = style
        self.x0, self.y0, self.cols = grid
        self.sketched = sketched
        self.cards: list[CardItem] = []  # in grid order; cards hold no reference back (no cycles to collect)
        self.marked: set[CardItem] = set()  # severe with no reliever, or highlighted: outlined whatever the selection
        self.bars: list[tuple[tuple[float, float, float, float], ...]] = []  # each card's title and footer bars
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)  # exposedRect
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not sketched)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt API
        return self.rect.adjusted(-2, -2, 2, 2)

    def set_sketched(self, on: bool) -> None:
        """Draw the cards (on) or leave them to draw themselves (off)."""
        if on != self.sketched:
            self.sketched = on
            for card in self.cards:
                card.set_sketched(on)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, not on)
            self.update()

    def add_card(self, card: CardItem) -> None:
        """Take the next card of the grid."""
        self.cards.append(card)
        self.bars.append(_bar_spec(len(card.card.title)))
        if card.alert:
            self.marked.add(card)

    def card_changed(self, card: CardItem) -> None:
        """Repaint one card's sketch (its outline changed)."""
        if card.alert or card.highlight:
            self.marked.add(card)
        else:
            self.marked.discard(card)
        if self.sketched:
            pos = card.pos()
            self.update(pos.x() - 4, pos.y() - 4, CARD_W + 8, CARD_H + 8)

    def _index(self, card: CardItem) -> int:
        """A card's place in the grid, from its position."""
        pos = card.pos()
        row = round((pos.y() - self.y0) / (CARD_H + _GRID_GAP))
        return row * self.cols + round((pos.x() - self.x0) / (CARD_W + _GRID_GAP))

    def _exposed(self, exposed: QRectF) -> list[tuple[int, float, float]]:
        """(index, x, y) of the cards whose sketch (with a wide outline) meets ``exposed``."""
        count = len(self.cards)
        if not count:
            return []
        pitch_x, pitch_y = CARD_W + _GRID_GAP, CARD_H + _GRID_GAP
        rows = (count + self.cols - 1) // self.cols
        first_row = max(0, int((exposed.top() - self.y0 - CARD_H - 3) // pitch_y) + 1)
        last_row = min(rows - 1, int((exposed.bottom() - self.y0 + 3) // pitch_y))
        first_col = max(0, int((exposed.left() - self.x0 - CARD_W - 3) // pitch_x) + 1)
        last_col = min(self.cols - 1, int((exposed.right() - self.x0 + 3) // pitch_x))
        x0, y0, cols = self.x0, self.y0, self.cols
        return [(i, x0 + col * pitch_x, y0 + row * pitch_y)
                for row in range(first_row, last_row + 1) for col in range(first_col, last_col + 1)
                if (i := row * cols + col) < count]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self.sketched:
            return
        cells = self._exposed(option.exposedRect)  # type: ignore[attr-defined]
        if not cells:
            return
        style = self.style
        # Cards whose outline says something (selected, severe with no reliever, highlighted) get their own pen.
        scene = self.scene()
        special: dict[int, QPen] = {}
        for card in self.marked | {item for item in (scene.selectedItems() if scene is not None else [])
                                   if isinstance(item, CardItem) and item.card.zone == style.zone}:
            pen = outline_pen(selected=card.isSelected(), alert=card.alert, highlight=card.highlight, sketch=True)
            if pen is not None:
                special[self._index(card)] = pen
        painter.setPen(style.sketch_pen)
        painter.setBrush(style.fill)
        painter.drawRects([QRectF(x, y, CARD_W, CARD_H) for i, x, y in cells if i not in special])
        for i, pen in special.items():
            painter.setPen(pen)
            painter.drawRect(QRectF(self.x0 + (i % self.cols) * (CARD_W + _GRID_GAP),
                                    self.y0 + (i // self.cols) * (CARD_H + _GRID_GAP), CARD_W, CARD_H))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.color)
        painter.drawRects([QRectF(x + 6, y + 6, 26, 16) for _i, x, y in cells])
        painter.setBrush(style.bar)
        bars = self.bars
        painter.drawRects([QRectF(x + dx, y + dy, w, h) for i, x, y in cells for dx, dy, w, h in bars[i]])


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
