"""Team projects on PostgreSQL: migrations, change notification, an unreachable server."""

from __future__ import annotations

import socket
import threading

import pytest
from sqlalchemy import inspect

from tests.team.seed import seed
from workbench.errors import ProjectOpenError
from workbench.store import models as m
from workbench.store.project import create_project, head_revision, open_project
from workbench.store.team import ChangeWatcher, is_team_url, read_counter


def test_migrations_build_the_whole_schema_on_postgres(pg_project) -> None:
    """`workbench init URL` runs the same Alembic migrations: head revision, every table, reopenable."""
    assert pg_project.schema_revision() == head_revision()
    with pg_project.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
    assert {t.__tablename__ for t in m.ALL_TABLES} <= tables
    again = open_project(pg_project.url, user="boris")
    assert again.schema_revision() == head_revision()
    again.close()


def test_init_refuses_a_non_empty_database(pg_project) -> None:
    """Creating a project in a database that already holds one is refused."""
    with pytest.raises(ProjectOpenError, match="not empty"):
        create_project(pg_project.url)


def test_every_write_bumps_the_change_counter(pg_project) -> None:
    """A committed write bumps the counter once; a read or a rolled-back write does not."""
    before = read_counter(pg_project.engine)
    seed(pg_project)
    assert read_counter(pg_project.engine) == before + 1
    with pg_project.session() as s:
        s.get(m.Partner, 1)
    with pytest.raises(RuntimeError), pg_project.transaction() as s:
        s.add(m.Segment(name="never"))
        s.flush()
        raise RuntimeError("undo")
    assert read_counter(pg_project.engine) == before + 1


def test_second_connection_is_notified_of_others_changes_only(pg_project, pg_url) -> None:
    """A watcher on another connection wakes on someone else's commit (NOTIFY), not on its own project's."""
    boris = open_project(pg_url, user="boris")
    watcher = ChangeWatcher(boris.engine, pg_url)
    try:
        assert watcher.wait(0.2) is False
        with boris.transaction() as s:  # boris's own change: not news to boris
            s.add(m.Segment(name="Boris's"))
        assert watcher.wait(0.5) is False
        timer = threading.Timer(0.2, seed, args=(pg_project,))
        timer.start()
        assert watcher.wait(5.0) is True
        timer.join()
    finally:
        watcher.close()
        boris.close()


def test_sqlite_watcher_polls_the_counter(empty_project, empty_path) -> None:
    """On a project file the watcher polls the counter and also ignores its own writes."""
    other = open_project(empty_path, user="boris")
    watcher = ChangeWatcher(other.engine, other.url, poll_interval=0.05)
    try:
        with other.transaction() as s:
            s.add(m.Segment(name="own"))
        assert watcher.wait(0.2) is False
        seed(empty_project)
        assert watcher.wait(1.0) is True
    finally:
        watcher.close()
        other.close()


def test_unreachable_server_is_said_plainly() -> None:
    """Opening a team project on a closed port raises ProjectOpenError saying the server cannot be reached."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql+psycopg://anna:secret@127.0.0.1:{port}/team"
    assert is_team_url(url)
    with pytest.raises(ProjectOpenError) as info:
        open_project(url)
    message = str(info.value)
    assert f"Cannot reach the team server at 127.0.0.1:{port}" in message and "secret" not in message
    with pytest.raises(ProjectOpenError, match="Cannot reach the team server"):
        create_project(url)
