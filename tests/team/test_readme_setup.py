"""The server set-up the README gives a team works as written: separate logins, one shared project."""

from __future__ import annotations

import os

import psycopg

from workbench.backlog import service as backlog
from workbench.store.project import create_project, open_project


def test_readme_roles_let_every_member_create_read_and_edit(pg_server) -> None:
    """A NOLOGIN team role owning the database, members defaulting to it: anna inits, boris edits, anna sees it."""
    suffix = f"{os.getpid()}"
    team, anna, boris, db = f"wb_team_{suffix}", f"anna_{suffix}", f"boris_{suffix}", f"partners_{suffix}"
    with psycopg.connect(host=pg_server.host, port=pg_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        for sql in (  # the README's statements, with these names
            f"CREATE ROLE {team} NOLOGIN",
            f"CREATE ROLE {anna} LOGIN PASSWORD 'x' IN ROLE {team}",
            f"CREATE ROLE {boris} LOGIN PASSWORD 'y' IN ROLE {team}",
            f"ALTER ROLE {anna} SET role = '{team}'",
            f"ALTER ROLE {boris} SET role = '{team}'",
            f"CREATE DATABASE {db} OWNER {team}",
        ):
            conn.execute(sql)
    url = f"postgresql+psycopg://{{}}@{pg_server.host}:{pg_server.port}/{db}"
    first = create_project(url.format(anna), user="anna")
    item = backlog.create_item(first, title="Partner portal")
    second = open_project(url.format(boris), user="boris")
    try:
        backlog.update_items(second, {item.id: {"title": "Reseller portal"}}, expected={item.id: item.version})
        assert backlog.get_item(first, item.id).title == "Reseller portal"
    finally:
        second.close()
        first.close()
