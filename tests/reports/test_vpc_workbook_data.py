"""The reports read layer returns the demo project's evidence."""

from __future__ import annotations

from workbench.reports.data import evidence_rows


def test_evidence_rows_cover_demo_evidence(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Each evidence link of the demo yields one row with segment, card, quote and partner filled."""
    from sqlalchemy import text

    with demo_project.session() as session:
        count = session.connection().execute(text("SELECT COUNT(*) FROM evidence")).scalar_one()
    rows = evidence_rows(demo_project)
    assert len(rows) == count
    assert rows and all(r.segment and r.card and r.quote and r.partner for r in rows)


def test_segment_views_agree_with_scoring_and_canvas(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Segment views carry the scoring's rank and score and the canvas's own board, fit and top pains."""
    from workbench.partners.segments import compute_scores
    from workbench.reports.data import fit_matrices, segment_views
    from workbench.vpc.board import load_board

    views = segment_views(demo_project)
    scores = compute_scores(demo_project)
    assert [(v.name, v.rank, v.score) for v in views] == [(s.name, s.rank, s.score) for s in scores]
    for view in views:
        board = load_board(demo_project, view.segment_id)
        assert view.fit == board.fit.score
        assert view.top_pains == tuple(c.title for c in board.zones["pains"][:3])
        assert [c.id for c in view.zone("jobs")] == [c.id for c in board.zones["jobs"]]
    assert [m.segment for m in fit_matrices(demo_project)] == [v.name for v in views]
