"""Copy a whole project between databases: SQLite file <-> PostgreSQL, and SQLite -> SQLite.

``workbench db copy SRC DST``. The source must be a project at this app's schema; the destination
is made (the same Alembic migrations) if it is empty or missing. Every table is copied in one
transaction on the destination, in foreign-key order, ids kept; PostgreSQL sequences are then moved
past the copied ids. Before that transaction commits, each table's row count and checksum (an
order-independent digest of every row's values) is compared with the source's, so a copy either
matches exactly or is not there at all. A destination that already holds data is refused unless
``force`` (then its rows are replaced, in the same transaction).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Table, func, inspect, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlmodel import SQLModel

from workbench.errors import InputError, ProjectOpenError, WorkbenchError
from workbench.store import models  # noqa: F401 - registers the tables
from workbench.store.engine import make_engine, sqlite_path, to_url
from workbench.store.project import create_project, head_revision, open_project, schema_number

log = logging.getLogger(__name__)

BATCH = 2000
#: rows in these tables do not make a destination "non-empty" (a fresh project has them)
_BOOKKEEPING = {"change_counter", "project_meta"}

Progress = Callable[[int, int, str], None]


class CopyCancelled(WorkbenchError):
    """The user stopped the copy; the destination was left as it was."""


class CopyMismatchError(WorkbenchError):
    """The copied rows did not match the source (nothing was committed)."""


@dataclass(frozen=True)
class TableDigest:
    """What a table holds, in two numbers: its row count and an order-independent checksum."""

    table: str
    rows: int
    checksum: str


@dataclass(frozen=True)
class CopyReport:
    """What a copy did: per-table digests (equal on both sides) and where it went."""

    source: str
    destination: str
    tables: tuple[TableDigest, ...]

    @property
    def rows(self) -> int:
        """All rows copied."""
        return sum(t.rows for t in self.tables)


def tables() -> list[Table]:
    """The project's tables in foreign-key order (parents first)."""
    return list(SQLModel.metadata.sorted_tables)


def _canonical(value: Any) -> str:
    """One value as text that is the same whichever database it came from."""
    if value is None:
        return "\x00"
    if isinstance(value, bool):
        return "b1" if value else "b0"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return "t" + value.isoformat()
    if isinstance(value, float):
        return "f" + repr(value)
    if isinstance(value, int):
        return "i" + str(value)
    return "s" + str(value)


def row_digest(values: Iterable[Any]) -> int:
    """A 128-bit digest of one row's values in column order."""
    joined = "\x1f".join(_canonical(v) for v in values).encode("utf-8")
    return int.from_bytes(hashlib.blake2b(joined, digest_size=16).digest(), "big")


def _digest(conn: Connection, table: Table) -> TableDigest:
    columns = sorted(table.c, key=lambda c: c.name)
    total, count = 0, 0
    result = conn.execution_options(stream_results=True, max_row_buffer=BATCH).execute(select(*columns))
    for part in result.partitions(BATCH):
        for row in part:
            total = (total + row_digest(row)) % (1 << 128)
            count += 1
    return TableDigest(table=table.name, rows=count, checksum=f"{total:032x}")


def digests(conn: Connection) -> dict[str, TableDigest]:
    """Counts and checksums of every project table, read on ``conn``."""
    return {t.name: _digest(conn, t) for t in tables()}


def _to_destination(row: Mapping[Any, Any]) -> dict[str, Any]:
    out = dict(row)
    for key, value in out.items():
        if isinstance(value, datetime) and value.tzinfo is None:  # a naive value is UTC by the store's rule
            out[key] = value.replace(tzinfo=UTC)
    return out


def _open_source(src: str) -> Engine:
    try:
        project = open_project(src, migrate=False, backup=False)
    except ProjectOpenError as exc:
        if "needs migrating" in str(exc):
            raise ProjectOpenError(f"{exc} Open it in this version of Workbench once (it migrates it, after a "
                                   "backup), then copy it.") from exc
        raise
    return project.engine


def _prepare_destination(dst: str) -> tuple[Engine, bool]:
    """The destination's engine, and whether it holds data already. An empty or missing one becomes a project."""
    url = to_url(dst)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        create_project(url).close()
        return make_engine(url), False
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
    except (OperationalError, DatabaseError):
        engine.dispose()
        open_project(url, migrate=False)  # raises the plain message (unreachable, not a project, ...)
        raise
    if not names:
        engine.dispose()
        create_project(url).close()
        return make_engine(url), False
    engine.dispose()
    open_project(url, migrate=False, backup=False).close()  # refuses a foreign or newer database
    engine = make_engine(url)
    with engine.connect() as conn:
        for table in tables():
            if table.name in _BOOKKEEPING:
                continue
            if conn.execute(select(func.count()).select_from(table)).scalar():
                return engine, True
    return engine, False


def _reset_sequences(conn: Connection) -> None:
    for table in tables():
        if "id" not in table.c or not table.c.id.autoincrement or table.name == "change_counter":
            continue
        conn.execute(text(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), COALESCE(MAX(id), 1), "
            f"MAX(id) IS NOT NULL) FROM {table.name}"))


def copy_project(src: str, dst: str, *, force: bool = False, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> CopyReport:
    """Copy the project at ``src`` (path or URL) to ``dst``, verified by counts and checksums.

    Raises :class:`InputError` for a non-empty destination without ``force`` or the same database
    twice, :class:`CopyMismatchError` if the check fails and :class:`CopyCancelled` on cancel; in
    each case the destination is as it was.
    """
    src_url, dst_url = to_url(src), to_url(dst)
    if src_url == dst_url:
        raise InputError("The source and the destination are the same database.")
    source = _open_source(src_url)
    try:
        engine, has_data = _prepare_destination(dst_url)
        try:
            if has_data and not force:
                raise InputError("The destination already holds a project with data; nothing was copied. "
                                 "Use --force to replace its contents.")
            return _copy(source, engine, src_url, dst_url, progress, cancelled)
        finally:
            engine.dispose()
    finally:
        source.dispose()


def _copy(source: Engine, engine: Engine, src_url: str, dst_url: str, progress: Progress | None,
          cancelled: Callable[[], bool] | None) -> CopyReport:
    dialect = engine.dialect.name
    # One snapshot of the source for the rows and their checksums, even while a team works in it.
    level = "REPEATABLE READ" if source.dialect.name == "postgresql" else None
    with source.connect() as plain:
        sconn = plain.execution_options(isolation_level=level) if level else plain
        if sconn.execute(text("SELECT version_num FROM alembic_version")).scalar() != head_revision():
            raise ProjectOpenError(f"The source is not at schema {schema_number(head_revision())}.")
        counts = {t.name: int(sconn.execute(select(func.count()).select_from(t)).scalar() or 0) for t in tables()}
        total, done = sum(counts.values()), 0
        with engine.begin() as dconn:
            for table in reversed(tables()):
                dconn.execute(table.delete())
            for table in tables():
                result = sconn.execution_options(stream_results=True, max_row_buffer=BATCH).execute(select(table))
                for part in result.mappings().partitions(BATCH):
                    if cancelled is not None and cancelled():
                        raise CopyCancelled("Copy cancelled; the destination was left as it was.")
                    dconn.execute(table.insert(), [_to_destination(r) for r in part])
                    done += len(part)
                    if progress is not None:
                        progress(done, total, table.name)
            if dialect == "postgresql":
                _reset_sequences(dconn)
            if progress is not None:
                progress(total, total, "checking")
            theirs, ours = digests(sconn), digests(dconn)
            bad = [name for name in theirs if theirs[name] != ours[name]]
            if bad:
                raise CopyMismatchError(
                    f"The copy did not match the source in {', '.join(bad)}; nothing was saved at the destination.")
    log.info("copied %s rows from %s", total, src_url)
    return CopyReport(source=src_url, destination=dst_url, tables=tuple(ours[t.name] for t in tables()))
