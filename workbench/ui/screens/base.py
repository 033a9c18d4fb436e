"""The base class of every screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from workbench.ui.context import AppContext

if TYPE_CHECKING:
    from workbench.ops import Changes


class Screen(QWidget):
    """A page of the main window.

    Subclasses build their widgets in ``__init__``, load data in :meth:`refresh` (called on first
    show and after operations that change what they show) and re-set their texts in
    :meth:`retranslate` (called when the language changes).
    """

    key = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"screen_{self.key}")
        self._loaded = False

    def ensure_loaded(self) -> None:
        """Load the data the first time the screen is shown."""
        if not self._loaded:
            self._loaded = True
            from workbench.ops import Changes  # (not at the top: the window paints before it loads)

            self.refresh(Changes.everything())

    def refresh(self, changes: Changes) -> None:
        """Reload what ``changes`` touched; the default does nothing."""

    def open_item(self, argument: object) -> None:
        """Show a particular item (an interview id, a statement id, ...); the default does nothing."""

    def retranslate(self) -> None:
        """Re-set every visible text in the current language."""

    def prepare_snapshot(self) -> None:
        """Put the screen in the state ``workbench snapshot`` shows (e.g. select a rich item)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
