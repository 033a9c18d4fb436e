"""The board view: zoom (Ctrl+wheel), pan, keyboard selection, and drops of statements and cards."""

from __future__ import annotations

import math

from PySide6.QtCore import QMimeData, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from workbench.ui.canvas.items import LOD_TEXT, CardItem, ZoneItem
from workbench.ui.canvas.scene import BoardScene
from workbench.ui.models.canvas import CARD_MIME, LINK_MIME, STATEMENT_MIME, statement_ids_of

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class BoardView(QGraphicsView):
    """Shows a :class:`BoardScene`; reports drops and Enter as signals."""

    #: statement ids dropped on a zone (zone, None) or a card (zone, card id)
    statements_dropped = Signal(list, str, object)
    #: a card dragged to a zone (card id, zone, card id it was dropped on or None)
    card_dropped = Signal(int, str, object)
    activated = Signal(int)
    #: a connector dragged from one card to another (Shift+drag): (from card, to card)
    link_dropped = Signal(int, int)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._press_card: CardItem | None = None
        self._press_pos = QPoint()
        self._hover: CardItem | ZoneItem | None = None

    # ------------------------------------------------------------------ zoom
    def zoom(self) -> float:
        """The current scale factor."""
        return self.transform().m11()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (>1) or out (<1) within limits."""
        target = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        factor = target / self.zoom()
        self.scale(factor, factor)
        self.update_cache_mode()

    def fit_all(self) -> None:
        """Show the whole board."""
        self.show_rect(self.sceneRect())

    def show_rect(self, rect: QRectF) -> None:
        """Zoom and scroll so that a scene rectangle fills the view."""
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.update_cache_mode()

    def update_cache_mode(self) -> None:
        """Where text is readable each card draws itself from a device-cached pixmap; zoomed further out the
        zones draw their cards as batched sketches (cheaper than thousands of paints or caches)."""
        self.board_scene.set_sketched(self.zoom() < LOD_TEXT)

    def scene_rebuilt(self) -> None:
        """Apply the drawing policy to freshly built cards (they are built in the scene's current one)."""
        self.update_cache_mode()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(math.pow(1.15, steps))
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ keyboard
    def selected_cards(self) -> list[CardItem]:
        """Selected card items."""
        return [i for i in self.board_scene.selectedItems() if isinstance(i, CardItem)]

    def move_selection(self, dx: int, dy: int) -> CardItem | None:
        """Select the nearest card in a direction from the current one (or the first card)."""
        cards = list(self.board_scene.cards.values())
        if not cards:
            return None
        current = self.selected_cards()
        if not current:
            target = min(cards, key=lambda c: (c.pos().y(), c.pos().x()))
        else:
            origin = current[-1].pos()
            best = None
            for item in cards:
                d = item.pos() - origin
                along = d.x() * dx + d.y() * dy
                if along <= 1:
                    continue
                across = abs(d.x() * dy) + abs(d.y() * dx)
                score = along + 2.5 * across
                if best is None or score < best[0]:
                    best = (score, item)
            if best is None:
                return current[-1]
            target = best[1]
        self.board_scene.clearSelection()
        target.setSelected(True)
        self.ensureVisible(target, 40, 40)
        return target

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.key() in moves and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.move_selection(*moves[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        item = self.board_scene.card_at(self.mapToScene(event.position().toPoint()))
        if item is not None:
            self.activated.emit(item.card.id)
            return
        super().mouseDoubleClickEvent(event)

    # ------------------------------------------------------------------ dragging cards
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._press_card = None
        if event.button() == Qt.MouseButton.LeftButton:
            self._press_card = self.board_scene.card_at(self.mapToScene(event.position().toPoint()))
            self._press_pos = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._press_card is not None and event.buttons() & Qt.MouseButton.LeftButton and (
                event.position().toPoint() - self._press_pos).manhattanLength() >= QApplication.startDragDistance():
            card = self._press_card
            self._press_card = None
            mime = QMimeData()
            linking = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            mime.setData(LINK_MIME if linking else CARD_MIME, str(card.card.id).encode())
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        self._press_card = None
        super().mouseReleaseEvent(event)

    # ------------------------------------------------------------------ drops
    def _target(self, pos: QPointF) -> tuple[str | None, CardItem | None]:
        scene_pos = self.mapToScene(pos.toPoint())
        card = self.board_scene.card_at(scene_pos)
        if card is not None:
            return card.card.zone, card
        zone = self.board_scene.zone_at(scene_pos)
        return (zone.zone if zone else None), None

    def _set_hover(self, item: CardItem | ZoneItem | None) -> None:
        if self._hover is not None and self._hover is not item:
            try:
                self._hover.set_highlight(False)
            except RuntimeError:
                pass
        self._hover = item
        if item is not None:
            item.set_highlight(True)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if any(event.mimeData().hasFormat(f) for f in (STATEMENT_MIME, CARD_MIME, LINK_MIME)):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt API
        zone, card = self._target(event.position())
        if zone is None or (event.mimeData().hasFormat(LINK_MIME) and card is None):
            self._set_hover(None)
            event.ignore()
            return
        self._set_hover(card if card is not None else self.board_scene.zones.get(zone))
        event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt API
        self._set_hover(None)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self._set_hover(None)
        zone, card = self._target(event.position())
        mime = event.mimeData()
        if zone is None:
            event.ignore()
            return
        if mime.hasFormat(STATEMENT_MIME):
            ids = statement_ids_of(mime)
            if ids:
                self.statements_dropped.emit(ids, zone, card.card.id if card else None)
        elif mime.hasFormat(LINK_MIME):
            try:
                source_id = int(bytes(mime.data(LINK_MIME).data()).decode())
            except ValueError:
                event.ignore()
                return
            if card is not None and card.card.id != source_id:
                self.link_dropped.emit(source_id, card.card.id)
        elif mime.hasFormat(CARD_MIME):
            try:
                card_id = int(bytes(mime.data(CARD_MIME).data()).decode())
            except ValueError:
                event.ignore()
                return
            if card is None or card.card.id != card_id:
                self.card_dropped.emit(card_id, zone, card.card.id if card else None)
        event.acceptProposedAction()
