"""Program structure exports: xlsx, Markdown and PDF by pillar, formula-safe, from the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.backlog import program
from workbench.cli import main
from workbench.reports.program_export import export_program


@pytest.mark.parametrize("fmt", ["xlsx", "md", "pdf"])
def test_cli_writes_every_format(demo_path: Path, tmp_path: Path, fmt: str) -> None:
    """`workbench export program` writes each format and exits 0."""
    out = tmp_path / f"program.{fmt}"
    assert main(["export", "program", "--db", str(demo_path), "--format", fmt, "-o", str(out)]) == 0
    data = out.read_bytes()
    assert len(data) > 500
    if fmt == "pdf":
        assert data.startswith(b"%PDF") and data.count(b"/Type /Page") >= 3


def test_xlsx_has_every_element_and_safe_text(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Every element is a row; titles starting with = + - @ tab CR stay strings."""
    from openpyxl import load_workbook

    risky = ["=1+2", "+7 999", "-1", "@SUM(A1)", "\tTab", "\rCR"]
    program.ensure_catalogue(demo_project)
    elements = [e for g in program.program_structure(demo_project) for e in g.elements][: len(risky)]
    for element, title in zip(elements, risky, strict=True):
        program.update_element(demo_project, element.id, {"title": title})
    path = export_program(demo_project, tmp_path / "p.xlsx", "xlsx", lang="en")
    ws = load_workbook(path).worksheets[0]
    n = sum(len(g.elements) for g in program.program_structure(demo_project))
    assert ws.max_row == n + 1
    cells = {ws.cell(row=r, column=3).value: ws.cell(row=r, column=3).data_type for r in range(2, ws.max_row + 1)}
    assert all(cells.get(title) == "s" for title in risky)
    assert {ws.cell(row=r, column=1).value for r in range(2, ws.max_row + 1)} == {
        "Financial motivation", "Operational service", "Product development"}


def test_markdown_groups_by_pillar_in_russian(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Markdown has the three pillars as sections, with the catalogue names and quotes."""
    text = export_program(demo_project, tmp_path / "p.md", "md", lang="ru").read_text(encoding="utf-8")
    for heading in ("## Финансовая мотивация", "## Операционный сервис", "## Развитие продукта"):
        assert heading in text
    assert "Партнёрский портал" in text and "> " in text
