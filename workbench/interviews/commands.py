"""Interview commands: ``notes add``."""

from __future__ import annotations

import argparse
import sys

from workbench.errors import InputError, WorkbenchError
from workbench.interviews.capture import add_statement
from workbench.store import models
from workbench.store.project import open_project


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add the interview commands."""
    notes = sub.add_parser("notes", help="add notes to an interview", description="Interview notes.")
    notes_sub = notes.add_subparsers(dest="notes_command", metavar="ACTION", parser_class=type(notes))
    p = notes_sub.add_parser("add", help="read statements from standard input, one per line", description=(
        "Read statements from standard input, one per line. A leading job:, pain:, gain:, работа:, боль:, "
        "выгода: sets the kind. Each line is committed before 'saved <id>' is printed."))
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--interview", type=int, required=True, metavar="ID", help="interview id")
    p.set_defaults(func=cmd_notes_add)


def cmd_notes_add(args: argparse.Namespace) -> int:
    """workbench notes add --db DB --interview ID < lines."""
    project = open_project(args.db)
    try:
        with project.session() as session:
            if session.get(models.Interview, args.interview) is None:
                raise InputError(f"There is no interview {args.interview} in this project.")
        failures = 0
        stdin = sys.stdin
        for number, raw in enumerate(stdin, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip():
                continue
            try:
                statement = add_statement(project, interview_id=args.interview, line=line)
            except WorkbenchError as exc:
                failures += 1
                print(f"workbench: line {number}: {exc}", file=sys.stderr, flush=True)
                continue
            sys.stdout.write(f"saved {statement.id}\n")
            sys.stdout.flush()
        return 1 if failures else 0
    finally:
        project.close()
