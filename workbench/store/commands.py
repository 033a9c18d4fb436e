"""Project commands: ``init``, ``demo``, ``info``, ``check``."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from workbench.errors import InputError
from workbench.store.engine import is_url, sqlite_path, to_url
from workbench.store.project import create_project, open_project, schema_number
from workbench.store.queries import first_interview_id, project_counts


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add the project commands."""
    p = sub.add_parser("init", help="create a new empty project", description="Create a new empty project.")
    p.add_argument("path", metavar="PATH", help="project file to create (or an empty database URL)")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", help="create the demo project", description=(
        "Build the demo project deterministically: two segments, 100+ partners, interviews, boards, backlog."))
    p.add_argument("path", metavar="PATH", help="project file to create")
    p.add_argument("--force", action="store_true", help="replace PATH if it exists")
    p.add_argument("--scale", type=int, default=1, help="size multiplier (10 = the large benchmark project)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("info", help="print counts and the schema version", description=(
        "Print what a project holds."))
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("check", help="check a project file for damage and say what to do", description=(
        "Run SQLite's integrity check and foreign-key check on a project file (read-only), check its backups, "
        "and say what to do. Exit code 0 when sound, 1 when damaged."))
    p.add_argument("--db", required=True, help="project file")
    p.add_argument("--json", action="store_true", help="one JSON object")
    p.set_defaults(func=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    """workbench init PATH."""
    project = create_project(args.path)
    print(f"created {project.path or project.display_name}")
    project.close()
    return 0


def build_demo_file(path: Path, *, force: bool = False, scale: int = 1) -> Path:
    """Build the demo into ``path``: written under a temporary name and renamed, never half-made."""
    from workbench.demo import build_demo

    path = path.expanduser().resolve()
    if path.exists() and not force:
        raise InputError(f"{path} already exists; add --force to replace it.")
    if not path.parent.exists():
        raise InputError(f"The folder {path.parent} does not exist.")
    if scale < 1 or scale > 100:
        raise InputError("--scale must be between 1 and 100.")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=".building", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    tmp.unlink()
    try:
        project = create_project(tmp)
        try:
            build_demo(project, scale=scale)
            with project.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            project.close()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        tmp.replace(path)
    finally:
        for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
            leftover.unlink(missing_ok=True)
    return path


def cmd_demo(args: argparse.Namespace) -> int:
    """workbench demo PATH [--force]."""
    if is_url(args.path):
        raise InputError("The demo is built into a project file; give a path, not a URL.")
    path = build_demo_file(Path(args.path), force=args.force, scale=args.scale)
    project = open_project(path)
    try:
        with project.session() as session:
            counts = project_counts(session)
    finally:
        project.close()
    print(f"demo written to {path}: " + ", ".join(f"{counts[k]} {k}" for k in (
        "segments", "partners", "interviews", "statements", "cards", "backlog_items")))
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """workbench info --db DB [--json]."""
    project = open_project(args.db)
    try:
        with project.session() as session:
            counts = project_counts(session)
            first = first_interview_id(session)
        info: dict[str, object] = {
            **counts,
            "schema_version": schema_number(project.schema_revision()),
            "first_interview_id": first,
            "name": project.get_meta("name", project.display_name),
        }
        path = sqlite_path(to_url(args.db))
        info["path"] = str(path) if path else None
    finally:
        project.close()
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for key, value in info.items():
            print(f"{key}: {value}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """workbench check --db DB [--json]."""
    from workbench.store.integrity import check_project

    path = sqlite_path(to_url(args.db))
    if path is None:
        raise InputError("check works on project files; a server database is checked by its administrator.")
    report = check_project(path)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0 if report.ok else 1
    print(f"{report.path}: {'ok' if report.ok else 'DAMAGED'}")
    for problem in report.problems[:20]:
        print(f"  problem: {problem}")
    print(report.advice)
    return 0 if report.ok else 1
