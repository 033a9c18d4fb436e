"""Schema migrations: empty to head, the golden schema-1 file (with data) to head, newer files refused.

The golden file ``tests/data/schema1.wbp`` is a project at schema 1 holding a little of everything
(Russian and English text). It was made once with::

    .venv/bin/python -m tests.store.test_migrations --make-golden

which builds it with Alembic stopped at revision ``0001`` and plain SQL inserts (not the services, whose
models follow the newest schema). Never regenerate it after later revisions exist: it must stay what a
schema-1 user has on disk, so that every future migration is tested against real old data.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from workbench.errors import ProjectOpenError
from workbench.store.backup import list_backups
from workbench.store.project import create_project, head_revision, open_project, schema_number

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "schema1.wbp"
#: what the golden file holds, by table
GOLDEN_COUNTS = {"segment": 2, "partner": 6, "interview": 2, "statement": 40, "capability": 3}


def table_counts(path: Path, tables: list[str] | None = None) -> dict[str, int]:
    """Row counts of every user table of an SQLite file (read-only)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = tables or [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        conn.close()


def digest(path: Path) -> str:
    """SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_golden(target: Path) -> Path:
    """Build the schema-1 golden file at ``target`` (see the module docstring)."""
    from alembic import command

    from workbench.store.engine import make_engine, to_url
    from workbench.store.project import alembic_config

    target.unlink(missing_ok=True)
    url = to_url(target)
    engine = make_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    at = "2026-01-15 10:00:00.000000"
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("INSERT INTO project_meta VALUES ('name', 'Золотой файл схемы 1')")
        conn.execute("INSERT INTO change_counter VALUES (1, 0, ?)", (at,))
        for sid, name in ((1, "Интеграторы amoCRM"), (2, "Bitrix24 integrators")):
            conn.execute("INSERT INTO segment VALUES (?, ?, '', '{}', '{}', '{}', 25, ?, 1, ?)", (sid, name, sid, at))
        for pid in range(1, 7):
            conn.execute(
                "INSERT INTO partner (id, name, normalized_name, segment_id, city, region, website, website_norm, "
                "employees, clients, level, certification, authority_rank, ecosystems, research_status, notes, "
                "version, created_at, updated_at, updated_by) VALUES (?, ?, ?, ?, 'Москва', '', ?, ?, 10, 50, '', '', "
                "?, 'amoCRM', 'candidate', '', 1, ?, ?, 'golden')",
                (pid, f"Партнёр {pid}", f"партнер {pid}", 1 + pid % 2, f"https://p{pid}.ru", f"p{pid}.ru", pid, at, at))
        for iid in (1, 2):
            conn.execute(
                "INSERT INTO interview (id, partner_id, interviewer, mode, status, summary, next_steps, draft_text, "
                "version, created_at) VALUES (?, ?, 'golden', 'video', 'done', '', '', '', 1, ?)", (iid, iid, at))
        for n in range(40):
            kind = ("pain", "gain", "job", None)[n % 4]
            text = f"Выплаты раз в месяц — это долго ({n})" if n % 2 else f"We chase our commission every month ({n})"
            conn.execute(
                "INSERT INTO statement (interview_id, text, position, kind, source, speaker, is_quote, is_followup, "
                "created_at, updated_at, created_by) VALUES (?, ?, ?, ?, 'typed', '', 0, 0, ?, ?, 'golden')",
                (1 + n % 2, text, n, kind, at, at))
        for cid, (name, status) in enumerate((("Автовыплаты", "missing"), ("Partner portal", "partial"),
                                              ("Регистрация сделок", "have")), start=1):
            conn.execute("INSERT INTO capability (id, name, normalized_name, pillar, status, description) "
                         "VALUES (?, ?, ?, 'financial', ?, '')", (cid, name, name.lower(), status))
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()
    return target


@pytest.fixture
def golden_copy(tmp_path: Path) -> Path:
    """A private copy of the schema-1 golden file."""
    target = tmp_path / "old.wbp"
    shutil.copyfile(GOLDEN, target)
    return target


def test_golden_file_is_schema_1_with_data() -> None:
    """The golden file is still the schema-1 file with its data (it must never be regenerated later)."""
    conn = sqlite3.connect(f"file:{GOLDEN}?mode=ro&immutable=1", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert table_counts(GOLDEN, list(GOLDEN_COUNTS)) == GOLDEN_COUNTS


def test_empty_to_head_matches_the_models(tmp_path: Path) -> None:
    """A new project is at the head revision and its tables are exactly what the models declare."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    project = create_project(tmp_path / "new.wbp")
    try:
        assert project.schema_revision() == head_revision()
        with project.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        tables = [d for d in diff if d[0] in ("add_table", "remove_table", "add_column", "remove_column")]
        assert tables == []
    finally:
        project.close()


def test_golden_schema_1_migrates_to_head_keeping_every_row(golden_copy: Path) -> None:
    """Opening the schema-1 file brings it to the head schema; every row survives; integrity is ok."""
    before = table_counts(golden_copy, list(GOLDEN_COUNTS))
    project = open_project(golden_copy)
    try:
        assert project.schema_revision() == head_revision()
        with project.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert project.get_meta("name") == "Золотой файл схемы 1"
    finally:
        project.close()
    assert table_counts(golden_copy, list(GOLDEN_COUNTS)) == before
    reasons = {b.reason for b in list_backups(golden_copy)}
    if head_revision() != "0001":
        assert f"before-schema-{schema_number(head_revision())}" in reasons
    else:
        assert "open" in reasons  # nothing to migrate yet: the open backup is taken instead


def test_migrated_golden_file_works_with_the_services(golden_copy: Path) -> None:
    """After migrating, the old data is usable: a statement can be added to an old interview."""
    from workbench.interviews.capture import add_statement

    project = open_project(golden_copy)
    try:
        saved = add_statement(project, interview_id=1, line="pain: после миграции всё на месте")
        assert saved.id > 40
    finally:
        project.close()
    assert table_counts(golden_copy, ["statement"])["statement"] == 41


def test_newer_schema_is_refused_and_the_file_untouched(golden_copy: Path) -> None:
    """A file from a newer app (schema 9999) is refused with advice to update; not one byte changes."""
    with sqlite3.connect(golden_copy) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = digest(golden_copy)
    with pytest.raises(ProjectOpenError, match="newer version of Workbench.*Update Workbench"):
        open_project(golden_copy)
    assert digest(golden_copy) == before
    assert list_backups(golden_copy) == []
    assert not Path(str(golden_copy) + "-wal").exists() or Path(str(golden_copy) + "-wal").stat().st_size == 0


def test_migration_is_refused_without_permission_to_migrate(golden_copy: Path) -> None:
    """open_project(migrate=False) on an old file says it needs migrating and changes nothing."""
    if head_revision() == "0001":
        pytest.skip("only schema 1 exists so far: there is nothing to migrate")
    before = digest(golden_copy)
    with pytest.raises(ProjectOpenError, match="needs migrating"):
        open_project(golden_copy, migrate=False)
    assert digest(golden_copy) == before


if __name__ == "__main__":
    if "--make-golden" in sys.argv:
        if head_revision() != "0001" and "--force" not in sys.argv:
            sys.exit("refusing: the golden file must keep the data a schema-1 user has; see the docstring")
        print(f"wrote {make_golden(GOLDEN)}")
