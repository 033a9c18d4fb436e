"""Undo steps shared by the screens: a service call already made, and its inverse; and stale saves.

The screen calls the service first (so that an error is shown and nothing is pushed), then pushes a
:class:`ServiceCommand` whose first ``redo`` does nothing; later redo/undo call the services again.

A screen's edit carries the version the user saw. When someone else saved the record since, the
service refuses; :func:`resolve_stale` (wrapped around the first call) shows the stale dialog:
**Overwrite** runs the same call again over what is saved, **Keep both** saves the user's values as
a copy, **Reload** (or Cancel) shows what is saved and puts the user's text on the clipboard, so it
is never lost silently. Undo and redo run inside :func:`~workbench.store.versioning.overwriting`:
an undo puts back the user's own earlier values of the fields that action changed, over whatever
is saved now (versioned and audited like any save, so the history shows it).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtWidgets import QWidget

from workbench.errors import WorkbenchError
from workbench.ops import Changes
from workbench.store.team import is_unreachable, unreachable_message
from workbench.store.versioning import StaleRecordError, can_keep_both, keep_both_copy, overwriting
from workbench.ui.context import AppContext
from workbench.ui.dialogs.stale import StaleChoice, ask_stale, field_label
from workbench.ui.errortext import error_text

T = TypeVar("T")

log = logging.getLogger(__name__)


class ServiceCommand(QUndoCommand):
    """One user action on the undo stack: ``redo_fn``/``undo_fn`` call services; views refresh by ``changes``."""

    def __init__(self, ctx: AppContext, text: str, redo_fn: Callable[[], object], undo_fn: Callable[[], object],
                 changes: Changes, *, done: bool = True, long: bool = False) -> None:
        super().__init__(text)
        #: undo/redo may take longer than a frame: run them in a thread while the window keeps painting
        self.long = long
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
        ctx = self.ctx

        def step() -> object:
            with overwriting():  # undo/redo: the user's own values, over whatever is saved now
                return _plainly(ctx, fn)

        try:
            if self.long:
                from workbench.ui.blocking import run_blocking

                run_blocking(step, self.text())
            else:
                step()
        except WorkbenchError as exc:
            log.info("undo step failed: %s", exc)
            ctx = self.ctx
            if ctx is not None:
                ctx.status.emit(error_text(exc))
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
         changes: Changes, *, long: bool = False) -> None:
    """Push an already-done action on the project's undo stack (``long``: its undo and redo run in a thread
    while the window keeps painting, see :func:`workbench.ui.blocking.run_blocking`)."""
    ctx.undo_stack.push(ServiceCommand(ctx, text, redo_fn, undo_fn, changes, long=long))


class EditNotSaved(WorkbenchError):
    """A refused save the stale dialog dealt with: the action did not happen, the user was told."""


class ServerUnreachable(WorkbenchError):
    """The team server cannot be reached: the change was not saved (said plainly, without a traceback)."""


def _plainly(ctx: AppContext | None, action: Callable[[], T]) -> T:
    """Call ``action``; a lost connection to the team server becomes a :class:`ServerUnreachable` message."""
    try:
        return action()
    except WorkbenchError:
        raise
    except Exception as exc:
        if ctx is None or not is_unreachable(exc):
            raise
        reason = str(getattr(exc, "orig", None) or exc)
        raise ServerUnreachable(unreachable_message(ctx.project.url, reason)) from exc


def yours_as_text(error: StaleRecordError) -> str:
    """The values the user tried to save, one 'Field: value' line each (for the clipboard)."""
    return "\n".join(f"{field_label(name)}: {value}" for name, value in error.yours.items()
                     if value not in (None, ""))


def _refresh_later(ctx: AppContext) -> None:
    # after the current event (the refused edit may come from a model's setData): reload every view
    QTimer.singleShot(0, ctx, lambda: ctx.notify(Changes.everything()))


def resolve_stale(ctx: AppContext, parent: QWidget | None, action: Callable[[], T]) -> T:
    """Call ``action``; if someone else saved the record first, let the user choose what happens.

    Returns the action's result (run again over what is saved when the user chose Overwrite).
    Raises :class:`EditNotSaved` when the action did not happen (Reload, Keep both, Cancel): the
    user's text is on the clipboard (or saved as a copy) and the views reload; and
    :class:`ServerUnreachable` (a WorkbenchError the screens show) when the team server is down.
    """
    try:
        return _plainly(ctx, action)
    except StaleRecordError as exc:
        error = exc
    for _attempt in range(3):
        log.info("stale save: %s", error)
        choice = ask_stale(error, parent, can_keep_both=can_keep_both(error))
        if choice is StaleChoice.OVERWRITE:
            try:
                with overwriting():
                    result = _plainly(ctx, action)
            except StaleRecordError as again:  # a third save landed in between: ask again
                error = again
                continue
            ctx.status.emit(QCoreApplication.translate("StaleEdit", "Saved over the other change; it stays in the history."))
            return result
        if choice is StaleChoice.KEEP_BOTH:
            keep_both_copy(ctx.project, error, ctx.user)
            _refresh_later(ctx)
            message = QCoreApplication.translate("StaleEdit", "Kept both: their version stays, yours was saved as a copy.")
            ctx.status.emit(message)
            raise EditNotSaved(message)
        break
    text = yours_as_text(error)
    if text:
        QGuiApplication.clipboard().setText(text)
        message = QCoreApplication.translate("StaleEdit", "Your change was not saved; your text is on the clipboard (Ctrl+V to use it).")
    else:
        message = QCoreApplication.translate("StaleEdit", "Your change was not saved; the screen shows what is saved now.")
    _refresh_later(ctx)
    ctx.status.emit(message)
    raise EditNotSaved(message)

