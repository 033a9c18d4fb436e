"""Small models of the backlog screen: evidence quotes, capabilities, releases and survey rounds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from workbench.backlog.capabilities import CapabilityRead
from workbench.backlog.evidence import EvidenceQuote
from workbench.backlog.releases import ReleaseRead
from workbench.backlog.surveys import SurveyAnswerRead, SurveyRoundRead
from workbench.ui.backlog.labels import capability_status_text, pillar_text

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CAP_COLORS = {"have": "#3a9e6f", "partial": "#d9822b", "missing": "#c0392b"}
T = TypeVar("T")


class _ReadListModel(QAbstractListModel, Generic[T]):
    """A list of read objects replaced as a whole; subclasses say how a row is shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    def _replace(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def _at(self, index: Index) -> T | None:
        """The object of a valid index, else None."""
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self._rows[index.row()]


class EvidenceListModel(_ReadListModel[EvidenceQuote]):
    """The statements behind an item: the quote, then the partner and the card."""

    def set_quotes(self, quotes: Sequence[EvidenceQuote]) -> None:
        """Replace the quotes."""
        self._replace(quotes)

    def quote(self, row: int) -> EvidenceQuote:
        """The quote in a row."""
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        q = self._at(index)
        if q is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            when = f", {q.said_at:%d.%m.%Y}" if q.said_at else ""
            who = q.partner_name or QCoreApplication.translate("BacklogLists", "unknown partner")
            return f"{q.text}\n— {who}{when}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("BacklogLists", "Card: %1").replace("%1", q.card_title)
        if role == ID_ROLE:
            return q.statement_id
        if role == Qt.ItemDataRole.ForegroundRole and (q.severity or 0) >= 3:
            return QColor("#a33a2a")
        return None


CAP_COLUMNS = ("name", "pillar", "status", "description", "card")
CAP_HEADERS = {"name": QT_TRANSLATE_NOOP("CapabilitiesModel", "Capability"),
               "pillar": QT_TRANSLATE_NOOP("CapabilitiesModel", "Pillar"),
               "status": QT_TRANSLATE_NOOP("CapabilitiesModel", "Status"),
               "description": QT_TRANSLATE_NOOP("CapabilitiesModel", "Description"),
               "card": QT_TRANSLATE_NOOP("CapabilitiesModel", "Linked card")}


class CapabilitiesModel(QAbstractTableModel):
    """The capability inventory; edits go to ``edit_handler`` (an undoable service call)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CapabilityRead] = []
        self.edit_handler: Callable[[int, str, Any], bool] | None = None

    def set_capabilities(self, rows: Sequence[CapabilityRead]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def capability(self, row: int) -> CapabilityRead:
        """The capability in a row."""
        return self._rows[row]

    def row_of(self, capability_id: int) -> int | None:
        """The row of a capability id."""
        return next((n for n, c in enumerate(self._rows) if c.id == capability_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(CAP_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CapabilitiesModel", str(CAP_HEADERS[CAP_COLUMNS[section]]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        cap = self._rows[index.row()]
        column = CAP_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"name": cap.name, "pillar": pillar_text(cap.pillar), "status": capability_status_text(cap.status),
                    "description": cap.description, "card": cap.card_title}[column]
        if role == Qt.ItemDataRole.EditRole:
            return {"name": cap.name, "pillar": cap.pillar, "status": cap.status, "description": cap.description,
                    "card": cap.card_id}[column]
        if role == SORT_ROLE:
            return str(self.data(index, Qt.ItemDataRole.DisplayRole) or "").lower()
        if role == ID_ROLE:
            return cap.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            return QColor(CAP_COLORS.get(cap.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole and column in ("description", "card"):
            return cap.description if column == "description" else cap.card_title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.edit_handler is None:
            return False
        column = CAP_COLUMNS[index.column()]
        field = "card_id" if column == "card" else column
        current = self.data(index, Qt.ItemDataRole.EditRole)
        if current == value:
            return False
        return self.edit_handler(self._rows[index.row()].id, field, value)


class ReleasesModel(_ReadListModel[ReleaseRead]):
    """Releases in order, with their size and date."""

    def set_releases(self, rows: Sequence[ReleaseRead]) -> None:
        """Replace the releases."""
        self._replace(rows)

    def release(self, row: int) -> ReleaseRead:
        """The release in a row."""
        return self._rows[row]

    def releases(self) -> list[ReleaseRead]:
        """Every release in order."""
        return list(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self._at(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            when = f" · {r.target_date:%d.%m.%Y}" if r.target_date else ""
            return f"{r.name}{when} · " + QCoreApplication.translate("BacklogLists", "items: %n").replace("%n", str(r.item_count))
        if role == ID_ROLE:
            return r.id
        return None


class RoundsModel(_ReadListModel[SurveyRoundRead]):
    """Survey rounds in the order they were held."""

    def set_rounds(self, rows: Sequence[SurveyRoundRead]) -> None:
        """Replace the rounds."""
        self._replace(rows)

    def survey_round(self, row: int) -> SurveyRoundRead:
        """The round in a row."""
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = self._at(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            when = (r.held_on or r.imported_at)
            return f"{r.name} · {when:%d.%m.%Y} · " + QCoreApplication.translate("BacklogLists", "answers: %n").replace("%n", str(r.answers))
        if role == ID_ROLE:
            return r.id
        return None


ANSWER_COLUMNS = ("partner", "subject", "matched", "rating", "comment")
ANSWER_HEADERS = {"partner": QT_TRANSLATE_NOOP("AnswersModel", "Partner"),
                  "subject": QT_TRANSLATE_NOOP("AnswersModel", "As written"),
                  "matched": QT_TRANSLATE_NOOP("AnswersModel", "Matched to"),
                  "rating": QT_TRANSLATE_NOOP("AnswersModel", "Rating"),
                  "comment": QT_TRANSLATE_NOOP("AnswersModel", "Comment")}


class AnswersModel(QAbstractTableModel):
    """The answers of one survey round and what each was matched to.

    The model keeps its rows in the chosen sort order and sorts them itself, one key per row
    (:class:`AnswersProxy` forwards the view's sort here): a sorting proxy asked ``data()`` twice per
    comparison, about 5,000 Python calls per reload at 200 answers.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._given: list[SurveyAnswerRead] = []
        self._rows: list[SurveyAnswerRead] = []
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_answers(self, rows: Sequence[SurveyAnswerRead]) -> None:
        """Replace the answers (kept in the current sort order)."""
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._ordered()
        self.endResetModel()

    def _key(self, a: SurveyAnswerRead, column: str) -> Any:
        if column == "rating":
            return a.rating
        return str(self._text(a, column) or "").lower()

    def _ordered(self) -> list[SurveyAnswerRead]:
        column, order = self._sort
        if not 0 <= column < len(ANSWER_COLUMNS):
            return list(self._given)
        name = ANSWER_COLUMNS[column]
        keys = [self._key(a, name) for a in self._given]
        at = sorted(range(len(keys)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [self._given[n] for n in at]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in a column's order (one key per row, not a Python call per comparison)."""
        self._sort = (column, order)
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = {n: a.id for n, a in enumerate(self._rows)}
        self._rows = self._ordered()
        row_of = {a.id: n for n, a in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [
            self.index(row_of[old[p.row()]], p.column()) if p.row() in old else QModelIndex() for p in persistent])
        self.layoutChanged.emit()

    def answer(self, row: int) -> SurveyAnswerRead:
        """The answer in a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(ANSWER_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AnswersModel", str(ANSWER_HEADERS[ANSWER_COLUMNS[section]]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        a = self._rows[index.row()]
        column = ANSWER_COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(a, column)
        if role == SORT_ROLE:
            return self._key(a, column)
        if role == ID_ROLE:
            return a.item_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "rating":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _text(a: SurveyAnswerRead, column: str) -> Any:
        if column == "partner":
            return a.partner_name or QCoreApplication.translate("AnswersModel", "not in the project")
        if column == "matched":
            if a.item_id is not None:
                return f"#{a.item_id} {a.item_title}"
            return QCoreApplication.translate("AnswersModel", "pain/gain: %1").replace("%1", a.card_title)
        return {"subject": a.subject, "rating": a.rating, "comment": a.comment}[column]


class AnswersProxy(QSortFilterProxyModel):
    """The answers as the view sees them: the source model sorts its own rows; this proxy only passes through."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Let the source model put its rows in order."""
        model = self.sourceModel()
        if model is not None:
            model.sort(column, order)
