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
