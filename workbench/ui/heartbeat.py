"""A heartbeat in the UI event loop: the longest gap between ticks says how long the window froze.

A precise timer asks to run every 5 ms; when the event loop is busy (a slot running for a long
time, or a worker thread holding the GIL) the next tick comes late, and the gap between two ticks
is how long the window could not repaint or take input. 16 ms is one frame at 60 Hz.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

#: the interval asked for; an idle loop shows gaps of about this
TICK_MS = 5


class Heartbeat(QObject):
    """Measure the longest gap in the event loop between :meth:`start` and :meth:`stop`."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0
        self.ticks = 0

    @property
    def running(self) -> bool:
        """True between start and stop."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start measuring from now (the longest gap starts at zero)."""
        self.longest_ms = 0.0
        self.ticks = 0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop and return the longest gap in milliseconds (counting the one up to now)."""
        if self._timer.isActive():
            self._tick()
            self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000
        self._last = now
        self.ticks += 1
        if gap > self.longest_ms:
            self.longest_ms = gap
