"""Table models of the segments screen: ranked segments, and the research funnel per segment."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from workbench.partners.segments import TARGET_RANGE, Funnel, SegmentScore
from workbench.store.enums import RESEARCH_STATUSES
from workbench.ui.models.base import Index, ReadTableModel
from workbench.ui.partners.labels import criterion_text, field_text

ID_ROLE = Qt.ItemDataRole.UserRole + 2


def update_rows(model: ReadTableModel[Any], rows: list[Any], key: Callable[[Any], Any]) -> None:
    """Show new rows with as little repainting as possible: nothing when they are the same, the changed
    rows only when the same segments are in the same order, else a reset.

    A reset of a table with a ResizeToContents header measures and repaints it again; after a change
    elsewhere in the project a segments table is usually the same or has a value or two changed.
    """
    old = model._rows
    if rows == old:
        return
    if [key(r) for r in rows] != [key(r) for r in old]:
        model._replace(rows)
        return
    model._rows = list(rows)
    last = model.columnCount() - 1
    for n, (before, after) in enumerate(zip(old, rows, strict=True)):
        if before != after:
            model.dataChanged.emit(model.index(n, 0), model.index(n, last))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class SegmentScoresModel(ReadTableModel[SegmentScore]):
    """Segments in rank order with score, attractiveness, ability to win and partner count."""

    COLUMNS = ("rank", "name", "score", "attractiveness", "ability", "partners")

    def set_scores(self, scores: list[SegmentScore]) -> None:
        """Show new scores (keeps the model; the rows are reset only when the segments or their order changed)."""
        update_rows(self, list(scores), lambda s: s.segment_id)

    def score(self, row: int) -> SegmentScore:
        """The score in a row."""
        return self.row_object(row)

    def row_of(self, segment_id: int) -> int | None:
        """The row of a segment id."""
        return next((i for i, s in enumerate(self._rows) if s.segment_id == segment_id), None)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[section]
        return {"rank": self.tr("Rank"), "name": field_text("segment"), "score": criterion_text("score"),
                "attractiveness": criterion_text("attractiveness"), "ability": criterion_text("ability"),
                "partners": self.tr("Partners")}[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(s, column)
            return f"{value:.0f}" if isinstance(value, float) else str(value)
        if role == ID_ROLE:
            return s.segment_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != "name":
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = sorted(s.points.items(), key=lambda kv: -kv[1])
            head = f"{criterion_text('attractiveness')}: {s.attractiveness:.0f}, {criterion_text('ability')}: {s.ability:.0f}"
            return "\n".join([head, *(f"{criterion_text(c)}: {p:.1f}" for c, p in parts if p > 0)])
        return None


class FunnelModel(ReadTableModel[Funnel]):
    """Per segment: partners at each research step (cumulative) and interviews against the target."""

    def set_funnels(self, funnels: list[Funnel]) -> None:
        """Show new funnels (the rows are reset only when the segments changed)."""
        update_rows(self, list(funnels), lambda f: f.segment_id)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(RESEARCH_STATUSES) + 2

    def _step_names(self) -> tuple[str, ...]:
        """The funnel steps (cumulative counts, so plural names rather than statuses)."""
        return (self.tr("Candidates"), self.tr("Invited"), self.tr("Scheduled"), self.tr("Interviewed"),
                self.tr("Synthesised"))

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return field_text("segment")
        if section <= len(RESEARCH_STATUSES):
            return self._step_names()[section - 1]
        return self.tr("Interviews / target")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        f = self._rows[index.row()]
        col = index.column()
        last = len(RESEARCH_STATUSES) + 1
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return f.name
            if col < last:
                return str(f.counts.get(RESEARCH_STATUSES[col - 1], 0))
            return f"{f.interviewed} / {f.target}"
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < col < last:
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and col == last:
            return self.tr("%1 interviewed of the segment's target %2; the domain aims at %3–%4.").replace(
                "%1", str(f.interviewed)).replace("%2", str(f.target)).replace("%3", str(TARGET_RANGE[0])).replace(
                "%4", str(TARGET_RANGE[1]))
        if role == Qt.ItemDataRole.ForegroundRole and col == last:
            return QColor("#3a7d44" if f.on_target else "#b07d1a")
        return None
