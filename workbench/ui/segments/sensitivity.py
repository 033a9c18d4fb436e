"""The sensitivity table of the segments screen: does the ranking hold when one weight moves by ±20 %?

One row per criterion and direction: the weight, the move, whether the ranking changes, the closest
score gap after the move (how near it came to a change), the first segment after the move (in bold
when another one comes first) and the new order. :class:`SensitivityProxy` sorts and can show
only the moves that change the ranking.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from workbench.partners.segments import (
    CRITERIA,
    SENSITIVITY_STEP,
    SegmentInputs,
    score_segments,
    sensitivity,
)
from workbench.ui.models.base import Index, ReadTableModel
from workbench.ui.models.partners_segments import update_rows
from workbench.ui.partners.labels import criterion_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_ROLE = Qt.ItemDataRole.UserRole + 3
_CHANGED_COLOUR = QColor("#b07d1a")
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


@dataclass(frozen=True)
class SensitivityRow:
    """One weight moved one way: the ranking after it, against the ranking now."""

    criterion: str
    factor: float
    order: tuple[str, ...]
    base: tuple[str, ...]
    gap: float  # the smallest score difference between neighbours after the move, in points

    @property
    def changed(self) -> bool:
        """The ranking differs from the one now."""
        return self.order != self.base

    @property
    def top_changed(self) -> bool:
        """A different segment comes first."""
        return bool(self.order) and bool(self.base) and self.order[0] != self.base[0]


def sensitivity_rows(inputs: Sequence[SegmentInputs], step: float = SENSITIVITY_STEP) -> list[SensitivityRow]:
    """Every criterion moved by -``step`` and +``step`` in every segment's weights, in criteria order."""
    if len(inputs) < 2:
        return []
    base = tuple(s.name for s in score_segments(inputs))
    moves = {(m.criterion, m.factor): m for m in sensitivity(inputs, step=step)}
    rows = []
    for criterion in CRITERIA:
        for factor in (1 - step, 1 + step):
            moved = [SegmentInputs(i.segment_id, i.name, i.entered, i.computed,
                                   {**i.weights, criterion: i.weights.get(criterion, 0.0) * factor},
                                   i.partners, i.target) for i in inputs]
            scores = [s.score for s in score_segments(moved)]
            gap = min(a - b for a, b in zip(scores, scores[1:], strict=False))
            rows.append(SensitivityRow(criterion, factor, moves[(criterion, factor)].order, base, round(gap, 1)))
    return rows


class SensitivityModel(ReadTableModel[SensitivityRow]):
    """The moves of :func:`sensitivity_rows` as a table."""

    COLUMNS = ("weight", "move", "ranking", "gap", "top", "order")

    def set_rows(self, rows: Sequence[SensitivityRow]) -> None:
        """Show new moves (the rows are reset only when the moves are not the same ones in the same order)."""
        update_rows(self, list(rows), lambda r: (r.criterion, r.factor))

    def move(self, row: int) -> SensitivityRow:
        """The move in a row."""
        return self.row_object(row)

    def changed_count(self) -> int:
        """How many moves change the ranking."""
        return sum(1 for r in self._rows if r.changed)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return {"weight": self.tr("Weight"), "move": self.tr("Move"), "ranking": self.tr("Ranking"),
                    "top": self.tr("First after the move"), "gap": self.tr("Gap"),
                    "order": self.tr("Order after the move")}[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return {"gap": self.tr("The smallest score difference between two neighbouring segments after the "
                                   "move, in points: the smaller it is, the closer the ranking came to changing."),
                    "ranking": self.tr("Whether the order of the segments differs from the order now.")}.get(column)
        return None

    def _text(self, row: SensitivityRow, column: str) -> str:
        if column == "weight":
            return criterion_text(row.criterion)
        if column == "move":
            percent = round(abs(row.factor - 1) * 100)
            return f"{'+' if row.factor > 1 else '−'}{percent}%"
        if column == "ranking":
            return self.tr("changes") if row.changed else self.tr("holds")
        if column == "top":
            return row.order[0] if row.order else ""
        if column == "gap":
            return f"{row.gap:.1f}"
        return " › ".join(row.order) if row.changed else self.tr("as now")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return {"weight": CRITERIA.index(row.criterion) * 2 + (row.factor > 1), "move": row.factor,
                    "ranking": (not row.changed, not row.top_changed), "gap": row.gap}.get(column, self._text(row, column))
        if role == CHANGED_ROLE:
            return row.changed
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "top" and row.top_changed:
                return self.tr("%1 comes first instead of %2").replace("%1", row.order[0]).replace("%2", row.base[0])
            return self.tr("Now: %1").replace("%1", " › ".join(row.base)) + "\n" + self.tr(
                "After the move: %1").replace("%1", " › ".join(row.order))
        if role == Qt.ItemDataRole.ForegroundRole and row.changed and column in ("ranking", "top", "order"):
            return _CHANGED_COLOUR
        if role == Qt.ItemDataRole.FontRole and (row.changed and column == "ranking" or row.top_changed
                                                 and column == "top"):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column == "gap" else _CENTRE if column == "move" else None
        return None


class SensitivityProxy(QSortFilterProxyModel):
    """Sorts the moves by their natural values and can hide the ones that leave the ranking as it is."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._only_changes = False

    def set_only_changes(self, only: bool) -> None:
        """Show only the moves that change the ranking (or all)."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self._only_changes = only
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._only_changes = only
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        if not self._only_changes:
            return True
        model = self.sourceModel()
        return bool(model.index(source_row, 0, source_parent).data(CHANGED_ROLE))

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt API
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
