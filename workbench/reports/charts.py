"""Leadership charts as PNG and SVG: segment scores (bars and radar), fit per segment, backlog by pillar.

Drawn with matplotlib's object API (``Figure`` on the Agg or SVG canvas, never pyplot), so they can be
made in a worker. The segment charts are the segments screen's own (:mod:`workbench.partners.charts`);
the fit and backlog charts are drawn here the same way. Every file is written atomically.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path

from workbench.errors import InputError
from workbench.partners.charts import PALETTE, _figure, _render, _short, radar, ranked_bars
from workbench.reports.backlog_export import PILLARS as PILLAR_NAMES  # the names the backlog sheets use
from workbench.reports.backlog_export import STATUSES as STATUS_NAMES
from workbench.reports.data import Progress, SegmentView, backlog_by_pillar, project_language
from workbench.reports.safety import atomic_path
from workbench.store.enums import BACKLOG_STATUSES, PILLARS
from workbench.store.project import Project

FORMATS = ("png", "svg")
CHARTS = ("segment-scores", "segment-radar", "fit-by-segment", "backlog-by-pillar")
# The scoring criteria as the segments screen names them; Russian comes from that screen's phrase book.
CRITERIA_EN = {
    "market_size": "Market size", "accessibility": "Accessibility", "strategic_priority": "Strategic priority",
    "cost_to_serve": "Cost to serve", "client_overlap": "Client base overlap",
    "share_interviewed": "Share interviewed", "pain_intensity": "Pain intensity", "board_fit": "Board fit",
    "evidence_volume": "Volume of evidence", "score": "Score",
}
TEXT = {
    "en": {"scores": "Segment scores", "radar": "Segment criteria (0 to 1)", "fit": "Fit per segment, %",
           "fit_axis": "Share of the top pains and gains addressed, %", "backlog": "Backlog by pillar",
           "items": "Items", "addressed": "pains {p}/{tp}, gains {g}/{tg} addressed"},
    "ru": {"scores": "Оценка сегментов", "radar": "Критерии сегментов (от 0 до 1)",
           "fit": "Соответствие по сегментам, %", "fit_axis": "Доля главных болей и выгод с ответом, %",
           "backlog": "Бэклог по опорам", "items": "Пунктов",
           "addressed": "закрыто болей {p}/{tp}, выгод {g}/{tg}"},
}
STATUS_COLORS = {"new": "#b0b4ba", "triaged": "#7a9cc6", "planned": "#2f6fb2", "in_progress": "#e0a030",
                 "released": "#3a9e6f", "rejected": "#d9d9d9"}


@cache
def _phrase_book() -> dict[str, str]:
    from workbench.resources import resource

    try:
        data = json.loads(Path(resource("translations", "ru", "partners.json")).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return dict(data.get("PartnerLabels", {}))


def criterion_labels(lang: str) -> dict[str, str]:
    """Criterion key -> its name in ``lang`` (Russian from the segments screen's phrase book)."""
    if lang != "ru":
        return dict(CRITERIA_EN)
    book = _phrase_book()
    return {key: book.get(text, text) for key, text in CRITERIA_EN.items()}


def _scores(views: Sequence[SegmentView]) -> list:  # type: ignore[type-arg]
    from workbench.partners.segments import SegmentScore

    return [SegmentScore(v.segment_id, v.name, v.score, v.rank, 0.0, 0.0, v.partners, v.values, v.points)
            for v in views]


def fit_chart(views: Sequence[SegmentView], lang: str, *, fmt: str = "png", dpi: int = 110) -> bytes:
    """Horizontal bars: each segment's fit in per cent, best-scored segment on top, with what is addressed."""
    t = TEXT[lang]
    fig = _figure(8.0, max(2.6, 0.55 * len(views) + 1.4), dpi)
    ax = fig.add_subplot()
    ordered = list(reversed(views))
    values = [v.fit * 100 for v in ordered]
    ax.barh([_short(v.name, 34) for v in ordered], values, color=PALETTE[0], alpha=0.85)
    for y, v in enumerate(ordered):
        fit = v.board.fit  # type: ignore[attr-defined]
        note = t["addressed"].format(p=fit.addressed_pains, tp=fit.top_pains, g=fit.addressed_gains, tg=fit.top_gains)
        ax.text(v.fit * 100 + 1.5, y, f"{v.fit * 100:.0f}%  ·  {note}", va="center", fontsize=8)
    ax.set_xlim(0, 130)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.set_xlabel(t["fit_axis"], fontsize=9)
    ax.set_title(t["fit"], fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    return _render(fig, fmt)


def backlog_chart(items: Sequence[object], lang: str, *, fmt: str = "png", dpi: int = 110) -> bytes:
    """Stacked bars: backlog items per pillar, split by status."""
    t = TEXT[lang]
    counts = backlog_by_pillar(list(items))
    pillars = [p for p in PILLARS if p in counts] + [p for p in counts if p not in PILLARS]
    fig = _figure(8.0, 3.4, dpi)
    ax = fig.add_subplot()
    names = [PILLAR_NAMES[lang].get(p, p) for p in pillars]
    left = [0] * len(pillars)
    for status in BACKLOG_STATUSES:
        widths = [counts[p].get(status, 0) for p in pillars]
        if any(widths):
            ax.barh(names, widths, left=left, color=STATUS_COLORS[status], label=STATUS_NAMES[lang][status],
                    edgecolor="white")
            left = [a + b for a, b in zip(left, widths, strict=True)]
    for y, total in enumerate(left):
        ax.text(total + max(left or [1]) * 0.01, y, str(total), va="center", fontsize=9, fontweight="bold")
    ax.invert_yaxis()
    ax.set_xlim(0, max(left or [1]) * 1.1 + 0.5)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_xlabel(t["items"], fontsize=9)
    ax.set_title(t["backlog"], fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    if items:
        fig.legend(fontsize=8, loc="outside lower center", ncol=6, frameon=False)
    return _render(fig, fmt)


def render_charts(views: Sequence[SegmentView], items: Sequence[object], lang: str, *, fmt: str = "png",
                  dpi: int = 110, only: str | None = None) -> dict[str, bytes]:
    """Every chart (or the one named ``only``) in ``fmt``: {name: bytes} with the names of :data:`CHARTS`."""
    t = TEXT[lang]
    labels: Mapping[str, str] = criterion_labels(lang)
    scores = _scores(views)
    count = max(1, len(scores))
    # Up to three radars side by side; more go two to a row (the chart grows downwards).
    radar_size = (11.0, 4.4) if count <= 3 else (10.0, 4.2 * ((count + 1) // 2))
    makers = {
        "segment-scores": lambda: ranked_bars(scores, labels, title=t["scores"], fmt=fmt, dpi=dpi,
                                              size=(8.5, max(3.6, 0.5 * count + 2.2))),
        "segment-radar": lambda: radar(scores, labels, title=t["radar"], fmt=fmt, dpi=dpi, size=radar_size),
        "fit-by-segment": lambda: fit_chart(views, lang, fmt=fmt, dpi=dpi),
        "backlog-by-pillar": lambda: backlog_chart(items, lang, fmt=fmt, dpi=dpi),
    }
    return {name: make() for name, make in makers.items() if only is None or name == only}


def parse_formats(text: str) -> tuple[str, ...]:
    """"png,svg" -> ("png", "svg"); an unknown format is an InputError."""
    formats = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise InputError(f"Unknown chart format {', '.join(bad) or repr(text)}; use png, svg or png,svg.")
    return formats


def export_charts(project: Project, output: str | Path, *, formats: Sequence[str] = FORMATS, lang: str | None = None,
                  chart: str | None = None, progress: Progress | None = None) -> list[Path]:
    """Write the charts and return the files written.

    ``output`` is a folder (made if missing) that gets every chart (or only ``chart``) in each of
    ``formats``; or a ``.png``/``.svg`` file that gets the one chart named by ``chart``.
    """
    from workbench.reports.data import backlog_items, segment_views

    for fmt in formats:
        if fmt not in FORMATS:
            raise InputError(f"Unknown chart format {fmt!r}; use png or svg.")
    if chart is not None and chart not in CHARTS:
        raise InputError(f"Unknown chart {chart!r}; use one of {', '.join(CHARTS)}.")
    out = Path(output)
    single = out.suffix.lower().lstrip(".") in FORMATS
    if single:
        if chart is None:
            raise InputError(f"Name the chart to write to {out.name} (--chart {'|'.join(CHARTS)}), or give a folder.")
        formats = (out.suffix.lower().lstrip("."),)
        if not out.parent.is_dir():
            raise InputError(f"The folder {out.parent} does not exist.")
    else:
        if out.exists() and not out.is_dir():
            raise InputError(f"{out} is a file; give a folder for the charts.")
        if not out.parent.is_dir():
            raise InputError(f"The folder {out.parent} does not exist.")
        out.mkdir(exist_ok=True)
    lang = project_language(project, lang)
    total = 2 + len(formats)
    views = segment_views(project)
    if progress:
        progress(1, total)
    items = backlog_items(project)
    if progress:
        progress(2, total)
    written = []
    for n, fmt in enumerate(formats, start=3):
        for name, data in render_charts(views, items, lang, fmt=fmt, only=chart).items():
            target = out if single else out / f"{name}.{fmt}"
            with atomic_path(target) as tmp:
                tmp.write_bytes(data)
            written.append(target)
        if progress:
            progress(n, total)
    return written
