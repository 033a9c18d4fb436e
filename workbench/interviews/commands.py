"""Interview commands: ``notes add``, ``import notes``, ``import qdpx``, ``notes search``."""

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

    p = notes_sub.add_parser("search", help="find statements by words in any grammatical form", description=(
        "Find statements containing every word of the query in any form ('выплата' finds 'выплаты')."))
    p.add_argument("query", help="words to find")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--limit", type=int, default=50, help="at most this many results (default 50)")
    p.set_defaults(func=cmd_notes_search)

    p = groups["import"].add_parser("notes", help="import notes or a transcript into an interview", description=(
        "Import a .txt, .md or .docx file (UTF-8 or cp1251) into an interview: split into statements by "
        "paragraph and sentence; 'Name: text' lines keep the speaker, 'pain:'-style prefixes set the kind. "
        "All or nothing, in one transaction."))
    p.add_argument("file", metavar="FILE", help="the notes (.txt, .md, .docx)")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--interview", type=int, required=True, metavar="ID", help="interview id")
    p.add_argument("--paragraphs", action="store_true", help="one statement per paragraph, not per sentence")
    p.add_argument("--dry-run", action="store_true", help="print what would be imported and write nothing")
    p.set_defaults(func=cmd_import_notes)

    p = groups["import"].add_parser("qdpx", help="import a REFI-QDA project (.qdpx) as interviews", description=(
        "Import a REFI-QDA project (.qdpx from QualCoder, NVivo, ATLAS.ti, MAXQDA or Workbench): each text "
        "source becomes an interview of the partner whose case lists it; coded spans become statements tagged "
        "job/pain/gain/other by their code (Job, Pain, Gain, Other, Работа, Боль, Выгода or codes under them); "
        "uncoded text is kept as untagged statements, one per line. Backed up first; all or nothing."))
    p.add_argument("file", metavar="FILE", help="the .qdpx file")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--coded-only", action="store_true", help="import only coded spans, not the uncoded text")
    p.add_argument("--dry-run", action="store_true", help="read and check the file, print what would be imported")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(func=cmd_import_qdpx)


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


def cmd_import_notes(args: argparse.Namespace) -> int:
    """workbench import notes FILE --db DB --interview ID."""
    from pathlib import Path

    from workbench.interviews.transcript import import_statements, preview_file

    lines = preview_file(Path(args.file), by_sentence=not args.paragraphs)
    if args.dry_run:
        for line in lines:
            tags = " ".join(t for t in (f"[{line.kind}]" if line.kind else "", f"{line.speaker}:" if line.speaker else "") if t)
            print(f"{tags} {line.text}".strip())
        print(f"{len(lines)} statements would be imported", file=sys.stderr)
        return 0
    project = open_project(args.db)
    try:
        ids = import_statements(project, interview_id=args.interview, lines=lines)
    finally:
        project.close()
    print(f"imported {len(ids)} statements into interview {args.interview}")
    return 0


def cmd_notes_search(args: argparse.Namespace) -> int:
    """workbench notes search QUERY --db DB."""
    from workbench.interviews.search import search_statements

    project = open_project(args.db)
    try:
        hits = search_statements(project, args.query, limit=args.limit)
    finally:
        project.close()
    for hit in hits:
        print(f"{hit.interview_id}\t{hit.statement_id}\t{hit.kind or '-'}\t{hit.partner_name}\t{hit.text}")
    print(f"{len(hits)} found", file=sys.stderr)
    return 0


def cmd_import_qdpx(args: argparse.Namespace) -> int:
    """workbench import qdpx FILE --db DB [--coded-only] [--dry-run] [--json]."""
    import json
    from pathlib import Path

    from workbench.interviews.qdpx_import import import_plan, read_qdpx

    plan = read_qdpx(Path(args.file), coded_only=args.coded_only)
    if args.dry_run:
        rows = [{"source": i.source, "partner": i.partner, "interviewer": i.interviewer,
                 "statements": len(i.statements), "tagged": sum(1 for s in i.statements if s.kind)}
                for i in plan.interviews]
        if args.json:
            print(json.dumps({"origin": plan.origin, "interviews": rows, "skipped": list(plan.skipped)},
                             ensure_ascii=False, indent=2))
        else:
            for row in rows:
                print(f"{row['partner']}\t{row['source']}\t{row['statements']} statements, {row['tagged']} tagged")
            for line in plan.skipped:
                print(f"skipped: {line}", file=sys.stderr)
            print(f"{len(rows)} interviews would be imported", file=sys.stderr)
        return 0
    project = open_project(args.db)
    try:
        report = import_plan(project, plan, file_name=Path(args.file).name)
    finally:
        project.close()
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.summary())
        for line in report.skipped:
            print(f"skipped: {line}", file=sys.stderr)
    return 0
