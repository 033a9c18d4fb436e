"""The canvas table models pass Qt's model tester."""

from __future__ import annotations

from datetime import UTC, datetime

from workbench.vpc.reads import QuoteRead


def _quotes() -> list[QuoteRead]:
    return [QuoteRead(statement_id=i, text=f"Высказывание {i}", kind=(None, "pain", "gain")[i % 3], severity=None,
                      interview_id=1 + i % 2, partner_id=1 + i % 2, partner=f"Партнёр {i % 2}", interviewer="Анна",
                      date=datetime(2026, 3, 1, tzinfo=UTC), cards=i % 2) for i in range(1, 8)]


def test_quote_models_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """QuotesModel and its filter keep Qt's model invariants; the filter shows only untagged rows when asked."""
    from workbench.ui.models.canvas import QuoteFilter, QuotesModel

    model = QuotesModel()
    model.set_rows(_quotes())
    qtmodeltester.check(model)
    proxy = QuoteFilter()
    proxy.setSourceModel(model)
    proxy.set_filter(kind="untagged")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 2
    proxy.set_filter(kind="all", partner_id=2)
    assert all(model.rows[proxy.mapToSource(proxy.index(r, 0)).row()].partner_id == 2 for r in range(proxy.rowCount()))


def test_rows_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    """RowsModel (clusters, comparisons) keeps Qt's model invariants and returns payloads."""
    from workbench.ui.models.canvas import RowsModel

    model = RowsModel(["A", "B"])
    model.set_rows([(["x", "y"], 1), (["z", "w"], 2)])
    qtmodeltester.check(model)
    assert model.payload(1) == 2 and model.index(0, 1).data() == "y"
