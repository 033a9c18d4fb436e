"""Team-mode commands: ``workbench db copy SRC DST``."""

from __future__ import annotations

import argparse
import json
import sys

from sqlalchemy.engine import make_url


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add the ``db`` command group."""
    db = sub.add_parser("db", help="copy a project between a file and a team server",
                        description="Database tools for team projects.")
    actions = db.add_subparsers(dest="db_what", metavar="ACTION", parser_class=type(db))
    p = actions.add_parser("copy", help="copy a whole project, verified by counts and checksums", description=(
        "Copy a whole project between a project file and a PostgreSQL database (either way), or file to file. "
        "The destination is created if it is missing or empty; one with data is refused unless --force. "
        "Every table is compared by row count and checksum before the copy is committed."))
    p.add_argument("source", metavar="SRC", help="project file or postgresql+psycopg://user@host:port/db URL")
    p.add_argument("destination", metavar="DST", help="project file or database URL")
    p.add_argument("--force", action="store_true", help="replace the destination's data")
    p.add_argument("--json", action="store_true", help="print the per-table counts and checksums as JSON")
    p.set_defaults(func=cmd_copy)
    db.set_defaults(func=lambda _args: (db.print_help(sys.stderr), 2)[1])


def _safe(url: str) -> str:
    """A path for a file, a URL without its password for a server."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or url
    return parsed.render_as_string(hide_password=True)


def cmd_copy(args: argparse.Namespace) -> int:
    """Copy SRC to DST and print what was verified."""
    from workbench.store.dbcopy import copy_project

    shown = {"last": -1}

    def progress(done: int, total: int, table: str) -> None:
        if not args.json and sys.stderr.isatty() and total and done * 20 // total != shown["last"]:
            shown["last"] = done * 20 // total
            print(f"\r{done:,}/{total:,} rows ({table})", end="", file=sys.stderr, flush=True)

    report = copy_project(args.source, args.destination, force=args.force, progress=progress)
    if args.json:
        print(json.dumps({"source": _safe(report.source), "destination": _safe(report.destination),
                          "rows": report.rows,
                          "tables": {t.table: {"rows": t.rows, "checksum": t.checksum} for t in report.tables}}))
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)
    width = max(len(t.table) for t in report.tables)
    for t in report.tables:
        print(f"{t.table:<{width}}  {t.rows:>8,}  {t.checksum}")
    print(f"Copied {report.rows:,} rows from {_safe(report.source)} to {_safe(report.destination)}; "
          "every table's count and checksum match.")
    return 0
