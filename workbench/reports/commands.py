"""CLI commands of the leadership exports (openpyxl/matplotlib load only inside handlers)."""

from __future__ import annotations

import argparse
import locale
import os

from workbench.store.project import open_project


def default_language() -> str:
    """The UI language from the settings; if it follows the system, the system's ("ru" or else "en")."""
    from workbench.settings import load_settings

    chosen = load_settings().language
    if chosen in ("ru", "en"):
        return chosen
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    system = (locale.getlocale()[0] or "").lower()
    return "ru" if system.startswith("ru") else "en"


def _common(p: argparse.ArgumentParser, output_help: str) -> None:
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("-o", "--output", required=True, metavar="PATH", help=output_help)
    p.add_argument("--lang", choices=("ru", "en"), default=None,
                   help="language of the labels (default: the UI language in the settings)")


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add `export vpc`, `export charts`, `export brief` and `export qdpx`."""
    p = groups["export"].add_parser("vpc", help="export the VPC workbook (xlsx) for leadership", description=(
        "Write the VPC workbook: Summary (segments ranked, chart), a canvas sheet per segment, Evidence, Fit, "
        "Backlog and Program. Written under a temporary name beside FILE and renamed when complete."))
    _common(p, "where to write the .xlsx")
    p.set_defaults(func=cmd_export_vpc)

    p = groups["export"].add_parser("charts", help="export the leadership charts (PNG/SVG) into a folder",
                                    description=("Write the segment-scores, segment-radar, fit-by-segment and "
                                                 "backlog-by-pillar charts into a folder (made if missing), or one "
                                                 "chart (--chart) to a .png or .svg file."))
    _common(p, "a folder, or a .png/.svg file with --chart")
    p.add_argument("--format", default="png,svg", help="png, svg or png,svg (default png,svg; a folder only)")
    p.add_argument("--chart", default=None, choices=("segment-scores", "segment-radar", "fit-by-segment",
                                                     "backlog-by-pillar"), help="only this chart")
    p.set_defaults(func=cmd_export_charts)

    p = groups["export"].add_parser("brief", help="export a one-page PDF brief per segment", description=(
        "Write a one-page brief per segment: canvas diagram, score, top pains, fit, top backlog items. "
        "To a folder: one brief-<segment>.pdf each; to FILE.pdf: one page per segment."))
    _common(p, "a folder, or a .pdf file")
    p.add_argument("--segment", default=None, metavar="NAME", help="only this segment (name, unique part or id)")
    p.set_defaults(func=cmd_export_brief)

    p = groups["export"].add_parser("qdpx", help="export interviews as REFI-QDA .qdpx (sources, kind codes, codings)")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write the .qdpx")
    p.set_defaults(func=cmd_export_qdpx)


def cmd_export_vpc(args: argparse.Namespace) -> int:
    """workbench export vpc --db DB -o FILE [--lang ru|en]."""
    from workbench.reports.vpc_workbook import export_vpc_workbook

    project = open_project(args.db)
    try:
        path = export_vpc_workbook(project, args.output, lang=args.lang or default_language())
    finally:
        project.close()
    print(path)
    return 0


def cmd_export_charts(args: argparse.Namespace) -> int:
    """workbench export charts --db DB -o DIR|FILE.png|FILE.svg [--format png,svg] [--chart NAME] [--lang ru|en]."""
    from workbench.reports.charts import export_charts, parse_formats

    formats = parse_formats(args.format)
    project = open_project(args.db)
    try:
        paths = export_charts(project, args.output, formats=formats, lang=args.lang or default_language(),
                              chart=args.chart)
    finally:
        project.close()
    for path in paths:
        print(path)
    return 0


def cmd_export_brief(args: argparse.Namespace) -> int:
    """workbench export brief --db DB -o DIR_OR_FILE.pdf [--segment NAME] [--lang ru|en]."""
    from workbench.reports.brief import export_brief

    project = open_project(args.db)
    try:
        paths = export_brief(project, args.output, segment=args.segment, lang=args.lang or default_language())
    finally:
        project.close()
    for path in paths:
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
