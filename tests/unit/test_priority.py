"""RICE and WSJF from evidence: the formulas, manual fallbacks and the effective rank."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from workbench.backlog.priority import (
    EvidencePoint,
    ItemInputs,
    SurveyPoint,
    effective_ranks,
    rice,
    score,
    wsjf,
)

NOW = datetime(2026, 11, 1, tzinfo=UTC)


def _inputs(n_partners: int = 3, per_partner: int = 2, severity: int = 3, age_days: int = 0,
            effort: float | None = 2.0, survey: list[SurveyPoint] | None = None) -> ItemInputs:
    points = [EvidencePoint(p * 10 + k, p, severity, 2, NOW - timedelta(days=age_days))
              for p in range(1, n_partners + 1) for k in range(per_partner)]
    return ItemInputs(item_id=1, effort=effort, evidence=points, survey=survey or [], total_partners=10,
                      partner_weights={1: 1.0, 2: 0.5, 3: 0.5})


def test_rice_multiplies_reach_impact_confidence_over_effort() -> None:
    """RICE = distinct partners × impact(severity) × confidence / effort, with every factor exposed."""
    expl = rice(_inputs(), now=NOW)
    reach, impact, confidence, effort = (expl.factor(k) for k in ("reach", "impact", "confidence", "effort"))
    assert reach is not None and reach.value == 3 and reach.parts["partners"] == 3
    assert impact is not None and impact.value == 3.0  # severity 3 is the top of the scale
    assert confidence is not None and 0 < confidence.value <= 1
    assert effort is not None and effort.value == 2.0
    assert expl.score == round(3 * 3.0 * confidence.value / 2.0, 3)
    assert "reach 3" in expl.formula() and "effort 2" in expl.formula()


def test_weighted_reach_uses_profile_weights() -> None:
    """With weighting, reach is the sum of partner weights rather than the head count."""
    assert rice(_inputs(), weighted=True, now=NOW).factor("reach").value == 2.0  # type: ignore[union-attr]


def test_confidence_grows_with_volume_and_recency() -> None:
    """More and newer evidence gives more confidence."""
    few_old = rice(_inputs(n_partners=1, per_partner=1, age_days=720), now=NOW).factor("confidence")
    many_new = rice(_inputs(n_partners=4, per_partner=3, age_days=5), now=NOW).factor("confidence")
    assert few_old is not None and many_new is not None
    assert many_new.value > few_old.value + 0.3


def test_no_effort_means_no_score() -> None:
    """Without an effort estimate there is no RICE score (the item waits for one)."""
    assert rice(_inputs(effort=None), now=NOW).score is None


def test_manual_values_when_there_is_no_evidence() -> None:
    """An item nobody spoke about keeps the reach, impact and confidence entered by hand."""
    data = ItemInputs(item_id=2, effort=4.0, entered_reach=40, entered_impact=2, entered_confidence=0.5)
    expl = rice(data, now=NOW)
    assert expl.score == 10.0
    assert expl.factor("reach").manual  # type: ignore[union-attr]


def test_survey_ratings_move_impact_and_confidence() -> None:
    """Low survey ratings pull impact down; more answers raise confidence."""
    base = rice(_inputs(), now=NOW)
    rated = rice(_inputs(survey=[SurveyPoint(0, p, 1) for p in range(1, 6)]), now=NOW)
    assert rated.factor("impact").value < base.factor("impact").value  # type: ignore[union-attr]
    assert rated.factor("confidence").value > base.factor("confidence").value  # type: ignore[union-attr]
    assert rated.factor("impact").parts["answers"] == 5  # type: ignore[union-attr]


def test_survey_upto_uses_only_earlier_rounds() -> None:
    """Scoring "as of" round 0 ignores the ratings of round 1."""
    survey = [SurveyPoint(0, 1, 5), SurveyPoint(1, 1, 1)]
    assert rice(_inputs(survey=survey), upto=0, now=NOW).factor("impact").parts["rating"] == 5  # type: ignore[union-attr]
    assert rice(_inputs(survey=survey), now=NOW).factor("impact").parts["rating"] == 1  # type: ignore[union-attr]


def test_wsjf_divides_cost_of_delay_by_size() -> None:
    """WSJF = (value + criticality + risk) / size, each part on 1..10."""
    expl = wsjf(_inputs(), now=NOW)
    parts = [expl.factor(k).value for k in ("value", "criticality", "risk")]  # type: ignore[union-attr]
    assert all(p is not None and 1 <= p <= 10 for p in parts)
    assert expl.score == round(sum(parts) / 2.0, 3)  # type: ignore[arg-type]
    assert score(_inputs(), "wsjf", now=NOW).framework == "wsjf"
    assert expl.formula().startswith("WSJF")


def test_effective_ranks_keep_pins_apart_from_scores() -> None:
    """A pinned item takes its manual rank; the others follow by score; no score goes last."""
    ranks = effective_ranks([(1, 10.0, None), (2, 5.0, None), (3, 1.0, 1), (4, None, None), (5, 7.0, None)])
    assert ranks == {3: 1, 1: 2, 5: 3, 2: 4, 4: 5}
