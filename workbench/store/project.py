"""Opening, creating and migrating a project; the session factory every service uses.

A project is one SQLite file or a SQLAlchemy URL (PostgreSQL in team mode). Its schema version is
the Alembic revision, numbered ``0001``, ``0002``, ...; opening an older file first backs it up and
then migrates it, and a file from a newer version of the app is refused. Opening a file backs it up
if it changed since its newest backup; the app also locks it against a second app window
(:mod:`workbench.store.lock`). A read-only file, a file that is not a project and a full disk each
give a message the user can act on, and nothing in the file is changed.
"""

from __future__ import annotations

import getpass
import logging
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import Session, select

from workbench.errors import ProjectOpenError, WorkbenchError
from workbench.store import lock as project_lock
from workbench.store import models
from workbench.store.backup import BackupError, backup_file, backup_on_open
from workbench.store.engine import SQLITE_HEADER, make_engine, sqlite_path, to_url

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_GET_META = text("SELECT value FROM project_meta WHERE key = :key")


def alembic_config(url: str):  # type: ignore[no-untyped-def]
    """An Alembic config for the packaged migrations (Alembic is imported only when needed)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def known_revisions() -> set[str]:
    """Every schema revision this version of the app knows.

    Revisions are numbered ``0001``, ``0002``, ... and each lives in ``versions/<number>_<slug>.py``,
    so the file names tell them without importing Alembic, which alone costs a quarter of a second
    of start-up (a test checks the names agree with Alembic's own view).
    """
    return {p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py")}


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    return max(known_revisions())


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


class DiskFullError(WorkbenchError):
    """SQLite could not write: the disk (or the database's size limit) is full."""


class ReadOnlyProjectError(WorkbenchError):
    """The project file or its folder cannot be written."""


DISK_FULL_MESSAGE = ("The disk is full, so the last change was NOT saved. Everything saved before it is safe. "
                     "Free some space (or save a copy to another disk) and try again.")
READ_ONLY_MESSAGE = ("The project cannot be written (the file or its folder is read-only), so the last change "
                     "was NOT saved. Everything saved before it is safe.")


def storage_error(exc: BaseException) -> WorkbenchError | None:
    """The user-facing error for a storage failure SQLite reported (full disk, read-only), else None."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "database or disk is full" in text or "no space left" in text:
        return DiskFullError(DISK_FULL_MESSAGE)
    if "readonly database" in text or "read-only file system" in text:
        return ReadOnlyProjectError(READ_ONLY_MESSAGE)
    return None


@dataclass
class Project:
    """An open project: its URL, engine and the user working in it."""

    url: str
    engine: Engine
    user: str
    lock: project_lock.ProjectLock | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Every write bumps the change counter (and NOTIFYs on PostgreSQL), so other people see it.
        from workbench.store.team import track_changes

        track_changes(self.engine)

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
        """One user action: a session that commits on success and rolls back on any error.

        A full disk or a read-only file becomes a :class:`WorkbenchError` saying that this change was
        not saved and the earlier ones are safe.
        """
        with self.session() as session:
            try:
                yield session
                session.commit()
            except (OperationalError, DatabaseError) as exc:
                session.rollback()
                friendly = storage_error(exc)
                if friendly is not None:
                    raise friendly from exc
                raise
            except BaseException:
                session.rollback()
                raise

    def schema_revision(self) -> str | None:
        """The Alembic revision the database is at."""
        with self.engine.connect() as conn:
            return _current_revision(conn)

    def get_meta(self, key: str, default: str = "") -> str:
        """A project fact from the key/value table.

        A plain statement rather than an ORM ``get``: the window's title reads this before its first
        paint, and the ORM's first load there cost ~20 ms of start-up.
        """
        with self.engine.connect() as conn:
            value = conn.execute(_GET_META, {"key": key}).scalar()
        return default if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        """Store a project fact."""
        with self.transaction() as session:
            row = session.get(models.ProjectMeta, key)
            if row is None:
                session.add(models.ProjectMeta(key=key, value=value))
            else:
                row.value = value

    def take_lock(self) -> None:
        """Lock the project file for this app instance (see :mod:`workbench.store.lock`); idempotent."""
        if self.lock is None and self.path is not None:
            self.lock = project_lock.acquire(self.path, user=self.user)

    def close(self) -> None:
        """Release the connections and the app lock."""
        self.engine.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


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


def _check_writable(path: Path) -> None:
    """Refuse a file marked read-only, or in a folder where SQLite cannot write its journal."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if not mode & 0o222 or not os.access(path, os.W_OK):
        raise ProjectOpenError(
            f"{path} is read-only, and Workbench saves every change as you make it. Make the file writable "
            "(Properties, or chmod u+w) or copy it to a folder of yours, then open it again. Nothing was changed.")
    if not os.access(path.parent, os.W_OK):
        raise ProjectOpenError(
            f"The folder {path.parent} is read-only, and Workbench needs to write its journal beside the "
            "project. Copy the project to a folder of yours and open it there. Nothing was changed.")


def _cannot_connect(url: str, exc: BaseException) -> str:
    """The message for a database that cannot be opened; a team server gets a plain 'cannot reach'."""
    reason = str(getattr(exc, "orig", None) or exc).strip() or type(exc).__name__
    if path_is_server(url):
        from workbench.store.team import unreachable_message

        return unreachable_message(url, reason)
    return f"Cannot open the project: {reason.splitlines()[0]}"


def path_is_server(url: str) -> bool:
    """True if the project lives on a database server rather than in a file."""
    return sqlite_path(url) is None and not url.startswith("sqlite")


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
    try:
        with engine.connect() as conn:
            tables = inspect(conn).get_table_names()
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise ProjectOpenError(_cannot_connect(url, exc)) from exc
    if tables:
        engine.dispose()
        raise ProjectOpenError("That database is not empty; a new project needs an empty database.")
    _upgrade(engine, url)
    project = Project(url=url, engine=engine, user=user or default_user())
    return project


def open_project(db: str | Path, *, user: str | None = None, migrate: bool = True, lock: bool = False,
                 backup: bool = True) -> Project:
    """Open an existing project, backing up and migrating an older schema first.

    ``lock=True`` (the app does this) refuses a project open in another app window. ``backup`` takes
    the automatic backup on open when the file changed since its newest backup.

    Raises :class:`ProjectOpenError` with a message a user can act on when the file is missing,
    not a project, read-only, open in another window, from a newer version of the app, or cannot
    be reached; the file is left as it was.
    """
    url = to_url(db)
    path = sqlite_path(url)
    held: project_lock.ProjectLock | None = None
    if path is not None:
        if not path.exists():
            raise ProjectOpenError(f"There is no project at {path}.")
        _check_sqlite_file(path)
        _check_writable(path)
        if lock:
            held = project_lock.acquire(path, user=user or default_user())
    try:
        project = _open_checked(url, path, user=user, migrate=migrate, backup=backup)
    except BaseException:
        if held is not None:
            held.release()
        raise
    project.lock = held
    return project


def _refuse_unknown(revision: str | None, tables: set[str]) -> None:
    """Refuse a database that is empty, not a project, or from a newer version of the app."""
    if revision is None:
        if not tables:
            raise ProjectOpenError("That database is empty; use 'workbench init' to make a new project in it.")
        raise ProjectOpenError("That database is not a Workbench project (it has no schema version).")
    if revision not in known_revisions():
        raise ProjectOpenError(
            f"This project was saved by a newer version of Workbench (schema {schema_number(revision)}); "
            f"this version understands schema {schema_number(head_revision())} at most. Update Workbench to "
            "open it. Nothing in the file was changed."
        )


def lock_project(project: Project) -> None:
    """Lock an already open project for this app instance; :class:`ProjectOpenError` if another has it."""
    project.take_lock()


def _peek_file(path: Path) -> tuple[str | None, set[str]]:
    """The schema revision and table names of an SQLite file, read without writing a byte to it
    (the engine would switch a foreign file to WAL before we could refuse it)."""
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            return revision, tables
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ProjectOpenError(f"Cannot open the project: {str(exc).strip().splitlines()[0]}. "
                               "Run 'workbench check --db FILE' to see what to do.") from exc


def _open_checked(url: str, path: Path | None, *, user: str | None, migrate: bool, backup: bool) -> Project:
    if path is not None:
        revision, tables = _peek_file(path)
        _refuse_unknown(revision, tables)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            revision = _current_revision(conn)
            tables = set(inspect(conn).get_table_names())
    except (OperationalError, DatabaseError) as exc:
        engine.dispose()
        raise ProjectOpenError(_cannot_connect(url, exc)) from exc
    try:
        _refuse_unknown(revision, tables)
    except ProjectOpenError:
        engine.dispose()
        raise
    head = head_revision()
    if revision != head:
        if not migrate:
            engine.dispose()
            raise ProjectOpenError(f"The project needs migrating from schema {schema_number(revision)}.")
        if path is not None:
            try:
                saved = backup_file(path, f"before-schema-{schema_number(head)}")
            except BackupError as exc:
                engine.dispose()
                raise ProjectOpenError(f"{exc} The project was not migrated, so nothing was changed; free "
                                       "some space or make the folder writable and open it again.") from exc
            log.info("backed up %s before migrating to schema %s", saved, schema_number(head))
        try:
            _upgrade(engine, url)
        except (OperationalError, DatabaseError) as exc:
            engine.dispose()
            friendly = storage_error(exc)
            if friendly is not None:
                raise ProjectOpenError(f"The project could not be migrated: {friendly} The file is as it was.") from exc
            raise
    elif path is not None and backup:
        backup_on_open(path)
    return Project(url=url, engine=engine, user=user or default_user())


def open_or_create(db: str | Path, *, user: str | None = None) -> Project:
    """Open the project, creating an empty one if the file does not exist."""
    url = to_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return create_project(db, user=user)
    return open_project(db, user=user)


def _upgrade(engine: Engine, url: str) -> None:
    from alembic import command

    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with Session(engine) as session:
        if session.exec(select(models.ChangeCounter)).first() is None:
            session.add(models.ChangeCounter(id=1, value=0))
            session.commit()
