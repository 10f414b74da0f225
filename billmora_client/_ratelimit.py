"""Pacing to the token's budget: Billmora allows ``limit`` requests per fixed window that opens at its first hit.

The limiter keeps one estimate per window (an *epoch*): the lowest ``X-RateLimit-Remaining`` answered in it,
the requests sent in it, and when it ends. The answer showing ``limit - 1`` is the window's opener; the window
ends no later than that answer's arrival plus the window length, and the limiter holds requests until then,
so none lands in the old window. Requests in flight count as spent until answered; requests that may have
hit the next window (answered late, or still in flight) are carried into it. A 429 stops everyone until its
``Retry-After``. When another client sharing the token opened the window, its end is unknown: once the budget
is spent, one request goes out alone as a probe, and either finds a new window or reads the true reset.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Protocol, TypeVar

logger = logging.getLogger("billmora_client")
# Set by the transport around ``acquire``: told how long the call is about to be held; True if it reported it.
HOLDING: ContextVar[Callable[[float], Awaitable[bool]] | None] = ContextVar("billmora_holding", default=None)


async def report_hold(seconds: float) -> bool:
    """Tell the transport pacing the current call that it is about to wait ``seconds`` for budget.

    Every limiter calls this where it holds a call; the transport turns it into an ``on_retry`` event and a log
    line (once per wait). True when that happened, so the limiter looks at the budget again before waiting.
    """
    hook = HOLDING.get()
    return hook is not None and await hook(seconds)


@dataclass(frozen=True)
class RateLimitState:
    """A snapshot of the token's budget: ``remaining`` of ``limit`` until ``resets_at`` (``time.monotonic``)."""

    limit: int
    remaining: int
    resets_at: float | None

    @property
    def resets_in(self) -> float | None:
        """Seconds until the window is expected to reset, or None while unknown."""
        return None if self.resets_at is None else max(0.0, self.resets_at - time.monotonic())


class BudgetWaitTooLong(Exception):
    """The budget comes back in ``wait`` seconds, later than the caller may wait."""

    def __init__(self, wait: float) -> None:
        super().__init__(f"the rate-limit budget comes back in {wait:.1f}s")
        self.wait = wait


R = TypeVar("R")


class Limiter(Protocol[R]):
    """What ``BillmoraTransport`` needs of a limiter: reserve before each send, then settle with what came back.

    ``RateLimiter`` keeps the budget in this process; ``RedisRateLimiter`` shares it through Redis. Settling is
    synchronous, so it is safe in ``finally`` blocks and on cancellation.
    """

    @property
    def window(self) -> float: ...

    @property
    def state(self) -> RateLimitState: ...

    async def acquire(self, *, max_wait: float = math.inf) -> R: ...

    def record_answer(self, reservation: R, *, limit: int | None, remaining: int) -> None: ...

    def record_refusal(self, reservation: R, *, wait: float, limit: int | None) -> None: ...

    def release(self, reservation: R, *, counted: bool) -> None: ...

    def estimated_reset_in(self) -> float | None: ...


@dataclass(eq=False)
class Reservation:
    """One unit of budget held by a request from just before it is sent until its answer is recorded."""

    epoch: int
    sent_at: float
    probe: bool = False
    settled: bool = False


class RateLimiter:
    """Holds requests back until the budget of the current window allows them; learns from every answer.

    One limiter may pace several clients of one token in one event loop: ``Billmora(rate_limiter=...)``.
    """

    def __init__(
        self,
        limit: int = 60,
        window: float = 60.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self.share = 1.0  # of each window's budget this limiter may spend: below 1 when others pace alone too
        self._clock = clock
        self._sleep = sleep
        self._epoch = 0
        self._in_flight = 0
        self._in_flight_in_epoch = 0
        self._blocked_until = 0.0
        self._probe_in_flight = False
        self._probe_first = False  # the window's end came from elsewhere: the next window starts with a probe
        self._changed = asyncio.Event()
        self._start_epoch([])

    def _start_epoch(self, carried: list[float]) -> None:
        """A new window; ``carried`` are answer times of earlier requests that may have landed in it."""
        self._epoch += 1
        self._lowest_remaining: int | None = None  # lowest X-RateLimit-Remaining answered in this epoch
        self._sent_in_epoch = len(carried)
        self._carried = carried
        self._answered: list[float] = []  # answer times of this epoch's counted requests
        self._in_flight_in_epoch = 0
        self._resets_at: float | None = None
        self._opened_at: float | None = None  # send time of the request that opened this window
        self._probe_sent = False

    @property
    def in_flight(self) -> int:
        """Reservations not yet settled (sent, or about to be, and not answered)."""
        return self._in_flight

    @property
    def state(self) -> RateLimitState:
        """What the limiter believes now."""
        remaining = self._lowest_remaining
        if remaining is None:
            remaining = self.limit - self._sent_in_epoch
        resets_at = self._resets_at
        if self._blocked_until > self._clock():
            resets_at = max(resets_at or 0.0, self._blocked_until)
        return RateLimitState(self.limit, max(0, remaining), resets_at)

    def available(self) -> int:
        """Requests that may be sent now without overspending the current window."""
        own = max(1, int(self.limit * self.share)) - self._sent_in_epoch - (self._in_flight - self._in_flight_in_epoch)
        if self._lowest_remaining is None:
            return own
        return min(own, self._lowest_remaining - self._in_flight)

    def try_reserve(self) -> Reservation | float | None:
        """A reservation, else the seconds to wait, else None to wait for answers in flight."""
        now = self._clock()
        if now < self._blocked_until:
            return self._blocked_until - now
        if self._probe_in_flight:
            return None  # the probe goes alone: its answer tells where the window stands
        if self._resets_at is not None and now >= self._resets_at:
            self._start_epoch(self._possibly_in_next_window(now))
            if self._probe_first:  # one request alone finds whether Billmora's window has ended too
                self._probe_first, self._probe_in_flight = False, True
                return self._reserve(now, probe=True)
        if self.available() > 0:
            return self._reserve(now, probe=False)
        if self._resets_at is None:
            if self._in_flight:
                return None
            self._resets_at = now + self.window  # every send of this epoch failed unanswered
        if self._opened_at is None and not self._probe_sent and not self._in_flight and self.share >= 1:
            self._probe_sent = True  # (with a share, the rest of the budget is others': no probe)
            self._probe_in_flight = True
            return self._reserve(now, probe=True)
        return max(0.0, self._resets_at - now)

    async def acquire(self, *, max_wait: float = math.inf) -> Reservation:
        """Wait until the budget allows one more request, then reserve it.

        Raises ``BudgetWaitTooLong`` at once when the wait known in advance passes ``max_wait`` seconds (from
        the call), or when ``max_wait`` has run out waiting for answers in flight.
        """
        started = self._clock()
        while True:
            decision = self.try_reserve()
            if isinstance(decision, Reservation):
                return decision
            left = max_wait - (self._clock() - started)
            if decision is not None and decision > left:
                raise BudgetWaitTooLong(decision)
            if decision is None and left <= 0:
                raise BudgetWaitTooLong(self.estimated_reset_in() or 0.0)
            if decision is not None:
                logger.debug("rate limit: holding a request for %.2fs (limit %d)", decision, self.limit)
                if await report_hold(decision):
                    continue  # time passed while it was reported
            if decision is None and not math.isinf(left):
                decision = left  # wait for answers in flight, but no longer than allowed
            await self._wait(decision)

    def record_answer(self, reservation: Reservation, *, limit: int | None, remaining: int) -> None:
        """Learn from an answer that carried ``X-RateLimit-Remaining`` (a hit the server counted)."""
        if not self._settle(reservation):
            return
        now = self._clock()
        if limit is not None and limit >= 1:
            self.limit = limit
        opener = remaining >= self.limit - 1
        if reservation.epoch == self._epoch and opener and self._opened_at is not None:
            if reservation.sent_at <= self._opened_at:
                opener = False  # an answer from the window this epoch already counts from
            else:  # a newer window opened: count from it, with whatever may have landed in it too
                self._start_epoch([t for t in self._answered if t >= reservation.sent_at])
                self._sent_in_epoch += 1
        elif (
            reservation.probe
            and reservation.epoch == self._epoch
            and self._lowest_remaining is not None
            and remaining >= self._lowest_remaining
        ):
            self._start_epoch([])  # the probe, sent alone, found a fresh window
            self._sent_in_epoch += 1
        elif reservation.epoch != self._epoch:
            self._count_straggler(now, remaining)  # sent in an earlier epoch; it may have hit this window
            if opener and self._opened_at is None:  # and it opened the window this epoch counts in
                self._opened_at = reservation.sent_at
                self._resets_at = now + self.window
            return
        self._answered.append(now)
        if self._lowest_remaining is None or remaining < self._lowest_remaining:
            self._lowest_remaining = remaining
        if opener and self._opened_at is None:
            self._opened_at = reservation.sent_at
            self._resets_at = now + self.window
            dropped = [t for t in self._carried if t < reservation.sent_at]  # answered before this window
            self._carried = [t for t in self._carried if t >= reservation.sent_at]
            self._sent_in_epoch -= len(dropped)
        elif self._resets_at is None:
            self._resets_at = now + self.window

    def record_refusal(self, reservation: Reservation, *, wait: float, limit: int | None) -> None:
        """A 429: nobody sends before ``wait`` seconds have passed, and the window ends then."""
        self._settle(reservation)
        if limit is not None and limit >= 1:
            self.limit = limit
        until = self._clock() + wait
        self._blocked_until = max(self._blocked_until, until)
        if reservation.epoch != self._epoch:
            return  # refused in an earlier window: it says nothing certain about this one
        self._resets_at = until
        self._lowest_remaining = 0
        self._probe_sent = True  # the end is known now

    def release(self, reservation: Reservation, *, counted: bool) -> None:
        """Settle a reservation with no answer to learn from; ``counted`` if the server may have seen it."""
        if not self._settle(reservation):
            return
        if not counted:
            if reservation.epoch == self._epoch:
                self._sent_in_epoch -= 1
            return
        now = self._clock()
        if reservation.epoch != self._epoch:
            self._count_straggler(now, None)
            return
        self._answered.append(now)
        if self._lowest_remaining is not None:
            self._lowest_remaining = max(0, self._lowest_remaining - 1)
        if self._resets_at is None:
            self._resets_at = now + self.window

    def assume(self, remaining: int, resets_in: float | None) -> None:
        """Start from what another limiter knew: ``remaining`` requests left in a window ending in ``resets_in``."""
        self._start_epoch([])
        self._lowest_remaining = max(0, remaining)
        if resets_in is not None:
            self._resets_at = self._clock() + resets_in
            self._opened_at = self._resets_at - self.window  # so an opener answered later starts the next one
            self._probe_sent = self._probe_first = True
        self._wake_waiters()

    def pause(self, seconds: float) -> None:
        """Send nothing for ``seconds`` (a 429 learned elsewhere)."""
        self._blocked_until = max(self._blocked_until, self._clock() + seconds)
        self._wake_waiters()

    def estimated_reset_in(self) -> float | None:
        """Seconds until the current window is believed to end, when that is in the future."""
        if self._resets_at is None:
            return None
        wait = self._resets_at - self._clock()
        return wait if wait > 0 else None

    def _reserve(self, now: float, *, probe: bool) -> Reservation:
        self._sent_in_epoch += 1
        self._in_flight += 1
        self._in_flight_in_epoch += 1
        return Reservation(self._epoch, now, probe=probe)

    def _settle(self, reservation: Reservation) -> bool:
        if reservation.settled:
            return False
        reservation.settled = True
        self._in_flight -= 1
        if reservation.probe:
            self._probe_in_flight = False
        if reservation.epoch == self._epoch:
            self._in_flight_in_epoch -= 1
        self._wake_waiters()
        return True

    def _wake_waiters(self) -> None:
        """Let every request waiting in ``acquire`` look at the budget again."""
        self._changed.set()
        self._changed = asyncio.Event()

    def _possibly_in_next_window(self, now: float) -> list[float]:
        """Answer times of hits that may belong to the window open at ``now`` (one opened after this one)."""
        earliest = now - self.window  # a window open now opened after this
        if self._opened_at is not None:
            earliest = max(earliest, self._opened_at + self.window)
        return [t for t in self._answered + self._carried if t >= earliest]

    def _count_straggler(self, now: float, remaining: int | None) -> None:
        """An earlier epoch's request, answered now with ``remaining`` (None: unanswered), may have hit this window.

        Before this window's first answer it counts as one of its sends. After it, a ``remaining`` at or above
        the lowest seen says nothing new (had it hit this window, it hit before the answer that showed the
        lowest); a lower one is taken as this window's, which is exact if it landed here and only cautious
        if it landed in the old one.
        """
        if self._lowest_remaining is None:
            self._sent_in_epoch += 1
            self._carried.append(now)
        elif remaining is None:
            self._lowest_remaining = max(0, self._lowest_remaining - 1)
        else:
            self._lowest_remaining = max(0, min(self._lowest_remaining, remaining))

    async def _wait(self, delay: float | None) -> None:
        """Until the state changes, or ``delay`` seconds pass (None: until the state changes)."""
        changed = asyncio.ensure_future(self._changed.wait())
        if delay is None:
            try:
                await changed
            finally:
                changed.cancel()
            return
        sleeper = asyncio.ensure_future(self._sleep(delay))
        try:
            await asyncio.wait({changed, sleeper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            changed.cancel()
            sleeper.cancel()
