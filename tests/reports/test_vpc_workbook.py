"""The VPC workbook: every sheet written, read back with openpyxl, and checked cell by cell."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from workbench.reports.safety import partial_files, remove_partial
from workbench.reports.vpc_workbook import LABELS, ZONE_FILL, export_vpc_workbook, sheet_title

ROOT = Path(__file__).resolve().parents[2]


def _export(project, tmp_path: Path, lang: str = "en", **kw) -> openpyxl.Workbook:  # type: ignore[no-untyped-def]
    out = export_vpc_workbook(project, tmp_path / f"vpc-{lang}.xlsx", lang=lang, **kw)
    return openpyxl.load_workbook(out)


def test_cli_writes_every_sheet(demo_path: Path, tmp_path: Path) -> None:
    """`workbench export vpc --lang en` writes Summary, a sheet per segment, Evidence, Fit, Backlog, Program."""
    out = tmp_path / "vpc.xlsx"
    run = subprocess.run([sys.executable, "-m", "workbench", "export", "vpc", "--db", str(demo_path), "-o",
                          str(out), "--lang", "en"], capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    wb = openpyxl.load_workbook(out)
    names = wb.sheetnames
    assert names[0] == "Summary" and names[-4:] == ["Evidence", "Fit", "Backlog", "Program"]
    assert len(names) == 1 + 2 + 4  # Summary, the demo's two segments, four tables
    ws = wb["Evidence"]
    assert [c.value for c in ws[1]] == ["Segment", "Card", "Kind", "Quote", "Partner", "Date", "Interviewer"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:G{ws.max_row}"
    assert ws.max_row > 100
    for sheet in wb.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0, sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
    assert ws["D2"].alignment.wrap_text and ws.column_dimensions["D"].width == 70
    assert not partial_files(out)


def test_summary_ranks_segments_by_score(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Summary lists every segment by score (from segment scoring) with fit %, interviews, pains and a chart."""
    from workbench.partners.segments import compute_scores

    out = export_vpc_workbook(demo_project, tmp_path / "v.xlsx")
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames[0] == "Сводка" and "Доказательства" in wb.sheetnames  # Russian by default
    ws = wb["Сводка"]
    assert [c.value for c in ws[4]][:4] == ["Место", "Сегмент", "Оценка", "Соответствие, %"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=5, max_row=ws.max_row) if r[0].value is not None]
    scores = compute_scores(demo_project)
    assert [r[1] for r in rows] == [s.name for s in scores]
    assert [r[2] for r in rows] == [s.score for s in scores]
    assert all(0 <= r[3] <= 100 and r[4] > 0 and r[6].startswith("1. ") for r in rows)
    assert ws.freeze_panes == "C5" and ws["A4"].font.b
    assert "xl/charts/chart1.xml" in zipfile.ZipFile(out).namelist()


def test_segment_sheet_draws_the_canvas(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each segment sheet has the value map and profile zones in colour, cards in the board's rank order."""
    from workbench.vpc.board import list_segments, load_board

    wb = _export(demo_project, tmp_path)
    seg = list_segments(demo_project)[0]
    board = load_board(demo_project, seg.id)
    ws = wb[seg.name]
    assert ws["A5"].value == "Value map" and ws["E5"].value == "Customer profile"
    heads = [c.value for c in ws[6]]
    assert heads == ["Products & services", "Pain relievers", "Gain creators", None, "Gains", "Pains",
                     "Customer jobs"]
    for col, zone in zip("ABCEFG", ("products", "relievers", "creators", "gains", "pains", "jobs"), strict=True):
        cards = board.zones[zone]
        texts = [ws[f"{col}{7 + i}"].value for i in range(len(cards))]
        assert [t.split("\n")[0] for t in texts] == [f"{c.rank}. {c.title}" for c in cards]
        assert ws[f"{col}7"].fill.fgColor.rgb.endswith(ZONE_FILL[zone])
        if zone == "pains":
            assert f"statements: {cards[0].statements} · partners: {cards[0].partners}" in texts[0]
    assert ws.freeze_panes == "A7" and ws.print_title_rows == "$5:$6"
    assert {str(r) for r in ws.merged_cells.ranges} >= {"A5:C5", "E5:G5"}


def test_fit_sheet_marks_every_fit_link(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The Fit sheet has one check mark per reliever/creator -> pain/gain link in the project."""
    from sqlalchemy import text

    with demo_project.session() as session:
        links = session.connection().execute(text("SELECT COUNT(*) FROM fit_link")).scalar_one()
    ws = _export(demo_project, tmp_path)["Fit"]
    marks = sum(1 for r in ws.iter_rows() for c in r if c.value == "✓")
    assert links > 0 and marks == links


def test_backlog_sheet_is_prioritised_with_formatting(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Backlog: every item by rank with factors and status, autofilter, and conditional formats on score/status."""
    from workbench.backlog.service import list_items

    ws = _export(demo_project, tmp_path)["Backlog"]
    items = list_items(demo_project)
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    assert len(rows) == len(items)
    ranks = [r[0] for r in rows if r[0] is not None]
    assert ranks == sorted(ranks)
    head = [c.value for c in ws[1]]
    assert head[:5] == ["Rank", "ID", "Title", "Pillar", "Status"] and "Reach" in head and "Effort" in head
    by_id = {i.id: i for i in items}
    assert all(r[head.index("Score")] == by_id[r[1]].computed_score for r in rows)
    rules = [rule.type for rng in ws.conditional_formatting for rule in rng.rules]
    assert {"colorScale", "dataBar", "expression"} <= set(rules)
    assert ws.auto_filter.ref == f"A1:O{len(rows) + 1}" and ws.freeze_panes == "D2"


def test_program_sheet_has_three_pillars(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Program: the three pillars as group rows, each element with its status (status-coloured) and needs."""
    from workbench.backlog.program import program_structure

    ws = _export(demo_project, tmp_path)["Program"]
    groups = [r[0].value for r in ws.iter_rows(min_row=2) if r[0].style == "wb_group"]
    assert groups == ["Financial motivation", "Operational service", "Product development"]
    elements = sum(len(g.elements) for g in program_structure(demo_project))
    statuses = [r[1] for r in ws.iter_rows(min_row=2) if r[1].style.startswith("wb_status_")]
    assert len(statuses) == elements > 0
    assert {c.value for c in statuses} <= {"in place", "partly in place", "missing"}


def test_sheet_titles_are_valid_and_unique() -> None:
    """Long, similar and bracketed names become distinct names of at most 31 characters without []:*?/\\."""
    taken = {"summary"}
    names = ["Интеграторы Битрикс24 — крупные города и регионы", "Интеграторы Битрикс24 — крупные города и сёла",
             "a/b:c*d?e[f]g\\h", "summary", "SUMMARY", "", "'quoted'", "History"]
    titles = [sheet_title(n, taken) for n in names]
    assert len({t.casefold() for t in titles}) == len(titles)
    for t in titles:
        assert 0 < len(t) <= 31 and not set(t) & set("[]:*?/\\") and not t.startswith("'")
    assert titles[3] == "summary (2)" and titles[4] == "SUMMARY (3)"
    wb = openpyxl.Workbook()
    for t in titles:
        wb.create_sheet(t)  # openpyxl accepts every one


def test_progress_reports_to_the_end(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """progress(done, total) is called many times, never goes back, and ends at total."""
    calls: list[tuple[int, int]] = []
    export_vpc_workbook(demo_project, tmp_path / "p.xlsx", progress=lambda d, t: calls.append((d, t)))
    assert len(calls) > 20
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] and len({t for _, t in calls}) == 1


def test_labels_cover_both_languages() -> None:
    """Russian and English labels have the same keys."""
    assert LABELS["ru"].keys() == LABELS["en"].keys()


def test_killed_export_leaves_the_old_file_and_a_removable_part(demo_path: Path, tmp_path: Path) -> None:
    """`export vpc` killed at random moments leaves the old file or a whole workbook; remove_partial cleans up."""
    target = tmp_path / "vpc.xlsx"
    rng = random.Random(5)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(3):
        target.write_bytes(b"OLD CONTENT")
        proc = subprocess.Popen([sys.executable, "-m", "workbench", "export", "vpc", "--db", str(demo_path),
                                 "-o", str(target)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(rng.uniform(0.8, 2.5))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
        if target.read_bytes() != b"OLD CONTENT":
            assert openpyxl.load_workbook(target).sheetnames
        for part in partial_files(target):
            assert part.parent == target.parent and part.name.startswith(".vpc.xlsx.")
        remove_partial(target)
        assert not partial_files(target)


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_workbook(demo_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """LibreOffice converts the workbook to PDF (it loads without repair); the PDF holds every sheet's text."""
    out = export_vpc_workbook(demo_project, tmp_path / "lo.xlsx", lang="en")
    run = subprocess.run(["libreoffice", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--headless",
                          "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                         capture_output=True, text=True, timeout=240)
    pdf = tmp_path / "lo.pdf"
    assert run.returncode == 0 and pdf.exists() and pdf.stat().st_size > 10_000, run.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        for word in ("Value map", "Customer profile", "Interviewer", "Financial motivation"):
            assert word in text


def test_empty_project_gets_a_workbook_that_says_what_to_do(empty_project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A project without segments still exports every table sheet; the Summary says what to do next."""
    wb = _export(empty_project, tmp_path)
    assert wb.sheetnames == ["Summary", "Evidence", "Fit", "Backlog", "Program"]
    assert "no segments yet" in wb["Summary"]["A5"].value


def test_failed_export_leaves_nothing_behind(demo_project, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An export stopped half-way (here by its progress callback) leaves no target, no .part and no temp sheets."""
    import tempfile

    sheets = tmp_path / "sheets"
    sheets.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(sheets))
    target = tmp_path / "stopped.xlsx"

    def stop(done: int, total: int) -> None:
        if done > 600:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        export_vpc_workbook(demo_project, target, progress=stop)
    assert not target.exists() and not partial_files(target)
    assert not list(sheets.iterdir())
