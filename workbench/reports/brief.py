"""The segment brief: one A4 landscape page per segment for leadership, as PDF.

Each page holds the segment's canvas drawn as a diagram (the value map square and the customer
profile circle, the top cards of every zone), its score and rank, fit, interviews, the top pains with
their evidence, the severe pains nothing addresses, the top backlog items for its cards and one
partner quote. Drawn with matplotlib ``Figure`` objects into ``PdfPages`` (no pyplot, no Qt); DejaVu
Sans carries the Cyrillic. Written atomically: to a folder, one ``brief-<segment>.pdf`` per segment;
to a ``.pdf`` file, one page per segment in one file.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from workbench.errors import InputError
from workbench.reports.data import Progress, SegmentView, backlog_items, project_language, segment_views
from workbench.reports.safety import atomic_path, check_target
from workbench.store.project import Project

TEXT = {
    "en": {"brief": "Segment brief", "score": "Score", "rank": "rank {r} of {n}", "fit": "Fit",
           "interviews": "Interviews done", "partners": "Partners", "top_pains": "Top pains",
           "evidence": "{s} statements · {p} partners", "fit_title": "Fit",
           "fit_text": "{pct}% of the top pains and gains weighed by rank: pains {p}/{tp}, gains {g}/{tg} addressed.",
           "unaddressed": "Severe pains nothing addresses:", "all_addressed": "Every severe pain has a reliever.",
           "backlog": "Top backlog items for this segment", "no_items": "No backlog item is linked to this canvas yet.",
           "no_board": "This segment has no canvas yet.", "value_map": "Value map", "profile": "Customer profile",
           "more": "+{n} more", "voice": "In their words", "parts": "What the score is made of (points of 100)"},
    "ru": {"brief": "Справка по сегменту", "score": "Оценка", "rank": "место {r} из {n}", "fit": "Соответствие",
           "interviews": "Интервью проведено", "partners": "Партнёров", "top_pains": "Главные боли",
           "evidence": "высказываний: {s} · партнёров: {p}", "fit_title": "Соответствие",
           "fit_text": "{pct}% главных болей и выгод с учётом ранга: закрыто болей {p}/{tp}, выгод {g}/{tg}.",
           "unaddressed": "Острые боли без ответа:", "all_addressed": "У каждой острой боли есть устранитель.",
           "backlog": "Главные пункты бэклога по сегменту", "no_items": "С этим холстом пока не связан ни один пункт.",
           "no_board": "У этого сегмента ещё нет холста.", "value_map": "Карта ценности",
           "profile": "Профиль клиента", "more": "ещё {n}", "voice": "Своими словами",
           "parts": "Из чего складывается оценка (баллы из 100)"},
}
ZONE_TITLES = {
    "en": {"products": "Products & services", "relievers": "Pain relievers", "creators": "Gain creators",
           "gains": "Gains", "pains": "Pains", "jobs": "Customer jobs"},
    "ru": {"products": "Продукты и услуги", "relievers": "Устранители болей", "creators": "Создатели выгод",
           "gains": "Выгоды", "pains": "Боли", "jobs": "Работы клиента"},
}
STATUS = {"en": {"new": "new", "triaged": "triaged", "planned": "planned", "in_progress": "in progress",
                 "released": "released", "rejected": "rejected"},
          "ru": {"new": "новый", "triaged": "разобран", "planned": "запланирован", "in_progress": "в работе",
                 "released": "выпущен", "rejected": "отклонён"}}
FILL = {"products": "#eae4f4", "relievers": "#fbe0e0", "creators": "#dcf3e5",
        "gains": "#dcf3e5", "pains": "#fbe0e0", "jobs": "#dce8fc"}
INK = {"products": "#4b3f86", "relievers": "#a93226", "creators": "#1e6b3e",
       "gains": "#1e6b3e", "pains": "#a93226", "jobs": "#1d4f91"}
PAGE = (11.69, 8.27)  # A4 landscape, inches
CARDS_PER_ZONE = 4


def _wrap(text: str, width: int, lines: int) -> list[str]:
    out = textwrap.wrap(" ".join(text.split()), width) or [""]
    if len(out) > lines:
        out = out[:lines]
        out[-1] = out[-1][: max(1, width - 1)].rstrip() + "…"
    return out


def _zone_text(ax: Any, x: float, y: float, zone: str, cards: Sequence[Any], lang: str, width: int,
               ha: str = "left") -> None:
    """A zone's title and its top cards, top-down from (x, y) in axes data units."""
    t = TEXT[lang]
    ax.text(x, y, ZONE_TITLES[lang][zone], fontsize=8.5, fontweight="bold", color=INK[zone], ha=ha, va="top")
    y -= 0.055
    for card in cards[:CARDS_PER_ZONE]:
        lines = _wrap(f"{card.rank}. {card.title}", width, 2)
        ax.text(x, y, "\n".join(lines), fontsize=6.6, color="#222222", ha=ha, va="top", linespacing=1.15)
        y -= 0.028 * len(lines) + 0.018
    if len(cards) > CARDS_PER_ZONE:
        ax.text(x, y, t["more"].format(n=len(cards) - CARDS_PER_ZONE), fontsize=6.3, color="#666666", ha=ha,
                va="top", style="italic")


def draw_canvas(ax: Any, view: SegmentView, lang: str) -> None:
    """The canvas as a diagram: value map square (left), customer profile circle (right)."""
    from matplotlib.patches import Rectangle, Wedge

    t = TEXT[lang]
    ax.set_xlim(0, 2.16)
    ax.set_ylim(0, 1.08)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.add_patch(Rectangle((0, 0), 0.5, 1, facecolor=FILL["products"], edgecolor="#555555", linewidth=1))
    ax.add_patch(Rectangle((0.5, 0.5), 0.5, 0.5, facecolor=FILL["creators"], edgecolor="#555555", linewidth=1))
    ax.add_patch(Rectangle((0.5, 0), 0.5, 0.5, facecolor=FILL["relievers"], edgecolor="#555555", linewidth=1))
    cx, cy, r = 1.65, 0.5, 0.5
    ax.add_patch(Wedge((cx, cy), r, -90, 90, facecolor=FILL["jobs"], edgecolor="#555555", linewidth=1))
    ax.add_patch(Wedge((cx, cy), r, 90, 180, facecolor=FILL["gains"], edgecolor="#555555", linewidth=1))
    ax.add_patch(Wedge((cx, cy), r, 180, 270, facecolor=FILL["pains"], edgecolor="#555555", linewidth=1))
    ax.text(0.5, 1.04, t["value_map"], ha="center", fontsize=10, fontweight="bold", color="#333333")
    ax.text(cx, 1.04, t["profile"], ha="center", fontsize=10, fontweight="bold", color="#333333")
    _zone_text(ax, 0.02, 0.97, "products", view.zone("products"), lang, 25)
    _zone_text(ax, 0.52, 0.97, "creators", view.zone("creators"), lang, 25)
    _zone_text(ax, 0.52, 0.47, "relievers", view.zone("relievers"), lang, 25)
    _zone_text(ax, cx + 0.04, 0.83, "jobs", view.zone("jobs"), lang, 21)
    _zone_text(ax, cx - 0.04, 0.9, "gains", view.zone("gains"), lang, 21, ha="right")
    _zone_text(ax, cx - 0.04, 0.44, "pains", view.zone("pains"), lang, 21, ha="right")


def _top_quote(project: Project, view: SegmentView) -> tuple[str, str] | None:
    from workbench.backlog.evidence import quotes_for_cards

    pains = view.zone("pains")
    if not pains:
        return None
    with project.session() as session:
        quotes = quotes_for_cards(session, [pains[0].id])
    return (quotes[0].text, quotes[0].partner_name) if quotes else None


def draw_page(fig: Any, view: SegmentView, *, lang: str, total: int, project_name: str,
              items: Sequence[Any], quote: tuple[str, str] | None) -> None:
    """One segment's brief on ``fig`` (an A4 landscape Figure)."""
    t = TEXT[lang]
    fig.patch.set_facecolor("white")
    fig.text(0.04, 0.955, view.name, fontsize=19, fontweight="bold", color="#1d2b3a", va="top")
    fig.text(0.04, 0.905, f"{t['brief']} · {project_name} · {date.today().isoformat()}", fontsize=9,
             color="#666666", va="top")
    facts = [(t["score"], f"{view.score:.0f}", t["rank"].format(r=view.rank, n=total)),
             (t["fit"], f"{view.fit * 100:.0f}%", ""),
             (t["interviews"], str(view.interviews_done), ""), (t["partners"], str(view.partners), "")]
    for i, (label, value, note) in enumerate(facts):
        x = 0.585 + i * 0.105
        fig.text(x, 0.955, value, fontsize=20, fontweight="bold", color="#1d4f91", va="top")
        fig.text(x, 0.895, "\n".join(_wrap(label, 16, 2)), fontsize=7.5, color="#444444", va="top")
        if note:
            fig.text(x, 0.872 - (0.02 if len(label) > 16 else 0), note, fontsize=7, color="#777777", va="top")
    board = view.board
    if board.board_id is None:  # type: ignore[attr-defined]
        fig.text(0.04, 0.8, t["no_board"], fontsize=12, color="#a93226", va="top")
        return
    ax = fig.add_axes((0.02, 0.09, 0.6, 0.76))
    ax.set_anchor("N")  # the diagram is as wide as the column: it sits under the title, the quote below it
    draw_canvas(ax, view, lang)
    x, y = 0.64, 0.83
    line = 0.024

    def heading(text: str) -> None:
        nonlocal y
        fig.text(x, y, text, fontsize=11, fontweight="bold", color="#1d2b3a", va="top")
        y -= line * 1.3

    def body(text: str, *, width: int = 62, lines: int = 2, size: float = 8.3, color: str = "#222222",
             indent: float = 0.0) -> None:
        nonlocal y
        for part in _wrap(text, width, lines):
            fig.text(x + indent, y, part, fontsize=size, color=color, va="top")
            y -= line * size / 8.3
    heading(t["top_pains"])
    for card in view.zone("pains")[:5]:
        body(f"{card.rank}. {card.title}", lines=2)
        body(t["evidence"].format(s=card.statements, p=card.partners), size=7, color="#777777", indent=0.012)
    y -= line * 0.4
    fit = board.fit  # type: ignore[attr-defined]
    heading(t["fit_title"])
    body(t["fit_text"].format(pct=round(fit.score * 100), p=fit.addressed_pains, tp=fit.top_pains,
                              g=fit.addressed_gains, tg=fit.top_gains), lines=3)
    if fit.unaddressed_pains:
        body(t["unaddressed"], color="#a93226")
        for card in fit.unaddressed_pains[:3]:
            body(f"• {card.title}", lines=1, color="#a93226", indent=0.01)
    else:
        body(t["all_addressed"], color="#1e6b3e")
    y -= line * 0.4
    heading(t["backlog"])
    if items:
        for item in items[:5]:
            rank = f"#{item.rank} " if item.rank else ""
            status = STATUS[lang].get(item.status, item.status)
            title = _wrap(item.title, 60 - len(rank) - len(status) - 3, 1)[0]
            body(f"{rank}{title} — {status}", lines=1)
    else:
        body(t["no_items"], color="#777777")
    _score_parts(fig, view, lang)
    if quote:
        text, partner = quote
        text = text.strip()
        if not text.startswith(("«", '"', "“")):
            text = f"«{text}»"
        fig.text(0.04, 0.36, t["voice"], fontsize=10, fontweight="bold", color="#1d2b3a", va="top")
        fig.text(0.04, 0.325, "\n".join(_wrap(text, 95, 3)), fontsize=9.5, style="italic",
                 color="#333333", va="top", linespacing=1.4)
        fig.text(0.04, 0.325 - 0.03 * len(_wrap(text, 95, 3)) - 0.01, f"— {partner}", fontsize=8.5,
                 color="#555555", va="top")


def _score_parts(fig: Any, view: SegmentView, lang: str) -> None:
    """A small bar chart under the canvas: each scoring criterion's points of the segment's score."""
    from workbench.reports.charts import criterion_labels

    labels = criterion_labels(lang)
    parts = [(labels.get(k, k), v) for k, v in view.points.items() if k in labels]
    if not parts:
        return
    ax = fig.add_axes((0.2, 0.035, 0.36, 0.15))
    names = [n for n, _ in parts][::-1]
    values = [v for _, v in parts][::-1]
    ax.barh(names, values, color="#2f6fb2", alpha=0.85, height=0.7)
    for y, v in enumerate(values):
        ax.text(v + 0.3, y, f"{v:.1f}", va="center", fontsize=6.5, color="#333333")
    ax.tick_params(axis="y", labelsize=6.8, length=0)
    ax.tick_params(axis="x", labelsize=6.5)
    ax.set_xlim(0, max(values + [1]) * 1.25)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_title(TEXT[lang]["parts"], fontsize=8.5, loc="left", color="#1d2b3a", fontweight="bold")


def _segment_items(items: Sequence[Any], view: SegmentView) -> list[Any]:
    """The segment's backlog: items linked to a card of its board, in priority order, rejected left out."""
    ids = {c.id for c in view.board.cards()}  # type: ignore[attr-defined]
    return [i for i in items if i.status != "rejected" and ids.intersection(i.card_ids)]


def _slug(name: str) -> str:
    return re.sub(r"[^\w]+", "-", name, flags=re.UNICODE).strip("-").lower() or "segment"


def export_brief(project: Project, output: str | Path, *, segment: str | None = None, lang: str | None = None,
                 progress: Progress | None = None) -> list[Path]:
    """Write the brief of every segment (or of ``segment``, a name or id) and return the files written.

    ``output`` ending in ``.pdf`` gets one page per segment; otherwise it is a folder (made if
    missing) that gets one ``brief-<segment>.pdf`` each.
    """
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    lang = project_language(project, lang)
    out = Path(output)
    single = out.suffix.lower() == ".pdf"
    folder = out.parent if single else out
    if not folder.parent.exists() or (single and not folder.exists()):
        raise InputError(f"The folder {folder if single else folder.parent} does not exist.")
    if single:
        check_target(out)
    if not single and out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; give a folder or a .pdf file.")
    views = segment_views(project)
    if not views:
        raise InputError("This project has no segments yet; add one first.")
    ranked = len(views)
    if segment is not None:
        from workbench.vpc.board import find_segment

        wanted = find_segment(project, segment).id
        views = [v for v in views if v.segment_id == wanted]
    items = backlog_items(project)
    name = project.get_meta("name", project.display_name)
    total = len(views) + 1
    if progress:
        progress(1, total)

    def page(view: SegmentView) -> Any:
        fig = Figure(figsize=PAGE)
        draw_page(fig, view, lang=lang, total=ranked, project_name=name,
                  items=_segment_items(items, view), quote=_top_quote(project, view))
        return fig

    written: list[Path] = []
    if not single:
        out.mkdir(exist_ok=True)
    if single:
        with atomic_path(out) as tmp:
            with PdfPages(tmp, metadata={"Title": f"{TEXT[lang]['brief']} — {name}"}) as pdf:
                for n, view in enumerate(views, start=2):
                    pdf.savefig(page(view))
                    if progress:
                        progress(n, total)
        written.append(out)
    else:
        for n, view in enumerate(views, start=2):
            target = out / f"brief-{_slug(view.name)}.pdf"
            with atomic_path(target) as tmp:
                with PdfPages(tmp, metadata={"Title": f"{TEXT[lang]['brief']} — {view.name}"}) as pdf:
                    pdf.savefig(page(view))
            written.append(target)
            if progress:
                progress(n, total)
    return written
