"""The VPC workbook's Evidence sheet, written by the CLI and read back with openpyxl."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl


def test_cli_writes_evidence_sheet(demo_path: Path, tmp_path: Path) -> None:
    """`workbench export vpc --lang en` writes an Evidence sheet with frozen header, autofilter and landscape."""
    out = tmp_path / "vpc.xlsx"
    run = subprocess.run([sys.executable, "-m", "workbench", "export", "vpc", "--db", str(demo_path), "-o",
                          str(out), "--lang", "en"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    ws = openpyxl.load_workbook(out)["Evidence"]
    assert [c.value for c in ws[1]][:4] == ["Segment", "Card", "Kind", "Quote"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    assert ws.page_setup.orientation == "landscape"
    assert ws.max_row > 1
    assert not list(tmp_path.glob("*.part"))
