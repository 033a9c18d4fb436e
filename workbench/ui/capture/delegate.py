"""Painting a statement: time offset, a kind chip with its name (never colour alone), flags, saved mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.ui.capture.writer import KEPT
from workbench.ui.models.statements import STATEMENT_ROLE, Row, kind_label
from workbench.ui.theme import kind_color, kind_fill

PAD = 6
CHIP_W = 96
TIME_W = 52
MARK_W = 84


def format_offset(seconds: float | None) -> str:
    """12:34 or 1:02:03 from the start of the interview; empty when unknown."""
    if seconds is None:
        return ""
    total = int(seconds)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def flags_text(row: Row) -> str:
    """Severity, quote and follow-up as words."""
    parts = []
    if row.severity:
        parts.append(QCoreApplication.translate("StatementDelegate", "severity %1").replace("%1", str(row.severity)))
    if row.is_quote:
        parts.append(QCoreApplication.translate("StatementDelegate", "quote"))
    if row.is_followup:
        parts.append(QCoreApplication.translate("StatementDelegate", "follow-up"))
    return " · ".join(parts)


def saved_mark(row: Row) -> str:
    """What the right-hand mark says: saved, saving or not saved."""
    if row.saved:
        return "✓ " + QCoreApplication.translate("StatementDelegate", "saved")
    if row.error.startswith(KEPT):  # in the local outbox: the team server cannot be reached
        return KEPT + " " + QCoreApplication.translate("StatementDelegate", "kept locally")
    if row.error:
        return "⚠ " + QCoreApplication.translate("StatementDelegate", "not saved")
    return QCoreApplication.translate("StatementDelegate", "saving…")


def paint_chip(painter: QPainter, rect: QRect, kind: str | None, text: str) -> None:
    """A rounded chip in the kind's colours with its name in it."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(kind_color(kind), 1.2))
    painter.setBrush(kind_fill(kind))
    painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 9, 9)
    painter.setPen(kind_color(kind) if kind else painter.pen().color())
    font = painter.font()
    font.setBold(kind is not None)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.restore()


class StatementDelegate(QStyledItemDelegate):
    """One statement per row, text wrapped."""

    def _text_rect(self, rect: QRect) -> QRect:
        return QRect(rect.left() + TIME_W + CHIP_W + 3 * PAD, rect.top() + PAD,
                     max(40, rect.width() - TIME_W - CHIP_W - MARK_W - 5 * PAD), rect.height() - 2 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: D102 - Qt override
        row: Row | None = index.data(STATEMENT_ROLE)
        if row is None:
            return
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight).lighter(170))
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        dim = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(dim)
        painter.drawText(QRect(rect.left() + PAD, rect.top() + PAD, TIME_W, fm.height()),
                         Qt.AlignmentFlag.AlignRight, format_offset(row.time_offset_s))
        chip = QRect(rect.left() + TIME_W + 2 * PAD, rect.top() + PAD - 1, CHIP_W, fm.height() + 4)
        paint_chip(painter, chip, row.kind, kind_label(row.kind))
        text_rect = self._text_rect(rect)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        body = f"“{row.text}”" if row.is_quote else row.text
        flags = flags_text(row)
        painter.drawText(text_rect, int(Qt.TextFlag.TextWordWrap), body)
        if flags:
            used = fm.boundingRect(text_rect, int(Qt.TextFlag.TextWordWrap), body).height()
            painter.setPen(dim)
            painter.drawText(QRect(text_rect.left(), text_rect.top() + used, text_rect.width(), fm.height()),
                             0, flags)
        mark_color = dim if row.saved or row.error.startswith(KEPT) else (kind_color("pain") if row.error else dim)
        painter.setPen(mark_color)
        painter.drawText(QRect(rect.right() - MARK_W - PAD, rect.top() + PAD, MARK_W, fm.height()),
                         Qt.AlignmentFlag.AlignRight, saved_mark(row))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802, D102 - Qt override
        row: Row | None = index.data(STATEMENT_ROLE)
        fm = QFontMetrics(option.font)  # type: ignore[attr-defined]
        width = option.rect.width() if option.rect.width() > 0 else 700  # type: ignore[attr-defined]
        if row is None:
            return QSize(width, fm.height() + 2 * PAD)
        text_rect = self._text_rect(QRect(0, 0, width, 10_000))
        body = f"“{row.text}”" if row.is_quote else row.text
        h = fm.boundingRect(text_rect, int(Qt.TextFlag.TextWordWrap), body).height()
        if flags_text(row):
            h += fm.height()
        return QSize(width, max(h, fm.height() + 4) + 2 * PAD)
