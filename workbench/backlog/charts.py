"""The chart of an item's priority across survey rounds, drawn with matplotlib's Agg canvas to PNG bytes.

A plain function (no Qt, no global figure state) so that the UI can run it in a worker thread and show
the bytes as a pixmap, and the exports can embed it.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from workbench.backlog.surveys import HistoryPoint


def priority_chart_png(points: Sequence[HistoryPoint], *, title: str = "", score_label: str = "Score",
                       width_px: int = 420, height_px: int = 220, dpi: int = 100) -> bytes:
    """A line chart of the score after each round (the first point: before any survey), as PNG."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_subplot(1, 1, 1)
    labels = [p.label for p in points]
    values = [p.score if p.score is not None else float("nan") for p in points]
    xs = list(range(len(points)))
    ax.plot(xs, values, marker="o", color="#2f6fb3", linewidth=2)
    for x, v in zip(xs, values, strict=True):
        if v == v:  # not NaN
            ax.annotate(f"{v:.2f}", (x, v), textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8,
                        annotation_clip=False)
    ax.set_xticks(xs)
    ax.set_xticklabels([_short(label) for label in labels], fontsize=8)
    ax.set_ylabel(score_label, fontsize=8)
    ax.tick_params(axis="y", labelsize=8)
    ax.grid(True, alpha=0.3)
    ax.margins(x=0.15, y=0.3)
    if title:
        ax.set_title(_short(title, 60), fontsize=9)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


def _short(text: str, limit: int = 22) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
