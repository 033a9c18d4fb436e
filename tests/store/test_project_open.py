"""Opening projects: new, missing, foreign and newer files get clear messages and stay untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from workbench.errors import ProjectOpenError
from workbench.store.project import create_project, head_revision, open_project, schema_number


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_is_at_the_head_schema(tmp_path: Path) -> None:
    """A new project records the newest schema version."""
    project = create_project(tmp_path / "p.wbp")
    try:
        assert project.schema_revision() == head_revision()
        assert schema_number(project.schema_revision()) >= 1
    finally:
        project.close()


def test_create_refuses_an_existing_file(tmp_path: Path) -> None:
    """Creating over an existing file is refused rather than overwriting it."""
    path = tmp_path / "p.wbp"
    path.write_text("keep me")
    with pytest.raises(ProjectOpenError, match="already exists"):
        create_project(path)
    assert path.read_text() == "keep me"


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    """Opening a file that does not exist says so."""
    with pytest.raises(ProjectOpenError, match="no project"):
        open_project(tmp_path / "nope.wbp")


def test_a_text_file_is_not_a_project(tmp_path: Path) -> None:
    """A file that is not SQLite is refused and left as it was."""
    path = tmp_path / "notes.wbp"
    path.write_text("hello")
    before = _digest(path)
    with pytest.raises(ProjectOpenError, match="not a Workbench project"):
        open_project(path)
    assert _digest(path) == before


def test_an_unrelated_sqlite_database_is_refused(tmp_path: Path) -> None:
    """An SQLite file from another program is refused, not migrated into."""
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    before = _digest(path)
    with pytest.raises(ProjectOpenError, match="not a Workbench project"):
        open_project(path)
    assert _digest(path) == before


def test_a_newer_schema_is_refused_untouched(empty_path: Path) -> None:
    """A project from a newer version of the app is refused with advice to update, file unchanged."""
    with sqlite3.connect(empty_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(empty_path)
    with pytest.raises(ProjectOpenError, match="newer version of Workbench"):
        open_project(empty_path)
    assert _digest(empty_path) == before


def test_transaction_rolls_back_on_error(empty_project) -> None:  # type: ignore[no-untyped-def]
    """One user action is one transaction: an error leaves nothing of it behind."""
    from sqlmodel import select

    from workbench.store import models

    with pytest.raises(RuntimeError), empty_project.transaction() as session:
        session.add(models.Segment(name="A"))
        session.flush()
        raise RuntimeError("boom")
    with empty_project.session() as session:
        assert session.exec(select(models.Segment)).all() == []


def test_revision_numbers_from_file_names_match_alembic() -> None:
    """The schema versions read from the migration file names are exactly Alembic's revisions and head."""
    from alembic.script import ScriptDirectory

    from workbench.store.project import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert head_revision() == script.get_current_head()
