"""User text written through the shared xlsx helper never becomes a formula."""

from __future__ import annotations

import os
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workbench.reports.safety import atomic_path, xlsx_text_cell

# openpyxl refuses XML-illegal control characters, so keep to characters a cell can hold.
_CHARS = st.characters(blacklist_categories=("Cs",), min_codepoint=0x20) | st.sampled_from("\t\r\n")
_RISKY = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "\n", ""])
TEXTS = st.builds(lambda head, tail: head + tail, _RISKY, st.text(_CHARS, min_size=1, max_size=40))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(TEXTS, min_size=1, max_size=8))
def test_text_cells_read_back_as_equal_strings(tmp_path: Path, values: list[str]) -> None:
    """Every written string reads back as data type 's' and equal to the input, formula-like or not."""
    target = tmp_path / "safety.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, value in enumerate(values, start=1):
        xlsx_text_cell(ws.cell(row=row, column=1), value)
    with atomic_path(target) as tmp:
        wb.save(tmp)
    back = openpyxl.load_workbook(target).active
    for row, value in enumerate(values, start=1):
        cell = back.cell(row=row, column=1)
        assert cell.data_type == "s"
        assert cell.value == value


_SPECIAL = st.sampled_from(["=1+2", "=HYPERLINK(\"http://x\",\"y\")", "#N/A", "#DIV/0!", "@SUM(A1:A9)", "-2+3",
                            "+7", "\t=x", "\r\n=cmd|' /C calc'!A0", "=", "TRUE", "1e5", "2025-01-01"])
USER_TEXT = TEXTS | _SPECIAL


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(texts=st.lists(USER_TEXT, min_size=6, max_size=6))
def test_no_user_text_becomes_a_formula_in_the_vpc_workbook(demo_project, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            texts: list[str]) -> None:
    """Segment, card, quote, partner, interviewer and backlog texts stay equal strings in every sheet."""
    from sqlalchemy import text

    from workbench.reports.vpc_workbook import export_vpc_workbook

    segment, card, quote, partner, interviewer, item = texts
    with demo_project.transaction() as session:
        conn = session.connection()
        conn.execute(text("UPDATE segment SET name = 'Second segment' WHERE id <> (SELECT MIN(id) FROM segment)"))
        conn.execute(text("UPDATE segment SET name = :v WHERE id = (SELECT MIN(id) FROM segment)"), {"v": segment})
        ev = conn.execute(text("SELECT card_id, statement_id FROM evidence ORDER BY id LIMIT 1")).one()
        conn.execute(text("UPDATE card SET title = :v WHERE id = :id"), {"v": card, "id": ev.card_id})
        conn.execute(text("UPDATE statement SET text = :v WHERE id = :id"), {"v": quote, "id": ev.statement_id})
        interview = conn.execute(text("SELECT interview_id FROM statement WHERE id = :id"),
                                 {"id": ev.statement_id}).scalar_one()
        conn.execute(text("UPDATE interview SET interviewer = :v WHERE id = :id"), {"v": interviewer, "id": interview})
        conn.execute(text("UPDATE partner SET name = :v WHERE id = (SELECT partner_id FROM interview WHERE id = :id)"),
                     {"v": partner, "id": interview})
        conn.execute(text("UPDATE backlog_item SET title = :v WHERE id = (SELECT MIN(id) FROM backlog_item)"),
                     {"v": item})
    target = tmp_path / "vpc.xlsx"
    export_vpc_workbook(demo_project, target, lang="en")
    book = openpyxl.load_workbook(target)
    values = set()
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if cell.value is not None:
                    values.add(cell.value)
    for expected in (segment, card, quote, partner, interviewer, item):
        assert expected in values


def test_an_export_gets_the_mode_of_an_ordinary_new_file(tmp_path: Path) -> None:
    """An atomic export is readable as the umask allows (not the 0600 of a temporary file); a replaced file keeps its mode."""
    old = os.umask(0o022)
    try:
        target = tmp_path / "new.xlsx"
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"x")
        assert target.stat().st_mode & 0o777 == 0o644
        target.chmod(0o640)
        with atomic_path(target) as tmp:
            tmp.write_bytes(b"y")
        assert target.stat().st_mode & 0o777 == 0o640
        assert target.read_bytes() == b"y"
    finally:
        os.umask(old)
