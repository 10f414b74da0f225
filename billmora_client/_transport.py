"""``BillmoraTransport``: a deadline per call, bounded concurrency, pacing, 429s, safe retries, bounded answers.

It wraps a real ``httpx.AsyncBaseTransport``, so every request made through the client gets all of it. Each
send holds a concurrency slot and one unit of rate-limit budget; the answer's body is read inside the slot
(at most ``max_response_bytes`` of it), so the slot is free as soon as the answer is complete.

The call's deadline is the largest of the request's httpx timeouts (``Billmora(timeout=30)`` gives 30 s): it
bounds waiting for a slot and for budget, every attempt, every backoff and reading the body; waits known in
advance are weighed against it on the transport's clock, and ``asyncio.timeout`` enforces it in real time.
Whether a request may have reached the server is recorded in ``request.extensions["billmora_delivery"]``.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._body import check_location, read_body
from ._ratelimit import HOLDING, BudgetWaitTooLong, Limiter, RateLimiter, RateLimitState
from ._retry import (
    HELD,
    NEVER_SENT_ERRORS,
    RATE_LIMIT_EXTENSION,
    RETRY_AFTER_EXTENSION,
    SAFE_METHODS,
    RetryEvent,
    RetryPolicy,
    int_header,
    parse_retry_after,
)
from .errors import ConfigurationError, EventLoopError

__all__ = ["BillmoraTransport", "DeadlineExceeded", "Delivery"]

logger = logging.getLogger("billmora_client")
# A 429 without a usable Retry-After (or with 0) is never resent sooner than this.
MIN_RATE_LIMIT_WAIT = 0.1
# No Retry-After is believed beyond this many windows (a proxy's or a broken server's day-long answer).
MAX_RETRY_AFTER_WINDOWS = 10
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
DELIVERY_EXTENSION = "billmora_delivery"
# A call held for budget at least this long is reported (on_retry, INFO), and again if its wait grows by as much.
REPORTED_HOLD = 1.0

OnRetry = Callable[[RetryEvent], "Awaitable[None] | None"]


@dataclass
class Delivery:
    """What is known of one request's fate: ``may_have_reached`` once any send of it may have reached the server."""

    may_have_reached: bool = False
    attempts: int = 0
    watched: bool = False  # a trace hook listens for the request's headers going out
    traced: bool = False  # httpcore reported its phases, so ``may_have_reached`` is exact


@dataclass
class _Call:
    """One call through the transport: its request, deadline (loop time) and the seconds waited for budget."""

    request: httpx.Request
    delivery: Delivery
    clock: Callable[[], float]
    deadline: float | None  # on ``clock``
    budget_waited: float = 0.0
    reported_until: float = -math.inf  # on ``clock``: the end of the last wait reported for this call

    def time_left(self) -> float:
        return math.inf if self.deadline is None else self.deadline - self.clock()


class DeadlineExceeded(httpx.TimeoutException):
    """The call's deadline passed (waiting, sending, retrying or reading the answer)."""


class BillmoraTransport(httpx.AsyncBaseTransport):
    """Wraps ``transport`` (default ``httpx.AsyncHTTPTransport()``) with Billmora's client-side policies.

    - each request ends by its deadline, the largest of its httpx timeouts (``DeadlineExceeded`` past it);
    - at most ``max_concurrency`` requests in flight;
    - paced to ``rate_limit`` requests per ``rate_window`` seconds until the ``X-RateLimit-*`` headers say
      otherwise (pass ``rate_limiter`` to share one budget between transports using the same token);
    - no request waits for budget longer than ``max_rate_limit_wait`` seconds or its deadline: when the wait
      known in advance is longer, a 429 is returned at once (the server's own, or one made here that was never
      sent, marked by the ``billmora_retry_after`` extension with the seconds still to wait);
    - a 429 is waited out (``Retry-After``) and resent, for every method, within that cap;
    - failures that are safe to repeat are retried ``max_retries`` times (see ``RetryPolicy``); per request,
      ``extensions={"billmora_max_retries": n}`` overrides it;
    - an answer longer than ``max_response_bytes`` (None: unbounded), counted decompressed, is abandoned with
      ``ResponseTooLarge``; a body that does not decode as its ``Content-Encoding`` says, with ``UnreadableBody``.

    Each resend, and each hold for budget of ``REPORTED_HOLD`` seconds or more before a send (ahead when its
    length is known, else when it ends), is logged at INFO on the ``billmora_client`` logger and passed to
    ``on_retry`` (a function or a coroutine function). No ``Cookie`` header is ever sent. One transport
    belongs to one event loop.
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
        max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES,
        retry_policy: RetryPolicy | None = None,
        rate_limiter: Limiter[Any] | None = None,
        on_retry: OnRetry | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be >= 1, not {max_concurrency}")
        if max_retries < 0 or max_rate_limit_wait < 0:
            raise ValueError("max_retries and max_rate_limit_wait must not be negative")
        if max_response_bytes is not None and max_response_bytes < 1:
            raise ValueError(f"max_response_bytes must be >= 1 or None, not {max_response_bytes}")
        self._inner = transport if transport is not None else httpx.AsyncHTTPTransport()
        self._limiter: Limiter[Any] = (
            rate_limiter if rate_limiter is not None else RateLimiter(rate_limit, rate_window, clock=clock, sleep=sleep)
        )
        self._policy = retry_policy or RetryPolicy(max_retries=max_retries)
        self._max_rate_limit_wait = max_rate_limit_wait
        self._max_response_bytes = max_response_bytes
        self._on_retry = on_retry
        self._clock = clock
        self._sleep = sleep
        self._max_concurrency = max_concurrency
        self._slots = asyncio.Semaphore(max_concurrency)
        self._in_flight = 0
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def state(self) -> RateLimitState:
        """The token's budget as last learned."""
        return self._limiter.state

    @property
    def rate_limiter(self) -> Limiter[Any]:
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
        """Send ``request`` within its deadline; wait out 429s and retry safe failures; return a read response."""
        self._check_loop()
        if "Cookie" in request.headers:  # the token is the only identity a call carries
            del request.headers["Cookie"]
        delivery = request.extensions.setdefault(DELIVERY_EXTENSION, Delivery())
        if request.method not in SAFE_METHODS:  # only a call with an effect needs to know if it went out
            _trace_delivery(request, delivery)
        seconds = deadline_of(request)
        if seconds is None:
            return await self._handle(_Call(request, delivery, self._clock, None))
        call = _Call(request, delivery, self._clock, self._clock() + seconds)
        try:
            async with asyncio.timeout(seconds) as scope:
                return await self._handle(call)
        except TimeoutError:
            if not scope.expired():
                raise
            raise DeadlineExceeded(
                f"the call's deadline of {seconds:g}s passed after {delivery.attempts} attempt(s)", request=request
            ) from None

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._inner.aclose()

    def _check_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is None:
            self._loop = loop
        elif self._loop is not loop:
            raise EventLoopError(
                "this client was first used in another event loop; make one client per event loop "
                "(for example inside the coroutine that asyncio.run() runs)"
            )

    def _allowance(self, call: _Call) -> float:
        """How much longer this call may wait for budget."""
        return min(self._max_rate_limit_wait - call.budget_waited, call.time_left())

    async def _handle(self, call: _Call) -> httpx.Response:
        request = call.request
        await request.aread()  # a buffered body can be sent again
        retries_left = self._policy.retries_for(request)
        refused: httpx.Response | None = None
        attempt = 0
        while True:
            attempt += 1
            try:
                response, refusal_wait = await self._send_once(call, attempt)
            except BudgetWaitTooLong as too_long:
                return _refusal(request, refused, too_long.wait, self._limiter.state.limit)
            except httpx.TransportError as error:
                if retries_left <= 0 or not self._policy.retries_error(request.method, error):
                    raise
                delay = self._policy.backoff(attempt)
                if delay >= call.time_left():
                    raise
                retries_left -= 1
                await self._pause(request, attempt, delay, type(error).__name__)
                continue
            if refusal_wait is not None:
                refused = response
                if refusal_wait > self._allowance(call):
                    return _refusal(request, response, refusal_wait, self._limiter.state.limit)
                call.reported_until = self._clock() + refusal_wait
                await self._notify(request, attempt, refusal_wait, "rate_limited")
                continue  # the limiter holds this request, and every other, until the wait is over
            if retries_left > 0 and self._policy.retries_status(request.method, response.status_code):
                pause = self._policy.delay_for_status(attempt, response)
                if pause is not None and pause < call.time_left():
                    retries_left -= 1
                    await self._pause(request, attempt, pause, f"status {response.status_code}")
                    continue
            return response

    async def _send_once(self, call: _Call, attempt: int) -> tuple[httpx.Response, float | None]:
        """One send inside a slot and a reservation: the read answer, and the wait a 429 asked for."""
        request, delivery = call.request, call.delivery
        async with self._slots:
            self._in_flight += 1
            try:
                reservation = await self._reserve(call)
                try:
                    delivery.attempts += 1
                    response = await self._inner.handle_async_request(request)
                except BaseException as error:
                    never_sent = isinstance(error, NEVER_SENT_ERRORS)
                    if not never_sent and not delivery.traced:
                        delivery.may_have_reached = True
                    self._limiter.release(reservation, counted=not never_sent)
                    raise
                if not delivery.traced:
                    delivery.may_have_reached = True
                try:
                    refusal_wait = self._settle(reservation, response, attempt)
                finally:
                    self._limiter.release(reservation, counted=True)  # settled already unless _settle failed
                answer = await read_body(response, request, self._max_response_bytes)
                if 300 <= answer.status_code < 400:
                    check_location(answer, request)
                return answer, refusal_wait
            finally:
                self._in_flight -= 1

    async def _reserve(self, call: _Call) -> Any:
        """A unit of budget for ``call``. A hold of ``REPORTED_HOLD`` or more is reported: ahead, when the limiter
        knows how long it will be (``_held``), else now that it is over (behind another process, or answers)."""
        started = self._clock()
        holding = HOLDING.set(lambda seconds: self._held(call, seconds))
        try:
            reservation = await self._limiter.acquire(max_wait=self._allowance(call))
        finally:
            HOLDING.reset(holding)
            call.budget_waited += self._clock() - started
        now = self._clock()
        if now - started >= REPORTED_HOLD and call.reported_until + REPORTED_HOLD < now:
            call.reported_until = now
            try:
                await self._notify(call.request, call.delivery.attempts, now - started, HELD)
            except BaseException:  # cancelled in the on_retry callback: the budget was not spent
                self._limiter.release(reservation, counted=False)
                raise
        return reservation

    def _settle(self, reservation: object, response: httpx.Response, attempt: int) -> float | None:
        """Teach the limiter what the answer's headers say; for a 429, the seconds to wait before resending."""
        limit = int_header(response.headers, "X-RateLimit-Limit")
        remaining = int_header(response.headers, "X-RateLimit-Remaining")
        if response.status_code == 429:
            wait = parse_retry_after(response.headers.get("Retry-After"))
            if wait is None:
                wait = self._limiter.estimated_reset_in() or self._policy.backoff(attempt)
            ceiling = MAX_RETRY_AFTER_WINDOWS * max(self._limiter.window, 60.0)
            if wait > ceiling:
                logger.warning("a 429 asked to wait %.0fs; waiting at most %.0fs", wait, ceiling)
                wait = ceiling
            wait = max(wait, MIN_RATE_LIMIT_WAIT)
            self._limiter.record_refusal(reservation, wait=wait, limit=limit)
            return wait
        if remaining is None:  # answered before the rate limiter (auth, bindings) or by a proxy
            self._limiter.release(reservation, counted=response.status_code >= 500)
        else:
            self._limiter.record_answer(reservation, limit=limit, remaining=remaining)
        return None

    async def _held(self, call: _Call, seconds: float) -> bool:
        """Report a call about to wait ``seconds`` for budget, unless shorter than ``REPORTED_HOLD`` or reported."""
        ends = self._clock() + seconds
        if seconds < REPORTED_HOLD or ends < call.reported_until + REPORTED_HOLD:
            return False
        call.reported_until = ends
        await self._notify(call.request, call.delivery.attempts, seconds, HELD)
        return True

    async def _pause(self, request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
        await self._notify(request, attempt, delay, reason)
        await self._sleep(delay)

    async def _notify(self, request: httpx.Request, attempt: int, delay: float, reason: str) -> None:
        event = RetryEvent(request.method, request.url.path, attempt, delay, reason)
        where = f"{event.method} {event.path}"
        if reason == HELD:
            logger.info(
                "%s: waiting %.2fs for rate-limit budget (%d a window)", where, delay, self._limiter.state.limit
            )
        else:
            logger.info("%s: %s; sending again in %.2fs (attempt %d)", where, reason, delay, attempt)
        if self._on_retry is None:
            return
        try:
            outcome = self._on_retry(event)
            if inspect.isawaitable(outcome):
                await outcome
        except Exception:
            logger.exception("the on_retry callback failed")


def as_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """httpx's per-phase timeouts for a deadline of ``timeout`` seconds (connect at most 10 s, read and write 30 s).

    An ``httpx.Timeout`` is kept as given: its largest value is the deadline. None: no deadline.
    """
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if timeout is None:
        return httpx.Timeout(None)
    if timeout <= 0 or timeout != timeout:
        raise ConfigurationError(f"timeout must be a positive number of seconds or None, not {timeout}")
    return httpx.Timeout(min(timeout, 30.0), connect=min(timeout, 10.0), pool=timeout)


def deadline_of(request: httpx.Request) -> float | None:
    """The call's deadline in seconds: the largest of the request's httpx timeouts; None when it has none."""
    timeouts: Any = request.extensions.get("timeout")
    if not isinstance(timeouts, dict):
        return None
    values = [v for v in timeouts.values() if isinstance(v, int | float)]
    return max(values) if values and len(values) == len(timeouts) else None


def _trace_delivery(request: httpx.Request, delivery: Delivery) -> None:
    """Learn from httpcore's trace events whether the request's headers started out (chaining a user's trace)."""
    if delivery.watched:
        return
    delivery.watched = True
    user_trace = request.extensions.get("trace")

    async def trace(name: str, info: dict[str, Any]) -> None:
        delivery.traced = True
        if name.endswith("send_request_headers.started"):
            delivery.may_have_reached = True
        if user_trace is not None:
            outcome = user_trace(name, info)
            if inspect.isawaitable(outcome):
                await outcome

    request.extensions["trace"] = trace


def _refusal(request: httpx.Request, refused: httpx.Response | None, wait: float, limit: int) -> httpx.Response:
    """The 429 a caller gets when the budget comes back too late: the server's last one, or one made here."""
    extensions: dict[str, Any] = {RETRY_AFTER_EXTENSION: wait, RATE_LIMIT_EXTENSION: limit}
    if refused is not None:
        return httpx.Response(
            429, headers=refused.headers, stream=refused.stream, extensions={**refused.extensions, **extensions}
        )
    message = f"Rate limit budget exhausted: the next request may be sent in {wait:.1f}s (not sent)."
    return httpx.Response(
        429,
        headers={"Retry-After": str(math.ceil(wait))},
        json={"message": message},
        request=request,
        extensions=extensions,
    )
