"""The clock the rate limiter reads: real monotonic time, or a manual clock tests move with ``advance``."""

from __future__ import annotations

import time


class Clock:
    """Seconds on a monotonic scale. ``Clock()`` follows real time; ``Clock(manual=True)`` (or
    ``Clock.manual()``) stands still until ``advance(seconds)``, so a rate-limit window resets without waiting."""

    def __init__(self, *, manual: bool = False, start: float = 0.0) -> None:
        self.is_manual = manual
        self._manual_now = start
        self._offset = 0.0

    @classmethod
    def manual(cls, start: float = 0.0) -> Clock:
        return cls(manual=True, start=start)

    def now(self) -> float:
        if self.is_manual:
            return self._manual_now
        return time.monotonic() + self._offset

    def advance(self, seconds: float) -> None:
        """Move time forward (a real clock then runs ahead by ``seconds``)."""
        if seconds < 0:
            raise ValueError("a clock cannot go back")
        if self.is_manual:
            self._manual_now += seconds
        else:
            self._offset += seconds
