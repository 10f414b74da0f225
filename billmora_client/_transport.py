"""``BillmoraTransport``: bounded concurrency, pacing to the token's budget, 429 handling and safe retries.

It wraps a real ``httpx.AsyncBaseTransport``, so every request made through the client gets all of it.
Each send holds a concurrency slot and one unit of rate-limit budget; the answer's body is read inside the
slot, so the slot is free as soon as the answer is complete.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

import httpx

from ._ratelimit import RateLimiter, RateLimitState, Reservation
from ._retry import NEVER_SENT_ERRORS, RetryEvent, RetryPolicy, parse_retry_after
from .errors import int_header

__all__ = ["BillmoraTransport", "RetryEvent"]

logger = logging.getLogger("billmora_client")
# A 429 without a usable Retry-After (or with 0) is never resent sooner than this.
MIN_RATE_LIMIT_WAIT = 0.1


class BillmoraTransport(httpx.AsyncBaseTransport):
    """Wraps ``transport`` (default ``httpx.AsyncHTTPTransport()``) with Billmora's client-side policies.

    - at most ``max_concurrency`` requests in flight;
    - paced to ``rate_limit`` requests per ``rate_window`` seconds until the ``X-RateLimit-*`` headers say
      otherwise (pass ``rate_limiter`` to share one budget between transports using the same token);
    - a 429 is waited out (``Retry-After``) and resent, for every method, until the waits for one request
      would pass ``max_rate_limit_wait`` seconds; then the 429 is returned;
    - failures that are safe to repeat are retried ``max_retries`` times (see ``RetryPolicy``); per request,
      ``extensions={"billmora_max_retries": n}`` overrides it.

    Each resend is logged at INFO on the ``billmora_client`` logger and passed to ``on_retry``.
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        max_concurrency: int = 10,
        max_retries: int = 2,
        rate_limit: int = 60,
        rate_window: float = 60.0,
        max_rate_limit_wait: float = 60.0,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        on_retry: Callable[[RetryEvent], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, not {max_concurrency}")
        if max_retries < 0 or max_rate_limit_wait < 0:
            raise ValueError("max_retries and max_rate_limit_wait must not be negative")
        self._inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._limiter = rate_limiter or RateLimiter(rate_limit, rate_window, clock=clock, sleep=sleep)
        self._policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._max_rate_limit_wait = max_rate_limit_wait
        self._on_retry = on_retry
        self._sleep = sleep
        self._max_concurrency = max_concurrency
        self._slots = asyncio.Semaphore(max_concurrency)
        self._in_flight = 0

    @property
    def state(self) -> RateLimitState:
        """The token's budget as last learned."""
        return self._limiter.state

    @property
    def rate_limiter(self) -> RateLimiter:
        """The limiter pacing this transport (share it with another transport using the same token)."""
        return self._limiter

    @property
    def in_flight(self) -> int:
        """Requests holding a concurrency slot (waiting for budget, sending, or reading the answer)."""
        return self._in_flight

    @property
    def free_slots(self) -> int:
        """Concurrency slots free now."""
        return self._max_concurrency - self._in_flight

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send ``request``; wait out 429s and retry safe failures; return a fully read response."""
        await request.aread()  # a buffered body can be sent again
        retries_left = self._policy.retries_for(request)
        rate_limit_waited = 0.0
        attempt = 0
        while True:
            attempt += 1
            try:
                response, refusal_wait = await self._send_once(request, attempt)
            except httpx.TransportError as error:
                if retries_left <= 0 or not self._policy.retries_error(request.method, error):
                    raise
                retries_left -= 1
                await self._pause(request, attempt, self._policy.backoff(attempt), type(error).__name__)
                continue
            if refusal_wait is not None:
                if rate_limit_waited + refusal_wait > self._max_rate_limit_wait:
                    return response
                rate_limit_waited += refusal_wait
                self._report(request, attempt, refusal_wait, "rate_limited")
                continue  # the limiter holds this request, and every other, until the wait is over
            if retries_left > 0 and self._policy.retries_status(request.method, response.status_code):
                delay = self._policy.delay_for_status(attempt, response)
                if delay is not None:
                    retries_left -= 1
                    await self._pause(request, attempt, delay, f"status {response.status_code}")
                    continue
            return response

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()

    async def _send_once(self, request: httpx.Request, attempt: int) -> tuple[httpx.Response, float | None]:
        """One send inside a slot and a reservation: the buffered answer, and the wait a 429 asked for."""
        async with self._slots:
            self._in_flight += 1
            try:
                reservation = await self._limiter.acquire()
                try:
                    response = await self._inner.handle_async_request(request)
                except BaseException as error:
                    self._limiter.release(reservation, counted=not isinstance(error, NEVER_SENT_ERRORS))
                    raise
                refusal_wait = self._settle(reservation, response, attempt)
                return await _buffered(response), refusal_wait
            finally:
                self._in_flight -= 1

    def _settle(self, reservation: Reservation, response: httpx.Response, attempt: int) -> float | None:
        """Teach the limiter what the answer's headers say; for a 429, the seconds to wait before resending."""
        limit = int_header(response, "X-RateLimit-Limit")
        remaining = int_header(response, "X-RateLimit-Remaining")
        if response.status_code == 429:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            if wait is None:
                wait = self._limiter.estimated_reset_in() or self._policy.backoff(attempt)
            wait = max(wait, MIN_RATE_LIMIT_WAIT)
            self._limiter.record_refusal(reservation, wait=wait, limit=limit)
            return wait
        if remaining is None:  # answered before the rate limiter (auth, bindings) or by a proxy
            self._limiter.release(reservation, counted=response.status_code >= 500)
        else:
            self._limiter.record_answer(reservation, limit=limit, remaining=remaining)
        return None

    async def _pause(self, request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
        self._report(request, attempt, delay, reason)
        await self._sleep(delay)

    def _report(self, request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
        event = RetryEvent(request.method, request.url.path, attempt, delay, reason)
        logger.info("%s %s: %s; sending again in %.2fs (attempt %d)", event.method, event.path, reason, delay, attempt)
        if self._on_retry is not None:
            try:
                self._on_retry(event)
            except Exception:
                logger.exception("the on_retry callback failed")


async def _buffered(response: httpx.Response) -> httpx.Response:
    """The same answer with its raw body read into memory, its connection already given back.

    The stream is closed in a task of its own: a cancellation that lands while httpx/httpcore close it
    would otherwise leave the pool believing the connection is still in use.
    """
    try:
        body = b"".join([chunk async for chunk in response.stream])  # type: ignore[union-attr]
    finally:
        await asyncio.shield(asyncio.ensure_future(response.aclose()))
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(body),
        extensions=response.extensions,
    )
