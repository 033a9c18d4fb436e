"""Deleting many partners at once (undo of an import, bulk delete) and putting them back restores every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from workbench.partners import scoring, service

TABLES = ("partner", "contact", "partner_status_change", "interview", "statement", "evidence", "survey_answer")


def _dump(path: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(path) as conn:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}


def test_deleting_every_interviewed_partner_and_restoring_them_gives_back_every_row(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Partners with interviews, statements, evidence and survey answers: deleted in one action, all of it goes
    (answers keep their rows without the partner); restored, every row of every table is back as it was."""
    path = Path(str(demo_project.path))
    scoring.rescore_partners(demo_project)  # scores and ranks are derived: restoring recomputes them
    with sqlite3.connect(path) as conn:
        ids = [r[0] for r in conn.execute("SELECT DISTINCT partner_id FROM interview ORDER BY partner_id")]
        answered = conn.execute("SELECT count(*) FROM survey_answer WHERE partner_id IS NOT NULL").fetchone()[0]
    assert len(ids) > 20 and answered > 0
    before = _dump(path)
    snapshots = service.delete_partners(demo_project, partner_ids=ids, user="test")
    assert [s.partner["id"] for s in snapshots] == ids
    middle = _dump(path)
    assert not any(row[0] in ids for row in middle["partner"])
    assert middle["interview"] == [] and middle["statement"] == [] and middle["evidence"] == []
    assert len(middle["survey_answer"]) == len(before["survey_answer"])
    with sqlite3.connect(path) as conn:
        marks = ",".join("?" * len(ids))
        assert conn.execute(f"SELECT count(*) FROM survey_answer WHERE partner_id IN ({marks})", ids).fetchone()[0] == 0
        deleted = conn.execute("SELECT count(*) FROM audit_entry WHERE entity = 'partner' AND action = 'delete'"
                               ).fetchone()[0]
    assert deleted == len(ids)
    service.restore_partners(demo_project, snapshots=snapshots, user="test")
    after = _dump(path)
    for table in TABLES:
        assert after[table] == before[table], table


def test_a_partner_listed_twice_or_already_gone_is_deleted_once(demo_project) -> None:  # type: ignore[no-untyped-def]
    """Duplicate and missing ids do not fail the action or snapshot a partner twice."""
    first = service.list_partners(demo_project)[0].id
    snapshots = service.delete_partners(demo_project, partner_ids=[first, first, 999_999])
    assert [s.partner["id"] for s in snapshots] == [first]
    assert first not in {p.id for p in service.list_partners(demo_project)}
