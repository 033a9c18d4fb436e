"""Every table of the store round-trips through a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import SQLModel, select

from workbench.store import models
from workbench.store.project import Project, open_project

T0 = datetime(2025, 10, 1, 9, 30, tzinfo=UTC)


def _sample_rows() -> list[SQLModel]:
    """One fully filled row of every table, in dependency order."""
    return [
        models.ProjectMeta(key="name", value="Проект «Партнёры»"),
        models.Segment(id=1, name="Интеграторы amoCRM", description="desc", criteria_json='{"a": 1}',
                       weights_json='{"a": 2}', profile_weights_json='{"b": 3}', target_interviews=30,
                       position=2, version=3, created_at=T0),
        models.Partner(id=1, name='ООО "СРМ-Профи"', normalized_name="срм профи", segment_id=1, city="Казань",
                       region="Татарстан", website="https://crm-profi.ru", website_norm="crm-profi.ru",
                       employees=40, clients=250, level="Gold", certification="amoCRM Expert", authority_rank=3,
                       ecosystems="amoCRM", technical_capability=4, community_authority=5, similar_experience=3,
                       research_status="interviewed", profile_score=81.5, profile_rank=2, notes="заметка",
                       version=2, created_at=T0, updated_at=T0, updated_by="anna"),
        models.PartnerStatusChange(id=1, partner_id=1, status="invited", at=T0, who="anna"),
        models.Contact(id=1, partner_id=1, name="Иван Петров", role="CEO", email="i@x.ru", phone="+7 900"),
        models.InterviewGuide(id=1, name="Гайд", lang="ru", description="d", builtin_key="k", created_at=T0),
        models.GuideQuestion(id=1, guide_id=1, section="Финансы", text="Как часто?", hint="h", position=1),
        models.Interview(id=1, partner_id=1, guide_id=1, interviewer="anna", planned_at=T0, started_at=T0,
                         ended_at=T0, mode="video", status="done", summary="s", next_steps="n", draft_text="d",
                         current_question_id=1, version=4, created_at=T0),
        models.Statement(id=1, interview_id=1, text="Комиссию приходится выбивать", position=0, time_offset_s=12.5,
                         kind="pain", subtype="emotional", severity=3, source="suggested", confidence=0.9,
                         suggested_kind="pain", suggested_score=0.9, suggestion_state="accepted",
                         guide_question_id=1, speaker="Иван", is_quote=True, is_followup=True, lang="ru",
                         created_at=T0, updated_at=T0, created_by="anna"),
        models.Board(id=1, segment_id=1, title="Доска", version=2, created_at=T0),
        models.Card(id=1, board_id=1, zone="pains", title="Выплаты", description="d", rank=1, manual_rank=2,
                    importance=3, pillar=None, pos_x=1.5, pos_y=2.5, version=2, created_at=T0, updated_at=T0,
                    updated_by="anna"),
        models.Card(id=2, board_id=1, zone="relievers", title="Автовыплаты", pillar="financial", created_at=T0,
                    updated_at=T0),
        models.Evidence(id=1, card_id=1, statement_id=1),
        models.FitLink(id=1, source_card_id=2, target_card_id=1),
        models.Capability(id=1, name="ЭДО", normalized_name="эдо", pillar="operational", status="partial",
                          description="d", card_id=2),
        models.Release(id=1, name="R1", target_date=T0, position=1, notes="n"),
        models.BacklogItem(id=1, title="Автовыплаты", description="d", pillar="financial", reach=10, impact=3,
                           confidence=0.8, effort=5, framework="wsjf", computed_score=4.8, manual_rank=1, position=3,
                           status="rejected", reject_reason="дорого", release_id=1, owner="pm", source_key="card:2",
                           version=2, created_at=T0, updated_at=T0, updated_by="pm"),
        models.BacklogCardLink(id=1, backlog_item_id=1, card_id=2),
        models.ProgramElement(id=1, key="payout_frequency", pillar="financial", title="Частота выплат",
                              description="d", status="planned", card_id=2, position=1),
        models.SurveyRound(id=1, name="Q1", held_on=T0, imported_at=T0),
        models.SurveyAnswer(id=1, round_id=1, partner_id=1, backlog_item_id=1, card_id=1, subject="s", rating=5,
                            comment="c"),
        models.AuditEntry(id=1, at=T0, who="anna", entity="card", entity_id=1, action="update",
                          before_json="{}", after_json='{"title": "x"}'),
    ]


def test_every_table_round_trips(empty_project: Project, empty_path) -> None:  # type: ignore[no-untyped-def]
    """A fully filled row of each table reads back equal after closing and reopening the file."""
    rows = _sample_rows()
    expected = [row.model_dump() for row in rows]
    with empty_project.transaction() as session:
        for row in rows:
            session.add(row)
            session.flush()
    empty_project.close()
    reopened = open_project(empty_path)
    try:
        with reopened.session() as session:
            for row, want in zip(rows, expected, strict=True):
                key = want.get("id", want.get("key"))
                got = session.get(type(row), key)
                assert got is not None, type(row).__name__
                assert got.model_dump() == want, type(row).__name__
    finally:
        reopened.close()
    covered = {type(r) for r in rows}
    assert covered >= set(models.ALL_TABLES) - {models.ChangeCounter}


def test_foreign_keys_are_enforced(empty_project: Project) -> None:
    """A statement for a missing interview is refused by the database itself."""
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), empty_project.transaction() as session:
        session.add(models.Statement(interview_id=999, text="x"))
    with empty_project.session() as session:
        assert session.exec(select(models.Statement)).all() == []


def test_deleting_a_partner_cascades_to_interviews_and_statements(empty_project: Project) -> None:
    """Removing a partner removes its interviews and their statements, not other partners' data."""
    with empty_project.transaction() as session:
        for row in _sample_rows()[:9]:
            session.add(row)
            session.flush()
    with empty_project.transaction() as session:
        session.delete(session.get(models.Partner, 1))
    with empty_project.session() as session:
        assert session.exec(select(models.Interview)).all() == []
        assert session.exec(select(models.Statement)).all() == []
        assert session.get(models.Segment, 1) is not None


def test_wal_and_foreign_keys_are_on(empty_project: Project) -> None:
    """Project files run in WAL mode with foreign keys and full sync, so saved notes survive a crash."""
    with empty_project.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
