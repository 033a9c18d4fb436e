"""Undo steps of capture and review: statement edits, moves, deletions, suggestions, summary.

The screen calls the service first (an error is shown and nothing is pushed), then pushes the
command with ``done=True`` so that its first ``redo`` only refreshes the views.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.ui.context import AppContext
from workbench.ui.errortext import error_text

log = logging.getLogger(__name__)

STATEMENTS = Changes(statements=True, interviews=True)


class ServiceStep(QUndoCommand):
    """One user action: ``redo_fn``/``undo_fn`` call services; views refresh by ``changes``."""

    def __init__(self, ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
                 changes: Changes = STATEMENTS, *, done: bool = True) -> None:
        super().__init__(text)
        # A weak reference: the context owns the undo stack that owns this command, and a strong one
        # would make a cycle that the garbage collector breaks by deleting Qt objects twice (seen as
        # a segfault), possibly from a worker thread.
        self._ctx = weakref.ref(ctx)
        self._redo, self._undo = redo_fn, undo_fn
        self._changes = changes
        self._skip = done

    @property
    def ctx(self) -> AppContext | None:
        """The context, while it lives."""
        return self._ctx()

    def _run(self, fn: Callable[[], object]) -> None:
        ctx = self.ctx
        try:
            fn()
        except WorkbenchError as exc:
            log.info("undo step failed: %s", exc)
            if ctx is not None:
                ctx.status.emit(error_text(exc))
            self.setObsolete(True)
        if ctx is not None:
            ctx.notify(self._changes)

    def redo(self) -> None:  # noqa: D102 - Qt override
        if self._skip:
            self._skip = False
            ctx = self.ctx
            if ctx is not None:
                ctx.notify(self._changes)
            return
        self._run(self._redo)

    def undo(self) -> None:  # noqa: D102 - Qt override
        self._run(self._undo)


def push_done(ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
              changes: Changes = STATEMENTS) -> None:
    """Push an action that has already been done."""
    ctx.undo_stack.push(ServiceStep(ctx, text, redo_fn, undo_fn, changes))


def run_and_push(ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
                 changes: Changes = STATEMENTS) -> bool:
    """Do an action now and put it on the undo stack; an error goes to the status bar and is not pushed."""
    try:
        redo_fn()
    except WorkbenchError as exc:
        ctx.status.emit(error_text(exc))
        return False
    push_done(ctx, text, redo_fn, undo_fn, changes)
    return True
