"""Editors for coded columns: a combo box of (value, text) choices, a number box.

The combo opens its list as soon as it is shown, so that a one-key triage (S, R) is one key, an
arrow or two and Enter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

Index = QModelIndex | QPersistentModelIndex
Choices = Callable[[], Sequence[tuple[Any, str]]]


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over choices computed when the editor opens (statuses, pillars, releases, cards)."""

    def __init__(self, choices: Choices, parent: Any = None, *, popup: bool = True) -> None:
        super().__init__(parent)
        self._choices = choices
        self._popup = popup

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for value, text in self._choices():
            combo.addItem(text, value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        if self._popup:
            QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        at = editor.findData(value)
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """A number box; 0 means "not set"."""

    def __init__(self, parent: Any = None, *, decimals: int = 1, maximum: float = 1000.0) -> None:
        super().__init__(parent)
        self._decimals, self._maximum = decimals, maximum

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        box = QDoubleSpinBox(parent)
        box.setDecimals(self._decimals)
        box.setRange(0.0, self._maximum)
        box.setSingleStep(0.5 if self._decimals else 1)
        box.setSpecialValueText("—")
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QDoubleSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(float(value) if value is not None else 0.0)
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        value = editor.value()
        model.setData(index, (int(value) if self._decimals == 0 else value) if value else None,
                      Qt.ItemDataRole.EditRole)
