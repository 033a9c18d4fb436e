"""Backlog commands: ``export backlog``, ``export program``, ``import capabilities``, ``import survey``,
``backlog gaps`` and ``backlog rescore``. openpyxl and matplotlib load only when a command runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from workbench.errors import InputError
from workbench.store.project import open_project


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add the backlog and program commands."""
    p = groups["export"].add_parser("backlog", help="export the partner backlog (xlsx, csv, jira, md)", description=(
        "Export the backlog by rank. jira is a CSV that Jira's importer takes (Summary, Issue Type, Description, "
        "Priority, Labels); its description carries the workbench ids of the item, its cards and evidence. "
        "Text that looks like a formula stays text. The file is replaced only when complete."))
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--format", required=True, choices=("xlsx", "csv", "jira", "md"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write")
    p.add_argument("--lang", choices=("ru", "en"), help="language of the headers (default: the project's)")
    p.set_defaults(func=cmd_export_backlog)

    p = groups["export"].add_parser("program", help="export the program structure (xlsx, md, pdf)", description=(
        "Export the partner program by pillar: every element with its status, evidence and the backlog items it "
        "needs. The catalogue of program elements is added to the project first if it is missing."))
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--format", required=True, choices=("xlsx", "md", "pdf"))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write")
    p.add_argument("--lang", choices=("ru", "en"), help="language (default: the project's)")
    p.set_defaults(func=cmd_export_program)

    p = groups["import"].add_parser("capabilities", help="import the capability inventory from xlsx or csv",
                                    description=(
        "Import capabilities (name, pillar, status have/partial/missing, description) from .xlsx or .csv with "
        "Russian or English headers. A capability with the same name is updated. All or nothing unless "
        "--skip-invalid."))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--skip-invalid", action="store_true", help="import what can be read and report the rest")
    p.set_defaults(func=cmd_import_capabilities)

    p = groups["import"].add_parser("survey", help="import a partner survey round from xlsx or csv", description=(
        "Import a survey round (partner, backlog item or pain, rating 1-5, comment). Items are matched by #id, "
        "title or shared words; partners by name. Every item is rescored. All or nothing unless --skip-invalid."))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--round", required=True, metavar="NAME", help="name of the round, e.g. \"2026 Q3\"")
    p.add_argument("--held-on", metavar="YYYY-MM-DD", help="when the survey was held")
    p.add_argument("--skip-invalid", action="store_true", help="import the usable rows and report the rest")
    p.set_defaults(func=cmd_import_survey)

    backlog = sub.add_parser("backlog", help="gap analysis and scoring", description="The partner backlog.")
    backlog_sub = backlog.add_subparsers(dest="backlog_command", metavar="ACTION", parser_class=type(backlog))
    p = backlog_sub.add_parser("gaps", help="run the gap analysis", description=(
        "Compare the value-map cards and unrelieved severe pains with the capabilities and propose backlog items "
        "for what is missing or partial. Running it again creates no duplicates."))
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_gaps)
    p = backlog_sub.add_parser("rescore", help="recompute every score", description=(
        "Recompute the scores (optionally switching the framework or reach weighting)."))
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--framework", choices=("rice", "wsjf"))
    p.add_argument("--weighted-reach", choices=("on", "off"))
    p.set_defaults(func=cmd_rescore)


def cmd_export_backlog(args: argparse.Namespace) -> int:
    """workbench export backlog --db DB --format F -o FILE."""
    from workbench.reports.backlog_export import export_backlog

    project = open_project(args.db)
    try:
        path = export_backlog(project, args.output, args.format, lang=args.lang)
    finally:
        project.close()
    print(f"wrote {path}")
    return 0


def cmd_export_program(args: argparse.Namespace) -> int:
    """workbench export program --db DB --format F -o FILE."""
    from workbench.reports.program_export import export_program

    project = open_project(args.db)
    try:
        path = export_program(project, args.output, args.format, lang=args.lang)
    finally:
        project.close()
    print(f"wrote {path}")
    return 0


def cmd_import_capabilities(args: argparse.Namespace) -> int:
    """workbench import capabilities FILE --db DB."""
    from workbench.backlog.capabilities import import_capabilities

    project = open_project(args.db)
    try:
        report = import_capabilities(project, args.file, skip_invalid=args.skip_invalid)
    finally:
        project.close()
    for line in [*report.problems, *report.warnings]:
        print(f"workbench: {line}", file=sys.stderr)
    print(f"capabilities: {len(report.created_ids)} added, {len(report.updated)} updated")
    return 0


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as exc:
        raise InputError(f"--held-on must be a date like 2026-09-30, not {text!r}.") from exc


def cmd_import_survey(args: argparse.Namespace) -> int:
    """workbench import survey FILE --db DB --round NAME."""
    from workbench.backlog.surveys import import_survey

    held_on = _date(args.held_on)
    project = open_project(args.db)
    try:
        report = import_survey(project, args.file, round_name=args.round, held_on=held_on,
                               skip_invalid=args.skip_invalid)
    finally:
        project.close()
    for line in report.problems:
        print(f"workbench: {line}", file=sys.stderr)
    if report.unknown_partners:
        print("workbench: partners not in the project (answers kept without a partner): "
              + ", ".join(sorted(report.unknown_partners)), file=sys.stderr)
    print(f"survey round {args.round!r}: {report.imported} answers ({report.matched_items} on backlog items, "
          f"{report.matched_cards} on pains or gains); every item rescored")
    return 0


def cmd_gaps(args: argparse.Namespace) -> int:
    """workbench backlog gaps --db DB."""
    from workbench.backlog.gaps import run_gap_analysis

    project = open_project(args.db)
    try:
        report = run_gap_analysis(project)
    finally:
        project.close()
    if args.json:
        print(json.dumps({"examined": report.examined, "covered": report.covered, "created": report.created,
                          "skipped_existing": report.skipped_existing,
                          "gaps": [g.__dict__ for g in report.gaps]}, ensure_ascii=False, indent=2))
    else:
        print(f"examined {report.examined} cards: {report.covered} covered by capabilities, "
              f"{len(report.gaps)} gaps, {report.created} new backlog items proposed, "
              f"{report.skipped_existing} already covered by existing items")
    return 0


def cmd_rescore(args: argparse.Namespace) -> int:
    """workbench backlog rescore --db DB [--framework rice|wsjf]."""
    from workbench.backlog.service import set_framework

    project = open_project(args.db)
    try:
        weighted = None if args.weighted_reach is None else args.weighted_reach == "on"
        set_framework(project, framework=args.framework, weighted=weighted)
        framework = project.get_meta("framework", "rice")
    finally:
        project.close()
    print(f"rescored every item with {framework.upper()}")
    return 0
