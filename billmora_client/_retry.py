"""When a failed request may be sent again, and how long to wait first.

A request is resent only when a repeat cannot do harm: idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE)
on connection failures, timeouts and 502/503/504; POST and PATCH only when the failure proves the request
never left this machine (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx

MAX_RETRIES_EXTENSION = "billmora_max_retries"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
RETRY_STATUSES = frozenset({502, 503, 504})
# The request was never written: safe to resend whatever the method.
NEVER_SENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
)
# Transient failures after which an idempotent request may be resent.
TRANSIENT_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


@dataclass(frozen=True)
class RetryEvent:
    """One resend about to happen: after a 429 (``reason="rate_limited"``), a status or a transport error.

    ``attempt`` counts the sends made so far (1 after the first), ``delay`` is the wait in seconds before
    the next send, ``path`` is the URL path only (no host, query or credentials).
    """

    method: str
    path: str
    attempt: int
    delay: float
    reason: str


@dataclass(frozen=True)
class RetryPolicy:
    """Which failures are retried, how often (``max_retries``), and the jittered exponential backoff."""

    max_retries: int = 2
    backoff_base: float = 0.5
    backoff_cap: float = 8.0
    jitter: Callable[[], float] = field(default=random.random, repr=False, compare=False)

    def retries_for(self, request: httpx.Request) -> int:
        """``max_retries``, or the request's own ``extensions={"billmora_max_retries": n}``."""
        override = request.extensions.get(MAX_RETRIES_EXTENSION)
        return override if isinstance(override, int) and override >= 0 else self.max_retries

    def retries_error(self, method: str, error: httpx.TransportError) -> bool:
        """Whether ``method`` may be resent after ``error`` without risking a second effect."""
        if isinstance(error, NEVER_SENT_ERRORS):
            return True
        return method.upper() in IDEMPOTENT_METHODS and isinstance(error, TRANSIENT_ERRORS)

    def retries_status(self, method: str, status_code: int) -> bool:
        """Whether an answer with ``status_code`` is resent (gateway and overload errors, idempotent only)."""
        return status_code in RETRY_STATUSES and method.upper() in IDEMPOTENT_METHODS

    def backoff(self, attempt: int) -> float:
        """Full jitter: uniform in ``[0, min(cap, base * 2 ** (attempt - 1))]``."""
        ceiling = min(self.backoff_cap, self.backoff_base * 2.0 ** max(0, attempt - 1))
        return ceiling * self.jitter()

    def delay_for_status(self, attempt: int, response: httpx.Response) -> float | None:
        """The wait before resending after ``response``, or None when its ``Retry-After`` is beyond the cap."""
        hint = parse_retry_after(response.headers.get("Retry-After"))
        if hint is not None and hint > self.backoff_cap:
            return None
        return max(self.backoff(attempt), hint or 0.0)


def parse_retry_after(value: str | None, *, now: Callable[[], float] = time.time) -> float | None:
    """Seconds from a ``Retry-After`` value (delta-seconds or HTTP-date); None when missing or unreadable."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - now()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)
