"""Actions that a feature adds to a main window's File > Import and File > Export menus.

A subclass makes its actions with :meth:`MenuActions.action`, puts them in a menu with
:meth:`MenuActions.add_to_menu`, calls :meth:`MenuActions.watch_language` and sets its texts in
``retranslate``, which runs again whenever the window's language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow


class MenuActions(QObject):
    """Menu actions owned by a main window, their texts kept in the window's language."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window

    def action(self, object_name: str, slot: Callable[[], Any]) -> QAction:
        """A new action of the window named ``object_name`` that runs ``slot`` when triggered."""
        action = QAction(self.window)
        action.setObjectName(object_name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_to_menu(self, menu_name: str, *actions: QAction) -> None:
        """Append ``actions`` to the window's menu attribute ``menu_name`` (nothing when it has none)."""
        menu = getattr(self.window, menu_name, None)
        if menu is not None:
            for action in actions:
                menu.addAction(action)

    def watch_language(self) -> None:
        """Set the texts now and again on each language change of the window."""
        self.window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """Set every text in the current language."""
        raise NotImplementedError

    # ------------------------------------------------------------------ helpers for the subclasses
    @property
    def _ctx(self):  # type: ignore[no-untyped-def]
        return self.window.ctx  # type: ignore[attr-defined]

    def _start_dir(self) -> Path:
        """Where file dialogs open: the project's folder, else the home folder."""
        path = self._ctx.project.path
        return path.parent if path is not None else Path.home()


__all__ = ["MenuActions"]
