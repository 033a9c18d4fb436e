"""The segments screen: ranking, live recalculation with undo, sensitivity, charts, export and funnel."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.partners.segments import compute_scores, funnels
from workbench.ui.segments.screen import SegmentsScreen


@pytest.fixture
def screen(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """The segments screen on the demo, loaded."""
    widget = SegmentsScreen(make_ctx(demo_project))
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.ctx.changed.connect(widget.refresh)  # as the main window does
    widget.show()
    widget.ensure_loaded()
    qtbot.waitUntil(lambda: widget.last_read is not None, timeout=15_000)  # read in a task
    yield widget
    widget.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(15_000)  # no chart or import worker outlives the test


def test_ranking_funnel_and_sensitivity(screen) -> None:  # type: ignore[no-untyped-def]
    """Both demo segments are ranked, the funnel lists them and sensitivity says something."""
    assert screen.scores_model.rowCount() == 2
    assert screen.scores_model.index(0, 0).data() == "1"
    assert screen.funnel_model.rowCount() == 2
    assert "20%" in screen.sensitivity_label.text()


def test_live_recalculation_saves_and_undoes(screen, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Changing a value re-ranks at once, is saved, and undo restores the stored score."""
    first = screen.scores_model.score(0)
    before = {s.segment_id: s.score for s in compute_scores(screen.ctx.project)}
    screen._segment_id = first.segment_id
    screen._fill_editor()
    screen.value_spins["market_size"].setValue(0)
    screen.value_spins["strategic_priority"].setValue(0)
    live = {s.segment_id: s.score for s in screen._scores}
    assert live[first.segment_id] < before[first.segment_id]
    screen._flush_edits()
    stored = {s.segment_id: s.score for s in compute_scores(screen.ctx.project)}
    assert stored[first.segment_id] == live[first.segment_id]
    while screen.ctx.undo_stack.canUndo():
        screen.ctx.undo_stack.undo()
    assert {s.segment_id: s.score for s in compute_scores(screen.ctx.project)} == before


def test_charts_drawn_off_thread_and_exported(screen, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The three charts arrive as pixmaps; export writes PNG and SVG files."""
    screen.prepare_snapshot()
    qtbot.waitUntil(lambda: not screen.chart_pixmap("bubble").isNull(), timeout=15_000)
    assert screen.chart_pixmap("bars").width() > 200
    for name, magic in (("c.png", b"\x89PNG"), ("c.svg", b"<?xml")):
        task = screen.export_chart(str(tmp_path / name))
        qtbot.waitUntil(lambda t=task: t.done, timeout=15_000)
        assert (tmp_path / name).read_bytes().startswith(magic)


def test_empty_state(qtbot, make_ctx, empty_project) -> None:  # type: ignore[no-untyped-def]
    """Without segments the screen says where they come from."""
    widget = SegmentsScreen(make_ctx(empty_project))
    qtbot.addWidget(widget)
    widget.ctx.changed.connect(widget.refresh)  # as the main window does
    widget.show()
    widget.ensure_loaded()
    qtbot.waitUntil(lambda: widget.last_read is not None, timeout=15_000)  # read in a task
    assert widget.stack.currentWidget() is widget.empty
    assert "Partners" in widget.empty.body.text()


@pytest.mark.parametrize("screen_key", ["partners", "segments"])
def test_snapshot_shows_demo_content(demo_path, tmp_path: Path, screen_key: str) -> None:  # type: ignore[no-untyped-def]
    """`workbench snapshot` renders both screens from the demo in Russian."""
    from PySide6.QtGui import QImage

    from workbench.app import snapshot

    out = snapshot(str(demo_path), screen_key, tmp_path / f"{screen_key}.png", size=(1024, 700), lang="ru")
    image = QImage(str(out))
    assert image.width() == 1024 and out.stat().st_size > 30_000


def test_interview_target_edit_is_saved_and_undone(screen) -> None:  # type: ignore[no-untyped-def]
    """Changing a segment's interview target updates the funnel target and undo restores it."""
    segment_id = screen.scores_model.score(0).segment_id
    screen._segment_id = segment_id
    screen._fill_editor()
    screen.target_spin.setValue(40)
    screen._flush_edits()
    assert {f.segment_id: f.target for f in funnels(screen.ctx.project)}[segment_id] == 40
    screen.ctx.undo_stack.undo()
    assert {f.segment_id: f.target for f in funnels(screen.ctx.project)}[segment_id] == 25


def test_at_1024_pixels_the_criteria_and_their_weights_fit_without_scrolling(qtbot, screen) -> None:  # type: ignore[no-untyped-def]
    """The window at 1024 px wide (the screen ~830 px): the left column takes the width the criteria need, the
    charts keep at least their narrowest width; a divider dragged by hand stays where it was put."""
    from workbench.ui.segments.screen import CHART_MIN_WIDTH

    screen.resize(830, 640)
    qtbot.waitUntil(lambda: screen.criteria_scroll.horizontalScrollBar().maximum() == 0, timeout=5000)
    left, right = screen.body.sizes()
    assert right >= CHART_MIN_WIDTH
    screen.body.splitterMoved.emit(300, 1)  # as a drag does
    screen.body.setSizes([300, left + right - 300])
    screen.resize(900, 640)
    qtbot.wait(50)
    assert screen.body.sizes()[0] == pytest.approx(300, abs=40)
