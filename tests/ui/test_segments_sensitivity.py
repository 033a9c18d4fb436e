"""The sensitivity table of the segments screen: each weight moved by ±20 %, live, sortable, filterable, in Russian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.partners.segments import CRITERIA, SegmentInputs
from workbench.ui.segments.screen import SegmentsScreen
from workbench.ui.segments.sensitivity import SensitivityModel, sensitivity_rows


def _inputs(a_market: float, b_market: float) -> list[SegmentInputs]:
    weights = {c: 1.0 for c in CRITERIA}
    computed = {"share_interviewed": 0.5, "pain_intensity": 0.5, "board_fit": 0.5, "evidence_volume": 0.5}
    base = {"accessibility": 5, "strategic_priority": 5, "cost_to_serve": 5, "client_overlap": 5}
    return [SegmentInputs(1, "A", {**base, "market_size": a_market, "accessibility": 9}, computed, dict(weights), 10, 25),
            SegmentInputs(2, "B", {**base, "market_size": b_market}, computed, dict(weights), 10, 25)]


def test_rows_say_which_moves_change_the_ranking() -> None:
    """Two close segments: moving market size or accessibility swaps them; the rows say which and the new order."""
    rows = sensitivity_rows(_inputs(5, 9))  # A: accessibility 9, B: market size 9 -> a tie broken by weights
    assert len(rows) == 2 * len(CRITERIA)
    changed = {(r.criterion, round(r.factor, 1)) for r in rows if r.changed}
    assert changed == {("market_size", 1.2), ("accessibility", 0.8)}
    moved = next(r for r in rows if r.criterion == "market_size" and r.factor > 1)
    assert moved.base == ("A", "B") and moved.order == ("B", "A") and moved.top_changed
    assert all(r.gap >= 0 for r in rows)
    assert sensitivity_rows(_inputs(5, 5)[:1]) == []


@pytest.fixture
def screen(qtbot, make_ctx, demo_project):  # type: ignore[no-untyped-def]
    """The segments screen on the demo, in Russian, loaded."""
    widget = SegmentsScreen(make_ctx(demo_project, "ru"))
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    widget.ctx.changed.connect(widget.refresh)
    widget.show()
    widget.ensure_loaded()
    qtbot.waitUntil(lambda: widget.last_read is not None, timeout=15_000)  # read in a task
    yield widget
    widget.close()
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(15_000)


def _column(name: str) -> int:
    return SensitivityModel.COLUMNS.index(name)


def test_table_follows_live_edits_filters_and_sorts(screen) -> None:  # type: ignore[no-untyped-def]
    """On the demo the ranking holds; editing the second segment's values live makes some moves swap the first."""
    model, proxy, view = screen.sensitivity_model, screen.sensitivity_proxy, screen.sensitivity_view
    assert model.rowCount() == 18 and model.changed_count() == 0
    assert view.isColumnHidden(_column("order"))
    assert "не меняется" in screen.sensitivity_summary.text()
    assert model.headerData(_column("move"), Qt.Orientation.Horizontal) == "Сдвиг"
    assert model.index(0, _column("move")).data() == "−20%" and model.index(1, _column("move")).data() == "+20%"

    second = screen.scores_model.score(1)
    screen.scores_view.selectRow(1)
    assert screen._segment_id == second.segment_id
    screen.value_spins["market_size"].setValue(9)
    screen.value_spins["client_overlap"].setValue(5)
    changed = model.changed_count()
    assert changed > 0 and not view.isColumnHidden(_column("order"))
    assert "Рейтинг меняется" in screen.sensitivity_label.text()
    rows = [model.move(r) for r in range(model.rowCount())]
    swapped = next(r for r in rows if r.changed)
    source_row = rows.index(swapped)
    assert model.index(source_row, _column("ranking")).data() == "меняется"
    assert model.index(source_row, _column("order")).data() == " › ".join(swapped.order)
    assert model.index(source_row, _column("top")).data() == swapped.order[0]

    screen.only_changes.setChecked(True)
    assert proxy.rowCount() == changed
    screen.only_changes.setChecked(False)
    view.sortByColumn(_column("ranking"), Qt.SortOrder.AscendingOrder)
    assert all(proxy.index(r, _column("ranking")).data() == "меняется" for r in range(changed))


def test_export_is_off_on_the_sensitivity_tab(screen) -> None:  # type: ignore[no-untyped-def]
    """The sensitivity tab is a table, not a chart: Export Chart is disabled there and does nothing."""
    screen.tabs.setCurrentWidget(screen.sensitivity_page)
    assert screen.tabs.tabText(screen.tabs.currentIndex()) == "Чувствительность ±20%"
    assert not screen.export_action.isEnabled()
    assert screen.export_chart("/nonexistent/x.png") is None
    screen.tabs.setCurrentIndex(0)
    assert screen.export_action.isEnabled()
