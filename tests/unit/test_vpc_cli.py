"""`workbench export board` from a fresh process: Qt only when the command runs, offscreen by itself."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from workbench.store.project import create_project
from workbench.vpc.sample import build_sample_board


def test_cli_start_does_not_import_qt() -> None:
    """Building the CLI parser (which registers 'export board') loads no PySide6."""
    code = ("import sys; from workbench.cli import build_parser; p = build_parser(); "
            "assert 'PySide6' not in sys.modules, 'Qt imported'; "
            "p.parse_args(['export', 'board', '--db', 'x', '--segment', 'y', '-o', 'z.png'])")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_export_board_in_a_fresh_process_without_a_display(tmp_path: Path) -> None:
    """With no QT_QPA_PLATFORM set the command renders offscreen and writes an SVG with the card titles."""
    db = tmp_path / "p.wbp"
    project = create_project(db)
    build_sample_board(project, cards=12, segment_name="Агентства")
    project.close()
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    out = tmp_path / "board.svg"
    done = subprocess.run([sys.executable, "-m", "workbench", "export", "board", "--db", str(db), "--segment",
                           "агентства", "-o", str(out), "--lang", "en"], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    text = out.read_text(encoding="utf-8")
    assert "<svg" in text and "Pain relievers" in text
