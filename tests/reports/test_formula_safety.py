"""User text written through the shared xlsx helper never becomes a formula."""

from __future__ import annotations

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
