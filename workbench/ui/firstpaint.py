"""What the window shows while its project opens: the project's partners, read through plain sqlite3.

Loading the database layer (SQLAlchemy, SQLModel and the tables) takes 0.4-0.6 s, four times what
a bare window takes to show. So the window paints first, with the partners of the project it is
opening read through the standard library's ``sqlite3`` on a read-only connection and shown in the
partners table's own model, in the order the partners screen shows them; then the project opens
for real and the partners screen takes this page's place.

Nothing here may load the database layer: an import contract (``pyproject.toml``) and a start-up
test hold it to that. Nor does it touch Qt's namespace of enums (``Qt.AlignmentFlag`` and the
like): its first use builds some ninety Python enums, 17 ms, as long as the rest of this page; the
start-up test checks that too. When the file cannot be read this way (a team project on a server, a file
that is not a project, one that needs a migration first), the page says only that the project is
opening, and opening it for real gives the error the user sees.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.partners.columns import NUMERIC_COLUMNS, TABLE_COLUMNS, read_first_rows
from workbench.ui.layout_state import fit_partner_columns, restore_header
from workbench.ui.partners.labels import STATUS_COLORS, cell_text, field_text

log = logging.getLogger(__name__)

#: how long the read waits for a file another process is writing (it never waits for long: the
#: project opens for real right after, and that waits as long as it has to)
READ_TIMEOUT_S = 0.2
#: rows the page reads and fills: more than a 1440-pixel-high window shows (the rest of the table has its
#: height, empty), and the read stays this short however many partners a project has
SHOWN_ROWS = 50
#: ``Qt.ItemDataRole.TextAlignmentRole``, ``Qt.AlignRight | Qt.AlignVCenter`` and ``Qt.ItemDataRole.ForegroundRole``,
#: as numbers
_ALIGNMENT_ROLE, _RIGHT, _FOREGROUND_ROLE = 7, 0x0002 | 0x0080, 9


@dataclass(frozen=True)
class FirstScreen:
    """What the window shows before the project has opened."""

    #: the project's name, as the title bar shows it
    name: str
    path: Path
    #: the first partners in the order the partners screen opens with (by rank), as many as the page shows:
    #: their values of the table's columns (``TABLE_COLUMNS``)
    rows: list[tuple[Any, ...]]
    #: how many partners the project has
    count: int


def read_first_screen(target: str | Path | None) -> FirstScreen | None:
    """The name and partners of the project file ``target``, or None when it cannot be read that way.

    Read-only (``mode=ro``): nothing is written, not even a journal, and a file that needs a
    migration or is not a project at all is left to the real open to explain.
    """
    if not target or "://" in str(target):
        return None
    path = Path(target)
    try:
        if not path.is_file():
            return None
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=READ_TIMEOUT_S)
        try:
            row = con.execute("SELECT value FROM project_meta WHERE key = 'name'").fetchone()
            rows, count = read_first_rows(con, SHOWN_ROWS)
        finally:
            con.close()
    except (sqlite3.Error, OSError, ValueError) as exc:
        log.info("the first screen is not read from %s: %s", path, exc)
        return None
    name = str(row[0]) if row is not None and row[0] else path.stem
    return FirstScreen(name, path, rows, count)


class _Picture(QTableWidget):
    """The table on the opening page: it shows its rows and takes no clicks, keys or wheel turns."""

    def _ignore(self, event: QEvent) -> None:
        event.ignore()

    mousePressEvent = mouseDoubleClickEvent = wheelEvent = keyPressEvent = _ignore  # noqa: N815 - Qt API


class OpeningPage(QWidget):
    """The page the window shows while its project opens: a picture of the partners table and a note.

    Laid out as the partners screen is (margins, the table's columns, rows, texts, colours and
    widths, the detail panel's share of the width), so that the rows stay where they are when the
    screen replaces it. A plain item table with the first rows only: a model over every partner
    costs the first paint 20 ms more, and nobody can act on this page anyway.
    """

    def __init__(self, first: FirstScreen | None, parent: QWidget | None = None, *,
                 header: QByteArray | None = None) -> None:
        """``header``: the partners table's column layout as the user left it, if kept (else measured)."""
        super().__init__(parent)
        self.setObjectName("openingPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        self.note = QLabel(self)
        self.note.setObjectName("openingNote")
        self.note.setFixedHeight(51)  # the partners screen's search and button rows
        layout.addWidget(self.note)
        self.table: QTableWidget | None = None
        if first is not None and first.rows:
            self.table = self._table(first.rows, first.count, header)
            splitter = QSplitter()  # side by side, as the partners screen's (the layout takes it in)
            splitter.addWidget(self.table)
            splitter.addWidget(QWidget(splitter))  # where the partner's details will show
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setSizes([600, 400])  # the share the partners screen starts with (an empty panel asks for none)
            layout.addWidget(splitter, 1)
        else:
            layout.addStretch(1)
        self.retranslate()

    def _table(self, rows: list[tuple[Any, ...]], count: int, saved: QByteArray | None) -> QTableWidget:
        table = _Picture(count, len(TABLE_COLUMNS), self)  # every row, for the scroll bar; the first ones filled
        table.setObjectName("openingTable")
        table.setHorizontalHeaderLabels([field_text(name) for name in TABLE_COLUMNS])
        for row, values in enumerate(rows):
            for column, (name, value) in enumerate(zip(TABLE_COLUMNS, values, strict=True)):
                item = QTableWidgetItem(cell_text(name, value))
                if name in NUMERIC_COLUMNS:
                    item.setData(_ALIGNMENT_ROLE, _RIGHT)
                elif name == "research_status" and value in STATUS_COLORS:
                    item.setData(_FOREGROUND_ROLE, QColor(STATUS_COLORS[value]))
                table.setItem(row, column, item)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # the first partner selected, as the screen opens (its header is set in bold then, and measured so)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(24)
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)  # room for the arrow, as in the sorted table: the same widths
        table.selectRow(0)
        if not restore_header(header, saved):  # the first start: measured as the partners screen measures
            fit_partner_columns(table)
        return table

    def retranslate(self) -> None:
        """Set the note in the current language."""
        self.note.setText(QCoreApplication.translate("OpeningPage", "Opening the project…"))
