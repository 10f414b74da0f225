"""Billmora's ``ApiRateLimiter``: Laravel's ``RateLimiter`` with one fixed window per token.

The window opens at a token's first hit and lasts ``window`` seconds (Billmora: ``RateLimiter::hit($key, 60)``);
a refused request (429) is not a hit. ``Retry-After`` is the whole seconds left in the window, at least 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class Window:
    opened_at: float
    hits: int = 0


@dataclass
class FixedWindowLimiter:
    """Hits per key in fixed windows of ``window`` seconds, read from the caller's clock."""

    window: float = 60.0
    windows: dict[int, Window] = field(default_factory=dict)

    def _current(self, key: int, now: float) -> Window:
        current = self.windows.get(key)
        if current is None or now >= current.opened_at + self.window:
            current = self.windows[key] = Window(now)
        return current

    def retry_after(self, key: int, limit: int, now: float) -> int | None:
        """Seconds until the window closes when ``key`` has used its ``limit``, else None."""
        current = self._current(key, now)
        if current.hits < limit:
            return None
        return max(1, math.ceil(current.opened_at + self.window - now))

    def hit(self, key: int, now: float) -> int:
        """Count one hit and return the hits so far in this window."""
        current = self._current(key, now)
        current.hits += 1
        return current.hits

    def reset(self) -> None:
        """Forget every window (as if the cache were flushed)."""
        self.windows.clear()
