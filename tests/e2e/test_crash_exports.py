"""Every exporter writes atomically (a temporary file beside the target, then a rename) and never turns
user text into a formula.

Python's audit hooks watch each export: the target must never be opened for writing, and must appear by
a rename, so a crash at any moment leaves the old file whole. A real ``export`` process is also killed
at random moments. The exporters are found in the CLI's ``export`` group, so a new one that is not
listed in ``EXPORT_ARGS`` fails the walk until it is added.
"""

from __future__ import annotations

import csv
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from workbench.reports.safety import FORMULA_STARTS

ROOT = Path(__file__).resolve().parents[2]
EVIL = '=HYPERLINK("http://evil.example","click me")'

#: export command -> (format, suffix, extra arguments) for every format it writes
EXPORT_ARGS: dict[str, list[tuple[str, str, list[str]]]] = {
    "backlog": [(f, s, ["--format", f]) for f, s in (("xlsx", ".xlsx"), ("csv", ".csv"), ("jira", ".csv"),
                                                      ("md", ".md"))],
    "program": [(f, s, ["--format", f]) for f, s in (("xlsx", ".xlsx"), ("md", ".md"), ("pdf", ".pdf"))],
    "board": [(f, f".{f}", ["--segment", "1"]) for f in ("png", "svg", "pdf")],
    "vpc": [("xlsx", ".xlsx", [])],
    "qdpx": [("qdpx", ".qdpx", [])],
    "charts": [(f, f".{f}", ["--chart", "segment-scores"]) for f in ("png", "svg")],
    "brief": [("pdf", ".pdf", [])],
}

_watch: list[tuple[str, tuple[Any, ...]]] | None = None


def _hook(event: str, args: tuple[Any, ...]) -> None:
    if _watch is not None and event in ("open", "os.rename", "os.replace", "shutil.move", "shutil.copyfile"):
        _watch.append((event, args))


sys.addaudithook(_hook)


@contextmanager
def watching() -> Iterator[list[tuple[str, tuple[Any, ...]]]]:
    """Record file opens and renames made by Python code inside the block."""
    global _watch
    _watch = []
    try:
        yield _watch
    finally:
        _watch = None


def _writes_to(events: list[tuple[str, tuple[Any, ...]]], target: Path) -> list[str]:
    found = []
    for event, args in events:
        if event == "open" and args and isinstance(args[0], str | Path) and Path(args[0]).resolve() == target:
            mode = str(args[1] or "r")
            flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
            if any(c in mode for c in "wax+") or flags & (os.O_WRONLY | os.O_RDWR):
                found.append(f"opened for writing ({mode})")
    return found


def _renamed_onto(events: list[tuple[str, tuple[Any, ...]]], target: Path) -> bool:
    return any(event in ("os.rename", "os.replace") and Path(args[1]).resolve() == target
               for event, args in events if len(args) > 1 and isinstance(args[1], str | Path))


def _cases() -> list[tuple[str, str, str, list[str]]]:
    return [(command, fmt, suffix, extra) for command, rows in EXPORT_ARGS.items() for fmt, suffix, extra in rows]


def test_every_export_command_is_walked() -> None:
    """The walk covers every command of the CLI's export group (a new exporter must be added here)."""
    from workbench.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._subparsers._group_actions if a.dest == "command")  # type: ignore[union-attr]
    export = sub.choices["export"]
    commands = set(next(a for a in export._subparsers._group_actions).choices)  # type: ignore[union-attr]
    assert commands == set(EXPORT_ARGS)


@pytest.fixture
def evil_demo(demo_path: Path) -> Path:
    """The demo with a backlog item whose title and description look like formulas."""
    from workbench.backlog.service import create_item
    from workbench.store.project import open_project

    project = open_project(demo_path, backup=False)
    try:
        create_item(project, title=EVIL, description="+cmd|' /C calc'!A0", pillar="product")
    finally:
        project.close()
    return demo_path


@pytest.mark.parametrize(("command", "fmt", "suffix", "extra"), _cases(), ids=[f"{c}-{f}" for c, f, _, _ in _cases()])
def test_export_writes_a_temporary_file_then_renames(qapp, evil_demo: Path, tmp_path: Path, command: str, fmt: str,  # type: ignore[no-untyped-def]
                                                     suffix: str, extra: list[str]) -> None:
    """The export never opens its target for writing; the finished file is renamed over the old one."""
    from workbench.cli import main

    target = (tmp_path / f"out{suffix}").resolve()
    target.write_bytes(b"OLD CONTENT")
    with watching() as events:
        code = main(["export", command, "--db", str(evil_demo), "-o", str(target), *extra])
    assert code == 0
    assert _writes_to(events, target) == []
    assert _renamed_onto(events, target)
    assert target.read_bytes() != b"OLD CONTENT" and target.stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".part", ".tmp"))]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "jira"])
def test_formula_text_stays_text(evil_demo: Path, tmp_path: Path, fmt: str) -> None:
    """A backlog title like =HYPERLINK(...) is text in xlsx and quoted in csv; no exported cell is a formula."""
    from workbench.cli import main

    target = tmp_path / f"backlog.{'xlsx' if fmt == 'xlsx' else 'csv'}"
    assert main(["export", "backlog", "--db", str(evil_demo), "--format", fmt, "-o", str(target)]) == 0
    if fmt == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(target)
        cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
        assert not [c.coordinate for c in cells if c.data_type == "f"]
        assert any(c.value == EVIL for c in cells)
        return
    text = target.read_text(encoding="utf-8-sig")
    cells = [cell for row in csv.reader(text.splitlines(), delimiter=";" if text.count(";") > text.count(",") else ",")
             for cell in row]
    risky = [c for c in cells if c.startswith(FORMULA_STARTS) and not _is_number(c)]
    assert risky == []
    assert any(EVIL in c for c in cells)


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def test_killed_export_leaves_the_old_file_or_a_whole_new_one(demo_path: Path, tmp_path: Path) -> None:
    """`export backlog --format xlsx` killed at random moments leaves the old file or a readable workbook."""
    from openpyxl import load_workbook

    target = tmp_path / "backlog.xlsx"
    rng = random.Random(3)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    seen = set()
    for _ in range(4):
        target.write_bytes(b"OLD CONTENT")
        proc = subprocess.Popen([sys.executable, "-m", "workbench", "export", "backlog", "--db", str(demo_path),
                                 "--format", "xlsx", "-o", str(target)], env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        try:
            proc.wait(rng.uniform(0.5, 2.0))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        if target.read_bytes() == b"OLD CONTENT":
            seen.add("old")
        else:
            assert load_workbook(target).worksheets
            seen.add("new")
    assert seen
