"""Segment scoring: criteria, ranks, sensitivity, funnel, charts and the CLI."""

from __future__ import annotations

import json

import pytest

from workbench.cli import main
from workbench.partners import charts
from workbench.partners.segments import (
    CRITERIA,
    SegmentInputs,
    compute_scores,
    funnels,
    score_segments,
    segment_inputs,
    sensitivity,
    set_segment_scoring,
)


def _inputs(name: str, market: float, access: float) -> SegmentInputs:
    return SegmentInputs(0, name, {"market_size": market, "accessibility": access, "cost_to_serve": 10}, {
        "share_interviewed": 0.0, "pain_intensity": 0.0, "board_fit": 0.0, "evidence_volume": 0.0},
        {"market_size": 1.0, "accessibility": 1.0}, 10, 25)


def test_scores_and_ranks_by_weights() -> None:
    """The score is the weighted mean scaled to 100; cost to serve counts inversely."""
    scores = score_segments([_inputs("A", 10, 0), _inputs("B", 6, 6)])
    assert [s.name for s in scores] == ["B", "A"] and scores[0].score == 60.0 and scores[1].score == 50.0
    assert scores[0].values["cost_to_serve"] == 0.0
    assert abs(sum(scores[0].points.values()) - scores[0].score) < 0.01


def test_sensitivity_detects_fragile_ranking() -> None:
    """Close segments flip when a weight moves by 20 %; distant ones do not."""
    close = sensitivity([_inputs("A", 10, 1), _inputs("B", 5, 5.5)])
    assert any(m.changed for m in close)
    far = sensitivity([_inputs("A", 10, 10), _inputs("B", 1, 1)])
    assert not any(m.changed for m in far)


def test_demo_segments_computed_from_research(demo_project) -> None:  # type: ignore[no-untyped-def]
    """On the demo the computed criteria come from interviews and boards, and the funnel adds up."""
    inputs = segment_inputs(demo_project)
    assert len(inputs) == 2
    for item in inputs:
        assert 0 < item.computed["share_interviewed"] <= 1
        assert 0 < item.computed["pain_intensity"] <= 1
        assert 0 < item.computed["board_fit"] <= 1
    for funnel in funnels(demo_project):
        counts = list(funnel.counts.values())
        assert counts == sorted(counts, reverse=True) and funnel.interviewed > 0


def test_editing_weights_changes_scores(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Stored weights and criteria change the score; the previous values come back for undo."""
    first = compute_scores(demo_project)[0]
    before = set_segment_scoring(demo_project, segment_id=first.segment_id,
                                 criteria={"market_size": 0, "accessibility": 0, "strategic_priority": 0,
                                           "cost_to_serve": 10, "client_overlap": 0})
    after = {s.segment_id: s for s in compute_scores(demo_project)}
    assert after[first.segment_id].score < first.score
    set_segment_scoring(demo_project, segment_id=first.segment_id, criteria=before[0])
    assert {s.segment_id: s.score for s in compute_scores(demo_project)}[first.segment_id] == first.score


@pytest.mark.parametrize("fmt, magic", [("png", b"\x89PNG"), ("svg", b"<?xml")])
def test_charts_render_without_qt(demo_project, fmt: str, magic: bytes) -> None:  # type: ignore[no-untyped-def]
    """All three charts render to PNG and SVG bytes."""
    scores = compute_scores(demo_project)
    labels = {c: c for c in CRITERIA}
    for data in charts.render_all(scores, labels, fmt=fmt).values():
        assert data.startswith(magic) and len(data) > 2000


def test_cli_score_segments_json(demo_path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`workbench score segments --json` ranks every segment and reports sensitivity."""
    assert main(["score", "segments", "--db", str(demo_path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [s["rank"] for s in data["segments"]] == [1, 2]
    assert len(data["sensitivity"]) == 2 * len(CRITERIA) and "ranking_stable" in data
    assert main(["score", "segments", "--db", str(demo_path)]) == 0
    assert "sensitivity" in capsys.readouterr().out


def test_board_fit_is_the_canvas_fit(demo_project) -> None:  # type: ignore[no-untyped-def]
    """The computed board fit is the canvas engine's fit of the segment's board."""
    from sqlmodel import select

    from workbench.store import models
    from workbench.vpc.fit import board_fit

    inputs = {i.segment_id: i for i in segment_inputs(demo_project)}
    with demo_project.session() as session:
        boards = session.exec(select(models.Board)).all()
    for board in boards:
        assert abs(inputs[board.segment_id].computed["board_fit"] - board_fit(demo_project, board.id).score) < 1e-3
