"""Canvas board: opening (read + build + first paint) and pan repaint, against a bare QGraphicsScene.

The baseline is a QGraphicsScene holding the same number of plain QGraphicsRectItems, shown in a view
of the same size and painted the same way, measured in the same run. Goals are absolute milliseconds
(the issue's: a 500-card board opens in under 300 ms; 150 ms asked for 2,000 cards; a pan repaint
within 4 ms); ``ratio`` is ours against the bare scene.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROUNDS = 5
PANS = 30


def _app():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def _view(scene):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QGraphicsView

    view = QGraphicsView(scene)
    view.resize(1100, 800)
    view.show()
    return view


def _paint(view) -> None:  # type: ignore[no-untyped-def]
    # grab() paints the viewport for real, even offscreen where repaint() may skip unexposed widgets
    view.viewport().grab()


def _open_ours(project, segment_id: int) -> tuple[float, object, object]:  # type: ignore[no-untyped-def]
    from workbench.ui.canvas.scene import BoardScene
    from workbench.ui.canvas.view import BoardView
    from workbench.vpc.board import load_board

    started = time.perf_counter()
    board = load_board(project, segment_id)
    scene = BoardScene()
    scene.build(board)
    view = BoardView(scene)  # the screen's own view, with its cache policy
    view.resize(1100, 800)
    view.show()
    view.scene_rebuilt()
    view.fit_all()
    _paint(view)
    return (time.perf_counter() - started) * 1000, scene, view


def _open_bare(count: int) -> tuple[float, object, object]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

    started = time.perf_counter()
    scene = QGraphicsScene()
    cols = max(2, int(count ** 0.5))
    for i in range(count):
        item = QGraphicsRectItem(QRectF(0, 0, 200, 118))
        item.setBrush(QBrush(QColor("#fbe0e0")))
        item.setPos((i % cols) * 212, (i // cols) * 130)
        scene.addItem(item)
    view = _view(scene)
    view.fitInView(scene.sceneRect())
    _paint(view)
    return (time.perf_counter() - started) * 1000, scene, view


def _pan_ms(view, center=None) -> float:  # type: ignore[no-untyped-def]
    """Median repaint after a 40-pixel pan at 100% zoom around ``center`` (cache warm)."""
    from PySide6.QtGui import QTransform

    view.setTransform(QTransform())
    if hasattr(view, "update_cache_mode"):
        view.update_cache_mode()
    view.centerOn(center if center is not None else view.sceneRect().center())
    _paint(view)
    bar = view.horizontalScrollBar()
    times = []
    for i in range(PANS):
        bar.setValue(bar.value() + (40 if i % 2 == 0 else -40))
        started = time.perf_counter()
        _paint(view)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def measure() -> list[dict]:
    """Open and pan a 500- and a 2,000-card board vs bare scenes of as many rectangles."""
    from workbench.store.project import create_project
    from workbench.vpc.sample import build_sample_board

    _app()
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("WORKBENCH_HOME", tmp)
        project = create_project(Path(tmp) / "bench.wbp")
        try:
            for count, goal in ((500, 300.0), (2000, 150.0)):
                segment_id = build_sample_board(project, cards=count, segment_name=f"Bench {count}")
                ours, bare = [], []
                pan_ours = pan_bare = 0.0
                for _ in range(ROUNDS):
                    b_ms, b_scene, b_view = _open_bare(count)
                    o_ms, o_scene, o_view = _open_ours(project, segment_id)
                    bare.append(b_ms)
                    ours.append(o_ms)
                pan_ours = _pan_ms(o_view, o_scene.zones["pains"].rect.center())  # a full screen of cards
                pan_bare = _pan_ms(b_view)
                for view in (o_view, b_view):
                    view.close()
                o, b = statistics.median(ours), statistics.median(bare)
                rows.append({"name": f"open board, {count} cards (read+build+paint)", "value": o, "baseline": b,
                             "ratio": o / b if b else None, "goal": goal, "unit": "ms", "goal_of": "value"})
                rows.append({"name": f"pan repaint, {count} cards", "value": pan_ours, "baseline": pan_bare,
                             "ratio": pan_ours / pan_bare if pan_bare else None, "goal": 4.0, "unit": "ms", "goal_of": "value"})
        finally:
            project.close()
    return rows


if __name__ == "__main__":
    for row in measure():
        print(row)
