"""The deterministic demo project: segments, partners, interviews, boards and a backlog.

:func:`build_demo` fills an empty project in one transaction. Every value comes from
``random.Random(20240501 + scale)`` and a fixed calendar (interviews from September to November
2025), and every primary key is assigned here, so two builds at the same scale are identical row
for row, ids and timestamps included. Scale 1 is the showcase (two segments, ~30 interviews);
scale 10 is the stress project (10 segments, 500 partners, 300 interviews, 30,000 statements,
2,000 cards, 1,000 backlog items). The content comes from :mod:`workbench.demodata`; the boards,
evidence and backlog are built by :mod:`workbench.demodata.boards`.
"""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlmodel import Session, SQLModel

from workbench.demodata import people
from workbench.demodata.statements_en import THEMES_EN
from workbench.demodata.statements_ru import THEMES_RU
from workbench.errors import WorkbenchError
from workbench.interviews.guides import BUILTIN_GUIDES, install_builtin_guides
from workbench.store import models as m
from workbench.store.enums import RESEARCH_STATUSES
from workbench.store.project import Project

Progress = Callable[[str, float], None]
"""``progress(message, fraction)`` with fraction in 0..1, called between build steps."""

SEED = 20240501
BASE = datetime(2025, 9, 1, 7, 0, tzinfo=UTC)  # 10:00 Moscow time, Monday 1 September 2025
SETUP_AT = datetime(2025, 8, 11, 9, 0, tzinfo=UTC)
SYNTH_AT = datetime(2025, 11, 27, 9, 0, tzinfo=UTC)
IN_PROGRESS_AT = datetime(2025, 11, 28, 8, 0, tzinfo=UTC)
PLANNED_FROM = datetime(2025, 12, 2, 7, 0, tzinfo=UTC)
PARTNERS_PER_SEGMENT = 50
SECTION_WEIGHTS = (2, 4, 5, 5, 5, 3, 2)  # opening, business, financial, product, operations, dislikes, wishes
TRACKED_KINDS = ("job", "pain", "gain")
_LEGAL_RE = re.compile(r"^(ооо|ип|ао|зао|пао)\s+", re.IGNORECASE)
_PUNCT_RE = re.compile(r"[^\w]+", re.UNICODE)


@dataclass
class StatementRef:
    """What the board builder needs to know about a written statement."""

    id: int
    segment: int
    partner_id: int
    theme: str
    line_key: tuple[str, str, int]  # (lang, theme, index in the theme's pool)
    kind: str | None  # the kind in the pool (the row may be left untagged)
    tagged: bool
    severity: int | None
    text: str


@dataclass
class DemoState:
    """Ids and lookups shared by the build steps."""

    session: Session
    rng: random.Random
    scale: int
    next_ids: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    segment_ids: list[int] = field(default_factory=list)
    segment_specs: list[people.SegmentSpec] = field(default_factory=list)
    guide_sections: dict[str, list[list[int]]] = field(default_factory=dict)  # lang -> sections -> question ids
    guide_ids: dict[str, int] = field(default_factory=dict)
    partners: list[dict[str, Any]] = field(default_factory=list)
    contacts_by_partner: dict[int, list[str]] = field(default_factory=dict)
    statements: list[StatementRef] = field(default_factory=list)
    pending_contacts: list[dict[str, Any]] = field(default_factory=list)
    card_meta: list[dict[str, Any]] = field(default_factory=list)
    backlog_items: list[dict[str, Any]] = field(default_factory=list)
    interviewed_partner_ids: list[int] = field(default_factory=list)

    def new_id(self, model: type[SQLModel]) -> int:
        """The next primary key for ``model`` (continuing after any rows already present)."""
        table = model.__tablename__  # type: ignore[attr-defined]
        if table not in self.next_ids:
            current = self.session.execute(select(func.max(model.id))).scalar()  # type: ignore[attr-defined]
            self.next_ids[table] = (current or 0) + 1
        value = self.next_ids[table]
        self.next_ids[table] = value + 1
        return value

    def insert(self, model: type[SQLModel], rows: list[dict[str, Any]], chunk: int = 5000) -> None:
        """Bulk-insert ``rows`` (dicts with explicit ids) and count them."""
        for start in range(0, len(rows), chunk):
            self.session.execute(insert(model), rows[start:start + chunk])
        self.counts[model.__tablename__] += len(rows)  # type: ignore[attr-defined]


def normalize_name(name: str) -> str:
    """Lowercase, without legal form, quotes or punctuation (how partners are matched)."""
    text = name.replace("«", " ").replace("»", " ").replace('"', " ").strip()
    text = _LEGAL_RE.sub("", text.strip())
    return " ".join(_PUNCT_RE.sub(" ", text.lower()).split())


def segment_count(scale: int) -> int:
    """How many segments (and boards) a demo of ``scale`` has: 2 at scale 1, 10 at scale 10."""
    return min(len(people.SEGMENTS), max(2, scale))


def build_demo(project: Project, *, scale: int = 1, progress: Progress | None = None) -> dict[str, int]:
    """Fill an empty project with the deterministic demo and return the row count of each table.

    Raises :class:`WorkbenchError` if the project already has partners, segments or interviews,
    or if ``scale`` is below 1. Everything is written in one transaction: on any error nothing
    is left behind.
    """
    from workbench.demodata import boards  # the second half of the build, kept in its own module

    if scale < 1:
        raise WorkbenchError("The demo scale must be 1 or more.")
    report = progress or (lambda _message, _fraction: None)
    with project.transaction() as session:
        for model, what in ((m.Partner, "partners"), (m.Segment, "segments"), (m.Interview, "interviews")):
            if session.execute(select(model.id).limit(1)).first() is not None:  # type: ignore[attr-defined]
                raise WorkbenchError(
                    f"The project already has {what}; the demo can only fill an empty project."
                )
        state = DemoState(session=session, rng=random.Random(SEED + scale), scale=scale)
        steps: list[tuple[str, Callable[[DemoState], None]]] = [
            ("project facts and guides", _meta_and_guides),
            ("segments", _segments),
            ("partners", _partners),
            ("interviews", _interviews),  # writes the partners, with the research status their interviews give
            ("partner scores", _scores),
            ("boards", boards.build_boards),
            ("backlog", boards.build_backlog),
            ("survey", boards.build_survey),
        ]
        for index, (label, step) in enumerate(steps):
            report(label, index / len(steps))
            step(state)
            session.flush()
        session.execute(update(m.ChangeCounter).values(value=m.ChangeCounter.value + 1, changed_at=SYNTH_AT))
        report("done", 1.0)
    return {table: count for table, count in sorted(state.counts.items())}


def _scores(state: DemoState) -> None:
    # Scores and ranks are derived data, but a project opens showing its partners by rank before the
    # app can score them (workbench.ui.firstpaint): the demo is made with them, as an import does.
    from workbench.partners.scoring import rescore_in

    rescore_in(state.session)


def _meta_and_guides(state: DemoState) -> None:
    facts = {"name": "Демо: партнёрская программа", "lang": "ru", "framework": "rice", "demo": "1"}
    for key, value in facts.items():
        state.session.merge(m.ProjectMeta(key=key, value=value))
    state.counts["project_meta"] += len(facts)
    guide_ids = install_builtin_guides(state.session, created_at=SETUP_AT)
    state.counts["interview_guide"] += len(guide_ids)
    for guide, guide_id in zip(BUILTIN_GUIDES, guide_ids, strict=True):
        state.guide_ids[guide.lang] = guide_id
        rows = state.session.execute(
            select(m.GuideQuestion.id, m.GuideQuestion.section)
            .where(m.GuideQuestion.guide_id == guide_id).order_by(m.GuideQuestion.position)
        ).all()
        sections: dict[str, list[int]] = {}
        for question_id, section in rows:
            sections.setdefault(section, []).append(question_id)
        state.guide_sections[guide.lang] = list(sections.values())
        state.counts["guide_question"] += len(rows)


def _segments(state: DemoState) -> None:
    rows = []
    for position, spec in enumerate(people.SEGMENTS[:segment_count(state.scale)]):
        seg_id = state.new_id(m.Segment)
        state.segment_ids.append(seg_id)
        state.segment_specs.append(spec)
        rows.append({
            "id": seg_id, "name": spec.name, "description": spec.description,
            "criteria_json": _json(spec.criteria), "weights_json": _json(spec.weights),
            "profile_weights_json": _json(spec.profile_weights), "target_interviews": 25,
            "position": position, "version": 1, "created_at": SETUP_AT + timedelta(minutes=position),
        })
    state.insert(m.Segment, rows)


def _json(value: dict[str, Any]) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _company_names(state: DemoState, spec: people.SegmentSpec, count: int, taken: set[str]) -> list[str]:
    rng = state.rng
    candidates = [f"{root}{'-' if rng.random() < 0.3 else ''}{suffix}"
                  for root in spec.roots for suffix in people.NAME_SUFFIXES]
    candidates += list(people.STANDALONE_NAMES)
    rng.shuffle(candidates)
    names: list[str] = []
    for base in candidates:
        norm = normalize_name(base)
        if norm in taken:
            continue
        taken.add(norm)
        roll = rng.random()
        if roll < 0.35:
            names.append(f"{rng.choice(people.LEGAL_FORMS)} «{base}»")
        elif roll < 0.55:
            names.append(f"«{base}»")
        else:
            names.append(base)
        if len(names) == count:
            break
    return names


def _interview_plan(scale: int, segment_index: int) -> tuple[int, int, int, int]:
    """(done, planned, in progress, held in English) interviews for one segment."""
    if scale == 1:
        return 14, 2, 1 if segment_index == 0 else 0, 2
    return 26, 3, 1, 3


def _partners(state: DemoState) -> None:
    rng = state.rng
    taken: set[str] = set()
    partner_rows: list[dict[str, Any]] = []
    contact_rows: list[dict[str, Any]] = []
    for seg_index, (seg_id, spec) in enumerate(zip(state.segment_ids, state.segment_specs, strict=True)):
        names = _company_names(state, spec, PARTNERS_PER_SEGMENT, taken)
        done, planned, in_progress, _ = _interview_plan(state.scale, seg_index)
        n_interviewed = done + planned + in_progress
        order = list(range(PARTNERS_PER_SEGMENT))
        rng.shuffle(order)  # order[i] is the authority rank (0-based) of the i-th name
        for i, name in enumerate(names):
            rank = order[i] + 1
            pid = state.new_id(m.Partner)
            city, region = rng.choice(people.CITIES)
            norm = normalize_name(name)
            domain = people.translit(norm).replace(" ", "-") + rng.choice((".ru", ".ru", ".ru", ".pro", ".com"))
            top = rank <= n_interviewed
            employees = rng.randint(25, 250) if rank <= 10 else rng.randint(3, 60)
            clients = min(900, max(10, employees * rng.randint(2, 8)))
            level = people.LEVELS[min(len(people.LEVELS) - 1, (rank - 1) // 9)]
            created = SETUP_AT + timedelta(days=1, minutes=7 * (seg_index * PARTNERS_PER_SEGMENT + i))
            partner = {
                "id": pid, "name": name, "normalized_name": norm, "segment_id": seg_id,
                "city": city, "region": region,
                "website": f"https://{'www.' if rng.random() < 0.3 else ''}{domain}", "website_norm": domain,
                "employees": employees, "clients": clients, "level": level,
                "certification": rng.choice(spec.certifications) if top or rng.random() < 0.5 else "",
                "authority_rank": rank, "ecosystems": spec.ecosystems,
                "technical_capability": rng.randint(3, 5) if top else rng.randint(1, 5),
                "community_authority": max(1, 5 - rank // 12),
                "similar_experience": rng.randint(2, 5) if top else rng.randint(1, 4),
                "research_status": "candidate", "profile_score": None, "profile_rank": None,
                "notes": rng.choice(people.PARTNER_NOTES), "version": 1,
                "created_at": created, "updated_at": created, "updated_by": "",
                "_segment": seg_index, "_rank": rank,
            }
            partner_rows.append(partner)
            contacts = []
            for _ in range(1 if rng.random() < 0.45 else 2):
                if rng.random() < 0.6:
                    first, surname = rng.choice(people.MALE_NAMES), rng.choice(people.SURNAMES)
                else:
                    first, surname = rng.choice(people.FEMALE_NAMES), people.female_surname(rng.choice(people.SURNAMES))
                full = f"{first} {surname}"
                contacts.append(full)
                contact_rows.append({
                    "id": state.new_id(m.Contact), "partner_id": pid, "name": full,
                    "role": people.ROLES[0] if len(contacts) == 1 and rng.random() < 0.5 else rng.choice(people.ROLES),
                    "email": f"{people.translit(first)[0]}.{people.translit(surname)}@{domain}",
                    "phone": f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                })
            state.contacts_by_partner[pid] = contacts
    state.partners = partner_rows
    # Partners are written once their interviews fix their research status (see _interviews).
    state.pending_contacts = contact_rows


def _weekday_slots(rng: random.Random, count: int, start: datetime, days: int) -> list[datetime]:
    """``count`` distinct working-day interview start times within ``days`` from ``start``, sorted."""
    slots = set()
    while len(slots) < count:
        day = start + timedelta(days=rng.randrange(days))
        if day.weekday() >= 5:
            continue
        slots.add(day.replace(hour=rng.choice((7, 8, 9, 11, 12, 13, 14)), minute=rng.choice((0, 30))))
    return sorted(slots)


def _split_total(rng: random.Random, total: int, n: int, spread: int) -> list[int]:
    """``n`` counts near ``total / n`` (±spread) that add up to ``total`` exactly."""
    base = total // n
    counts = [base + rng.randint(-spread, spread) for _ in range(n)]
    diff = total - sum(counts)
    i = 0
    while diff:
        step = 1 if diff > 0 else -1
        counts[i % n] += step
        diff -= step
        i += 1
    return counts


def _interviews(state: DemoState) -> None:
    rng = state.rng
    contact_rows = state.pending_contacts
    change_rows: list[dict[str, Any]] = []
    by_segment: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for partner in state.partners:
        by_segment[partner["_segment"]].append(partner)
    interview_rows: list[dict[str, Any]] = []
    statement_rows: list[dict[str, Any]] = []
    done_jobs: list[tuple[dict[str, Any], dict[str, Any], str]] = []
    for seg_index in range(len(state.segment_ids)):
        done, planned, in_progress, english = _interview_plan(state.scale, seg_index)
        ranked = sorted(by_segment[seg_index], key=lambda p: p["_rank"])
        chosen = ranked[:done + planned + in_progress]
        rng.shuffle(chosen)
        done_slots = _weekday_slots(rng, done, BASE, 86)
        english_at = set(rng.sample(range(done), english))
        for j, partner in enumerate(chosen):
            iid = state.new_id(m.Interview)
            lang = "en" if j in english_at else "ru"
            if j < done:
                status, start = "done", done_slots[j]
            elif j < done + planned:
                status, start = "planned", _weekday_slots(rng, 1, PLANNED_FROM, 18)[0]
            else:
                status, start = "in_progress", IN_PROGRESS_AT + timedelta(hours=seg_index)
            row = {
                "id": iid, "partner_id": partner["id"], "guide_id": state.guide_ids[lang],
                "interviewer": rng.choice(people.INTERVIEWERS), "planned_at": start,
                "started_at": start if status != "planned" else None, "ended_at": None,
                "mode": rng.choice(("video", "video", "call", "meeting")), "status": status,
                "summary": "", "next_steps": "", "draft_text": "", "current_question_id": None,
                "version": 1, "created_at": start - timedelta(days=rng.randint(5, 12)),
            }
            interview_rows.append(row)
            if status == "done":
                done_jobs.append((row, partner, lang))
            _status_history(state, partner, status, row, change_rows)
        for partner in ranked[done + planned + in_progress:]:
            _status_history(state, partner, "invited" if rng.random() < 0.4 else "candidate", None, change_rows)
    total_in_progress = 0
    in_progress_rows = [row for row in interview_rows if row["status"] == "in_progress"]
    for row in in_progress_rows:
        partner = next(p for p in state.partners if p["id"] == row["partner_id"])
        n = rng.randint(8, 12)
        total_in_progress += n
        rows = _compose(state, row, partner, "ru", n, sections=(0, 1, 2))
        row["current_question_id"] = rows[-1]["guide_question_id"]
        row["draft_text"] = "Про выплаты: хотят получать"
        statement_rows.extend(rows)
    if state.scale == 1:
        sizes = [rng.randint(20, 32) for _ in done_jobs]
    else:
        target = 3000 * state.scale - total_in_progress
        sizes = _split_total(rng, target, len(done_jobs), 15)
    for (row, partner, lang), n in zip(done_jobs, sizes, strict=True):
        rows = _compose(state, row, partner, lang, n, sections=tuple(range(len(SECTION_WEIGHTS))))
        statement_rows.extend(rows)
        row["ended_at"] = row["started_at"] + timedelta(seconds=rows[-1]["time_offset_s"] + rng.randint(120, 600))
        _wrap_up(state, row, rows, lang)
    # Partners' final statuses are known now; interviews need them, statements need interviews.
    state.insert(m.Partner, [{k: v for k, v in p.items() if not k.startswith("_")} for p in state.partners])
    state.insert(m.Contact, contact_rows)
    state.insert(m.PartnerStatusChange, change_rows)
    state.insert(m.Interview, interview_rows)
    state.insert(m.Statement, statement_rows)


def _status_history(state: DemoState, partner: dict[str, Any], final: str, interview: dict[str, Any] | None,
                    change_rows: list[dict[str, Any]]) -> None:
    rng = state.rng
    steps = {"candidate": 1, "invited": 2, "planned": 3, "in_progress": 3, "done": 4}[final]
    if final == "done" and interview is not None and interview["planned_at"] < datetime(2025, 11, 1, tzinfo=UTC):
        steps = 5
    start = interview["planned_at"] if interview else BASE + timedelta(days=rng.randint(0, 80))
    moments = [
        partner["created_at"],
        min(start - timedelta(days=14), BASE + timedelta(days=rng.randint(0, 60))),
        start - timedelta(days=rng.randint(2, 7)),
        start + timedelta(hours=2),
        SYNTH_AT - timedelta(days=rng.randint(1, 6)),
    ]
    who = interview["interviewer"] if interview else rng.choice(people.INTERVIEWERS)
    for status, at in zip(RESEARCH_STATUSES[:steps], moments[:steps], strict=True):
        change_rows.append({"id": state.new_id(m.PartnerStatusChange), "partner_id": partner["id"],
                            "status": status, "at": at, "who": who})
    partner["research_status"] = RESEARCH_STATUSES[steps - 1]
    partner["updated_at"] = moments[steps - 1]
    partner["updated_by"] = who
    if interview is not None:
        state.interviewed_partner_ids.append(partner["id"])


def _section_lines(lang: str, section: int) -> list[tuple[str, str, int, tuple[str, int | None, str]]]:
    """Every pool line of one guide section as (lang, theme, index, line)."""
    out = []
    for theme, (sec, lines) in THEMES_RU.items():
        if sec != section:
            continue
        pool = THEMES_EN.get(theme, ()) if lang == "en" else lines
        out.extend((lang, theme, i, line) for i, line in enumerate(pool))
    return out


_SECTION_CACHE: dict[tuple[str, int], list[tuple[str, str, int, tuple[str, int | None, str]]]] = {}


def _pool(lang: str, section: int) -> list[tuple[str, str, int, tuple[str, int | None, str]]]:
    key = (lang, section)
    if key not in _SECTION_CACHE:
        _SECTION_CACHE[key] = _section_lines(lang, section)
    return _SECTION_CACHE[key]


def _compose(state: DemoState, interview: dict[str, Any], partner: dict[str, Any], lang: str, n: int,
             sections: tuple[int, ...]) -> list[dict[str, Any]]:
    """The notes of one interview: ``n`` lines sampled theme by theme, section by section."""
    rng = state.rng
    spec = state.segment_specs[partner["_segment"]]
    weights = [SECTION_WEIGHTS[s] for s in sections]
    per_section = [max(1, n * w // sum(weights)) for w in weights]
    per_section[sections.index(2) if 2 in sections else 0] += n - sum(per_section)
    picked: list[tuple[int, tuple[str, str, int, tuple[str, int | None, str]]]] = []
    for section, want in zip(sections, per_section, strict=True):
        lines = _pool(lang, section)
        themes = sorted({line[1] for line in lines})
        rng.shuffle(themes)
        chosen: list[tuple[str, str, int, tuple[str, int | None, str]]] = []
        for theme in themes:  # whole themes in a random order, a random part of each
            theme_lines = [line for line in lines if line[1] == theme]
            take = min(len(theme_lines), want - len(chosen), rng.randint(2, 4) if want < 12 else len(theme_lines))
            chosen.extend(sorted(rng.sample(theme_lines, take), key=lambda line: line[2]))
            if len(chosen) >= want:
                break
        for pool_lang in dict.fromkeys((lang, "ru")):  # top up; English pools are small, the rest is in Russian
            if len(chosen) < want:
                rest = [line for line in _pool(pool_lang, section) if line not in chosen]
                chosen.extend(rng.sample(rest, min(len(rest), want - len(chosen))))
        order = {theme: i for i, theme in enumerate(themes)}
        chosen.sort(key=lambda line: (order.get(line[1], len(order)), line[0] != lang, line[2]))
        picked.extend((section, line) for line in chosen)
    contacts = state.contacts_by_partner[partner["id"]]
    questions = state.guide_sections[lang if lang in state.guide_sections else "ru"]
    duration = max(len(picked) * 40 + 600, rng.randint(40, 75) * 60)
    offsets = sorted(rng.sample(range(30, duration), len(picked)))
    untag = set(rng.sample([i for i, (_, line) in enumerate(picked) if line[3][0] in TRACKED_KINDS],
                           k=min(3, rng.randint(2, 3))))
    section_pos: dict[int, int] = defaultdict(int)
    section_len: dict[int, int] = defaultdict(int)
    for section, _ in picked:
        section_len[section] += 1
    rows = []
    seg_index = partner["_segment"]
    for position, (section, (line_lang, theme, index, (kind, severity, raw))) in enumerate(picked):
        text = raw.replace("{crm}", spec.crm)
        qs = questions[section]
        question = qs[section_pos[section] * len(qs) // section_len[section]]
        section_pos[section] += 1
        quote = text.startswith(("«", '"'))
        tagged = position not in untag
        at = interview["started_at"] + timedelta(seconds=offsets[position])
        sid = state.new_id(m.Statement)
        rows.append({
            "id": sid, "interview_id": interview["id"], "text": text, "position": position,
            "time_offset_s": float(offsets[position]), "kind": kind if tagged else None,
            "subtype": "functional" if tagged and kind == "job" else None,
            "severity": severity if tagged and kind in TRACKED_KINDS else None, "source": "manual",
            "confidence": None, "suggested_kind": None, "suggested_score": None, "suggestion_state": None,
            "guide_question_id": question, "speaker": rng.choice(contacts) if quote or rng.random() < 0.3 else "",
            "is_quote": quote or rng.random() < 0.05, "is_followup": rng.random() < 0.08, "lang": line_lang,
            "created_at": at, "updated_at": at, "created_by": interview["interviewer"],
        })
        state.statements.append(StatementRef(
            id=sid, segment=seg_index, partner_id=partner["id"], theme=theme,
            line_key=(line_lang, theme, index), kind=kind, tagged=tagged, severity=severity, text=text,
        ))
    return rows


def _wrap_up(state: DemoState, interview: dict[str, Any], rows: list[dict[str, Any]], lang: str) -> None:
    from workbench.demodata.canvas import NEXT_STEPS, NEXT_STEPS_EN, SUMMARY_EN, SUMMARY_TAILS, THEME_LABELS

    rng = state.rng
    refs = state.statements[-len(rows):]
    severe: list[str] = []
    for ref in refs:
        label = THEME_LABELS.get(ref.theme)
        if label and ref.kind in ("pain", "gain") and (ref.severity or 0) >= 2 and label not in severe:
            severe.append(label)
    if lang == "en":
        topics = sorted({ref.theme.replace("_", " ") for ref in refs if ref.kind == "pain"})[:3]
        interview["summary"] = f"{rng.choice(SUMMARY_EN)} Key topics: {', '.join(topics)}."
        interview["next_steps"] = rng.choice(NEXT_STEPS_EN)
        return
    top = ", ".join(severe[:4]) or "общие вопросы партнёрства"
    interview["summary"] = f"Ключевые темы: {top}. {rng.choice(SUMMARY_TAILS)}"
    interview["next_steps"] = " ".join(rng.sample(NEXT_STEPS, 2))
