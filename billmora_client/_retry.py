"""When a failed request may be sent again, how long to wait first, and when its outcome is unknown.

A request is resent only when a repeat cannot do harm: idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE)
on connection failures, timeouts and 502/503/504; POST and PATCH only when the failure proves the request
never left this machine (``ConnectError``, ``ConnectTimeout``, ``PoolTimeout``).

A failed call's outcome is unknown (``may_have_succeeded``) only for a method with an effect that may have
reached Billmora's controller with no answer saying what happened: the connection was lost or the deadline
passed after sending, or the answer was 500, 502, 504 (or a CDN's 520/524). Every other status is a refusal
made before any work (401, 403, 404, 405, 419, 422, 429, 503 maintenance). Rate-limit headers are read here
too: any bytes are either a small integer or ignored.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx

from ._token import redact

logger = logging.getLogger("billmora_client")

MAX_RETRIES_EXTENSION = "billmora_max_retries"
# Set on a 429 by the transport: the seconds still to wait for budget.
RETRY_AFTER_EXTENSION = "billmora_retry_after"
# Set on a 429 by the transport: the requests per window the client knows of, for ``RateLimitError.limit``.
RATE_LIMIT_EXTENSION = "billmora_rate_limit"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})  # no effect at all
IDEMPOTENT_METHODS = SAFE_METHODS | {"PUT", "DELETE"}  # the same effect however often they are sent
RETRY_STATUSES = frozenset({502, 503, 504})
OUTCOME_UNKNOWN_STATUSES = frozenset({500, 502, 504, 520, 524})
_SMALL_INT = re.compile(r"[0-9]{1,15}")
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


# RetryEvent.reason of a call held back for the token's budget before a send (its first or a resend).
HELD = "rate_limit_wait"


@dataclass(frozen=True)
class RetryEvent:
    """One wait before a send: a resend after a 429 (``reason="rate_limited"``), a status or a transport error,
    or a call held back for the token's rate-limit budget (``reason="rate_limit_wait"``).

    ``attempt`` counts the sends made so far (1 after the first; 0 for a first send held for budget), ``delay``
    is the wait in seconds before the next send (for a hold whose length was not known in advance, reported
    when it ends: the seconds it lasted), ``path`` is the URL path only (no host, query or credentials).
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


def outcome_unknown(method: str, *, status: int | None = None, may_have_reached: bool = True) -> bool:
    """Whether a failed ``method`` call may have been carried out: a status above, or no answer after sending."""
    if method.upper() in SAFE_METHODS:
        return False
    if status is not None:
        return status in OUTCOME_UNKNOWN_STATUSES or 200 <= status < 300
    return may_have_reached


def int_header(headers: httpx.Headers, name: str) -> int | None:
    """A header's value as a non-negative integer; None when absent or not plain ASCII digits (logged at DEBUG)."""
    value = headers.get(name)
    if value is None:
        return None
    text = value.strip()
    if _SMALL_INT.fullmatch(text):
        return int(text)
    logger.debug("ignoring the %s header %r: not a small non-negative integer", name, redact(value)[:40])
    return None


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
        except Exception:  # the parser raises several kinds on garbage
            logger.debug("ignoring the Retry-After header %r: neither seconds nor an HTTP date", redact(text)[:40])
            return None
        if moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - now()
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)
