"""A large board on real project files, offscreen: the fast read, the batched sketches, no leaks."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, QRect
from PySide6.QtGui import QHelpEvent, QImage, QTransform
from PySide6.QtWidgets import QApplication

from workbench.vpc import ranking
from workbench.vpc.board import load_board, zone_orders
from workbench.vpc.sample import build_sample_board


@pytest.fixture
def big(empty_project):  # type: ignore[no-untyped-def]
    """A 600-card sample board with a few cards placed by hand; (project, segment id)."""
    from sqlmodel import select

    from workbench.store import models

    segment_id = build_sample_board(empty_project, cards=600, segment_name="Интеграторы Битрикс24")
    with empty_project.transaction() as session:
        pains = session.exec(select(models.Card).where(models.Card.zone == "pains").order_by(models.Card.id)).all()
        for card, rank in zip(pains[:5], (1, 3, 3, 500, 40), strict=True):
            card.manual_rank = rank
    return empty_project, segment_id


def _view(board):  # type: ignore[no-untyped-def]
    from workbench.ui.canvas.scene import BoardScene
    from workbench.ui.canvas.view import BoardView

    scene = BoardScene()
    scene.build(board)
    view = BoardView(scene)
    view.resize(1100, 800)
    view.show()
    view.scene_rebuilt()
    view.fit_all()
    return scene, view


def _differing(a: QImage, b: QImage, tolerance: int) -> int:
    count = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            p, q = a.pixel(x, y), b.pixel(x, y)
            if max(abs(((p >> s) & 255) - ((q >> s) & 255)) for s in (0, 8, 16)) > tolerance:
                count += 1
    return count


def test_board_read_orders_like_the_ranking_rules(big) -> None:
    """Each zone reads in the order ranking.order gives its cards, pins included, with ranks 1..n."""
    project, segment_id = big
    board = load_board(project, segment_id)
    assert board.card_count == 600
    with project.session() as session:
        orders = zone_orders(session, board.board_id)
    for zone, cards in board.zones.items():
        expected = ranking.order([ranking.Rankable(
            id=c.id, zone=zone, title=c.title, importance=c.importance, partners=c.partners, statements=c.statements,
            links=len(c.linked_ids), manual_rank=c.manual_rank) for c in cards])
        assert [c.id for c in cards] == [r.id for r in expected] == orders[zone]
        assert [c.rank for c in cards] == list(range(1, len(cards) + 1))
        assert all(c.auto_score == ranking.auto_score(r) for c, r in zip(cards, expected, strict=True))
    pinned = {c.manual_rank: c.rank for c in board.zones["pains"] if c.manual_rank is not None}
    assert pinned[1] == 1 and pinned[40] == 40 and pinned[500] == len(board.zones["pains"])


def test_batched_sketches_draw_what_the_cards_draw_themselves(qtbot, big) -> None:
    """Zoomed out, the zones' batched sketches match the cards painting themselves, outlines included."""
    project, segment_id = big
    board = load_board(project, segment_id)
    scene, view = _view(board)
    qtbot.addWidget(view)
    assert scene.sketched
    scene.cards[board.zones["pains"][0].id].setSelected(True)
    scene.cards[board.zones["jobs"][0].id].set_highlight(True)
    assert any(item.alert for item in scene.cards.values())
    batched = view.viewport().grab().toImage()
    scene.set_sketched(False)
    assert not scene.sketched
    itself = view.viewport().grab().toImage()
    # the same picture, but for anti-aliased edges blended in another order (at most a few levels)
    assert _differing(batched, itself, tolerance=32) == 0
    assert _differing(batched, itself, tolerance=8) < batched.width() * batched.height() // 4 // 2000


class _Paints(QObject):
    """Collects the regions a widget is asked to repaint."""

    def __init__(self) -> None:
        super().__init__()
        self.regions: list[QRect] = []

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region().boundingRect())
        return False


def test_selection_and_highlight_repaint_a_sketched_card(qtbot, big) -> None:
    """On the zoomed-out board, selecting or highlighting a card repaints its sketch with the outline."""
    project, segment_id = big
    board = load_board(project, segment_id)
    scene, view = _view(board)
    qtbot.addWidget(view)
    qtbot.waitExposed(view)
    QApplication.processEvents()
    paints = _Paints()
    view.viewport().installEventFilter(paints)
    for change in ("select", "highlight"):
        item = scene.cards[board.zones["gains"][3 if change == "select" else 5].id]
        box = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
        edge = view.mapFromScene(item.pos() + QPointF(0, 59))  # on the left edge, where the outline runs
        before = view.viewport().grab().toImage().pixelColor(edge)
        paints.regions.clear()
        if change == "select":
            item.setSelected(True)
        else:
            item.set_highlight(True)
        QApplication.processEvents()
        assert any(region.intersects(box) for region in paints.regions)
        after = view.viewport().grab().toImage().pixelColor(edge)
        assert before != after


def test_scene_rect_and_tooltips_without_visiting_every_card(qtbot, big) -> None:
    """The scene rect is the items' bounds; a card's tooltip is made when the view asks for it."""
    project, segment_id = big
    board = load_board(project, segment_id)
    scene, view = _view(board)
    qtbot.addWidget(view)
    assert scene.sceneRect() == scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
    view.setTransform(QTransform())
    view.update_cache_mode()
    item = scene.cards[board.zones["pains"][0].id]
    view.centerOn(item)
    assert item.toolTip() == ""
    pos = view.mapFromScene(item.sceneBoundingRect().center())
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
    from workbench.ui.canvas import labels

    assert labels.level_text("severity", item.card.importance) in item.toolTip()  # in the language installed
    assert item.card.title in item.toolTip()


def test_a_dropped_board_is_freed_without_the_cycle_collector(qtbot, big) -> None:
    """Cards hold no reference cycles: dropping the scene frees them at once, not in a later pause."""
    project, segment_id = big
    scene, view = _view(load_board(project, segment_id))
    card = weakref.ref(next(iter(scene.cards.values())))
    view.viewport().grab()
    gc.disable()
    try:
        del scene, view
        QApplication.processEvents()
        assert card() is None
    finally:
        gc.enable()


def test_clicking_a_sketched_card_selects_it(qtbot, big) -> None:
    """On the zoomed-out board a click still selects the card under it and shows its outline."""
    from PySide6.QtCore import Qt

    project, segment_id = big
    board = load_board(project, segment_id)
    scene, view = _view(board)
    qtbot.addWidget(view)
    assert scene.sketched
    item = scene.cards[board.zones["creators"][2].id]
    spot = view.mapFromScene(item.sceneBoundingRect().center())
    edge = view.mapFromScene(item.pos() + QPointF(0, 59))  # on the left edge, where the outline runs
    before = view.viewport().grab().toImage().pixelColor(edge)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert view.selected_cards() == [item]
    after = view.viewport().grab().toImage().pixelColor(edge)
    assert after.blue() - after.green() > before.blue() - before.green()
