"""CLI commands of the leadership exports (openpyxl/matplotlib load only inside handlers)."""

from __future__ import annotations

import argparse

from workbench.store.project import open_project


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add `export vpc` and `export qdpx` (charts, brief and qdpx import are not built yet)."""
    p = groups["export"].add_parser("vpc", help="export the VPC workbook (xlsx; so far: the Evidence sheet)")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the .xlsx")
    p.add_argument("--lang", choices=("ru", "en"), default="ru", help="language of the labels (default ru)")
    p.set_defaults(func=cmd_export_vpc)

    p = groups["export"].add_parser("qdpx", help="export interviews as REFI-QDA .qdpx (sources, kind codes, codings)")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the .qdpx")
    p.set_defaults(func=cmd_export_qdpx)


def cmd_export_vpc(args: argparse.Namespace) -> int:
    """workbench export vpc --db DB -o FILE [--lang ru|en]."""
    from workbench.reports.vpc_workbook import export_vpc_workbook

    project = open_project(args.db)
    try:
        path = export_vpc_workbook(project, args.output, lang=args.lang)
    finally:
        project.close()
    print(path)
    return 0


def cmd_export_qdpx(args: argparse.Namespace) -> int:
    """workbench export qdpx --db DB -o FILE."""
    from workbench.reports.qdpx import export_qdpx

    project = open_project(args.db)
    try:
        path = export_qdpx(project, args.output)
    finally:
        project.close()
    print(path)
    return 0
