"""SQLModel tables for the whole domain.

The schema is laid down whole from the first migration so that later capabilities add behaviour,
not tables. Enumerations are stored as short strings (readable in any SQL tool, portable between
SQLite and PostgreSQL); :mod:`workbench.store.enums` lists the allowed values. Every table that
people edit concurrently in team mode carries a ``version`` counter for optimistic locking.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """Aware UTC now: timestamps are stored in UTC and come back aware on SQLite and PostgreSQL."""
    return datetime.now(UTC)


class ProjectMeta(SQLModel, table=True):
    """Key/value facts about the project (name, language, prioritisation framework, ...)."""

    __tablename__ = "project_meta"
    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="", sa_column_kwargs={"nullable": False})


class Segment(SQLModel, table=True):
    """A group of candidate partners that gets its own value proposition and board."""

    __tablename__ = "segment"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True, max_length=200)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # Entered segment-scoring criteria {criterion: value 0..10} and their weights {criterion: weight}.
    criteria_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    weights_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    # Ideal-partner profile weights for this segment {criterion: weight}.
    profile_weights_json: str = Field(default="{}", sa_column=Column(Text, nullable=False, default="{}"))
    target_interviews: int = 25
    position: int = 0
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)


class Partner(SQLModel, table=True):
    """A candidate or actual partner (an integrator, agency, expert, ...)."""

    __tablename__ = "partner"
    __table_args__ = (Index("ix_partner_segment_status", "segment_id", "research_status"),)
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    normalized_name: str = Field(index=True, max_length=300)
    segment_id: int | None = Field(default=None, foreign_key="segment.id", index=True, ondelete="SET NULL")
    city: str = Field(default="", max_length=200)
    region: str = Field(default="", max_length=200)
    website: str = Field(default="", max_length=500)
    website_norm: str = Field(default="", index=True, max_length=500)
    employees: int | None = None
    clients: int | None = None
    level: str = Field(default="", max_length=100)
    certification: str = Field(default="", max_length=200)
    authority_rank: int | None = None
    ecosystems: str = Field(default="", max_length=300)
    # 1..5 ratings used by the ideal-partner profile.
    technical_capability: int | None = None
    community_authority: int | None = None
    similar_experience: int | None = None
    research_status: str = Field(default="candidate", max_length=30)
    profile_score: float | None = None
    profile_rank: int | None = None
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = Field(default="", max_length=100)


class PartnerStatusChange(SQLModel, table=True):
    """History of a partner's research status."""

    __tablename__ = "partner_status_change"
    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True, ondelete="CASCADE")
    status: str = Field(max_length=30)
    at: datetime = Field(default_factory=utcnow)
    who: str = Field(default="", max_length=100)


class Contact(SQLModel, table=True):
    """A person at a partner."""

    __tablename__ = "contact"
    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True, ondelete="CASCADE")
    name: str = Field(default="", max_length=200)
    role: str = Field(default="", max_length=200)
    email: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=100)


class InterviewGuide(SQLModel, table=True):
    """An interview guide: grouped, ordered questions."""

    __tablename__ = "interview_guide"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    lang: str = Field(default="ru", max_length=5)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    builtin_key: str = Field(default="", max_length=100)
    created_at: datetime = Field(default_factory=utcnow)


class GuideQuestion(SQLModel, table=True):
    """One question of a guide, within a section."""

    __tablename__ = "guide_question"
    id: int | None = Field(default=None, primary_key=True)
    guide_id: int = Field(foreign_key="interview_guide.id", index=True, ondelete="CASCADE")
    section: str = Field(default="", max_length=200)
    text: str = Field(sa_column=Column(Text, nullable=False))
    hint: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    position: int = 0


class Interview(SQLModel, table=True):
    """One conversation with a partner."""

    __tablename__ = "interview"
    id: int | None = Field(default=None, primary_key=True)
    partner_id: int = Field(foreign_key="partner.id", index=True, ondelete="CASCADE")
    guide_id: int | None = Field(default=None, foreign_key="interview_guide.id", ondelete="SET NULL")
    interviewer: str = Field(default="", max_length=100)
    planned_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    mode: str = Field(default="call", max_length=30)
    status: str = Field(default="planned", max_length=30, index=True)
    summary: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    next_steps: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    # The line being typed in capture mode, saved on pause so that a crash loses nothing.
    draft_text: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    current_question_id: int | None = None
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)


class Statement(SQLModel, table=True):
    """One note line: what a partner said, tagged as job, pain, gain or other (or untagged)."""

    __tablename__ = "statement"
    __table_args__ = (Index("ix_statement_interview_position", "interview_id", "position"),)
    id: int | None = Field(default=None, primary_key=True)
    interview_id: int = Field(foreign_key="interview.id", index=True, ondelete="CASCADE")
    text: str = Field(sa_column=Column(Text, nullable=False))
    position: int = 0
    time_offset_s: float | None = None
    kind: str | None = Field(default=None, max_length=10, index=True)
    subtype: str | None = Field(default=None, max_length=20)
    severity: int | None = None
    source: str = Field(default="manual", max_length=20)
    confidence: float | None = None
    suggested_kind: str | None = Field(default=None, max_length=10)
    suggested_score: float | None = None
    suggestion_state: str | None = Field(default=None, max_length=10)  # accepted / rejected
    guide_question_id: int | None = Field(default=None, foreign_key="guide_question.id", ondelete="SET NULL")
    speaker: str = Field(default="", max_length=200)
    is_quote: bool = False
    is_followup: bool = False
    lang: str | None = Field(default=None, max_length=5)
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    created_by: str = Field(default="", max_length=100)


class Board(SQLModel, table=True):
    """A Value Proposition Canvas board: one per segment."""

    __tablename__ = "board"
    id: int | None = Field(default=None, primary_key=True)
    segment_id: int = Field(foreign_key="segment.id", unique=True, ondelete="CASCADE")
    title: str = Field(default="", max_length=300)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)


class Card(SQLModel, table=True):
    """A sticky note on a board, in one of the six zones."""

    __tablename__ = "card"
    __table_args__ = (Index("ix_card_board_zone", "board_id", "zone"),)
    id: int | None = Field(default=None, primary_key=True)
    board_id: int = Field(foreign_key="board.id", index=True, ondelete="CASCADE")
    zone: str = Field(max_length=20)
    title: str = Field(max_length=500)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    rank: int | None = None
    manual_rank: int | None = None
    importance: int = 2
    pillar: str | None = Field(default=None, max_length=20)
    pos_x: float | None = None
    pos_y: float | None = None
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = Field(default="", max_length=100)


class Evidence(SQLModel, table=True):
    """A statement standing behind a card."""

    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("card_id", "statement_id"),)
    id: int | None = Field(default=None, primary_key=True)
    card_id: int = Field(foreign_key="card.id", index=True, ondelete="CASCADE")
    statement_id: int = Field(foreign_key="statement.id", index=True, ondelete="CASCADE")


class FitLink(SQLModel, table=True):
    """A pain reliever linked to a pain, or a gain creator to a gain."""

    __tablename__ = "fit_link"
    __table_args__ = (UniqueConstraint("source_card_id", "target_card_id"),)
    id: int | None = Field(default=None, primary_key=True)
    source_card_id: int = Field(foreign_key="card.id", index=True, ondelete="CASCADE")
    target_card_id: int = Field(foreign_key="card.id", index=True, ondelete="CASCADE")


class Capability(SQLModel, table=True):
    """Something the vendor already offers, partly offers or lacks."""

    __tablename__ = "capability"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=300)
    normalized_name: str = Field(index=True, max_length=300)
    pillar: str = Field(default="product", max_length=20)
    status: str = Field(default="missing", max_length=20)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    card_id: int | None = Field(default=None, foreign_key="card.id", ondelete="SET NULL")


class Release(SQLModel, table=True):
    """A planned release grouping backlog items."""

    __tablename__ = "release"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    target_date: datetime | None = None
    position: int = 0
    notes: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class BacklogItem(SQLModel, table=True):
    """Something the partners need that is missing or partial."""

    __tablename__ = "backlog_item"
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=500)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    pillar: str = Field(default="product", max_length=20)
    reach: float | None = None
    impact: float | None = None
    confidence: float | None = None
    effort: float | None = None
    framework: str = Field(default="rice", max_length=10)
    computed_score: float | None = None
    manual_rank: int | None = None
    position: int = 0
    status: str = Field(default="new", max_length=20, index=True)
    reject_reason: str = Field(default="", max_length=500)
    release_id: int | None = Field(default=None, foreign_key="release.id", ondelete="SET NULL")
    owner: str = Field(default="", max_length=100)
    # Stable key of what proposed the item (e.g. "card:12"), so that gap analysis never duplicates.
    source_key: str = Field(default="", max_length=100, index=True)
    version: int = 1
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    updated_by: str = Field(default="", max_length=100)


class BacklogCardLink(SQLModel, table=True):
    """A card a backlog item answers (and, through it, its evidence)."""

    __tablename__ = "backlog_card_link"
    __table_args__ = (UniqueConstraint("backlog_item_id", "card_id"),)
    id: int | None = Field(default=None, primary_key=True)
    backlog_item_id: int = Field(foreign_key="backlog_item.id", index=True, ondelete="CASCADE")
    card_id: int = Field(foreign_key="card.id", index=True, ondelete="CASCADE")


class ProgramElement(SQLModel, table=True):
    """An element of the partner program (commission, payouts, portal, ...) under one pillar."""

    __tablename__ = "program_element"
    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(default="", max_length=100, index=True)
    pillar: str = Field(max_length=20)
    title: str = Field(max_length=300)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    status: str = Field(default="missing", max_length=20)
    card_id: int | None = Field(default=None, foreign_key="card.id", ondelete="SET NULL")
    position: int = 0


class SurveyRound(SQLModel, table=True):
    """A periodic partner survey round."""

    __tablename__ = "survey_round"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    held_on: datetime | None = None
    imported_at: datetime = Field(default_factory=utcnow)


class SurveyAnswer(SQLModel, table=True):
    """One partner's rating of a backlog item or pain in a survey round."""

    __tablename__ = "survey_answer"
    id: int | None = Field(default=None, primary_key=True)
    round_id: int = Field(foreign_key="survey_round.id", index=True, ondelete="CASCADE")
    partner_id: int | None = Field(default=None, foreign_key="partner.id", ondelete="SET NULL")
    backlog_item_id: int | None = Field(default=None, foreign_key="backlog_item.id", ondelete="SET NULL")
    card_id: int | None = Field(default=None, foreign_key="card.id", ondelete="SET NULL")
    subject: str = Field(default="", max_length=500)
    rating: int
    comment: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class AuditEntry(SQLModel, table=True):
    """Who changed what, when, from what to what."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entity", "entity", "entity_id"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    who: str = Field(default="", max_length=100)
    entity: str = Field(max_length=50)
    entity_id: int | None = None
    action: str = Field(max_length=30)
    before_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    after_json: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class ChangeCounter(SQLModel, table=True):
    """A single row bumped by every committed change, so other sessions can notice changes cheaply."""

    __tablename__ = "change_counter"
    id: int = Field(default=1, primary_key=True)
    value: int = 0
    changed_at: datetime = Field(default_factory=utcnow)


ALL_TABLES: tuple[type[SQLModel], ...] = (
    ProjectMeta, Segment, Partner, PartnerStatusChange, Contact, InterviewGuide, GuideQuestion,
    Interview, Statement, Board, Card, Evidence, FitLink, Capability, Release, BacklogItem,
    BacklogCardLink, ProgramElement, SurveyRound, SurveyAnswer, AuditEntry, ChangeCounter,
)
