"""Board actions as undo steps: the action runs once, then undo/redo restore card states."""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.ops import Changes
from workbench.ui.context import AppContext
from workbench.vpc import service
from workbench.vpc.snapshots import BoardEdit

CHANGES = Changes(boards=True, cards=True)


class BoardCommand(QUndoCommand):
    """One board action on the undo stack (it has already run when pushed)."""

    def __init__(self, ctx: AppContext, edit: BoardEdit, text: str,
                 on_apply: Callable[..., None] | None = None) -> None:
        super().__init__(text)
        # weak: the context owns the undo stack that owns this command (see workbench.ui.undo)
        self._ctx = weakref.ref(ctx)
        self._on_apply = (weakref.WeakMethod(on_apply) if inspect.ismethod(on_apply)
                          else (lambda: on_apply))
        self.edit = edit
        self._first = True

    @property
    def ctx(self) -> AppContext:
        """The context (the command dies with it, so it is always there when Qt calls us)."""
        ctx = self._ctx()
        assert ctx is not None
        return ctx

    @property
    def on_apply(self) -> Callable[..., None] | None:
        """The board's redraw callback, while the board lives."""
        return self._on_apply()

    def redo(self) -> None:
        if self._first:
            self._first = False
        else:
            service.redo(self.ctx.project, self.edit)
        self._done(self.edit.card_id)

    def undo(self) -> None:
        service.undo(self.ctx.project, self.edit)
        before_ids = [cid for cid, state in self.edit.before if state is not None]
        self._done(self.edit.card_id if self.edit.card_id in before_ids else (before_ids[0] if before_ids else None))

    def _done(self, focus: int | None) -> None:
        # The board redraws itself first (keeping the focus); the notification then tells the other
        # screens. The canvas ignores that echo of its own change (see CanvasScreen.refresh).
        if self.on_apply is not None:
            self.on_apply(focus)
        self.ctx.notify(CHANGES)
        if self.on_apply is not None:
            self.on_apply(None, finished=True)  # type: ignore[call-arg]
