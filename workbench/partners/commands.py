"""Partner commands: ``import partners`` and ``score segments`` (openpyxl and matplotlib load lazily)."""

from __future__ import annotations

import argparse
import json
import sys

from workbench.errors import WorkbenchError
from workbench.store.project import open_project


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add ``workbench import partners`` and ``workbench score segments``."""
    p = groups["import"].add_parser("partners", help="import candidate partners from xlsx or csv", description=(
        "Import candidate partners from an .xlsx or .csv file (UTF-8, UTF-8 with BOM or cp1251; ';', ',' or tab). "
        "The header row is found under title and blank rows; columns are mapped from Russian or English headers. "
        "All or nothing: any invalid row means exit code 1 and nothing written, unless --skip-invalid. "
        "Duplicates (by normalised name or website) are skipped and reported."))
    p.add_argument("file", metavar="FILE", help="the spreadsheet (.xlsx or .csv)")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--segment", required=True, metavar="NAME", help="segment the partners go into (created if missing)")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows and report the others")
    p.add_argument("--json", action="store_true", help="print the report as one JSON object")
    p.set_defaults(func=cmd_import_partners)

    score = sub.add_parser("score", help="score segments", description="Scoring.")
    score_sub = score.add_subparsers(dest="score_what", metavar="WHAT", parser_class=type(score))
    p = score_sub.add_parser("segments", help="score and rank the segments", description=(
        "Score every segment from 0 to 100 from its weighted entered and computed criteria, rank them and "
        "say whether the ranking changes when any weight moves by ±20%."))
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=cmd_score_segments)


def cmd_import_partners(args: argparse.Namespace) -> int:
    """workbench import partners FILE --db DB --segment NAME [--skip-invalid] [--json]."""
    from workbench.partners.importer import import_partners
    from workbench.partners.scoring import rescore_partners

    project = open_project(args.db)
    try:
        report = import_partners(project, args.file, segment=args.segment, skip_invalid=args.skip_invalid,
                                 user=project.user)
        if report.written and report.added:
            rescore_partners(project)
    except WorkbenchError as exc:
        if not args.json:
            raise
        # Scripts reading --json get a JSON answer for a refused file too.
        print(json.dumps({"file": args.file, "written": False, "error": str(exc)}, ensure_ascii=False, indent=2))
        return exc.exit_code
    finally:
        project.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        for problem in report.problems:
            print(f"row {problem.row}, column {problem.column}: {problem.reason}", file=sys.stderr)
        for dup in report.duplicates:
            print(f"row {dup.row}: duplicate “{dup.name}”, {dup.reason}")
        for warning in report.warnings:
            print(f"warning: {warning}", file=sys.stderr)
        if report.written:
            created = " (new segment)" if report.segment_created else ""
            skipped = f", {report.invalid_rows} invalid rows skipped" if report.invalid_rows else ""
            print(f"imported {report.added} partners into “{report.segment}”{created}; "
                  f"{len(report.duplicates)} duplicates skipped{skipped}")
        else:
            print(f"nothing imported: {report.invalid_rows} of {len(report.rows)} rows are invalid "
                  "(fix them, or use --skip-invalid to import the valid rows)", file=sys.stderr)
    return 0 if report.written else 1


def cmd_score_segments(args: argparse.Namespace) -> int:
    """workbench score segments --db DB [--json]."""
    from workbench.partners.segments import funnels, score_segments, segment_inputs, sensitivity

    project = open_project(args.db)
    try:
        inputs = segment_inputs(project)
        funnel = {f.segment_id: f for f in funnels(project)}
    finally:
        project.close()
    scores = score_segments(inputs)
    moves = sensitivity(inputs)
    changed = [m for m in moves if m.changed]
    if args.json:
        print(json.dumps({
            "segments": [{
                "id": s.segment_id, "name": s.name, "rank": s.rank, "score": s.score,
                "attractiveness": s.attractiveness, "ability": s.ability, "partners": s.partners,
                "values": s.values, "points": {k: round(v, 2) for k, v in s.points.items()},
                "funnel": funnel[s.segment_id].counts if s.segment_id in funnel else {},
            } for s in scores],
            "ranking_stable": not changed,
            "sensitivity": [{"criterion": m.criterion, "factor": round(m.factor, 2), "order": list(m.order),
                             "changed": m.changed} for m in moves],
        }, ensure_ascii=False, indent=2))
        return 0
    if not scores:
        print("no segments yet: import partners with --segment NAME first")
        return 0
    for s in scores:
        f = funnel.get(s.segment_id)
        interviewed = f"{f.interviewed}/{f.target} interviewed" if f else ""
        print(f"{s.rank:>2}. {s.name:<40} {s.score:5.1f}  attractiveness {s.attractiveness:5.1f}  "
              f"ability {s.ability:5.1f}  {interviewed}")
    if changed:
        print("sensitivity: the ranking CHANGES when these weights move by 20%: "
              + ", ".join(sorted({f"{m.criterion} {'+' if m.factor > 1 else '-'}20%" for m in changed})))
    else:
        print("sensitivity: the ranking holds when any weight moves by ±20%")
    return 0
