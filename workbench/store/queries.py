"""Read-only queries about a whole project."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, select

from workbench.store import models


def project_counts(session: Session) -> dict[str, int]:
    """Row counts of the main entities, keyed as ``workbench info`` prints them."""
    tables: dict[str, type] = {
        "segments": models.Segment,
        "partners": models.Partner,
        "interviews": models.Interview,
        "statements": models.Statement,
        "boards": models.Board,
        "cards": models.Card,
        "evidence": models.Evidence,
        "fit_links": models.FitLink,
        "capabilities": models.Capability,
        "backlog_items": models.BacklogItem,
        "guides": models.InterviewGuide,
    }
    return {key: session.exec(select(func.count()).select_from(table)).one() for key, table in tables.items()}


def first_interview_id(session: Session) -> int | None:
    """The lowest interview id, the one a script would type notes into."""
    return session.exec(select(func.min(models.Interview.id))).one()
