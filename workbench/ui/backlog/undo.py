"""Undo steps for the backlog, capability and program screens: a service call already made, and its inverse.

The screen calls the service first (so that an error is shown and nothing is pushed), then pushes a
:class:`ServiceCommand` whose first ``redo`` only notifies; later redo/undo call the services again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.ui.context import AppContext

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """One user action on the undo stack: ``redo_fn``/``undo_fn`` call services; views refresh by ``changes``."""

    def __init__(self, ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
                 changes: Changes) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._redo, self._undo = redo_fn, undo_fn
        self._changes = changes
        self._first = True

    def _run(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except WorkbenchError as exc:
            log.info("undo step failed: %s", exc)
            self.ctx.status.emit(str(exc))
            self.setObsolete(True)
        self.ctx.notify(self._changes)

    def redo(self) -> None:  # noqa: D102 - Qt override
        if self._first:
            self._first = False
            self.ctx.notify(self._changes)
            return
        self._run(self._redo)

    def undo(self) -> None:  # noqa: D102 - Qt override
        self._run(self._undo)


def push(ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
         changes: Changes) -> None:
    """Push an already-done action on the project's undo stack."""
    ctx.undo_stack.push(ServiceCommand(ctx, text, redo_fn, undo_fn, changes))
