"""Headless command line: ``workbench COMMAND ...``.

No Qt at module level: the GUI commands import the UI lazily. Each domain package contributes its
commands through a ``commands`` module with ``register(subparsers, groups)``, where ``groups`` holds
the shared ``import`` and ``export`` sub-command groups (``workbench import partners``, ``workbench
export vpc``, ...); a handler takes the parsed arguments and returns an exit code. A :class:`~workbench.errors.WorkbenchError` becomes one line on
stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import logging
import sys
from collections.abc import Sequence

from workbench import __version__
from workbench.errors import WorkbenchError

log = logging.getLogger(__name__)

# Each module exposes register(subparsers, groups). Order is the order in --help.
COMMAND_MODULES: tuple[str, ...] = (
    "workbench.store.commands",
    "workbench.store.team_commands",
    "workbench.interviews.commands",
    "workbench.partners.commands",
    "workbench.nlp.commands",
    "workbench.vpc.commands",
    "workbench.backlog.commands",
    "workbench.reports.commands",
    "workbench.ui.canvas.commands",  # board images are drawn by the canvas renderer; Qt loads lazily
    "workbench.uicommands",
)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors are one line and exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"workbench: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command registered."""
    parser = _Parser(
        prog="workbench",
        description="Partner research workbench. With no command, opens the app on the default project.",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log details to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    groups = {
        "import": sub.add_parser("import", help="import partners, notes, surveys, capabilities, .qdpx",
                                 description="Import data into a project.").add_subparsers(
            dest="import_what", metavar="WHAT", parser_class=_Parser),
        "export": sub.add_parser("export", help="export workbooks, boards, backlog, program, charts, .qdpx",
                                 description="Export from a project.").add_subparsers(
            dest="export_what", metavar="WHAT", parser_class=_Parser),
    }
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue  # that capability is not built yet
            raise
        if len(inspect.signature(module.register).parameters) >= 2:
            module.register(sub, groups)
        else:
            module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    if not [a for a in args_list if not a.startswith("-")] and not {"-h", "--help", "--version"} & set(args_list):
        args_list = ["gui", *args_list]
    args = parser.parse_args(args_list)
    logging.basicConfig(
        level=logging.DEBUG if getattr(args, "verbose", False) else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler = getattr(args, "func", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(handler(args) or 0)
    except WorkbenchError as exc:
        print(f"workbench: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("workbench: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, details in the log
        log.debug("unexpected error", exc_info=True)
        print(f"workbench: error: unexpected {type(exc).__name__}: {exc} (run with -v for details)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
