"""Undo steps shared by the screens: a service call already made, and its inverse.

The screen calls the service first (so that an error is shown and nothing is pushed), then pushes a
:class:`ServiceCommand` whose first ``redo`` does nothing; later redo/undo call the services again.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.ui.context import AppContext

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """One user action on the undo stack: ``redo_fn``/``undo_fn`` call services; views refresh by ``changes``."""

    def __init__(self, ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
                 changes: Changes, *, done: bool = True) -> None:
        super().__init__(text)
        # weak: the context owns the undo stack that owns this command; a strong reference makes a
        # cycle through Qt-owned objects that the garbage collector may tear down twice
        self._ctx = weakref.ref(ctx)
        self._redo, self._undo = redo_fn, undo_fn
        self._changes = changes
        self._skip = done

    @property
    def ctx(self) -> AppContext | None:
        """The context, while it lives."""
        return self._ctx()

    def _notify(self) -> None:
        ctx = self.ctx
        if ctx is not None:
            ctx.notify(self._changes)

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except WorkbenchError as exc:
            log.info("undo step failed: %s", exc)
            ctx = self.ctx
            if ctx is not None:
                ctx.status.emit(str(exc))
            self.setObsolete(True)
        self._notify()

    def redo(self) -> None:  # noqa: D102 - Qt override
        if self._skip:
            self._skip = False
            self._notify()
            return
        self._run(self._redo)

    def undo(self) -> None:  # noqa: D102 - Qt override
        self._run(self._undo)


def push(ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
         changes: Changes) -> None:
    """Push an already-done action on the project's undo stack."""
    ctx.undo_stack.push(ServiceCommand(ctx, text, redo_fn, undo_fn, changes))
