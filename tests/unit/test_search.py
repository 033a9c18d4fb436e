"""Statement search that understands Russian word forms, kept fast by an incremental lemma index."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from workbench.interviews import planning
from workbench.interviews import statements as st
from workbench.interviews.capture import commit_line
from workbench.interviews.search import forget_index, refresh_index, search_statements


def _plan(project):  # type: ignore[no-untyped-def]
    partner = planning.partner_choices(project)[0]
    return planning.plan_interview(project, partner_id=partner.id, interviewer="A", planned_at=None)


def test_word_forms_match(demo_project) -> None:  # type: ignore[no-untyped-def]
    """"выплата" finds "выплаты" and "выплат"; every word of the query must match."""
    iv = _plan(demo_project)
    a = commit_line(demo_project, interview_id=iv.id, line="Выплаты приходят раз в месяц")
    b = commit_line(demo_project, interview_id=iv.id, line="Порог выплат слишком высокий")
    c = commit_line(demo_project, interview_id=iv.id, line="Документы на бумаге")
    found = {h.statement_id for h in search_statements(demo_project, "выплата")}
    assert {a.id, b.id} <= found and c.id not in found
    both = {h.statement_id for h in search_statements(demo_project, "выплатами порогу")}
    assert b.id in both and a.id not in both
    assert search_statements(demo_project, "") == []


def test_index_follows_edits_and_deletes(demo_project) -> None:  # type: ignore[no-untyped-def]
    """After an edit or a delete the next search sees the change."""
    iv = _plan(demo_project)
    a = commit_line(demo_project, interview_id=iv.id, line="Нужен партнёрский кабинет")
    assert a.id in {h.statement_id for h in search_statements(demo_project, "кабинета")}
    st.set_text(demo_project, statement_id=a.id, text="Нужны вебинары для менеджеров")
    assert a.id not in {h.statement_id for h in search_statements(demo_project, "кабинет")}
    assert a.id in {h.statement_id for h in search_statements(demo_project, "вебинар")}
    st.delete_statement(demo_project, statement_id=a.id)
    assert a.id not in {h.statement_id for h in search_statements(demo_project, "вебинар")}


def test_english_forms(demo_project) -> None:  # type: ignore[no-untyped-def]
    """English statements match by lemma too ("payout" finds "payouts")."""
    iv = _plan(demo_project)
    a = commit_line(demo_project, interview_id=iv.id, line="Payouts arrive once a month")
    assert a.id in {h.statement_id for h in search_statements(demo_project, "payout")}


def test_search_at_30000_statements_is_under_50_ms(demo_project, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    """With 30,000 statements a search (index warm) takes under 50 ms; the index builds once."""
    with sqlite3.connect(demo_path) as conn:
        rows = conn.execute("SELECT interview_id, text FROM statement").fetchall()
        need = 30_000 - len(rows)
        now = "2026-01-01 00:00:00.000000"
        conn.executemany(
            "INSERT INTO statement (interview_id, text, position, source, is_quote, is_followup, speaker, "
            "created_at, updated_at, created_by) VALUES (?, ?, ?, 'imported', 0, 0, '', ?, ?, '')",
            [(rows[n % len(rows)][0], f"{rows[n % len(rows)][1]} (№{n})", 10_000 + n, now, now) for n in range(need)])
    forget_index(demo_project)
    started = time.perf_counter()
    index = refresh_index(demo_project)
    build = time.perf_counter() - started
    assert len(index.stamps) == 30_000
    timings = []
    for query in ("выплата", "порог выплат", "документы", "commission", "вебинары менеджеров"):
        best = 1.0
        for _ in range(3):  # best of three: the machine has two cores shared with other work
            started = time.perf_counter()
            hits = search_statements(demo_project, query)
            best = min(best, time.perf_counter() - started)
        timings.append(best)
        assert hits or query == "commission"
    assert max(timings) < 0.05, (timings, build)
    assert build < 60
