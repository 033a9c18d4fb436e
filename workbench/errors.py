"""Errors the user is meant to read.

Anything raised as a :class:`WorkbenchError` is shown as one clear line (CLI) or a message box (UI);
anything else is a bug and is logged with its traceback.
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """A problem the user can act on; ``str(exc)`` is the message shown to them."""

    exit_code = 1


class ProjectOpenError(WorkbenchError):
    """The project file or URL cannot be opened (not a project, newer schema, locked, unreachable)."""


class InputError(WorkbenchError):
    """Bad input from the user or from a file they gave us."""

    exit_code = 2


class RowsRefused(InputError):
    """Some rows of an imported file cannot be used, so nothing was imported; importing again with the
    usable rows only is the user's choice (the screens offer it, whatever the UI's language)."""


class StaleEditError(WorkbenchError):
    """Someone else saved the same record since it was read."""
