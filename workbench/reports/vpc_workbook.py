"""The VPC workbook for leadership: Summary, a canvas sheet per segment, Evidence, Fit, Backlog, Program.

* Summary: segments ranked by their score (segment scoring), fit %, interviews done, top pains and
  the severe pains nothing addresses, with a native bar chart of score and fit.
* One sheet per segment draws the canvas in cells: the value map (products, pain relievers, gain
  creators) and the customer profile (gains, pains, jobs) as coloured zones, cards in the board's
  rank order with their evidence counts (profile) or pillar and fit links (value map).
* Evidence: every statement on a card (segment, card, kind, quote, partner, date, interviewer),
  autofilter and frozen header. Fit: relievers and creators against pains and gains per segment.
  Backlog: prioritised, with its RICE/WSJF factors and status, conditional formatting. Program: the
  three pillars with each element's status, evidence and the backlog items it needs.

Speed: the workbook is write-only (rows stream to disk as they are made) and every cell reuses one
template cell per column whose style is a named style, so no per-cell style objects are made; see
bench/bench_export.py. Safety: every text cell is an explicit string (``safety.put``), and the file
is written beside the target under a temporary name and renamed (``safety.atomic_path``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from workbench.reports.data import (
    LeadershipData,
    Progress,
    SegmentView,
    fit_matrix,
    project_language,
    read_all,
)
from workbench.reports.safety import atomic_path, cell_text, check_target, put
from workbench.store.project import Project

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "Summary": "Summary", "Evidence": "Evidence", "Fit": "Fit", "Backlog": "Backlog", "Program": "Program",
        "title": "Value proposition workbook", "summary_note": (
            "Segments ranked by score (segment scoring, 0-100). Fit: the rank-weighted share of the top pains "
            "and gains that a pain reliever or gain creator addresses."),
        "rank": "Rank", "segment": "Segment", "score": "Score", "fit": "Fit, %", "interviews": "Interviews done",
        "partners": "Partners", "top_pains": "Top pains", "unaddressed": "Severe pains nothing addresses",
        "card": "Card", "kind": "Kind", "quote": "Quote", "partner": "Partner", "date": "Date",
        "interviewer": "Interviewer", "value_map": "Value map", "profile": "Customer profile",
        "statements": "statements", "partners_n": "partners", "addresses": "addresses",
        "no_pillar": "no pillar", "empty_zone": "(no cards)", "no_board": "This segment has no canvas yet.",
        "fit_note": "✓ where a pain reliever or gain creator (rows) addresses a pain or gain (columns).",
        "id": "ID", "title_col": "Title", "pillar": "Pillar", "status": "Status", "release": "Release",
        "owner": "Owner", "reach": "Reach", "impact": "Impact", "confidence": "Confidence", "effort": "Effort",
        "framework": "Framework", "evidence_n": "Evidence statements", "element": "Element",
        "items": "Backlog items it needs", "value_cards": "Value-map cards", "none": "none",
        "chart_title": "Segments: score and fit, %",
        "no_segments": "The project has no segments yet: add them on the Segments screen and build their canvases.",
    },
    "ru": {
        "Summary": "Сводка", "Evidence": "Доказательства", "Fit": "Соответствие", "Backlog": "Бэклог",
        "Program": "Программа", "title": "Рабочая книга ценностного предложения", "summary_note": (
            "Сегменты по убыванию оценки (оценка сегментов, 0–100). Соответствие: взвешенная по рангу доля "
            "главных болей и выгод, которые закрывает устранитель боли или создатель выгоды."),
        "rank": "Место", "segment": "Сегмент", "score": "Оценка", "fit": "Соответствие, %",
        "interviews": "Интервью проведено", "partners": "Партнёров", "top_pains": "Главные боли",
        "unaddressed": "Острые боли без ответа", "card": "Карточка", "kind": "Тип", "quote": "Цитата",
        "partner": "Партнёр", "date": "Дата", "interviewer": "Интервьюер", "value_map": "Карта ценности",
        "profile": "Профиль клиента", "statements": "высказываний", "partners_n": "партнёров",
        "addresses": "закрывает", "no_pillar": "без опоры", "empty_zone": "(нет карточек)",
        "no_board": "У этого сегмента ещё нет холста.",
        "fit_note": "✓ — устранитель боли или создатель выгоды (строки) закрывает боль или выгоду (столбцы).",
        "id": "ID", "title_col": "Название", "pillar": "Опора", "status": "Статус", "release": "Релиз",
        "owner": "Ответственный", "reach": "Охват", "impact": "Влияние", "confidence": "Уверенность",
        "effort": "Трудозатраты", "framework": "Метод", "evidence_n": "Высказываний", "element": "Элемент",
        "items": "Нужные пункты бэклога", "value_cards": "Карточки карты ценности", "none": "нет",
        "chart_title": "Сегменты: оценка и соответствие, %",
        "no_segments": "В проекте ещё нет сегментов: добавьте их на экране «Сегменты» и постройте холсты.",
    },
}
ZONE_TITLES = {
    "en": {"products": "Products & services", "relievers": "Pain relievers", "creators": "Gain creators",
           "gains": "Gains", "pains": "Pains", "jobs": "Customer jobs"},
    "ru": {"products": "Продукты и услуги", "relievers": "Устранители болей", "creators": "Создатели выгод",
           "gains": "Выгоды", "pains": "Боли", "jobs": "Работы клиента"},
}
KINDS = {"en": {"job": "Job", "pain": "Pain", "gain": "Gain", "other": "Other"},
         "ru": {"job": "Работа", "pain": "Боль", "gain": "Выгода", "other": "Другое"}}
PROGRAM_STATUS = {"en": {"have": "in place", "partial": "partly in place", "missing": "missing"},
                  "ru": {"have": "есть", "partial": "частично", "missing": "нет"}}
# The canvas mirrored about a gap column: products face jobs, relievers face pains, creators face gains.
VALUE_MAP = ("products", "relievers", "creators")
PROFILE = ("gains", "pains", "jobs")
CANVAS_ZONES = (*VALUE_MAP, None, *PROFILE)
ZONE_FILL = {"products": "EAE4F4", "relievers": "FBE0E0", "creators": "DCF3E5",
             "gains": "DCF3E5", "pains": "FBE0E0", "jobs": "DCE8FC"}
ZONE_HEAD = {"products": "6A58A8", "relievers": "C0392B", "creators": "23804A",
             "gains": "23804A", "pains": "C0392B", "jobs": "2F6FDE"}
BAND = {"value_map": "4B3F86", "profile": "1D4F91"}
STATUS_FILL = {"have": "DCF3E5", "partial": "FFF2CC", "missing": "FBE0E0"}
ZONE_WIDTH = 34
INVALID_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
CHARS_PER_WIDTH = 0.85  # characters of wrapped text per unit of column width (Cyrillic runs wide)
PROGRESS_TOTAL = 1000
READ_SHARE = 250  # of PROGRESS_TOTAL: reading the project before the first row is written


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique worksheet name for ``name``: no ``[]:*?/\\``, at most 31 characters, not blank.

    ``taken`` holds the names in use, case-folded (spreadsheets compare them ignoring case); the
    chosen one is added to it. Clashes get `` (2)``, `` (3)``, … within the 31 characters.
    """
    base = " ".join(INVALID_SHEET_CHARS.sub(" ", cell_text(name)).split()).strip("'").strip() or "Sheet"
    if base.casefold() == "history":  # Excel reserves it
        base = base + " 1"
    candidate = base[:31].rstrip().rstrip("'")
    n = 2
    while candidate.casefold() in taken:
        suffix = f" ({n})"
        candidate = base[:31 - len(suffix)].rstrip().rstrip("'") + suffix
        n += 1
    taken.add(candidate.casefold())
    return candidate


class _Ticker:
    """Progress in thousandths of the whole: reading takes the first ``start``, the rows the rest.

    ``progress(done, PROGRESS_TOTAL)`` is called whenever another half per cent of the rows is written.
    """

    def __init__(self, progress: Progress | None, rows: int, start: int) -> None:
        self.progress = progress
        self.rows = max(1, rows)
        self.start = start
        self.done = 0
        self._last = start
        self._every = max(1, self.rows // 200)

    def step(self, n: int = 1) -> None:
        self.done += n
        if self.progress is not None and self.done % self._every == 0:
            value = min(PROGRESS_TOTAL - 1, self.start + (PROGRESS_TOTAL - self.start) * self.done // self.rows)
            if value > self._last:
                self._last = value
                self.progress(value, PROGRESS_TOTAL)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(PROGRESS_TOTAL, PROGRESS_TOTAL)


def _styles(wb: Any) -> None:
    """Register the named styles every cell uses (one style record each, however many cells)."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="B7BDC7")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    top_wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")

    def add(name: str, **kw: Any) -> None:
        wb.add_named_style(NamedStyle(name=name, **kw))

    add("wb_title", font=Font(bold=True, size=14, color="1D2B3A"))
    add("wb_note", font=Font(italic=True, size=9, color="555555"), alignment=Alignment(wrap_text=True, vertical="top"))
    add("wb_header", font=Font(bold=True, color="FFFFFF"), fill=PatternFill("solid", fgColor="44546A"),
        alignment=Alignment(wrap_text=True, vertical="center"), border=box)
    add("wb_text", alignment=top_wrap, border=box)
    add("wb_plain", alignment=Alignment(vertical="top"), border=box)
    add("wb_int", alignment=Alignment(vertical="top"), border=box, number_format="0")
    add("wb_dec1", alignment=Alignment(vertical="top"), border=box, number_format="0.0")
    add("wb_dec2", alignment=Alignment(vertical="top"), border=box, number_format="0.00")
    add("wb_date", alignment=Alignment(vertical="top"), border=box, number_format="yyyy-mm-dd")
    add("wb_check", alignment=center, border=box, font=Font(bold=True, color="23804A"))
    add("wb_colhead", font=Font(bold=True, size=9), fill=PatternFill("solid", fgColor="E8ECF2"),
        alignment=Alignment(wrap_text=True, vertical="bottom", text_rotation=90), border=box)
    add("wb_group", font=Font(bold=True, color="1D2B3A"), fill=PatternFill("solid", fgColor="D6DCE5"),
        alignment=Alignment(vertical="center"), border=box)
    for key, color in BAND.items():
        add(f"wb_band_{key}", font=Font(bold=True, size=12, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=color), alignment=Alignment(horizontal="center", vertical="center"))
    for zone in ZONE_FILL:
        add(f"wb_zone_{zone}", font=Font(bold=True, color="FFFFFF"), fill=PatternFill("solid", fgColor=ZONE_HEAD[zone]),
            alignment=Alignment(wrap_text=True, vertical="center"), border=box)
        add(f"wb_card_{zone}", fill=PatternFill("solid", fgColor=ZONE_FILL[zone]), alignment=top_wrap, border=box)
    for status, color in STATUS_FILL.items():
        add(f"wb_status_{status}", fill=PatternFill("solid", fgColor=color), alignment=Alignment(vertical="top"),
            border=box)


def _cells_to_row(values: Sequence[Any], row_idx: int) -> Any:
    """The cells of one appended row, each already a styled cell holding its value (None: skipped).

    Stands in for openpyxl's per-sheet ``_values_to_row``, which would re-type every value and make a
    new cell for each styled one; rows here are built of cells by :func:`_row` and :func:`_heads`.
    """
    from openpyxl.cell import Cell, WriteOnlyCell

    for col_idx, cell in enumerate(values, 1):
        if cell is None:
            continue
        if not isinstance(cell, Cell):  # a bare value after all
            cell = put(WriteOnlyCell(None), cell)
        cell.column = col_idx
        cell.row = row_idx
        yield cell


def _sheet(wb: Any, title: str) -> Any:
    """A write-only sheet whose appended rows of template cells are written without re-typing."""
    ws = wb.create_sheet(title)
    if callable(getattr(ws, "_values_to_row", None)):
        ws._values_to_row = _cells_to_row
    return ws


_TEMPLATE_CELL: Any = None


def _template_class() -> Any:
    """A cell class that looks its style record up once: a template cell's style never changes."""
    global _TEMPLATE_CELL
    if _TEMPLATE_CELL is None:
        from openpyxl.cell import Cell

        class TemplateCell(Cell):  # type: ignore[misc]
            __slots__ = ("_sid",)

            @property
            def style_id(self) -> int:
                return self._sid  # type: ignore[no-any-return]

            @property
            def has_style(self) -> bool:
                return True

        _TEMPLATE_CELL = TemplateCell
    return _TEMPLATE_CELL


def _cell(ws: Any, style: str) -> Any:
    """A cell with the named style ``style``, to be filled and appended row after row."""
    cell = _template_class()(ws, row=1, column=1)
    cell.style = style
    cell._sid = ws.parent._cell_styles.add(cell._style)
    return cell


def _setup(ws: Any, widths: Sequence[float], *, freeze: str | None = None, title_rows: str | None = None) -> None:
    """Widths, frozen panes and print setup (landscape, A4, fit to one page wide); before the first row."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    if freeze:
        ws.freeze_panes = freeze
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    if title_rows:
        ws.print_title_rows = title_rows


def _set_height(ws: Any, row: int, height: float | None) -> None:
    """Give row ``row`` (not yet written) a fixed height in points; None keeps the default.

    A write-only sheet only reads a row's attributes when it writes the row, so the attributes go in
    as the plain mapping openpyxl's RowDimension would produce, without making one per row.
    """
    if height:
        ws.row_dimensions[row] = {"ht": f"{height:g}", "customHeight": "1"}


def _height(texts: Sequence[tuple[str, float]], *, line: float = 15.0, cap: int = 12) -> float | None:
    """A row height that shows wrapped ``(text, column width)`` pairs whole (None: the default height)."""
    lines = 1
    for text, width in texts:
        if not text:
            continue
        per = max(8, int(width * CHARS_PER_WIDTH))
        n = sum(max(1, math.ceil(len(part) / per)) for part in text.split("\n"))
        lines = max(lines, n)
    return None if lines == 1 else line * min(lines, cap) + 2


def _row(ws: Any, cells: Sequence[Any], values: Sequence[Any]) -> None:
    """Append one row: each value through its column's template cell (None leaves the cell empty).

    A template cell is written out as soon as the row is appended, so it is reused row after row;
    within one row every column needs its own.
    """
    ws.append([None if v is None else put(c, v) for c, v in zip(cells, values, strict=True)])


def _heads(ws: Any, style: str, values: Sequence[str]) -> None:
    """Append a header row (fresh cells: one template cell cannot stand twice in a row)."""
    ws.append([put(_cell(ws, style), v) for v in values])


def _note_row(ws: Any, style: str, text: str) -> None:
    """Append a row holding one text in its first cell."""
    ws.append([put(_cell(ws, style), text)])


def _summary(wb: Any, title: str, data: LeadershipData, t: dict[str, str], project_name: str,
             tick: _Ticker) -> None:
    from openpyxl.chart import BarChart, Reference

    ws = _sheet(wb, title)
    widths = (7, 30, 9, 14, 12, 11, 60, 46)
    _setup(ws, widths, freeze="C5", title_rows="4:4")
    ws.append([put(_cell(ws, "wb_title"), f"{t['title']} — {project_name}")])
    _set_height(ws, 2, 30)
    _note_row(ws, "wb_note", t["summary_note"])
    ws.merged_cells.add("A2:H2")
    ws.append([])
    _set_height(ws, 4, 32)
    _heads(ws, "wb_header", [t["rank"], t["segment"], t["score"], t["fit"], t["interviews"], t["partners"],
                          t["top_pains"], t["unaddressed"]])
    cells = [_cell(ws, s) for s in ("wb_int", "wb_text", "wb_dec1", "wb_dec1", "wb_int", "wb_int", "wb_text",
                                    "wb_text")]
    for r, seg in enumerate(data.segments, start=5):
        pains = "\n".join(f"{i}. {p}" for i, p in enumerate(seg.top_pains, start=1))
        unaddressed = "\n".join(seg.unaddressed_pains[:5])
        height = _height([(seg.name, widths[1]), (pains, widths[6]), (unaddressed, widths[7])])
        if height:
            _set_height(ws, r, height)
        _row(ws, cells, [seg.rank, seg.name, seg.score, round(seg.fit * 100, 1), seg.interviews_done, seg.partners,
                         pains, unaddressed])
        tick.step()
    n = len(data.segments)
    if not n:
        _note_row(ws, "wb_note", t["no_segments"])
    else:
        chart = BarChart()
        chart.type = "bar"
        chart.style = 10
        chart.title = t["chart_title"]
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 100
        chart.x_axis.scaling.orientation = "maxMin"  # best segment on top, as in the table
        chart.y_axis.majorGridlines = None
        chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=4, max_row=4 + n), titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=2, min_row=5, max_row=4 + n))
        chart.height = max(7.0, 1.1 * n + 3)
        chart.width = 22
        ws.add_chart(chart, f"B{n + 7}")


def _card_text(card: Any, zone: str, t: dict[str, str], pillars: dict[str, str]) -> str:
    if zone in VALUE_MAP:
        detail = pillars.get(card.pillar or "", t["no_pillar"])
        if card.linked_ids:
            detail += f" · {t['addresses']}: {len(card.linked_ids)}"
    else:
        detail = f"{t['statements']}: {card.statements} · {t['partners_n']}: {card.partners}"
    return f"{card.rank}. {card.title}\n{detail}"


def _segment_sheet(wb: Any, title: str, seg: SegmentView, t: dict[str, str], zones_t: dict[str, str],
                   pillars: dict[str, str], tick: _Ticker) -> None:
    ws = _sheet(wb, title)
    widths = [3.0 if zone is None else ZONE_WIDTH for zone in CANVAS_ZONES]
    _setup(ws, widths, freeze="A7", title_rows="5:6")
    ws.append([put(_cell(ws, "wb_title"), f"{seg.rank}. {seg.name}")])
    facts = (f"{t['score']}: {seg.score:.1f} · {t['fit']}: {seg.fit * 100:.0f} · {t['interviews']}: "
             f"{seg.interviews_done} · {t['partners']}: {seg.partners}")
    _note_row(ws, "wb_note", facts)
    ws.merged_cells.add("A2:G2")
    board = seg.board
    if board.board_id is None:  # type: ignore[attr-defined]
        _note_row(ws, "wb_note", t["no_board"])
        return
    missing = f"{t['unaddressed']}: {'; '.join(seg.unaddressed_pains)}" if seg.unaddressed_pains else ""
    if missing:
        _set_height(ws, 3, _height([(missing, ZONE_WIDTH * 6)], cap=6) or 15)
    _note_row(ws, "wb_note", missing)
    ws.merged_cells.add("A3:G3")
    ws.append([])
    _set_height(ws, 5, 22)
    ws.append([put(_cell(ws, "wb_band_value_map"), t["value_map"]), None, None, None,
               put(_cell(ws, "wb_band_profile"), t["profile"]), None, None])
    ws.merged_cells.add("A5:C5")
    ws.merged_cells.add("E5:G5")
    ws.append([None if z is None else put(_cell(ws, f"wb_zone_{z}"), zones_t[z]) for z in CANVAS_ZONES])
    zones = {z: seg.zone(z) for z in CANVAS_ZONES if z is not None}
    cells = {z: _cell(ws, f"wb_card_{z}") for z in zones}
    depth = max((len(cards) for cards in zones.values()), default=0)
    for i in range(max(1, depth)):
        values: list[Any] = []
        texts = []
        for z in CANVAS_ZONES:
            if z is None:
                values.append(None)
                continue
            cards = zones[z]
            if i < len(cards):
                text = _card_text(cards[i], z, t, pillars)
                values.append(put(cells[z], text))
                texts.append((text, ZONE_WIDTH))
            elif i == 0:
                values.append(put(cells[z], t["empty_zone"]))
            else:
                values.append(None)
        height = _height(texts, cap=8)
        if height:
            _set_height(ws, 7 + i, height)
        ws.append(values)
        tick.step()


def _evidence(wb: Any, title: str, data: LeadershipData, t: dict[str, str], kinds: dict[str, str],
              tick: _Ticker) -> None:
    keys = ("segment", "card", "kind", "quote", "partner", "date", "interviewer")
    widths = (24, 36, 10, 70, 28, 11, 18)
    ws = _sheet(wb, title)
    _setup(ws, widths, freeze="A2", title_rows="1:1")
    _heads(ws, "wb_header", [t[k] for k in keys])
    cells = [_cell(ws, s) for s in ("wb_text", "wb_text", "wb_plain", "wb_text", "wb_text", "wb_date", "wb_plain")]
    quote_per_line = int(widths[3] * CHARS_PER_WIDTH)
    card_per_line = int(widths[1] * CHARS_PER_WIDTH)
    r = 1
    for ev in data.evidence:
        r += 1
        lines = max(math.ceil(len(ev.quote) / quote_per_line), math.ceil(len(ev.card) / card_per_line))
        if lines > 1:
            _set_height(ws, r, 15.0 * min(lines, 10) + 2)
        try:
            when: Any = date.fromisoformat(ev.date) if ev.date else None
        except ValueError:
            when = ev.date
        _row(ws, cells, (ev.segment, ev.card, kinds.get(ev.kind, ev.kind), ev.quote, ev.partner, when,
                         ev.interviewer))
        tick.step()
    ws.auto_filter.ref = f"A1:G{max(r, 2)}"


def _fit(wb: Any, title: str, data: LeadershipData, t: dict[str, str], tick: _Ticker) -> None:
    from openpyxl.utils import get_column_letter

    matrices = [fit_matrix(s) for s in data.segments if s.board.board_id is not None]  # type: ignore[attr-defined]
    width = max((len(m.columns) for m in matrices), default=0)
    ws = _sheet(wb, title)
    _setup(ws, [50, *([4.5] * width)], freeze="B1")
    _note_row(ws, "wb_note", t["fit_note"])
    r = 1
    group, row_head, check = _cell(ws, "wb_group"), _cell(ws, "wb_text"), _cell(ws, "wb_check")
    heads = [_cell(ws, "wb_colhead") for _ in range(width + 1)]  # one per column, reused block after block
    for m in matrices:
        ws.append([])
        r += 2
        ws.append([put(group, m.segment)])
        tick.step()
        r += 1
        longest = max((len(c) for c in m.columns), default=10)
        _set_height(ws, r, min(220, max(60, longest * 5.2)))
        ws.append([put(c, v) for c, v in zip(heads, ["", *m.columns], strict=False)])
        if m.columns:
            ws.merged_cells.add(f"A{r - 1}:{get_column_letter(1 + len(m.columns))}{r - 1}")
        by_row: dict[int, set[int]] = {}
        for i, j in m.links:
            by_row.setdefault(i, set()).add(j)
        for i, name in enumerate(m.rows):
            r += 1
            height = _height([(name, 50)], cap=4)
            if height:
                _set_height(ws, r, height)
            linked = by_row.get(i, set())
            # One check cell may stand several times in the row: its value is the same everywhere.
            ws.append([put(row_head, name), *[put(check, "✓") if j in linked else None for j in range(len(m.columns))]])
            tick.step()


def _backlog(wb: Any, title: str, data: LeadershipData, t: dict[str, str], lang: str, tick: _Ticker) -> None:
    from openpyxl.formatting.rule import ColorScaleRule, DataBarRule, FormulaRule
    from openpyxl.styles import Font, PatternFill

    from workbench.reports.backlog_export import PILLARS, STATUSES

    keys = ("rank", "id", "title_col", "pillar", "status", "release", "owner", "framework", "reach", "impact",
            "confidence", "effort", "score", "partners", "evidence_n")
    widths = (7, 7, 52, 22, 14, 16, 24, 12, 9, 9, 13, 14, 9, 11, 14)
    styles = ("wb_int", "wb_int", "wb_text", "wb_text", "wb_plain", "wb_plain", "wb_plain", "wb_plain", "wb_dec2",
              "wb_dec2", "wb_dec2", "wb_dec2", "wb_dec2", "wb_int", "wb_int")
    ws = _sheet(wb, title)
    _setup(ws, widths, freeze="D2", title_rows="1:1")
    _set_height(ws, 1, 32)
    _heads(ws, "wb_header", [t[k] for k in keys])
    cells = [_cell(ws, s) for s in styles]
    per_line = int(widths[2] * CHARS_PER_WIDTH)
    r = 1
    for item in data.backlog:
        r += 1
        if len(item.title) > per_line:
            _set_height(ws, r, 15.0 * min(4, math.ceil(len(item.title) / per_line)) + 2)
        _row(ws, cells, (item.rank, item.id, item.title, PILLARS[lang].get(item.pillar, item.pillar),
                         STATUSES[lang].get(item.status, item.status), item.release_name or None, item.owner or None,
                         item.framework.upper(), item.reach, item.impact, item.confidence, item.effort,
                         item.computed_score, item.partner_count, len(item.evidence_ids)))
        tick.step()
    last = max(r, 2)
    ws.auto_filter.ref = f"A1:O{last}"
    cf = ws.conditional_formatting
    cf.add(f"M2:M{last}", ColorScaleRule(start_type="min", start_color="FFFFFF", end_type="max", end_color="63BE7B"))
    cf.add(f"N2:N{last}", DataBarRule(start_type="min", end_type="max", color="5B9BD5"))
    status = STATUSES[lang]
    rules = (("rejected", Font(color="8C8C8C", strike=True), None), ("released", None, "DCF3E5"),
             ("in_progress", None, "FFF2CC"), ("planned", None, "DCE8FC"))
    for key, font, fill in rules:
        label = status[key].replace('"', '""')
        cf.add(f"A2:O{last}", FormulaRule(formula=[f'$E2="{label}"'], font=font,
                                          fill=PatternFill("solid", bgColor=fill) if fill else None))


def _program(wb: Any, title: str, data: LeadershipData, t: dict[str, str], lang: str, tick: _Ticker) -> None:
    from workbench.backlog.program import element_title
    from workbench.reports.backlog_export import PILLARS

    keys = ("element", "status", "card", "partners", "evidence_n", "items")
    widths = (40, 16, 40, 11, 14, 70)
    ws = _sheet(wb, title)
    _setup(ws, widths, freeze="A2", title_rows="1:1")
    _set_height(ws, 1, 32)
    _heads(ws, "wb_header", [t[k] for k in keys])
    group = _cell(ws, "wb_group")
    cells = [_cell(ws, s) for s in ("wb_text", "wb_plain", "wb_text", "wb_int", "wb_int", "wb_text")]
    status_cells = {s: _cell(ws, f"wb_status_{s}") for s in STATUS_FILL}
    r = 1
    for pillar in data.program:
        r += 1
        _set_height(ws, r, 20)
        ws.append([put(group, PILLARS[lang].get(pillar.pillar, pillar.pillar)), *([None] * 5)])
        ws.merged_cells.add(f"A{r}:F{r}")
        for e in pillar.elements:
            r += 1
            items = "; ".join(f"#{i.id} {i.title}" for i in e.items) or t["none"]
            height = _height([(element_title(e, lang), widths[0]), (e.card_title, widths[2]), (items, widths[5])],
                             cap=6)
            if height:
                _set_height(ws, r, height)
            values = [element_title(e, lang), PROGRAM_STATUS[lang].get(e.status, e.status), e.card_title or None,
                      e.partner_count, len(e.evidence), items]
            row_cells = list(cells)
            row_cells[1] = status_cells.get(e.status, cells[1])
            _row(ws, row_cells, values)
            tick.step()
        titles = list(dict.fromkeys(c.title for c in pillar.cards))
        if titles:
            r += 1
            shown = "; ".join(titles[:40]) + (" …" if len(titles) > 40 else "")
            _set_height(ws, r, _height([(shown, sum(widths[1:]))], cap=8))
            ws.append([put(cells[0], f"{t['value_cards']} ({len(titles)})"), put(cells[5], shown), None, None, None,
                       None])
            ws.merged_cells.add(f"B{r}:F{r}")


def export_vpc_workbook(project: Project, output: str | Path, *, lang: str | None = None,
                        progress: Progress | None = None) -> Path:
    """Write the VPC workbook to ``output`` (xlsx) and return its path.

    ``lang`` is "ru" or "en" (None: the project's language). ``progress(done, total)`` is called
    while reading and writing; the file appears only when complete (see ``safety.atomic_path``).
    """
    from openpyxl import Workbook

    target = check_target(Path(output))
    lang = project_language(project, lang)
    t = LABELS[lang]
    reads = 4
    data = read_all(project, steps=reads, progress=(
        lambda d, n: progress(READ_SHARE * d // n, PROGRESS_TOTAL)) if progress else None)
    rows = (len(data.segments) * 2 + sum(max(len(s.zone(z)) for z in CANVAS_ZONES if z) for s in data.segments)
            + len(data.evidence) + sum(len(s.zone("relievers")) + len(s.zone("creators")) for s in data.segments)
            + len(data.backlog) + sum(len(p.elements) for p in data.program))
    tick = _Ticker(progress, rows, READ_SHARE)
    wb = Workbook(write_only=True)
    try:
        _write(wb, data, project, t, lang, tick, target)
    except BaseException:
        _discard(wb)
        raise
    tick.finish()
    return target


def _discard(wb: Any) -> None:
    """Close the half-written sheets' streams and delete their temporary files (the export failed)."""
    import contextlib
    import os

    for ws in wb.worksheets:
        for gen in (getattr(ws, "_rows", None), getattr(getattr(ws, "_writer", None), "xf", None)):
            if gen is not None:
                with contextlib.suppress(Exception):
                    gen.close()
        out = getattr(getattr(ws, "_writer", None), "out", None)
        if out:
            with contextlib.suppress(OSError):
                os.remove(out)


def _write(wb: Any, data: LeadershipData, project: Project, t: dict[str, str], lang: str, tick: _Ticker,
           target: Path) -> None:
    from workbench.reports.backlog_export import PILLARS

    _styles(wb)
    taken: set[str] = set()
    names = {key: sheet_title(t[key], taken) for key in ("Summary", "Evidence", "Fit", "Backlog", "Program")}
    project_name = project.get_meta("name", project.display_name)
    _summary(wb, names["Summary"], data, t, project_name, tick)
    for seg in data.segments:
        _segment_sheet(wb, sheet_title(seg.name, taken), seg, t, ZONE_TITLES[lang], PILLARS[lang], tick)
    _evidence(wb, names["Evidence"], data, t, KINDS[lang], tick)
    _fit(wb, names["Fit"], data, t, tick)
    _backlog(wb, names["Backlog"], data, t, lang, tick)
    _program(wb, names["Program"], data, t, lang, tick)
    with atomic_path(target) as tmp:
        wb.save(tmp)
