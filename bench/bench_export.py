"""Benchmark: the VPC workbook export against a bare openpyxl write-only dump of the same evidence cells.

Uses the demo project (`workbench demo PATH`); larger scales are not measured yet.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _bare_dump(rows: list[tuple[str, ...]], out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    for r in rows:
        ws.append(list(r))
    wb.save(out)


def measure() -> list[dict]:
    """Rows {name, value, baseline, ratio, goal, unit}: export seconds vs bare write-only dump seconds."""
    import openpyxl  # noqa: F401  (import cost kept out of both timings)

    from workbench.reports.data import evidence_rows
    from workbench.reports.vpc_workbook import export_vpc_workbook
    from workbench.store.project import open_project

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.wbp"
        subprocess.run([sys.executable, "-m", "workbench", "demo", str(db), "--force"], check=True,
                       capture_output=True)
        project = open_project(db)
        try:
            rows = [tuple(vars(r).values()) for r in evidence_rows(project)]
            t0 = time.perf_counter()
            _bare_dump(rows, Path(tmp) / "bare.xlsx")
            bare = time.perf_counter() - t0
            t0 = time.perf_counter()
            export_vpc_workbook(project, Path(tmp) / "vpc.xlsx")
            real = time.perf_counter() - t0
        finally:
            project.close()
    return [{"name": "export vpc workbook (demo, partial sheets)", "value": round(real, 3),
             "baseline": round(bare, 3), "ratio": round(real / bare, 2) if bare else None, "goal": 2.0,
             "unit": "s"}]


if __name__ == "__main__":
    for row in measure():
        print(row)
