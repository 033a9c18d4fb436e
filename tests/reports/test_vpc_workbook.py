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


def test_summary_ranks_segments_by_fit(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Summary sheet lists every segment, fit descending, with a chart; Russian labels by default."""
    from workbench.reports.vpc_workbook import export_vpc_workbook

    out = export_vpc_workbook(demo_project, tmp_path / "v.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[:2] == ["Сводка", "Доказательства"]
    ws = wb["Сводка"]
    fits = [ws.cell(row=r, column=2).value for r in range(2, ws.max_row + 1)]
    assert fits and fits == sorted(fits, reverse=True)
    import zipfile

    assert "xl/charts/chart1.xml" in zipfile.ZipFile(out).namelist()


def test_fit_sheet_marks_every_fit_link(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Fit sheet has one check mark per reliever/creator -> pain/gain link in the project."""
    from sqlalchemy import text

    from workbench.reports.vpc_workbook import export_vpc_workbook

    with demo_project.session() as session:
        links = session.connection().execute(text("SELECT COUNT(*) FROM fit_link")).scalar_one()
    out = export_vpc_workbook(demo_project, tmp_path / "v.xlsx", lang="en")
    ws = openpyxl.load_workbook(out)["Fit"]
    marks = sum(1 for r in ws.iter_rows() for c in r if c.value == "✓")
    assert links > 0 and marks == links
