"""A screen not built yet: says what it will do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from workbench.ui.context import AppContext
from workbench.ui.screens.base import Screen
from workbench.ui.widgets import EmptyState

if TYPE_CHECKING:
    from workbench.ui.screens import ScreenSpec


class PlaceholderScreen(Screen):
    """Placeholder for a screen that a later version builds."""

    def __init__(self, ctx: AppContext, spec: ScreenSpec) -> None:
        self.key = spec.key
        super().__init__(ctx)
        self.spec = spec
        layout = QVBoxLayout(self)
        self.empty = EmptyState(self)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignCenter)
        self.note = QLabel(self)
        self.note.setObjectName("placeholderNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the texts."""
        self.empty.set_texts(
            QCoreApplication.translate("Screens", self.spec.title),
            QCoreApplication.translate("Screens", self.spec.blurb),
        )
        self.note.setText(self.tr("This screen is not available in this version yet."))
