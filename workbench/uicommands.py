"""The commands that need Qt: ``gui`` and ``snapshot`` (Qt is imported only when they run)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from workbench.errors import InputError

SCREEN_NAMES = ("partners", "interviews", "capture", "canvas", "segments", "backlog", "program")


def register(sub: argparse._SubParsersAction, groups: dict[str, argparse._SubParsersAction]) -> None:  # type: ignore[type-arg]
    """Add ``gui`` and ``snapshot``."""
    p = sub.add_parser("gui", help="open the app (the default command)", description=(
        "Open the app on a project, or on the default project (the demo, created on first start)."))
    p.add_argument("--db", help="project file or database URL")
    p.add_argument("--smoke", action="store_true", help="exit 0 once the window has painted with the project loaded")
    p.set_defaults(func=cmd_gui)

    p = sub.add_parser("snapshot", help="render one screen to PNG", description="Render one screen offscreen to PNG.")
    p.add_argument("--db", required=True, help="project file or database URL")
    p.add_argument("--screen", required=True, choices=SCREEN_NAMES, metavar="NAME",
                   help="one of: " + ", ".join(SCREEN_NAMES))
    p.add_argument("-o", "--output", required=True, metavar="FILE.png", help="where to write the PNG")
    p.add_argument("--size", default="1440x900", metavar="WxH", help="window size (default 1440x900)")
    p.add_argument("--lang", default="ru", choices=("ru", "en"), help="UI language (default ru)")
    p.add_argument("--dialog", default="", choices=("palette", "tour", "wizard", "opening"),
                   help="also open the command palette, the guided tour or the new-project wizard; "
                        "'opening': the window as it first paints, before the project has opened")
    p.add_argument("--page", type=int, default=2, metavar="N",
                   help="with --dialog wizard: the page to show, 0 (file) to 8 (done); default 2 (segments)")
    p.set_defaults(func=cmd_snapshot)


def parse_size(text: str) -> tuple[int, int]:
    """'1440x900' -> (1440, 900), within sane bounds."""
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise InputError(f"--size must look like 1440x900, not {text!r}.")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise InputError("--size must be between 320x240 and 7680x4320.")
    return width, height


def cmd_gui(args: argparse.Namespace) -> int:
    """workbench gui [--db DB] [--smoke]."""
    from workbench.app import run_gui

    return run_gui(args.db, smoke=args.smoke)


def cmd_snapshot(args: argparse.Namespace) -> int:
    """workbench snapshot --db DB --screen NAME -o FILE.png."""
    size = parse_size(args.size)
    out = Path(args.output)
    if out.suffix.lower() != ".png":
        raise InputError("The snapshot is a PNG: give an output name ending in .png.")
    from workbench.app import snapshot

    snapshot(args.db, args.screen, out, size=size, lang=args.lang, dialog=args.dialog, page=args.page)
    print(f"wrote {out}")
    return 0
