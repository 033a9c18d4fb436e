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
