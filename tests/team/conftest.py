"""A throwaway PostgreSQL server for the team-mode tests: started once per session, removed after.

The cluster runs as the ``postgres`` OS user (initdb refuses root), listens on 127.0.0.1 on a free
port with trust authentication, and lives under a temporary folder. Each test gets a fresh database
made from ``template0``, so tests never see each other's rows.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PG_BIN = Path(os.environ.get("WORKBENCH_PG_BIN", "/usr/lib/postgresql/15/bin"))
_counter = itertools.count(1)


@dataclass(frozen=True)
class PgServer:
    """A running test server: where it listens and how to make databases on it."""

    host: str
    port: int
    user: str

    def url(self, dbname: str) -> str:
        """The SQLAlchemy URL of a database on this server."""
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{dbname}"

    def create_database(self, name: str) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=self.user, dbname="postgres",
                             autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING \'UTF8\'')
        return self.url(name)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(*args: str) -> list[str]:
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return list(args)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL 15 cluster for the whole session (skipped only if the binaries are missing)."""
    initdb, pg_ctl = PG_BIN / "initdb", PG_BIN / "pg_ctl"
    if not initdb.exists() or not pg_ctl.exists():
        pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN} (install the Debian 'postgresql' package)")
    root = Path(tempfile.mkdtemp(prefix="wb-pg-"))
    data, sock_dir = root / "data", root / "sock"
    sock_dir.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        shutil.chown(sock_dir, "postgres")
    os.chmod(root, 0o700)
    port = _free_port()
    subprocess.run(_as_postgres(str(initdb), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                                "--no-sync", "--no-instructions"),
                   check=True, capture_output=True)
    opts = (f"-c listen_addresses=127.0.0.1 -p {port} -k {sock_dir} -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB")
    subprocess.run(_as_postgres(str(pg_ctl), "-D", str(data), "-o", opts, "-l", str(root / "log"), "-w",
                                "-t", "30", "start"), check=True, capture_output=True)
    try:
        yield PgServer(host="127.0.0.1", port=port, user="postgres")
    finally:
        subprocess.run(_as_postgres(str(pg_ctl), "-D", str(data), "-m", "immediate", "-w", "stop"),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """The URL of a fresh, empty database on the test server."""
    return pg_server.create_database(f"wb_test_{os.getpid()}_{next(_counter)}")


@pytest.fixture
def pg_project(pg_url: str) -> Iterator[object]:
    """A new empty project on the test server, open (user 'anna')."""
    from workbench.store.project import create_project

    project = create_project(pg_url, user="anna")
    yield project
    project.close()
