"""Segment charts drawn with matplotlib's object API (``Figure`` + Agg, no global figure state, no Qt).

Each function returns the chart as bytes in ``fmt`` ("png" or "svg") so that it can be drawn in a
worker thread and shown in the UI as a pixmap, or written to a file. Texts (criterion names, axis
titles) are passed in already translated by the caller.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from typing import Any

from workbench.partners.segments import CRITERIA, SegmentScore

PALETTE = ("#2f6fb2", "#e07b39", "#3a9e6f", "#b6465f", "#7d5ba6", "#a0862f", "#4aa3b5", "#6b6b6b")


def _figure(width: float, height: float, dpi: int) -> Any:
    from matplotlib.figure import Figure  # heavy; only when a chart is drawn

    fig = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    return fig


def _render(fig: Any, fmt: str) -> bytes:
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown chart format {fmt!r}")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.backends.backend_svg import FigureCanvasSVG

    canvas = FigureCanvasAgg(fig) if fmt == "png" else FigureCanvasSVG(fig)
    buffer = io.BytesIO()
    canvas.print_figure(buffer, format=fmt, dpi=fig.dpi)
    return buffer.getvalue()


def ranked_bars(scores: Sequence[SegmentScore], labels: Mapping[str, str], *, title: str = "", fmt: str = "png",
                size: tuple[float, float] = (7.0, 3.6), dpi: int = 110) -> bytes:
    """Horizontal stacked bars: each segment's score split into its criteria's points, best on top."""
    fig = _figure(*size, dpi)
    ax = fig.add_subplot()
    ordered = list(reversed(scores))
    names = [_short(s.name) for s in ordered]
    left = [0.0] * len(ordered)
    for index, criterion in enumerate(CRITERIA):
        widths = [s.points.get(criterion, 0.0) for s in ordered]
        ax.barh(names, widths, left=left, color=PALETTE[index % len(PALETTE)],
                label=labels.get(criterion, criterion), alpha=0.9 if index < 5 else 0.55, edgecolor="white")
        left = [a + b for a, b in zip(left, widths, strict=True)]
    for y, s in enumerate(ordered):
        ax.text(left[y] + 1, y, f"{s.score:.0f}", va="center", fontsize=9, fontweight="bold")
    ax.set_xlim(0, 105)
    ax.set_xlabel(labels.get("score", "Score"))
    if title:
        ax.set_title(title, fontsize=10)
    # three columns of criteria names need about 5.5 inches; a narrower chart (the segments screen at 1024 px)
    # takes two, so that the legend is not cut off at the sides
    fig.legend(fontsize=7, loc="outside lower center", ncol=3 if size[0] >= 5.5 else 2, frameon=False)
    ax.spines[["top", "right"]].set_visible(False)
    return _render(fig, fmt)


def radar(scores: Sequence[SegmentScore], labels: Mapping[str, str], *, title: str = "", fmt: str = "png",
          size: tuple[float, float] = (5.0, 4.2), dpi: int = 110) -> bytes:
    """A radar per segment (small multiples, best first): each criterion's value from 0 to 1."""
    fig = _figure(*size, dpi)
    count = max(1, len(scores))
    cols = min(count, 3 if size[0] >= size[1] * 1.2 else 2)
    rows = math.ceil(count / cols)
    angles = [2 * math.pi * i / len(CRITERIA) for i in range(len(CRITERIA))]
    compact = count > 2
    for index, s in enumerate(scores):
        ax = fig.add_subplot(rows, cols, index + 1, projection="polar")
        values = [s.values.get(c, 0.0) for c in CRITERIA]
        color = PALETTE[index % len(PALETTE)]
        ax.plot([*angles, angles[0]], [*values, values[0]], color=color, linewidth=1.6)
        ax.fill([*angles, angles[0]], [*values, values[0]], color=color, alpha=0.2)
        ax.set_xticks(angles)
        ax.set_xticklabels([] if compact and index else [_wrap(labels.get(c, c)) for c in CRITERIA], fontsize=6.5)
        ax.set_ylim(0, 1)
        ax.set_yticks([0.25, 0.5, 0.75, 1.0])
        ax.set_yticklabels([])
        ax.set_title(f"{s.rank}. {_short(s.name)} — {s.score:.0f}", fontsize=8.5, color=color, pad=12)
    if title:
        fig.suptitle(title, fontsize=10)
    return _render(fig, fmt)


def bubble(scores: Sequence[SegmentScore], labels: Mapping[str, str], *, title: str = "", fmt: str = "png",
           size: tuple[float, float] = (5.0, 4.2), dpi: int = 110) -> bytes:
    """Attractiveness (y) against ability to win (x); bubble area by partner count."""
    fig = _figure(*size, dpi)
    ax = fig.add_subplot()
    biggest = max((s.partners for s in scores), default=1) or 1
    for index, s in enumerate(scores):
        area = 200 + 1400 * (s.partners / biggest)
        ax.scatter([s.ability], [s.attractiveness], s=area, color=PALETTE[index % len(PALETTE)], alpha=0.55,
                   edgecolors="black", linewidths=0.5)
        # Labels beside the bubble, alternately above and below, so that close segments stay readable.
        ax.annotate(f"{s.rank}. {_short(s.name)} ({s.score:.0f})", (s.ability, s.attractiveness), fontsize=8,
                    xytext=(14, 12 if index % 2 == 0 else -16), textcoords="offset points",
                    ha="left" if s.ability < 70 else "right", va="center",
                    arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.5})
    ax.axhline(50, color="#999999", linewidth=0.6, linestyle="--")
    ax.axvline(50, color="#999999", linewidth=0.6, linestyle="--")
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_xlabel(labels.get("ability", "Ability to win"))
    ax.set_ylabel(labels.get("attractiveness", "Attractiveness"))
    if title:
        ax.set_title(title, fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    return _render(fig, fmt)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"


def _wrap(text: str, width: int = 14) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines)


CHARTS = {"bars": ranked_bars, "radar": radar, "bubble": bubble}


def render_all(scores: Sequence[SegmentScore], labels: Mapping[str, str], *, fmt: str = "png",
               dpi: int = 110, size: tuple[float, float] | None = None) -> dict[str, bytes]:
    """All three charts in one go (what the segments screen draws in its worker), at ``size`` inches."""
    extra: dict[str, Any] = {"size": size} if size else {}
    return {key: fn(scores, labels, fmt=fmt, dpi=dpi, **extra) for key, fn in CHARTS.items()}
