"""What every screen is given: the open project, the settings, the undo stack, the change signal.

Built by the composition root (:mod:`workbench.app`) and passed in, so each screen can be built
alone in a test; there is no global main-window singleton.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.settings import Settings, save_settings

if TYPE_CHECKING:
    from workbench.ops import Changes
    from workbench.store.project import Project

log = logging.getLogger(__name__)


class AppContext(QObject):
    """The open project and the app-wide services around it."""

    #: emitted with a :class:`~workbench.ops.Changes` after an operation commits
    changed = Signal(object)
    #: emitted when the project is replaced by another one (File > Open, New)
    project_replaced = Signal()
    #: emitted with a message for the status bar ("Saved", "Saving…", an error)
    status = Signal(str)
    #: a screen asks to show another: (screen key, argument such as an interview id)
    navigate = Signal(str, object)

    def __init__(self, project: Project | None, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        #: None only while the main window opens its project (until ``MainWindow.finish_opening``)
        self.project: Project = project  # type: ignore[assignment]
        self.settings = settings
        self.undo_stack = QUndoStack(self)

    @property
    def user(self) -> str:
        """Who is working."""
        return self.settings.user_name or self.project.user

    def notify(self, changes: Changes) -> None:
        """Tell the views what an operation changed."""
        if changes.any():
            self.changed.emit(changes)

    def replace_project(self, project: Project) -> None:
        """Switch to another project: a fresh undo stack, every view reloads."""
        old = self.project
        self.project = project
        self.undo_stack.clear()
        self.settings.add_recent(project.path.as_posix() if project.path else project.url)
        save_settings(self.settings)
        self.project_replaced.emit()
        from workbench.ops import Changes  # (not at the top: the window paints before it loads)

        self.changed.emit(Changes.everything())
        if old is not project:
            old.close()
