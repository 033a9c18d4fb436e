"""Board actions as undo steps: the action runs once, then undo/redo restore card states.

Undo and redo put whole cards back. If someone else changed one of those cards since (a team
project), the service refuses and the stale dialog asks: **Go ahead anyway** undoes over their
change, **Reload** (or Cancel) leaves the board as it is saved and drops the step from the stack.
A team server that cannot be reached is said plainly; the step is dropped, nothing was changed.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text
from workbench.ui.undo import resolve_stale
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

    def redo(self) -> None:  # noqa: D102 - Qt override
        if self._first:
            self._first = False
            self._done(self.edit.card_id)
            return
        if self._apply(service.redo):
            self._done(self.edit.card_id)

    def undo(self) -> None:  # noqa: D102 - Qt override
        if not self._apply(service.undo):
            return
        before_ids = [cid for cid, state in self.edit.before if state is not None]
        self._done(self.edit.card_id if self.edit.card_id in before_ids else (before_ids[0] if before_ids else None))

    def _apply(self, step: Callable[..., None]) -> bool:
        """Run undo or redo; if it was refused (changed by someone, server down) drop the step and redraw."""
        ctx = self.ctx
        try:
            resolve_stale(ctx, QApplication.activeWindow(), lambda: step(ctx.project, self.edit))
        except WorkbenchError as exc:  # EditNotSaved (the user chose), ServerUnreachable, a vanished record
            ctx.status.emit(error_text(exc))
            self.setObsolete(True)  # the stack drops it: the board shows what is saved
            self._done(None)
            return False
        return True

    def _done(self, focus: int | None) -> None:
        # The board redraws itself first (keeping the focus); the notification then tells the other
        # screens. The canvas ignores that echo of its own change (see CanvasScreen.refresh).
        if self.on_apply is not None:
            self.on_apply(focus)
        self.ctx.notify(CHANGES)
        if self.on_apply is not None:
            self.on_apply(None, finished=True)  # type: ignore[call-arg]
