"""Statements run outside the main thread step aside for the UI thread now and then.

Kept apart from :mod:`workbench.store.engine` (which loads SQLAlchemy) so that the UI's task runner
can turn it on without loading the database layer.
"""

from __future__ import annotations

import threading
import time
from typing import Any

# Statements run outside the main thread give the GIL away for a moment every so often while the app
# asks for it (the UI, while it has work running in a thread). A thread that runs many small statements
# lets go of the GIL around each one and takes it straight back; every hand-over restarts the UI
# thread's wait, so it never gets a turn: a REFI-QDA import froze the window for ~200 ms that way.
_share = {"every_s": 0.0}
_last_share = threading.local()
#: how long the statement's thread steps aside: enough for a waiting thread to take the GIL
SHARE_PAUSE_S = 0.0002


def share_the_gil(every_s: float) -> None:
    """From now on, statements run outside the main thread step aside at least every ``every_s`` (0: never)."""
    _share["every_s"] = every_s


def step_aside(*_args: Any) -> None:
    every = _share["every_s"]
    if not every or threading.current_thread() is threading.main_thread():
        return
    now = time.perf_counter()
    if now - getattr(_last_share, "at", 0.0) >= every:
        _last_share.at = now
        time.sleep(SHARE_PAUSE_S)
