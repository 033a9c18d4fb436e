"""REFI-QDA export of the demo project."""

from __future__ import annotations

import zipfile
from pathlib import Path

import defusedxml.ElementTree as ET


def test_codings_point_at_the_statement_text(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each PlainTextSelection's span in its source .txt is exactly one tagged statement's text."""
    from workbench.reports.qdpx import export_qdpx

    out = export_qdpx(demo_project, tmp_path / "p.qdpx")
    zf = zipfile.ZipFile(out)
    root = ET.fromstring(zf.read("project.qde"))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    spans = 0
    for src in root.iterfind(".//q:TextSource", ns):
        body = zf.read("sources/" + src.get("plainTextPath").removeprefix("internal://")).decode()
        lines = set(body.split("\n"))
        for sel in src.iterfind("q:PlainTextSelection", ns):
            assert body[int(sel.get("startPosition")):int(sel.get("endPosition"))] in lines
            spans += 1
    assert spans > 0


def test_cli_export_qdpx(demo_path: Path, tmp_path: Path) -> None:
    """`workbench export qdpx` writes a zip holding project.qde and at least one source text."""
    import subprocess
    import sys

    out = tmp_path / "p.qdpx"
    run = subprocess.run([sys.executable, "-m", "workbench", "export", "qdpx", "--db", str(demo_path), "-o",
                          str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    names = zipfile.ZipFile(out).namelist()
    assert "project.qde" in names and any(n.startswith("sources/") for n in names)
