"""The deterministic demo project (workbench.demo.build_demo)."""

from __future__ import annotations

import hashlib
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from workbench.demo import build_demo
from workbench.errors import WorkbenchError
from workbench.store.enums import ZONES
from workbench.store.project import Project, create_project


def _build(path: Path, scale: int = 1) -> tuple[Project, dict[str, int]]:
    project = create_project(path)
    counts = build_demo(project, scale=scale)
    return project, counts


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "d.db"
    project, _ = _build(path)
    project.close()
    return path


def _rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


def _digest(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        out = {}
        for table in tables:
            rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY 1').fetchall()
            out[table] = hashlib.sha256(repr(rows).encode()).hexdigest()
        return out


def test_segments_partners_and_guides(demo_db: Path) -> None:
    """Scale 1 has the two integrator segments with at least 50 profiled partners each, and both guides."""
    segments = dict(_rows(demo_db, "SELECT name, id FROM segment"))
    assert {"Интеграторы amoCRM", "Интеграторы Битрикс24"} <= set(segments)
    for seg_id in segments.values():
        (count,) = _rows(demo_db, f"SELECT count(*) FROM partner WHERE segment_id={seg_id}")[0]
        assert count >= 50
    assert not _rows(demo_db, "SELECT id FROM partner WHERE normalized_name='' OR city='' OR website_norm=''")
    assert not _rows(demo_db, "SELECT id FROM partner WHERE id NOT IN (SELECT partner_id FROM contact)")
    assert not _rows(demo_db, "SELECT id FROM partner WHERE id NOT IN (SELECT partner_id FROM partner_status_change)")
    keys = {r[0] for r in _rows(demo_db, "SELECT builtin_key FROM interview_guide")}
    assert keys == {"partner_program_ru", "partner_program_en"}
    (meta,) = _rows(demo_db, "SELECT value FROM project_meta WHERE key='demo'")
    assert meta == ("1",)


def test_done_interviews_have_enough_ordered_statements(demo_db: Path) -> None:
    """At least 24 done interviews, each with 20+ statements in order, some left untagged, status consistent."""
    done = _rows(demo_db, "SELECT id, partner_id FROM interview WHERE status='done' AND ended_at > started_at")
    assert len(done) >= 24
    statuses = Counter(r[0] for r in _rows(demo_db, "SELECT status FROM interview"))
    assert statuses["planned"] >= 2 and statuses["in_progress"] == 1
    for interview_id, partner_id in done:
        rows = _rows(demo_db, "SELECT position, time_offset_s, kind, guide_question_id FROM statement "
                              f"WHERE interview_id={interview_id} ORDER BY position")
        assert len(rows) >= 20
        assert [r[0] for r in rows] == list(range(len(rows)))
        assert all(a[1] < b[1] for a, b in zip(rows, rows[1:], strict=False))
        assert [r[3] for r in rows] == sorted(r[3] for r in rows)
        assert any(r[2] is None for r in rows)
        (status,) = _rows(demo_db, f"SELECT research_status FROM partner WHERE id={partner_id}")[0]
        assert status in ("interviewed", "synthesised")


def test_russian_majority_with_some_english(demo_db: Path) -> None:
    """Most statements are Russian, at least 10% English."""
    langs = Counter(r[0] for r in _rows(demo_db, "SELECT lang FROM statement"))
    total = sum(langs.values())
    assert langs["ru"] > total / 2
    assert langs["en"] >= total * 0.10
    assert len({r[0] for r in _rows(demo_db, "SELECT text FROM statement")}) >= 250


def test_boards_cards_evidence_and_fit(demo_db: Path) -> None:
    """Each board has cards in all six zones; every profile card has evidence from 2+ partners; fit links exist."""
    boards = [r[0] for r in _rows(demo_db, "SELECT id FROM board")]
    assert len(boards) == 2
    for board in boards:
        zones = Counter(r[0] for r in _rows(demo_db, f"SELECT zone FROM card WHERE board_id={board}"))
        assert set(zones) == set(ZONES)
        assert all(zones[z] >= 4 for z in ZONES)
    evidence = _rows(demo_db, """
        SELECT c.id, count(DISTINCT e.statement_id), count(DISTINCT i.partner_id) FROM card c
        LEFT JOIN evidence e ON e.card_id = c.id LEFT JOIN statement s ON s.id = e.statement_id
        LEFT JOIN interview i ON i.id = s.interview_id
        WHERE c.zone IN ('jobs', 'pains', 'gains') GROUP BY c.id""")
    assert evidence and all(n >= 2 and partners >= 2 for _, n, partners in evidence)
    links = _rows(demo_db, """SELECT s.zone, t.zone, s.board_id = t.board_id FROM fit_link f
        JOIN card s ON s.id = f.source_card_id JOIN card t ON t.id = f.target_card_id""")
    assert links
    assert {(a, b) for a, b, _ in links} == {("relievers", "pains"), ("creators", "gains")}
    assert all(same for *_, same in links)


def test_each_board_leaves_a_severe_pain_unrelieved(demo_db: Path) -> None:
    """Every board has at least one importance-3 pain that no reliever addresses."""
    rows = _rows(demo_db, """SELECT board_id, count(*) FROM card WHERE zone='pains' AND importance=3
        AND id NOT IN (SELECT target_card_id FROM fit_link) GROUP BY board_id""")
    assert len(rows) == 2 and all(n >= 1 for _, n in rows)


def test_backlog_capabilities_and_program(demo_db: Path) -> None:
    """At least 10 scored backlog items over all three pillars, linked to cards; capabilities and program elements."""
    items = _rows(demo_db, "SELECT id, pillar, reach, impact, confidence, effort, computed_score, source_key "
                           "FROM backlog_item")
    assert len(items) >= 10
    assert {r[1] for r in items} == {"financial", "operational", "product"}
    for _, _, reach, impact, confidence, effort, score, source in items:
        assert score == pytest.approx(reach * impact * confidence / effort, abs=0.01)
        assert source.startswith("card:")
    assert not _rows(demo_db, "SELECT id FROM backlog_item WHERE id NOT IN (SELECT backlog_item_id FROM backlog_card_link)")
    assert _rows(demo_db, "SELECT count(*) FROM capability")[0][0] >= 15
    assert {r[0] for r in _rows(demo_db, "SELECT DISTINCT pillar FROM program_element")} == {
        "financial", "operational", "product"}
    assert _rows(demo_db, "SELECT count(*) FROM program_element")[0][0] >= 12
    assert _rows(demo_db, "SELECT count(*) FROM release")[0][0] == 2
    assert _rows(demo_db, "SELECT count(*) FROM survey_answer")[0][0] >= 20


def test_build_is_deterministic(tmp_path: Path) -> None:
    """Two builds at the same scale are identical in every table, ids and timestamps included."""
    first, counts_a = _build(tmp_path / "a.db")
    second, counts_b = _build(tmp_path / "b.db")
    first.close()
    second.close()
    assert counts_a == counts_b
    assert _digest(tmp_path / "a.db") == _digest(tmp_path / "b.db")


def test_refuses_a_project_with_partners(tmp_path: Path) -> None:
    """build_demo raises WorkbenchError on a project that already has partners and writes nothing."""
    project, _ = _build(tmp_path / "d.db")
    before = _digest(tmp_path / "d.db")
    with pytest.raises(WorkbenchError):
        build_demo(project)
    project.close()
    assert _digest(tmp_path / "d.db") == before


@pytest.mark.slow
def test_scale_ten_counts(tmp_path: Path) -> None:
    """Scale 10 has 10 boards, 500 partners, 300 interviews, 30,000 statements, 2,000 cards, 1,000 backlog items."""
    project, counts = _build(tmp_path / "big.db", scale=10)
    project.close()
    assert counts["segment"] == counts["board"] == 10
    assert counts["partner"] == 500
    assert counts["interview"] == 300
    assert counts["statement"] == 30000
    assert counts["card"] == 2000
    assert counts["backlog_item"] == 1000
    per_board = defaultdict(set)
    for board, zone in _rows(tmp_path / "big.db", "SELECT board_id, zone FROM card"):
        per_board[board].add(zone)
    assert all(zones == set(ZONES) for zones in per_board.values())
