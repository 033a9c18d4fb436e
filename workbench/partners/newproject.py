"""A new research project and its first steps: the file, name and segments, then (each one transaction)
the top N partners of each segment invited, the interview guide, and interviews planned with the invited."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlmodel import Session, col, func, select

from workbench.errors import InputError
from workbench.interviews.guides import BUILTIN_GUIDES, install_builtin_guides
from workbench.interviews.planning import plan_interview_in
from workbench.interviews.tx import write_transaction
from workbench.partners.normalize import clean_text
from workbench.partners.scoring import invite_top_in, segment_profile_weights
from workbench.partners.service import ensure_segment, serialise_rescoring
from workbench.settings import PROJECT_SUFFIX
from workbench.store import models
from workbench.store.project import Project, create_project

log = logging.getLogger(__name__)

GUIDE_LANGUAGES = ("ru", "en")
GUIDE_META = "guide_id"  # the guide new interviews use, when the user chose one
MAX_PER_DAY = 12


def clean_segments(names: Sequence[str]) -> list[str]:
    """The segment names to create, blanks dropped, each once (case-insensitive), in the order given."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in names:
        name = clean_text(raw)
        if not name:
            continue
        if len(name) > 200:
            raise InputError(f"The segment name “{name[:40]}…” is longer than 200 characters.")
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def create_research_project(path: str | Path, *, name: str, segments: Sequence[str], guide_language: str = "ru",
                            user: str | None = None) -> Project:
    """Create the project file with its name, segments (in order) and interview guide language, and open it.

    Nothing is left behind when it fails: the half-made file is removed.
    """
    title = clean_text(name)
    if not title:
        raise InputError("The project needs a name.")
    wanted = clean_segments(segments)
    if not wanted:
        raise InputError("Name at least one segment to research.")
    if guide_language not in GUIDE_LANGUAGES:
        raise InputError(f"The guide language must be one of {', '.join(GUIDE_LANGUAGES)}.")
    target = Path(path)
    if not target.suffix:
        target = target.with_suffix(PROJECT_SUFFIX)
    project = create_project(target, user=user)
    try:
        with project.transaction() as session:
            for key, value in (("name", title[:200]), ("lang", guide_language), ("language", guide_language)):
                session.merge(models.ProjectMeta(key=key, value=value))
            for position, segment_name in enumerate(wanted, start=1):
                segment, _ = ensure_segment(session, segment_name)
                segment.position = position
    except Exception:
        project.close()
        for leftover in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)
        raise
    log.info("created research project %s with %d segments", target, len(wanted))
    return project


# ------------------------------------------------------------------ the steps after the project exists


@dataclass(frozen=True)
class SegmentPool:
    """A segment as the top-N step sees it: how many partners, how many already invited, its profile."""

    segment_id: int
    name: str
    partners: int
    invited: int
    weights: dict[str, float]


def segment_pools(project: Project) -> list[SegmentPool]:
    """Every segment in order with its partner count, invited count and ideal-partner profile weights."""
    p = models.Partner
    with project.session() as session:
        totals = dict(session.exec(select(p.segment_id, func.count()).group_by(p.segment_id)).all())  # type: ignore[call-overload, arg-type]
        invited = dict(session.exec(select(p.segment_id, func.count())  # type: ignore[call-overload]
                                    .where(p.research_status == "invited").group_by(p.segment_id)).all())  # type: ignore[arg-type]
        segments = session.exec(select(models.Segment).order_by(col(models.Segment.position),
                                                                col(models.Segment.id))).all()
        return [SegmentPool(s.id or 0, s.name, int(totals.get(s.id, 0)), int(invited.get(s.id, 0)),
                            segment_profile_weights(session, s.id)) for s in segments]


def invite_top(project: Project, *, picks: Mapping[int, int], user: str = "",
               progress: Callable[[int, int, str], None] | None = None) -> dict[int, list[int]]:
    """Rescore each picked segment and mark its top N candidates invited, all segments in one transaction.

    ``picks`` is {segment_id: N}; N must be from 1 to the segment's partner count. Returns the ids
    invited per segment (partners already invited or further keep their status). The same rule as
    :func:`workbench.partners.scoring.select_top`, for several segments at once.
    """
    pools = {pool.segment_id: pool for pool in segment_pools(project)}
    for segment_id, n in picks.items():
        pool = pools.get(segment_id)
        if pool is None:
            raise InputError(f"There is no segment {segment_id}.")
        if pool.partners == 0:
            raise InputError(f"“{pool.name}” has no partners yet: import a partner list or skip this step.")
        if not 1 <= n <= pool.partners:
            raise InputError(f"“{pool.name}” has {pool.partners} partners: choose from 1 to {pool.partners}.")
    out: dict[int, list[int]] = {}
    with project.transaction() as session:
        serialise_rescoring(session)
        for done, (segment_id, n) in enumerate(picks.items()):
            if progress is not None:
                progress(done, len(picks), pools[segment_id].name)
            out[segment_id] = invite_top_in(session, segment_id, n, user)
    log.info("invited %d partners in %d segments", sum(map(len, out.values())), len(out))
    return out


@dataclass(frozen=True)
class GuideChoice:
    """The guide new interviews of the project use."""

    guide_id: int
    name: str
    lang: str
    builtin: bool


def _builtin_guide_in(session: Session, language: str) -> int | None:
    key = next((g.builtin_key for g in BUILTIN_GUIDES if g.lang == language), BUILTIN_GUIDES[0].builtin_key)
    install_builtin_guides(session)
    return session.exec(select(models.InterviewGuide.id).where(models.InterviewGuide.builtin_key == key)).first()


def chosen_guide_id(project: Project) -> int | None:
    """The guide chosen for the project's interviews (None: the built-in one of the project language)."""
    value = project.get_meta(GUIDE_META)
    return int(value) if value.isdigit() else None


def choose_guide(project: Project, *, language: str, copy_name: str = "") -> GuideChoice:
    """Make the built-in guide in ``language`` the project's guide, or a copy of it named ``copy_name``
    (to edit later in Interviews → Guides); one transaction. The project language follows the choice."""
    if language not in GUIDE_LANGUAGES:
        raise InputError(f"The guide language must be one of {', '.join(GUIDE_LANGUAGES)}.")
    copy_name = clean_text(copy_name)
    if len(copy_name) > 200:
        raise InputError("The guide name is longer than 200 characters: shorten it.")
    key = next(g.builtin_key for g in BUILTIN_GUIDES if g.lang == language)
    with write_transaction(project) as session:
        install_builtin_guides(session)
        source = session.exec(select(models.InterviewGuide).where(models.InterviewGuide.builtin_key == key)).one()
        guide = source
        if copy_name:
            taken = {n.casefold() for n in session.exec(select(models.InterviewGuide.name)).all()}
            if copy_name.casefold() in taken:
                raise InputError(f"There is already a guide called “{copy_name}”: choose another name.")
            guide = models.InterviewGuide(name=copy_name, lang=source.lang, description=source.description)
            session.add(guide)
            session.flush()
            questions = session.exec(select(models.GuideQuestion).where(models.GuideQuestion.guide_id == source.id)
                                     .order_by(col(models.GuideQuestion.position))).all()
            for q in questions:
                session.add(models.GuideQuestion(guide_id=guide.id or 0, section=q.section, text=q.text, hint=q.hint,
                                                 position=q.position))
        for meta_key, value in (("lang", language), ("language", language), (GUIDE_META, str(guide.id))):
            session.merge(models.ProjectMeta(key=meta_key, value=value))
        session.flush()
        return GuideChoice(guide.id or 0, guide.name, guide.lang, bool(guide.builtin_key))


def interview_slots(count: int, *, start: date, per_day: int, day_start: time = time(10, 0), minutes: int = 60,
                    weekdays_only: bool = True) -> list[datetime]:
    """``count`` local start times: ``per_day`` a day back to back from ``day_start``, from ``start`` on,
    skipping Saturdays and Sundays when ``weekdays_only``."""
    if not 1 <= per_day <= MAX_PER_DAY:
        raise InputError(f"Plan from 1 to {MAX_PER_DAY} interviews a day.")
    if not 15 <= minutes <= 480:
        raise InputError("An interview lasts from 15 minutes to 8 hours.")
    first = datetime.combine(start, day_start)
    if first + timedelta(minutes=minutes * per_day) > datetime.combine(start + timedelta(days=1), time(0)):
        raise InputError(f"{per_day} interviews of {minutes} minutes from {day_start:%H:%M} do not fit in one day.")
    out: list[datetime] = []
    day = start
    while len(out) < count:
        if not weekdays_only or day.weekday() < 5:
            for k in range(min(per_day, count - len(out))):
                out.append(datetime.combine(day, day_start) + timedelta(minutes=minutes * k))
        day += timedelta(days=1)
    return out


def invited_without_interview(project: Project) -> list[tuple[int, str, str]]:
    """(id, name, segment name) of the invited partners with no interview yet, by segment and profile rank."""
    p, s, i = models.Partner, models.Segment, models.Interview
    with project.session() as session:
        planned = select(i.partner_id)
        rows = session.exec(select(p.id, p.name, s.name).outerjoin(s, s.id == p.segment_id)
                            .where(p.research_status == "invited", col(p.id).not_in(planned))
                            .order_by(col(s.position), col(s.id), col(p.profile_rank), col(p.id))).all()
    return [(int(r[0]), r[1], r[2] or "") for r in rows]


def plan_invited(project: Project, *, interviewer: str, start: date, per_day: int, day_start: time = time(10, 0),
                 minutes: int = 60, weekdays_only: bool = True, today: date | None = None, mode: str = "call",
                 progress: Callable[[int, int, str], None] | None = None) -> list[int]:
    """Plan an interview with every invited partner that has none, in one transaction; returns their ids.

    Times are local (``interview_slots``) and stored in UTC; each interview uses the project's chosen
    guide (:func:`choose_guide`), else the built-in one in the project language. As
    :func:`workbench.interviews.planning.plan_interview` does, the partners become ``scheduled``.
    """
    who = clean_text(interviewer)
    if not who:
        raise InputError("Name the interviewer.")
    if len(who) > 100:
        raise InputError("The interviewer's name is longer than 100 characters.")
    if start < (today or date.today()):
        raise InputError(f"The first interview day {start:%d.%m.%Y} is in the past: choose today or later.")
    partners = invited_without_interview(project)
    if not partners:
        raise InputError("No invited partner is waiting for an interview.")
    slots = interview_slots(len(partners), start=start, per_day=per_day, day_start=day_start, minutes=minutes,
                            weekdays_only=weekdays_only)
    ids: list[int] = []
    guide_id, language = chosen_guide_id(project), project.get_meta("language") or "ru"
    with write_transaction(project) as session:
        if guide_id is None or session.get(models.InterviewGuide, guide_id) is None:
            guide_id = _builtin_guide_in(session, language)
        for done, ((partner_id, name, _segment), when) in enumerate(zip(partners, slots, strict=True)):
            if progress is not None and done % 20 == 0:
                progress(done, len(partners), name)
            partner = session.get(models.Partner, partner_id)
            assert partner is not None
            row = plan_interview_in(session, partner, interviewer=who, planned_at=when.astimezone(UTC), mode=mode,
                                    guide_id=guide_id, user=project.user)
            ids.append(row.id or 0)
    log.info("planned %d interviews for %s from %s", len(ids), who, start)
    return ids
