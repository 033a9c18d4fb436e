"""The statements of one interview as a list model: saved rows and lines still being committed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from workbench.interviews.capture import StatementRead

Index = QModelIndex | QPersistentModelIndex

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SAVED_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3
STATEMENT_ROLE = Qt.ItemDataRole.UserRole + 4
FAILED_ROLE = Qt.ItemDataRole.UserRole + 5

def kind_label(kind: str | None) -> str:
    """The translated name of a kind ("Untagged" for none)."""
    names = {
        "job": QCoreApplication.translate("Kinds", "Job"),
        "pain": QCoreApplication.translate("Kinds", "Pain"),
        "gain": QCoreApplication.translate("Kinds", "Gain"),
        "other": QCoreApplication.translate("Kinds", "Other"),
    }
    return names.get(kind or "", QCoreApplication.translate("Kinds", "Untagged"))


@dataclass(frozen=True)
class Row:
    """A statement on screen: saved (``statement`` set) or pending under a writer token."""

    text: str
    kind: str | None = None
    severity: int | None = None
    is_quote: bool = False
    is_followup: bool = False
    time_offset_s: float | None = None
    token: int | None = None
    statement: StatementRead | None = None
    error: str = ""
    line_job: Any = None  # the writer job of a pending line, kept to retry it after a failure

    @property
    def saved(self) -> bool:
        """True once the commit has returned."""
        return self.statement is not None

    @classmethod
    def of(cls, st: StatementRead) -> Row:
        """A saved row."""
        return cls(text=st.text, kind=st.kind, severity=st.severity, is_quote=st.is_quote,
                   is_followup=st.is_followup, time_offset_s=st.time_offset_s, statement=st)


class StatementListModel(QAbstractListModel):
    """Statements in order; pending lines at the end until the writer confirms them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    # ----------------------------------------------------------------- Qt
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: D102 - Qt override
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.error or row.text
        if role == KIND_ROLE:
            return row.kind
        if role == SAVED_ROLE:
            return row.saved
        if role == FAILED_ROLE:
            return row.error
        if role == ID_ROLE:
            return row.statement.id if row.statement else None
        if role == STATEMENT_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{kind_label(row.kind)}: {row.text}"
        return None

    # ----------------------------------------------------------------- content
    def set_statements(self, statements: list[StatementRead]) -> None:
        """Replace everything with saved statements (pending rows are kept at the end)."""
        pending = [r for r in self._rows if not r.saved]
        self.beginResetModel()
        self._rows = [Row.of(s) for s in statements] + pending
        self.endResetModel()

    def rows(self) -> list[Row]:
        """The rows, in order."""
        return list(self._rows)

    def row(self, n: int) -> Row:
        """One row."""
        return self._rows[n]

    def add_pending(self, row: Row) -> int:
        """Append a line that is being committed; returns its row number."""
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append(row)
        self.endInsertRows()
        return n

    def _find_token(self, token: int) -> int | None:
        for n, r in enumerate(self._rows):
            if r.token == token and not r.saved:
                return n
        return None

    def confirm(self, token: int, statement: StatementRead) -> int | None:
        """The writer committed the line: it becomes a saved row (its "saved" mark shows)."""
        n = self._find_token(token)
        if n is None:
            return None
        self._rows[n] = Row.of(statement)
        idx = self.index(n)
        self.dataChanged.emit(idx, idx)
        return n

    def fail(self, token: int, message: str) -> None:
        """The writer could not save the line: keep it, marked as not saved."""
        n = self._find_token(token)
        if n is not None:
            self._rows[n] = replace(self._rows[n], error=message)
            idx = self.index(n)
            self.dataChanged.emit(idx, idx)

    def clear_error(self, token: int) -> None:
        """A failed line is being retried: show it as saving again."""
        for n, r in enumerate(self._rows):
            if r.token == token and not r.saved:
                self._rows[n] = replace(r, error="")
                idx = self.index(n)
                self.dataChanged.emit(idx, idx)

    def row_of_id(self, statement_id: int) -> int | None:
        """The row showing a statement."""
        for n, r in enumerate(self._rows):
            if r.statement is not None and r.statement.id == statement_id:
                return n
        return None

    def update_statement(self, statement: StatementRead) -> None:
        """Show a statement's new state after an edit."""
        n = self.row_of_id(statement.id)
        if n is not None:
            self._rows[n] = Row.of(statement)
            idx = self.index(n)
            self.dataChanged.emit(idx, idx)

    def pending_count(self) -> int:
        """Lines not yet confirmed by the writer."""
        return sum(1 for r in self._rows if not r.saved and not r.error)
