"""Window and table layouts kept between sessions (geometry, column widths), in the app's config folder."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QTableView

from workbench.settings import app_dirs

#: the partners table's columns as the user left them (the opening page shows them so too)
PARTNERS_HEADER = "partners/header"


def window_settings() -> QSettings:
    """QSettings for geometry and layout only, kept in the app's config folder."""
    path = app_dirs()[1] / "window.ini"
    return QSettings(str(path), QSettings.Format.IniFormat)


def saved_header(key: str, settings: QSettings | None = None) -> QByteArray | None:
    """A table header's layout saved under ``key``, if any."""
    value = (settings or window_settings()).value(key)
    return QByteArray(value) if isinstance(value, QByteArray | bytes) and len(value) else None


def restore_header(header: QHeaderView, state: QByteArray | None) -> bool:
    """Put back a saved layout (column widths, order, hidden columns); False when there is none that fits."""
    return state is not None and header.count() > 0 and header.restoreState(state)


def fit_partner_columns(table: QTableView) -> None:
    """Size the partners table's columns to their contents: the rows on show and up to 50 more, not all
    of them (0.70 s at 500 partners); the company column between 220 and 340 pixels."""
    table.horizontalHeader().setResizeContentsPrecision(50)
    table.resizeColumnsToContents()
    table.setColumnWidth(1, max(220, min(340, table.columnWidth(1))))
