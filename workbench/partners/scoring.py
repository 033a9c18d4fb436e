"""The ideal-partner profile: a weighted score from 0 to 100 per partner, explained part by part.

Six criteria from the domain (seed 001), each turned into a value from 0 to 1:

* ``geography`` — Moscow and St Petersburg 1.0, another million-plus city 0.8, any other named
  city 0.5, unknown 0;
* ``business_size`` — employees on a log scale: 1 person 0, 100 or more 1.0;
* ``technical_capability``, ``community_authority``, ``similar_experience`` — the 1..5 ratings,
  1 -> 0, 5 -> 1.0; community authority falls back on the authority rank (1st -> 1.0, 50th -> 0)
  when not rated; anything unrated is 0 and said so;
* ``client_base`` — clients on a log scale: 1 client 0, 500 or more 1.0.

The score is ``100 * sum(weight * value) / sum(weights)``, weights per segment in
``Segment.profile_weights_json``. Ranks are per segment (1 = best).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import update
from sqlmodel import Session, col, select

from workbench.errors import InputError
from workbench.store import models
from workbench.store.project import Project

PROFILE_CRITERIA: tuple[str, ...] = (
    "geography", "business_size", "technical_capability", "community_authority", "similar_experience",
    "client_base",
)
DEFAULT_PROFILE_WEIGHTS: dict[str, float] = {
    "geography": 0.1, "business_size": 0.15, "technical_capability": 0.25, "community_authority": 0.2,
    "similar_experience": 0.15, "client_base": 0.15,
}
TOP_N = 50
_SCORE_COLUMNS = ("id", "segment_id", "city", "employees", "clients", "authority_rank", "technical_capability",
                  "community_authority", "similar_experience", "profile_score", "profile_rank")
_CAPITALS = {"москва", "санкт-петербург", "moscow", "saint petersburg", "st petersburg", "спб"}
_MILLION_CITIES = {
    "новосибирск", "екатеринбург", "казань", "нижний новгород", "челябинск", "красноярск", "самара", "уфа",
    "ростов-на-дону", "омск", "краснодар", "воронеж", "пермь", "волгоград", "минск", "алматы", "ташкент",
    "novosibirsk", "yekaterinburg", "kazan", "nizhny novgorod", "samara", "ufa", "krasnodar",
}


@dataclass(frozen=True)
class ScorePart:
    """One criterion's share of a score."""

    criterion: str
    weight: float  # share of the total weight, 0..1
    value: float  # 0..1
    points: float  # weight * value * 100
    basis: str  # what the value came from, e.g. "120 employees"


@dataclass(frozen=True)
class ProfileScore:
    """A partner's profile score with its parts."""

    partner_id: int
    score: float
    parts: tuple[ScorePart, ...]


def parse_weights(text: str, defaults: Mapping[str, float], keys: tuple[str, ...]) -> dict[str, float]:
    """Weights from JSON, falling back on the defaults for missing or bad entries; never negative."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        raw = {}
    weights = {}
    for key in keys:
        value = raw.get(key, defaults.get(key, 0.0)) if isinstance(raw, dict) else defaults.get(key, 0.0)
        try:
            weights[key] = max(0.0, float(value))
        except (TypeError, ValueError):
            weights[key] = defaults.get(key, 0.0)
    return weights


def _log_scale(value: int | None, top: float) -> float:
    if not value or value <= 1:
        return 0.0
    return min(1.0, math.log10(value) / math.log10(top))


def _rating(value: int | None) -> float:
    return 0.0 if value is None else max(0.0, min(1.0, (value - 1) / 4))


def criterion_value(partner: Any, criterion: str) -> tuple[float, str]:
    """(value 0..1, the basis in words) of one criterion for a partner."""
    if criterion == "geography":
        city = partner.city.strip().lower().replace("ё", "е")
        if not city:
            return 0.0, "city unknown"
        if city in _CAPITALS:
            return 1.0, partner.city
        if city in _MILLION_CITIES:
            return 0.8, partner.city
        return 0.5, partner.city
    if criterion == "business_size":
        if partner.employees is None:
            return 0.0, "employees unknown"
        return _log_scale(partner.employees, 100), f"{partner.employees} employees"
    if criterion == "client_base":
        if partner.clients is None:
            return 0.0, "clients unknown"
        return _log_scale(partner.clients, 500), f"{partner.clients} clients"
    if criterion == "community_authority" and partner.community_authority is None:
        if partner.authority_rank:
            return max(0.0, 1 - (partner.authority_rank - 1) / 49), f"authority rank {partner.authority_rank}"
        return 0.0, "not rated"
    rating = getattr(partner, criterion)
    return _rating(rating), ("not rated" if rating is None else f"rated {rating}/5")


def score_partner(partner: Any, weights: Mapping[str, float]) -> ProfileScore:
    """The profile score of a partner under ``weights``."""
    total = sum(weights.get(c, 0.0) for c in PROFILE_CRITERIA) or 1.0
    parts = []
    for criterion in PROFILE_CRITERIA:
        share = weights.get(criterion, 0.0) / total
        value, basis = criterion_value(partner, criterion)
        parts.append(ScorePart(criterion, share, value, share * value * 100, basis))
    return ProfileScore(partner.id or 0, round(sum(p.points for p in parts), 1), tuple(parts))


def segment_profile_weights(session: Session, segment_id: int | None) -> dict[str, float]:
    """The profile weights of a segment (the defaults for partners without a segment)."""
    segment = session.get(models.Segment, segment_id) if segment_id is not None else None
    return parse_weights(segment.profile_weights_json if segment else "{}", DEFAULT_PROFILE_WEIGHTS,
                         PROFILE_CRITERIA)


def rescore_in(session: Session, segment_id: int | None = None) -> int:
    """Recompute profile_score and profile_rank (per segment) for a segment or all; returns how many."""
    table = models.Partner.__table__  # type: ignore[attr-defined]
    columns = [table.c[name] for name in _SCORE_COLUMNS]
    query = select(*columns)
    if segment_id is not None:
        query = query.where(table.c.segment_id == segment_id)
    session.flush()
    # Plain rows, not ORM objects: a 10,000-partner segment rescores in a fraction of a second.
    partners = session.execute(query).all()
    weights_cache: dict[int | None, dict[str, float]] = {}
    by_segment: dict[int | None, list[tuple[float, Any]]] = {}
    for partner in partners:
        if partner.segment_id not in weights_cache:
            weights_cache[partner.segment_id] = segment_profile_weights(session, partner.segment_id)
        score = score_partner(partner, weights_cache[partner.segment_id]).score
        by_segment.setdefault(partner.segment_id, []).append((score, partner))
    changes = []
    for rows in by_segment.values():
        rows.sort(key=lambda item: (-item[0], item[1].authority_rank or 10**6, item[1].id or 0))
        for rank, (score, partner) in enumerate(rows, start=1):
            if partner.profile_score != score or partner.profile_rank != rank:
                changes.append({"id": partner.id, "profile_score": score, "profile_rank": rank})
    if changes:
        session.execute(update(models.Partner), changes)  # bulk UPDATE by primary key
        session.expire_all()  # objects already loaded in this session see the new scores
    return len(partners)


def _serialise(session: Session) -> None:
    """Queue behind other transactions that rescore partners (PostgreSQL) before locking any row.

    Every action here rewrites the scores of a whole segment, as a partner edit does: without the
    shared rescoring lock, two of them holding each other's rows deadlock and the server fails one.
    """
    from workbench.partners.service import serialise_rescoring  # the service imports this module

    serialise_rescoring(session)


def rescore_partners(project: Project, *, segment_id: int | None = None) -> int:
    """Recompute the profile scores and ranks (one action)."""
    with project.transaction() as session:
        _serialise(session)
        return rescore_in(session, segment_id)


def explain_partner(project: Project, *, partner_id: int) -> ProfileScore:
    """The score of one partner with its parts, under its segment's weights."""
    with project.session() as session:
        partner = session.get(models.Partner, partner_id)
        if partner is None:
            raise InputError(f"There is no partner {partner_id}.")
        return score_partner(partner, segment_profile_weights(session, partner.segment_id))


def get_profile_weights(project: Project, *, segment_id: int) -> dict[str, float]:
    """The profile weights of a segment."""
    with project.session() as session:
        return segment_profile_weights(session, segment_id)


def set_profile_weights(project: Project, *, segment_id: int, weights: Mapping[str, float]) -> dict[str, float]:
    """Store a segment's profile weights and rescore its partners; returns the previous weights."""
    if any(float(w) < 0 for w in weights.values()):
        raise InputError("Weights cannot be negative.")
    if sum(float(weights.get(c, 0)) for c in PROFILE_CRITERIA) <= 0:
        raise InputError("At least one weight must be above zero.")
    with project.transaction() as session:
        _serialise(session)
        segment = session.get(models.Segment, segment_id)
        if segment is None:
            raise InputError(f"There is no segment {segment_id}.")
        previous = segment_profile_weights(session, segment_id)
        segment.profile_weights_json = json.dumps({c: float(weights.get(c, 0)) for c in PROFILE_CRITERIA},
                                                  sort_keys=True)
        segment.version += 1
        session.flush()
        rescore_in(session, segment_id)
        return previous


def select_top(project: Project, *, segment_id: int, n: int = TOP_N, user: str = "") -> list[int]:
    """Rescore a segment and mark its top ``n`` candidates invited; returns the ids that changed.

    Only partners still at ``candidate`` move (those already invited or further keep their status);
    each move is recorded in the research-status history. Undo with
    :func:`workbench.partners.service.update_partners` setting them back to ``candidate``.
    """
    if n < 1:
        raise InputError("Choose at least one partner.")
    with project.transaction() as session:
        _serialise(session)
        if session.get(models.Segment, segment_id) is None:
            raise InputError(f"There is no segment {segment_id}.")
        return invite_top_in(session, segment_id, n, user)


def invite_top_in(session: Session, segment_id: int, n: int, user: str) -> list[int]:
    """Within ``session``: rescore a segment and move its top ``n`` candidates to invited, each move in
    the research-status history; returns the ids that changed (the caller holds the rescoring lock)."""
    rescore_in(session, segment_id)
    session.flush()
    top = session.exec(select(models.Partner).where(models.Partner.segment_id == segment_id)
                       .order_by(col(models.Partner.profile_rank)).limit(n)).all()
    changed = []
    for partner in top:
        if partner.research_status == "candidate":
            partner.research_status = "invited"
            partner.version += 1
            partner.updated_at = models.utcnow()
            partner.updated_by = user
            session.add(models.PartnerStatusChange(partner_id=partner.id or 0, status="invited", who=user))
            changed.append(partner.id or 0)
    return changed


def revert_invited(project: Project, *, partner_ids: list[int], user: str = "") -> None:
    """Undo :func:`select_top`: the partners go back to ``candidate`` and the invite leaves their history."""
    with project.transaction() as session:
        _serialise(session)
        for pid in partner_ids:
            partner = session.get(models.Partner, pid)
            if partner is None or partner.research_status != "invited":
                continue
            partner.research_status = "candidate"
            partner.version += 1
            partner.updated_by = user
            last = session.exec(select(models.PartnerStatusChange)
                                .where(models.PartnerStatusChange.partner_id == pid)
                                .order_by(col(models.PartnerStatusChange.id).desc())).first()
            if last is not None and last.status == "invited":
                session.delete(last)
