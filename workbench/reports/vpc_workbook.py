"""The VPC workbook for leadership (PARTIAL: Summary, Evidence and Fit sheets so far).

Cells of user text go through ``xlsx_text_cell`` so nothing becomes a formula; the file is written
under a temporary name and renamed (``atomic_path``).
"""

from __future__ import annotations

from pathlib import Path

from workbench.reports.data import evidence_rows, fit_matrices, segment_summaries
from workbench.reports.safety import atomic_path, xlsx_text_cell
from workbench.store.project import Project

LABELS: dict[str, dict[str, str]] = {
    "en": {"Summary": "Summary", "fit": "Fit %", "interviews": "Interviews done", "top_pains": "Top pains", "Fit": "Fit",
           "Evidence": "Evidence", "segment": "Segment", "card": "Card", "kind": "Kind", "quote": "Quote",
           "partner": "Partner", "date": "Date", "interviewer": "Interviewer"},
    "ru": {"Summary": "Сводка", "fit": "Соответствие, %", "interviews": "Интервью проведено",
           "top_pains": "Главные боли", "Fit": "Соответствие", "Evidence": "Доказательства", "segment": "Сегмент", "card": "Карточка", "kind": "Тип",
           "quote": "Цитата", "partner": "Партнёр", "date": "Дата", "interviewer": "Интервьюер"},
}
_COLUMNS = (("segment", 22), ("card", 36), ("kind", 10), ("quote", 70), ("partner", 28), ("date", 12),
            ("interviewer", 18))


def export_vpc_workbook(project: Project, output: str | Path, *, lang: str = "ru") -> Path:
    """Write the VPC workbook to ``output`` and return its path."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, NamedStyle

    labels = LABELS["en" if lang == "en" else "ru"]
    wb = Workbook()
    summary = wb.active
    summary.title = labels["Summary"][:31]
    ws = wb.create_sheet(labels["Evidence"][:31])
    header = NamedStyle(name="wb_header", font=Font(bold=True))
    body = NamedStyle(name="wb_body", alignment=Alignment(wrap_text=True, vertical="top"))
    wb.add_named_style(header)
    wb.add_named_style(body)
    for col, (key, width) in enumerate(_COLUMNS, start=1):
        cell = xlsx_text_cell(ws.cell(row=1, column=col), labels[key])
        cell.style = "wb_header"
        ws.column_dimensions[cell.column_letter].width = width
    for row, ev in enumerate(evidence_rows(project), start=2):
        for col, (key, _width) in enumerate(_COLUMNS, start=1):
            xlsx_text_cell(ws.cell(row=row, column=col), getattr(ev, key)).style = "wb_body"
    _summary_sheet(summary, project, labels)
    _fit_sheet(wb.create_sheet(labels["Fit"][:31]), project)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    target = Path(output)
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target


def _summary_sheet(ws, project: Project, labels: dict[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Segments ranked by fit, with interviews done, top pains and a bar chart of fit."""
    from openpyxl.chart import BarChart, Reference

    heads = (("segment", 28), ("fit", 14), ("interviews", 18), ("top_pains", 80))
    for col, (key, width) in enumerate(heads, start=1):
        cell = xlsx_text_cell(ws.cell(row=1, column=col), labels[key])
        cell.style = "wb_header"
        ws.column_dimensions[cell.column_letter].width = width
    rows = segment_summaries(project)
    for row, seg in enumerate(rows, start=2):
        xlsx_text_cell(ws.cell(row=row, column=1), seg.segment).style = "wb_body"
        ws.cell(row=row, column=2, value=round(seg.fit * 100, 1))
        ws.cell(row=row, column=3, value=seg.interviews_done)
        xlsx_text_cell(ws.cell(row=row, column=4), "\n".join(seg.top_pains)).style = "wb_body"
    ws.freeze_panes = "A2"
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
    if rows:
        chart = BarChart()
        chart.title = labels["fit"]
        chart.add_data(Reference(ws, min_col=2, min_row=1, max_row=len(rows) + 1), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(rows) + 1))
        ws.add_chart(chart, f"F{2}")


def _fit_sheet(ws, project: Project) -> None:  # type: ignore[no-untyped-def]
    """Per segment a block: relievers/creators down, pains/gains across, a check mark where linked."""
    row = 1
    ws.column_dimensions["A"].width = 40
    for matrix in fit_matrices(project):
        xlsx_text_cell(ws.cell(row=row, column=1), matrix.segment).style = "wb_header"
        for j, title in enumerate(matrix.columns, start=2):
            xlsx_text_cell(ws.cell(row=row, column=j), title).style = "wb_body"
        for i, title in enumerate(matrix.rows):
            xlsx_text_cell(ws.cell(row=row + 1 + i, column=1), title).style = "wb_body"
        for i, j in matrix.links:
            ws.cell(row=row + 1 + i, column=j + 2, value="✓")
        row += len(matrix.rows) + 3
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0
