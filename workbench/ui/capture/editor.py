"""The line editor of capture mode: Enter commits, Shift+Enter breaks the line, hotkeys win over shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget


def _combo(event: QKeyEvent) -> QKeySequence:
    key = Qt.Key(event.key())
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if key == Qt.Key.Key_Enter:
        key = Qt.Key.Key_Return
    return QKeySequence(QKeyCombination(mods, key))


class CaptureEditor(QPlainTextEdit):
    """A few lines of plain text; the screen's capture actions are triggered from here first."""

    #: Enter pressed with the text to commit
    commit_requested = Signal()
    #: Escape pressed
    escape_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("captureEditor")
        self.setTabChangesFocus(True)
        self._actions: dict[str, QAction] = {}

    def bind(self, actions: list[QAction]) -> None:
        """Let these actions' shortcuts work while typing (before the text edit's own keys)."""
        self._actions = {}
        for action in actions:
            for seq in action.shortcuts():
                self._actions[seq.toString()] = action

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        return self._actions.get(_combo(event).toString())

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt override
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if self._action_for(event) is not None:
                event.accept()
                return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802, D102 - Qt override
        action = self._action_for(event)
        if action is not None:
            if action.isEnabled():
                action.trigger()
            event.accept()
            return
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods == Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            elif mods == Qt.KeyboardModifier.NoModifier:
                self.commit_requested.emit()
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.escape_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
