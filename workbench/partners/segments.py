"""Segment scoring: which segment to focus on, and why — score, rank, sensitivity and research funnel.

Each segment gets nine criteria, each as a value from 0 to 1:

* entered by the team on a 0..10 scale (``Segment.criteria_json``): ``market_size``,
  ``accessibility``, ``strategic_priority``, ``cost_to_serve`` (10 = most expensive, so it counts
  inversely: value = 1 - entered/10) and ``client_overlap``;
* computed from the research: ``share_interviewed`` (partners interviewed or synthesised over the
  segment's interview target, capped at 1), ``pain_intensity`` (0.6 × mean pain severity on the
  1..3 scale + 0.4 × pains per interview over 8, capped), ``board_fit`` (the canvas's own fit,
  :func:`workbench.vpc.fit.board_fit`: the rank-weighted share of the board's top pains and gains
  that a reliever or creator addresses; 0 without a board) and ``evidence_volume`` (tagged job/pain/gain statements over 10 per targeted
  interview, capped).

The score is ``100 × Σ weight·value / Σ weights`` with weights from ``Segment.weights_json`` (a
computed criterion without a stored weight weighs 0.1). *Attractiveness* (market size, strategic
priority, client overlap, pain intensity) and *ability to win* (accessibility, cost to serve, share
interviewed, board fit, evidence volume) are the same weighted mean over their criteria; they place
the segment on the bubble chart. :func:`sensitivity` moves each weight by ±20 % and reports
whether the ranking changes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from workbench.errors import InputError
from workbench.partners.scoring import parse_weights
from workbench.store import models
from workbench.store.enums import RESEARCH_STATUSES
from workbench.store.project import Project

ENTERED: tuple[str, ...] = ("market_size", "accessibility", "strategic_priority", "cost_to_serve", "client_overlap")
COMPUTED: tuple[str, ...] = ("share_interviewed", "pain_intensity", "board_fit", "evidence_volume")
CRITERIA: tuple[str, ...] = ENTERED + COMPUTED
INVERTED = {"cost_to_serve"}
ATTRACTIVENESS = ("market_size", "strategic_priority", "client_overlap", "pain_intensity")
ABILITY = ("accessibility", "cost_to_serve", "share_interviewed", "board_fit", "evidence_volume")
DEFAULT_WEIGHTS: dict[str, float] = {
    "market_size": 0.25, "accessibility": 0.2, "strategic_priority": 0.25, "cost_to_serve": 0.1,
    "client_overlap": 0.2, "share_interviewed": 0.1, "pain_intensity": 0.1, "board_fit": 0.1,
    "evidence_volume": 0.1,
}
TARGET_RANGE = (20, 30)
TOP_CARDS = 5
SENSITIVITY_STEP = 0.2


@dataclass(frozen=True)
class SegmentInputs:
    """What a segment's score is computed from: entered values (0..10), computed values (0..1), weights."""

    segment_id: int
    name: str
    entered: dict[str, float]
    computed: dict[str, float]
    weights: dict[str, float]
    partners: int
    target: int

    def value(self, criterion: str) -> float:
        """A criterion's value from 0 to 1 (entered ones scaled, cost inverted)."""
        if criterion in self.computed:
            return self.computed[criterion]
        raw = max(0.0, min(10.0, self.entered.get(criterion, 0.0))) / 10
        return 1 - raw if criterion in INVERTED else raw


@dataclass(frozen=True)
class SegmentScore:
    """A segment's score, rank and parts."""

    segment_id: int
    name: str
    score: float
    rank: int
    attractiveness: float  # 0..100
    ability: float  # 0..100
    partners: int
    values: dict[str, float]  # criterion -> 0..1
    points: dict[str, float]  # criterion -> points of the 100


@dataclass(frozen=True)
class Sensitivity:
    """The ranking when one weight moves by ±20 %."""

    criterion: str
    factor: float
    order: tuple[str, ...]
    changed: bool


@dataclass(frozen=True)
class Funnel:
    """A segment's research funnel: how many partners reached each step (cumulative)."""

    segment_id: int
    name: str
    counts: dict[str, int]  # status -> partners at that step or further
    target: int

    @property
    def interviewed(self) -> int:
        """Partners interviewed (or further)."""
        return self.counts.get("interviewed", 0)

    @property
    def on_target(self) -> bool:
        """Within the domain's 20-30 interviews per segment."""
        return TARGET_RANGE[0] <= self.interviewed <= TARGET_RANGE[1] or self.interviewed >= self.target


def _json_dict(text: str) -> dict[str, float]:
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return {}
    out = {}
    if isinstance(raw, dict):
        for key, value in raw.items():
            try:
                out[str(key)] = float(value)
            except (TypeError, ValueError):
                continue
    return out


def _board_fit(session: Session, segment_id: int) -> float:
    """The board's fit from the canvas engine (:func:`workbench.vpc.fit.board_fit`), the one the canvas shows."""
    board = session.exec(select(models.Board).where(models.Board.segment_id == segment_id)).first()
    if board is None or board.id is None:
        return 0.0
    try:
        from workbench.vpc.fit import board_fit
    except ImportError:  # pragma: no cover - the canvas engine ships with the app; kept for a trimmed build
        return _own_board_fit(session, board.id)
    return float(board_fit(session, board.id).score)


def _own_board_fit(session: Session, board_id: int) -> float:
    """A small stand-in: rank-weighted share of the top 5 pains and gains with a fit link."""
    board = session.get(models.Board, board_id)
    if board is None:
        return 0.0
    cards = session.exec(select(models.Card).where(models.Card.board_id == board.id,
                                                   col(models.Card.zone).in_(("pains", "gains")))).all()
    linked = set(session.exec(select(models.FitLink.target_card_id).where(
        col(models.FitLink.target_card_id).in_([c.id for c in cards]))).all()) if cards else set()
    total = got = 0.0
    for zone in ("pains", "gains"):
        ranked = sorted((c for c in cards if c.zone == zone),
                        key=lambda c: (c.manual_rank or c.rank or 10**6, -c.importance, c.id or 0))[:TOP_CARDS]
        for position, card in enumerate(ranked):
            weight = TOP_CARDS - position
            total += weight
            if card.id in linked:
                got += weight
    return got / total if total else 0.0


@dataclass(frozen=True)
class _Research:
    """What the research says about one segment, counted in the database."""

    partners: int = 0
    interviewed: int = 0  # partners interviewed or synthesised
    done: int = 0  # interviews done
    pains: int = 0
    severity: float | None = None  # mean severity of the pains that have one
    tagged: int = 0  # job, pain and gain statements


def _research(session: Session) -> dict[int | None, _Research]:
    """The research counts of every segment in three grouped queries (one scan of the statements).

    The statements are read once in table order and summed with CASE rather than looked up through
    the kind index and counted per segment: 20-30 ms for 30,000 statements, where a query per segment
    took ten times as long.
    """
    p, i, s = models.Partner, models.Interview, models.Statement
    partners = {sid: (n, int(seen or 0)) for sid, n, seen in session.exec(
        select(p.segment_id, func.count(), func.sum(case(  # type: ignore[call-overload]
            (col(p.research_status).in_(("interviewed", "synthesised")), 1), else_=0)))
        .group_by(p.segment_id)).all()}
    done = dict(session.exec(select(p.segment_id, func.count()).select_from(i)  # type: ignore[call-overload]
                             .join(p, col(p.id) == i.partner_id).where(i.status == "done")
                             .group_by(p.segment_id)).all())
    is_pain = s.kind == "pain"
    statements = {sid: (int(pains or 0), severity, int(tagged or 0)) for sid, pains, severity, tagged in session.exec(
        select(p.segment_id, func.sum(case((is_pain, 1), else_=0)),  # type: ignore[call-overload]
               func.avg(case((is_pain, s.severity))),
               func.sum(case((col(s.kind).in_(("job", "pain", "gain")), 1), else_=0)))
        .select_from(s).join(i, col(i.id) == s.interview_id).join(p, col(p.id) == i.partner_id)
        .group_by(p.segment_id)).all()}
    out = {}
    for sid in set(partners) | set(done) | set(statements):
        n, seen = partners.get(sid, (0, 0))
        pains, severity, tagged = statements.get(sid, (0, None, 0))
        out[sid] = _Research(n, seen, int(done.get(sid, 0)), pains, severity, tagged)
    return out


def _computed(session: Session, segment: models.Segment, fit: float | None = None,
              research: _Research | None = None) -> tuple[dict[str, float], int]:
    sid = segment.id
    r = research if research is not None else _research(session).get(sid, _Research())
    target = max(1, segment.target_interviews or 25)
    pain_count, severity, done = r.pains, r.severity, r.done
    sev = ((float(severity) if severity is not None else 2.0) - 1) / 2 if pain_count else 0.0
    per_interview = pain_count / done if done else 0.0
    intensity = 0.6 * max(0.0, min(1.0, sev)) + 0.4 * min(1.0, per_interview / 8) if pain_count else 0.0
    computed = {
        "share_interviewed": min(1.0, r.interviewed / target),
        "pain_intensity": round(intensity, 4),
        "board_fit": round(fit if fit is not None else _board_fit(session, sid or 0), 4),
        "evidence_volume": min(1.0, r.tagged / (target * 10)),
    }
    return computed, r.partners


def segment_inputs(project: Project, *, board_fits: Mapping[int, float] | None = None) -> list[SegmentInputs]:
    """Every segment's entered values, computed research values and weights.

    ``board_fits`` (segment id -> fit 0..1) spares reading the boards again when the caller has them.
    """
    fits = board_fits or {}
    with project.session() as session:
        research = _research(session)
        out = []
        for segment in session.exec(select(models.Segment).order_by(col(models.Segment.position),
                                                                    col(models.Segment.id))):
            computed, partners = _computed(session, segment, fits.get(segment.id or 0),
                                           research.get(segment.id, _Research()))
            out.append(SegmentInputs(
                segment.id or 0, segment.name, _json_dict(segment.criteria_json), computed,
                parse_weights(segment.weights_json, DEFAULT_WEIGHTS, CRITERIA), partners,
                segment.target_interviews))
        return out


def _weighted(inputs: SegmentInputs, weights: Mapping[str, float], criteria: Sequence[str]) -> float:
    total = sum(weights.get(c, 0.0) for c in criteria)
    if total <= 0:
        return 0.0
    return 100 * sum(weights.get(c, 0.0) * inputs.value(c) for c in criteria) / total


def score_segments(inputs: Sequence[SegmentInputs], weights: Mapping[str, float] | None = None) -> list[SegmentScore]:
    """Scores and ranks (1 = best; ties by name) under each segment's weights, or ``weights`` for all."""
    scored = []
    for item in inputs:
        w = dict(weights) if weights is not None else item.weights
        total = sum(w.get(c, 0.0) for c in CRITERIA) or 1.0
        values = {c: round(item.value(c), 4) for c in CRITERIA}
        points = {c: 100 * w.get(c, 0.0) * values[c] / total for c in CRITERIA}
        scored.append((round(sum(points.values()), 1), item, values, points))
    scored.sort(key=lambda s: (-s[0], s[1].name.casefold()))
    return [SegmentScore(item.segment_id, item.name, score, rank, round(_weighted(item, w_of(item, weights),
                                                                                  ATTRACTIVENESS), 1),
                         round(_weighted(item, w_of(item, weights), ABILITY), 1), item.partners, values, points)
            for rank, (score, item, values, points) in enumerate(scored, start=1)]


def w_of(item: SegmentInputs, weights: Mapping[str, float] | None) -> Mapping[str, float]:
    """The weights that apply to a segment (the override if given)."""
    return weights if weights is not None else item.weights


def sensitivity(inputs: Sequence[SegmentInputs], weights: Mapping[str, float] | None = None,
                step: float = SENSITIVITY_STEP) -> list[Sensitivity]:
    """For each criterion and each of ±``step``, the ranking with that weight moved, and whether it changed.

    With ``weights`` None each segment keeps its own weights and the same criterion moves in all of them.
    """
    base = tuple(s.name for s in score_segments(inputs, weights))
    out = []
    for criterion in CRITERIA:
        for factor in (1 - step, 1 + step):
            moved = []
            for item in inputs:
                w = dict(w_of(item, weights))
                w[criterion] = w.get(criterion, 0.0) * factor
                moved.append(SegmentInputs(item.segment_id, item.name, item.entered, item.computed, w,
                                           item.partners, item.target))
            order = tuple(s.name for s in score_segments(moved))
            out.append(Sensitivity(criterion, factor, order, order != base))
    return out


def compute_scores(project: Project, *, board_fits: Mapping[int, float] | None = None) -> list[SegmentScore]:
    """Score every segment of the project under its stored weights (``board_fits``: see segment_inputs)."""
    return score_segments(segment_inputs(project, board_fits=board_fits))


def set_segment_scoring(project: Project, *, segment_id: int, criteria: Mapping[str, float] | None = None,
                        weights: Mapping[str, float] | None = None,
                        target: int | None = None) -> tuple[dict[str, float], dict[str, float], int]:
    """Store a segment's entered criteria (0..10), weights and/or interview target; returns the previous three."""
    with project.transaction() as session:
        segment = session.get(models.Segment, segment_id)
        if segment is None:
            raise InputError(f"There is no segment {segment_id}.")
        before = (_json_dict(segment.criteria_json), _json_dict(segment.weights_json), segment.target_interviews)
        if target is not None:
            if not 1 <= int(target) <= 1000:
                raise InputError("The interview target goes from 1 to 1000.")
            segment.target_interviews = int(target)
        if criteria is not None:
            bad = [k for k, v in criteria.items() if k not in ENTERED or not 0 <= float(v) <= 10]
            if bad:
                raise InputError(f"Entered criteria go from 0 to 10 ({', '.join(bad)}).")
            segment.criteria_json = json.dumps({k: float(v) for k, v in criteria.items()}, sort_keys=True)
        if weights is not None:
            if any(k not in CRITERIA or float(v) < 0 for k, v in weights.items()):
                raise InputError("Weights are for known criteria and cannot be negative.")
            segment.weights_json = json.dumps({k: float(v) for k, v in weights.items()}, sort_keys=True)
        segment.version += 1
        return before


def funnels(project: Project) -> list[Funnel]:
    """The research funnel of every segment (cumulative: invited counts those scheduled and further)."""
    with project.session() as session:
        rows = session.exec(select(models.Partner.segment_id, models.Partner.research_status,  # type: ignore[call-overload]
                                   func.count()).group_by(models.Partner.segment_id,  # type: ignore[arg-type]
                                                          models.Partner.research_status)).all()
        by_segment: dict[int | None, dict[str, int]] = {}
        for sid, status, count in rows:
            by_segment.setdefault(sid, {})[status] = count
        out = []
        for segment in session.exec(select(models.Segment).order_by(col(models.Segment.position),
                                                                    col(models.Segment.id))):
            raw = by_segment.get(segment.id, {})
            counts = {}
            for i, status in enumerate(RESEARCH_STATUSES):
                counts[status] = sum(raw.get(s, 0) for s in RESEARCH_STATUSES[i:])
            out.append(Funnel(segment.id or 0, segment.name, counts, segment.target_interviews))
        return out
