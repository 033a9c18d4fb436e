"""Survey rounds: partners rate backlog items (or pains) 1..5; the ratings move impact and confidence.

A round comes from a spreadsheet (partner, item or pain, rating, comment) read by the shared
tolerant reader. Each answer is matched to a backlog item (by ``#id``, exact title, or shared
lemmas) or else to a pain/gain card; the partner by normalised name. Rows that cannot be used
are reported with their row number and reason, never silently dropped. The import is one
transaction: either the whole round is stored and every item rescored, or nothing is.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, col, func, select

from workbench.backlog import priority
from workbench.backlog.evidence import gather_inputs, round_order
from workbench.backlog.gaps import lemma_set, name_similarity, normalise
from workbench.backlog.service import FRAMEWORK_KEY, WEIGHTED_REACH_KEY, _meta, recompute_in, take_write_lock
from workbench.errors import InputError, RowsRefused
from workbench.store import models
from workbench.store.backup import backup_before
from workbench.store.project import Project

log = logging.getLogger(__name__)

SYNONYMS: dict[str, list[str]] = {
    "partner": ["Партнёр", "Партнер", "Компания", "Partner", "Company", "Организация"],
    "subject": ["Пункт", "Задача", "Боль", "Пункт бэклога", "Item", "Backlog item", "Pain", "Subject",
                "Что оцениваем", "Функция", "Feature"],
    "rating": ["Оценка", "Рейтинг", "Важность", "Rating", "Score", "Importance"],
    "comment": ["Комментарий", "Comment", "Примечание", "Notes", "Note"],
}
_ID = re.compile(r"^\s*#?\s*(\d{1,9})\b")


@dataclass(frozen=True)
class SurveyRoundRead:
    """A survey round and its size."""

    id: int
    name: str
    held_on: datetime | None
    imported_at: datetime
    answers: int


@dataclass(frozen=True)
class SurveyRow:
    """One answer as read from the file."""

    number: int
    partner: str
    subject: str
    rating: object
    comment: str = ""


@dataclass
class SurveyImportReport:
    """What an import stored and what it could not use."""

    round_id: int = 0
    imported: int = 0
    matched_items: int = 0
    matched_cards: int = 0
    unknown_partners: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def list_rounds(project: Project) -> list[SurveyRoundRead]:
    """Rounds in the order they were held."""
    with project.session() as session:
        counts = dict(session.exec(select(models.SurveyAnswer.round_id, func.count()).group_by(
            col(models.SurveyAnswer.round_id))).all())
        return [SurveyRoundRead(r.id or 0, r.name, r.held_on, r.imported_at, counts.get(r.id or 0, 0))
                for r in round_order(session)]


class _Matcher:
    """Finds the backlog item or card a survey line is about."""

    def __init__(self, session: Session) -> None:
        self.items = [(i, t) for i, t in session.exec(select(models.BacklogItem.id, models.BacklogItem.title)).all()
                      if i is not None]
        self.cards = [(i, t) for i, t in session.exec(select(models.Card.id, models.Card.title).where(
            col(models.Card.zone).in_(("pains", "gains", "jobs")))).all() if i is not None]
        self.item_keys = {normalise(t): i for i, t in self.items}
        self.card_keys = {normalise(t): i for i, t in self.cards}
        self._item_lemmas: dict[int, frozenset[str]] | None = None
        self._card_lemmas: dict[int, frozenset[str]] | None = None
        from workbench.partners.normalize import normalize_name

        self._norm = normalize_name
        self.partners: dict[str, int] = {}
        for pid, name in session.exec(select(models.Partner.id, models.Partner.name)).all():
            if pid is not None:
                self.partners.setdefault(normalize_name(name), pid)

    def partner(self, name: str) -> int | None:
        return self.partners.get(self._norm(name)) if name.strip() else None

    def subject(self, text: str) -> tuple[int | None, int | None]:
        """(item id, card id): the item or card the text names, or (None, None)."""
        match = _ID.match(text)
        ids = {i for i, _t in self.items}
        if match and int(match.group(1)) in ids:
            return int(match.group(1)), None
        key = normalise(text)
        if key in self.item_keys:
            return self.item_keys[key], None
        if key in self.card_keys:
            return None, self.card_keys[key]
        lemmas = lemma_set(text)
        if self._item_lemmas is None:
            self._item_lemmas = {i: lemma_set(t) for i, t in self.items}
            self._card_lemmas = {i: lemma_set(t) for i, t in self.cards}
        assert self._card_lemmas is not None
        best = _best(lemmas, self._item_lemmas)
        if best is not None:
            return best, None
        return None, _best(lemmas, self._card_lemmas)


def _best(lemmas: frozenset[str], candidates: Mapping[int, frozenset[str]]) -> int | None:
    scored = [(name_similarity(lemmas, other), -cid, cid) for cid, other in candidates.items()]
    scored = [s for s in scored if s[0] >= 0.6]
    return max(scored)[2] if scored else None


def import_rows(project: Project, rows: Iterable[SurveyRow], *, round_name: str,
                held_on: datetime | None = None, problems: Sequence[str] = (), skip_invalid: bool = False,
                progress: Callable[[int, int, str], None] | None = None) -> SurveyImportReport:
    """Store a round from rows already read; every item is rescored in the same transaction.

    All or nothing, like the partner import: a row that cannot be used refuses the whole file
    (:class:`InputError` listing the rows) unless ``skip_invalid``, which stores the usable rows
    and reports the others.
    """
    from workbench.partners.normalize import parse_rating

    round_name = " ".join(round_name.split())
    if not round_name:
        raise InputError("Give the survey round a name (for example “2026 Q3”).")
    report = SurveyImportReport(problems=list(problems))
    rows = list(rows)
    backup_before(project, "import-survey")
    with project.transaction() as session:
        take_write_lock(session)
        if session.exec(select(models.SurveyRound).where(models.SurveyRound.name == round_name)).first():
            raise InputError(f"There is already a survey round named “{round_name}”; choose another name.")
        survey = models.SurveyRound(name=round_name[:200], held_on=held_on)
        session.add(survey)
        session.flush()
        assert survey.id is not None
        report.round_id = survey.id
        matcher = _Matcher(session)
        for n, row in enumerate(rows):
            if progress is not None and n % 20 == 0:
                progress(n, len(rows), "")
            rating, problem = parse_rating(row.rating)
            if rating is None:
                report.problems.append(f"row {row.number}: {problem or 'no rating'}")
                continue
            if not row.subject.strip():
                report.problems.append(f"row {row.number}: no item or pain named")
                continue
            item_id, card_id = matcher.subject(row.subject)
            if item_id is None and card_id is None:
                report.problems.append(f"row {row.number}: “{row.subject[:80]}” matches no backlog item or pain")
                continue
            partner_id = matcher.partner(row.partner)
            if partner_id is None and row.partner.strip():
                report.unknown_partners.add(row.partner.strip())
            session.add(models.SurveyAnswer(round_id=survey.id, partner_id=partner_id, backlog_item_id=item_id,
                                            card_id=card_id, subject=row.subject[:500], rating=rating,
                                            comment=row.comment))
            report.imported += 1
            report.matched_items += item_id is not None
            report.matched_cards += card_id is not None
        if not report.imported:
            raise InputError("No usable answers: " + "; ".join(report.problems[:5]))
        if report.problems and not skip_invalid:
            more = f" (and {len(report.problems) - 5} more)" if len(report.problems) > 5 else ""
            raise RowsRefused(f"{len(report.problems)} rows cannot be used, so nothing was imported: "
                             + "; ".join(report.problems[:5]) + more
                             + ". Fix them, or import the usable rows and skip these.")
        session.flush()
        recompute_in(session)
    return report


def import_survey(project: Project, path: str | Path, *, round_name: str, held_on: datetime | None = None,
                  skip_invalid: bool = False, mapping: Mapping[str, int] | None = None,
                  header_row: int | None = None, progress: Callable[[int, int, str], None] | None = None) -> SurveyImportReport:
    """Import a survey round from xlsx/csv (partner, item or pain, rating 1–5, comment)."""
    from workbench.partners.tabular import read_table

    table = read_table(path, synonyms=SYNONYMS, required=("subject", "rating"), mapping=mapping,
                       header_row=header_row)
    rows = [SurveyRow(r.number, r.text("partner"), r.text("subject"), r.get("rating"), r.text("comment"))
            for r in table.rows]
    return import_rows(project, rows, round_name=round_name, held_on=held_on,
                       problems=[str(p) for p in table.problems], skip_invalid=skip_invalid,
                       progress=progress)


def delete_round(project: Project, round_id: int) -> None:
    """Remove a round and its answers (undo of an import), rescoring every item."""
    with project.transaction() as session:
        survey = session.get(models.SurveyRound, round_id)
        if survey is None:
            return
        for answer in session.exec(select(models.SurveyAnswer).where(models.SurveyAnswer.round_id == round_id)).all():
            session.delete(answer)
        session.delete(survey)
        session.flush()
        recompute_in(session)


@dataclass(frozen=True)
class SurveyAnswerRead:
    """One answer of a round as the UI shows it: who, about what (matched to which item or card), rating."""

    id: int
    partner_name: str
    subject: str
    item_id: int | None
    item_title: str
    card_title: str
    rating: int
    comment: str


def list_answers(project: Project, round_id: int) -> list[SurveyAnswerRead]:
    """The answers of a round, lowest rating first (what partners care least about stands out too)."""
    with project.session() as session:
        partners = dict(session.exec(select(models.Partner.id, models.Partner.name)).all())
        items = dict(session.exec(select(models.BacklogItem.id, models.BacklogItem.title)).all())
        cards = dict(session.exec(select(models.Card.id, models.Card.title)).all())
        rows = session.exec(select(models.SurveyAnswer).where(models.SurveyAnswer.round_id == round_id).order_by(
            col(models.SurveyAnswer.id))).all()
        return [SurveyAnswerRead(a.id or 0, partners.get(a.partner_id, "") if a.partner_id else "", a.subject,
                                 a.backlog_item_id, items.get(a.backlog_item_id, "") if a.backlog_item_id else "",
                                 cards.get(a.card_id, "") if a.card_id else "", a.rating, a.comment) for a in rows]


def round_answers(project: Project, round_id: int) -> list[dict[str, object]]:
    """The answers of a round as plain values (what undo needs to put a deleted round back)."""
    with project.session() as session:
        rows = session.exec(select(models.SurveyAnswer).where(models.SurveyAnswer.round_id == round_id)).all()
        return [r.model_dump(exclude={"id", "round_id"}) for r in rows]


def restore_round(project: Project, survey: SurveyRoundRead, answers: Sequence[Mapping[str, object]]) -> int:
    """Put a deleted round back (under its old id when free) with its answers; every item is rescored."""
    with project.transaction() as session:
        free = session.get(models.SurveyRound, survey.id) is None
        row = models.SurveyRound(id=survey.id if free else None, name=survey.name, held_on=survey.held_on,
                                 imported_at=survey.imported_at)
        session.add(row)
        session.flush()
        for answer in answers:
            data = dict(answer)
            for key, model in (("partner_id", models.Partner), ("backlog_item_id", models.BacklogItem),
                               ("card_id", models.Card)):
                if data.get(key) is not None and session.get(model, data[key]) is None:
                    data[key] = None
            session.add(models.SurveyAnswer(round_id=row.id, **data))  # type: ignore[arg-type]
        session.flush()
        recompute_in(session)
        return row.id or 0


@dataclass(frozen=True)
class HistoryPoint:
    """An item's score as it stood after a round (the first point: before any survey)."""

    label: str
    score: float | None
    impact: float | None
    confidence: float | None


def priority_history(project: Project, item_id: int) -> list[HistoryPoint]:
    """The item's score before the surveys and after each round, under the project's framework."""
    with project.session() as session:
        framework = _meta(session, FRAMEWORK_KEY, "rice")
        weighted = _meta(session, WEIGHTED_REACH_KEY, "0") == "1"
        inputs = gather_inputs(session, [item_id]).get(item_id)
        if inputs is None:
            raise InputError(f"There is no backlog item {item_id}.")
        rounds = round_order(session)
    points = []
    base = priority.ItemInputs(**{**inputs.__dict__, "survey": []})
    for label, data, upto in [("before surveys", base, None),
                              *[(r.name, inputs, n) for n, r in enumerate(rounds)]]:
        expl = priority.score(data, framework, weighted=weighted, upto=upto)
        impact = expl.factor("impact") or expl.factor("value")
        confidence = expl.factor("confidence") or expl.factor("criticality")
        points.append(HistoryPoint(label, expl.score, impact.value if impact else None,
                                   confidence.value if confidence else None))
    return points
