"""Interview guides in a project: list, read grouped by section, copy, and edit questions.

Built-in guides (:mod:`workbench.interviews.guides`) are installed on first use and stay as
shipped; people copy one and edit the copy. Each edit is one transaction and returns what undo needs.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlmodel import Session, func, select

from workbench.errors import InputError
from workbench.interviews.guides import BUILTIN_GUIDES, install_builtin_guides
from workbench.interviews.tx import write_transaction
from workbench.store import models
from workbench.store.project import Project

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuestionRead:
    """One guide question."""

    id: int
    guide_id: int
    section: str
    text: str
    hint: str
    position: int


@dataclass(frozen=True)
class GuideRead:
    """A guide with its questions in order."""

    id: int
    name: str
    lang: str
    description: str
    builtin: bool
    questions: tuple[QuestionRead, ...]

    def sections(self) -> list[tuple[str, list[QuestionRead]]]:
        """Questions grouped by section, in order of first appearance."""
        groups: list[tuple[str, list[QuestionRead]]] = []
        for q in self.questions:
            if not groups or groups[-1][0] != q.section:
                groups.append((q.section, []))
            groups[-1][1].append(q)
        return groups


def _q(row: models.GuideQuestion) -> QuestionRead:
    assert row.id is not None
    return QuestionRead(id=row.id, guide_id=row.guide_id, section=row.section, text=row.text, hint=row.hint,
                        position=row.position)


def _guide_in(session: Session, guide_id: int) -> GuideRead:
    guide = session.get(models.InterviewGuide, guide_id)
    if guide is None:
        raise InputError(f"There is no interview guide {guide_id} in this project.")
    rows = session.exec(select(models.GuideQuestion).where(models.GuideQuestion.guide_id == guide_id)
                        .order_by(models.GuideQuestion.position, models.GuideQuestion.id)).all()  # type: ignore[arg-type]
    assert guide.id is not None
    return GuideRead(id=guide.id, name=guide.name, lang=guide.lang, description=guide.description,
                     builtin=bool(guide.builtin_key), questions=tuple(_q(r) for r in rows))


def ensure_guides(project: Project) -> None:
    """Install the built-in guides if the project lacks them (a read when they are there)."""
    with project.session() as session:
        keys = set(session.exec(select(models.InterviewGuide.builtin_key)).all())
    if {g.builtin_key for g in BUILTIN_GUIDES} <= keys:
        return
    with write_transaction(project) as session:
        install_builtin_guides(session)


def list_guides(project: Project) -> list[GuideRead]:
    """Every guide of the project (built-in ones first)."""
    ensure_guides(project)
    with project.session() as session:
        ids = session.exec(select(models.InterviewGuide.id).order_by(models.InterviewGuide.id)).all()
        guides = [_guide_in(session, i) for i in ids if i is not None]
    return sorted(guides, key=lambda g: (not g.builtin, g.id))


def get_guide(project: Project, *, guide_id: int) -> GuideRead:
    """One guide with its questions."""
    with project.session() as session:
        return _guide_in(session, guide_id)


def copy_guide(project: Project, *, guide_id: int, name: str) -> GuideRead:
    """A user's own editable copy of a guide."""
    name = name.strip()
    if not name:
        raise InputError("Give the copy a name.")
    with write_transaction(project) as session:
        source = _guide_in(session, guide_id)
        row = models.InterviewGuide(name=name[:200], lang=source.lang, description=source.description)
        session.add(row)
        session.flush()
        assert row.id is not None
        for q in source.questions:
            session.add(models.GuideQuestion(guide_id=row.id, section=q.section, text=q.text, hint=q.hint,
                                             position=q.position))
        session.flush()
        return _guide_in(session, row.id)


def delete_guide(project: Project, *, guide_id: int) -> None:
    """Delete a user's guide (built-in ones stay); interviews keep their notes."""
    with write_transaction(project) as session:
        row = session.get(models.InterviewGuide, guide_id)
        if row is None:
            raise InputError(f"There is no interview guide {guide_id} in this project.")
        if row.builtin_key:
            raise InputError("Built-in guides cannot be deleted; copy one to make your own.")
        for q in session.exec(select(models.GuideQuestion).where(models.GuideQuestion.guide_id == guide_id)):
            session.delete(q)
        session.delete(row)


def _editable(session: Session, guide_id: int) -> models.InterviewGuide:
    row = session.get(models.InterviewGuide, guide_id)
    if row is None:
        raise InputError(f"There is no interview guide {guide_id} in this project.")
    if row.builtin_key:
        raise InputError("Built-in guides are read-only; copy the guide to edit it.")
    return row


def rename_guide(project: Project, *, guide_id: int, name: str) -> str:
    """Rename a user's guide; returns the old name."""
    if not name.strip():
        raise InputError("A guide needs a name.")
    with write_transaction(project) as session:
        row = _editable(session, guide_id)
        before, row.name = row.name, name.strip()[:200]
        return before


def add_question(project: Project, *, guide_id: int, section: str, text: str, hint: str = "",
                 after_id: int | None = None) -> QuestionRead:
    """Add a question to a section (after ``after_id`` or at the end)."""
    if not text.strip():
        raise InputError("A question cannot be empty.")
    with write_transaction(project) as session:
        _editable(session, guide_id)
        rows = list(session.exec(select(models.GuideQuestion).where(models.GuideQuestion.guide_id == guide_id)
                                 .order_by(models.GuideQuestion.position)))  # type: ignore[arg-type]
        at = len(rows)
        for n, r in enumerate(rows):
            if r.id == after_id:
                at = n + 1
        new = models.GuideQuestion(guide_id=guide_id, section=section.strip()[:200], text=text.strip(),
                                   hint=hint.strip())
        rows.insert(at, new)
        session.add(new)
        for n, r in enumerate(rows):
            r.position = n
        session.flush()
        return _q(new)


def update_question(project: Project, *, question_id: int, section: str | None = None, text: str | None = None,
                    hint: str | None = None) -> tuple[QuestionRead, QuestionRead]:
    """Edit a question of a user's guide; returns it before and after."""
    with write_transaction(project) as session:
        row = session.get(models.GuideQuestion, question_id)
        if row is None:
            raise InputError(f"There is no question {question_id}.")
        _editable(session, row.guide_id)
        before = _q(row)
        if text is not None:
            if not text.strip():
                raise InputError("A question cannot be empty.")
            row.text = text.strip()
        if section is not None:
            row.section = section.strip()[:200]
        if hint is not None:
            row.hint = hint.strip()
        session.flush()
        return before, _q(row)


def delete_question(project: Project, *, question_id: int) -> QuestionRead:
    """Remove a question from a user's guide; returns it (statements linked to it are unlinked)."""
    with write_transaction(project) as session:
        row = session.get(models.GuideQuestion, question_id)
        if row is None:
            raise InputError(f"There is no question {question_id}.")
        _editable(session, row.guide_id)
        before = _q(row)
        session.delete(row)
        return before


def move_question(project: Project, *, question_id: int, direction: int) -> bool:
    """Move a question one place up (-1) or down (+1) within its guide; False at either end."""
    with write_transaction(project) as session:
        row = session.get(models.GuideQuestion, question_id)
        if row is None:
            raise InputError(f"There is no question {question_id}.")
        _editable(session, row.guide_id)
        rows = list(session.exec(select(models.GuideQuestion).where(models.GuideQuestion.guide_id == row.guide_id)
                                 .order_by(models.GuideQuestion.position, models.GuideQuestion.id)))  # type: ignore[arg-type]
        n = next(k for k, r in enumerate(rows) if r.id == question_id)
        m = n + direction
        if m < 0 or m >= len(rows):
            return False
        rows[n], rows[m] = rows[m], rows[n]
        for k, r in enumerate(rows):
            r.position = k
        return True


def coverage(project: Project, *, interview_id: int) -> dict[int, int]:
    """How many statements of an interview answer each guide question."""
    s = models.Statement
    with project.session() as session:
        rows = session.exec(select(s.guide_question_id, func.count(s.id)).where(
            s.interview_id == interview_id, s.guide_question_id.is_not(None))  # type: ignore[union-attr]
            .group_by(s.guide_question_id)).all()
    return {int(q): int(n) for q, n in rows if q is not None}


def restore_guide(project: Project, *, guide: GuideRead) -> GuideRead:
    """Recreate a deleted user guide from its read object (undo of a delete; new ids)."""
    with write_transaction(project) as session:
        row = models.InterviewGuide(name=guide.name, lang=guide.lang, description=guide.description)
        session.add(row)
        session.flush()
        assert row.id is not None
        for q in guide.questions:
            session.add(models.GuideQuestion(guide_id=row.id, section=q.section, text=q.text, hint=q.hint,
                                             position=q.position))
        session.flush()
        return _guide_in(session, row.id)
