"""The program structure for leadership: xlsx, Markdown or PDF, by pillar; atomic and formula-safe.

The PDF is laid out as text on matplotlib figures (``PdfPages``), one or more A4 pages per pillar;
no Qt and no extra dependency.
"""

from __future__ import annotations

import logging
import textwrap
from pathlib import Path

from workbench.backlog.program import PillarGroup, ProgramElementRead, element_title, program_structure
from workbench.errors import InputError
from workbench.reports.safety import atomic_path, xlsx_text_cell
from workbench.store.project import Project

log = logging.getLogger(__name__)

FORMATS = ("xlsx", "md", "pdf")
TEXT = {
    "en": {"title": "Partner program structure", "financial": "Financial motivation",
           "operational": "Operational service", "product": "Product development",
           "have": "in place", "partial": "partly in place", "missing": "missing",
           "element": "Element", "named": "As named in the project", "status": "Status", "card": "Card",
           "partners": "Partners", "evidence": "Evidence", "items": "Backlog items it needs", "pillar": "Pillar",
           "quotes": "What partners said", "none": "none", "value_map": "Value map", "statement": "Statement",
           "partner": "Partner", "summary": "%d elements: %d in place, %d partly, %d missing"},
    "ru": {"title": "Структура партнёрской программы", "financial": "Финансовая мотивация",
           "operational": "Операционный сервис", "product": "Развитие продукта",
           "have": "есть", "partial": "частично", "missing": "нет",
           "element": "Элемент", "named": "Как назван в проекте", "status": "Статус", "card": "Карточка",
           "partners": "Партнёров", "evidence": "Доказательства", "items": "Нужные пункты бэклога",
           "pillar": "Опора", "quotes": "Что говорили партнёры", "none": "нет", "value_map": "Карта ценности",
           "statement": "Высказывание", "partner": "Партнёр",
           "summary": "Элементов: %d; есть %d, частично %d, нет %d"},
}


def _lang(project: Project, lang: str | None) -> str:
    if lang in TEXT:
        return lang  # type: ignore[return-value]
    return "en" if project.get_meta("lang", "ru") == "en" else "ru"


def _items_text(element: ProgramElementRead, t: dict[str, str]) -> str:
    return "; ".join(f"#{i.id} {i.title}" for i in element.items) or t["none"]


def _summary(group: PillarGroup, t: dict[str, str]) -> str:
    c = group.counts()
    return t["summary"] % (len(group.elements), c["have"], c["partial"], c["missing"])


def _md(text: object) -> str:
    value = " ".join(str(text).split())
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "|"):
        value = value.replace(ch, "\\" + ch)
    return value


def markdown(project: Project, groups: list[PillarGroup], lang: str) -> str:
    """The program by pillar in Markdown: each element, its status, evidence and needed items."""
    t = TEXT[lang]
    name = project.get_meta("name", project.display_name)
    lines = [f"# {t['title']} — {_md(name)}", ""]
    for group in groups:
        lines += [f"## {t[group.pillar]}", "", _summary(group, t), ""]
        for e in group.elements:
            own = f" ({_md(e.title)})" if e.title != element_title(e, lang) else ""
            lines.append(f"- **{_md(element_title(e, lang))}**{own} — {t[e.status]}; "
                         f"{t['partners']}: {e.partner_count}; {t['items']}: {_md(_items_text(e, t))}")
            for q in e.evidence[:2]:
                lines.append(f"  > {_md(q.text)} — {_md(q.partner_name)}")
        if group.cards:
            titles = dict.fromkeys(c.title for c in group.cards)
            lines += ["", f"**{t['value_map']}:** " + "; ".join(_md(title) for title in titles)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _write_xlsx(path: Path, groups: list[PillarGroup], lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    t = TEXT[lang]
    wb = Workbook()
    ws = wb.active
    ws.title = t["title"][:31]
    header = [t["pillar"], t["element"], t["named"], t["status"], t["card"], t["partners"], t["evidence"], t["items"]]
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    quotes = wb.create_sheet(t["quotes"][:31])
    quotes.append([t["pillar"], t["element"], t["partner"], t["statement"]])
    for cell in quotes[1]:
        cell.font = Font(bold=True)
    r = q = 2
    for group in groups:
        for e in group.elements:
            values = [t[group.pillar], element_title(e, lang), e.title, t[e.status], e.card_title, e.partner_count,
                      len(e.evidence), _items_text(e, t)]
            for c, value in enumerate(values, start=1):
                xlsx_text_cell(ws.cell(row=r, column=c), value)
            r += 1
            for quote in e.evidence:
                for c, value in enumerate([t[group.pillar], element_title(e, lang), quote.partner_name, quote.text],
                                          start=1):
                    xlsx_text_cell(quotes.cell(row=q, column=c), value)
                q += 1
    for letter, width in (("A", 24), ("B", 36), ("C", 40), ("E", 40), ("H", 60)):
        ws.column_dimensions[letter].width = width
    quotes.column_dimensions["D"].width = 90
    ws.freeze_panes = "B2"
    with atomic_path(path) as tmp:
        wb.save(tmp)


def _pdf_lines(project: Project, groups: list[PillarGroup], lang: str) -> list[list[tuple[str, str]]]:
    """Pages of (style, text) lines: one pillar per page group, wrapped to the page width."""
    t = TEXT[lang]
    pages: list[list[tuple[str, str]]] = []
    per_page = 52
    name = project.get_meta("name", project.display_name)
    for n, group in enumerate(groups):
        lines: list[tuple[str, str]] = []
        if n == 0:
            lines.append(("title", f"{t['title']} — {name}"))
        lines += [("h1", t[group.pillar]), ("small", _summary(group, t)), ("gap", "")]
        for e in group.elements:
            lines += [("h2", f"{element_title(e, lang)} — {t[e.status]}")]
            detail = f"{t['partners']}: {e.partner_count}. {t['items']}: {_items_text(e, t)}"
            lines += [("body", w) for w in textwrap.wrap(detail, 95)]
            for quote in e.evidence[:1]:
                lines += [("quote", w) for w in textwrap.wrap(f"«{quote.text}» — {quote.partner_name}", 100)]
            lines.append(("gap", ""))
        titles = list(dict.fromkeys(c.title for c in group.cards))
        if titles:
            lines.append(("h2", t["value_map"]))
            for title in titles:
                lines += [("body", w) for w in textwrap.wrap(f"• {title}", 100)]
        for start in range(0, len(lines), per_page):
            pages.append(lines[start:start + per_page])
    return pages


def _write_pdf(project: Project, path: Path, groups: list[PillarGroup], lang: str) -> None:
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    styles = {"title": (15, "bold", "#111111"), "h1": (13, "bold", "#1d4f91"), "h2": (10, "bold", "#111111"),
              "body": (8.5, "normal", "#222222"), "quote": (8, "normal", "#555555"), "small": (8, "normal", "#555555"),
              "gap": (6, "normal", "#000000")}
    with atomic_path(path) as tmp:
        with PdfPages(tmp) as pdf:
            for page in _pdf_lines(project, groups, lang):
                fig = Figure(figsize=(8.27, 11.69))
                y = 0.95
                for style, text in page:
                    size, weight, color = styles[style]
                    if text:
                        fig.text(0.07, y, text, fontsize=size, fontweight=weight, color=color, va="top",
                                 style="italic" if style == "quote" else "normal")
                    y -= (size + 5) / 11.69 / 72
                pdf.savefig(fig)


def export_program(project: Project, path: str | Path, fmt: str, *, lang: str | None = None) -> Path:
    """Write the program structure to ``path`` as xlsx, md or pdf."""
    if fmt not in FORMATS:
        raise InputError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    path = Path(path)
    lang = _lang(project, lang)
    from workbench.backlog.program import ensure_catalogue

    ensure_catalogue(project)  # the catalogue is part of the structure leadership expects to see
    groups = program_structure(project)
    if fmt == "xlsx":
        _write_xlsx(path, groups, lang)
    elif fmt == "md":
        text = markdown(project, groups, lang)
        with atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    else:
        _write_pdf(project, path, groups, lang)
    log.info("exported the program structure to %s (%s)", path, fmt)
    return path
