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


class Cluster:
    """A throwaway PostgreSQL cluster that a test may stop and start again (an outage)."""

    def __init__(self) -> None:
        initdb, self.pg_ctl = PG_BIN / "initdb", PG_BIN / "pg_ctl"
        if not initdb.exists() or not self.pg_ctl.exists():
            pytest.skip(f"PostgreSQL server binaries not found in {PG_BIN} (install the Debian 'postgresql' package)")
        self.root = Path(tempfile.mkdtemp(prefix="wb-pg-"))
        self.data, sock_dir = self.root / "data", self.root / "sock"
        sock_dir.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            shutil.chown(sock_dir, "postgres")
        os.chmod(self.root, 0o700)
        self.port = _free_port()
        subprocess.run(_as_postgres(str(initdb), "-D", str(self.data), "-U", "postgres", "-A", "trust", "-E", "UTF8",
                                    "--no-sync", "--no-instructions"),
                       check=True, capture_output=True)
        self.opts = (f"-c listen_addresses=127.0.0.1 -p {self.port} -k {sock_dir} -c fsync=off "
                     "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=32MB")
        self.start()
        self.server = PgServer(host="127.0.0.1", port=self.port, user="postgres")

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        subprocess.run(_as_postgres(str(self.pg_ctl), "-D", str(self.data), "-o", self.opts, "-l",
                                    str(self.root / "log"), "-w", "-t", "30", "start"), check=True, capture_output=True)

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: every connection is cut, as in an outage (``fast`` keeps what was committed,
        which ``immediate`` with this cluster's ``synchronous_commit=off`` may not)."""
        subprocess.run(_as_postgres(str(self.pg_ctl), "-D", str(self.data), "-m", mode, "-w", "stop"),
                       capture_output=True)

    def remove(self) -> None:
        """Stop the server and delete the cluster."""
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL 15 cluster for the whole session (skipped only if the binaries are missing)."""
    cluster = Cluster()
    try:
        yield cluster.server
    finally:
        cluster.remove()


@pytest.fixture
def pg_cluster() -> Iterator[Cluster]:
    """A private cluster for one test, which it may stop and start (the shared one must stay up)."""
    cluster = Cluster()
    try:
        yield cluster
    finally:
        cluster.remove()


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
