"""`workbench db copy`: SQLite <-> PostgreSQL and file to file, verified by counts and checksums."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from workbench.cli import main
from workbench.errors import InputError
from workbench.store import models as m
from workbench.store.dbcopy import copy_project, digests
from workbench.store.engine import make_engine, to_url
from workbench.store.project import open_project


def _digests(db: str) -> dict:
    engine = make_engine(to_url(db))
    try:
        with engine.connect() as conn:
            return digests(conn)
    finally:
        engine.dispose()


def test_sqlite_to_postgres_and_back_is_identical(demo_path: Path, pg_url: str, tmp_path: Path) -> None:
    """The demo goes to PostgreSQL and back to a new file with every table's count and checksum unchanged."""
    source = _digests(str(demo_path))
    there = copy_project(str(demo_path), pg_url)
    assert {t.table: t for t in there.tables} == source
    assert there.rows > 1000 and source["statement"].rows > 100
    assert _digests(pg_url) == source
    back = tmp_path / "back.wbp"
    copy_project(pg_url, str(back))
    assert _digests(str(back)) == source


def test_sequences_continue_after_the_copy(demo_path: Path, pg_url: str) -> None:
    """New rows on PostgreSQL after a copy get fresh ids (sequences were moved past the copied ones)."""
    copy_project(str(demo_path), pg_url)
    project = open_project(pg_url, user="anna")
    try:
        with project.transaction() as s:
            highest = s.execute(text("SELECT MAX(id) FROM partner")).scalar()
            row = m.Partner(name="New one", normalized_name="new one")
            s.add(row)
            s.flush()
            assert row.id == highest + 1
    finally:
        project.close()


def test_non_empty_destination_refused_unless_forced(demo_path: Path, pg_url: str, empty_path: Path) -> None:
    """A destination with data is refused and left alone; --force replaces it in one transaction."""
    copy_project(str(empty_path), pg_url)  # an empty project: a destination without data is fine
    copy_project(str(demo_path), pg_url)
    before = _digests(pg_url)
    with pytest.raises(InputError, match="--force"):
        copy_project(str(empty_path), pg_url)
    assert _digests(pg_url) == before
    copy_project(str(empty_path), pg_url, force=True)
    assert _digests(pg_url)["partner"].rows == 0


def test_cli_copies_file_to_file_and_prints_json(demo_path: Path, tmp_path: Path, capsys) -> None:
    """`workbench db copy A B --json` prints per-table counts and checksums; a second run without --force fails."""
    target = tmp_path / "copy.wbp"
    assert main(["db", "copy", str(demo_path), str(target), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["tables"]["statement"]["rows"] == _digests(str(demo_path))["statement"].rows
    assert out["destination"] == str(target)
    assert main(["db", "copy", str(demo_path), str(target)]) == 2
    assert "--force" in capsys.readouterr().err


def test_cancelled_copy_leaves_destination_untouched(demo_path: Path, pg_url: str) -> None:
    """Cancelling halfway rolls the destination back to empty."""
    from workbench.store.dbcopy import CopyCancelled

    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(CopyCancelled):
        copy_project(str(demo_path), pg_url, cancelled=cancelled)
    assert sum(d.rows for d in _digests(pg_url).values()) == 1  # only the fresh project's change counter
