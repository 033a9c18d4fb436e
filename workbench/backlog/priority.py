"""Evidence-weighted prioritisation: RICE or WSJF, with every factor explained.

The inputs of a backlog item are gathered from the project (:mod:`workbench.backlog.evidence`):
the partners who said something behind the item's linked cards, how severe it was, how much of
it there is and how recent, and the partners' ratings in survey rounds. The formulas here are
pure functions of those inputs so that the ranking can be shown, tested and recomputed "as of"
any survey round.

RICE (Intercom): ``score = reach × impact × confidence / effort``

- reach: distinct partners citing the item (optionally weighted by profile score, 0.5..1 each);
- impact: 0.25..3 from severity (statement severity 1..3 and card importance 1..3), averaged
  with the mean survey rating (1..5 mapped onto the same scale) when partners rated the item;
- confidence: 0..1 from the volume of evidence (saturates at 8 statements), its recency (each
  statement weighs 0.5 ** (age / 180 days), averaged) and the number of survey answers;
- effort: as entered (person-weeks). Without effort there is no score.

WSJF (SAFe): ``score = (business value + time criticality + risk reduction) / job size`` with
each part on a 1..10 scale derived from the same evidence and job size = effort.

Items with no evidence at all keep the reach, impact and confidence entered by hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

FULL_VOLUME = 8  # statements at which evidence volume stops adding confidence
HALF_LIFE_DAYS = 180  # evidence this old counts half as recent
FULL_SURVEY = 5  # survey answers at which they stop adding confidence


@dataclass(frozen=True)
class EvidencePoint:
    """One statement behind an item: who said it, how severe, when."""

    statement_id: int
    partner_id: int | None
    severity: int | None
    importance: int
    said_at: datetime | None


@dataclass(frozen=True)
class SurveyPoint:
    """One partner's rating of an item (directly or through one of its cards) in a round."""

    round_index: int
    partner_id: int | None
    rating: int


@dataclass
class ItemInputs:
    """Everything the formulas need for one item."""

    item_id: int
    effort: float | None
    entered_reach: float | None = None
    entered_impact: float | None = None
    entered_confidence: float | None = None
    evidence: list[EvidencePoint] = field(default_factory=list)
    survey: list[SurveyPoint] = field(default_factory=list)
    partner_weights: dict[int, float] = field(default_factory=dict)
    total_partners: int = 0


@dataclass(frozen=True)
class Factor:
    """One factor of a score, with the numbers it came from (shown as "why this rank")."""

    key: str  # reach, impact, confidence, effort, value, criticality, risk, size
    value: float | None
    parts: dict[str, float] = field(default_factory=dict)
    manual: bool = False


@dataclass(frozen=True)
class Explanation:
    """A score and how it was reached."""

    framework: str
    score: float | None
    factors: tuple[Factor, ...]

    def factor(self, key: str) -> Factor | None:
        """The factor named ``key``."""
        return next((f for f in self.factors if f.key == key), None)

    def formula(self, lang: str = "en") -> str:
        """The formula with the numbers filled in, in plain text ("en" or "ru")."""
        def num(key: str) -> str:
            f = self.factor(key)
            return "?" if f is None or f.value is None else f"{f.value:g}"

        w = FORMULA_WORDS["ru" if lang == "ru" else "en"]
        score = "—" if self.score is None else f"{self.score:.2f}"
        if self.framework == "wsjf":
            return (f"WSJF = ({w['value']} {num('value')} + {w['criticality']} {num('criticality')} + "
                    f"{w['risk']} {num('risk')}) / {w['size']} {num('size')} = {score}")
        return (f"RICE = {w['reach']} {num('reach')} × {w['impact']} {num('impact')} × "
                f"{w['confidence']} {num('confidence')} / {w['effort']} {num('effort')} = {score}")


FORMULA_WORDS = {
    "en": {"reach": "reach", "impact": "impact", "confidence": "confidence", "effort": "effort", "value": "value",
           "criticality": "criticality", "risk": "risk", "size": "size"},
    "ru": {"reach": "охват", "impact": "влияние", "confidence": "уверенность", "effort": "усилия",
           "value": "ценность", "criticality": "срочность", "risk": "риск", "size": "размер"},
}


def _round(value: float, digits: int = 2) -> float:
    return round(value + 0.0, digits)


def severity_level(points: Sequence[EvidencePoint]) -> float:
    """Mean severity 1..3 over the evidence (a statement without severity counts its card's importance)."""
    values = [p.severity if p.severity else p.importance for p in points]
    values = [min(3, max(1, v)) for v in values]
    return sum(values) / len(values) if values else 0.0


def survey_rating(points: Sequence[SurveyPoint], upto: int | None) -> tuple[float | None, int]:
    """Mean rating (1..5) and the number of answers in the latest round up to ``upto`` that rated it."""
    eligible = [p for p in points if upto is None or p.round_index <= upto]
    if not eligible:
        return None, 0
    latest = max(p.round_index for p in eligible)
    ratings = [p.rating for p in eligible if p.round_index == latest]
    return sum(ratings) / len(ratings), len(eligible)


def reach_factor(inputs: ItemInputs, weighted: bool) -> Factor:
    """Distinct partners citing the item (weighted by profile score when asked)."""
    partners = {p.partner_id for p in inputs.evidence if p.partner_id is not None}
    if not inputs.evidence:
        return Factor("reach", inputs.entered_reach, {}, manual=True)
    if weighted:
        value = sum(inputs.partner_weights.get(pid, 0.5) for pid in partners)
        return Factor("reach", _round(value), {"partners": len(partners), "weighted": 1.0})
    return Factor("reach", float(len(partners)), {"partners": len(partners), "weighted": 0.0})


def impact_factor(inputs: ItemInputs, upto: int | None) -> Factor:
    """0.25..3 from severity, averaged with the latest survey rating when there is one."""
    rating, answers = survey_rating(inputs.survey, upto)
    if not inputs.evidence and rating is None:
        return Factor("impact", inputs.entered_impact, {}, manual=True)
    parts: dict[str, float] = {}
    values: list[float] = []
    if inputs.evidence:
        level = severity_level(inputs.evidence)
        parts["severity"] = _round(level)
        values.append(0.5 + (level - 1.0) * 1.25)  # 1 -> 0.5, 2 -> 1.75, 3 -> 3
    elif inputs.entered_impact is not None:
        values.append(inputs.entered_impact)
    if rating is not None:
        parts["rating"] = _round(rating)
        parts["answers"] = answers
        values.append(0.25 + (rating - 1.0) / 4.0 * 2.75)  # 1 -> 0.25, 5 -> 3
    return Factor("impact", _round(sum(values) / len(values)), parts)


def confidence_factor(inputs: ItemInputs, upto: int | None, now: datetime) -> Factor:
    """0..1 from the volume and recency of the evidence and the number of survey answers."""
    _rating, answers = survey_rating(inputs.survey, upto)
    if not inputs.evidence and not answers:
        return Factor("confidence", inputs.entered_confidence, {}, manual=True)
    volume = len(inputs.evidence)
    dated = [p.said_at for p in inputs.evidence if p.said_at is not None]
    ages = [max(0.0, (now - _aware(d)) / timedelta(days=1)) for d in dated]
    recent = sum(0.5 ** (age / HALF_LIFE_DAYS) for age in ages) / len(ages) if ages else 0.0
    value = 0.2 + 0.5 * min(1.0, volume / FULL_VOLUME) + 0.2 * recent + 0.1 * min(1.0, answers / FULL_SURVEY)
    return Factor("confidence", _round(min(1.0, value)),
                  {"statements": volume, "recency": _round(recent), "answers": answers})


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def rice(inputs: ItemInputs, *, weighted: bool = False, upto: int | None = None,
         now: datetime | None = None) -> Explanation:
    """The RICE score of an item and its factors."""
    now = _aware(now or datetime.now().astimezone())
    reach = reach_factor(inputs, weighted)
    impact = impact_factor(inputs, upto)
    confidence = confidence_factor(inputs, upto, now)
    effort = Factor("effort", inputs.effort, {}, manual=True)
    score: float | None = None
    if None not in (reach.value, impact.value, confidence.value) and inputs.effort and inputs.effort > 0:
        assert reach.value is not None and impact.value is not None and confidence.value is not None
        score = _round(reach.value * impact.value * confidence.value / inputs.effort, 3)
    return Explanation("rice", score, (reach, impact, confidence, effort))


def wsjf(inputs: ItemInputs, *, weighted: bool = False, upto: int | None = None,
         now: datetime | None = None) -> Explanation:
    """The WSJF score of an item: cost of delay (three 1..10 parts) over job size (effort)."""
    now = _aware(now or datetime.now().astimezone())
    reach = reach_factor(inputs, weighted)
    impact = impact_factor(inputs, upto)
    confidence = confidence_factor(inputs, upto, now)
    value = criticality = risk = None
    if impact.value is not None:
        value = _round(1 + 9 * min(1.0, max(0.0, (impact.value - 0.25) / 2.75)))
    if confidence.value is not None:
        recent = confidence.parts.get("recency", confidence.value)
        criticality = _round(1 + 9 * min(1.0, max(0.0, recent)))
    if reach.value is not None:
        total = max(inputs.total_partners, 1)
        risk = _round(1 + 9 * min(1.0, reach.value / total))
    size = Factor("size", inputs.effort, {}, manual=True)
    factors = (
        Factor("value", value, dict(impact.parts), manual=impact.manual),
        Factor("criticality", criticality, dict(confidence.parts), manual=confidence.manual),
        Factor("risk", risk, {"partners": reach.parts.get("partners", reach.value or 0),
                              "of": float(inputs.total_partners)}, manual=reach.manual),
        size,
    )
    score = None
    if None not in (value, criticality, risk) and inputs.effort and inputs.effort > 0:
        assert value is not None and criticality is not None and risk is not None
        score = _round((value + criticality + risk) / inputs.effort, 3)
    return Explanation("wsjf", score, factors)


def score(inputs: ItemInputs, framework: str, **kwargs: object) -> Explanation:
    """The score of an item under ``framework`` ("rice" or "wsjf")."""
    if framework == "wsjf":
        return wsjf(inputs, **kwargs)  # type: ignore[arg-type]
    return rice(inputs, **kwargs)  # type: ignore[arg-type]


def effective_ranks(items: Sequence[tuple[int, float | None, int | None]]) -> dict[int, int]:
    """Ranks 1..N: pinned items (manual rank) take their place, the rest follow by score, best first.

    ``items`` are ``(id, computed_score, manual_rank)``. Ties on score fall back to id for a stable order.
    """
    pinned = sorted((row for row in items if row[2] is not None), key=lambda r: (r[2], r[0]))
    free = sorted((row for row in items if row[2] is None),
                  key=lambda r: (r[1] is None, -(r[1] or 0.0), r[0]))
    ranks: dict[int, int] = {}
    rank = 1
    p = f = 0
    while p < len(pinned) or f < len(free):
        if p < len(pinned) and (f >= len(free) or (pinned[p][2] or 0) <= rank):
            ranks[pinned[p][0]] = rank
            p += 1
        else:
            ranks[free[f][0]] = rank
            f += 1
        rank += 1
    return ranks
