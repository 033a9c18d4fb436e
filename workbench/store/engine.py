"""Engines and sessions for a project: an SQLite file (WAL, foreign keys) or a SQLAlchemy URL."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import create_engine

from workbench.store.gilshare import step_aside

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def is_url(db: str) -> bool:
    """True if ``db`` is a SQLAlchemy URL rather than a file path."""
    return "://" in db


def to_url(db: str | Path) -> str:
    """The SQLAlchemy URL for a path or URL given on the command line or in a dialog."""
    text = str(db)
    if is_url(text):
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL, or None for other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    # FULL sync: a statement shown as saved survives a power cut, not just a crash of the app.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """An engine for the project at ``url`` with the pragmas the store relies on."""
    engine = _make_engine(url, echo=echo)
    event.listen(engine, "before_cursor_execute", step_aside)
    return engine


def _make_engine(url: str, *, echo: bool = False) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False, "timeout": 5})
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's implicit transactions hide BEGIN from SQLAlchemy; take control so that a
        # user action is exactly one transaction.
        @event.listens_for(engine, "connect")
        def _no_implicit_tx(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN")

        return engine
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql":
        # a host that drops packets must not freeze the app until the TCP timeout
        connect_args["connect_timeout"] = 5
    return create_engine(url, echo=echo, pool_pre_ping=True, connect_args=connect_args)
