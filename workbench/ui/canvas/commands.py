"""``workbench export board``: a segment's board as PNG, SVG or PDF, drawn like the screen.

Loaded by the CLI at start, so PySide6 is imported only inside the handler.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from workbench.errors import InputError

FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add ``export board`` to the shared export group."""
    p = groups["export"].add_parser(
        "board", help="a segment's canvas board as PNG, SVG or PDF",
        description="Render a segment's Value Proposition Canvas board offscreen, as it looks on screen. "
                    "The format follows the output name: .png, .svg or .pdf.")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--segment", required=True, metavar="NAME", help="segment name (or its id)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="output file: .png, .svg or .pdf")
    p.add_argument("--lang", default="ru", choices=("ru", "en"), help="language of the labels (default ru)")
    p.add_argument("--scale", type=float, default=1.0, help="PNG pixel scale (default 1.0; 2 for slides)")
    p.set_defaults(func=cmd_export_board)


def format_of(path: Path) -> str:
    """The export format named by a file's extension, or an :class:`InputError`."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"Unknown image format {path.suffix or '(none)'!r}: name the output .png, .svg or .pdf.")
    return fmt


def cmd_export_board(args: argparse.Namespace) -> int:
    """workbench export board --db DB --segment NAME -o FILE."""
    out = Path(args.output)
    fmt = format_of(out)
    if not out.parent.exists():
        raise InputError(f"The folder {out.parent} does not exist.")
    if not 0.25 <= args.scale <= 8:
        raise InputError("--scale must be between 0.25 and 8.")
    from workbench.store.project import open_project
    from workbench.vpc.board import find_segment

    project = open_project(args.db)
    try:
        segment = find_segment(project, args.segment)
        if "QT_QPA_PLATFORM" not in os.environ:
            from PySide6.QtWidgets import QApplication

            if QApplication.instance() is None:
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from workbench.ui.canvas.render import export_board

        export_board(project, segment.id, out, fmt=fmt, lang=args.lang, scale=args.scale)
    finally:
        project.close()
    print(f"wrote {out}")
    return 0
