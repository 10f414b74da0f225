"""The ``otel`` extra, loaded by the first client when it is installed; without it, one failed import, once."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._otel import Telemetry

__all__ = ["telemetry_for"]

_missing = False


def telemetry_for(limiter: object) -> Telemetry | None:
    """Traces and metrics for a client pacing itself with ``limiter``; None without the ``otel`` extra."""
    global _missing
    if _missing:
        return None
    try:
        from ._otel import Telemetry
    except ImportError:
        _missing = True
        return None
    return Telemetry(redis=type(limiter).__module__ == "billmora_client._ratelimit_redis")
