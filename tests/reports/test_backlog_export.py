"""Backlog exports: every format from the CLI, read back; formula text stays text; atomic writes."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workbench.backlog import service
from workbench.cli import main
from workbench.reports.backlog_export import export_backlog

RISKY = ["=HYPERLINK(\"http://x\")", "+7 999", "-1", "@SUM(A1)", "\tTab", "\rCR"]


def _risky_titles(project) -> list[int]:  # type: ignore[no-untyped-def]
    items = service.list_items(project)[: len(RISKY)]
    service.update_items(project, {i.id: {"title": t, "owner": t} for i, t in zip(items, RISKY, strict=True)})
    return [i.id for i in items]


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "jira", "md"])
def test_cli_writes_every_format(demo_path: Path, tmp_path: Path, fmt: str) -> None:
    """`workbench export backlog` writes a non-empty file in each format and exits 0."""
    out = tmp_path / f"backlog.{fmt}"
    assert main(["export", "backlog", "--db", str(demo_path), "--format", fmt, "-o", str(out)]) == 0
    assert out.stat().st_size > 500
    assert not list(tmp_path.glob(".*.part"))


def test_xlsx_keeps_formula_text_as_text(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Owners starting with = + - @ tab CR come back from openpyxl as plain strings."""
    from openpyxl import load_workbook

    _risky_titles(demo_project)
    path = export_backlog(demo_project, tmp_path / "b.xlsx", "xlsx", lang="en")
    ws = load_workbook(path).active
    titles = [ws.cell(row=r, column=7) for r in range(2, ws.max_row + 1)]
    found = {c.value: c.data_type for c in titles if c.value in RISKY}
    assert set(found) == set(RISKY)
    assert set(found.values()) == {"s"}
    assert ws.cell(row=1, column=16).value == "Why this rank"
    assert str(ws.cell(row=2, column=16).value).startswith(("RICE", "WSJF"))


def test_csv_quotes_risky_cells(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """In CSV every risky text gets a leading quote (OWASP)."""
    _risky_titles(demo_project)
    path = export_backlog(demo_project, tmp_path / "b.csv", "csv", lang="en")
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    titles = [r[6] for r in rows[1:]]
    for risky in RISKY:
        assert "'" + risky in titles
    assert not any(t.startswith(("=", "+", "-", "@", "\t", "\r")) for r in rows for t in r)


def test_jira_csv_columns_and_evidence_ids(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Jira gets Summary/Issue Type/Description/Priority/Labels; descriptions carry workbench ids."""
    service.ensure_scored(demo_project)
    path = export_backlog(demo_project, tmp_path / "j.csv", "jira")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM in front of "Summary"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Summary", "Issue Type", "Description", "Priority", "Labels", "Labels"]
    items = [i for i in service.list_items(demo_project) if i.status != "rejected"]
    assert len(rows) == len(items) + 1
    top = min(items, key=lambda i: i.rank or 999)
    first = rows[1]
    assert first[0] == top.title and first[3] == "Highest" and first[1] == "Story"
    assert f"Workbench item #{top.id}" in first[2]
    assert all(str(s) in first[2] for s in top.evidence_ids)
    assert {r[3] for r in rows[1:]} <= {"Highest", "High", "Medium", "Low", "Lowest"}


def test_markdown_lists_ranks_and_reasons(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Markdown has one table row per item and a 'why' line each."""
    path = export_backlog(demo_project, tmp_path / "b.md", "md", lang="en")
    text = path.read_text(encoding="utf-8")
    n = len(service.list_items(demo_project))
    assert text.count("\n| ") == n + 1
    assert text.count("RICE = reach") == n
    russian = export_backlog(demo_project, tmp_path / "ru.md", "md", lang="ru").read_text(encoding="utf-8")
    assert "RICE = охват" in russian and "## Почему такой ранг" in russian


def test_failed_export_leaves_the_old_file(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """An unknown format or a missing folder leaves the existing file untouched and no temp file."""
    from workbench.errors import InputError

    target = tmp_path / "keep.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(InputError):
        export_backlog(demo_project, target, "pdf")
    with pytest.raises(InputError):
        export_backlog(demo_project, tmp_path / "missing" / "x.csv", "csv")
    assert target.read_text(encoding="utf-8") == "old"
    assert not list(tmp_path.glob(".*.part"))
