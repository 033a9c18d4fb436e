"""Board images: PNG (QImage), SVG (QSvgGenerator) and PDF (QPdfWriter), drawn by the screen's scene."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from workbench.errors import WorkbenchError
from workbench.store.project import Project
from workbench.ui.canvas.scene import BoardScene
from workbench.vpc.board import load_board

log = logging.getLogger(__name__)

MAX_PNG_SIDE = 16000


def render_scene(scene: BoardScene, out: Path, fmt: str, *, scale: float = 1.0) -> Path:
    """Write a built board scene to ``out`` as "png", "svg" or "pdf"."""
    scene.clearSelection()
    scene.set_sketched(False)  # each card draws itself, as text or a sketch for the image's own scale
    for item in scene.items():  # cached pixmaps would put bitmaps into the SVG and PDF: draw vectors
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    source = scene.sceneRect()
    tmp = out.with_name(f".{out.name}.part")
    if fmt == "png":
        factor = min(scale, MAX_PNG_SIDE / max(source.width(), source.height()))
        image = QImage(QSize(int(source.width() * factor), int(source.height() * factor)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(scene.backgroundBrush().color())
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(0, 0, image.width(), image.height()), source)
        painter.end()
        ok = image.save(str(tmp), "PNG")
    elif fmt == "svg":
        generator = QSvgGenerator()
        generator.setFileName(str(tmp))
        generator.setSize(QSize(int(source.width()), int(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(scene.board.title if scene.board else "Board")
        painter = QPainter(generator)
        scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
        painter.end()
        ok = tmp.exists()
    elif fmt == "pdf":
        writer = QPdfWriter(str(tmp))
        writer.setResolution(150)
        mm = 25.4 / 96
        writer.setPageLayout(QPageLayout(QPageSize(QSizeF(source.width() * mm, source.height() * mm),
                                                   QPageSize.Unit.Millimeter), QPageLayout.Orientation.Portrait,
                                         QMarginsF(0, 0, 0, 0)))
        writer.setTitle(scene.board.title if scene.board else "Board")
        painter = QPainter(writer)
        target = QRectF(0, 0, writer.width(), writer.height())
        painter.fillRect(target, scene.backgroundBrush().color() if scene.backgroundBrush().style() != Qt.BrushStyle.NoBrush
                         else QColor("white"))
        scene.render(painter, target, source, Qt.AspectRatioMode.KeepAspectRatio)
        ok = painter.end()
    else:
        raise WorkbenchError(f"Unknown image format {fmt!r}; use png, svg or pdf.")
    if not ok or not tmp.exists():
        tmp.unlink(missing_ok=True)
        raise WorkbenchError(f"Could not write {out}.")
    tmp.replace(out)
    return out


def export_board(project: Project, segment_id: int, out: Path, *, fmt: str, lang: str | None = None,
                 scale: float = 1.0) -> Path:
    """Render a segment's board offscreen into ``out`` (a QApplication is made if there is none)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(["workbench"])
    if lang is not None:
        from workbench.ui import i18n

        i18n.install_language(lang)
    board = load_board(project, segment_id)
    scene = BoardScene()
    scene.build(board)
    return render_scene(scene, out, fmt, scale=scale)
