"""Backlog exports: xlsx, csv, Jira CSV and Markdown; atomic and formula-safe.

Every file is written under a temporary name and renamed when complete
(:func:`workbench.reports.safety.atomic_path`); text that starts like a formula stays text
(``csv_safe`` in CSV, an explicit string cell in xlsx). The Jira CSV has the columns Jira's CSV
importer maps without help (Summary, Issue Type, Description, Priority, Labels), and its
description carries the workbench ids of the item, its cards and its evidence statements.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Sequence
from pathlib import Path

from workbench.backlog.priority import Explanation
from workbench.backlog.service import (
    BacklogItemRead,
    ensure_scored,
    evidence_for_items,
    evidence_text,
    explain_all,
    list_items,
)
from workbench.errors import InputError
from workbench.reports.safety import atomic_path, csv_safe, xlsx_text_cell
from workbench.store.project import Project

log = logging.getLogger(__name__)

FORMATS = ("xlsx", "csv", "jira", "md")
JIRA_PRIORITIES = ("Highest", "High", "Medium", "Low", "Lowest")

HEADERS = {
    "en": ["Rank", "ID", "Title", "Pillar", "Status", "Release", "Owner", "Reach", "Impact", "Confidence",
           "Effort", "Score", "Manual rank", "Partners", "Evidence statements", "Why this rank", "Description",
           "Reject reason"],
    "ru": ["Ранг", "ID", "Название", "Опора", "Статус", "Релиз", "Ответственный", "Охват", "Влияние",
           "Уверенность", "Трудозатраты", "Оценка", "Ручной ранг", "Партнёров", "Высказывания",
           "Почему такой ранг", "Описание", "Причина отказа"],
}
EVIDENCE_HEADERS = {
    "en": ["Item ID", "Item", "Statement ID", "Partner", "Card", "Severity", "Statement"],
    "ru": ["ID пункта", "Пункт", "ID высказывания", "Партнёр", "Карточка", "Острота", "Высказывание"],
}
PILLARS = {"en": {"financial": "Financial motivation", "operational": "Operational service",
                  "product": "Product development"},
           "ru": {"financial": "Финансовая мотивация", "operational": "Операционный сервис",
                  "product": "Развитие продукта"}}
STATUSES = {"en": {"new": "New", "triaged": "Triaged", "planned": "Planned", "in_progress": "In progress",
                   "released": "Released", "rejected": "Rejected"},
            "ru": {"new": "Новый", "triaged": "Разобран", "planned": "Запланирован", "in_progress": "В работе",
                   "released": "Выпущен", "rejected": "Отклонён"}}


def ranked(items: Sequence[BacklogItemRead]) -> list[BacklogItemRead]:
    """Items by effective rank (rejected last)."""
    return sorted(items, key=lambda i: (i.rank is None, i.rank or 0, i.position, i.id))


def _row(item: BacklogItemRead, lang: str, why: dict[int, Explanation]) -> list[object]:
    expl = why.get(item.id)
    why_text = expl.formula(lang) if expl is not None else ""
    return [item.rank, item.id, item.title, PILLARS[lang].get(item.pillar, item.pillar),
            STATUSES[lang].get(item.status, item.status), item.release_name, item.owner, item.reach, item.impact,
            item.confidence, item.effort, item.computed_score, item.manual_rank, item.partner_count,
            " ".join(str(s) for s in item.evidence_ids), why_text, item.description, item.reject_reason]


def jira_priority(rank: int | None, total: int) -> str:
    """Jira's priority from the rank: the top fifth is Highest, the bottom fifth Lowest."""
    if rank is None or total <= 0:
        return "Lowest"
    return JIRA_PRIORITIES[min(4, (rank - 1) * 5 // total)]


def _label(text: str) -> str:
    return "-".join(text.lower().split()) or "none"


def jira_rows(project: Project, items: Sequence[BacklogItemRead]) -> list[list[str]]:
    """Rows for Jira's CSV importer (header first); rejected items are left out."""
    explanations = explain_all(project)
    active = [i for i in ranked(items) if i.status != "rejected"]
    rows = [["Summary", "Issue Type", "Description", "Priority", "Labels", "Labels"]]
    for item in active:
        why = explanations[item.id].formula() if item.id in explanations else ""
        description = "\n\n".join(part for part in (
            item.description.strip(), f"Why this rank: {why}", evidence_text(item)) if part)
        rows.append([item.title, "Story", description, jira_priority(item.rank, len(active)), "workbench",
                     _label(f"pillar-{item.pillar}")])
    return rows


def _write_csv(path: Path, rows: Sequence[Sequence[object]], *, bom: bool) -> None:
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            writer = csv.writer(fh, quoting=csv.QUOTE_MINIMAL)
            for row in rows:
                writer.writerow(["" if v is None else csv_safe(v) for v in row])


def _md(text: object) -> str:
    value = " ".join(str(text if text is not None else "").split())
    for ch in ("\\", "`", "*", "_", "[", "]", "<", ">", "|"):
        value = value.replace(ch, "\\" + ch)
    return value


def markdown(project: Project, items: Sequence[BacklogItemRead], lang: str = "en") -> str:
    """The backlog as a Markdown table by rank, each item followed by why it ranks there."""
    h = HEADERS[lang]
    name = project.get_meta("name", project.display_name)
    title = "Партнёрский бэклог" if lang == "ru" else "Partner backlog"
    lines = [f"# {title} — {_md(name)}", "",
             f"| {h[0]} | {h[2]} | {h[3]} | {h[4]} | {h[5]} | {h[11]} | {h[13]} |",
             "|---:|---|---|---|---|---:|---:|"]
    for item in ranked(items):
        score = "—" if item.computed_score is None else f"{item.computed_score:.2f}"
        lines.append(f"| {item.rank or '—'} | {_md(item.title)} (#{item.id}) | "
                     f"{_md(PILLARS[lang].get(item.pillar, item.pillar))} | "
                     f"{_md(STATUSES[lang].get(item.status, item.status))} | {_md(item.release_name)} | {score} | "
                     f"{item.partner_count} |")
    lines += ["", f"## {h[15]}", ""]
    explanations = explain_all(project)
    for item in ranked(items):
        why = explanations[item.id].formula(lang) if item.id in explanations else ""
        lines.append(f"- **#{item.id} {_md(item.title)}**: `{why}`")
    return "\n".join(lines) + "\n"


def _write_xlsx(project: Project, path: Path, items: Sequence[BacklogItemRead], lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Backlog" if lang == "en" else "Бэклог"
    ws.append(HEADERS[lang])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    why = explain_all(project)
    for r, item in enumerate(ranked(items), start=2):
        for c, value in enumerate(_row(item, lang, why), start=1):
            xlsx_text_cell(ws.cell(row=r, column=c), value)
    ws.freeze_panes = "C2"
    for letter, width in (("C", 48), ("P", 60), ("Q", 60), ("O", 24)):
        ws.column_dimensions[letter].width = width
    ev = wb.create_sheet("Evidence" if lang == "en" else "Доказательства")
    ev.append(EVIDENCE_HEADERS[lang])
    for cell in ev[1]:
        cell.font = Font(bold=True)
    r = 2
    evidence = evidence_for_items(project, [i.id for i in items])
    for item in ranked(items):
        for q in evidence.get(item.id, []):
            for c, value in enumerate([item.id, item.title, q.statement_id, q.partner_name, q.card_title,
                                       q.severity, q.text], start=1):
                xlsx_text_cell(ev.cell(row=r, column=c), value)
            r += 1
    ev.column_dimensions["G"].width = 90
    with atomic_path(path) as tmp:
        wb.save(tmp)


def export_backlog(project: Project, path: str | Path, fmt: str, *, lang: str | None = None) -> Path:
    """Write the backlog to ``path`` as xlsx, csv, jira (CSV for Jira's importer) or md."""
    if fmt not in FORMATS:
        raise InputError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    path = Path(path)
    lang = lang or ("en" if project.get_meta("lang", "ru") == "en" else "ru")
    ensure_scored(project)
    items = list_items(project)
    if fmt == "xlsx":
        _write_xlsx(project, path, items, lang)
    elif fmt == "csv":
        why = explain_all(project)
        _write_csv(path, [HEADERS[lang], *[_row(i, lang, why) for i in ranked(items)]], bom=True)
    elif fmt == "jira":
        _write_csv(path, jira_rows(project, items), bom=False)
    else:
        text = markdown(project, items, lang)
        with atomic_path(path) as tmp:
            tmp.write_text(text, encoding="utf-8")
    log.info("exported %d backlog items to %s (%s)", len(items), path, fmt)
    return path
