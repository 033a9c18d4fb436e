"""Opening, creating and migrating a project; the session factory every service uses.

A project is one SQLite file or a SQLAlchemy URL (PostgreSQL in team mode). Its schema version is
the Alembic revision, numbered ``0001``, ``0002``, ...; opening an older file first backs it up and
then migrates it, and a file from a newer version of the app is refused.
"""

from __future__ import annotations

import getpass
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session, select

from workbench.errors import ProjectOpenError
from workbench.store import models
from workbench.store.backup import backup_name, backup_sqlite
from workbench.store.engine import SQLITE_HEADER, make_engine, sqlite_path, to_url

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """An Alembic config for the packaged migrations."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    head = ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every schema revision this version of the app knows."""
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {rev.revision for rev in script.walk_revisions()}


def schema_number(revision: str | None) -> int:
    """The schema version as a number (revision ``0003`` is version 3; none is 0)."""
    if not revision:
        return 0
    try:
        return int(revision.split("_")[0])
    except ValueError:
        return -1


def default_user() -> str:
    """Who is working: the WORKBENCH_USER variable, else the OS user."""
    name = os.environ.get("WORKBENCH_USER")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on some systems
        return "user"


@dataclass
class Project:
    """An open project: its URL, engine and the user working in it."""

    url: str
    engine: Engine
    user: str

    @property
    def path(self) -> Path | None:
        """The SQLite file, or None in team mode."""
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        """A short name for titles and the status bar (never the password of a URL)."""
        if self.path is not None:
            return self.path.stem
        return self.engine.url.render_as_string(hide_password=True)

    def session(self) -> Session:
        """A new session; objects stay readable after commit."""
        return Session(self.engine, expire_on_commit=False)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: a session that commits on success and rolls back on any error."""
        with self.session() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at."""
        with self.engine.connect() as conn:
            return _current_revision(conn)

    def get_meta(self, key: str, default: str = "") -> str:
        """A project fact from the key/value table."""
        with self.session() as session:
            row = session.get(models.ProjectMeta, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a project fact."""
        with self.transaction() as session:
            row = session.get(models.ProjectMeta, key)
            if row is None:
                session.add(models.ProjectMeta(key=key, value=value))
            else:
                row.value = value

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()


def _current_revision(conn) -> str | None:  # type: ignore[no-untyped-def]
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def _check_sqlite_file(path: Path) -> None:
    if path.is_dir():
        raise ProjectOpenError(f"{path} is a folder, not a project file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise ProjectOpenError(f"Cannot read {path}: permission denied.") from exc
    except OSError as exc:
        raise ProjectOpenError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if header != SQLITE_HEADER:
        raise ProjectOpenError(f"{path} is not a Workbench project (it is not an SQLite database file).")


def create_project(db: str | Path, *, user: str | None = None) -> Project:
    """Create a new empty project at a path (which must not exist yet) or an empty database URL."""
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None:
        if path.exists():
            raise ProjectOpenError(f"{path} already exists; choose another name or remove it first.")
        if not path.parent.exists():
            raise ProjectOpenError(f"The folder {path.parent} does not exist.")
    engine = make_engine(url)
    with engine.connect() as conn:
        if inspect(conn).get_table_names():
            engine.dispose()
            raise ProjectOpenError("That database is not empty; a new project needs an empty database.")
    _upgrade(engine, url)
    project = Project(url=url, engine=engine, user=user or default_user())
    return project


def open_project(db: str | Path, *, user: str | None = None, migrate: bool = True) -> Project:
    """Open an existing project, backing up and migrating an older schema first.

    Raises :class:`ProjectOpenError` with a message a user can act on when the file is missing,
    not a project, from a newer version of the app, or cannot be reached.
    """
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None:
        if not path.exists():
            raise ProjectOpenError(f"There is no project at {path}.")
        _check_sqlite_file(path)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = _current_revision(conn)
            tables = set(inspect(conn).get_table_names())
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        reason = str(exc.orig) if getattr(exc, "orig", None) else str(exc)
        raise ProjectOpenError(f"Cannot open the project: {reason.strip().splitlines()[0]}") from exc
    if revision is None:
        engine.dispose()
        if not tables:
            raise ProjectOpenError("That database is empty; use 'workbench init' to make a new project in it.")
        raise ProjectOpenError("That database is not a Workbench project (it has no schema version).")
    known = known_revisions()
    head = head_revision()
    if revision not in known:
        engine.dispose()
        raise ProjectOpenError(
            f"This project was saved by a newer version of Workbench (schema {schema_number(revision)}); "
            f"this version understands schema {schema_number(head)} at most. Update Workbench to open it."
        )
    if revision != head:
        if not migrate:
            engine.dispose()
            raise ProjectOpenError(f"The project needs migrating from schema {schema_number(revision)}.")
        if path is not None:
            backup = backup_sqlite(path, backup_name(path, f"before-schema-{schema_number(head)}"))
            log.info("backed up %s before migrating to %s", backup, backup)
        _upgrade(engine, url)
    return Project(url=url, engine=engine, user=user or default_user())


def open_or_create(db: str | Path, *, user: str | None = None) -> Project:
    """Open the project, creating an empty one if the file does not exist."""
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return create_project(db, user=user)
    return open_project(db, user=user)


def _upgrade(engine: Engine, url: str) -> None:
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with Session(engine) as session:
        if session.exec(select(models.ChangeCounter)).first() is None:
            session.add(models.ChangeCounter(id=1, value=0))
            session.commit()
