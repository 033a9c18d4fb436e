"""Keep full garbage collections short: objects that live as long as the app are frozen out of them.

CPython's full collection walks every tracked object with the GIL held. At the large project the app
holds a few hundred thousand (Qt wrappers, the ORM's mappers, loaded tables), and a collection set off
in a worker thread by a long job's allocations froze the window for 50-100 ms (measured with the
heartbeat: a backlog export went from 100 ms to 15-20 ms with the heap frozen first). ``gc.freeze``
moves everything alive now into a permanent generation that later collections skip; what is frozen
and later dropped is still freed by reference counting, only cycles among it wait until exit.
"""

from __future__ import annotations

import gc
import time

#: objects frozen so far and the milliseconds the last freeze took (for the log and the tests)
STATS = {"frozen": 0, "last_ms": 0.0}


def freeze_long_lived() -> int:
    """Collect the young generations (a few ms) and freeze what survives; returns the frozen count."""
    started = time.perf_counter()
    gc.collect(1)
    gc.freeze()
    STATS["frozen"] = gc.get_freeze_count()
    STATS["last_ms"] = (time.perf_counter() - started) * 1000
    return STATS["frozen"]
